"""The keyboard focus is visible: on the scroll areas Tab stops at, and on every button,
box, tab, list and text box of every page and dialog."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QScrollArea,
                               QTabBar, QWidget)
from test_focus_order import PAGES, tab_chain
from window_walk import DIALOGS, look_at_dialog, page_names, show_page, with_maya

from bfpp_desktop.ui.widgets.styles import contrast


@pytest.fixture
def main(make_window):
    window = with_maya(make_window(demo=True))
    window.activateWindow()
    return window


def test_a_focused_scroll_area_looks_focused(main):
    checked = 0
    for name in page_names(main):
        page = show_page(main, name)
        for area in page.findChildren(QScrollArea):
            if not area.isVisible() or not area.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            main.ui.childList.setFocus()
            QApplication.processEvents()
            before = area.grab().toImage()
            area.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert area.hasFocus()
            assert area.grab().toImage() != before, f"{name}: focus not shown"
            checked += 1
    assert checked >= 3


def test_the_focus_frame_leaves_what_the_scroll_area_holds_unstyled(main):
    # A style sheet on the area would style every widget inside it too (QStyleSheetStyle
    # for each, hundreds on a page): about 10 MB over the pages of a large folder.
    checked = 0
    for name in page_names(main):
        page = show_page(main, name)
        for area in page.findChildren(QScrollArea):
            if area.isVisible() and area.focusPolicy() & Qt.FocusPolicy.TabFocus:
                assert area.styleSheet() == "", name
                assert area.widget().style().metaObject().className() != "QStyleSheetStyle", name
                checked += 1
    assert checked >= 3


# A focus mark a person can find: enough of the control changes, and at 3:1 against what
# was there before (WCAG's contrast for parts of controls). Fusion's own mark on buttons
# is a faint tint, and on a default button (Save) or a flat one it is all but invisible.
MARK_CONTRAST = 3.0


def focus_mark(widget: QWidget) -> int:
    """How many pixels of *widget* change clearly when Tab brings the focus to it."""
    def look():
        # What pressing Tab does (and setFocus() undoes): the window shows focus marks.
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        QApplication.processEvents()
        return widget.grab().toImage()

    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    before = look()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    after = look()
    return sum(contrast(before.pixelColor(x, y), after.pixelColor(x, y)) >= MARK_CONTRAST
               for x in range(min(before.width(), after.width()))
               for y in range(min(before.height(), after.height())))


def unmarked(root: QWidget) -> list[str]:
    """The buttons, boxes, tabs, lists and text boxes Tab stops at in *root* whose focus
    cannot be seen."""
    found = []
    for widget in tab_chain(root):
        if not isinstance(widget, (QAbstractButton, QTabBar, QAbstractScrollArea)) \
                or isinstance(widget, QScrollArea):
            continue       # one-line fields draw their own focus frame; see above for areas
        side = min(widget.width(), widget.height())
        # Less than one line across it (a button shown only while a preview is being
        # made may have gone meanwhile).
        if focus_mark(widget) < side and widget.isVisible():
            words = getattr(widget, "text", lambda: "")() or widget.accessibleName()
            found.append(f"{type(widget).__name__}({words})")
    return found


@pytest.mark.parametrize("name", PAGES)
def test_the_focus_shows_on_every_button_of_the_page(name, main):
    assert unmarked(show_page(main, name)) == []


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_the_focus_shows_on_every_button_of_the_dialog(spec, main, monkeypatch):
    seen = {}
    look_at_dialog(spec, main, monkeypatch, lambda d: seen.update(unmarked=unmarked(d)))
    assert seen["unmarked"] == []


def test_lists_and_text_boxes_get_room_for_the_ring_without_a_metric_of_ours(main):
    """Qt asks the style for metrics while a widget is still being built; a Python
    pixelMetric() handed such a half-made widget corrupted the heap now and then (the
    journal benchmark crashed in one run of four). The room is made at polish."""
    from PySide6.QtWidgets import QListWidget

    from bfpp_desktop.ui.widgets.focus_style import RING, FocusRingStyle
    assert "pixelMetric" not in vars(FocusRingStyle)
    box = QListWidget(main)
    box.show()
    QApplication.processEvents()
    assert box.frameWidth() == RING
    box.style().unpolish(box)
    assert box.frameWidth() < RING
    box.deleteLater()
