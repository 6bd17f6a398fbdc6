"""A caregiver adds Maya's birth parent and caseworker, writes up family time with Mom
picked from Maya's people, then opens Mom's page and finds that entry."""
from PySide6.QtCore import Qt

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Role
from bfpp_desktop.core.journal import EntryKind, Outcome
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.ui.contacts.page import ContactsPage
from bfpp_desktop.ui.journal.page import JournalPage
from contact_helpers import answer_editor


def _page(window, cls):
    page = next(p for p in window.pages if isinstance(p, cls))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_link_the_birth_parent_to_family_time_and_find_it_on_her_page(
        make_window, data_dir, qtbot, monkeypatch):
    db = open_database(paths.database_path(data_dir))
    maya = add_child(db, Child(full_name="Maya Rodríguez Ortiz", preferred_name="Maya"))
    db.close()
    window = make_window()
    window.select_child(maya.id)

    # People: a birth parent and a caseworker.
    people = _page(window, ContactsPage)

    def birth_parent(dialog, bot):
        bot.keyClicks(dialog.name_edit, "Rosa Ortiz")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.BIRTH_PARENT.value))
        bot.keyClicks(dialog.relation_edit, "Mom")

    def caseworker(dialog, bot):
        bot.keyClicks(dialog.name_edit, "Dana Whitfield")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.CASEWORKER.value))

    answer_editor(monkeypatch, qtbot, birth_parent, caseworker)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    people.select_contact(None)

    # Journal: family time with Mom, ticked from Maya's people, plus someone typed.
    page = _page(window, JournalPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editors[-1]
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.FAMILY_TIME))
    editor.outcome.setCurrentIndex(editor.outcome.findData(Outcome.HAPPENED))
    qtbot.keyClicks(editor.title, "Family time at the park")
    qtbot.mouseClick(editor.more_button, Qt.MouseButton.LeftButton)
    names = [editor.people.item(i).text() for i in range(editor.people.count())]
    assert names == ["Rosa Ortiz · Birth parent", "Dana Whitfield · Caseworker"]
    editor.people.setFocus()
    editor.people.setCurrentRow(0)
    qtbot.keyClick(editor.people, Qt.Key.Key_Space)
    qtbot.keyClicks(editor.participants, "Aunt Lulu")
    with qtbot.waitSignal(editor.entry_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    entry = journal.get_entry(window.context.db, saved.args[0])
    assert entry.kind == EntryKind.FAMILY_TIME and entry.family_time.outcome == Outcome.HAPPENED
    assert entry.participants == ["Rosa Ortiz", "Aunt Lulu"]

    # People: Mom's page shows the entry and opens it in the journal.
    people = _page(window, ContactsPage)
    row = next(r for r in range(people.model.rowCount())
               if (people.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole) or "")
               .startswith("Rosa Ortiz"))
    _click_row(qtbot, people.list_view, row)
    assert people.current_contact().name == "Rosa Ortiz"
    link = people.journal_link
    assert link.isVisible()
    assert link.last_label.text().endswith("— Family time at the park"), link.last_label.text()
    qtbot.mouseClick(link.list_button, Qt.MouseButton.LeftButton)
    dialog = link.dialog
    assert dialog is not None and dialog.entries.count() == 1
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.ui.childTabs.currentWidget() is page
    assert page.current_entry_id() == entry.id
    assert "Family time at the park" in page.detail.toPlainText()

    # Dana took part in nothing yet, and says so.
    row = next(r for r in range(people.model.rowCount())
               if (people.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole) or "")
               .startswith("Dana Whitfield"))
    window.ui.childTabs.setCurrentWidget(people)
    _click_row(qtbot, people.list_view, row)
    assert "Not part of a journal entry yet" in link.last_label.text()
