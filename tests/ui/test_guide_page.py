"""The Guide page: ticking steps (undoable), setting them aside, moving stages, printouts."""
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.guide import Audience
from bfpp_desktop.core.stage_progress import PlanKind, StepState
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.storage.children import add_child, get_child
from bfpp_desktop.storage.guide_progress import load_plan, load_step_progress
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.guide.glossary_text import GuideTextLabel, to_html
from bfpp_desktop.ui.guide.stage_view import StageView
from bfpp_desktop.ui.guide.page import REFLECTIONS_ROW, GuidePage


@pytest.fixture
def page(qtbot, db, data_dir, today):
    context = AppContext(db, data_dir, QSettings(str(Path(data_dir) / "t.ini"),
                                                 QSettings.Format.IniFormat), QUndoStack())
    widget = GuidePage(context, today=today)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def child(db, today):
    return add_child(db, Child(full_name="Maya Ortiz", preferred_name="Maya",
                               placement_date=today - timedelta(days=2)))


def test_opens_on_the_childs_stage_marked_as_here(page, child):
    page.set_child(child)
    assert page.sections.currentRow() == 0
    assert "Maya is here" in page.sections.item(0).text()
    assert isinstance(page.view, StageView) and page.view.move_button is None


def test_tick_a_step_saves_today_with_a_note_and_undo_reopens_it(page, child, db, today, qtbot):
    page.set_child(child)
    row = page.view.rows["s1-comfort-call"]
    qtbot.mouseClick(row.title, Qt.MouseButton.LeftButton)     # the words tick it too
    saved = load_step_progress(db, child.id)["s1-comfort-call"]
    assert saved.state == StepState.DONE and saved.done_on == today
    assert "Done" in row.status.text()
    assert row.note_edit.isVisibleTo(page)          # a note can be added straight away
    row.note_edit.setText("She sings him to sleep.")
    row.note_edit.editingFinished.emit()
    assert load_step_progress(db, child.id)["s1-comfort-call"].note == "She sings him to sleep."

    page.context.undo_stack.undo()                  # the note
    page.context.undo_stack.undo()                  # the tick
    assert "s1-comfort-call" not in load_step_progress(db, child.id)
    assert not row.check.isChecked()
    page.context.undo_stack.redo()
    assert load_step_progress(db, child.id)["s1-comfort-call"].state == StepState.DONE
    assert row.check.isChecked()


def test_not_for_us_and_read_more(page, child, db, qtbot):
    page.set_child(child)
    row = page.view.rows["s1-call-again"]
    assert not row.detail.isVisibleTo(page)
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)
    assert row.detail.isVisibleTo(page)
    qtbot.mouseClick(row.skip_button, Qt.MouseButton.LeftButton)
    assert load_step_progress(db, child.id)["s1-call-again"].state == StepState.NOT_FOR_US
    assert "not for us" in row.status.text()
    qtbot.mouseClick(row.skip_button, Qt.MouseButton.LeftButton)
    assert "s1-call-again" not in load_step_progress(db, child.id)


def test_move_to_another_stage_after_a_gentle_question(page, child, db, qtbot, monkeypatch):
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.set_child(child)
    page.show_stage(2)
    assert page.view.move_button.text() == "Move Maya to this stage…"
    with qtbot.waitSignal(page.context.signals.changes_applied) as signal:
        qtbot.mouseClick(page.view.move_button, Qt.MouseButton.LeftButton)
    assert signal.args == [Changes(Kind.CHILDREN, child.id)]
    assert "Move Maya to stage 2" in asked[0]
    assert get_child(db, child.id).stage == 2
    page.context.undo_stack.undo()
    assert get_child(db, child.id).stage == 1


