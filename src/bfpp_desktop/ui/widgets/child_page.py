"""What every child page offers the main window."""
from PySide6.QtWidgets import QWidget

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.core.children import Child
from bfpp_desktop.ui.context import AppContext


class ChildPage(QWidget):
    """A tab about the selected child.

    Subclasses implement title() and show_child(), and may override focus_search()
    for Ctrl+F and name in PRINTS the print-center document Ctrl+P opens on (by default
    the sheet the guide offers first for the child's stage). Changes to the data arrive as one signal (AppContext.signals); a page
    names in SHOWS the kinds of records it shows, and refresh() runs when a change
    touched them for the shown child (by default the page is shown afresh).
    """

    SHOWS = Kind.NONE
    PRINTS: str | None = None     # a reports.catalogue document id

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setProperty("namesParts", True)   # widgets.accessible names its fields on show
        self.child: Child | None = None
        context.signals.changes_applied.connect(self._on_changes_applied)

    def _on_changes_applied(self, changes: Changes) -> None:
        if changes.touches(Kind.CHILDREN):
            return   # the window shows every page afresh (set_child) after this one
        if self.child is not None and changes.touches(self.SHOWS, self.child.id):
            self.refresh_for(changes)

    def refresh_for(self, changes: Changes) -> None:
        self.show_child(self.child)

    def title(self, child: Child) -> str:
        raise NotImplementedError

    def set_child(self, child: Child | None) -> None:
        self.child = child
        self.show_child(child)

    def show_child(self, child: Child | None) -> None:
        raise NotImplementedError

    def document_to_print(self) -> str | None:
        """The document that fits what this page shows; None for the stage's own sheet."""
        return self.PRINTS

    def focus_search(self) -> bool:
        """Put the cursor in this page's search box; False when it has none."""
        return False
