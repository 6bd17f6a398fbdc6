"""Make a folder read-only for a test, even when the tests run as root."""
import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only_folder(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o500)
    immutable = False
    if _writable(folder) and shutil.which("chattr"):
        # root ignores permission bits; the immutable flag stops root too.
        immutable = subprocess.run(["chattr", "+i", str(folder)],
                                   capture_output=True).returncode == 0
    try:
        if _writable(folder):
            pytest.skip("cannot make a read-only folder on this machine")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        os.chmod(folder, 0o700)
