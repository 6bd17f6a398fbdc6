"""Photo previews for the bridge book, with a calm stand-in when a file is gone."""
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QWidget


def preview(path: Path, size: QSize) -> QPixmap | None:
    """The picture read at reduced size; None when the file is missing or unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    found = reader.size()
    if found.isValid():
        reader.setScaledSize(found.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def photo_label(path: Path, size: QSize, parent: QWidget) -> QLabel:
    """A label showing the photo, or words saying it is no longer in the folder."""
    label = QLabel(parent)
    pixmap = preview(path, size)
    if pixmap is None:
        label.setText(parent.tr("Photo not found\nin the app's folder"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFixedSize(size)
        label.setFrameShape(QLabel.Shape.StyledPanel)
        label.setAccessibleName(parent.tr("Missing photo"))
    else:
        label.setPixmap(pixmap)
    return label
