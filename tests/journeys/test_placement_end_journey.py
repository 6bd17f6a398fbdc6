"""When the placement ends, through the real window: a child in stage 3 goes home, stays in
the list under "After going home" at stage 4, and the Overview keeps reminding gently;
Ctrl+Z takes it back; another ending archives the record; "Back in my care" undoes it all."""
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from bfpp_desktop.core.children import PlacementEnd
from bfpp_desktop.core.due import DueKind
from bfpp_desktop.core.stage_progress import PlanKind
from bfpp_desktop.storage import children as store
from bfpp_desktop.ui.children.editor import ChildEditor
from bfpp_desktop.ui.children.end_dialog import EndPlacementDialog
from bfpp_desktop.ui.children.overview_page import OverviewPage
from bfpp_desktop.ui.guide.page import GuidePage
from placement_helpers import answer_placement_ended
from typing_helpers import type_text

SHOTS = "/tmp/placement-end"


def _page(window, cls):
    return next(p for p in window.pages if isinstance(p, cls))


def _list_texts(window) -> list[str]:
    return [window.model.index(r).data() for r in range(window.model.rowCount())]


def _due(overview) -> dict:
    return {row.item.kind: row for row in overview.due_section.rows}


def _grab(qtbot, widget, name: str, save: bool) -> None:
    if save:
        qtbot.wait(200)    # let the new rows lay themselves out first
        widget.grab().save(f"{SHOTS}-{name}.png")


