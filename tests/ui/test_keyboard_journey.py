"""A caregiver who uses no mouse: adds a child, fills in a routine, writes a journal entry
and prints a routine sheet, with key presses alone.

Every key goes to the widget that has the focus (QApplication.focusWidget()), as on a real
screen; nothing is clicked and no widget is called to act. Two things stand in for the
desktop: a dialog run with exec() is shown and driven inside a pretend exec (so no test
blocks), and a window is made active again when the one above it closes (what a window
manager does; the offscreen platform does not).
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget

from bfpp_desktop.core.world import Section
from bfpp_desktop.storage import children, journal, world
from bfpp_desktop.ui.children.editor import ChildEditor
from bfpp_desktop.ui.world.editor import WorldItemEditor
from print_helpers import pdf_text, wait_ready

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_in(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def shortcut(qtbot, keys: str) -> None:
    qtbot.keySequence(focused(), QKeySequence(keys))


def tab_to(qtbot, wanted, limit: int = 40) -> QWidget:
    """Press Tab until the focus is on a widget for which wanted(widget) is true."""
    seen = []
    for _ in range(limit):
        press(qtbot, Key.Key_Tab)
        widget = focused()
        if wanted(widget):
            return widget
        seen.append(f"{type(widget).__name__}({_words(widget)})")
    raise AssertionError("Tab never reached it; it went through " + ", ".join(seen))


def _words(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QPushButton) else ""
    return (text or widget.accessibleName()).replace("&", "")


def button(*words: str):
    return lambda widget: isinstance(widget, QPushButton) and _words(widget) in words


def make_active(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


class Dialogs:
    """Runs each exec()'d dialog of the kind expected next with the keys the test gives."""

    def __init__(self, qtbot, monkeypatch):
        self.qtbot = qtbot
        self.expected: list[tuple[type, callable]] = []
        self.seen: list[QDialog] = []
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._exec(dialog))

    def expect(self, kind: type, keys) -> None:
        self.expected.append((kind, keys))

    def _exec(self, dialog: QDialog) -> int:
        kind, keys = self.expected.pop(0)
        assert isinstance(dialog, kind), f"{type(dialog).__name__} opened, not {kind.__name__}"
        self.seen.append(dialog)
        dialog.show()
        make_active(self.qtbot, dialog)
        keys(dialog)
        assert not dialog.isVisible(), f"{type(dialog).__name__} stayed open"
        return dialog.result()


def test_add_a_child_fill_a_routine_write_an_entry_and_print_with_keys_alone(
        make_window, qtbot, monkeypatch, tmp_path):
    window = make_window()
    make_active(qtbot, window)
    db = window.context.db
    dialogs = Dialogs(qtbot, monkeypatch)

    # 1. Add a child: Ctrl+Shift+N, type the name, Tab, the name she goes by, Enter saves.
    def fill_in_the_child(dialog):
        assert focused() is dialog.ui.fullNameEdit      # ready to type at once
        type_in(qtbot, "Nia Brooks")
        press(qtbot, Key.Key_Tab)
        assert focused() is dialog.ui.preferredNameEdit
        type_in(qtbot, "Nia")
        press(qtbot, Key.Key_Return)

    dialogs.expect(ChildEditor, fill_in_the_child)
    shortcut(qtbot, "Ctrl+Shift+N")
    assert [c.full_name for c in children.list_children(db)] == ["Nia Brooks"]
    nia = window.current_child()
    assert nia.display_name == "Nia"
    make_active(qtbot, window)

    # 2. A routine: Tab to the page tabs, Right to "About Nia", Tab to "Add a routine…".
    tabs = tab_to(qtbot, lambda w: w is window.ui.childTabs.tabBar())
    press(qtbot, Key.Key_Right)
    assert window.ui.childTabs.tabText(window.ui.childTabs.currentIndex()) == "About Nia"
    assert focused() is tabs

    def fill_in_the_routine(dialog):
        assert focused() is dialog.title_edit
        type_in(qtbot, "Bedtime")
        press(qtbot, Key.Key_Tab)
        assert focused() is dialog.time_edit
        type_in(qtbot, "19:30")
        steps = tab_to(qtbot, lambda w: w is dialog.steps_edit)
        qtbot.keyClicks(steps, "Pyjamas")
        press(qtbot, Key.Key_Return)                     # a new line: the next step
        type_in(qtbot, "Two books with Grandma")
        tab_to(qtbot, button("Save"))
        press(qtbot, Key.Key_Space)

    dialogs.expect(WorldItemEditor, fill_in_the_routine)
    tab_to(qtbot, button("Add a routine…"))
    press(qtbot, Key.Key_Space)
    routines = [i for i in world.list_items(db, nia.id) if i.section is Section.ROUTINE]
    assert [(r.title, r.time_text, r.steps) for r in routines] == [
        ("Bedtime", "19:30", ["Pyjamas", "Two books with Grandma"])]
    make_active(qtbot, window)

    # 3. A journal entry: Ctrl+N from anywhere, a title, Tab, the notes, Ctrl+S saves.
    shortcut(qtbot, "Ctrl+N")
    journal_page = next(p for p in window.pages if type(p).__name__ == "JournalPage")
    qtbot.waitUntil(lambda: bool(journal_page.editors))
    editor = journal_page.editors[-1]
    make_active(qtbot, editor)
    assert focused() is editor.title
    type_in(qtbot, "First evening")
    press(qtbot, Key.Key_Tab)
    assert focused() is editor.notes
    type_in(qtbot, "Nia helped set the table and asked about her mom.")
    with qtbot.waitSignal(editor.entry_saved):
        shortcut(qtbot, "Ctrl+S")
    assert not editor.isVisible()
    [saved] = journal.list_entries(db, nia.id)
    entry = journal.get_entry(db, saved.id)
    assert (entry.title, entry.notes) == ("First evening",
                                          "Nia helped set the table and asked about her mom.")
    make_active(qtbot, window)

    # 4. Print: Ctrl+P on the About page opens the print center on the routine sheet;
    #    Tab to "Save as PDF…", Space, and the file dialog answers with a file name.
    shortcut(qtbot, "Ctrl+P")
    center = window.print_center
    assert center is not None and center.isVisible()
    make_active(qtbot, center)
    assert center.spec.id == "routine-sheet"
    wait_ready(qtbot, center)
    out = tmp_path / "Nia's routines.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (asked.append(a), (str(out), "PDF files (*.pdf)"))[1]))
    tab_to(qtbot, button("Save as PDF…"))
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(out.exists, timeout=20000)
    assert len(asked) == 1
    text = pdf_text(out)
    assert "Nia's routines" in text
    assert "19:30 Bedtime" in text and "1. Pyjamas" in text and "2. Two books with Grandma" in text
    assert "First evening" not in text                  # the journal stays private
    press(qtbot, Key.Key_Escape)
    assert not center.isVisible()
