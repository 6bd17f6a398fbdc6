"""A log file for the unexpected, so a bug can be reported with its traceback."""
import logging
from pathlib import Path

from bfpp_desktop.core import paths, permissions

LOG_FILENAME = "bfpp-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3


def log_file() -> Path:
    return paths.log_dir() / LOG_FILENAME


class _FileOnFirstRecord(logging.Handler):
    """The rotating log file, opened when the first record comes.

    Most runs (a printout, the list of children) log nothing: then no file is opened
    and logging.handlers, which brings sockets, pickle and queues, is never loaded.
    """

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path.absolute())
        self._file: logging.Handler | None = None
        self._unwritable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            if self._unwritable:
                return
            from logging.handlers import RotatingFileHandler
            try:
                self._file = RotatingFileHandler(self.baseFilename, maxBytes=MAX_BYTES,
                                                 backupCount=BACKUP_COUNT, encoding="utf-8")
            except OSError:
                self._unwritable = True   # as when the folder cannot be made: no log
                return
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup() -> Path | None:
    """Log to the platform's log folder; returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_bfpp", False)]:
        if Path(handler.baseFilename) == log_file().absolute():
            return log_file()
        # The log folder changed (each test has its own): follow it.
        root.removeHandler(handler)
        handler.close()
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        permissions.tighten(log_file().parent)   # a traceback may hold a child's name
    except OSError:
        return None
    handler = _FileOnFirstRecord(log_file())
    handler._bfpp = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file()
