"""The Qt side of start-up: one QApplication, then the window on a writing session.

The sample family opens in a window of its own on its own temporary session
(session.open_sample_session): the caregiver's window is hidden meanwhile, keeps
its folder and lock, and comes back when the sample closes.
"""
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from bfpp_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

from bfpp_desktop.core import paths, permissions
from bfpp_desktop.session import (Access, AlreadyOpenError, Session, needs_passphrase,
                                  open_sample_session, open_session)
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.ui.backups.keeper import BackupKeeper
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.language import install_language, start_language
from bfpp_desktop.ui import text_size
from bfpp_desktop.ui.widgets import accessible
from bfpp_desktop.ui.widgets.after_paint import after_first_paint
from bfpp_desktop.ui.widgets.focus_style import FocusRingStyle
from bfpp_desktop.ui.errors import install_excepthook, report, show_known_error
from bfpp_desktop.ui.none_guard import protect_none
from bfpp_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:   # backing up loads after the first paint
    from bfpp_desktop.storage.backup import BackupInfo


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
        app.setStyle(FocusRingStyle("Fusion"))
    if not hasattr(app, "_bfpp_translators"):   # once: tests switch language themselves
        install_language(app, start_language())
    install_excepthook()
    text_size.apply_size(app, text_size.saved_size())
    return app


class StartupRefused(Exception):
    """The window cannot open; the reason has already been shown."""


def start(data_dir: Path | None, demo: bool = False) -> MainWindow:
    """Open the data folder and build the window (not shown). Raises StartupRefused.
    *data_dir* None opens the sample family in a temporary folder (--demo alone)."""
    app = make_app()
    window = _first_window(data_dir, demo)
    accessible.prepare_look(window)   # the names filter comes after the first paint
    after_first_paint(window, lambda: _once_painted(app, window))
    return window


def _first_window(data_dir: Path | None, demo: bool) -> MainWindow:
    session = _open(data_dir, demo)
    try:
        return build_window(session)
    except Exception:
        if not session.checking:
            raise
        # Reading failed before the whole-file check had its say: open again the
        # ordinary way, which waits for the verdict and explains a damaged file.
        session.close()
        return build_window(_open(data_dir, demo, check_later=False))


def _once_painted(app: QApplication, window: MainWindow) -> None:
    """What waits until the caregiver sees the window, so as not to slow its coming up."""
    if not _confirmed_whole(window):
        return
    accessible.install(app, shown=window)
    # Making the folder private walks every photo in it (5,000: about 11 ms), and files
    # made from now on are private anyway (the umask).
    permissions.tighten(window.session.data_dir)
    if not window.session.sample:   # a sample is thrown away when it closes
        window.backups.start()      # the backup at start, then one every half hour of use


def _confirmed_whole(window: MainWindow) -> bool:
    """The verdict of the whole-file check begun at start (a window built while it ran
    has not been able to write). A file that fails it is explained as at any start,
    with the newest sound backup offered, and the window closes having written nothing."""
    session = window.session
    try:
        session.finish_opening()
        return True
    except Exception as error:  # noqa: BLE001 - every failure is shown, none as a traceback
        window.setEnabled(False)
        window.handing_over = True   # no last backup of a file that failed its check
        session.close()
        restored = _explain_refusal(session.data_dir, error)
        if restored:
            try:
                again = start(session.data_dir)
            except StartupRefused:
                restored = False
            else:
                _keep(again).show()
        window.close()
        window.deleteLater()
        if not restored:
            QApplication.exit(1)   # as a refused start ends (run_window)
        return False


def build_window(session: Session, kept_aside: "BackupInfo | None" = None) -> MainWindow:
    """The main window on an open writing session. *kept_aside*: the copy a restore just
    kept aside, which the Backups window offers to bring back."""
    settings = QSettings(str(session.settings_file), QSettings.Format.IniFormat)
    context = AppContext(db=session.db, data_dir=session.data_dir, settings=settings,
                         undo_stack=QUndoStack())
    window = MainWindow(context, sample=session.sample)
    context.undo_stack.setParent(window)  # dies with the window, not after the app
    context.signals.setParent(window)
    # The window keeps the session (and so the lock) alive: a connection to a bound
    # method alone would not, and a collected session would free the lock early.
    window.session = session
    window.handing_over = False   # True while a restore closes it but keeps the session
    keeper = BackupKeeper(session, context, window)
    keeper.kept_aside = kept_aside
    keeper.restore_requested.connect(lambda chosen: restore_in_window(window, chosen))
    window.set_backups(keeper)
    window.closed.connect(lambda: _on_closed(window))
    window.sample_requested.connect(lambda: open_sample(window))
    window.own_records_requested.connect(lambda: _back_to_own_records(window))
    return window


