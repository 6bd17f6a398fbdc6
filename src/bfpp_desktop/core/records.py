"""The records agencies ask foster carers to keep, besides the journal: medicine doses
given, trips for mileage and expenses for reimbursement. Plain data and the sums the
printouts show; no Qt, no SQL."""
import calendar
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.journal import parse_time
from bfpp_desktop.core.world import Section, WorldItem

KM_PER_MILE = 1.609344
TEXT_LIMIT = 2_000


class DoseStatus(str, Enum):
    GIVEN = "given"
    MISSED = "missed"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {DoseStatus.GIVEN: translate("Records", "Given"),
                DoseStatus.MISSED: translate("Records", "Missed"),
                DoseStatus.REFUSED: translate("Records", "Refused")}[self]

    @property
    def code(self) -> str:
        """The letter a medication record's cell shows when the dose was not given."""
        return {DoseStatus.GIVEN: "", DoseStatus.MISSED: translate("Records", "M"),
                DoseStatus.REFUSED: translate("Records", "R")}[self]


@dataclass
class Dose:
    """One dose of one of the child's medicines (a health item), given or not."""
    child_id: int
    medicine: str                  # the medicine's name, kept if the health item goes
    given_on: date
    given_time: str = ""           # HH:MM
    dose: str = ""                 # "1 drop", "5 ml"
    given_by: str = ""
    status: DoseStatus = DoseStatus.GIVEN
    reason: str = ""               # why it was missed or refused
    medicine_id: int | None = None  # the health item
    id: int | None = None

    def copy(self, **changes) -> "Dose":
        return replace(self, **changes)


def is_medicine(item: WorldItem) -> bool:
    return item.section is Section.HEALTH and item.kind == "medicine"


@dataclass(frozen=True)
class DueDose:
    """A medicine due on a day, and what was recorded for it (None: not yet)."""
    medicine: WorldItem
    time: str
    recorded: tuple[Dose, ...] = ()

    @property
    def done(self) -> bool:
        return bool(self.recorded)


def _due_time(item: WorldItem) -> str:
    """When a medicine is due: its clock time (the start of a range), or its words."""
    return item.time_text.split("–")[0].strip()


def day_view(medicines: list[WorldItem], doses: list[Dose], day: date) -> list[DueDose]:
    """What is due on *day*, by time, with the doses recorded for each medicine."""
    due = [DueDose(m, _due_time(m), tuple(d for d in doses if d.given_on == day and
                                          (d.medicine_id == m.id)))
           for m in medicines if is_medicine(m)]
    return sorted(due, key=lambda d: (d.time == "" or d.medicine.time_is_words, d.time,
                                      d.medicine.title))


def initials(name: str) -> str:
    """"Grandma Denise" -> "GD": what a medication record's cell shows for who gave it."""
    letters = "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()
    return letters or "✓"


def dose_cell(doses: list[Dose]) -> str:
    """One medicine on one day: who gave each dose, or M/R when missed or refused."""
    return " ".join(initials(d.given_by) if d.status is DoseStatus.GIVEN else d.status.code
                    for d in sorted(doses, key=lambda d: d.given_time))


@dataclass(frozen=True)
class MedicationRow:
    medicine: str
    details: str
    cells: tuple[str, ...]          # one per day of the month, "" for nothing recorded


def medication_grid(medicines: list[WorldItem], doses: list[Dose], year: int,
                    month: int) -> list[MedicationRow]:
    """One row per medicine (the child's, and any other recorded that month), one cell
    per day of the month."""
    days = calendar.monthrange(year, month)[1]
    in_month = [d for d in doses if (d.given_on.year, d.given_on.month) == (year, month)]
    rows = []
    names = [(m.id, m.title, " · ".join(p for p in (m.time_text, m.details) if p))
             for m in medicines if is_medicine(m)]
    known = {m_id for m_id, _, _ in names}
    names += sorted({(None, d.medicine, "") for d in in_month if d.medicine_id not in known})
    for medicine_id, title, details in names:
        mine = [d for d in in_month if (d.medicine_id == medicine_id if medicine_id is not None
                                        else d.medicine == title and d.medicine_id not in known)]
        rows.append(MedicationRow(title, details, tuple(
            dose_cell([d for d in mine if d.given_on.day == n]) for n in range(1, days + 1))))
    return rows


