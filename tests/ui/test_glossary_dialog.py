"""Help > Glossary lists the guide's words and filters as you type."""
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.ui.guide.glossary_dialog import GlossaryDialog


def test_lists_every_term_then_filters(qtbot):
    guide = load_guide()
    dialog = GlossaryDialog(guide)
    qtbot.addWidget(dialog)
    assert len(dialog.shown_terms) == len(guide.glossary)
    qtbot.keyClicks(dialog.filter_edit, "COMFORT")
    assert dialog.shown_terms == ["comfort call"]
    assert "first phone call" in dialog.body.toPlainText()


def test_filter_finds_other_names_and_says_when_nothing_matches(qtbot):
    guide = load_guide()
    dialog = GlossaryDialog(guide)
    qtbot.addWidget(dialog)
    dialog.filter_edit.setText("comfort calls")
    assert dialog.shown_terms == ["comfort call"]
    dialog.filter_edit.setText("zzzz")
    assert dialog.shown_terms == []
    assert "No word matches" in dialog.body.toPlainText()
    dialog.filter_edit.clear()
    assert len(dialog.shown_terms) == len(guide.glossary)


def test_help_menu_opens_the_glossary(make_window):
    window = make_window()
    window.glossary_action.trigger()
    assert window.glossary_dialog.isVisible()


def test_ctrl_f_goes_back_to_the_find_box(qtbot):
    from PySide6.QtCore import Qt

    dialog = GlossaryDialog(load_guide())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.filter_edit, "court")
    dialog.body.setFocus()
    qtbot.keyClick(dialog.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.filter_edit.hasFocus()
    assert dialog.filter_edit.selectedText() == "court"
