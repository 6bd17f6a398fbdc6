"""The person dialog with the keyboard alone: Tab goes down the form in the order it reads."""
from PySide6.QtCore import Qt

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, Role
from bfpp_desktop.ui.contacts.editor import ContactEditor


def _tab(qtbot, dialog):
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    return dialog.focusWidget()


def test_tab_goes_through_each_phone_number_in_place(qtbot):
    dialog = ContactEditor(contact=Contact(
        name="Ana", role=Role.BIRTH_PARENT, id=3,
        phones=[Phone("mobile", "555-0101"), Phone("work", "555-0102")]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.relation_edit.setFocus()
    (first_kind, first), (second_kind, second) = dialog.phone_rows
    reached = [_tab(qtbot, dialog) for _ in range(6)]
    assert reached == [first_kind, first, second_kind, second,
                       dialog.ui.addPhoneButton, dialog.email_edit]
    dialog.ui.addPhoneButton.click()            # a new row joins the order after the last
    qtbot.waitUntil(lambda: dialog.phone_rows[2][0].isVisible())
    dialog.phone_rows[1][1].setFocus()
    assert _tab(qtbot, dialog) is dialog.phone_rows[2][0]


def test_tab_leaves_the_boxes_and_reaches_the_children_before_save(qtbot):
    dialog = ContactEditor(contact=Contact(name="", role=Role.BIRTH_PARENT),
                           children=[Child(full_name="Maya Lee", id=1),
                                     Child(full_name="Leo Lee", id=2)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.addressEdit.setFocus()
    assert _tab(qtbot, dialog) is dialog.ui.reachCombo
    assert dialog.ui.addressEdit.toPlainText() == ""        # no tab typed into the address
    dialog.ui.notesEdit.setFocus()
    assert [_tab(qtbot, dialog) for _ in range(2)] == list(dialog.child_checks.values())
    assert dialog.ui.scrollArea.focusPolicy() == Qt.FocusPolicy.NoFocus
