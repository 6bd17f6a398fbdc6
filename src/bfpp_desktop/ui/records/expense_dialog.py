"""An expense for reimbursement, with an optional photo of the receipt (copied in and
cleaned like every photo). A new expense, or one saved before to change."""
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from bfpp_desktop.core.records import Expense, money, parse_money
from bfpp_desktop.ui.records.record_dialog import RecordDialog
from bfpp_desktop.ui.widgets.photo_import import PhotoImport
from bfpp_desktop.ui.widgets.sizing import fit_placeholder


class ExpenseDialog(RecordDialog):
    def __init__(self, context, child_id: int, day, parent=None,
                 expense: Expense | None = None):
        super().__init__(self.tr("An expense"), expense.spent_on if expense else day, parent)
        self.context, self.child_id, self.expense = context, child_id, expense
        self.receipt = expense.receipt_photo if expense else ""
        self._imported: list[str] = []
        # A receipt copied in is held while the dialog is open; the sweep takes it after,
        # unless the saved expense refers to it.
        self.destroyed.connect(lambda *_a, photos=context.photos, names=self._imported:
                               photos.release(child_id, names))
        self.description = QLineEdit(self)
        self.description.setAccessibleName(self.tr("What for"))
        self.description.setPlaceholderText(self.tr("e.g. school shoes; bus fare to family "
                                                    "time"))
        fit_placeholder(self.description)
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("e.g. 12.50"))
        self.receipt_button = QPushButton(self.tr("Add a photo of the receipt…"), self)
        self.receipt_button.clicked.connect(self._choose_receipt)
        self.receipt_state = QLabel(self.tr("Receipt added") if self.receipt
                                    else self.tr("No receipt"), self)
        if expense is not None:
            self.description.setText(expense.description)
            self.amount.setText(money(expense.amount_cents))
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addWidget(self.receipt_state, 1)
        self.form.addRow(self.tr("What for"), self.description)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Receipt"), receipt_row)
        self.finish_layout()

    def _choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The receipt's photo"), "",
                                              self.tr("Photos (*.jpg *.jpeg *.png)"))
        if path:
            self.add_receipt_file(path)

    def add_receipt_file(self, path: str) -> PhotoImport:
        job = PhotoImport(self.context.photos, self.child_id, [path], self)
        job.added.connect(self._on_added)
        job.failed.connect(lambda _p, error: self.say(str(error)))
        self.receipt_state.setText(self.tr("Adding the photo…"))
        job.start()
        return job

    def _on_added(self, _path: str, name: str) -> None:
        self._imported.append(name)
        self.receipt = name
        self.receipt_state.setText(self.tr("Receipt added"))

    def record(self) -> Expense | None:
        if not self.description.text().strip():
            self.say(self.tr("Please say what it was for."))
            return None
        try:
            cents = parse_money(self.amount.text())
        except ValueError as exc:
            self.say(str(exc))
            return None
        return Expense(child_id=self.child_id, spent_on=self.day(),
                       description=self.description.text().strip(), amount_cents=cents,
                       receipt_photo=self.receipt,
                       id=self.expense.id if self.expense else None)
