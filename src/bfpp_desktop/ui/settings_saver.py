"""The window's own choices (sizes, the last child, print choices) in settings.ini,
written at once so that a failure (a full disk, a read-only file) is told to the
caregiver instead of lost silently. Told once per file while the app runs: the
choices are not worth a message each time a preview is made."""
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.ui.errors import show_known_error

_told: set[str] = set()


def save_settings(settings: QSettings, parent: QWidget | None) -> bool:
    """Write *settings* now; False (and the caregiver told) when they could not be."""
    settings.sync()
    name = settings.fileName()
    if settings.status() == QSettings.Status.NoError:
        _told.discard(name)
        return True
    if name not in _told:
        _told.add(name)
        show_known_error(parent, not_saved(name))
    return False


def not_saved(path: str) -> KnownError:
    return KnownError(
        QCoreApplication.translate("Settings", "Your choices could not be saved"),
        QCoreApplication.translate("Settings", "The window's size and your print choices could not be written to "
                       "{path}. The disk may be full, or the file read-only.").format(
            path=path),
        QCoreApplication.translate("Settings", "Your notes are not affected: they are saved separately. Free some "
                       "space or check the file, and the choices will be saved next time."))
