"""One backup made in a worker process (bfpp_desktop.worker), so typing never waits for it.

The worker opens its own read-only connection to the database file, copies it with the
backup API beside the window's writes (WAL lets both go on), and stores the photos.
Reading thousands of photo entries is Python's work: on a thread of the window it held
the interpreter lock, and the window's repaints waited behind it. The result comes back
through the event loop; wait() lets closing and restoring wait for a backup under way.
"""
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from bfpp_desktop import worker
from bfpp_desktop.ui.worker_process import WorkerProcess, error_from, make_request

_running: set["BackupJob"] = set()   # a job lives until it is answered
ENDING_WAIT_MS = 5000   # a worker that has answered ends at once; past this it is stopped


class BackupJob(QObject):
    done = Signal(object)      # backup.BackupInfo
    failed = Signal(object)    # the exception (a KnownError has its own plain message)

    def __init__(self, database_file: Path, data_dir: Path, folder: Path, reason: str):
        super().__init__()
        self.request = make_request(worker.BackupRequest, data_dir,
                                    database_file=Path(database_file), folder=Path(folder),
                                    reason=reason)
        self.worker = WorkerProcess(self)
        self.answered = False

    def start(self) -> None:
        _running.add(self)
        self.worker.send(self, last=True)

    def wait(self) -> None:
        """Until the worker has answered (its result is then already signalled) and gone:
        closing and restoring come here, and a worker still ending would otherwise be
        killed as the app exits."""
        self.worker.wait_for(self)
        self.worker.stop(ENDING_WAIT_MS)

    @property
    def running(self) -> bool:
        return not self.answered

    def cancel(self) -> None:
        """A backup is never cut short: a half-made one would only be thrown away."""

    def answer(self, reply: dict) -> None:   # on the GUI thread
        if "progress" in reply:
            return
        self.answered = True
        _running.discard(self)
        if "made" in reply:
            self.done.emit(worker.decode_made(reply))
        else:
            self.failed.emit(error_from(reply.get("failed", {"bug": "cancelled"})))

    def lost(self, why: str) -> None:
        self.answer({"failed": {"bug": why}})
