"""Ctrl+P on any page of the real window opens the print center on the sheet that fits it."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from bfpp_desktop.core.bridge_book import BridgePage
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.reports.catalogue import ForWhom
from bfpp_desktop.storage.bridge_book import add_page
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.ui.printing.print_center import FOR_WHOM_ROLE

from print_helpers import pdf_text, wait_ready


@pytest.fixture
def window(make_window, db):
    maya = add_child(db, Child(full_name="Maya Ortiz", preferred_name="Maya", stage=2,
                               placement_date=date(2026, 10, 1)))
    for letter in ("The first page, long ago.", "The newest page, this week."):
        add_page(db, BridgePage(child_id=maya.id, prepared_on=date(2026, 11, 1),
                                to_name="Rosa", letter=letter))
    window = make_window()
    window.select_child(maya.id)
    return window


def _tab(window, object_name: str) -> int:
    return next(i for i, page in enumerate(window.pages)
                if type(page).__name__ == object_name)


def press_ctrl_p(qtbot, window, tab: int):
    """Show *tab*, press Ctrl+P on it, and return the print center that opened."""
    window.ui.childTabs.setCurrentIndex(tab)
    before = window.print_center
    qtbot.keyClick(window.ui.childTabs.currentWidget(), Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)
    center = window.print_center
    assert center is not None and center is not before and center.isVisible()
    return center


def test_ctrl_p_on_each_page_opens_the_fitting_document(qtbot, window):
    guide = load_guide()
    stage_two_sheet = guide.stage(2).printouts[0]
    expected = {
        "AboutChildPage": "routine-sheet",
        "JournalPage": "journal-summary",
        "BridgeBookPage": "bridge-book",
        "RecordsPage": "monthly-report",
        # Pages with no sheet of their own: the one the guide offers first for her stage.
        "OverviewPage": stage_two_sheet,
        "ContactsPage": stage_two_sheet,
        "GuidePage": stage_two_sheet,       # it opens on her stage
    }
    assert set(expected) == {type(p).__name__ for p in window.pages}
    for name, doc_id in expected.items():
        center = press_ctrl_p(qtbot, window, _tab(window, name))
        assert center.spec.id == doc_id, name
        selected = center.document_list.currentItem()
        assert selected.isSelected()
        assert selected.data(FOR_WHOM_ROLE) is (ForWhom.CAREGIVER if name == "RecordsPage"
                                                else ForWhom.BIRTH_FAMILY), name
    wait_ready(qtbot, center)


def test_ctrl_p_on_the_guide_opens_the_sheet_of_the_stage_on_screen(qtbot, window):
    guide_tab = _tab(window, "GuidePage")
    guide_page = window.pages[guide_tab]
    window.ui.childTabs.setCurrentIndex(guide_tab)
    for stage in load_guide().stages:
        guide_page.show_stage(stage.number)
        center = press_ctrl_p(qtbot, window, guide_tab)
        assert center.spec.id == stage.printouts[0], stage.number
    assert [s.printouts[0] for s in load_guide().stages] == [
        "comfort-call", "routine-sheet", "journal-summary", "contact-plan"]
    guide_page.show_reflections()     # not a stage: the child's own stage
    assert press_ctrl_p(qtbot, window, guide_tab).spec.id == "routine-sheet"
    wait_ready(qtbot, window.print_center)


def test_ctrl_p_on_the_bridge_book_prints_the_newest_page(qtbot, window):
    center = press_ctrl_p(qtbot, window, _tab(window, "BridgeBookPage"))
    assert center.spec.id == "bridge-book" and center.page_number is None
    wait_ready(qtbot, center)
    text = pdf_text(center.current_pdf)
    assert "The newest page, this week." in text
    assert "The first page, long ago." not in text
