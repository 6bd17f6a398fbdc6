"""A log file for the unexpected, so a bug can be reported with its traceback."""
import logging
import logging.handlers
from pathlib import Path

from bfpp_desktop.core import paths, permissions

LOG_FILENAME = "bfpp-desktop.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_FILENAME


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
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler._bfpp = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file()
