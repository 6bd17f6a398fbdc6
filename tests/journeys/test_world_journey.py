"""A caregiver writes down what Mom shared about bedtime, likes and hair care, and finds it
all again, in order and with its source, after restarting the app."""
from PySide6.QtCore import Qt
from world_helpers import script_editors, type_into

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.world import Section, Source
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.ui.world.page import AboutChildPage


def _about_page(window) -> AboutChildPage:
    page = next(p for p in window.pages if isinstance(p, AboutChildPage))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _from_mom(qtbot, editor, when="2026-03-03"):
    editor.source_combo.setCurrentIndex(editor.source_combo.findData(Source.BIRTH_PARENT))
    type_into(qtbot, editor.who_edit, "Mom")
    type_into(qtbot, editor.source_date.edit, when)


def test_bedtime_likes_and_hair_care_survive_a_restart(make_window, data_dir, qtbot,
                                                       monkeypatch):
    db = open_database(paths.database_path(data_dir))
    add_child(db, Child(full_name="Maya Rodríguez Ortiz", preferred_name="Maya"))
    db.close()

    window = make_window()
    page = _about_page(window)
    assert window.ui.childTabs.tabText(window.ui.childTabs.currentIndex()) == "About Maya"
    editors = script_editors(monkeypatch, qtbot)

    def bedtime(editor):
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("bedtime"))
        type_into(qtbot, editor.title_edit, "Bedtime")
        type_into(qtbot, editor.time_edit, "19:30-20:00")
        type_into(qtbot, editor.steps_edit, "Pyjamas and teeth\nTwo books\nMom's song")
        type_into(qtbot, editor.comfort_edit, "purple rabbit")
        _from_mom(qtbot, editor)

    def like(title):
        def fill(editor):
            type_into(qtbot, editor.title_edit, title)
            _from_mom(qtbot, editor)
        return fill

    def hair(editor):
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("hair"))
        type_into(qtbot, editor.title_edit, "Wash and detangle curls")
        type_into(qtbot, editor.details_edit, "Sundays, leave-in conditioner, wide comb")
        _from_mom(qtbot, editor)

    editors.extend([bedtime, like("Mango"), like("Drawing with markers"), hair])
    qtbot.mouseClick(page.sections[Section.ROUTINE].add_button, Qt.MouseButton.LeftButton)
    page.sections[Section.LIKES].add_button.click()
    page.sections[Section.LIKES].add_button.click()
    page.sections[Section.CARE].add_button.click()
    assert editors == []
    # Ctrl+Z takes back the last addition; redo puts it back.
    window.undo_action.trigger()
    assert page.sections[Section.CARE].rows == []
    window.redo_action.trigger()
    assert [r.item.kind for r in page.sections[Section.CARE].rows] == ["hair"]
    window.close()

    window = make_window()
    page = _about_page(window)
    [routine] = page.sections[Section.ROUTINE].rows
    assert routine.item.steps == ["Pyjamas and teeth", "Two books", "Mom's song"]
    assert routine.item.time_text == "19:30–20:00"
    assert routine.item.comfort_items == ["purple rabbit"]
    assert [r.item.title for r in page.sections[Section.LIKES].rows] == [
        "Mango", "Drawing with markers"]
    [care] = page.sections[Section.CARE].rows
    assert care.item.kind == "hair" and "leave-in" in care.item.details
    for box in (Section.ROUTINE, Section.LIKES, Section.CARE):
        for row in page.sections[box].rows:
            assert row.source_label.text() == "from Mom, 3 Mar"
            assert row.privacy_label.text() == "Shareable"
    assert "Pyjamas and teeth" in routine.text_label.text()
    # Ctrl+F (Edit > Find) goes to this page's filter box.
    window.ui.actionFind.trigger()
    assert window.focusWidget() is page.filter_edit
