from datetime import date

from bfpp_desktop.core.children import Child, PermanencyGoal, PlacementType
from bfpp_desktop.ui.children.editor import ChildEditor

TODAY = date(2026, 11, 24)


def _editor(qtbot, child=None):
    editor = ChildEditor(None, child, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_empty_name_shows_a_message_next_to_the_field(qtbot):
    editor = _editor(qtbot)
    editor.ui.buttonBox.accepted.emit()
    assert editor.result() == 0
    assert editor.ui.fullNameError.isVisible()
    assert "name" in editor.ui.fullNameError.text()


def test_impossible_and_future_dates_are_explained(qtbot):
    editor = _editor(qtbot)
    qtbot.keyClicks(editor.ui.fullNameEdit, "Maya")
    qtbot.keyClicks(editor.ui.birthDateField.edit, "2023-02-30")
    qtbot.keyClicks(editor.ui.placementDateField.edit, "2030-01-01")
    editor.ui.buttonBox.accepted.emit()
    assert "28 days" in editor.ui.birthDateError.text()
    assert "future" in editor.ui.placementDateError.text()
    assert not editor.ui.fullNameError.isVisible()
    assert editor.result() == 0


def test_placement_before_birth_is_explained(qtbot):
    editor = _editor(qtbot)
    qtbot.keyClicks(editor.ui.fullNameEdit, "Maya")
    qtbot.keyClicks(editor.ui.birthDateField.edit, "2020-05-01")
    qtbot.keyClicks(editor.ui.placementDateField.edit, "2020-04-01")
    editor.ui.buttonBox.accepted.emit()
    assert "before the birth date" in editor.ui.placementDateError.text()


def test_fixing_the_problem_lets_it_save(qtbot):
    editor = _editor(qtbot)
    editor.ui.buttonBox.accepted.emit()
    qtbot.keyClicks(editor.ui.fullNameEdit, "Maya Ortiz")
    editor.ui.buttonBox.accepted.emit()
    assert editor.result() == 1
    assert editor.child().full_name == "Maya Ortiz"


def test_defaults_are_reunification_and_stage_one(qtbot):
    child = _editor(qtbot).child()
    assert child.permanency_goal is PermanencyGoal.REUNIFICATION
    assert child.stage == 1


def test_existing_child_loads_every_field(qtbot):
    child = Child(id=3, full_name="Amara Johnson", preferred_name="Amara", pronouns="she/her",
                  birth_date=date(2026, 3, 1), placement_date=date(2026, 7, 1),
                  placement_type=PlacementType.KINSHIP, stage=2, notes="With Grandma")
    assert _editor(qtbot, child).child() == child


def test_date_field_reads_back_the_date_in_words(qtbot):
    editor = _editor(qtbot)
    qtbot.keyClicks(editor.ui.birthDateField.edit, "2024-03-15")
    assert "2024" in editor.ui.birthDateField.reading.text()
    assert "15" in editor.ui.birthDateField.reading.text()
