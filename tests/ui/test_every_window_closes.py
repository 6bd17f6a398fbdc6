"""Every dialog and helper window closes the way people expect, opened from the real window.

For each one: Save (or OK) closes it, or keeps it open with words that say why; Cancel,
Close, Escape and the title-bar close button close it; and pressing Save twice, or Save
then Enter, writes the record only once (counted through storage).
"""
from dataclasses import dataclass
from typing import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLineEdit, QPushButton,
                               QWidget)
from shiboken6 import isValid

from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.stage_progress import PlanKind
from bfpp_desktop.core.world import Section
from bfpp_desktop.core.records import Expense, MonthNote, Trip
from bfpp_desktop.storage import bridge_book, children, contacts, journal, records, world
from bfpp_desktop.storage.guide_progress import load_plan
from bfpp_desktop.storage.household import get_household
from bfpp_desktop.ui.about_dialog import AboutDialog
from bfpp_desktop.ui.shortcuts_dialog import ShortcutsDialog
from bfpp_desktop.ui.backups.window import BackupsWindow
from bfpp_desktop.ui.bridge.page_editor import BridgePageEditor
from bfpp_desktop.ui.bridge.reply_dialog import BridgeReplyDialog
from bfpp_desktop.ui.children.editor import ChildEditor
from bfpp_desktop.ui.conversations.comfort_call import ComfortCallHelper
from bfpp_desktop.ui.contacts.editor import ContactEditor
from bfpp_desktop.ui.contacts.entries import ContactEntriesDialog
from bfpp_desktop.ui.contacts.picker import ContactPicker
from bfpp_desktop.ui.helper_names import COMFORT_CALL, ICEBREAKER
from bfpp_desktop.ui.conversations.file_answers_dialog import FileAnswersDialog
from bfpp_desktop.ui.guide.glossary_dialog import GlossaryDialog
from bfpp_desktop.ui.guide.help_dialog import HelpDialog
from bfpp_desktop.ui.guide.plan_dialog import PlanDialog
from bfpp_desktop.ui.printing.household_editor import HouseholdEditor
from bfpp_desktop.ui.conversations.icebreaker import IcebreakerHelper
from bfpp_desktop.ui.journal.editor import EntryEditor
from bfpp_desktop.ui.world.page import AboutChildPage
from bfpp_desktop.ui.bridge.page import BridgeBookPage
from bfpp_desktop.ui.contacts.page import ContactsPage
from bfpp_desktop.ui.guide.page import GuidePage
from bfpp_desktop.ui.children.overview_page import OverviewPage
from bfpp_desktop.ui.printing.print_center import PrintCenter
from bfpp_desktop.ui.children.end_dialog import EndPlacementDialog
from bfpp_desktop.ui.export_import.export_dialog import ExportDialog
from bfpp_desktop.ui.language import saved_choice
from bfpp_desktop.ui.records.expense_dialog import ExpenseDialog
from bfpp_desktop.ui.records.lifebook_dialog import LifebookDialog
from bfpp_desktop.ui.records.month_note_box import MonthNoteDialog
from bfpp_desktop.ui.records.page import RecordsPage
from bfpp_desktop.ui.records.trip_dialog import TripDialog
from bfpp_desktop.ui.settings.dialog import SettingsDialog
from bfpp_desktop.ui.world.editor import WorldItemEditor


def _page(window, kind):
    page = next(p for p in window.pages if isinstance(p, kind))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _button(dialog: QWidget, *words: str) -> QPushButton:
    """The dialog's button whose words are one of *words* (standard buttons included)."""
    for button in dialog.findChildren(QPushButton):
        if button.text().replace("&", "") in words and button.window() is dialog:
            return button
    raise AssertionError(f"no {words} button in {type(dialog).__name__}")


def _box_button(dialog: QWidget, which) -> QPushButton:
    return next(box.button(which) for box in dialog.findChildren(QDialogButtonBox)
                if box.button(which) is not None)


def _save_of(dialog):
    return _box_button(dialog, QDialogButtonBox.StandardButton.Save)


