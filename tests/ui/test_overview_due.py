"""The Overview's "What's next": gentle due items with help, and the next steps."""
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.due import DueKind, DueState
from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.guide_progress import save_step_progress
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.children.overview_page import OverviewPage


@pytest.fixture
def page(qtbot, db, data_dir, today):
    context = AppContext(db, data_dir, QSettings(str(Path(data_dir) / "t.ini"),
                                                 QSettings.Format.IniFormat), QUndoStack())
    widget = OverviewPage(context, today=today)
    qtbot.addWidget(widget)
    return widget


def _rows(page):
    return {row.item.kind: row for row in page.due_section.rows}


def test_placed_today_the_comfort_call_is_for_now(page, db, today):
    child = add_child(db, Child(full_name="Maya Ortiz", placement_date=today))
    page.set_child(child)
    rows = _rows(page)
    call = rows[DueKind.COMFORT_CALL]
    assert call.item.state == DueState.DUE_TODAY
    assert "Good time now" in call.state_label.text()       # a word, not colour alone
    assert call.property("accent") == "true"
    assert rows[DueKind.ICEBREAKER].item.state == DueState.UPCOMING
    assert "Coming up" in rows[DueKind.ICEBREAKER].state_label.text()
    assert page.due_section.step_titles[0] == "Make the comfort call"
    assert len(page.due_section.step_titles) == 3


def test_ten_days_on_the_icebreaker_is_said_gently_with_how(page, db, today, qtbot):
    child = add_child(db, Child(full_name="Leo Ortiz", placement_date=today - timedelta(days=10)))
    page.set_child(child)
    rows = _rows(page)
    meeting = rows[DueKind.ICEBREAKER]
    assert meeting.item.state == DueState.OVERDUE
    assert "It has been 10 days; an icebreaker can still help" in meeting.message_label.text()
    assert "Can still help" in meeting.state_label.text()
    assert "late" not in meeting.state_label.text().lower()
    qtbot.mouseClick(meeting.how_button, Qt.MouseButton.LeftButton)
    assert page.help_dialog is not None and page.help_dialog.isVisible()
    assert page.help_dialog.windowTitle() == "An icebreaker can still help"
    page.help_dialog.close()


def test_ticked_comfort_call_shows_as_done_and_leaves_the_next_steps(page, db, today):
    child = add_child(db, Child(full_name="Amara Ortiz", placement_type=PlacementType.KINSHIP,
                                placement_date=today - timedelta(days=4)))
    save_step_progress(db, child.id, StepProgress("s1-comfort-call", StepState.DONE,
                                                  today - timedelta(days=3)))
    page.set_child(child)
    rows = _rows(page)
    assert rows[DueKind.COMFORT_CALL].item.state == DueState.DONE
    assert rows[DueKind.COMFORT_CALL].how_button is None
    assert "Make the comfort call" not in page.due_section.step_titles


def test_later_stage_lists_its_own_next_steps(page, db, today):
    child = add_child(db, Child(full_name="Amara Ortiz", stage=2,
                                placement_date=today - timedelta(days=120)))
    page.set_child(child)
    assert page.due_section.rows == []
    assert page.due_section.empty_label.isVisibleTo(page)
    assert page.due_section.step_titles[0] == "Agree what you will share and how"


def test_overview_lists_planned_family_time_and_a_due_follow_up_from_the_journal(page, db, today):
    from bfpp_desktop.core.journal import EntryKind, FamilyTimeDetails, JournalEntry, Outcome
    from bfpp_desktop.storage import journal
    child = add_child(db, Child(full_name="Amara Johnson", placement_type=PlacementType.KINSHIP,
                                placement_date=today - timedelta(days=400), stage=2))
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=today + timedelta(days=2), entry_time="10:00",
        kind=EntryKind.FAMILY_TIME, title="Family time with Mom",
        family_time=FamilyTimeDetails(Outcome.PLANNED, place="Family center")))
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=today - timedelta(days=6), title="Check-up",
        follow_up="Book the vaccines", follow_up_date=today))
    page.set_child(child)
    rows = _rows(page)
    visit = rows[DueKind.FAMILY_TIME]
    assert visit.item.state == DueState.UPCOMING
    assert "10:00, Family center" in visit.message_label.text()
    follow = rows[DueKind.FOLLOW_UP]
    assert follow.item.title == "Book the vaccines"
    assert follow.item.state == DueState.DUE_TODAY


def test_no_blank_line_under_the_name_when_age_and_pronouns_are_unknown(page, db):
    child = add_child(db, Child(full_name="Sam"))
    page.set_child(child)
    assert page.subtitle_label.isHidden()
    page.set_child(add_child(db, Child(full_name="Ana", pronouns="she/her")))
    assert not page.subtitle_label.isHidden()
