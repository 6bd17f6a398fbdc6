"""Every module imports on its own, in a fresh interpreter.

An import cycle only shows when the modules of the cycle are imported in an
unlucky order; importing each module first, alone, finds it.
"""
import subprocess
import sys
from pathlib import Path

import pytest

import bfpp_desktop

PACKAGE_DIR = Path(bfpp_desktop.__file__).parent


def _module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue  # runs the app when imported
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


MODULES = _module_names()


def test_the_walk_finds_the_packages():
    assert "bfpp_desktop.storage.connection" in MODULES
    assert "bfpp_desktop.reports.gather" in MODULES


@pytest.mark.parametrize("batch", [MODULES[i::4] for i in range(4)],
                         ids=[f"batch{i}" for i in range(4)])
def test_each_module_imports_first_in_a_fresh_interpreter(batch):
    # One interpreter per module; four batches keep the test's cost near the
    # interpreter start-up time rather than one test id per module.
    failures = []
    for name in batch:
        result = subprocess.run(
            [sys.executable, "-c", f"import {name}"], capture_output=True, text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PACKAGE_DIR.parent),
                 "PATH": "/usr/bin:/bin"}, check=False, timeout=60)
        if result.returncode != 0:
            failures.append(f"{name}:\n{result.stderr.strip().splitlines()[-1]}")
    assert not failures, "\n".join(failures)
