"""The comfort call and icebreaker helpers: recording, filing with the source, keeping typing."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from bfpp_desktop.actions import Kind
from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.conversations import CallOutcome
from bfpp_desktop.core.guide import Audience, load_guide
from bfpp_desktop.core.journal import EntryKind
from bfpp_desktop.core.stage_progress import StepState
from bfpp_desktop.core.step_evidence import Source as EvidenceSource
from bfpp_desktop.core.world import Section, Source
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.step_evidence import load_guide_state
from bfpp_desktop.ui.widgets.clickable_label import ClickableLabel
from bfpp_desktop.storage.journal import get_entry, list_entries
from bfpp_desktop.storage.world import list_items
from bfpp_desktop.ui.conversations.comfort_call import ComfortCallHelper
from bfpp_desktop.ui.conversations.icebreaker import IcebreakerHelper
from typing_helpers import type_text

GUIDE = load_guide()


def _child(db, **values):
    child = add_child(db, Child(full_name="Maya Ortiz", preferred_name="Maya", **values))
    add_contact(db, Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT, relation="Mom",
                            child_ids=[child.id]))
    return child


def test_comfort_call_files_answers_with_their_source(qtbot, db):
    child = _child(db)
    helper = ComfortCallHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    assert helper.when_who.name() == "Rosa Ortiz (Mom)"      # the one birth parent saved
    type_text(qtbot, helper.answers.boxes["cc-food"], "Mango and rice")
    type_text(qtbot, helper.answers.boxes["cc-sleep"], "Hall light on, one song")
    type_text(qtbot, helper.answers.boxes["cc-how-are-you"], "Tired, her sister helps")
    qtbot.mouseClick(helper.save_button, Qt.MouseButton.LeftButton)

    entry = get_entry(db, helper.entry.id)
    assert entry.kind is EntryKind.PHONE_CALL and entry.tags == ["comfort call"]
    assert entry.title == "Comfort call with Rosa Ortiz (Mom)"
    assert "Tired, her sister helps" in entry.notes
    assert load_guide_state(db, child.id).status("s1-comfort-call").state is StepState.DONE
    assert list_items(db, child.id) == []        # nothing filed before the caregiver confirms

    dialog = helper.filer.dialog
    assert [row.title.text() for row in dialog.rows] == ["Hall light on, one song",
                                                         "Mango and rice"]
    dialog.rows[0].use.setChecked(False)
    dialog.accept()
    items = list_items(db, child.id)
    assert [(i.section, i.title) for i in items] == [(Section.LIKES, "Mango and rice")]
    item = items[0]
    assert item.source is Source.BIRTH_PARENT and item.source_note == "comfort call"
    assert item.source_who == "Rosa Ortiz (Mom)" and item.source_date == date.today()
    assert "Added to Maya's page: 1." in helper.status.text()


def test_not_ready_shows_the_advice_and_no_answer_leaves_the_step_open(qtbot, db):
    child = _child(db)
    helper = ComfortCallHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    assert not helper.not_ready.isVisible()
    helper.set_outcome(CallOutcome.NOT_READY)
    assert helper.not_ready.isVisible()
    helper.set_outcome(CallOutcome.NO_ANSWER)
    assert helper.save()
    assert helper.filer.dialog is None            # nothing to file
    assert get_entry(db, helper.entry.id).tags == ["comfort call attempt"]
    assert load_guide_state(db, child.id).status("s1-comfort-call").state is StepState.OPEN


def test_closing_with_unsaved_notes_asks_first_and_keeps_them(qtbot, db, monkeypatch):
    child = _child(db)
    helper = ComfortCallHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    type_text(qtbot, helper.answers.boxes["cc-food"], "Mango")
    asked = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Cancel)
    helper.close()
    assert asked and helper.isVisible()
    assert helper.answers.boxes["cc-food"].toPlainText() == "Mango"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    helper.close()
    assert not helper.isVisible() and list_entries(db, child.id) == []


def _words(widget) -> str:
    """Everything the widget shows in labels, as one line."""
    return " ".join(" ".join(label.text() for label in widget.findChildren(QLabel)).split())


def test_a_relative_is_not_asked_to_introduce_themselves_on_the_call(qtbot, db):
    grandmother = ComfortCallHelper(GUIDE, db, _child(db, placement_type=PlacementType.KINSHIP))
    qtbot.addWidget(grandmother)
    grandmother.show()
    said = _words(grandmother)
    assert "first name" not in said and "What to say about yourself" not in said
    assert "What you might say" in said
    kin_first = GUIDE.comfort_call_share_for(Audience.KINSHIP)[0]
    assert grandmother.share_label.text().index(kin_first) < grandmother.share_label.text().index(
        "Tell them how their child is doing")


def test_a_foster_parent_still_says_who_they_are_on_the_call(qtbot, db):
    foster = ComfortCallHelper(GUIDE, db, _child(db))
    qtbot.addWidget(foster)
    foster.show()
    said = _words(foster)
    assert "Say your first name and that you are looking after their child for now." in said
    assert "What to say about yourself" in said
    assert "calling only to talk about the child" not in said      # a relative's line


def test_a_relative_keeps_the_meeting_on_the_child_not_their_address_private(qtbot, db):
    grandmother = IcebreakerHelper(GUIDE, db, _child(db, placement_type=PlacementType.KINSHIP))
    qtbot.addWidget(grandmother)
    grandmother.show()
    reminder = _words(grandmother.reminder)
    assert "Keep the talk about the child" in reminder and "address" not in reminder
    assert "Keep private for now" not in _words(grandmother)
    prompts = list(grandmother.share_boxes)
    assert prompts[:len(GUIDE.share_prompts_for(Audience.KINSHIP))] == list(
        GUIDE.share_prompts_for(Audience.KINSHIP))
    assert prompts[0] == "What has changed in your home since the child moved in."
    assert not any("neighbourhood" in p or "how many you have cared for" in p for p in prompts)


def test_a_foster_parent_keeps_private_details_back_at_the_meeting(qtbot, db):
    foster = IcebreakerHelper(GUIDE, db, _child(db))
    qtbot.addWidget(foster)
    foster.show()
    reminder = _words(foster.reminder)
    assert "Keep private for now" in reminder and "your home address" in reminder
    assert list(foster.share_boxes) == list(GUIDE.icebreaker_share_prompts)
    assert "What has changed in your home" not in _words(foster)


def test_icebreaker_prep_is_saved_and_found_again(qtbot, db, no_modal):
    child = _child(db)
    helper = IcebreakerHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    assert helper.chosen_ids()                    # a suggested first choice
    assert helper.prep_note.text() == "Not saved yet."
    helper.question_checks["ib-hair"].setChecked(True)
    helper.question_checks["ib-bedtime"].setChecked(False)
    prompt = GUIDE.icebreaker_share_prompts[0]
    type_text(qtbot, helper.share_boxes[prompt], "Sam, Jo and Eli (9)")
    assert helper.save_prep()
    chosen = helper.chosen_ids()
    helper.close()
    assert not no_modal                           # saved, so closing asks nothing

    again = IcebreakerHelper(GUIDE, db, child)
    qtbot.addWidget(again)
    assert again.chosen_ids() == chosen and "ib-hair" in chosen
    assert again.share_boxes[prompt].toPlainText() == "Sam, Jo and Eli (9)"
    assert [q.id for q in again.answers.questions] == chosen


def test_print_button_saves_then_asks_for_the_prep_sheet(qtbot, db):
    child = _child(db)
    helper = IcebreakerHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    with qtbot.waitSignal(helper.print_requested) as signal:
        qtbot.mouseClick(helper.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["icebreaker-prep"]
    assert not helper.has_unsaved_notes()


def test_after_meeting_answers_are_recorded_and_filed(qtbot, db):
    child = _child(db, placement_type=PlacementType("kinship"))
    helper = IcebreakerHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    assert len(helper.share_boxes) == len(GUIDE.share_prompts_for(Audience.KINSHIP))
    helper.show_after()
    type_text(qtbot, helper.answers.boxes["ib-bedtime"], "Bath, two books, night light")
    type_text(qtbot, helper.answers.boxes["ib-how-are-you"], "Better this week")
    qtbot.mouseClick(helper.save_button, Qt.MouseButton.LeftButton)
    entry = get_entry(db, helper.entry.id)
    assert entry.kind is EntryKind.MEETING and entry.tags == ["icebreaker"]
    assert "Better this week" in entry.notes
    assert load_guide_state(db, child.id).status("s1-hold-icebreaker").state is StepState.DONE
    helper.filer.dialog.accept()
    items = list_items(db, child.id)
    assert [(i.section, i.kind, i.title) for i in items] == [
        (Section.ROUTINE, "bedtime", "Bath, two books, night light")]
    assert items[0].source_note == "icebreaker meeting"


def test_enter_in_the_name_box_does_not_save_the_call(qtbot, db):
    helper = ComfortCallHelper(GUIDE, db, _child(db))
    qtbot.addWidget(helper)
    helper.show()
    qtbot.keyClick(helper.when_who.who.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(helper.when_who.time, Qt.Key.Key_Enter)
    assert helper.entry is None and helper.isVisible()


def test_a_long_parent_name_shows_from_its_start(qtbot, db):
    child = add_child(db, Child(full_name="María-José Þórunn Nguyễn-Świątek de la Cruz"))
    add_contact(db, Contact(name="Dolores Ángeles Fernández-Castellanos Ó'Súilleabháin",
                            role=Role.BIRTH_PARENT, relation="Mother", child_ids=[child.id]))
    helper = ComfortCallHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    assert helper.when_who.who.lineEdit().cursorPosition() == 0
    assert helper.when_who.name().startswith("Dolores Ángeles")


def test_icebreaker_counts_the_ticked_questions_in_words(qtbot, db):
    helper = IcebreakerHelper(GUIDE, db, _child(db))
    qtbot.addWidget(helper)
    for check in helper.question_checks.values():
        check.setChecked(False)
    helper.question_checks["ib-hair"].setChecked(True)
    assert helper.chosen_label.text() == "1 question ticked"
    helper.question_checks["ib-bedtime"].setChecked(True)
    assert helper.chosen_label.text() == "2 questions ticked"


def test_clicking_a_questions_words_ticks_it_and_saving_ticks_the_guide_step(qtbot, db):
    child = _child(db)
    helper = IcebreakerHelper(GUIDE, db, child)
    qtbot.addWidget(helper)
    helper.show()
    hair = next(q for q in GUIDE.icebreaker_questions if q.id == "ib-hair")
    words = next(label for label in helper.findChildren(ClickableLabel)
                 if label.text() == hair.text)
    assert not helper.question_checks["ib-hair"].isChecked()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert helper.question_checks["ib-hair"].isChecked()
    with qtbot.waitSignal(helper.changes_applied) as signal:
        assert helper.save_prep()
    assert signal.args[0].touches(Kind.GUIDE, child.id)
    status = load_guide_state(db, child.id).status("s1-prepare-questions")
    assert status.from_records and status.evidence.source is EvidenceSource.PREPARATION


def test_the_comfort_call_opens_with_the_cursor_in_the_first_answer(qtbot, db):
    helper = ComfortCallHelper(GUIDE, db, _child(db))
    qtbot.addWidget(helper)
    helper.show()
    helper.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is next(iter(helper.answers.boxes.values()))
