"""The whole-file check of the data file, begun while the window's code is still loading.

`PRAGMA integrity_check` reads the whole file (0.1 to 0.25 s at 20,000 entries), and
it must pass before the window may write. SQLite runs it without holding Python's
lock, so when it starts first thing (bfpp_desktop.window_start) it overlaps the
imports instead of adding to it, and the window is built and painted on a connection
that cannot write while it runs (session.Session.finish_opening). The folder's lock is
taken before the check begins and handed to the session that opens the folder, so no
other copy of the app can change the file between this check and the window's first
write.
"""
import logging
import threading
from pathlib import Path

from bfpp_desktop.core import paths
from bfpp_desktop.core.data_lock import DataFolderLock

log = logging.getLogger(__name__)


class _Check:
    def __init__(self, database: Path, lock: DataFolderLock):
        self.database = database
        self.lock = lock
        self.passed = False
        self.thread = threading.Thread(target=self._run, name="integrity check", daemon=True)

    def _run(self) -> None:
        from bfpp_desktop.storage import connection, rows
        try:
            db = connection.open_reader(self.database)
            try:
                self.passed = rows.value(db, "PRAGMA integrity_check(1)") == "ok"
            finally:
                db.close()
        except Exception:  # noqa: BLE001 - the session's own check runs and says why
            log.info("early check of %s could not run", self.database, exc_info=True)


_checks: dict[Path, _Check] = {}


def start(data_dir: Path) -> None:
    """Take *data_dir*'s lock and begin checking its data file, when both are there
    (anything else is left for the session to find and explain)."""
    database = paths.database_path(data_dir)
    lock = DataFolderLock(paths.lock_path(data_dir))
    try:
        if not database.is_file() or not lock.try_acquire():
            return
    except OSError:   # a folder that cannot be read, say: the session explains it
        return
    check = _Check(database, lock)
    _checks[Path(data_dir)] = check
    check.thread.start()


def adopt_lock(data_dir: Path) -> DataFolderLock | None:
    """The lock start() took for *data_dir*, for the session opening it to hold."""
    check = _checks.get(Path(data_dir))
    return check.lock if check is not None and check.lock.held else None


def running(database: Path) -> bool:
    """True when start() began checking *database* and still holds the folder's lock:
    the window may then be built on a connection that cannot write, and learn the
    verdict (passed()) once it is painted."""
    check = _checks.get(Path(database).parent)
    return check is not None and check.database == Path(database) and check.lock.held


def passed(database: Path) -> bool:
    """True when the check begun by start() passed on *database*, and the folder's lock
    has been held ever since (waits for the check to finish). Asked once: a later
    open checks for itself."""
    data_dir = Path(database).parent
    check = _checks.get(data_dir)
    if check is None or check.database != Path(database):
        return False
    del _checks[data_dir]
    check.thread.join()
    return check.passed and check.lock.held
