"""What every child page offers the main window."""
from PySide6.QtWidgets import QWidget

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.core.children import Child
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.pages import spec_named


class ChildPage(QWidget):
    """A tab about the selected child.

    Subclasses are listed in ui.pages (with their tab's title) and implement
    show_child(). They may override focus_search() for Ctrl+F, and name in PRINTS the
    print-center document Ctrl+P opens on (by default the sheet the guide offers first
    for the child's stage). Changes to the data arrive as one signal
    (AppContext.signals); a page names in SHOWS the kinds of records it shows, and
    refresh() runs when a change touched them for the shown child (by default the page
    is shown afresh).
    """

    SHOWS = Kind.NONE
    PRINTS: str | None = None     # a reports.catalogue document id

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setProperty("namesParts", True)   # widgets.accessible names its fields on show
        self.child: Child | None = None
        self._pending = False     # set_child arrived while the page was out of view
        context.signals.changes_applied.connect(self._on_changes_applied)

    def _on_changes_applied(self, changes: Changes) -> None:
        if changes.touches(Kind.CHILDREN) or self._pending:
            return   # the page is shown afresh (set_child, show_pending) anyway
        if self.child is not None and changes.touches(self.SHOWS, self.child.id):
            self.refresh_for(changes)

    def refresh_for(self, changes: Changes) -> None:
        self.show_child(self.child)

    def title(self, child: Child) -> str:
        """The tab's title (kept in ui.pages, so a tab is named before its page is made)."""
        return spec_named(type(self).__name__).title_for(child)

    def set_child(self, child: Child | None, *, now: bool = True) -> None:
        """Show *child*; with *now* False (a tab not in view), only when show_pending()
        is called as the tab comes into view, so selecting a child fills one page."""
        self.child = child
        self._pending = True
        if now:
            self.show_pending()

    def show_pending(self) -> None:
        if self._pending:
            self._pending = False
            self.show_child(self.child)

    def show_child(self, child: Child | None) -> None:
        raise NotImplementedError

    def document_to_print(self) -> str | None:
        """The document that fits what this page shows; None for the stage's own sheet."""
        return self.PRINTS

    def focus_search(self) -> bool:
        """Put the cursor in this page's search box; False when it has none."""
        return False
