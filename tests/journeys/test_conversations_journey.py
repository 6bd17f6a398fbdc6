"""The first days: a child arrives today, the comfort call is made with the helper open,
and later the icebreaker is prepared, the app restarted, and the meeting written down."""
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.journal import EntryKind
from bfpp_desktop.core.world import Section
from bfpp_desktop.reports.catalogue import is_available
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.journal import get_entry, list_entries
from bfpp_desktop.storage.world import list_items
from bfpp_desktop.ui.children.editor import ChildEditor
from bfpp_desktop.ui.conversations.comfort_call import ComfortCallHelper
from bfpp_desktop.ui.conversations.icebreaker import IcebreakerHelper
from bfpp_desktop.ui.guide.page import GuidePage
from bfpp_desktop.ui.children.overview_page import OverviewPage
from print_helpers import pdf_text, save_as_pdf
from typing_helpers import type_text


def _page(window, cls):
    page = next(p for p in window.pages if isinstance(p, cls))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _due_row(overview, title):
    return next(row for row in overview.due_section.rows if row.item.title == title)


def test_comfort_call_on_the_first_day(make_window, qtbot, monkeypatch):
    def caregiver_fills_in(dialog):
        dialog.show()
        type_text(qtbot, dialog.ui.fullNameEdit, "Maya Ortiz")
        qtbot.keyClicks(dialog.ui.preferredNameEdit, "Maya")
        qtbot.keyClicks(dialog.ui.placementDateField.edit, date.today().isoformat())
        save = next(b for b in dialog.ui.buttonBox.buttons() if b.text() == "Save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ChildEditor, "exec", caregiver_fills_in)
    window = make_window()
    qtbot.mouseClick(window.ui.welcomeAddButton, Qt.MouseButton.LeftButton)
    overview = _page(window, OverviewPage)
    row = _due_row(overview, "Comfort call")
    qtbot.mouseClick(row.helper_button, Qt.MouseButton.LeftButton)
    helper = window.conversations.open_windows[("comfort-call", window.current_child().id)]
    assert isinstance(helper, ComfortCallHelper) and helper.isVisible()
    assert not helper.isModal()

    helper.when_who.who.setEditText("Mom")
    type_text(qtbot, helper.answers.boxes["cc-sleep"], "Night light and the moon song")
    type_text(qtbot, helper.answers.boxes["cc-food"], "Mango, rice and beans")
    type_text(qtbot, helper.answers.boxes["cc-favourites"], "Purple rabbit Conejita")
    qtbot.mouseClick(helper.save_button, Qt.MouseButton.LeftButton)
    helper.filer.dialog.accept()
    qtbot.mouseClick(helper.close_button, Qt.MouseButton.LeftButton)
    assert not window.conversations.open_windows

    child_id = window.current_child().id
    db = window.context.db
    [summary] = list_entries(db, child_id)
    entry = get_entry(db, summary.id)
    assert entry.kind is EntryKind.PHONE_CALL and "comfort call" in entry.tags
    assert entry.title == "Comfort call with Mom" and entry.participants == ["Mom"]
    items = {i.title: i for i in list_items(db, child_id)}
    assert items["Night light and the moon song"].section is Section.ROUTINE
    assert items["Mango, rice and beans"].section is Section.LIKES
    assert items["Purple rabbit Conejita"].section is Section.LIKES
    assert {(i.source_who, i.source_note, i.source_date) for i in items.values()} == {
        ("Mom", "comfort call", date.today())}
    overview = _page(window, OverviewPage)
    assert _due_row(overview, "Comfort call").helper_button is None   # done now


def test_icebreaker_prepared_then_held_after_a_restart(make_window, data_dir, qtbot):
    window = make_window()
    db = window.context.db
    child = add_child(db, Child(full_name="Leo Ortiz", preferred_name="Leo",
                                placement_date=date.today()))
    add_contact(db, Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT, relation="Mom",
                            child_ids=[child.id]))
    window.select_child(child.id)
    guide = _page(window, GuidePage)
    qtbot.mouseClick(guide.view.helper_buttons["icebreaker"], Qt.MouseButton.LeftButton)
    helper = window.conversations.open_windows[("icebreaker", child.id)]
    assert isinstance(helper, IcebreakerHelper)
    helper.question_checks["ib-hair"].setChecked(True)
    type_text(qtbot, next(iter(helper.share_boxes.values())), "Sam, Jo and Eli, 9")
    qtbot.mouseClick(helper.save_prep_button, Qt.MouseButton.LeftButton)
    window.close()

    again = make_window()
    again.select_child(child.id)
    helper = again.open_helper("icebreaker-after")
    assert helper.tabs.currentIndex() == 1
    assert "ib-hair" in [q.id for q in helper.answers.questions]
    assert next(iter(helper.share_boxes.values())).toPlainText() == "Sam, Jo and Eli, 9"
    type_text(qtbot, helper.answers.boxes["ib-hair"], "Coconut oil, two braids on Sundays")
    qtbot.mouseClick(helper.save_button, Qt.MouseButton.LeftButton)
    helper.filer.dialog.accept()
    db = again.context.db
    [summary] = list_entries(db, child.id)
    assert get_entry(db, summary.id).kind is EntryKind.MEETING
    [item] = list_items(db, child.id)
    assert item.section is Section.CARE and item.source_note == "icebreaker meeting"
    assert item.source_who == "Rosa Ortiz (Mom)"


