"""Photo previews for the bridge book, with a calm stand-in when a file is gone."""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from bfpp_desktop.ui.widgets.photo_preview import preview


def photo_label(path: Path | None, size: QSize, parent: QWidget) -> QLabel:
    """A label showing the photo, or words saying it is no longer in the folder."""
    label = QLabel(parent)
    pixmap = preview(path, size)
    if pixmap is None:
        label.setText(QCoreApplication.translate("BridgePhotos", "Photo not found\nin the app's folder"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFixedSize(size)
        label.setFrameShape(QLabel.Shape.StyledPanel)
        label.setAccessibleName(QCoreApplication.translate("BridgePhotos", "Missing photo"))
    else:
        label.setPixmap(pixmap)
    return label
