"""How problems reach the caregiver: a plain dialog, never a traceback."""
import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bfpp_desktop.core import logs
from bfpp_desktop.storage.errors import KnownError, classify

log = logging.getLogger(__name__)



def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error.advice)
    box.exec()


def show_bug(parent: QWidget | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Sorry, something went wrong"),
                      QCoreApplication.translate("Errors", "Sorry, the app ran into a problem it did not expect. "
                          "What you saved before is safe."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(
        QCoreApplication.translate("Errors", "Details were written to {path}. If it happens again, please send that "
            "file to whoever helps you with the app.").format(path=logs.log_file()))
    box.exec()


def report(parent: QWidget | None, exc: BaseException) -> None:
    """Show *exc* as a known problem if it is one; otherwise log it and apologise."""
    known = classify(exc)
    if known is not None:
        log.warning("known problem: %s", known)
        show_known_error(parent, known)
    else:
        log.error("unexpected error\n%s",
                  "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        show_bug(parent)


def attempt(parent: QWidget | None, action, *args, **kwargs):
    """Run a storage call; on failure report it and return None (the screen keeps its text)."""
    try:
        return action(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - everything reaches the user as a dialog
        report(parent, exc)
        return None


def install_excepthook() -> None:
    """Errors escaping a slot become a gentle dialog instead of a crash."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report(None, exc.with_traceback(tb))
    sys.excepthook = hook
