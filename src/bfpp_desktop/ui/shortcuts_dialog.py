"""Help > Keyboard shortcuts: every key the window answers to, read from its own menus.

The menu actions are listed as they are, so a shortcut added anywhere shows up here
without being written down twice; the keys every window answers to are added.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout

from bfpp_desktop.ui.widgets.tab_order import follow_layout


# Key names as they are printed on keyboards and written in the app's own texts ("Ctrl+Z"):
# Qt's own words differ by language ("Control+Mayúsculas+N" beside our "Ctrl+Z").
KEY_NAMES = {
    "Ctrl": QT_TRANSLATE_NOOP("Keys", "Ctrl"),
    "Shift": QT_TRANSLATE_NOOP("Keys", "Shift"),
    "Alt": QT_TRANSLATE_NOOP("Keys", "Alt"),
    "Tab": QT_TRANSLATE_NOOP("Keys", "Tab"),
    "Space": QT_TRANSLATE_NOOP("Keys", "Space"),
    "Return": QT_TRANSLATE_NOOP("Keys", "Enter"),
    "Esc": QT_TRANSLATE_NOOP("Keys", "Escape"),
    "Up": QT_TRANSLATE_NOOP("Keys", "Up"),
    "Down": QT_TRANSLATE_NOOP("Keys", "Down"),
    "Del": QT_TRANSLATE_NOOP("Keys", "Delete"),
}

# The keys every window answers to without a menu of their own.
EVERYWHERE = [
    (("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or previous control")),
    (("Space",),
     QT_TRANSLATE_NOOP("Shortcuts", "Press the button, or tick the box, that has the focus")),
    (("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Open the selected item in a list")),
    (("Ctrl+Tab", "Ctrl+Shift+Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or previous page of tabs")),
    (("Ctrl+S",), QT_TRANSLATE_NOOP("Shortcuts", "Save the journal entry you are writing")),
    (("Alt",),
     QT_TRANSLATE_NOOP("Shortcuts", "Open the menus; the underlined letter in a name chooses it")),
    (("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Close a window without saving")),
    (("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Delete the trip or expense chosen in Records "
                                              "(it asks first)")),
    (("Alt+Up", "Alt+Down"),
     QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen lifebook page earlier or later")),
]


def key_words(keys: QKeySequence) -> str:
    """'Ctrl+Shift+N', with the key names in the app's language ('Ctrl+Mayús+N')."""
    def named(chord: str) -> str:
        return "+".join(QCoreApplication.translate("Keys", KEY_NAMES[part])
                        if part in KEY_NAMES else part for part in chord.split("+"))
    return ", ".join(named(chord) for chord in
                     keys.toString(QKeySequence.SequenceFormat.PortableText).split(", "))


def _everywhere() -> list[tuple[str, str]]:
    return [(", ".join(key_words(QKeySequence(k)) for k in keys),
             QCoreApplication.translate("Shortcuts", what)) for keys, what in EVERYWHERE]


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut in *menus* and their submenus."""
    found = []
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                found += menu_shortcuts([action.menu()])
            elif not action.shortcut().isEmpty():
                found.append((key_words(action.shortcut()),
                              action.text().replace("&&", "\0").replace("&", "")
                              .replace("\0", "&")))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, menus: list[QMenu], parent=None):
        from html import escape   # loaded when the list is first shown, not at every start
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
