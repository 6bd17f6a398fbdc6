"""The guide in Spanish: the same content as the English one, every line translated,
and a bilingual guide for printouts that holds both."""
import json

import pytest

from bfpp_desktop.core import i18n, paths
from bfpp_desktop.core.guide import GUIDE_FILES, load_guide, marked_terms

FOLDER = paths.resources_dir() / "guide"
NAMES = {"CASA"}   # the same word in both languages
CODES = ("id", "for", "files_into", "printouts")
SYNONYMS = "also_called"   # other names, as many as each language has (English ones too)


def _shape(value, key=""):
    """The file with every text replaced by a marker: ids, codes and lists must match."""
    if isinstance(value, dict):
        return {k: _shape(v, k) for k, v in value.items() if k != SYNONYMS}
    if isinstance(value, list):
        return [_shape(v, key) for v in value]
    if isinstance(value, str) and key not in CODES:
        return "" if value == "" else "text"
    return value


def _texts(value, key=""):
    if isinstance(value, dict):
        for k, v in value.items():
            if k != SYNONYMS:
                yield from _texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v, key)
    elif isinstance(value, str) and key not in CODES:
        yield value


@pytest.mark.parametrize("name", GUIDE_FILES)
def test_every_guide_file_is_in_spanish_with_the_same_shape(name):
    english = json.loads((FOLDER / "en" / name).read_text(encoding="utf-8"))
    spanish = json.loads((FOLDER / "es" / name).read_text(encoding="utf-8"))
    assert _shape(spanish) == _shape(english)
    left_in_english = set(_texts(spanish)) & set(_texts(english)) - NAMES - {""}
    assert not left_in_english, left_in_english


def test_every_marked_term_is_in_the_spanish_glossary():
    guide = load_guide(language="es")
    marked = {t for stage in guide.stages for step in stage.steps
              for t in marked_terms(step.detail + step.kinship_detail)}
    marked |= {t for stage in guide.stages for t in marked_terms(stage.purpose)}
    assert marked and [t for t in marked if guide.find_term(t) is None] == []


def test_the_guide_follows_the_language_spoken():
    with i18n.speaking("es"):
        assert load_guide().stage(1).title == "Construir la relación"
    assert load_guide(language="en").stage(1).title == "Building the Relationship"


def test_the_bilingual_guide_gives_each_text_in_both_languages():
    both = load_guide(language=i18n.BOTH)
    assert both.stage(1).title == "Construir la relación / Building the Relationship"
    assert both.stage(1).steps[0].id == "s1-comfort-call"
    assert both.comfort_call_questions[0].files_into == "routine"
    assert both.find_term("CASA") is not None
