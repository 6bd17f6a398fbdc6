"""Reading a photo at the size it is shown, without keeping the full picture.

Every photo the window shows comes through preview(): the file is read by storage
(decrypted in memory when the data folder is locked), never opened by Qt itself.
"""
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

from bfpp_desktop.storage.photo_crypt import PhotoLocked
from bfpp_desktop.storage.photos import read_photo


def preview(path: Path | None, size: QSize) -> QPixmap | None:
    """The picture read at reduced size; None when the file is missing or unreadable (or
    has no path: storage gives none for a name the app did not make)."""
    if path is None:
        return None
    try:
        data = QByteArray(read_photo(path))
    except (OSError, PhotoLocked):
        return None
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    found = reader.size()
    if found.isValid():
        reader.setScaledSize(found.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)
