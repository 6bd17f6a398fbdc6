"""A caregiver's first evening: add a child, close the app, open it again."""
from PySide6.QtCore import Qt

from bfpp_desktop.ui.children.editor import ChildEditor
from typing_helpers import type_text


def test_add_a_child_then_restart(make_window, qtbot, monkeypatch):
    def caregiver_fills_in(dialog):
        dialog.show()
        type_text(qtbot, dialog.ui.fullNameEdit, "Sofía Ramírez")
        qtbot.keyClicks(dialog.ui.preferredNameEdit, "Sofi")
        qtbot.keyClicks(dialog.ui.birthDateField.edit, "2020-06-15")
        qtbot.keyClicks(dialog.ui.placementDateField.edit, "2026-11-22")
        dialog.ui.placementTypeCombo.setCurrentIndex(1)  # kinship care
        save = next(b for b in dialog.ui.buttonBox.buttons() if b.text() == "Save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ChildEditor, "exec", caregiver_fills_in)
    window = make_window()
    assert window.ui.mainStack.currentWidget() is window.ui.welcomePage
    qtbot.mouseClick(window.ui.welcomeAddButton, Qt.MouseButton.LeftButton)
    assert window.ui.mainStack.currentWidget() is window.ui.childPage
    assert window.current_child().display_name == "Sofi"
    window.close()

    again = make_window()
    child = again.current_child()
    assert child is not None and child.full_name == "Sofía Ramírez"
    assert child.placement_type.value == "kinship"
    assert again.ui.childList.currentIndex().row() == 0
    assert "Sofi" in again.model.index(0).data()
