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
    QApplication.processEvents()
