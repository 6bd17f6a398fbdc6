"""The medicine log: doses of the child's medicines given, missed or refused, the day's
view of what is due, and the monthly medication record's cells."""
from datetime import date

from pypdf import PdfReader

from bfpp_desktop.actions import records as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.records import (Dose, DoseStatus, day_view, dose_cell, medication_grid,
                                       validate_dose)
from bfpp_desktop.core.world import Section, new_item
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import children, records, world

OCT = date(2026, 10, 1)


def _child_with_medicines(db):
    child = children.add_child(db, Child(full_name="Ana Test", preferred_name="Ana"))
    drops = world.add_item(db, new_item(child.id, Section.HEALTH, kind="medicine",
                                        title="Vitamin D drops", time_text="08:00",
                                        details="1 drop in milk"))
    inhaler = world.add_item(db, new_item(child.id, Section.HEALTH, kind="medicine",
                                          title="Inhaler", time_text="19:00"))
    world.add_item(db, new_item(child.id, Section.HEALTH, kind="allergy", title="Eggs"))
    return child, drops, inhaler


def _dose(child, medicine, day, **kw):
    return Dose(child_id=child.id, medicine=medicine.title, medicine_id=medicine.id,
                given_on=date(2026, 10, day), **kw)


def test_a_dose_is_logged_undone_and_redone(db):
    child, drops, _ = _child_with_medicines(db)
    result = actions.add_record(db, _dose(child, drops, 3, given_time="08:05", dose="1 drop",
                                          given_by="Grandma Denise"))
    saved = result.value
    assert records.get(db, Dose, saved.id) == saved
    assert saved.status is DoseStatus.GIVEN
    undone = result.undo(db)
    assert records.between(db, Dose, child.id) == []
    undone.undo(db)
    assert records.between(db, Dose, child.id) == [saved]


def test_a_dose_not_given_needs_a_reason():
    dose = Dose(child_id=1, medicine="Inhaler", given_on=OCT, status=DoseStatus.REFUSED)
    assert set(validate_dose(dose)) == {"reason"}
    assert validate_dose(dose.copy(reason="Said it tastes bad")) == {}
    assert "given_time" in validate_dose(dose.copy(reason="x", given_time="25:00"))


def test_the_day_view_shows_what_is_due_and_what_was_recorded(db):
    child, drops, inhaler = _child_with_medicines(db)
    given = records.add(db, _dose(child, drops, 3, given_time="08:05", given_by="Jo"))
    items = world.list_items(db, child.id)
    due = day_view(items, records.between(db, Dose, child.id), date(2026, 10, 3))
    assert [(d.medicine.title, d.time, d.done) for d in due] == [
        ("Vitamin D drops", "08:00", True), ("Inhaler", "19:00", False)]
    assert due[0].recorded == (given,)
    assert not any(d.done for d in day_view(items, [given], date(2026, 10, 4)))


def test_the_monthly_record_has_one_row_per_medicine_and_a_cell_per_day(db):
    child, drops, inhaler = _child_with_medicines(db)
    for dose in (_dose(child, drops, 1, given_time="08:00", given_by="Grandma Denise"),
                 _dose(child, drops, 2, status=DoseStatus.REFUSED, reason="Spat it out"),
                 _dose(child, drops, 3, status=DoseStatus.MISSED, reason="Away"),
                 _dose(child, inhaler, 1, given_time="19:00", given_by="Jo Carter"),
                 _dose(child, inhaler, 1, given_time="07:00", given_by="sam"),
                 Dose(child_id=child.id, medicine="Paracetamol", given_on=date(2026, 10, 31),
                      given_by="Jo Carter"),
                 Dose(child_id=child.id, medicine="Paracetamol", given_on=date(2026, 11, 1),
                      given_by="Jo Carter")):
        records.add(db, dose)
    grid = medication_grid(world.list_items(db, child.id), records.between(db, Dose, child.id),
                           2026, 10)
    assert [r.medicine for r in grid] == ["Vitamin D drops", "Inhaler", "Paracetamol"]
    assert all(len(r.cells) == 31 for r in grid)
    drops_row, inhaler_row, extra = grid
    assert drops_row.cells[:4] == ("GD", "R", "M", "")
    assert inhaler_row.cells[0] == "S JC"          # by time: Sam at 07:00, Jo at 19:00
    assert extra.cells[30] == "JC" and set(extra.cells[:30]) == {""}
    assert medication_grid([], [], 2026, 2)[:1] == []
    assert dose_cell([]) == ""
    spec = printout("medication-record")
    assert spec.for_whom[0].value == "caregiver"


def test_the_printed_record_holds_the_cells_and_the_reasons(db, tmp_path):
    child, drops, _ = _child_with_medicines(db)
    records.add(db, _dose(child, drops, 1, given_by="Grandma Denise"))
    records.add(db, _dose(child, drops, 2, status=DoseStatus.REFUSED, reason="Spat it out"))
    options = printout("medication-record").default_options(Paper.A4).copy(
        date_from=OCT, date_to=date(2026, 10, 31))
    out = make_document(db, "medication-record", child, options, tmp_path / "m.pdf",
                        today=date(2026, 11, 20))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    for words in ("Ana: medication record", "October 2026", "Vitamin D drops", "GD",
                  "GD = Grandma Denise", "Spat it out", "Refused", "Inhaler", "31"):
        assert words in text, words
