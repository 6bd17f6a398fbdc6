"""What the record dialogs share: a date, a form, a plain message and Save/Cancel; Save
keeps the dialog open until the record reads well."""
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from bfpp_desktop.core.dates import DateError
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.styles import make_hint


class RecordDialog(QDialog):
    DATE_REQUIRED = True

    def __init__(self, title: str, day: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.date = DateField(self)
        self.date.set_date(day)
        self.date.setAccessibleName(self.tr("Date"))
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Date"), self.date)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        make_hint(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        follow_layout(self)   # the date comes first on screen, though made before the rest

    def day(self) -> date | None:
        try:
            return self.date.date()
        except DateError:
            return None

    def record(self):
        """The record typed, or None after saying in self.message what needs fixing."""
        raise NotImplementedError

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _date_is_wrong(self) -> bool:
        if not self.date.text().strip():
            return self.DATE_REQUIRED
        return self.day() is None

    def accept(self) -> None:
        if self._date_is_wrong():
            self.say(self.tr("Please write the date as year-month-day, for example "
                             "2026-10-14."))
            return
        if self.record() is not None:
            super().accept()
