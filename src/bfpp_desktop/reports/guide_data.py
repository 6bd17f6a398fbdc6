"""The bundles of the sheets made from the guide's lists: the comfort call, the parent
meeting, the icebreaker preparation and the transition and contact plans."""
from dataclasses import dataclass, field

from bfpp_desktop.core.contacts import PrintableContact
from bfpp_desktop.core.guide import Question
from bfpp_desktop.reports.data import Bundle


@dataclass(frozen=True)
class ComfortCallData(Bundle):
    questions: tuple[str, ...] = ()
    share_prompts: tuple[str, ...] = field(default_factory=tuple)
    not_ready: str = ""       # what to say when the parent is not ready to talk
    later: str = ""           # the topics that can wait for the meeting
    their_questions: tuple[str, ...] = ()   # what the parent may ask the caregiver
    kinship: bool = False     # a relative needs no introduction


@dataclass(frozen=True)
class ParentMeetingData(Bundle):
    """The birth parent's side of the first meeting, from the guide's lists."""
    questions: tuple[str, ...] = ()         # they may ask the caregivers
    share: tuple[str, ...] = ()             # they may tell them about their child


@dataclass(frozen=True)
class IcebreakerPrepData(Bundle):
    """The questions chosen for the first meeting and what the caregiver will share."""
    questions: tuple[Question, ...] = ()
    share_prompts: tuple[str, ...] = ()
    share_notes: dict[str, str] = field(default_factory=dict)   # prompt text -> note
    not_to_share: str = ""
    kinship: bool = False     # a relative keeps the talk on the child rather than details back


@dataclass(frozen=True)
class PlanPart:
    heading: str
    prompt: str
    answer: str = ""


@dataclass(frozen=True)
class PlanData(Bundle):
    """A transition or contact plan: answered parts only, or every prompt when none is."""
    parts: tuple[PlanPart, ...] = ()
    people: tuple[PrintableContact, ...] = ()

    @property
    def is_blank(self) -> bool:
        return not any(p.answer.strip() for p in self.parts)