def _child_id(window) -> int:
    return window.current_child().id


def _open_comfort_call_and_save_an_answer(window):
    helper = window.open_helper(COMFORT_CALL)
    helper.answers.boxes["cc-food"].setPlainText("Mango and rice")
    helper.save_button.click()


@dataclass
class Window:
    """How a caregiver opens one window, fills it, saves it, and what a save writes."""
    name: str
    kind: type
    open: Callable                       # (main window) -> None
    save: Callable | None = None         # (dialog) -> the Save/OK button
    fill: Callable | None = None         # (dialog) -> None: valid input
    rows: Callable | None = None         # (main window) -> what is stored, e.g. a count
    written: Callable | None = None      # (rows before, rows after) -> the save happened once
    cancel: Callable | None = None       # (dialog) -> the Cancel/Close button
    stays_open_saying: str = ""          # a window that stays after saving shows these words
    needs_fixing: Callable | None = None  # (dialog) -> the message a bad Save shows


def _added_one(before, after):
    return after == before + 1


WINDOWS = [
    Window("child editor", ChildEditor,
           open=lambda w: w.ui.actionNewChild.trigger(),
           fill=lambda d: d.ui.fullNameEdit.setText("Sam Lee"),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(children.list_children(w.context.db)), written=_added_one,
           needs_fixing=lambda d: d.ui.fullNameError),
    Window("about item editor", WorldItemEditor,
           open=lambda w: _page(w, AboutChildPage).sections[Section.LIKES].add_button.click(),
           fill=lambda d: d.title_edit.setText("Blue crayons"),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(world.list_items(w.context.db, _child_id(w))),
           written=_added_one, needs_fixing=lambda d: d.errors["title"]),
    Window("contact editor", ContactEditor,
           open=lambda w: _page(w, ContactsPage).add_button.click(),
           fill=lambda d: d.name_edit.setText("June Park"),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(contacts.list_contacts_for_child(w.context.db, _child_id(w))),
           written=_added_one, needs_fixing=lambda d: d.errors["name"]),
    Window("contact picker", ContactPicker,
           open=lambda w: _page(w, ContactsPage).link_button.click(),
           save=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Ok),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(contacts.list_contacts_for_child(w.context.db, _child_id(w))),
           written=_added_one),
    Window("a person's journal entries", ContactEntriesDialog,
           open=lambda w: _page(w, ContactsPage).journal_link.show_entries(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Close)),
    Window("household editor", HouseholdEditor,
           open=lambda w: w.open_print_center().our_details_button.click(),
           fill=lambda d: d.household_name.setText("Sam and Jo"),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: get_household(w.context.db).household_name,
           written=lambda before, after: after == "Sam and Jo"),
    Window("journal editor", EntryEditor,
           open=lambda w: w.action_new_entry.trigger(),
           fill=lambda d: d.title.setText("Puddle jumping"),
           save=lambda d: d.save_button, cancel=lambda d: d.close_button,
           rows=lambda w: journal.count_entries(w.context.db, _child_id(w)),
           written=_added_one, needs_fixing=lambda d: d.message),
    Window("comfort call helper", ComfortCallHelper,
           open=lambda w: w.open_helper(COMFORT_CALL),
           fill=lambda d: d.notes.setPlainText("She asked about the cat."),
           save=lambda d: d.save_button, cancel=lambda d: d.close_button,
           rows=lambda w: journal.count_entries(w.context.db, _child_id(w)),
           written=_added_one, stays_open_saying="Saved in"),
    Window("icebreaker helper", IcebreakerHelper,
           open=lambda w: w.open_helper(ICEBREAKER).show_after(),
           fill=lambda d: d.notes.setPlainText("We agreed on Sunday calls."),
           save=lambda d: d.save_button, cancel=lambda d: d.close_button,
           rows=lambda w: journal.count_entries(w.context.db, _child_id(w)),
           written=_added_one, stays_open_saying="saved in"),
    Window("file-answers dialog", FileAnswersDialog,
           open=_open_comfort_call_and_save_an_answer,
           save=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Ok),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(world.list_items(w.context.db, _child_id(w))),
           written=_added_one),
    Window("print center", PrintCenter,
           open=lambda w: w.open_print_center(),
           cancel=lambda d: _button(d, "Close")),
    Window("bridge-book page editor", BridgePageEditor,
           open=lambda w: _page(w, BridgeBookPage).prepare_next_page(),
           fill=lambda d: d.letter.setPlainText("Dear Rosa, Maya lost a tooth."),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(bridge_book.list_pages(w.context.db, _child_id(w))),
           written=_added_one),
    Window("bridge-book reply dialog", BridgeReplyDialog,
           open=lambda w: (lambda p: p.record_reply(p.pages[0].id))(_page(w, BridgeBookPage)),
           fill=lambda d: d.reply_text.setPlainText("Gracias por todo"),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: [(p.id, p.reply_text)
                           for p in bridge_book.list_pages(w.context.db, _child_id(w))],
           written=lambda before, after: len(after) == len(before)
           and sum(text == "Gracias por todo" for _id, text in after) == 1),
    Window("plan dialog", PlanDialog,
           open=lambda w: _page(w, GuidePage).open_plan(PlanKind.TRANSITION),
           fill=lambda d: next(iter(d.edits.values())).setPlainText("Visit the new school"),
           save=lambda d: d.save_button, cancel=lambda d: d.close_button,
           rows=lambda w: sorted(load_plan(w.context.db, _child_id(w),
                                           PlanKind.TRANSITION).answers.values()),
           written=lambda before, after: after == ["Visit the new school"],
           stays_open_saying="Saved."),
    Window("trip dialog", TripDialog,
           open=lambda w: _page(w, RecordsPage).month_box.add_trip(),
           fill=lambda d: d.distance.setValue(3.5),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(records.between(w.context.db, Trip, _child_id(w))),
           written=_added_one, needs_fixing=lambda d: d.message),
    Window("expense dialog", ExpenseDialog,
           open=lambda w: _page(w, RecordsPage).month_box.add_expense(),
           fill=lambda d: (d.description.setText("Bus fare"), d.amount.setText("2.40")),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: len(records.between(w.context.db, Expense, _child_id(w))),
           written=_added_one, needs_fixing=lambda d: d.message),
    Window("monthly report's own words", MonthNoteDialog,
           open=lambda w: w.open_print_center("monthly-report").note_box.write(),
           fill=lambda d: d.text.setPlainText("She settled in well this month."),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: [n.text for n in records.between(w.context.db, MonthNote,
                                                           _child_id(w))],
           written=lambda before, after: after == before + ["She settled in well this month."]),
    Window("glossary", GlossaryDialog,
           open=lambda w: w.glossary_action.trigger(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Close)),
    Window("help", HelpDialog,
           open=lambda w: _page(w, OverviewPage)._on_how(
               "", load_guide().stage(1).steps[0].id),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Close)),
    Window("about", AboutDialog,
           open=lambda w: w.ui.actionAbout.trigger(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Close)),
    Window("keyboard shortcuts", ShortcutsDialog,
           open=lambda w: w.shortcuts_action.trigger(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Close)),
    Window("backups", BackupsWindow,
           open=lambda w: w.backups_action.trigger(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Close)),
    Window("settings", SettingsDialog,
           open=lambda w: w.settings_action.trigger(),
           fill=lambda d: d.language.setCurrentIndex(d.language.findData("es")),
           save=_save_of,
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel),
           rows=lambda w: saved_choice(),
           written=lambda before, after: after == "es"),
    Window("placement ended", EndPlacementDialog,
           open=lambda w: w.ui.actionArchiveChild.trigger(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel)),
    Window("export", ExportDialog,
           open=lambda w: w.export_import.export_action.trigger(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel)),
    Window("lifebook page", LifebookDialog,
           open=lambda w: _page(w, RecordsPage).add_page(),
           cancel=lambda d: _box_button(d, QDialogButtonBox.StandardButton.Cancel)),
]


