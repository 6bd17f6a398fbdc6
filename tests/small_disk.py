"""A real, small filesystem for full-disk tests (a tmpfs of a given size), or a skip
where this machine does not let the tests mount one."""
import contextlib
import shutil
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(folder: Path, size_bytes: int):
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount"):
        pytest.skip("no mount command here")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_bytes},mode=0700",
                              "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small filesystem on this machine")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
