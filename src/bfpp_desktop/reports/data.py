"""Plain data bundles the document builders read (filled by gather.py; no storage here).

Every bundle carries the child as printed and the household; documents add
their own fields. Gathering has already left out whatever may not be printed.
"""
from dataclasses import dataclass, field
from datetime import date

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import PrintableContact
from bfpp_desktop.core.guide import Question
from bfpp_desktop.core.household import Household


@dataclass(frozen=True)
class ChildOnPaper:
    """Only what a printout may show about the child."""
    preferred_name: str
    full_name: str = ""
    birth_date: date | None = None


def child_on_paper(child: Child) -> ChildOnPaper:
    """The name the child likes; never the case notes."""
    return ChildOnPaper(preferred_name=child.display_name, full_name=child.full_name.strip(),
                        birth_date=child.birth_date)


@dataclass(frozen=True)
class Bundle:
    child: ChildOnPaper
    household: Household
    printed_on: date


@dataclass(frozen=True)
class BlankSheetData(Bundle):
    kinship: bool = False     # the parent is family: no "how many children have you cared for"


@dataclass(frozen=True)
class DiaperBagData(Bundle):
    """Today's note; any field left empty prints as a space to fill in by hand."""
    day: date | None = None
    sleep: tuple[tuple[str, str], ...] = ()          # (from, to) times
    feeds: tuple[tuple[str, str, str], ...] = ()     # (time, what, how much)
    diapers: tuple[tuple[str, str], ...] = ()        # (time, wet / dirty)
    mood: str = ""
    something_new: str = ""
    note: str = ""


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
class ItemOnPaper:
    """One fact from the child's world, as it may be printed (already translated)."""
    title: str
    kind: str = ""               # the record's kind key, e.g. "like", "bedtime"
    kind_label: str = ""
    time_text: str = ""
    details: str = ""
    steps: tuple[str, ...] = ()
    comfort_items: tuple[str, ...] = ()
    day_type: str = "every"      # core.world.DayType value
    severity: str = ""           # words, only for allergies that have one
    provenance: str = ""         # "from Mom", printed small


@dataclass(frozen=True)
class WorldOnPaper(Bundle):
    """The routine sheet's and the profile's content, section by section."""
    pronouns: str = ""
    routines: tuple[ItemOnPaper, ...] = ()
    care: tuple[ItemOnPaper, ...] = ()
    likes: tuple[ItemOnPaper, ...] = ()
    health: tuple[ItemOnPaper, ...] = ()
    school: tuple[ItemOnPaper, ...] = ()
    people: tuple[PrintableContact, ...] = ()


@dataclass(frozen=True)
class IcebreakerPrepData(Bundle):
    """The questions chosen for the first meeting and what the caregiver will share."""
    questions: tuple[Question, ...] = ()
    share_prompts: tuple[str, ...] = ()
    share_notes: dict[str, str] = field(default_factory=dict)   # prompt text -> note
    not_to_share: str = ""
    kinship: bool = False     # a relative keeps the talk on the child rather than details back


@dataclass(frozen=True)
class EntryOnPaper:
    """A journal entry as a family-facing sheet may show it: date, kind and "to share" words.

    title and private_notes stay empty unless the caregiver chose a private copy.
    """
    day: date
    kind: str             # core.journal.EntryKind value
    kind_label: str
    shared: str           # the "to share" summary
    title: str = ""
    private_notes: str = ""


@dataclass(frozen=True)
class JournalSummaryData(Bundle):
    date_from: date | None = None
    date_to: date | None = None
    family_time: tuple[EntryOnPaper, ...] = ()
    milestones: tuple[EntryOnPaper, ...] = ()
    entries: tuple[EntryOnPaper, ...] = ()


@dataclass(frozen=True)
class VisitOnPaper:
    """One family time for the caregiver's and caseworker's record (never for the family)."""
    day: date
    outcome: str          # core.journal.Outcome value
    outcome_label: str
    time: str = ""        # "10:00–12:00", or the start alone
    place: str = ""
    cancelled_by: str = ""
    supervised: bool | None = None
    notes: str = ""       # the caregiver's own notes


@dataclass(frozen=True)
class FamilyTimeRecordData(Bundle):
    date_from: date | None = None
    date_to: date | None = None
    visits: tuple[VisitOnPaper, ...] = ()


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
