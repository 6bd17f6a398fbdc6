"""The monthly report's own words, where the report is prepared (the print center): what
the caregiver writes for the caseworker about the month the report is for, kept for that
child and month. For the caseworker only; no family's paper prints it."""
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QLabel, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import records as record_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.records import NOTE_LIMIT, first_of_month
from bfpp_desktop.storage import records as store
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.ui.widgets.formatting import month_year
from bfpp_desktop.ui.widgets.styles import make_hint
from bfpp_desktop.ui.widgets.tab_order import follow_layout

SHOWN_CHARACTERS = 160     # the start of the words, in the box


class MonthNoteDialog(QDialog):
    def __init__(self, child: Child, month: date, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your words for {month}").format(month=month_year(month)))
        self.setMinimumSize(520, 380)
        hint = QLabel(self.tr(
            "How the month went for {name}, what has changed, and what you need from the "
            "agency. These words go on the monthly report for the caseworker, never on "
            "anything for the family.").format(name=child.display_name), self)
        hint.setWordWrap(True)
        make_hint(hint)
        self.text = QPlainTextEdit(text, self)
        self.text.setAccessibleName(self.tr("Your words for the caseworker"))
        self.text.setTabChangesFocus(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        make_hint(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        follow_layout(self)
        self.text.setFocus()

    def words(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        if len(self.words()) > NOTE_LIMIT:
            self.message.setText(self.tr("Please keep this under {n:,} characters.").format(
                n=NOTE_LIMIT))
            return
        super().accept()


class MonthNoteBox(QGroupBox):
    """The words for one month: their start, and a button to write or change them."""

    changed = Signal()     # the words for the month shown were saved, changed or undone

    def __init__(self, context, child: Child, parent=None):
        super().__init__(self.tr("In your own words"), parent)
        self.context, self.child = context, child
        self.month: date | None = None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        make_hint(self.state)
        self.write_button = QPushButton(self)
        self.write_button.clicked.connect(self.write)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.write_button)
        context.signals.changes_applied.connect(self._on_changes)

    def _words(self) -> str:
        if self.month is None:
            return ""
        note = attempt(self, store.month_note, self.context.db, self.child.id, self.month)
        return note.text if note else ""

    def show_month(self, month: date | None) -> None:
        """Show the words for the month *month* is in (None: the dates cannot be read)."""
        self.month = first_of_month(month) if month else None
        self.write_button.setEnabled(self.month is not None)
        if self.month is None:
            self.state.setText(self.tr("Choose the dates first."))
            self.write_button.setText(self.tr("Write your words…"))
            return
        words, when = self._words(), month_year(self.month)
        if words:
            start = " ".join(words.split())
            if len(start) > SHOWN_CHARACTERS:
                start = start[:SHOWN_CHARACTERS].rsplit(" ", 1)[0] + " …"
            self.state.setText(self.tr("For {month}: “{words}”").format(month=when,
                                                                      words=start))
            self.write_button.setText(self.tr("Change your words for {month}…").format(
                month=when))
        else:
            self.state.setText(self.tr("Nothing written for {month} yet: the report leaves "
                                       "lines to write on by hand.").format(month=when))
            self.write_button.setText(self.tr("Write your words for {month}…").format(
                month=when))

    def write(self) -> None:
        if self.month is None:
            return
        dialog = MonthNoteDialog(self.child, self.month, self._words(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            perform(self.context, self, record_actions.save_month_note, self.child.id,
                    self.month, dialog.words())

    def _on_changes(self, changes: Changes) -> None:
        """Saved here, or undone from the main window's Edit > Undo."""
        if self.month is not None and changes.touches(Kind.RECORDS, self.child.id):
            self.show_month(self.month)
            self.changed.emit()
