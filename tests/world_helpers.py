"""Driving the world item editor in tests without blocking on its exec()."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bfpp_desktop.ui.world.editor import WorldItemEditor


def script_editors(monkeypatch, qtbot) -> list:
    """Return a queue of functions; each opened editor is filled by the next one, then saved."""
    queue: list = []

    def fake_exec(editor):
        fill = queue.pop(0)
        fill(editor)
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return editor.result()

    monkeypatch.setattr(WorldItemEditor, "exec", fake_exec)
    return queue


def type_into(qtbot, widget, text: str) -> None:
    """Type like a person; new lines in plain-text boxes become Enter presses."""
    widget.setFocus()
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)
