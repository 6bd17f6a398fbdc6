"""A caregiver adds Maya's birth parent and caseworker, restarts, and shares them with Leo."""
from PySide6.QtCore import Qt

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Role
from bfpp_desktop.storage import contacts as store
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.ui.contacts.page import ContactsPage
from contact_helpers import answer_editor, answer_picker


def _people_page(window, qtbot, child_name):
    row = next(r for r in range(window.model.rowCount())
               if window.model.child_at(r).display_name == child_name)
    rect = window.ui.childList.visualRect(window.model.index(row))
    qtbot.mouseClick(window.ui.childList.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    page = next(p for p in window.pages if isinstance(p, ContactsPage))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _names(page):
    return [page.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole)
            for r in range(page.model.rowCount())
            if page.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole)]


def test_add_people_restart_and_link_to_a_sibling(make_window, data_dir, qtbot, monkeypatch):
    db = open_database(paths.database_path(data_dir))
    maya = add_child(db, Child(full_name="Maya Rodríguez Ortiz", preferred_name="Maya"))
    leo = add_child(db, Child(full_name="Leonardo Rodríguez Ortiz", preferred_name="Leo"))
    db.close()

    window = make_window()
    page = _people_page(window, qtbot, "Maya")
    assert "No one in Maya's circle yet" in page.empty_label.text()

    def birth_parent(dialog, bot):
        bot.keyClicks(dialog.name_edit, "Rosa Ortiz")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.BIRTH_PARENT.value))
        bot.keyClicks(dialog.relation_edit, "Mom")
        bot.keyClicks(dialog.phone_rows[0][1], "(555) 010-0142")
        dialog.share_check.setChecked(True)

    def caseworker(dialog, bot):
        bot.keyClicks(dialog.name_edit, "Dana Whitfield")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.CASEWORKER.value))
        bot.keyClicks(dialog.email_edit, "dana@example.org")

    answer_editor(monkeypatch, qtbot, birth_parent, caseworker)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Rosa Ortiz, Birth parent", "Dana Whitfield, Caseworker"]
    window.close()

    window = make_window()
    page = _people_page(window, qtbot, "Maya")
    assert _names(page) == ["Rosa Ortiz, Birth parent", "Dana Whitfield, Caseworker"]
    rosa = next(c for c in store.list_contacts_for_child(window.context.db, maya.id)
                if c.name == "Rosa Ortiz")
    assert rosa.child_ids == [maya.id] and rosa.may_share
    assert rosa.phones[0].number == "(555) 010-0142" and rosa.phones[0].digits == "5550100142"

    page = _people_page(window, qtbot, "Leo")
    assert _names(page) == []
    answer_picker(monkeypatch, "Rosa Ortiz")
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Rosa Ortiz, Birth parent"]
    assert "Also in the circle of: Maya" == page.circle_label.text()
    assert store.get_contact(window.context.db, rosa.id).child_ids == [maya.id, leo.id]
