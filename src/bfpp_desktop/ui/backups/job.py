"""One backup made on a pool thread, so typing never waits for it.

The worker opens its own read-only connection to the database file (the window's
connection belongs to the GUI thread), copies it with the backup API beside the
window's writes (WAL lets both go on), and stores the photos. Its result comes back
by a queued signal; wait() lets closing and restoring wait for a backup under way.
"""
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from bfpp_desktop.storage import backup

_running: set["BackupJob"] = set()   # a job lives until its worker is done


class BackupJob(QObject):
    done = Signal(object)      # backup.BackupInfo
    failed = Signal(object)    # the exception (a KnownError has its own plain message)
    _result = Signal(object, object)

    def __init__(self, database_file: Path, data_dir: Path, folder: Path, reason: str):
        super().__init__()
        self.database_file, self.data_dir = Path(database_file), Path(data_dir)
        self.folder, self.reason = Path(folder), reason
        self._finished = threading.Event()
        self._result.connect(self._on_result)

    def start(self) -> None:
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)

    def wait(self) -> None:
        """Until the worker is done (its result still arrives by signal)."""
        self._finished.wait()

    @property
    def running(self) -> bool:
        return not self._finished.is_set()

    def _run(self) -> None:   # on the pool thread
        try:
            info = backup.make_backup(self.database_file, self.data_dir, self.folder,
                                      self.reason)
        except Exception as exc:  # noqa: BLE001 - every failure is reported by signal
            self._finished.set()
            self._result.emit(None, exc)
        else:
            self._finished.set()
            self._result.emit(info, None)

    def _on_result(self, info, error) -> None:   # on the GUI thread
        _running.discard(self)
        if error is None:
            self.done.emit(info)
        else:
            self.failed.emit(error)
