"""An evening with the guide: tick a step, write a reflection and a plan, move on a stage,
close the app, and find it all again."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bfpp_desktop.core.stage_progress import PlanKind
from bfpp_desktop.ui.guide.page import GuidePage
from bfpp_desktop.ui.children.overview_page import OverviewPage
from typing_helpers import type_text


def _page(window, cls):
    page = next(p for p in window.pages if isinstance(p, cls))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _select(window, name):
    row = next(i for i in range(window.model.rowCount())
               if window.model.child_at(i).display_name == name)
    window.select_child(window.model.child_at(row).id)


def test_guide_work_is_there_after_a_restart(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    window = make_window(demo=True)
    _select(window, "Leo")
    overview = _page(window, OverviewPage)
    assert "Icebreaker meeting" in [row.item.title for row in overview.due_section.rows]
    qtbot.mouseClick(overview.due_section.guide_button, Qt.MouseButton.LeftButton)
    guide = window.ui.childTabs.currentWidget()
    assert isinstance(guide, GuidePage)

    qtbot.mouseClick(guide.view.rows["s1-bring-something"].check, Qt.MouseButton.LeftButton)
    guide.show_reflections()
    box = guide.view.boxes["concrete-support"]
    type_text(qtbot, box.edit, "Offered Leo’s mom a lift on Saturday.")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)

    guide.show_stage(3)
    qtbot.mouseClick(guide.view.move_button, Qt.MouseButton.LeftButton)
    assert window.current_child().stage == 3
    assert "Stage 3" in window.ui.childList.currentIndex().data()
    guide = _page(window, GuidePage)
    qtbot.mouseClick(guide.view.plan_buttons[PlanKind.TRANSITION], Qt.MouseButton.LeftButton)
    type_text(qtbot, guide.plan_dialog.edits["tp-goodbye"], "A picnic with Maya and the bear.")
    window.close()                       # the plan window is still open: closing keeps it

    again = make_window()
    _select(again, "Leo")
    guide = _page(again, GuidePage)
    assert guide.sections.currentRow() == 2
    assert "Leo is here" in guide.sections.item(2).text()
    guide.show_stage(1)
    assert guide.view.rows["s1-bring-something"].check.isChecked()
    guide.show_reflections()
    assert "a lift on Saturday" in guide.view.boxes["concrete-support"].earlier[0].text()
    guide.show_stage(3)
    dialog = guide.open_plan(PlanKind.TRANSITION)
    assert dialog.edits["tp-goodbye"].toPlainText() == "A picnic with Maya and the bear."
    dialog.accept()


def test_a_printout_in_the_guide_opens_the_print_center_on_it(make_window, qtbot):
    window = make_window(demo=True)
    _select(window, "Maya")
    guide = _page(window, GuidePage)
    guide.show_stage(1)
    qtbot.mouseClick(guide.view.printout_buttons["comfort-call"], Qt.MouseButton.LeftButton)
    center = window.print_center
    assert center is not None and center.isVisible()
    assert center.child.id == window.current_child().id
    assert center.spec.id == "comfort-call"
    center.close()