def test_went_home_then_undo_then_another_ending(make_window, qtbot, monkeypatch, request):
    save = request.config.getoption("verbose") > 1    # -vv keeps the pictures to look at
    today = date.today()
    placed, went_home = today - timedelta(days=300), today - timedelta(days=20)
    born = (today + timedelta(days=10)).replace(year=today.year - 6)

    def add_sofia(dialog):
        dialog.show()
        type_text(qtbot, dialog.ui.fullNameEdit, "Sofía Ramírez")
        qtbot.keyClicks(dialog.ui.preferredNameEdit, "Sofi")
        qtbot.keyClicks(dialog.ui.birthDateField.edit, born.isoformat())
        qtbot.keyClicks(dialog.ui.placementDateField.edit, placed.isoformat())
        dialog.ui.placementTypeCombo.setCurrentIndex(1)      # kinship care
        dialog.ui.stageCombo.setCurrentIndex(2)              # stage 3: planning for home
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ChildEditor, "exec", add_sofia)
    window = make_window()
    window.resize(1100, 780)
    qtbot.mouseClick(window.ui.welcomeAddButton, Qt.MouseButton.LeftButton)
    sofi = window.current_child()
    overview = _page(window, OverviewPage)
    guide = _page(window, GuidePage)

    # Stage 3, going home is the plan: a meeting for the move, with the transition plan.
    meeting = _due(overview)[DueKind.MOVE_HOME_MEETING]
    assert "icebreaker" in meeting.message_label.text()
    qtbot.mouseClick(meeting.helper_button, Qt.MouseButton.LeftButton)
    assert guide.plan_dialog.isVisible() and guide.plan_dialog.kind == PlanKind.TRANSITION
    guide.plan_dialog.close()
    _grab(qtbot, window, "stage3-overview", save)

    # Placement ended… → went home, twenty days ago (the caregiver types the date).
    def caregiver_answers(dialog):
        dialog.show()
        assert dialog.date_field.date() == today          # today unless changed
        dialog.date_field.edit.clear()
        qtbot.keyClicks(dialog.date_field.edit, (today + timedelta(days=1)).isoformat())
        home = dialog.buttons[PlacementEnd.WENT_HOME]
        qtbot.mouseClick(home, Qt.MouseButton.LeftButton, pos=QPoint(8, home.height() // 2))
        dialog.button_box.accepted.emit()
        assert dialog.isVisible() and "future" in dialog.date_error.text()
        dialog.date_field.edit.clear()
        qtbot.keyClicks(dialog.date_field.edit, went_home.isoformat())
        _grab(qtbot, dialog, "dialog", save)
        dialog.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(EndPlacementDialog, "exec", caregiver_answers)
    assert overview.archive_button.text() == "Placement ended…"
    qtbot.mouseClick(overview.archive_button, Qt.MouseButton.LeftButton)

    saved = store.get_child(window.context.db, sofi.id)
    assert (saved.ended_how, saved.ended_on, saved.stage, saved.archived) == (
        PlacementEnd.WENT_HOME, went_home, 4, False)
    assert window.current_child().id == sofi.id
    texts = _list_texts(window)
    assert texts[0] == "After going home" and texts[1].startswith("Sofi\n")
    assert "Went home" in texts[1]
    assert "After going home" in window.statusBar().currentMessage()
    assert overview.archived_label.isVisibleTo(window)
    assert "went home on" in overview.archived_label.text()
    since = overview._fact_labels["placement"].text()
    assert " – " in since and "ago" not in since and "9 months" in since
    assert overview._fact_labels["stage"].text().startswith("4.")
    reminders = _due(overview)
    assert {DueKind.CONTACT_PLAN, DueKind.BIRTHDAY, DueKind.RESPITE} <= set(reminders)
    assert DueKind.MOVE_HOME_MEETING not in reminders
    assert "Turning 6" in reminders[DueKind.BIRTHDAY].message_label.text()
    assert overview.archive_button.text() == "Back in my care"
    _grab(qtbot, window, "after-home-overview", save)
    _grab(qtbot, window.ui.childList, "list", save)

    # The contact plan opens from its reminder, as it does from the Guide; once written,
    # the reminder is about keeping to it.
    assert "write it down" in reminders[DueKind.CONTACT_PLAN].message_label.text()
    qtbot.mouseClick(reminders[DueKind.CONTACT_PLAN].helper_button, Qt.MouseButton.LeftButton)
    plan = guide.plan_dialog
    assert plan.isVisible() and plan.kind == PlanKind.CONTACT
    qtbot.keyClicks(next(iter(plan.edits.values())), "A call every Sunday")
    plan.close()
    assert "Keep to what you agreed" in _due(overview)[DueKind.CONTACT_PLAN].message_label.text()

    # Ctrl+Z: the placement as it was.
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_action.trigger()
    back = store.get_child(window.context.db, sofi.id)
    assert back == sofi
    assert _list_texts(window)[0].startswith("Sofi\n")        # no heading any more
    assert "ago" in overview._fact_labels["placement"].text()
    assert DueKind.MOVE_HOME_MEETING in _due(overview)

    # Another ending: to relatives. The record leaves the daily list, marked as ended.
    answer_placement_ended(monkeypatch, PlacementEnd.RELATIVES, went_home)
    window.ui.actionArchiveChild.trigger()
    ended = store.get_child(window.context.db, sofi.id)
    assert ended.archived and ended.stage == 3 and ended.ended_how == PlacementEnd.RELATIVES
    assert window.model.row_of(sofi.id) == -1
    window.ui.showArchived.setChecked(True)
    texts = _list_texts(window)
    assert texts[0] == "Placement ended" and "Ended" in texts[1]
    window.select_child(sofi.id)
    assert "Went to live with relatives" in overview.archived_label.text()
    assert not overview.due_section.isVisibleTo(window)
    _grab(qtbot, window, "ended-overview", save)

    # "Back in my care" undoes it all.
    qtbot.mouseClick(overview.archive_button, Qt.MouseButton.LeftButton)
    again = store.get_child(window.context.db, sofi.id)
    assert (again.archived, again.ended_on, again.ended_how) == (False, None, None)
    assert not overview.archived_label.isVisibleTo(window)
    window.ui.showArchived.setChecked(False)
    assert window.model.row_of(sofi.id) >= 0


def test_cancelling_the_question_changes_nothing(make_window, monkeypatch):
    window = make_window(demo=True)
    child = window.current_child()
    monkeypatch.setattr(EndPlacementDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    window.ui.actionArchiveChild.trigger()
    assert store.get_child(window.context.db, child.id) == child
    assert not window.undo_action.isEnabled()
