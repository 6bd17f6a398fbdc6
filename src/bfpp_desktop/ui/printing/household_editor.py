"""Our details: the household's name, surname, phone and address for printouts.

The fields are the Designer form forms/household_editor.ui; this module fills and reads it.
"""
from PySide6.QtWidgets import QDialog

from bfpp_desktop.core.household import Household
from bfpp_desktop.ui.widgets.sizing import fit_placeholder
from bfpp_desktop.ui.forms.ui_household_editor import Ui_HouseholdEditor
from bfpp_desktop.ui.widgets.styles import make_hint


class HouseholdEditor(QDialog):
    def __init__(self, household: Household, parent=None):
        super().__init__(parent)
        self.ui = Ui_HouseholdEditor()
        self.ui.setupUi(self)
        make_hint(self.ui.hintLabel)
        # The names the print center's tests fill the dialog by.
        self.household_name, self.surname = self.ui.householdNameEdit, self.ui.surnameEdit
        fit_placeholder(self.household_name)
        self.phone, self.address = self.ui.phoneEdit, self.ui.addressEdit
        # Four lines of the address show, in whatever font size the caregiver uses.
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.household_name.setText(household.household_name)
        self.surname.setText(household.surname)
        self.phone.setText(household.phone)
        self.address.setPlainText(household.address)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def household(self) -> Household:
        return Household(household_name=self.household_name.text().strip(),
                         surname=self.surname.text().strip(),
                         phone=self.phone.text().strip(),
                         address=self.address.toPlainText().strip())
