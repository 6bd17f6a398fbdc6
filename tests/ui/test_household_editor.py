from bfpp_desktop.core.household import Household
from bfpp_desktop.storage.household import get_household, has_saved, save_household
from bfpp_desktop.ui.printing.household_editor import HouseholdEditor


def test_editor_round_trips_our_details_through_the_database(qtbot, db):
    assert get_household(db) == Household() and not has_saved(db)
    editor = HouseholdEditor(Household("Denise", "Walker", "555-0142", "3 Oak Road"))
    qtbot.addWidget(editor)
    editor.phone.setText("  555-0100 ")
    editor.address.setPlainText("3 Oak Road\nMaple Town\n")
    save_household(db, editor.household())
    again = get_household(db)
    assert again == Household("Denise", "Walker", "555-0100", "3 Oak Road\nMaple Town")
    assert again.lines_for_print(True) == ["Denise"]
    assert again.lines_for_print(False) == ["Denise Walker", "Phone: 555-0100", "3 Oak Road",
                                            "Maple Town"]
    shown = HouseholdEditor(again)
    qtbot.addWidget(shown)
    assert shown.household() == again
