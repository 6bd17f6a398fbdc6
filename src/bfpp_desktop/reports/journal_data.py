"""The bundles of the sheets made from the journal: the summary for the family and the
family time record."""
from dataclasses import dataclass
from datetime import date

from bfpp_desktop.reports.data import Bundle


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
