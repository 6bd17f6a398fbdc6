"""The catalogues hold every string of the app, Spanish translates each one, and the
compiled .qm files the app loads match them.

When one of these fails after new words were added: run `make translations`, fill in
the strings it names in resources/translations/bfpp_es.ts (Qt Linguist, or by hand),
and run `make translations` again to compile.
"""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bfpp_desktop.core import i18n, ts_catalogue
from bfpp_desktop.core.dates import parse_date

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(path: Path):
    """(context, source, message element) for each message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message


def _fresh_catalogue(tmp_path: Path, language: str) -> Path:
    """The catalogue as `make translations` would leave it now (same options as the Makefile)."""
    fresh = tmp_path / f"bfpp_{language}.ts"
    shutil.copy(TS_DIR / fresh.name, fresh)
    sources = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    forms = sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    extra = ["-pluralonly"] if language == "en" else []
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *extra,
                    *sources, *forms, "-target-language", language, "-ts", str(fresh)],
                   check=True, capture_output=True)
    return fresh


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_in_the_catalogue(language, tmp_path):
    fresh = {(c, s) for c, s, _m in _messages(_fresh_catalogue(tmp_path, language))}
    kept = {(c, s) for c, s, _m in _messages(TS_DIR / f"bfpp_{language}.ts")}
    new = "\n".join(f"  [{c}] {s!r}" for c, s in sorted(fresh - kept))
    gone = "\n".join(f"  [{c}] {s!r}" for c, s in sorted(kept - fresh))
    assert not new and not gone, (
        f"run `make translations`: bfpp_{language}.ts is behind the code.\n"
        f"New strings:\n{new or '  none'}\nNo longer used:\n{gone or '  none'}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    missing = [f"  [{c}] {s!r}" for c, s, m in _messages(TS_DIR / f"bfpp_{language}.ts")
               if m.find("translation").get("type") == "unfinished"
               or not "".join(m.find("translation").itertext()).strip()]
    assert not missing, (f"{len(missing)} strings have no translation in bfpp_{language}.ts "
                         "(fill them in, then `make translations`):\n" + "\n".join(missing))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    """A lost or misspelt {name} would break .format() or drop the child's name."""
    wrong = []
    for context, source, message in _messages(TS_DIR / f"bfpp_{language}.ts"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            if set(PLACEHOLDER.findall(form)) - {"%n"} != wanted:
                wrong.append(f"  [{context}] {source!r} -> {form!r}")
        if message.get("numerus") == "yes" and "%n" not in forms[-1]:
            wrong.append(f"  [{context}] {source!r}: the plural form needs %n")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


# "1 child" beside "{n} children": a plural made by hand, with English's two forms built
# in, where a language may need others (and "{n} of them are" reads wrong for 1). A limit
# ("at least {n} characters", "from 1 to 12") is never one.
HAND_MADE_PLURAL = re.compile(r"(?<!from )\b1 [a-z]|(?<!than )(?<!least )(?<!under )"
                              r"\{n\} (of\b|[a-z]+s\b)")


def test_counts_use_qt_plural_forms():
    hand_made = sorted({f"  [{c}] {s!r}" for c, s, m in _messages(TS_DIR / "bfpp_es.ts")
                        if m.get("numerus") != "yes" and HAND_MADE_PLURAL.search(s)})
    assert not hand_made, ("write these as one self.tr(\"%n …\", \"\", n) or "
                           "translate(context, \"%n …\", n):\n" + "\n".join(hand_made))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_qm_files_match_the_catalogues(language, tmp_path):
    """The .qm files are committed so a fresh clone speaks Spanish without Qt's tools."""
    committed = TS_DIR / f"bfpp_{language}.qm"
    assert committed.exists(), f"run `make translations`: {committed.name} is missing"
    fresh = tmp_path / committed.name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"bfpp_{language}.ts"),
                    "-qm", str(fresh)], check=True, capture_output=True)
    assert committed.read_bytes() == fresh.read_bytes(), \
        f"run `make translations`: {committed.name} is older than its .ts"


def test_core_translates_counts_without_qt():
    assert ts_catalogue.lookup("en", "JournalPage", "%n entries", 1) == "1 entry"
    assert ts_catalogue.lookup("en", "JournalPage", "%n entries", 3) == "3 entries"
    assert ts_catalogue.lookup("es", "JournalPage", "%n entries", 1) == "1 anotación"
    assert ts_catalogue.lookup("es", "JournalPage", "%n entries", 0) == "0 anotaciones"
    assert ts_catalogue.lookup("es", "Print", "Routine sheet") == "Hoja de rutina"
    assert ts_catalogue.lookup("es", "Print", "not in the catalogue") == "not in the catalogue"


def test_the_language_follows_the_system_unless_chosen():
    assert i18n.choose("", ["es-MX", "en-US"]) == "es"
    assert i18n.choose("", ["fr-FR", "en-GB"]) == "en"
    assert i18n.choose("", ["de-DE"]) == "en"
    assert i18n.choose("en", ["es-ES"]) == "en"
    assert i18n.choose("es", ["en-US"]) == "es"


@pytest.mark.parametrize("typed", ["15 de marzo de 2024", "15 marzo 2024", "15 mar. 2024",
                                   "15 March 2024", "March 15, 2024", "2024-03-15"])
def test_dates_are_read_in_spanish_and_english(typed):
    assert parse_date(typed).isoformat() == "2024-03-15"


def test_a_wrong_day_is_explained_in_the_language_spoken():
    with i18n.speaking("es"), pytest.raises(ValueError, match="febrero de 2023 tiene 28 días"):
        parse_date("30 de febrero de 2023")
