"""Run this checkout's bfpp_desktop in another Python process (a second copy of the app)."""
import contextlib
import os
import subprocess
import sys
from pathlib import Path

import bfpp_desktop
from bfpp_desktop.core import paths

SRC = Path(bfpp_desktop.__file__).resolve().parents[1]

_HOLD_LOCK = """
import sys
from bfpp_desktop.core.data_lock import DataFolderLock
lock = DataFolderLock(sys.argv[1])
print("held" if lock.try_acquire() else "refused", flush=True)
sys.stdin.read()
"""


def python_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(SRC)}


def run_python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env=python_env(), timeout=60)


@contextlib.contextmanager
def lock_held_elsewhere(data_dir: Path):
    """Another process holds the data folder's lock until the block ends."""
    paths.ensure_data_dir(data_dir)
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(paths.lock_path(data_dir))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=python_env())
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        if process.poll() is None:
            process.stdin.close()
            process.wait(timeout=10)
        process.stdout.close()
