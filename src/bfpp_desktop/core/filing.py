"""Turning answers a birth parent gave (comfort call, icebreaker, bridge book) into
items for the child's routines, likes and care practices, with where they came from.

The caregiver confirms every item before it is filed; this module only proposes.
"""
from dataclasses import dataclass
from datetime import date

from bfpp_desktop.core.world import TITLE_LIMIT, Section, Source, WorldItem, new_item

# Where a guide question's answer goes: files_into -> (section, default kind).
_DESTINATIONS: dict[str, tuple[Section, str]] = {
    "routine": (Section.ROUTINE, "other"),
    "like": (Section.LIKES, "like"),
    "dislike": (Section.LIKES, "dislike"),
    "care": (Section.CARE, "other"),
    "health": (Section.HEALTH, "other"),
    "school": (Section.SCHOOL, "school"),
}

# A finer kind guessed from words in the question id ("ib-bedtime" -> bedtime).
_KIND_HINTS: dict[Section, tuple[tuple[str, str], ...]] = {
    Section.ROUTINE: (("bedtime", "bedtime"), ("sleep", "bedtime"), ("wake", "wake"),
                      ("nap", "nap"), ("night", "night"), ("nutrition", "meal"),
                      ("meal", "meal"), ("bath", "bath"), ("school", "school")),
    Section.LIKES: (("dislike", "dislike"), ("food-no", "dislike"), ("fear", "fear"),
                    ("upset", "upset")),
    Section.CARE: (("hair", "hair"), ("skin", "skin"), ("faith", "faith"),
                   ("holiday", "holiday"), ("language", "language"), ("culture", "faith"),
                   ("cloth", "clothing"), ("feed", "feeding"), ("bath", "bath")),
    Section.HEALTH: (("allerg", "allergy"), ("medicine", "medicine"), ("dental", "dentist"),
                     ("medical", "history"), ("doctor", "doctor")),
    Section.SCHOOL: (("help", "support"), ("teacher", "teacher")),
}

SHORT_TITLE = 90


@dataclass(frozen=True)
class Answer:
    """One answer as the caregiver wrote it down, next to the question it answers."""
    question_id: str
    question: str
    answer: str
    files_into: str = ""
    topic: str = ""


@dataclass(frozen=True)
class Provenance:
    who: str            # "Mom", "Rosa"
    note: str           # "comfort call", "bridge book"
    on: date
    source: Source = Source.BIRTH_PARENT


def destination(answer: Answer) -> tuple[Section, str] | None:
    """The section and kind an answer is filed into, or None for conversation only."""
    target = _DESTINATIONS.get(answer.files_into)
    if target is None:
        return None
    section, kind = target
    for fragment, hinted in _KIND_HINTS.get(section, ()):
        if fragment in answer.question_id:
            return section, hinted
    return section, kind


def propose_item(child_id: int, answer: Answer, provenance: Provenance) -> WorldItem | None:
    """A draft item for one answer; None when the answer is empty or not for filing."""
    text = answer.answer.strip()
    target = destination(answer)
    if not text or target is None:
        return None
    section, kind = target
    one_line = " ".join(text.split())
    if len(one_line) <= SHORT_TITLE and "\n" not in text:
        title, details = one_line, ""
    else:
        title = (answer.topic or one_line[:SHORT_TITLE]).strip()[:TITLE_LIMIT]
        title = title[:1].upper() + title[1:]
        details = text
    return new_item(child_id, section, kind=kind, title=title, details=details,
                    source=provenance.source, source_who=provenance.who,
                    source_date=provenance.on, source_note=provenance.note)


def propose_items(child_id: int, answers: list[Answer],
                  provenance: Provenance) -> list[tuple[Answer, WorldItem]]:
    proposals = []
    for answer in answers:
        item = propose_item(child_id, answer, provenance)
        if item is not None:
            proposals.append((answer, item))
    return proposals
