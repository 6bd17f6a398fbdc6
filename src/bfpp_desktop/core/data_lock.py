"""One copy at a time may change a data folder: an OS lock on <data_dir>/bfpp.lock.

The operating system's advisory lock (flock on Linux and macOS, msvcrt.locking on
Windows) belongs to the open file, so it is released the moment the process ends,
even by a crash or a power cut: a lock can never be left behind and go stale.
Plain Python, so the command line takes the same lock as the window without Qt.
"""
import os
import sys
import time
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

POLL_SECONDS = 0.05


class DataFolderLock:
    """An exclusive lock; try_acquire() never waits longer than asked."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def try_acquire(self, wait: float = 0.0) -> bool:
        """True once held; False if another process (or open file) still holds it
        after *wait* seconds. Raises OSError when the lock file cannot be made."""
        if self._file is not None:
            return True
        # "a" creates the file without truncating it; the handle is not inherited
        # by child processes, so a program started from the app cannot keep it.
        handle = open(self.path, "a", opener=_private)  # noqa: SIM115 - held open
        deadline = time.monotonic() + wait
        while True:
            if _try_lock(handle):
                self._file = handle
                return True
            if time.monotonic() >= deadline:
                handle.close()
                return False
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            _unlock(handle)
        finally:
            handle.close()


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


if sys.platform == "win32":
    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
