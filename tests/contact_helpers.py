"""Driving the contact dialogs without blocking on exec()."""
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bfpp_desktop.ui.contacts.editor import ContactEditor
from bfpp_desktop.ui.contacts.picker import ContactPicker


def answer_editor(monkeypatch, qtbot, *fillers):
    """Each time the editor opens, run the next filler on it and press Save."""
    queue = list(fillers)
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        queue.pop(0)(dialog, qtbot)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(ContactEditor, "exec", fake_exec)
    return seen


def answer_picker(monkeypatch, name: str):
    """Choose the person called *name* when the picker opens."""
    def fake_exec(dialog):
        model = dialog.model
        row = next(r for r in range(model.rowCount())
                   if model.index(r).data() and model.index(r).data().strip().startswith(name))
        dialog.list_view.setCurrentIndex(model.index(row))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ContactPicker, "exec", fake_exec)


def answer_message_boxes(monkeypatch, role: QMessageBox.ButtonRole | None):
    """Click the button with *role* in every message box (None: cancel); returns texts shown."""
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        wanted = next((b for b in box.buttons() if box.buttonRole(b) == role), None)
        (wanted or box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown
