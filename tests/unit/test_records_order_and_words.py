"""Lifebook pages moved within the book, and the monthly report's own words for a child's
month: each change undone and redone through the actions."""
from datetime import date

import pytest

from bfpp_desktop.actions import records as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.core.records import MonthNote
from bfpp_desktop.storage import records
from bfpp_desktop.storage.children import add_child


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Sam Lee", preferred_name="Sam"))


def _titles(db, child) -> list[str]:
    return [p.title for p in records.between(db, LifebookPage, child.id)]


def test_a_page_moves_and_its_undo_puts_it_back(db, child):
    # Positions as an import or a delete may leave them: repeated and with gaps.
    for title, position in (("Cover", 0), ("Snow", 4), ("School", 4), ("Mom", 9)):
        records.add(db, LifebookPage(child.id, title, position=position))
    mom = records.between(db, LifebookPage, child.id)[-1]
    result = actions.move_page(db, mom.id, 1)
    assert _titles(db, child) == ["Cover", "Mom", "Snow", "School"]
    assert [p.position for p in records.between(db, LifebookPage, child.id)] == [0, 1, 2, 3]
    assert result.description == "move a lifebook page" and result.changes.record_id == mom.id
    redo = result.undo(db)
    assert _titles(db, child) == ["Cover", "Snow", "School", "Mom"]
    redo.undo(db)
    assert _titles(db, child) == ["Cover", "Mom", "Snow", "School"]


def test_a_page_past_either_end_stays_at_that_end(db, child):
    for title in ("A", "B"):
        records.add(db, LifebookPage(child.id, title))
    first = records.between(db, LifebookPage, child.id)[0]
    actions.move_page(db, first.id, 7)
    assert _titles(db, child) == ["B", "A"]


def test_the_months_words_are_written_changed_cleared_and_undone(db, child):
    november = date(2026, 11, 17)          # any day names its month
    added = actions.save_month_note(db, child.id, november, "  A settled month.  ")
    [note] = records.between(db, MonthNote, child.id)
    assert (note.month_of, note.text) == (date(2026, 11, 1), "A settled month.")
    assert added.description == "change your words for the monthly report"

    changed = actions.save_month_note(db, child.id, date(2026, 11, 30), "A busy month.")
    assert records.month_note(db, child.id, november).text == "A busy month."
    assert actions.save_month_note(db, child.id, november, "A busy month.").undo is None
    cleared = actions.save_month_note(db, child.id, november, "")
    assert records.month_note(db, child.id, november) is None
    cleared.undo(db)
    assert records.month_note(db, child.id, november).text == "A busy month."
    changed.undo(db)
    assert records.month_note(db, child.id, november).text == "A settled month."
    added.undo(db)
    assert records.between(db, MonthNote, child.id) == []
    # Each month keeps its own words.
    actions.save_month_note(db, child.id, date(2026, 10, 2), "October")
    actions.save_month_note(db, child.id, november, "November")
    assert [n.text for n in records.between(db, MonthNote, child.id)] == ["October", "November"]
