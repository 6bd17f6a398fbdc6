"""The Qt side of start-up: one QApplication, the single-instance lock, the window."""
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QLockFile, QSettings, QTranslator
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from bfpp_desktop import APP_DISPLAY_NAME, APP_NAME, __version__, paths
from bfpp_desktop.app import open_data_folder, prepare_data_dir
from bfpp_desktop.core import i18n
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
    app.setDesktopFileName(APP_NAME)
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
    try:
        prepare_data_dir(data_dir)
    except KnownError as error:
        show_known_error(None, error)
        raise StartupRefused(error.title) from error
    # Lock before opening, so two copies never migrate or write the file at once.
    lock = QLockFile(str(Path(data_dir) / paths.LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        QMessageBox.information(
            None, QCoreApplication.translate("Startup", "Already open"),
            QCoreApplication.translate(
                "Startup", "The app is already open with this data folder. Look for its "
                           "window; only one copy at a time can keep the notes safe."))
        raise StartupRefused("locked")
    try:
        db = open_data_folder(data_dir, demo)
    except Exception as exc:  # noqa: BLE001 - every failure is shown, none as a traceback
        lock.unlock()
        if isinstance(exc, KnownError):
            show_known_error(None, exc)
        else:
            report(None, exc)
        raise StartupRefused(str(exc)) from exc
    settings = QSettings(str(Path(data_dir) / paths.SETTINGS_FILENAME),
                         QSettings.Format.IniFormat)
    context = AppContext(db=db, data_dir=Path(data_dir), settings=settings,
                         undo_stack=QUndoStack())
    window = MainWindow(context)
    context.undo_stack.setParent(window)  # dies with the window, not after the app
    window.closed.connect(lambda: _release(lock, db))
    return window


def _release(lock: QLockFile, db) -> None:
    db.close()
    if lock.isLocked():
        lock.unlock()


def run_window(data_dir: Path, demo: bool = False, argv: list[str] | None = None) -> int:
    app = make_app(argv)
    try:
        window = start(data_dir, demo)
    except StartupRefused:
        return 1
    window.show()
    return app.exec()
