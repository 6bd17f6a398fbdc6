"""On a person's page: the last journal entry they took part in, and the list of them all.

Opening one of the entries asks the main window (through entry_requested) to show it
on the Journal page, so this widget knows nothing about the window's tabs.
"""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.journal import EntrySummary
from bfpp_desktop.storage import journal as journal_store
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.journal.marks import kind_text
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactJournalLink(QWidget):
    entry_requested = Signal(int)

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.child: Child | None = None
        self.contact: Contact | None = None
        self.dialog: ContactEntriesDialog | None = None
        self.heading = QLabel(self.tr("In the journal"), self)
        make_heading(self.heading, 1.05)
        self.last_label = QLabel(self)
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_button = QPushButton(self)
        self.list_button.clicked.connect(self.show_entries)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.last_label)
        column.addLayout(row)
        self.setVisible(False)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def show_contact(self, child: Child | None, contact: Contact | None) -> None:
        self.child, self.contact = child, contact
        if child is None or contact is None or contact.id is None:
            self.setVisible(False)
            return
        db = self.context.db
        last = attempt(self, journal_store.last_entry_with_contact, db, contact.id, child.id,
                       self.today)
        count = attempt(self, journal_store.entries_with_contact, db, contact.id, child.id)
        count = len(count or [])
        if last is not None:
            self.last_label.setText(self.tr("Last in the journal: {date} — {title}").format(
                date=short_date(last.entry_date, self.today), title=_title(last)))
        elif count:
            self.last_label.setText(self.tr("Only in planned entries so far."))
        else:
            self.last_label.setText(self.tr(
                "Not part of a journal entry yet. When you write one, tick {name} under "
                "“Who took part”.").format(name=contact.name))
        if count:
            self.last_label.setStyleSheet("")
        else:
            make_hint(self.last_label)
        # The name stays out of the button so a long one cannot widen the page.
        self.list_button.setText(self.tr("Show all %n entries…", "", count))
        self.list_button.setToolTip(self.tr("The journal entries {name} took part in").format(
            name=contact.name))
        self.list_button.setVisible(count > 0)
        self.setVisible(True)

    def show_entries(self) -> "ContactEntriesDialog | None":
        if self.child is None or self.contact is None:
            return None
        entries = attempt(self, journal_store.entries_with_contact, self.context.db,
                          self.contact.id, self.child.id)
        if entries is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ContactEntriesDialog(self.contact.name, self.child.display_name,
                                           entries, self.today, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._on_dialog_gone)
        self.dialog.entry_chosen.connect(self.entry_requested)
        self.dialog.show()
        return self.dialog

    def _on_dialog_gone(self) -> None:
        self.dialog = None


def _title(entry: EntrySummary) -> str:
    return entry.title or entry.kind.label


class ContactEntriesDialog(QDialog):
    """The journal entries one person took part in, newest first; one opens in the journal."""
    entry_chosen = Signal(int)

    def __init__(self, person: str, child_name: str, entries: list[EntrySummary],
                 today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{child}'s journal with {person}").format(
            child=child_name, person=person))
        self.resize(560, 420)
        intro = QLabel(self.tr("Entries {person} took part in, newest first. Double-click "
                               "one to open it in the journal.").format(person=person), self)
        intro.setWordWrap(True)
        make_hint(intro)
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Journal entries"))
        for entry in entries:
            item = QListWidgetItem(f"{short_date(entry.entry_date, today)} — {_title(entry)}"
                                   f"  ·  {kind_text(entry.kind, entry.outcome)}", self.entries)
            item.setData(ENTRY_ID_ROLE, entry.id)
        self.entries.setCurrentRow(0)
        self.entries.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Open in the journal"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(lambda: self._open(self.entries.currentItem()))
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.entries, 1)
        column.addWidget(buttons)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.entry_chosen.emit(item.data(ENTRY_ID_ROLE))
        self.close()