def validate_dose(dose: Dose) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not dose.medicine.strip():
        problems["medicine"] = translate("Records", "Please say which medicine.")
    try:
        parse_time(dose.given_time)
    except ValueError as exc:
        problems["given_time"] = str(exc)
    if dose.status is not DoseStatus.GIVEN and not dose.reason.strip():
        problems["reason"] = translate("Records", "Please write a few words on why it was "
                                                  "not given.")
    for name in ("medicine", "dose", "given_by", "reason"):
        if len(getattr(dose, name)) > TEXT_LIMIT:
            problems[name] = translate("Records", "Please keep this under {n:,} characters."
                                       ).format(n=TEXT_LIMIT)
    return problems


# ----- mileage and expenses ------------------------------------------------------------------
class Unit(str, Enum):
    MILES = "miles"
    KM = "km"

    @property
    def label(self) -> str:
        return {Unit.MILES: translate("Records", "miles"), Unit.KM: translate("Records", "km")
                }[self]


class Purpose(str, Enum):
    FAMILY_TIME = "family_time"
    APPOINTMENT = "appointment"
    SCHOOL = "school"
    MEETING = "meeting"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {Purpose.FAMILY_TIME: translate("Records", "Family time"),
                Purpose.APPOINTMENT: translate("Records", "Appointment"),
                Purpose.SCHOOL: translate("Records", "School"),
                Purpose.MEETING: translate("Records", "Meeting or court"),
                Purpose.OTHER: translate("Records", "Other")}[self]


@dataclass
class Trip:
    child_id: int
    trip_date: date
    route: str                     # "Home to the family center and back"
    distance: float
    unit: Unit = Unit.MILES
    purpose: Purpose = Purpose.OTHER
    entry_id: int | None = None    # the journal entry it was for
    id: int | None = None

    def copy(self, **changes) -> "Trip":
        return replace(self, **changes)

    def distance_in(self, unit: Unit) -> float:
        if unit is self.unit:
            return self.distance
        return self.distance * KM_PER_MILE if unit is Unit.KM else self.distance / KM_PER_MILE


@dataclass
class Expense:
    child_id: int
    spent_on: date
    description: str
    amount_cents: int              # whole cents, so totals never drift
    receipt_photo: str = ""        # a photo file name in the child's folder, or ""
    id: int | None = None

    def copy(self, **changes) -> "Expense":
        return replace(self, **changes)


@dataclass(frozen=True)
class MonthMoney:
    year: int
    month: int
    trips: int
    distance: float                # in the unit asked for
    expenses_cents: int


def monthly_totals(trips: list[Trip], expenses: list[Expense], unit: Unit) -> list[MonthMoney]:
    """Per month (oldest first) that has any: trips, their distance in *unit* whatever
    each was written in, and the expenses."""
    months = sorted({(t.trip_date.year, t.trip_date.month) for t in trips} |
                    {(e.spent_on.year, e.spent_on.month) for e in expenses})
    return [MonthMoney(
        y, m, sum(1 for t in trips if (t.trip_date.year, t.trip_date.month) == (y, m)),
        round(sum(t.distance_in(unit) for t in trips
                  if (t.trip_date.year, t.trip_date.month) == (y, m)), 1),
        sum(e.amount_cents for e in expenses if (e.spent_on.year, e.spent_on.month) == (y, m)))
        for y, m in months]


# ----- the monthly report's own words --------------------------------------------------------
NOTE_LIMIT = 20_000


@dataclass
class MonthNote:
    """What the caregiver writes for the caseworker about one month of one child: the
    monthly report's "In your own words" (agency-facing, never on a family's paper)."""
    child_id: int
    month_of: date                 # the first day of the month
    text: str = ""
    id: int | None = None

    def copy(self, **changes) -> "MonthNote":
        return replace(self, **changes)


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def money(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def parse_money(text: str) -> int:
    """'12.5' or '12,50' -> 1250 cents; ValueError in plain words otherwise."""
    cleaned = (text or "").strip().replace(" ", "").lstrip("$€£")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    cleaned = cleaned.replace(",", "")
    try:
        whole, _, part = cleaned.partition(".")
        if not whole.isdigit() and whole != "" or (part and not part.isdigit()) or len(part) > 2:
            raise ValueError
        return int(whole or 0) * 100 + int((part + "00")[:2])
    except ValueError:
        raise ValueError(translate("Records", "Please write the amount as a number, for "
                                              "example 12.50.")) from None
