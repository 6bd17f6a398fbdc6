"""Gather the agency records and the lifebook from storage."""
from functools import partial
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.lifebook import LifebookPage, pages_to_print
from bfpp_desktop.core.journal import (EntryKind, IncidentDetails, JournalEntry, JournalFilter,
                                       Outcome)
from bfpp_desktop.core.records import (Dose, DoseStatus, Expense, Trip, Unit, initials,
                                       medication_grid, money, monthly_totals)
from bfpp_desktop.core.world import Section
from bfpp_desktop.reports.bridge_data import PhotoOnPaper
from bfpp_desktop.reports.data import common_fields
from bfpp_desktop.reports.options import PrintOptions, last_month
from bfpp_desktop.reports.page import month_words
from bfpp_desktop.reports.records_data import (DoseNote, ExpenseOnPaper, HappeningOnPaper,
                                               IncidentOnPaper, IncidentReportData,
                                               LifebookData, LifebookPageOnPaper,
                                               MedicationRecordData, MedicineRow,
                                               MedicineTally, MileageData, MonthlyReportData,
                                               MonthOnPaper, TripOnPaper)
from bfpp_desktop.reports.texts import printing_in
from bfpp_desktop.storage import records
from bfpp_desktop.storage.bridge_book import data_dir_of
from bfpp_desktop.storage.journal import get_entry, list_entries
from bfpp_desktop.storage.photos import photo_path, read_photo
from bfpp_desktop.storage.world import list_items

_EVERYTHING = 1_000_000


def _month_range(options: PrintOptions, today: date) -> tuple[date, date]:
    """The dates chosen, or the month before *today* (a monthly record is for a whole
    month, and the current one is not over)."""
    if options.date_from or options.date_to:
        return options.date_from or date(2000, 1, 1), options.date_to or today
    return last_month(today)


def _entries(db: Database, child: Child, filt: JournalFilter) -> list[JournalEntry]:
    found = reversed(list_entries(db, child.id, filt, limit=_EVERYTHING))
    return [e for e in (get_entry(db, row.id) for row in found) if e is not None]


def incident_on_paper(entry: JournalEntry) -> IncidentOnPaper:
    details = entry.incident or IncidentDetails()
    return IncidentOnPaper(
        entry.entry_date, entry.entry_time, entry.title.strip(), entry.notes.strip(),
        place=details.place.strip(), present=tuple(entry.participants),
        injuries=details.injuries.strip(), told_who=details.told_who.strip(),
        told_when=details.told_when.strip(), follow_up=entry.follow_up.strip())


def incidents_between(db: Database, child: Child, start: date | None,
                      end: date | None) -> tuple[IncidentOnPaper, ...]:
    return tuple(incident_on_paper(e) for e in _entries(
        db, child, JournalFilter(kinds=(EntryKind.INCIDENT,), start=start, end=end)))


def gather_incident_report(db: Database, child: Child, household: Household,
                           options: PrintOptions, today: date) -> IncidentReportData:
    start, end = _month_range(options, today)
    with printing_in(options.language):
        return IncidentReportData(**common_fields(child, household, today), date_from=start,
                                  date_to=end, incidents=incidents_between(db, child, start,
                                                                           end))


def gather_medication_record(db: Database, child: Child, household: Household,
                             options: PrintOptions, today: date) -> MedicationRecordData:
    """The month the chosen dates start in (last month unless chosen): one row per
    medicine, one cell per day."""
    start, _ = _month_range(options, today)
    year, month = start.year, start.month
    with printing_in(options.language):
        medicines = list_items(db, child.id, Section.HEALTH, include_private=True)
        doses = records.between(db, Dose, child.id)
        grid = medication_grid(medicines, doses, year, month)
        in_month = [d for d in doses if (d.given_on.year, d.given_on.month) == (year, month)]
        givers = sorted({(initials(d.given_by), d.given_by.strip()) for d in in_month
                         if d.status is DoseStatus.GIVEN and d.given_by.strip()})
        return MedicationRecordData(
            **common_fields(child, household, today), year=year, month=month,
            rows=tuple(MedicineRow(r.medicine, r.details, r.cells) for r in grid),
            notes=tuple(DoseNote(d.given_on, d.given_time, d.medicine, d.status.label,
                                 d.reason.strip())
                        for d in in_month if d.status is not DoseStatus.GIVEN),
            given_by=tuple(givers))


def distance_words(value: float, unit: Unit) -> str:
    # The unit's name is translated; the pair is not (a catalogue entry of blanks only
    # would match any words on screen in tests/ui/screen_words.py).
    return f"{value:,.1f} {unit.label}"


