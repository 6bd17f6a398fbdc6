"""A guide that notices what was done: a call logged in the journal ticks its step, the
caregiver unticks it and it stays so; after the meeting the Overview asks to write it down,
suggests the next stage, and Ctrl+Z takes the move back; family time logged ticks its step."""
from datetime import date, timedelta

from PySide6.QtCore import Qt

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.journal import EntryKind, Outcome
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.guide_progress import load_step_progress
from bfpp_desktop.ui.children.overview_page import OverviewPage
from bfpp_desktop.ui.conversations.icebreaker import IcebreakerHelper
from bfpp_desktop.ui.guide.page import GuidePage
from bfpp_desktop.ui.journal.page import JournalPage
from bfpp_desktop.ui.widgets.formatting import short_date

TODAY = date.today()


def _page(window, cls):
    page = next(p for p in window.pages if isinstance(p, cls))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _log(window, qtbot, kind: EntryKind, title: str, on: date, tags: str = "",
         outcome: Outcome | None = None) -> None:
    """Write a journal entry the way a caregiver does: Ctrl+N, fill in, Save."""
    page = _page(window, JournalPage)
    window.action_new_entry.trigger()
    editor = page.editors[-1]
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    qtbot.keyClicks(editor.title, title)
    editor.date.set_date(on)
    if tags:
        editor.tags.setText(tags)
    if outcome is not None:
        editor.outcome.setCurrentIndex(editor.outcome.findData(outcome))
    with qtbot.waitSignal(editor.entry_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _overview(window) -> OverviewPage:
    return _page(window, OverviewPage)


def _guide(window, stage: int) -> GuidePage:
    guide = _page(window, GuidePage)
    guide.show_stage(stage)
    return guide


def test_a_logged_comfort_call_ticks_its_step_and_an_untick_stays(make_window, qtbot):
    window = make_window()
    child = add_child(window.context.db, Child(
        full_name="Maya Ortiz", preferred_name="Maya", placement_date=TODAY - timedelta(days=1),
        placement_type=PlacementType.KINSHIP))
    window.select_child(child.id)
    assert "Make the comfort call" in _overview(window).due_section.step_titles

    called = TODAY - timedelta(days=1)
    _log(window, qtbot, EntryKind.PHONE_CALL, "Called Rosa about Maya", called, "comfort call")
    row = _guide(window, 1).view.rows["s1-comfort-call"]
    assert row.check.isChecked()
    assert row.status.text() == f"✓ From the journal, {short_date(called)}"
    assert "Make the comfort call" not in _overview(window).due_section.step_titles

    row = _guide(window, 1).view.rows["s1-comfort-call"]
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)       # not really done yet
    assert not row.check.isChecked() and row.status.text() == ""
    assert window.context.undo_stack.undoText() == "untick “Make the comfort call”"
    assert load_step_progress(window.context.db, child.id)["s1-comfort-call"].records_unticked
    assert "Make the comfort call" in _overview(window).due_section.step_titles
    window.close()

    again = make_window()
    again.select_child(child.id)
    assert not _guide(again, 1).view.rows["s1-comfort-call"].check.isChecked()
    assert "Make the comfort call" in _overview(again).due_section.step_titles


def test_after_the_meeting_write_it_down_move_on_and_back(make_window, qtbot):
    window = make_window()
    child = add_child(window.context.db, Child(
        full_name="Leo Ortiz", preferred_name="Leo", placement_date=TODAY - timedelta(days=5)))
    window.select_child(child.id)
    overview = _overview(window)
    assert not overview.due_section.move_box.isVisibleTo(overview)
    _log(window, qtbot, EntryKind.PHONE_CALL, "First call with Rosa",
         TODAY - timedelta(days=4), "comfort call")
    _log(window, qtbot, EntryKind.MEETING, "Icebreaker at the library",
         TODAY - timedelta(days=1), "icebreaker")

    overview = _overview(window)
    [meeting] = [r for r in overview.due_section.rows if r.item.title == "Icebreaker meeting"]
    assert meeting.helper_button.text() == "Write down the meeting…"
    qtbot.mouseClick(meeting.helper_button, Qt.MouseButton.LeftButton)
    helper = window.conversations.open_windows[("icebreaker", child.id)]
    assert isinstance(helper, IcebreakerHelper) and helper.tabs.currentIndex() == 1
    helper.notes.setPlainText("Rosa brought his blanket; he naps after lunch.")
    assert helper.save_meeting()
    helper.close()
    # Written down once: the button goes, so it cannot make a second entry.
    [meeting] = [r for r in _overview(window).due_section.rows
                 if r.item.title == "Icebreaker meeting"]
    assert meeting.helper_button is None or \
        meeting.helper_button.text() != "Write down the meeting…"

    # The first call and the meeting are the key steps of stage 1: moving on is suggested.
    overview = _overview(window)
    section = overview.due_section
    assert section.move_box.isVisibleTo(overview)
    assert "move on to stage 2: Supporting" in section.move_label.text()
    qtbot.mouseClick(section.move_button, Qt.MouseButton.LeftButton)
    assert window.current_child().stage == 2
    assert "Stage 2" in window.ui.childList.currentIndex().data()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.childList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_child().stage == 1
    overview = _overview(window)
    qtbot.mouseClick(overview.due_section.move_button, Qt.MouseButton.LeftButton)
    assert window.current_child().stage == 2

    # In stage 2, family time logged ticks "Help family time go well".
    assert not _guide(window, 2).view.rows["s2-family-time-ready"].check.isChecked()
    visit = TODAY - timedelta(days=1)
    _log(window, qtbot, EntryKind.FAMILY_TIME, "Park with Mom", visit,
         outcome=Outcome.HAPPENED)
    row = _guide(window, 2).view.rows["s2-family-time-ready"]
    assert row.check.isChecked()
    assert row.status.text() == f"✓ From the journal, {short_date(visit)}"
    overview = _overview(window)
    assert "Help family time go well" not in overview.due_section.step_titles

    # Moving back is one click too.
    back = overview.due_section.back_button
    assert back.isVisibleTo(overview) and back.text() == "Back to stage 1"
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.current_child().stage == 1
