"""A screen reader can name every control: the QAccessible tree of every page and dialog.

Walks the accessibility tree (what a screen reader reads) rather than the widgets, and fails
on any visible control that has no name: a button of only an icon, a field whose label is
not its buddy, a list with nothing saying what it lists.
"""
import pytest
from PySide6.QtGui import QAccessible
from window_walk import DIALOGS, with_maya, look_at_dialog, page_names, show_page


Role = QAccessible.Role
# The roles a person acts on; each must say what it is for.
CONTROLS = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
            Role.SpinBox, Role.Slider, Role.List, Role.Table, Role.Tree, Role.PageTab,
            Role.Link, Role.ButtonMenu, Role.ButtonDropDown, Role.ToolBar}


def unnamed_controls(widget) -> list[str]:
    """A path to every visible control under *widget* whose accessible name is empty."""
    found = []

    def walk(interface, path, depth=0):
        if interface is None or not interface.isValid() or depth > 40:
            return
        if interface.state().invisible:
            return
        role = interface.role()
        here = f"{path}/{role.name}"
        if role in CONTROLS and not interface.text(QAccessible.Text.Name).strip():
            obj = interface.object()
            found.append(f"{here} ({type(obj).__name__} {obj.objectName() if obj else ''})")
        # Items inside a list or table are read from the model; the list's name covers them.
        if role in (Role.List, Role.Table, Role.Tree):
            return
        for i in range(interface.childCount()):
            walk(interface.child(i), here, depth + 1)

    walk(QAccessible.queryAccessibleInterface(widget), type(widget).__name__)
    return found


@pytest.fixture
def main(make_window):
    window = with_maya(make_window(demo=True))
    return window


PAGES = ["OverviewPage", "AboutChildPage", "JournalPage", "ContactsPage", "GuidePage",
         "BridgeBookPage", "RecordsPage"]


def test_the_walk_covers_every_page(main):
    assert set(page_names(main)) == set(PAGES)     # a page added later is walked too


@pytest.mark.parametrize("name", PAGES)
def test_every_control_on_the_page_has_a_name(name, main):
    show_page(main, name)
    assert unnamed_controls(main) == []


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_every_control_in_the_dialog_has_a_name(spec, main, monkeypatch):
    seen = {}
    look_at_dialog(spec, main, monkeypatch, lambda d: seen.setdefault("unnamed",
                                                                      unnamed_controls(d)))
    assert seen["unnamed"] == []