def test_cancelling_the_move_changes_nothing(page, child, db, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    page.set_child(child)
    page.show_stage(3)
    qtbot.mouseClick(page.view.move_button, Qt.MouseButton.LeftButton)
    assert get_child(db, child.id).stage == 1


def test_printouts_ask_the_print_center(page, child, qtbot):
    page.set_child(child)
    with qtbot.waitSignal(page.print_requested) as signal:
        qtbot.mouseClick(page.view.printout_buttons["icebreaker-prep"], Qt.MouseButton.LeftButton)
    assert signal.args == ["icebreaker-prep"]


def test_printout_buttons_use_the_print_centers_names(page, child):
    """One name per document: the guide's buttons say the catalogue's titles."""
    page.set_child(child)
    for number in (1, 2, 3, 4):
        page.show_stage(number)
        buttons = page.view.printout_buttons
        assert list(buttons) == list(page.guide.stage(number).printouts)
        assert [b.text() for b in buttons.values()] == [printout(d).title for d in buttons]
    page.show_stage(1)
    assert page.view.printout_buttons["icebreaker-prep"].text() == "Icebreaker preparation sheet"


def test_kinship_purpose_and_steps_for_a_relative(page, db, today):
    relative = add_child(db, Child(full_name="Amara", placement_type=PlacementType.KINSHIP,
                                   placement_date=today))
    page.set_child(relative)
    stage = page.guide.stage(1)
    texts = [label.text() for label in page.view.findChildren(GuideTextLabel)]
    assert any(stage.kinship_purpose[:40] in t for t in texts)


def test_a_relative_is_not_told_to_give_a_first_name_or_keep_an_address_private(
        page, child, db, today):
    relative = add_child(db, Child(full_name="Amara", placement_type=PlacementType.KINSHIP,
                                   placement_date=today))

    def shown() -> str:
        return " ".join(label.text() for label in page.view.findChildren(QLabel)).casefold()
    page.set_child(relative)
    kin = shown()
    assert "first name" not in kin and "address" not in kin
    assert page.guide.not_to_share_for(Audience.KINSHIP)[:30].casefold() in kin
    page.set_child(child)              # a foster parent still gets the stranger's advice
    assert "first name" in shown()


def test_plans_are_on_stages_three_and_four_and_keep_typing(page, child, db, today, qtbot):
    page.set_child(child)
    assert page.view.plan_buttons == {}
    page.show_stage(3)
    assert set(page.view.plan_buttons) == {PlanKind.TRANSITION, PlanKind.CONTACT}
    qtbot.mouseClick(page.view.plan_buttons[PlanKind.TRANSITION], Qt.MouseButton.LeftButton)
    dialog = page.plan_dialog
    dialog.edits["tp-belongings"].setPlainText("Blue blanket, night light, the bear.")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)   # closing saves
    plan = load_plan(db, child.id, PlanKind.TRANSITION)
    assert plan.answer("tp-belongings") == "Blue blanket, night light, the bear."
    assert plan.updated_on == today


def test_a_plan_part_too_long_keeps_the_window_open(page, child, db, qtbot):
    page.set_child(child)
    page.show_stage(4)
    dialog = page.open_plan(PlanKind.CONTACT)
    dialog.edits["cp-how-often"].setPlainText("x" * 6000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.messages["cp-how-often"].isVisibleTo(dialog)
    assert dialog.edits["cp-how-often"].toPlainText() == "x" * 6000
    assert load_plan(db, child.id, PlanKind.CONTACT).answers == {}
    dialog.edits["cp-how-often"].setPlainText("Every Sunday")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_reflection_saved_with_its_date_and_listed(page, child, db, today, qtbot):
    page.set_child(child)
    page.show_reflections()
    assert page.sections.currentRow() == REFLECTIONS_ROW
    box = page.view.boxes["social-connections"]
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "few words" in box.message.text()       # an empty reflection is not saved
    box.edit.setPlainText("Her sister drives her to family time.")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    box = page.view.boxes["social-connections"]     # rebuilt with the saved one
    assert box.edit.toPlainText() == ""
    assert "Her sister drives her to family time." in box.earlier[0].text()


def test_unsaved_reflection_survives_switching_pages(page, child):
    page.set_child(child)
    page.show_reflections()
    page.view.boxes["parental-resilience"].edit.setPlainText("Half a thought")
    page.show_stage(2)
    page.show_reflections()
    assert page.view.boxes["parental-resilience"].edit.toPlainText() == "Half a thought"


def test_glossary_terms_become_links_with_their_meaning(page, qtbot):
    assert 'href="term:comfort call"' in to_html("Make a [[comfort call]] <today>")
    assert "&lt;today&gt;" in to_html("Make a [[comfort call]] <today>")
    label = GuideTextLabel(page.guide, "Make a [[comfort call]].")
    qtbot.addWidget(label)
    label.linkActivated.emit("term:comfort call")
    assert "first phone call" in label.last_meaning


def test_an_ampersand_in_the_name_shows_on_the_move_button(page, db):
    page.set_child(add_child(db, Child(full_name="Jo & Sam", stage=1)))
    page.show_stage(2)
    assert page.view.move_button.text() == "Move Jo && Sam to this stage…"


def test_a_step_the_records_show_is_ticked_with_why_and_unticking_is_undoable(page, child, db,
                                                                               today, qtbot):
    from bfpp_desktop.core.bridge_book import BridgePage
    from bfpp_desktop.storage.bridge_book import add_page
    add_page(db, BridgePage(child_id=child.id, prepared_on=today))
    child = get_child(db, child.id).copy(stage=2)
    page.show()
    page.set_child(child)
    row = page.view.rows["s2-bridge-book"]
    assert row.check.isChecked() and row.status.text() == "✓ From the bridge book, 24 Nov"
    assert "records" in row.check.toolTip()
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert not row.check.isChecked()
    assert load_step_progress(db, child.id)["s2-bridge-book"].records_unticked
    page.context.undo_stack.undo()
    assert row.check.isChecked() and "bridge book" in row.status.text()
    assert "s2-bridge-book" not in load_step_progress(db, child.id)
    # "Not for us" wins over the records.
    qtbot.mouseClick(row.skip_button, Qt.MouseButton.LeftButton)
    assert not row.check.isChecked() and "not for us" in row.status.text()
