"""The window's backups: one when the app starts, one every 30 minutes of use, one when
it closes, and one whenever the caregiver asks (File > Backups…).

The half-hourly copy, and the one at close, are only made when something was changed
since the last one, so an app left open overnight does not push out the older copies. Automatic backups
that fail say so in the status bar and the Backups window, never in a dialog that
would interrupt typing; a backup asked for by hand, or the last one at close, says
so in a dialog.
"""
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from bfpp_desktop.core.backup_folder import SETTING
from bfpp_desktop.core.backup_names import AT_CLOSE, AT_START, EVERY_HALF_HOUR
from bfpp_desktop.session import Session
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.errors import report

if TYPE_CHECKING:   # both load with the first backup, just after the window's first paint
    from bfpp_desktop.storage.backup import BackupInfo
    from bfpp_desktop.ui.backups.job import BackupJob

log = logging.getLogger(__name__)

HALF_HOUR_MS = 30 * 60 * 1000


class BackupKeeper(QObject):
    made = Signal(object)            # backup.BackupInfo
    failed = Signal(object)          # the exception
    busy_changed = Signal(bool)
    restore_requested = Signal(object)   # the backup's folder (Path), confirmed

    def __init__(self, session: Session, context: AppContext, parent: QObject):
        super().__init__(parent)
        self.session, self.context = session, context
        self.job: "BackupJob | None" = None
        self.last_made: "BackupInfo | None" = None
        self.last_problem: BaseException | None = None
        # The copy a restore in this run kept aside: "Undo restore" brings it back.
        self.kept_aside: "BackupInfo | None" = None
        self._changed = False
        context.signals.changes_applied.connect(self._on_changes)
        self.timer = QTimer(self)
        self.timer.setInterval(HALF_HOUR_MS)
        self.timer.timeout.connect(self._on_half_hour)

    @property
    def folder(self) -> Path:
        return self.session.backups_dir

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def start(self) -> None:
        self.back_up(AT_START)
        self.timer.start()

    def back_up(self, reason: str, *, by_hand: bool = False) -> "BackupJob":
        """Start a backup in a worker process (or return the one under way)."""
        from bfpp_desktop.ui.backups.job import BackupJob
        if self.busy:
            return self.job
        self._changed = False
        job = BackupJob(self.session.database_file, self.session.data_dir, self.folder,
                        reason)
        job.done.connect(self._on_done)
        job.failed.connect(lambda error: self._on_failed(error, by_hand))
        self.job = job
        job.start()
        self.busy_changed.emit(True)
        return job

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait()

    def finish(self, *, last_copy: bool = True) -> None:
        """The window is closing: wait for a backup under way, then (with *last_copy*)
        make the last one here, while the data is still open."""
        self.timer.stop()
        self.wait()
        if not last_copy or not (self._changed or self.last_made is None):
            return
        try:
            self._on_done(self.session.back_up(AT_CLOSE))
        except Exception as exc:  # noqa: BLE001 - shown, and the app still closes
            self._on_failed(exc, by_hand=True)

    def choose_folder(self, folder: Path | None) -> None:
        """Keep backups in *folder* from now on (None: the data folder's own)."""
        settings = self.context.settings
        if folder is None:
            settings.remove(SETTING)
        else:
            settings.setValue(SETTING, str(folder))
        settings.sync()   # the command line reads the same settings.ini

    def _on_changes(self, _changes) -> None:
        self._changed = True

    def _on_half_hour(self) -> None:
        if self._changed:
            self.back_up(EVERY_HALF_HOUR)

    def _on_done(self, info: "BackupInfo") -> None:
        self.last_made, self.last_problem = info, None
        self.busy_changed.emit(False)
        self.made.emit(info)

    def _on_failed(self, error: BaseException, by_hand: bool) -> None:
        self._changed = True   # try again at the next half hour
        self.last_problem = error
        log.warning("backup failed: %s", error)
        self.busy_changed.emit(False)
        self.failed.emit(error)
        if by_hand:
            report(self.parent(), error)
