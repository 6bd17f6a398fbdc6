"""Our details: the household's name, surname, phone and address for printouts."""
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from bfpp_desktop.core.household import Household
from bfpp_desktop.ui.styles import make_hint


class HouseholdEditor(QDialog):
    def __init__(self, household: Household, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Our details"))
        hint = QLabel(self.tr(
            "These can go on sheets you give to the child's family. With “Leave out our "
            "details” ticked, only the first line is printed."))
        make_hint(hint)
        self.household_name = QLineEdit(household.household_name)
        self.household_name.setPlaceholderText(self.tr("for example: Sam and Jo, or Grandma Denise"))
        self.surname = QLineEdit(household.surname)
        self.phone = QLineEdit(household.phone)
        self.address = QPlainTextEdit(household.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("What the family calls us"), self.household_name)
        form.addRow(self.tr("Surname"), self.surname)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def household(self) -> Household:
        return Household(household_name=self.household_name.text().strip(),
                         surname=self.surname.text().strip(),
                         phone=self.phone.text().strip(),
                         address=self.address.toPlainText().strip())
