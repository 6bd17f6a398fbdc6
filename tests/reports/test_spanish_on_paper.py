"""Printouts in Spanish and bilingual: the guide's topics reach the paper in Spanish, with
accents and ñ as they should be, and the caregiver's own words stay as written.

The topics are those of tests/reports/test_topics_on_paper.py (stage 1 of the guide),
each held here as a few Spanish keywords of ours.
"""
from datetime import date

import pytest
from pypdf import PdfReader
from test_topics_on_paper import CALL_ONLY_TOPICS, STAGE_1_TOPICS, _missing

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.guide import Audience, load_guide
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.world import Section, WorldItem
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.reports.texts import printing_in
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep
from bfpp_desktop.storage.world import add_item

TEMAS = {
    "parenting styles and discipline": ("reglas",),
    "cultural beliefs and traditions": ("cultura",),
    "ethnic practices": ("herencia",),
    "sexual identity, free from discrimination": ("se ve", "identidad"),
    "religious beliefs and practices": ("fe",),
    "medical and dental history": ("dentista",),
    "daily practices: hair care": ("cabello",),
    "daily practices: grooming and hygiene": ("baño",),
    "daily practices: nutrition": ("comidas",),
    "I love and care about my child": ("cuánto quiere", "quiere y extraña"),
    "I hope my child comes back home": ("vuelva a casa", "volver a casa", "vuelta a casa"),
    "how my child is doing": ("cómo está", "cómo le va"),
    "my child's medical information": ("medicinas",),
    "what my child likes": ("favorit",),
    "what my child does not like": ("no le guste", "no le gusta", "moleste"),
    "the bedtime routine my child needs": ("para dormir",),
    "which school my child will attend": ("qué escuela",),
    "how many children you have cared for": ("cuántos niños",),
    "what your home looks like": ("casa y su barrio", "cómo es su casa", "nuestra casa"),
    "other children in your home": ("otros niños",),
    "an average day in your house": ("día normal",),
    "how my child will fit into your family": ("integrar",),
    "how you handle discipline": ("manejan las reglas",),
    "religious holidays and celebrations": ("días festivos",),
    "doing the child's hair together": ("cabello",),
    "likes and dislikes about activities": ("bicicleta", "le encanta hacer"),
    "cultural opportunities: tribal gatherings, support groups": ("de la comunidad",),
    "who you are, caring for the child for now": ("su nombre", "entregue esta hoja",
                                                  "algo sobre usted"),
    "asking the parent's help to care for the child": ("mejor conoce", "conoce a su hijo"),
    "ideas to help the child tonight": ("esta noche", "sentirse en casa"),
    "favourite toy, likes and dislikes": ("juguete",),
    "favourite song": ("canción",),
    "bedtime routine and sleep habits": ("duerme", "sueño"),
    "how are you doing": ("usted, ¿cómo está", "usted cómo está"),
    "someone to support you": ("alguien", "le acompaña", "apoyando"),
    "may I tell your child you are okay": ("está bien",),
    "family size, ages of the other children": ("otros niños",),
    "the home and the general neighbourhood": ("barrio",),
    "grooming, hair care and clothing": ("ropa",),
    "bath or shower": ("ducha", "el baño"),
    "weekly religious services": ("servicios religiosos",),
}
TEMAS_DE_LA_LLAMADA = {"if not ready, ask to call back": ("volver a llamar",)}
NAME = "Begoña"
HOUSEHOLD = Household(household_name="Familia Peña Núñez", phone="555-0199")
FAMILY_SHEETS = ("routine-sheet", "all-about-me", "about-my-child-blank", "comfort-call",
                 "icebreaker-prep", "parent-meeting-sheet", "bridge-book", "diaper-bag")


def test_the_spanish_keywords_follow_the_english_topics():
    assert set(TEMAS) == set(STAGE_1_TOPICS)
    assert set(TEMAS_DE_LA_LLAMADA) == set(CALL_ONLY_TOPICS)


def _pdf_text(db, tmp_path, doc_id: str, kid: Child, language: str) -> str:
    options = printout(doc_id).default_options(Paper.A4).copy(language=language)
    out = make_document(db, doc_id, kid, options, tmp_path / f"{doc_id}-{language}.pdf",
                        household=HOUSEHOLD, today=date(2026, 11, 24))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


@pytest.fixture
def kid(db):
    return add_child(db, Child(full_name=f"{NAME} Ibáñez", preferred_name=NAME, stage=1))