def test_closing_the_app_keeps_an_unsaved_call_open(make_window, qtbot, no_modal, monkeypatch):
    window = make_window()
    child = add_child(window.context.db, Child(full_name="Maya Ortiz"))
    window.select_child(child.id)
    window.helper_actions[0].trigger()                     # File > Comfort Call Helper…
    helper = window.conversations.open_windows[("comfort-call", child.id)]
    type_text(qtbot, helper.answers.boxes["cc-food"], "Mango")
    window.close()                       # the question is answered "Cancel" (no_modal: Ok)
    assert no_modal and window.isVisible() and helper.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    window.close()                   # "Save": the call is recorded, then filing is confirmed
    assert len(list_entries(window.context.db, child.id)) == 1
    assert window.isVisible() and helper.filer.dialog.isVisible()
    helper.filer.dialog.accept()                           # the helper closes after filing
    assert not window.conversations.open_windows
    assert [i.title for i in list_items(window.context.db, child.id)] == ["Mango"]
    window.close()
    assert not window.isVisible()


def test_print_preparation_sheet_opens_the_print_center(make_window, qtbot):
    window = make_window()
    child = add_child(window.context.db, Child(full_name="Leo Ortiz"))
    window.select_child(child.id)
    helper = window.open_helper("icebreaker")
    qtbot.mouseClick(helper.print_button, Qt.MouseButton.LeftButton)
    center = window.print_center
    assert center is not None and center.isVisible()
    if is_available("icebreaker-prep"):
        assert center.spec.id == "icebreaker-prep"
    window.open_print_center("diaper-bag")
    assert window.print_center.spec.id == "diaper-bag"
    qtbot.waitUntil(lambda: window.print_center.job is None, timeout=20000)


def test_a_grandmother_prints_the_sheet_for_her_daughter(make_window, qtbot, tmp_path,
                                                         monkeypatch):
    """A kinship child: the icebreaker helper speaks to kin, and its parent sheet prints
    what the daughter may want to ask and tell, for the caseworker to hand over."""
    window = make_window()
    db = window.context.db
    child = add_child(db, Child(full_name="Zoë Ángeles Fernández-Ñúñez", preferred_name="Zoë",
                                placement_type=PlacementType.KINSHIP,
                                placement_date=date.today()))
    window.select_child(child.id)
    guide = _page(window, GuidePage)
    qtbot.mouseClick(guide.view.helper_buttons["icebreaker"], Qt.MouseButton.LeftButton)
    helper = window.conversations.open_windows[("icebreaker", child.id)]
    assert "address" not in " ".join(label.text() for label in helper.findChildren(QLabel))
    qtbot.mouseClick(helper.parent_sheet_button, Qt.MouseButton.LeftButton)
    center = window.print_center
    assert center.isVisible() and center.spec.id == "parent-meeting-sheet"
    text = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "before.pdf"))
    assert "Before we meet" in text and "You know Zoë best" in text
    assert "Where does my child sleep, and what has changed at home since they came?" in text
    assert "Hair, skin and bath time" in text and "Your own questions" in text
    assert "How many children have you looked after" not in text
