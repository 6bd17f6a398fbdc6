"""Say why a dose was not given: missed or refused, and a few words why."""
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit)

from bfpp_desktop.core.records import Dose, DoseStatus, validate_dose
from bfpp_desktop.ui.widgets.styles import make_hint


class NotGivenDialog(QDialog):
    def __init__(self, dose: Dose, parent=None):
        super().__init__(parent)
        self.dose = dose
        self.setWindowTitle(self.tr("{medicine} not given").format(medicine=dose.medicine))
        self.setMinimumWidth(420)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("What happened"))
        for status in (DoseStatus.REFUSED, DoseStatus.MISSED):
            self.status.addItem(status.label, status)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setPlaceholderText(self.tr("e.g. spat it out; we were away from home"))
        self.message = QLabel(self)
        make_hint(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What happened"), self.status)
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(self.message)
        form.addRow(buttons)

    def result_dose(self) -> Dose:
        return self.dose.copy(status=self.status.currentData(), reason=self.reason.text().strip())

    def accept(self) -> None:
        problems = validate_dose(self.result_dose())
        if problems:
            self.message.setText(next(iter(problems.values())))
            return
        super().accept()
