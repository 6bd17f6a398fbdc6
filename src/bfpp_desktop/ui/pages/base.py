"""What every child page offers the main window."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bfpp_desktop.core.children import Child
from bfpp_desktop.ui.context import AppContext


class ChildPage(QWidget):
    """A tab about the selected child.

    Subclasses implement title() and show_child(); they emit child_changed
    with the child's id after changing the child record itself, so the list
    and other pages refresh, and may override focus_search() for Ctrl+F.
    """

    child_changed = Signal(int)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.child: Child | None = None

    def title(self, child: Child) -> str:
        raise NotImplementedError

    def set_child(self, child: Child | None) -> None:
        self.child = child
        self.show_child(child)

    def show_child(self, child: Child | None) -> None:
        raise NotImplementedError

    def focus_search(self) -> bool:
        """Put the cursor in this page's search box; False when it has none."""
        return False
