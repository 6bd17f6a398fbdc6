"""Mileage and expenses: trips in miles or km linked to the journal, expenses with a
receipt photo, and the totals for each month."""
from datetime import date

from pypdf import PdfReader

from bfpp_desktop.actions import records as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry
from bfpp_desktop.core.records import (Expense, Purpose, Trip, Unit, money, monthly_totals,
                                       parse_money)
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import children, journal, photo_sweep, records
from bfpp_desktop.storage.photos import child_photo_dir, store_photo_bytes
from photo_samples import phone_jpeg


def _trip(child_id, day, distance, unit=Unit.MILES, **kw):
    return Trip(child_id=child_id, trip_date=day, route="Home to the family center",
                distance=distance, unit=unit, **kw)


def test_totals_per_month_across_months_and_units():
    trips = [_trip(1, date(2026, 9, 30), 10), _trip(1, date(2026, 10, 1), 10),
             _trip(1, date(2026, 10, 15), 16.09344, Unit.KM), _trip(1, date(2026, 12, 2), 5)]
    expenses = [Expense(1, date(2026, 10, 3), "Boots", 2499),
                Expense(1, date(2026, 10, 31), "Bus", 550),
                Expense(1, date(2026, 11, 1), "Lunch", 1000)]
    in_miles = monthly_totals(trips, expenses, Unit.MILES)
    assert [(m.year, m.month, m.trips, m.distance, m.expenses_cents) for m in in_miles] == [
        (2026, 9, 1, 10.0, 0), (2026, 10, 2, 20.0, 3049), (2026, 11, 0, 0.0, 1000),
        (2026, 12, 1, 5.0, 0)]
    in_km = monthly_totals(trips, expenses, Unit.KM)
    assert [m.distance for m in in_km] == [16.1, 32.2, 0.0, 8.0]
    assert money(3049) == "30.49" and money(123456) == "1,234.56"
    assert parse_money("12.5") == 1250 and parse_money("$7") == 700
    assert parse_money("3,20") == 320


def test_a_trip_names_its_journal_entry_and_is_undone(db):
    child = children.add_child(db, Child(full_name="Ana Test"))
    visit = journal.add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 10, 2),
                                               kind=EntryKind.FAMILY_TIME, title="Visit"))
    result = actions.add_record(db, _trip(child.id, date(2026, 10, 2), 12.5, Unit.KM,
                                          purpose=Purpose.FAMILY_TIME, entry_id=visit.id))
    assert records.get(db, Trip, result.value.id) == result.value
    assert result.value.unit is Unit.KM and result.value.entry_id == visit.id
    journal.delete_entry(db, visit.id)           # the trip stays; only its link goes
    assert records.get(db, Trip, result.value.id).entry_id is None
    result.undo(db)
    assert records.between(db, Trip, child.id) == []


def test_a_receipt_photo_is_kept_while_its_expense_refers_to_it(db, data_dir):
    child = children.add_child(db, Child(full_name="Ana Test"))
    name = store_photo_bytes(data_dir, child.id, phone_jpeg(40, 30))
    expense = actions.add_record(db, Expense(child.id, date(2026, 10, 3), "Boots", 2499,
                                             receipt_photo=name))
    assert expense.photos.names == (name,)
    photo_sweep.sweep(db, data_dir)
    assert (child_photo_dir(data_dir, child.id) / name).is_file()
    deleted = actions.delete_record(db, Expense, expense.value.id)
    photo_sweep.sweep(db, data_dir, held=deleted.photos.names)   # the undo step holds it
    assert (child_photo_dir(data_dir, child.id) / name).is_file()
    photo_sweep.sweep(db, data_dir)
    assert not (child_photo_dir(data_dir, child.id) / name).exists()


def test_the_printout_totals_each_month(db, data_dir, tmp_path):
    child = children.add_child(db, Child(full_name="Ana Test", preferred_name="Ana"))
    for trip in (_trip(child.id, date(2026, 9, 28), 10), _trip(child.id, date(2026, 10, 5), 4),
                 _trip(child.id, date(2026, 10, 6), 8.04672, Unit.KM)):
        records.add(db, trip)
    records.add(db, Expense(child.id, date(2026, 10, 3), "Rain boots", 2499,
                            receipt_photo=store_photo_bytes(data_dir, child.id,
                                                            phone_jpeg(60, 40))))
    options = printout("mileage-expenses").default_options(Paper.A4).copy(
        date_from=date(2026, 9, 1), date_to=date(2026, 10, 31))
    out = make_document(db, "mileage-expenses", child, options, tmp_path / "m.pdf",
                        today=date(2026, 11, 20))
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for words in ("Ana: mileage and expenses", "September 2026 1 10.0 miles 0.00",
                  "October 2026 2 9.0 miles 24.99", "8.0 km", "Rain boots (receipt attached)",
                  "Receipts"):
        assert words in text, words
    assert sum(len(p.images) for p in reader.pages) == 1
