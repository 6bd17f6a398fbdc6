"""Each document built now: what it must hold, and nothing private."""
import pytest

from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.catalogue import PRINTOUTS, BlankSheet, load, printout, printout_ids
from reports_helpers import LONG_NAME, child, flat, make

BUILT = printout_ids()


def test_catalogue_ids_are_unique_and_each_is_gathered_and_built():
    ids = [d.id for d in PRINTOUTS]
    assert len(ids) == len(set(ids)) == 18
    # The bridge book and photo sheet read a database: test_bridge_book_reports.py.
    for spec in PRINTOUTS:
        assert callable(load(spec.gather)) and callable(load(spec.build)), spec.id


@pytest.mark.parametrize("doc_id", BUILT)
def test_never_prints_the_case_notes(tmp_path, db, doc_id):
    text, _ = make(tmp_path, doc_id, db=db)
    assert "PRIVATE-CASE-NOTE" not in text
    assert "Maya" in text


@pytest.mark.parametrize("doc_id", BUILT)
def test_long_accented_name_with_emoji(tmp_path, db, doc_id):
    text, reader = make(tmp_path, doc_id, kid=child(LONG_NAME), db=db, large_print=True)
    assert "Nguyễn-Świątek" in flat(text)
    assert "🌈" not in text
    for page in reader.pages:  # the footer's name is shortened, never pushed off the page
        assert "page" in page.extract_text().splitlines()[-1]
        fonts = page["/Resources"]["/Font"]
        assert {str(fonts[f]["/BaseFont"]).split("+")[-1] for f in fonts} <= {
            "DejaVuSans", "DejaVuSans-Bold"}


def test_blank_sheet_asks_every_topic(tmp_path):
    text = flat(make(tmp_path, "about-my-child-blank")[0])
    for words in ("usual day", "sleep best", "like to eat", "upset or tired", "favourite things",
                  "worries or scares", "hair and skin", "health", "faith, culture",
                  "school or daycare", "What else", "like to ask us"):
        assert words in text, words


def test_blank_sheet_is_large_print_by_default():
    assert printout("about-my-child-blank").default_options(None).large_print


def test_a_section_left_out_is_not_printed(tmp_path):
    spec = printout("about-my-child-blank")
    text = flat(make(tmp_path, spec.id,
                     sections=frozenset(spec.sections) - {BlankSheet.FEARS})[0])
    assert "worries or scares" not in text
    assert "sleep best" in text


def test_our_details_left_out_by_default_for_the_birth_family(tmp_path):
    for doc_id in ("about-my-child-blank", "diaper-bag"):
        assert printout(doc_id).default_options(None).leave_out_our_details
        text = flat(make(tmp_path, doc_id)[0])
        assert "Sam and Jo" in text
        for detail in ("Carterwright", "555-0199", "Elm Street"):
            assert detail not in text


def test_our_details_printed_when_chosen(tmp_path):
    for doc_id in ("about-my-child-blank", "diaper-bag"):
        text = flat(make(tmp_path, doc_id, leave_out_our_details=False)[0])
        for detail in ("Sam and Jo Carterwright", "555-0199", "12 Elm Street"):
            assert detail in text, (doc_id, detail)


def test_empty_return_section_is_left_out(tmp_path):
    text = flat(make(tmp_path, "about-my-child-blank", household=Household())[0])
    assert "give this back" not in text


def test_diaper_bag_has_its_parts_on_one_page(tmp_path):
    text, reader = make(tmp_path, "diaper-bag")
    text = flat(text)
    for words in ("Sleep", "Feeds", "Diapers", "Mood", "Something new today",
                  "A note for you", "write back to us", "24 November 2026"):
        assert words in text, words
    assert len(reader.pages) == 1


def test_comfort_call_prints_the_guide_questions(tmp_path):
    from bfpp_desktop.core.guide import load_guide, plain_text
    guide = load_guide()
    text = flat(make(tmp_path, "comfort-call")[0])
    for question in guide.comfort_call_questions:
        assert flat(plain_text(question.text)) in text
    assert flat(plain_text(guide.comfort_call_share[0])) in text
    assert flat(plain_text(guide.comfort_call_not_ready)) in text
    assert "When we will talk next" in text
    assert not printout("comfort-call").default_options(None).leave_out_our_details


def test_language_catalogue_changes_words_not_layout(tmp_path, monkeypatch):
    from bfpp_desktop.core import ts_catalogue
    monkeypatch.setattr(ts_catalogue, "catalogue", lambda language: {("Print", "Mood"): "Ánimo"})
    text = flat(make(tmp_path, "diaper-bag", language="es")[0])
    assert "Ánimo" in text and "Mood" not in text
