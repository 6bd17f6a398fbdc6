"""The first-stage sheets speak to a relative as family, print only what was chosen, and
the birth parent gets a sheet of their own."""
from datetime import date

import pytest
from pypdf import PdfReader

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.guide import Audience, load_guide
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.catalogue import ForWhom, printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep

GUIDE = load_guide()
HOUSEHOLD = Household(household_name="Dolores Ángeles Fernández-Ñúñez",
                      surname="Fernández", phone="555-0199", address="12 Elm Street")
NAME = "María-José Þórunn"


def _make(db, tmp_path, doc_id: str, kid: Child, **changes) -> PdfReader:
    options = printout(doc_id).default_options(Paper.A4).copy(**changes)
    out = make_document(db, doc_id, kid, options, tmp_path / f"{doc_id}.pdf",
                        household=HOUSEHOLD, today=date(2026, 11, 24))
    return PdfReader(out)


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _child(db, placement: PlacementType) -> Child:
    return add_child(db, Child(full_name=f"{NAME} Nguyễn-Świątek", preferred_name=NAME,
                               placement_type=placement))


@pytest.fixture
def grandchild(db):
    return _child(db, PlacementType.KINSHIP)


@pytest.fixture
def foster_child(db):
    return _child(db, PlacementType.FOSTER)


def test_a_relatives_comfort_call_sheet_has_no_introduction(db, tmp_path, grandchild):
    text = _text(_make(db, tmp_path, "comfort-call", grandchild))
    assert "first name" not in text and "address" not in text
    assert "What we might say" in text and "What we can share about us" not in text
    kin_first = GUIDE.comfort_call_share_for(Audience.KINSHIP)[0]
    assert text.index(kin_first) < text.index("Tell them how their child is doing")
    # What a daughter may ask her mother is not how many children she has looked after.
    assert "what has changed at home since they came?" in text
    assert "How many children have you looked after" not in text


def test_a_foster_parents_comfort_call_sheet_is_as_before(db, tmp_path, foster_child):
    text = _text(_make(db, tmp_path, "comfort-call", foster_child))
    assert "Say your first name and that you are looking after their child for now." in text
    assert "What we can share about us" in text
    assert "How many children have you looked after, and for how long?" in text
    assert "calling only to talk about the child" not in text


def _prepare(db, kid, audience: Audience, notes: int = 3) -> list[str]:
    """Six questions chosen and the first *notes* share prompts written about."""
    chosen = [q.id for q in GUIDE.icebreaker_questions][::4][:6]
    prompts = GUIDE.share_prompts_for(audience)
    save_icebreaker_prep(db, kid.id, IcebreakerPrep(chosen, {
        prompt: "Abuela Dolores, tío Ángel and little Zoë (4): Sundays we cook arroz con "
                "pollo together, and Señor Bigotes the cat sleeps on the sofa."
        for prompt in prompts[:notes]}))
    return chosen


def test_a_relatives_preparation_sheet_keeps_the_talk_on_the_child(db, tmp_path, grandchild):
    _prepare(db, grandchild, Audience.KINSHIP, notes=5)
    text = _text(_make(db, tmp_path, "icebreaker-prep", grandchild))
    assert "address" not in text and "Keep to yourself for now" not in text
    assert "Keep the talk about the child" in text
    assert GUIDE.not_to_share_for(Audience.KINSHIP) in text
    prompts = GUIDE.share_prompts_for(Audience.KINSHIP)
    assert prompts[0] == GUIDE.kinship_share_prompts[0]           # the kin prompts first
    assert text.index(prompts[0]) < text.index(prompts[4])
    assert prompts[4] in GUIDE.icebreaker_share_prompts           # then the general ones


def test_a_foster_parents_preparation_sheet_keeps_private_details_back(db, tmp_path,
                                                                       foster_child):
    _prepare(db, foster_child, Audience.FOSTER)
    text = _text(_make(db, tmp_path, "icebreaker-prep", foster_child))
    assert "Keep to yourself for now" in text and "your home address" in text
    assert GUIDE.icebreaker_share_prompts[0] in text
    assert "What has changed in your home" not in text


@pytest.mark.parametrize("placement", list(PlacementType))
def test_six_questions_fit_on_two_pages_with_only_what_was_chosen(db, tmp_path, placement):
    kid = _child(db, placement)
    audience = Audience(placement.value)
    chosen = _prepare(db, kid, audience)
    reader = _make(db, tmp_path, "icebreaker-prep", kid)
    assert len(reader.pages) == 2
    text = _text(reader)
    for question in GUIDE.icebreaker_questions:
        assert (question.text in text) == (question.id in chosen), question.id
    filled, empty = GUIDE.share_prompts_for(audience)[:3], GUIDE.share_prompts_for(audience)[3:]
    assert all(p in text for p in filled) and not any(p in text for p in empty)


def test_the_parent_meeting_sheet_is_for_the_birth_parent():
    spec = printout("parent-meeting-sheet")
    assert spec.for_whom == (ForWhom.BIRTH_FAMILY,) and spec.for_birth_family
    assert not spec.has_private_content
    assert "parent-meeting-sheet" in GUIDE.stage(1).printouts


def test_the_parent_meeting_sheet_holds_their_questions_and_topics(db, tmp_path,
                                                                   foster_child):
    reader = _make(db, tmp_path, "parent-meeting-sheet", foster_child)
    text = _text(reader)
    assert "Before we meet" in text and f"You know {NAME} best" in text
    for line in GUIDE.birth_parent_questions_for(Audience.FOSTER) + GUIDE.birth_parent_share:
        assert line in text, line
    assert "Your own questions" in text and "Room for your own notes" in text
    # Paper travels: our details stay off a sheet for the family unless chosen.
    assert "555-0199" not in text and "Elm Street" not in text
    assert len(reader.pages) == 2                          # a short sheet


def test_a_relatives_parent_meeting_sheet_asks_what_changed(db, tmp_path, grandchild):
    text = _text(_make(db, tmp_path, "parent-meeting-sheet", grandchild))
    assert "Where does my child sleep, and what has changed at home since they came?" in text
    assert "How will my child fit in with your family?" not in text
    assert "How many children have you looked after" not in text


def test_a_relatives_blank_sheet_asks_what_changed(db, tmp_path, grandchild, foster_child):
    kin = _text(_make(db, tmp_path, "about-my-child-blank", grandchild))
    assert "what has changed at home" in kin and "how many children" not in kin
    foster = _text(_make(db, tmp_path, "about-my-child-blank", foster_child))
    assert "how many children we have looked after" in foster
