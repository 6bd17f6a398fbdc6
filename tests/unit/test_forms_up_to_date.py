"""Compiled forms must match their Qt Designer files (run `make forms` after editing a .ui)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else shutil.which("pyside6-uic")


def _body(text: str) -> list[str]:
    # Ignore comment lines: uic's header carries its version and our "generated" line.
    return [line for line in text.splitlines() if not line.startswith("#")]


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_matches_ui_file(form, tmp_path):
    compiled = ROOT / "src" / "bfpp_desktop" / "ui" / "forms" / f"ui_{form.stem}.py"
    assert compiled.exists(), f"run `make forms`: {compiled.name} is missing"
    assert compiled.read_text().startswith("# generated — do not edit")
    fresh = tmp_path / "fresh.py"
    subprocess.run([_uic(), str(form), "-o", str(fresh)], check=True)
    assert _body(compiled.read_text()) == _body(fresh.read_text()), \
        f"{compiled.name} is older than forms/{form.name}: run `make forms`"
