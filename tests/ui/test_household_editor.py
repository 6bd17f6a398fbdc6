from PySide6.QtCore import QSettings

from bfpp_desktop.core.household import Household, household_from_settings, household_to_settings
from bfpp_desktop.ui.household_editor import HouseholdEditor


def test_editor_round_trips_our_details(qtbot, tmp_path):
    editor = HouseholdEditor(Household("Denise", "Walker", "555-0142", "3 Oak Road"))
    qtbot.addWidget(editor)
    editor.phone.setText("  555-0100 ")
    editor.address.setPlainText("3 Oak Road\nMaple Town\n")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    household_to_settings(settings, editor.household())
    again = household_from_settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again == Household("Denise", "Walker", "555-0100", "3 Oak Road\nMaple Town")
    assert again.lines_for_print(True) == ["Denise"]
    assert again.lines_for_print(False) == ["Denise Walker", "Phone: 555-0100", "3 Oak Road",
                                            "Maple Town"]
