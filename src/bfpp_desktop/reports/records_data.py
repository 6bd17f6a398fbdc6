"""Plain bundles for the records agencies ask for and for the lifebook (filled by
gather_records.py). The agency records are for the caregiver and the caseworker only."""
from dataclasses import dataclass
from datetime import date

from bfpp_desktop.reports.bridge_data import PhotoOnPaper
from bfpp_desktop.reports.data import Bundle


@dataclass(frozen=True)
class IncidentOnPaper:
    day: date
    time: str
    title: str
    what_happened: str
    place: str = ""
    present: tuple[str, ...] = ()
    injuries: str = ""
    told_who: str = ""
    told_when: str = ""
    follow_up: str = ""


@dataclass(frozen=True)
class IncidentReportData(Bundle):
    date_from: date | None = None
    date_to: date | None = None
    incidents: tuple[IncidentOnPaper, ...] = ()


@dataclass(frozen=True)
class MedicineRow:
    medicine: str
    details: str
    cells: tuple[str, ...]      # one per day of the month


@dataclass(frozen=True)
class DoseNote:
    """A dose missed or refused, with why: listed under the grid."""
    day: date
    time: str
    medicine: str
    status_label: str
    reason: str


@dataclass(frozen=True)
class MedicationRecordData(Bundle):
    year: int = 2000
    month: int = 1
    rows: tuple[MedicineRow, ...] = ()
    notes: tuple[DoseNote, ...] = ()
    given_by: tuple[tuple[str, str], ...] = ()    # (initials, name) for the key


@dataclass(frozen=True)
class TripOnPaper:
    day: date
    route: str
    distance: str               # "12.5 miles"
    purpose: str


@dataclass(frozen=True)
class ExpenseOnPaper:
    day: date
    description: str
    amount: str
    has_receipt: bool


@dataclass(frozen=True)
class MonthOnPaper:
    label: str                  # "October 2026"
    trips: int
    distance: str
    expenses: str


@dataclass(frozen=True)
class MileageData(Bundle):
    date_from: date | None = None
    date_to: date | None = None
    unit_label: str = ""
    trips: tuple[TripOnPaper, ...] = ()
    expenses: tuple[ExpenseOnPaper, ...] = ()
    months: tuple[MonthOnPaper, ...] = ()
    receipts: tuple[PhotoOnPaper, ...] = ()


@dataclass(frozen=True)
class HappeningOnPaper:
    """One journal entry in the month as the caseworker's report lists it."""
    day: date
    kind_label: str
    title: str
    outcome_label: str = ""     # family time: what became of it
    notes: str = ""


@dataclass(frozen=True)
class MedicineTally:
    medicine: str
    given: int
    missed: int
    refused: int


@dataclass(frozen=True)
class MonthlyReportData(Bundle):
    year: int = 2000
    month: int = 1
    contact: tuple[HappeningOnPaper, ...] = ()       # family time and calls
    held: int = 0
    missed: int = 0
    appointments: tuple[HappeningOnPaper, ...] = ()
    school: tuple[HappeningOnPaper, ...] = ()
    milestones: tuple[HappeningOnPaper, ...] = ()
    incidents: tuple[IncidentOnPaper, ...] = ()
    medicines: tuple[MedicineTally, ...] = ()
    own_words: str = ""         # what the caregiver wrote for the month ("" for lines)


@dataclass(frozen=True)
class LifebookPageOnPaper:
    kind_label: str
    title: str
    text: str
    day: date | None
    photos: tuple[PhotoOnPaper, ...] = ()


@dataclass(frozen=True)
class LifebookData(Bundle):
    pages: tuple[LifebookPageOnPaper, ...] = ()
    home_name: str = ""         # "Grandma Denise's home", our household's name
