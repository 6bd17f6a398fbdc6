"""Reading a photo at the size it is shown, without loading the full picture."""
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap


def preview(path: Path | None, size: QSize) -> QPixmap | None:
    """The picture read at reduced size; None when the file is missing or unreadable (or
    has no path: storage gives none for a name the app did not make)."""
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    found = reader.size()
    if found.isValid():
        reader.setScaledSize(found.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)
