"""Run the built app the way a caregiver's computer would: no Python, no checkout."""
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def needs(*tools: str):
    """Skip unless every command-line tool is installed (apt names in packaging/README.md)."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    return pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)}")


def clean_env(home: Path) -> dict[str, str]:
    """A fresh user with nothing of ours set: no PYTHONPATH, no venv, no XDG folders."""
    return {"HOME": str(home), "TMPDIR": str(home), "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run_app(program: Path, *args: str, home: Path, prefix: tuple[str, ...] = ()):
    """Run a command of the built app from the user's home folder (outside the checkout)."""
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run([*prefix, str(program), *args], cwd=home, env=clean_env(home),
                          capture_output=True, text=True, timeout=120)


def open_window_briefly(command: list[str], home: Path, shown_when: str,
                        settle: float = 4.0) -> subprocess.CompletedProcess:
    """Start the window, wait for a file matching shown_when (a pattern under home), then
    `settle` seconds more, and close it.

    The window runs in its own process group, so a wrapper (strace) and the app inside
    it both receive the closing signal.
    """
    home.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(command, cwd=home, env=clean_env(home),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 90
    try:
        while not any(home.glob(shown_when)) and process.poll() is None:
            assert time.monotonic() < deadline, "the window did not open its data folder"
            time.sleep(0.3)
        assert process.poll() is None, f"the app stopped early: {process.stderr.read()}"
        time.sleep(settle)
        assert process.poll() is None, f"the app stopped early: {process.stderr.read()}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under folder with its size and modification time."""
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}
