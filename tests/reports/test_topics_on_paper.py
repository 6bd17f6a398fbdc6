"""Every topic of the guide's first-stage lists reaches the paper.

The lists are those of stage 1, "Building the Relationship", in the Birth and Foster
Parent Partnership guide (shared/reference/001_*.txt): what to talk through, the birth
parent's column (what they may share about their child and ask about the home) and the
caregiver's column (how to introduce yourself, what to ask, what to share about your
home). The same lists serve the comfort call and the icebreaker meeting. Each item is
held here as a few keywords of ours; a sheet covers the item when one of them is in
its text (case and line breaks ignored).
"""
from datetime import date

import pytest
from pypdf import PdfReader

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.guide import Audience, load_guide
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep

# (the reference item, in short) -> keywords, any of which covers it
STAGE_1_TOPICS = {
    # "It is important to consider"
    "parenting styles and discipline": ("rules",),
    "cultural beliefs and traditions": ("culture", "cultural"),
    "ethnic practices": ("heritage",),
    "sexual identity, free from discrimination": ("sees themselves",),
    "religious beliefs and practices": ("faith",),
    "medical and dental history": ("dentist",),
    "daily practices: hair care": ("hair",),
    "daily practices: grooming and hygiene": ("bath",),
    "daily practices: nutrition": ("meals",),
    # The birth parent's column: what they may share or discuss
    "I love and care about my child": ("how much you love", "love and miss"),
    "I hope my child comes back home": ("comes home", "come home", "back home"),
    "how my child is doing": ("is doing",),
    "my child's medical information": ("medicines",),
    "what my child likes": ("favourite",),
    "what my child does not like": ("does not like", "dislike", "upsets"),
    "the bedtime routine my child needs": ("bedtime",),
    "which school my child will attend": ("which school",),
    "how many children you have cared for": ("how many children",),
    # ... and what they may ask about the home
    "what your home looks like": ("home and neighbourhood", "what your home is like"),
    "other children in your home": ("other children",),
    "an average day in your house": ("usual day", "typical day"),
    "how my child will fit into your family": ("fit in",),
    "how you handle discipline": ("handle rules",),
    # ... and what recognises their child as an individual
    "religious holidays and celebrations": ("holidays",),
    "doing the child's hair together": ("hair",),
    "likes and dislikes about activities": ("bike", "loves to do"),
    "cultural opportunities: tribal gatherings, support groups": ("gatherings",),
    # The caregiver's column: introducing yourself
    "who you are, caring for the child for now": ("first name", "give this back to",
                                                  "something about yourself"),
    "asking the parent's help to care for the child": ("child best", "{name} best"),
    # ... the questions to ask the birth parent
    "ideas to help the child tonight": ("tonight", "feel at home"),
    "favourite toy, likes and dislikes": ("toy",),
    "favourite song": ("song",),
    "bedtime routine and sleep habits": ("sleep",),
    "how are you doing": ("how are you doing",),
    "someone to support you": ("someone", "there for you", "supporting you"),
    "may I tell your child you are okay": ("okay",),
    # ... what to share about your home
    "family size, ages of the other children": ("other children",),
    "the home and the general neighbourhood": ("neighbourhood",),
    # ... and the child's individuality
    "grooming, hair care and clothing": ("clothes",),
    "bath or shower": ("shower", "bathing"),
    "weekly religious services": ("services",),
}
# Only a call can go unanswered: the advice for a parent not ready to talk.
CALL_ONLY_TOPICS = {"if not ready, ask to call back": ("call again",)}

NAME = "María-José"
HOUSEHOLD = Household(household_name="Dolores Ángeles Fernández", phone="555-0199")


def _text(db, tmp_path, doc_id: str, kid: Child) -> str:
    options = printout(doc_id).default_options(Paper.A4)
    out = make_document(db, doc_id, kid, options, tmp_path / f"{doc_id}.pdf",
                        household=HOUSEHOLD, today=date(2026, 11, 24))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split()).lower()


def _missing(text: str, topics: dict) -> list[str]:
    return [item for item, keywords in topics.items()
            if not any(k.format(name=NAME).lower() in text for k in keywords)]


@pytest.fixture
def kid(db):
    return add_child(db, Child(full_name=f"{NAME} Nguyễn-Świątek", preferred_name=NAME))


def test_the_blank_about_my_child_sheet_asks_every_topic(db, tmp_path, kid):
    text = _text(db, tmp_path, "about-my-child-blank", kid)
    assert _missing(text, STAGE_1_TOPICS) == []


def test_the_comfort_call_sheet_covers_every_topic(db, tmp_path, kid):
    text = _text(db, tmp_path, "comfort-call", kid)
    assert _missing(text, STAGE_1_TOPICS | CALL_ONLY_TOPICS) == []


def test_the_icebreaker_sheets_cover_every_topic(db, tmp_path, kid):
    """The caregiver's sheet with every question and prompt chosen, and the parent's sheet."""
    guide = load_guide()
    prompts = guide.share_prompts_for(Audience.FOSTER)
    save_icebreaker_prep(db, kid.id, IcebreakerPrep(
        [q.id for q in guide.icebreaker_questions], {p: "Ñoño" for p in prompts}))
    text = " ".join(_text(db, tmp_path, doc_id, kid)
                    for doc_id in ("icebreaker-prep", "parent-meeting-sheet"))
    assert _missing(text, STAGE_1_TOPICS) == []


def test_a_missing_topic_is_noticed():
    assert _missing("bedtime and toys", {"a song": ("song",), "sleep": ("bedtime",)}) == [
        "a song"]