def gather_mileage(db: Database, child: Child, household: Household,
                   options: PrintOptions, today: date) -> MileageData:
    """Trips and expenses in the dates (last month unless chosen), with a total for each
    month in the unit most of the trips were written in."""
    start, end = _month_range(options, today)
    with printing_in(options.language):
        trips = records.between(db, Trip, child.id, start, end)
        expenses = records.between(db, Expense, child.id, start, end)
        miles = sum(t.unit is Unit.MILES for t in trips)
        unit = Unit.MILES if miles * 2 >= len(trips) else Unit.KM
        folder = data_dir_of(db)
        receipts = [_photo_on_paper(folder, child.id, e.receipt_photo, e.description,
                                    e.spent_on) for e in expenses if e.receipt_photo]
        return MileageData(
            **common_fields(child, household, today), date_from=start, date_to=end,
            unit_label=unit.label,
            trips=tuple(TripOnPaper(t.trip_date, t.route, distance_words(t.distance, t.unit),
                                    t.purpose.label) for t in trips),
            expenses=tuple(ExpenseOnPaper(e.spent_on, e.description, money(e.amount_cents),
                                          bool(e.receipt_photo)) for e in expenses),
            months=tuple(MonthOnPaper(month_words(m.year, m.month), m.trips,
                                      distance_words(m.distance, unit), money(m.expenses_cents))
                         for m in monthly_totals(trips, expenses, unit)),
            receipts=tuple(receipts))


CONTACT_KINDS = (EntryKind.FAMILY_TIME, EntryKind.PHONE_CALL, EntryKind.VIDEO_CALL)
MISSED = (Outcome.CANCELLED, Outcome.NO_SHOW)
# A report's table row holds the start of an entry's notes: a table row cannot break
# across pages, and the whole entry is in the journal.
NOTES_IN_A_ROW = 300


def _start_of(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTES_IN_A_ROW else text[:NOTES_IN_A_ROW].rsplit(" ", 1)[0] + " …"


def _happening(entry: JournalEntry) -> HappeningOnPaper:
    visit = entry.family_time
    return HappeningOnPaper(entry.entry_date, entry.kind.label, entry.title.strip(),
                            visit.outcome.label if visit else "", _start_of(entry.notes))


def medicine_tallies(doses: list[Dose]) -> tuple[MedicineTally, ...]:
    names = sorted({d.medicine for d in doses})
    return tuple(MedicineTally(n, *(sum(d.medicine == n and d.status is s for d in doses)
                                    for s in (DoseStatus.GIVEN, DoseStatus.MISSED,
                                              DoseStatus.REFUSED))) for n in names)


def gather_monthly_report(db: Database, child: Child, household: Household,
                          options: PrintOptions, today: date) -> MonthlyReportData:
    """The month the chosen dates start in (last month unless chosen), from the records:
    the journal, incidents, the medicine log and the caregiver's own words for it. Planned family time not yet come is
    left out; a call counts as held."""
    start, _ = _month_range(options, today)
    end = date(start.year + start.month // 12, start.month % 12 + 1, 1).toordinal() - 1
    end = min(date.fromordinal(end), today)
    with printing_in(options.language):
        entries = _entries(db, child, JournalFilter(start=start, end=end))
        contact = [e for e in entries if e.kind in CONTACT_KINDS and not (
            e.family_time and e.family_time.outcome in (Outcome.PLANNED, Outcome.MOVED))]
        missed = sum(1 for e in contact if e.family_time and e.family_time.outcome in MISSED)

        def of(kind):
            return tuple(_happening(e) for e in entries if e.kind is kind)
        return MonthlyReportData(
            **common_fields(child, household, today), year=start.year, month=start.month,
            contact=tuple(_happening(e) for e in contact), held=len(contact) - missed,
            missed=missed, appointments=of(EntryKind.APPOINTMENT), school=of(EntryKind.SCHOOL),
            milestones=of(EntryKind.MILESTONE),
            incidents=tuple(incident_on_paper(e) for e in entries
                            if e.kind is EntryKind.INCIDENT),
            medicines=medicine_tallies(records.between(db, Dose, child.id, start, end)),
            own_words=note.text if (note := records.month_note(db, child.id, start)) else "")


def _photo_on_paper(folder, child_id: int, file_name: str, caption: str,
                    taken_on: date | None = None) -> PhotoOnPaper:
    path = photo_path(folder, child_id, file_name)
    # Read through storage: a locked folder's photos are decrypted only in memory.
    return PhotoOnPaper(str(path) if path and path.is_file() else None,
                        read=partial(read_photo, path) if path else None,
                        caption=caption, taken_on=taken_on)


def gather_lifebook(db: Database, child: Child, household: Household,
                    options: PrintOptions, today: date) -> LifebookData:
    """Every page in book order, except those still waiting for the family's say."""
    folder = data_dir_of(db)
    with printing_in(options.language):
        pages = pages_to_print(records.between(db, LifebookPage, child.id))
        return LifebookData(
            **common_fields(child, household, today),
            home_name="" if options.leave_out_our_details else household.household_name,
            pages=tuple(LifebookPageOnPaper(
                p.kind.label, p.title.strip(), p.text.strip(), p.page_date,
                tuple(_photo_on_paper(folder, child.id, ph.file_name, ph.caption.strip())
                      for ph in p.photos)) for p in pages))
