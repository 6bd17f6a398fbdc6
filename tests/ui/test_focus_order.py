"""Tab follows the reading order on every page and dialog.

Walks the real focus chain (what Tab does) of each page and dialog and checks every step
against where the two widgets are on screen: reading goes top to bottom and, on one line,
left to right. A step back up is fine only into a column to the right (the top of the next
column), and a step to the left only onto a lower line (the start of the next line).
"""
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from window_walk import DIALOGS, with_maya, look_at_dialog, show_page


LINE = 8      # px: widgets this close in height are on one line


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside *root*, in order, once round."""
    chain, widget = [], root
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is root:
            break
        if (root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and widget not in chain):
            chain.append(widget)
    # A scroll area takes the focus too (its keys scroll it), but it holds what it shows;
    # the order is about what is read, so the holders are left out.
    chain = [w for w in chain if not any(other is not w and w.isAncestorOf(other) for other in chain)]
    return chain


def place(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _scroll_areas(widget: QWidget, root: QWidget) -> list[QWidget]:
    areas, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def places(a: QWidget, b: QWidget, root: QWidget) -> tuple[QRect, QRect]:
    """Where *a* and *b* are read: what scrolls inside an area is read where the area is,
    unless both scroll inside it (then their places in it count)."""
    def seen(widget, other):
        outer = [area for area in _scroll_areas(widget, root)
                 if area not in _scroll_areas(other, root)]
        return place(outer[-1] if outer else widget, root)
    return seen(a, b), seen(b, a)


def _label(widget: QWidget) -> str:
    words = getattr(widget, "text", lambda: "")() if not isinstance(
        widget, QAbstractScrollArea) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or words or widget.objectName()})"


def steps_out_of_order(root: QWidget, goes_round: bool = True) -> list[str]:
    """Each step Tab takes inside *root* that goes against the reading order.

    In a window Tab goes round, so the one step from the end of the reading back to its
    start is right. A page is a stretch of its window's round, entered from the page tabs
    at its first widget, so there every step must go forward.
    """
    chain = tab_chain(root)
    wrong = []
    for before, after in zip(chain, chain[1:] + chain[:1] if goes_round else chain[1:]):
        a, b = places(before, after, root)
        if a.intersects(b) or a.contains(b) or b.contains(a):
            continue     # one inside the other, e.g. a button on a card: either order reads
        up = b.top() < a.top() - LINE and b.bottom() < a.bottom() - LINE
        same_line = not up and abs(b.center().y() - a.center().y()) <= LINE
        into_next_column = b.left() >= a.right() - LINE
        if (up and not into_next_column) or (same_line and b.right() < a.left() + LINE):
            wrong.append(f"{_label(before)} at {a.topLeft().toTuple()} → "
                         f"{_label(after)} at {b.topLeft().toTuple()}")
    return wrong if len(wrong) > 1 or not goes_round else []


@pytest.fixture
def main(make_window):
    window = with_maya(make_window(demo=True))
    window.resize(1100, 800)
    return window


PAGES = ["OverviewPage", "AboutChildPage", "JournalPage", "ContactsPage", "GuidePage",
         "BridgeBookPage", "RecordsPage"]


@pytest.mark.parametrize("name", PAGES)
def test_tab_follows_the_reading_order_on_the_page(name, main):
    page = show_page(main, name)
    assert len(tab_chain(page)) > 1
    assert steps_out_of_order(page, goes_round=False) == []


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_tab_follows_the_reading_order_in_the_dialog(spec, main, monkeypatch):
    seen = {}
    look_at_dialog(spec, main, monkeypatch,
                   lambda d: seen.update(wrong=steps_out_of_order(d), chain=len(tab_chain(d))))
    assert seen["chain"] > 1
    assert seen["wrong"] == []
