"""The few visual touches on top of the platform style: headings, hints and field messages.

Our own colours are chosen from the palette in use, light or dark, so that text in them
keeps a WCAG AA contrast (4.5:1) against the window and field backgrounds.
"""
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

AA = 4.5
WARNING_SIGN = "⚠"
# A soft amber behind reminders and "now is a good time" rows; the words carry the meaning.
TINT = QColor(230, 170, 40, 38)
TINT_EDGE = QColor(200, 140, 20, 200)
# A muted red on a light window, a pale one on a dark window; the message text itself
# (with its leading sign) carries the meaning, not the colour.
_ERROR_ON_LIGHT, _ERROR_ON_DARK = QColor("#b3261e"), QColor("#ffb4ab")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(top: QColor, below: QColor) -> QColor:
    """*top* (maybe see-through) painted over the opaque *below*."""
    alpha = top.alphaF()
    return QColor.fromRgbF(*(t * alpha + b * (1 - alpha) for t, b in
                             zip(top.getRgbF()[:3], below.getRgbF()[:3])))


def _backgrounds(palette: QPalette) -> list[QColor]:
    """Where our text sits: the window, fields and lists, and the amber boxes."""
    window = palette.color(QPalette.ColorRole.Window)
    return [window, palette.color(QPalette.ColorRole.Base), over(TINT, window)]


def hint_colour(palette: QPalette | None = None) -> QColor:
    """Quieter than the text, but still readable: the placeholder colour is often too faint,
    so the text colour is mixed in until it reaches AA on both backgrounds."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    for strength in range(55, 101, 5):
        text.setAlphaF(strength / 100)
        colour = over(text, back)
        if all(contrast(colour, b) >= AA for b in _backgrounds(palette)):
            return colour
    return palette.color(QPalette.ColorRole.WindowText)


def error_colour(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    dark = _luminance(palette.color(QPalette.ColorRole.Window)) < 0.2
    return _ERROR_ON_DARK if dark else _ERROR_ON_LIGHT


def error_style() -> str:
    return f"color: {error_colour().name()};"


def hint_style() -> str:
    return f"color: {hint_colour().name()};"


def tint_style(selector: str) -> str:
    """The amber box style for *selector*, e.g. 'QFrame#reminder'."""
    fill, edge = TINT, TINT_EDGE
    return (f"{selector} {{ background: rgba({fill.red()}, {fill.green()}, {fill.blue()}, "
            f"{fill.alpha()}); border-left: 4px solid rgba({edge.red()}, {edge.green()}, "
            f"{edge.blue()}, {edge.alpha()}); border-radius: 4px; }}")


def make_heading(label: QLabel, scale: float = 1.5) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def show_field_message(label: QLabel, message: str | None) -> None:
    if message:
        label.setText(f"{WARNING_SIGN} {message}")
        label.setStyleSheet(error_style())
        label.setVisible(True)
    else:
        label.clear()
        label.setVisible(False)


def make_hint(label: QLabel) -> None:
    label.setStyleSheet(hint_style())
    label.setWordWrap(True)
