"""Which guide steps the records already show as done, and why.

One plain rule per step that the records can honestly show: a comfort call in
the journal, a saved icebreaker preparation, family time that happened, a
bridge-book page, a plan written down. A step the records show is ticked "from
the journal, 3 Dec" (the earliest evidence). What the caregiver chose wins: a
manual tick or "not for us" stays as it is, and a tick from the records can be
unticked (StepProgress.records_unticked), which the records then leave alone.
"""
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.stage_progress import StepProgress, StepState

# Calls with the child on this many occasions read as a regular time to talk.
REGULAR_CALLS = 3


class Source(str, Enum):
    """Where the records showed a step: said on the step's row."""
    JOURNAL = "journal"
    PREPARATION = "preparation"
    ABOUT = "about"
    BRIDGE_BOOK = "bridge_book"
    PLANS = "plans"

    @property
    def label(self) -> str:
        return {
            Source.JOURNAL: translate("Guide", "From the journal"),
            Source.PREPARATION: translate("Guide", "From the icebreaker preparation"),
            Source.ABOUT: translate("Guide", "From the About page"),
            Source.BRIDGE_BOOK: translate("Guide", "From the bridge book"),
            Source.PLANS: translate("Guide", "From the plans"),
        }[self]


@dataclass(frozen=True)
class Evidence:
    source: Source
    on: date | None


@dataclass(frozen=True)
class ComfortCall:
    """A call that reached the birth parent, as the comfort call helper recorded it."""
    on: date
    not_ready: bool = False      # the parent asked to talk another time


@dataclass(frozen=True)
class Records:
    """What a child's records hold that bears on the guide's steps.

    Plain data, gathered in one place (storage.step_evidence.gather_records).
    Dates lie on or before today unless said otherwise.
    """
    comfort_calls: tuple[ComfortCall, ...] = ()      # oldest first
    icebreaker_held: date | None = None              # the first icebreaker meeting
    icebreaker_planned: date | None = None           # the first one in the journal, any date
    # The latest icebreaker entry with notes saved on or after its own day: written down.
    icebreaker_written: date | None = None
    prep: IcebreakerPrep | None = None
    told_by_parent: date | None = None    # the first About item the birth parent told us
    last_told_by_parent: date | None = None
    first_routine: date | None = None
    first_identity_item: date | None = None          # faith, culture, holidays, languages
    first_family_time: date | None = None            # that happened
    calls_with_child: tuple[date, ...] = ()          # the first REGULAR_CALLS, oldest first
    last_contact: date | None = None                 # family time or a call, the latest
    first_milestone: date | None = None
    first_bridge_page: date | None = None
    first_bridge_news: date | None = None            # a page holding a photo or small news
    transition_plan: date | None = None              # when written (last changed)
    contact_plan: date | None = None


Rule = Callable[[Records], Evidence | None]


def _journal(on: date | None) -> Evidence | None:
    return Evidence(Source.JOURNAL, on) if on else None


def _first(*days: date | None) -> date | None:
    known = [d for d in days if d is not None]
    return min(known) if known else None


def comfort_call(r: Records) -> Evidence | None:
    return _journal(r.comfort_calls[0].on if r.comfort_calls else None)


def call_again(r: Records) -> Evidence | None:
    """Done once a call reached the parent after one where they were not ready."""
    waiting = next((c.on for c in r.comfort_calls if c.not_ready), None)
    if waiting is None:
        return None
    return _journal(next((c.on for c in r.comfort_calls
                          if not c.not_ready and c.on >= waiting), None))


def hold_icebreaker(r: Records) -> Evidence | None:
    return _journal(r.icebreaker_held)


def plan_icebreaker(r: Records) -> Evidence | None:
    """A meeting in the journal (even a planned one), or a saved preparation."""
    prepared = r.prep.updated_on if r.prep and (r.prep.question_ids or _notes(r.prep)) else None
    on = _first(r.icebreaker_planned, prepared)
    if on is None:
        return None
    return _journal(on) if on == r.icebreaker_planned else Evidence(Source.PREPARATION, on)


def prepare_questions(r: Records) -> Evidence | None:
    if r.prep and r.prep.question_ids:
        return Evidence(Source.PREPARATION, r.prep.updated_on)
    return None


def prepare_share(r: Records) -> Evidence | None:
    if r.prep and _notes(r.prep):
        return Evidence(Source.PREPARATION, r.prep.updated_on)
    return None


def _notes(prep: IcebreakerPrep) -> bool:
    return any(text.strip() for text in prep.share_notes.values())


def file_answers(r: Records) -> Evidence | None:
    """Something the birth parent told us is on the child's About page."""
    return Evidence(Source.ABOUT, r.told_by_parent) if r.told_by_parent else None


def routine_sheet(r: Records) -> Evidence | None:
    return Evidence(Source.ABOUT, r.first_routine) if r.first_routine else None


