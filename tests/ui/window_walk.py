"""Every page and dialog of the real window, shown one at a time, for tests that look at all.

Pages are shown before they are looked at (they may be built on first use), and the dialogs
are the ones tests/ui/test_every_window_closes.py opens, so a window added there is walked
here too.
"""
from PySide6.QtWidgets import QApplication, QWidget
from test_every_window_closes import WINDOWS, _drive

from bfpp_desktop.storage import children


def with_maya(window):
    """The demo window showing Maya, the child with the most to walk (a bridge book, a mom)."""
    if window.current_child().display_name != "Maya":
        window.select_child(next(c.id for c in children.list_children(window.context.db)
                                 if c.display_name == "Maya"))
    return window


def page_names(window) -> list[str]:
    return [type(page).__name__ for page in window.pages]


def show_page(window, name: str) -> QWidget:
    """Show the page of class *name* and return it, laid out as on screen."""
    page = next(p for p in window.pages if type(p).__name__ == name)
    window.ui.childTabs.setCurrentWidget(page)
    QApplication.processEvents()
    return page


def look_at_dialog(spec, window, monkeypatch, look) -> None:
    """Open the dialog of *spec* as a caregiver does, run look(dialog) on it, then close it."""
    def action(dialog):
        QApplication.processEvents()
        look(dialog)
        dialog.close()

    _drive(spec, window, monkeypatch, action)


DIALOGS = WINDOWS
