"""The Qt side of start-up: one QApplication, then the window on a writing session."""
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from bfpp_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

from bfpp_desktop.core import paths
from bfpp_desktop.core import i18n
from bfpp_desktop.session import Access, AlreadyOpenError, Session, open_session
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.errors import install_excepthook, report, show_known_error
from bfpp_desktop.ui.none_guard import protect_none
from bfpp_desktop.ui.main_window import MainWindow


def make_app(argv: list[str] | None = None) -> QApplication:
    protect_none()
    app = QApplication.instance() or QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "bfpp-desktop.svg")))
    if sys.platform.startswith("linux"):
        app.setStyle("Fusion")
    _install_translators(app)
    i18n.install(QCoreApplication.translate)
    install_excepthook()
    return app


def _install_translators(app: QApplication) -> None:
    # Keep references: a translator that is garbage-collected stops translating.
    app._bfpp_translators = []
    locale = QLocale()
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        app._bfpp_translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "bfpp", "_", str(paths.resources_dir() / "translations")):
        app.installTranslator(ours)
        app._bfpp_translators.append(ours)


class StartupRefused(Exception):
    """The window cannot open; the reason has already been shown."""


def start(data_dir: Path, demo: bool = False) -> MainWindow:
    """Open the data folder and build the window (not shown). Raises StartupRefused."""
    make_app()
    session = _open(data_dir, demo)
    settings = QSettings(str(session.settings_file), QSettings.Format.IniFormat)
    context = AppContext(db=session.db, data_dir=session.data_dir, settings=settings,
                         undo_stack=QUndoStack())
    window = MainWindow(context)
    context.undo_stack.setParent(window)  # dies with the window, not after the app
    context.signals.setParent(window)
    # The window keeps the session (and so the lock) alive: a connection to a bound
    # method alone would not, and a collected session would free the lock early.
    window.session = session
    window.closed.connect(session.close)
    return window


def _open(data_dir: Path, demo: bool) -> Session:
    """The window writes, so it holds the folder's lock until it closes."""
    try:
        return open_session(data_dir, Access.WRITE, fill_demo=demo)
    except AlreadyOpenError as error:
        QMessageBox.information(None, error.title, error.message)
        raise StartupRefused("locked") from error
    except KnownError as error:
        show_known_error(None, error)
        raise StartupRefused(error.title) from error
    except Exception as exc:  # noqa: BLE001 - every failure is shown, none as a traceback
        report(None, exc)
        raise StartupRefused(str(exc)) from exc


def run_window(data_dir: Path, demo: bool = False, argv: list[str] | None = None) -> int:
    app = make_app(argv)
    try:
        window = start(data_dir, demo)
    except StartupRefused:
        return 1
    window.show()
    return app.exec()
