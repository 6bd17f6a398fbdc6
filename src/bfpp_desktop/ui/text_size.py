"""A text size for the whole app, on top of the size the computer already uses.

100 % is the system's own size (so a larger system font stays larger); the choice scales it.
It is kept with the language in the person's settings and used as soon as it is saved.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QApplication

from bfpp_desktop.core import paths

TEXT_SIZE_KEY = "text_size"
SIZES = {100: QT_TRANSLATE_NOOP("TextSize", "The same as this computer"),
         125: QT_TRANSLATE_NOOP("TextSize", "Larger (125 %)"),
         150: QT_TRANSLATE_NOOP("TextSize", "Large (150 %)"),
         200: QT_TRANSLATE_NOOP("TextSize", "Largest (200 %)")}


def _settings() -> QSettings:
    return QSettings(str(paths.app_settings_file()), QSettings.Format.IniFormat)


def saved_size() -> int:
    try:
        value = int(_settings().value(TEXT_SIZE_KEY, 100))
    except (TypeError, ValueError):
        return 100
    return value if value in SIZES else 100


def save_size(percent: int) -> None:
    settings = _settings()
    settings.setValue(TEXT_SIZE_KEY, percent)
    settings.sync()


def apply_size(app: QApplication, percent: int) -> None:
    """Scale the system's font by *percent* for every window (the system's, not the last)."""
    if not hasattr(app, "_bfpp_system_font"):
        app._bfpp_system_font = app.font()
    font = app._bfpp_system_font.__class__(app._bfpp_system_font)
    font.setPointSizeF(app._bfpp_system_font.pointSizeF() * percent / 100)
    app.setFont(font)