def open_sample(owner: MainWindow) -> MainWindow | None:
    """The sample family in its own window, standing in for *owner* until it closes."""
    try:
        sample = build_window(_open(None, demo=True))   # no backups of a sample
    except StartupRefused:
        return None
    sample.owner = owner
    owner.sample_window = sample     # keeps it alive while it is open
    sample.restoreGeometry(owner.saveGeometry())
    # Quit leaves the sample and then the app; closing the sample comes back here.
    sample.ui.actionQuit.triggered.disconnect()
    sample.ui.actionQuit.triggered.connect(lambda: sample.close() and owner.close())
    sample.closed.connect(lambda: _on_sample_closed(owner, sample))
    owner.hide()
    sample.show()
    return sample


def _on_sample_closed(owner: MainWindow, sample: MainWindow) -> None:
    owner.sample_window = None
    sample.deleteLater()
    owner.show()
    owner.activateWindow()


def _back_to_own_records(sample: MainWindow) -> None:
    """Close the sample; started with --demo alone, first open the caregiver's own folder."""
    if sample.owner is None:
        try:
            own = start(paths.default_data_dir())
        except StartupRefused:
            return
        _keep(own).show()
    sample.close()


_OWN_WINDOWS: list[MainWindow] = []


def _keep(window: MainWindow) -> MainWindow:
    """Keep *window* alive until it closes (a window nothing refers to would be deleted)."""
    _OWN_WINDOWS.append(window)
    window.closed.connect(lambda: _OWN_WINDOWS.remove(window))
    return window


def _on_closed(window: MainWindow) -> None:
    if window.handing_over:
        return
    # The last backup, while the data is still open (a sample is thrown away instead).
    window.backups.finish(last_copy=not window.session.sample)
    window.session.close()


def restore_in_window(window: MainWindow, chosen: Path) -> MainWindow | None:
    """Close *window* (its editors keep their drafts first), restore the backup *chosen*
    through the session, which keeps the lock, and open a new window on the restored
    data with the Backups window shown. None when the window would not close (a helper
    with unsaved notes); on a failure the new window shows the data as it was."""
    window.backups.wait()
    window.handing_over = True
    if not window.close():
        window.handing_over = False
        return None
    session, kept_aside = window.session, window.backups.kept_aside
    try:
        _restored, kept_aside = session.restore(chosen)
    except Exception as exc:  # noqa: BLE001 - shown; the data is as it was
        report(None, exc)
    again = build_window(session, kept_aside)
    again.show()
    again.open_backups()
    window.deleteLater()
    return again


def _open(data_dir: Path | None, demo: bool, check_later: bool = True) -> Session:
    """The window writes, so it holds the folder's lock until it closes. A damaged data
    file is explained, and the newest sound backup offered in its place. With
    *check_later*, the window may be built while the early whole-file check still runs
    (session.open_session); _confirmed_whole() then has its verdict."""
    try:
        if data_dir is None:
            return open_sample_session()
        if needs_passphrase(data_dir):
            from bfpp_desktop.ui.lock.unlock_dialog import ask_until_open   # a locked folder only
            accessible.install(QApplication.instance())   # the dialog comes before the window
            session = ask_until_open(data_dir, lambda passphrase: open_session(
                data_dir, Access.WRITE, fill_demo=demo, passphrase=passphrase,
                private_now=False))
            if session is None:
                raise StartupRefused("no passphrase")
            return session
        return open_session(data_dir, Access.WRITE, fill_demo=demo, private_now=False,
                            check_later=check_later)
    except StartupRefused:
        raise
    except Exception as error:  # noqa: BLE001 - every failure is shown, none as a traceback
        if _explain_refusal(data_dir, error):
            return _open(data_dir, demo=False)
        raise StartupRefused(str(error)) from error


def _explain_refusal(data_dir: Path | None, error: Exception) -> bool:
    """Say why the data folder cannot be opened; True when a damaged data file has just
    been replaced by a backup, so it can be opened again."""
    if isinstance(error, AlreadyOpenError):
        QMessageBox.information(None, error.title, error.message)
        return False
    if not isinstance(error, KnownError):
        report(None, error)
        return False
    # The damaged-file offer and its Backups wording load only when a file is damaged.
    from bfpp_desktop.ui.backups.damaged import damage_of, offer_restore
    accessible.install(QApplication.instance())   # its windows come before the main one
    damage = damage_of(data_dir) if data_dir is not None else None
    if damage is None:
        show_known_error(None, error)
        return False
    return offer_restore(None, data_dir, damage)


def run_window(data_dir: Path | None, demo: bool = False, argv: list[str] | None = None) -> int:
    app = make_app(argv)
    try:
        window = start(data_dir, demo)
    except StartupRefused:
        return 1
    window.show()
    if not gc.isenabled():   # held back while the app loaded (bfpp_desktop.__main__)
        after_first_paint(window, collect_from_now_on)
    return app.exec()


def collect_from_now_on() -> None:
    # What loading made lives as long as the app: frozen, later collections skip it.
    gc.freeze()
    gc.enable()
