"""Where a family is with the guide: steps taken, reflections written, plans made.

Nothing here is a score. A step can be done, left open, or marked "not for us"
(the guide is voluntary, and some steps do not fit every family).
"""
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from bfpp_desktop.core.i18n import translate

NOTE_LIMIT = 5_000
REFLECTION_LIMIT = 10_000
PLAN_ANSWER_LIMIT = 5_000

COMFORT_CALL_STEP = "s1-comfort-call"
ICEBREAKER_HELD_STEP = "s1-hold-icebreaker"


class StepState(str, Enum):
    OPEN = "open"
    DONE = "done"
    NOT_FOR_US = "not_for_us"

    @property
    def label(self) -> str:
        return {
            StepState.OPEN: translate("Guide", "Not yet"),
            StepState.DONE: translate("Guide", "Done"),
            StepState.NOT_FOR_US: translate("Guide", "Not for us"),
        }[self]


@dataclass(frozen=True)
class StepProgress:
    step_id: str
    state: StepState = StepState.OPEN
    done_on: date | None = None
    note: str = ""
    # The caregiver unticked a step the records showed as done (core.step_evidence):
    # the records leave it open from then on. Only kept on an open step.
    records_unticked: bool = False

    @property
    def is_blank(self) -> bool:
        """Nothing worth keeping: an open step without a note, not unticked on purpose."""
        return (self.state == StepState.OPEN and not self.note.strip()
                and not self.records_unticked)


class PlanKind(str, Enum):
    TRANSITION = "transition"    # stage 3: getting ready to go home
    CONTACT = "contact"          # stage 4: keeping in touch afterwards


@dataclass(frozen=True)
class Reflection:
    """A caregiver's own answer to a protective-factor reflection question."""
    factor_id: str
    written_on: date
    text: str
    id: int | None = None


@dataclass(frozen=True)
class PlanRecord:
    """A transition or contact plan: the caregiver's words per guide PlanPrompt id."""
    kind: PlanKind
    answers: dict[str, str] = field(default_factory=dict)
    updated_on: date | None = None

    def answer(self, prompt_id: str) -> str:
        return self.answers.get(prompt_id, "")


def mark_done(progress: StepProgress, today: date) -> StepProgress:
    return StepProgress(progress.step_id, StepState.DONE, progress.done_on or today, progress.note)


def validate_step_progress(progress: StepProgress, today: date) -> dict[str, str]:
    problems = {}
    if progress.done_on and progress.done_on > today:
        problems["done_on"] = translate("Guide", "The date cannot be in the future.")
    if len(progress.note) > NOTE_LIMIT:
        problems["note"] = translate(
            "Guide", "A note can be at most {limit} characters; please shorten it.").format(
                limit=f"{NOTE_LIMIT:,}")
    return problems


def validate_reflection(reflection: Reflection, today: date) -> dict[str, str]:
    problems = {}
    if not reflection.text.strip():
        problems["text"] = translate("Guide", "Please write a few words first.")
    elif len(reflection.text) > REFLECTION_LIMIT:
        problems["text"] = translate(
            "Guide", "A reflection can be at most {limit} characters; please shorten it.").format(
                limit=f"{REFLECTION_LIMIT:,}")
    if reflection.written_on > today:
        problems["written_on"] = translate("Guide", "The date cannot be in the future.")
    return problems


def validate_plan(plan: PlanRecord) -> dict[str, str]:
    return {prompt_id: translate(
        "Guide", "This part can be at most {limit} characters; please shorten it.").format(
            limit=f"{PLAN_ANSWER_LIMIT:,}")
        for prompt_id, text in plan.answers.items() if len(text) > PLAN_ANSWER_LIMIT}
