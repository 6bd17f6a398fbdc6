"""One Linux build for every slow packaging test (building takes minutes).

BFPP_PACKAGES=DIR reuses what an earlier `packaging/build --out DIR` made instead.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from package_helpers import ROOT


@pytest.fixture(scope="session")
def packages(tmp_path_factory) -> Path:
    given = os.environ.get("BFPP_PACKAGES")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("packages")
    subprocess.run([str(ROOT / "packaging" / "build"), "--out", str(out)], check=True,
                   env={**os.environ, "PYTHON": sys.executable}, timeout=1800)
    return out


@pytest.fixture(scope="session")
def built_app(packages) -> Path:
    return packages / "bfpp-desktop" / "bfpp-desktop"


@pytest.fixture(scope="session")
def deb(packages) -> Path:
    found = sorted(packages.glob("bfpp-desktop_*.deb"))
    assert len(found) == 1, f"one .deb expected in {packages}: {found}"
    return found[0]


@pytest.fixture(scope="session")
def installed(deb, tmp_path_factory) -> Path:
    """The .deb unpacked into a scratch root, as dpkg would install it under /."""
    root = tmp_path_factory.mktemp("scratch-root")
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True, timeout=300)
    return root
