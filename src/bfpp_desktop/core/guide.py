"""The guide's content: the four stages, conversation starters, protective factors, glossary.

The words live in resources/guide/ (our own words, checked by
shared/tools/check-copied-text); this module only describes and loads them.
"""
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Audience(str, Enum):
    """Some wording differs for relatives (kinship) and for licensed foster parents."""
    ANY = "any"
    FOSTER = "foster"
    KINSHIP = "kinship"


@dataclass(frozen=True)
class Step:
    id: str                      # stable, e.g. "s1-comfort-call"; progress is stored by id
    title: str
    detail: str                  # a few plain sentences: how and why
    audience: Audience = Audience.ANY


@dataclass(frozen=True)
class Question:
    """A question to ask the birth parent (comfort call, icebreaker, bridge book).

    files_into names the record section an answer is filed into, e.g. "routine",
    "like", "dislike", "care", "health", "school", or "" for a conversation only.
    """
    id: str
    text: str
    files_into: str = ""
    topic: str = ""


@dataclass(frozen=True)
class Stage:
    number: int
    title: str                   # the guide's own stage title
    short_name: str
    purpose: str
    why_it_matters: str
    steps: tuple[Step, ...]
    questions: tuple[Question, ...]        # to ask the birth parent
    share_about_yourself: tuple[str, ...]  # ways to share about your home and family
    tips: tuple[str, ...]
    printouts: tuple[str, ...]             # print-center document ids that help here


@dataclass(frozen=True)
class ProtectiveFactor:
    id: str
    name: str
    meaning: str
    reflection_question: str


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    meaning: str


@dataclass(frozen=True)
class Guide:
    stages: tuple[Stage, ...]
    comfort_call_questions: tuple[Question, ...]
    comfort_call_share: tuple[str, ...]      # what to say about yourself on the call
    icebreaker_questions: tuple[Question, ...]
    icebreaker_share_prompts: tuple[str, ...]
    not_to_share_reminder: str
    protective_factors: tuple[ProtectiveFactor, ...]
    glossary: tuple[GlossaryTerm, ...] = field(default_factory=tuple)

    def stage(self, number: int) -> Stage:
        return next(s for s in self.stages if s.number == number)


def load_guide(resources: Path | None = None, language: str = "en") -> Guide:
    """Read the guide content from resources/guide/."""
    raise NotImplementedError("filled in by the guide content work")
