"""The few visual touches on top of the platform style: headings and field messages."""
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

# A muted red that stays readable on light and dark palettes; the message
# text itself (with its leading sign) carries the meaning, not the colour.
ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
WARNING_SIGN = "⚠"


def make_heading(label: QLabel, scale: float = 1.5) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def show_field_message(label: QLabel, message: str | None) -> None:
    if message:
        label.setText(f"{WARNING_SIGN} {message}")
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(True)
    else:
        label.clear()
        label.setVisible(False)


def make_hint(label: QLabel) -> None:
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