def _is_open(dialog) -> bool:
    return isValid(dialog) and dialog.isVisible()


def _drive(spec: Window, main, monkeypatch, action) -> QWidget:
    """Open *spec* the way the caregiver does and run *action* on it while it is open.

    A dialog run with exec() gets the action inside its (here: pretend) event loop, so the
    code after exec() then does what it does in the app; others are found on screen.
    """
    ran: list[QWidget] = []

    def fake_exec(dialog):
        if not isinstance(dialog, spec.kind) or ran:
            return QDialog.DialogCode.Rejected
        dialog.show()
        ran.append(dialog)
        action(dialog)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    spec.open(main)
    if not ran:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, spec.kind) and w.isVisible()]
        assert len(shown) == 1, f"{spec.name} did not open"
        ran.append(shown[0])
        action(shown[0])
    return ran[0]


def _words(dialog) -> str:
    from PySide6.QtWidgets import QLabel
    return " ".join(label.text() for label in dialog.findChildren(QLabel)
                    if label.isVisibleTo(dialog))


@pytest.fixture
def main(make_window):
    window = make_window(demo=True)
    if window.current_child().display_name != "Maya":   # she has a bridge book and a mom
        window.select_child(next(c.id for c in children.list_children(window.context.db)
                                 if c.display_name == "Maya"))
    return window