def respect_identity(r: Records) -> Evidence | None:
    return Evidence(Source.ABOUT, r.first_identity_item) if r.first_identity_item else None


def family_time(r: Records) -> Evidence | None:
    return _journal(r.first_family_time)


def child_calls(r: Records) -> Evidence | None:
    return _journal(r.calls_with_child[0] if r.calls_with_child else None)


def regular_time(r: Records) -> Evidence | None:
    """Calls on several days: the day of the call that made it a habit."""
    if len(r.calls_with_child) < REGULAR_CALLS:
        return None
    return _journal(r.calls_with_child[REGULAR_CALLS - 1])


def bridge_book(r: Records) -> Evidence | None:
    return Evidence(Source.BRIDGE_BOOK, r.first_bridge_page) if r.first_bridge_page else None


def send_photos(r: Records) -> Evidence | None:
    return Evidence(Source.BRIDGE_BOOK, r.first_bridge_news) if r.first_bridge_news else None


def journal_progress(r: Records) -> Evidence | None:
    """The journal holds the child's milestones."""
    return _journal(r.first_milestone)


def transition_plan(r: Records) -> Evidence | None:
    return Evidence(Source.PLANS, r.transition_plan) if r.transition_plan else None


def stay_in_touch(r: Records) -> Evidence | None:
    return Evidence(Source.PLANS, r.contact_plan) if r.contact_plan else None


def follow_contact_plan(r: Records) -> Evidence | None:
    """A contact plan, and a call or family time since it was written."""
    if r.contact_plan and r.last_contact and r.last_contact >= r.contact_plan:
        return _journal(r.last_contact)
    return None


RULES: dict[str, Rule] = {
    "s1-comfort-call": comfort_call,
    "s1-call-again": call_again,
    "s1-file-answers": file_answers,
    "s1-plan-icebreaker": plan_icebreaker,
    "s1-prepare-questions": prepare_questions,
    "s1-prepare-share": prepare_share,
    "s1-hold-icebreaker": hold_icebreaker,
    "s1-respect-identity": respect_identity,
    "s1-routine-sheet": routine_sheet,
    "s2-regular-time": regular_time,
    "s2-send-photos": send_photos,
    "s2-child-calls": child_calls,
    "s2-family-time-ready": family_time,
    "s2-bridge-book": bridge_book,
    "s3-journal-progress": journal_progress,
    "s3-transition-plan": transition_plan,
    "s3-stay-in-touch": stay_in_touch,
    "s4-contact-plan": follow_contact_plan,
}


def evidence_for(records: Records) -> dict[str, Evidence]:
    """Every step the records show as done, with where and when."""
    found = {step_id: rule(records) for step_id, rule in RULES.items()}
    return {step_id: evidence for step_id, evidence in found.items() if evidence is not None}


@dataclass(frozen=True)
class StepStatus:
    """A step as the guide shows it: the caregiver's saved choice, then the records."""
    progress: StepProgress
    evidence: Evidence | None = None

    @property
    def from_records(self) -> bool:
        """Ticked because the records show it (the caregiver neither ticked nor unticked it)."""
        return (self.progress.state == StepState.OPEN and self.evidence is not None
                and not self.progress.records_unticked)

    @property
    def state(self) -> StepState:
        return StepState.DONE if self.from_records else self.progress.state

    @property
    def done_on(self) -> date | None:
        if self.from_records:
            return self.evidence.on
        return self.progress.done_on if self.progress.state == StepState.DONE else None

    @property
    def is_open(self) -> bool:
        return self.state == StepState.OPEN

    def done(self) -> date | bool:
        """The day it was done, True when the day is not known, False when it is not done."""
        if self.state != StepState.DONE:
            return False
        return self.done_on or True

    def reopened(self, note: str) -> StepProgress:
        """What to save when the caregiver unticks it: open, and, when the records show
        it, unticked on purpose so they do not tick it again."""
        return StepProgress(self.progress.step_id, StepState.OPEN, None, note,
                            records_unticked=self.evidence is not None)


def statuses(saved: dict[str, StepProgress], evidence: dict[str, Evidence]
             ) -> dict[str, "StepStatus"]:
    """Status by step id for every step saved or shown by the records."""
    return {step_id: status_of(step_id, saved, evidence) for step_id in {*saved, *evidence}}


def status_of(step_id: str, saved: dict[str, StepProgress],
              evidence: dict[str, Evidence]) -> StepStatus:
    return StepStatus(saved.get(step_id, StepProgress(step_id)), evidence.get(step_id))


@dataclass(frozen=True)
class GuideState:
    """The records and every step's status for one child, read together."""
    records: Records = field(default_factory=Records)
    steps: dict[str, StepStatus] = field(default_factory=dict)

    def status(self, step_id: str) -> StepStatus:
        return self.steps.get(step_id) or StepStatus(StepProgress(step_id))

    def is_done(self, step_id: str) -> bool:
        return self.status(step_id).state == StepState.DONE
