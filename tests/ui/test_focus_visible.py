"""The keyboard focus is visible on the scroll areas Tab stops at, on every page."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from window_walk import page_names, show_page, with_maya


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
