"""The one marking for private versus shareable: a word and an icon, never colour alone."""
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication


def privacy_word(private: bool) -> str:
    return (QCoreApplication.translate("Privacy", "Private") if private
            else QCoreApplication.translate("Privacy", "Shareable"))


def privacy_icon(private: bool, size: int = 16) -> QIcon:
    """A padlock: closed for private, open for shareable (drawn, so no icon theme is needed).
    Drawn at 1x, 2x and 3x, so it stays sharp on a screen scaled to 200 % or more."""
    icon = QIcon()
    for scale in (1, 2, 3):
        icon.addPixmap(_padlock(private, size * scale))
    return icon


def _padlock(private: bool, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(1.0, size / 9))
    painter.setPen(pen)
    body = QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.48)
    shackle = QRectF(size * 0.3, size * 0.08, size * 0.4, size * 0.6)
    if not private:
        shackle.translate(size * 0.2, -size * 0.06)  # lifted and swung open
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(shackle.left(), shackle.center().y(), shackle.left(),
                     body.top() if private else shackle.center().y())
    painter.drawLine(shackle.right(), shackle.center().y(), shackle.right(), body.top())
    painter.setBrush(QColor(colour) if private else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(body, size * 0.08, size * 0.08)
    painter.end()
    return pixmap