def _ids(specs):
    return [spec.name for spec in specs]


@pytest.mark.parametrize("way", ["cancel", "escape", "title-bar close"])
@pytest.mark.parametrize("spec", WINDOWS, ids=_ids(WINDOWS))
def test_every_way_out_closes_it_and_writes_nothing(spec, way, main, monkeypatch, qtbot):
    before = spec.rows(main) if spec.rows else None
    seen = {}

    def leave(dialog):
        if way == "cancel":
            qtbot.mouseClick(spec.cancel(dialog), Qt.MouseButton.LeftButton)
        elif way == "escape":
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()               # what the window's close button sends: a QCloseEvent
        seen["open"] = _is_open(dialog)

    _drive(spec, main, monkeypatch, leave)
    assert seen["open"] is False
    if spec.rows:
        assert spec.rows(main) == before


SAVING = [spec for spec in WINDOWS if spec.save]


@pytest.mark.parametrize("spec", SAVING, ids=_ids(SAVING))
def test_save_writes_once_and_closes_or_says_why_not(spec, main, monkeypatch, qtbot):
    before = spec.rows(main)
    seen = {}

    def save_twice(dialog):
        if spec.fill:
            spec.fill(dialog)
        button = spec.save(dialog)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        # As quick as a person can: a second click, then Enter, on whatever is still shown.
        if _is_open(dialog) and button.isVisible():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()] \
            if _is_open(dialog) else []
        if fields:
            qtbot.keyClick(fields[0], Qt.Key.Key_Return)
        seen["open"], seen["words"] = _is_open(dialog), _is_open(dialog) and _words(dialog)

    _drive(spec, main, monkeypatch, save_twice)
    assert spec.written(before, spec.rows(main)), (before, spec.rows(main))
    if spec.stays_open_saying:
        assert seen["open"] and spec.stays_open_saying in seen["words"]
    else:
        assert seen["open"] is False


CHECKED = [spec for spec in WINDOWS if spec.needs_fixing]


@pytest.mark.parametrize("spec", CHECKED, ids=_ids(CHECKED))
def test_a_save_that_cannot_happen_keeps_the_window_and_says_why(spec, main, monkeypatch,
                                                                 qtbot):
    before = spec.rows(main)
    seen = {}

    def save_empty(dialog):
        qtbot.mouseClick(spec.save(dialog), Qt.MouseButton.LeftButton)
        message = spec.needs_fixing(dialog)
        seen["open"], seen["message"] = _is_open(dialog), message.isVisible() and message.text()
        dialog.reject()

    _drive(spec, main, monkeypatch, save_empty)
    assert seen["open"] and seen["message"]
    assert spec.rows(main) == before
