"""Compiled forms must match their Qt Designer files (run `make forms` after editing a .ui),
and their words must be in the Spanish catalogue (run `make translations`)."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
CATALOGUE = ROOT / "resources" / "translations" / "bfpp_es.ts"


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


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_a_forms_words_are_in_the_catalogue_under_its_class(form):
    # uic translates a form's words in the context of its <class>, like self.tr() in the
    # dialog that wraps it, so one context holds all of a window's words.
    ui = ET.parse(form).getroot()
    context = ui.findtext("class")
    words = {s.text for s in ui.iter("string") if s.text and s.get("notr") != "true"}
    assert words, form.name
    catalogue = ET.parse(CATALOGUE).getroot()
    known = {m.findtext("source") for c in catalogue.iter("context")
             if c.findtext("name") == context for m in c.iter("message")}
    assert words - known == set(), f"run `make translations`: {form.name} is not in {CATALOGUE.name}"
