from datetime import date

from bfpp_desktop.core.filing import Answer, Provenance
from bfpp_desktop.core.world import Section
from bfpp_desktop.ui.conversations.file_answers_dialog import FileAnswersDialog

WHEN = Provenance(who="Mom", note="comfort call", on=date(2026, 11, 20))
ANSWERS = [
    Answer("cc-food", "What does she like to eat?", "Mango", "like"),
    Answer("cc-sleep", "How does she fall asleep?", "Hall light on, one song", "routine"),
    Answer("cc-allergies", "Allergies?", "Peanuts", "health"),
    Answer("cc-how-are-you", "How are you?", "Tired but okay", ""),
]


def _dialog(qtbot):
    dialog = FileAnswersDialog(None, "Maya", 5, ANSWERS, WHEN)
    qtbot.addWidget(dialog)
    return dialog


def test_only_fileable_answers_are_offered_and_all_start_ticked(qtbot):
    dialog = _dialog(qtbot)
    assert [row.title.text() for row in dialog.rows] == ["Mango", "Hall light on, one song",
                                                         "Peanuts"]
    assert len(dialog.items_to_file()) == 3


def test_unticked_answers_are_not_filed_and_corrections_are_kept(qtbot):
    dialog = _dialog(qtbot)
    dialog.rows[0].use.setChecked(False)
    dialog.rows[1].title.setText("Hall light on, then one song")
    dialog.rows[2].place.setCurrentIndex(dialog.rows[2].place.findText("Care practices"))
    items = dialog.items_to_file()
    assert [i.title for i in items] == ["Hall light on, then one song", "Peanuts"]
    assert items[1].section is Section.CARE and not items[1].private
    assert all(i.source_note == "comfort call" and i.source_who == "Mom" for i in items)