@pytest.fixture
def prepared(db, kid):
    guide = load_guide(language="es")
    prompts = guide.share_prompts_for(Audience.FOSTER)
    save_icebreaker_prep(db, kid.id, IcebreakerPrep(
        [q.id for q in guide.icebreaker_questions], {p: "Ñoño" for p in prompts}))
    add_item(db, WorldItem(child_id=kid.id, section=Section.LIKES, kind="like",
                           title="Canción de cuna: «Señora Santa Ana»"))
    return kid


@pytest.mark.parametrize("doc_ids, extra", [
    (("about-my-child-blank",), {}),
    (("comfort-call",), TEMAS_DE_LA_LLAMADA),
    (("icebreaker-prep", "parent-meeting-sheet"), {}),
])
def test_spanish_sheets_hold_every_topic_in_spanish(db, tmp_path, prepared, doc_ids, extra):
    text = " ".join(_pdf_text(db, tmp_path, d, prepared, "es") for d in doc_ids).lower()
    assert _missing(text, TEMAS | extra) == []


@pytest.mark.parametrize("doc_ids, extra, english_extra", [
    (("about-my-child-blank",), {}, {}),
    (("comfort-call",), TEMAS_DE_LA_LLAMADA, CALL_ONLY_TOPICS),
    (("icebreaker-prep", "parent-meeting-sheet"), {}, {}),
])
def test_bilingual_sheets_hold_every_topic_in_both_languages(db, tmp_path, prepared, doc_ids,
                                                             extra, english_extra):
    text = " ".join(_pdf_text(db, tmp_path, d, prepared, "both") for d in doc_ids).lower()
    assert _missing(text, TEMAS | extra) == []
    assert _missing(text.replace(NAME.lower(), "maría-josé"), STAGE_1_TOPICS | english_extra) == []


# Each family sheet's first heading, in Spanish and in English.
HEADINGS = {
    "routine-sheet": ("Las rutinas de Begoña", "Begoña's routines"),
    "all-about-me": ("Todo sobre", "All about Begoña"),
    "about-my-child-blank": ("Todo sobre", "All about Begoña"),
    "comfort-call": ("Notas de la llamada de tranquilidad", "Comfort call notes"),
    "icebreaker-prep": ("Para preparar la primera reunión", "Getting ready for the first meeting"),
    "parent-meeting-sheet": ("Antes de conocernos", "Before we meet"),
    "bridge-book": ("Cuaderno puente de Begoña", "Begoña's bridge book"),
    "diaper-bag": ("El día de Begoña", "Begoña's day"),
}


def test_every_family_sheet_is_checked():
    assert set(HEADINGS) == set(FAMILY_SHEETS)


@pytest.mark.parametrize("doc_id", FAMILY_SHEETS)
def test_family_sheets_in_spanish_speak_spanish_throughout(db, tmp_path, prepared, doc_id):
    text = _pdf_text(db, tmp_path, doc_id, prepared, "es")
    spanish, english = HEADINGS[doc_id]
    assert text.startswith(spanish) and english not in text
    assert "impreso el 24 de noviembre de 2026 · página 1 de" in text
    with printing_in("es"):
        words = {w for c, w in _catalogue_words()}
    english_left = [w for c, w in _catalogue_words() if w in text and w not in words
                    and len(w.split()) > 2]
    assert english_left == []


@pytest.mark.parametrize("doc_id", FAMILY_SHEETS)
def test_family_sheets_in_both_languages_give_each_heading_twice(db, tmp_path, prepared, doc_id):
    text = _pdf_text(db, tmp_path, doc_id, prepared, "both")
    spanish, english = HEADINGS[doc_id]
    assert text.startswith(f"{spanish} / {english}")
    assert "impreso el 24 de noviembre de 2026 · página 1 de" in text   # one language


def _catalogue_words():
    """(context, English source) of every message of the printouts' context."""
    from bfpp_desktop.core import ts_catalogue
    return [key for key in ts_catalogue.catalogue("es") if key[0] == "Print"]


def test_accents_ñ_and_spanish_marks_come_out_right(db, tmp_path, prepared):
    text = _pdf_text(db, tmp_path, "about-my-child-blank", prepared, "es")
    for words in ("¿Cómo es un día normal para Begoña?", "el baño", "guardería", "días festivos",
                  "¿Qué más le gustaría que supiéramos", "Y usted, ¿cómo está?"):
        assert words in text, words


def test_the_caregivers_words_are_printed_once_as_written(db, tmp_path, prepared):
    both = _pdf_text(db, tmp_path, "all-about-me", prepared, "both")
    assert both.count("«Señora Santa Ana»") == 1
    prep = _pdf_text(db, tmp_path, "icebreaker-prep", prepared, "both")
    assert prep.count("Ñoño") == len(load_guide().share_prompts_for(Audience.FOSTER))
