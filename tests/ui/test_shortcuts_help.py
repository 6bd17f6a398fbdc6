"""Help lists the keyboard shortcuts, read from the window's own menus."""
from PySide6.QtWidgets import QApplication

from bfpp_desktop.ui.shortcuts_dialog import ShortcutsDialog


def test_help_lists_every_menu_shortcut(make_window, monkeypatch):
    window = make_window(demo=True)
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda d: shown.append(d) or 0)
    assert window.shortcuts_action in window.ui.menuHelp.actions()
    window.shortcuts_action.trigger()
    words = shown[0].text.toPlainText()
    for action in (window.action_new_entry, window.print_action, window.ui.actionFind,
                   window.undo_action):
        assert action.shortcut().toString() in words
    assert window.action_new_entry.text().replace("&", "") in words
    assert "Tab" in words and "Escape" in words
    # The keys of the Records page's lists, which no menu shows.
    assert "Alt+Up, Alt+Down" in words and "Delete" in words and "lifebook page" in words
    QApplication.processEvents()


def test_keys_are_named_the_same_way_everywhere_in_spanish(qapp, make_window, monkeypatch):
    """Qt writes "Control+Mayúsculas+N" in Spanish; the app's texts and keyboards say
    "Ctrl", "Mayús", so the list does too."""
    from bfpp_desktop.ui.language import install_language
    install_language(qapp, "es")
    try:
        window = make_window(demo=True)
        shown = []
        monkeypatch.setattr(ShortcutsDialog, "exec", lambda d: shown.append(d) or 0)
        window.shortcuts_action.trigger()
        words = shown[0].text.toPlainText()
        assert "Ctrl+Mayús+N" in words and "Ctrl+Z" in words and "Ctrl+S" in words
        assert "Tab, Mayús+Tab" in words and "Esc" in words
        assert "Alt+Arriba, Alt+Abajo" in words
        assert "Control" not in words and "Mayúsculas" not in words
    finally:
        install_language(qapp, "en")
