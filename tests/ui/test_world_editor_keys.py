"""The about-the-child item dialog with the keyboard alone."""
from PySide6.QtCore import Qt

from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.world import Section, new_item
from bfpp_desktop.ui.world.editor import WorldItemEditor


def test_tab_reaches_the_doctor_from_people_right_after_the_kind(qtbot):
    doctor = Contact(name="Dr. Alan Reyes", role=Role.DOCTOR, id=7)
    dialog = WorldItemEditor(new_item(1, Section.HEALTH, kind="doctor"), lambda item: item,
                             contacts=[doctor])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.contact_combo      # it sits just below "Kind"
    qtbot.keyClick(dialog.contact_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.title_edit


def test_each_section_shows_only_its_own_fields(qtbot):
    shown = {}
    for section in Section:
        dialog = WorldItemEditor(new_item(1, section), lambda item: item)
        qtbot.addWidget(dialog)
        dialog.show()
        shown[section] = {name for name in ("time_edit", "steps_edit", "comfort_edit")
                          if getattr(dialog, name).isVisible()}
        assert not dialog.contact_combo.isVisible()        # no doctors in the People list
    assert shown == {Section.ROUTINE: {"time_edit", "steps_edit", "comfort_edit"},
                     Section.LIKES: {"comfort_edit"},
                     Section.CARE: {"time_edit", "steps_edit"},
                     Section.HEALTH: {"time_edit"},
                     Section.SCHOOL: {"time_edit"}}
