"""Help > Keyboard shortcuts: every key the window answers to, read from its own menus.

The menu actions are listed as they are, so a shortcut added anywhere shows up here
without being written down twice; the keys Qt gives every window are added in words.
"""
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout

from bfpp_desktop.ui.widgets.tab_order import follow_layout


# The keys Qt gives every window, in words (translated where they are shown).
EVERYWHERE = [
    (QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or previous control")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Space"),
     QT_TRANSLATE_NOOP("Shortcuts", "Press the button, or tick the box, that has the focus")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
     QT_TRANSLATE_NOOP("Shortcuts", "Open the selected item in a list")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab, Ctrl+Shift+Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or previous page of tabs")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Alt"),
     QT_TRANSLATE_NOOP("Shortcuts", "Open the menus; the underlined letter in a name chooses it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Escape"),
     QT_TRANSLATE_NOOP("Shortcuts", "Close a window without saving")),
]


def _everywhere() -> list[tuple[str, str]]:
    return [(QCoreApplication.translate("Shortcuts", keys),
             QCoreApplication.translate("Shortcuts", what)) for keys, what in EVERYWHERE]


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut in *menus* and their submenus."""
    found = []
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                found += menu_shortcuts([action.menu()])
            elif not action.shortcut().isEmpty():
                found.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                              action.text().replace("&&", "\0").replace("&", "")
                              .replace("\0", "&")))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, menus: list[QMenu], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 480)
        self.rows = menu_shortcuts(menus) + _everywhere()
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Keyboard shortcuts"))
        cells = "".join(f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td>"
                        f"<td>{escape(what)}</td></tr>" for keys, what in self.rows)
        intro = self.tr("Everything in this app can be done with the keyboard.")
        self.text.setHtml(f"<p>{escape(intro)}</p><table>{cells}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        follow_layout(self)


def shortcuts_action(window) -> QAction:
    """The Help menu's entry that opens the list for *window*'s menu bar."""
    action = QAction(QCoreApplication.translate("Shortcuts", "&Keyboard shortcuts"), window)
    action.triggered.connect(lambda: ShortcutsDialog(
        [a.menu() for a in window.menuBar().actions() if a.menu() is not None], window).exec())
    return action
