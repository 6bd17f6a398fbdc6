"""The dialog for adding or changing a person in a child's circle.

Its fixed fields are the Designer form forms/contact_editor.ui; the phone rows and the
"In the circle of" ticks depend on the person and the children, so they are added here.
"""
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QWidget)

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role, validate_contact
from bfpp_desktop.ui.forms.ui_contact_editor import Ui_ContactEditor
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message


class ContactEditor(QDialog):
    """Edits a contact's details. When adding, also asks which children the person is for."""

    def __init__(self, parent=None, contact: Contact | None = None,
                 children: list[Child] | None = None):
        super().__init__(parent)
        self.ui = Ui_ContactEditor()
        self.ui.setupUi(self)
        self._original = contact
        self.setWindowTitle(self.tr("Person's details") if contact and contact.id
                            else self.tr("Add a person"))
        fit_to_screen(self, 560, 680)
        ui = self.ui
        # The names the contacts page and the tests drive the dialog by.
        self.name_edit, self.role_combo, self.relation_edit = (
            ui.nameEdit, ui.roleCombo, ui.relationEdit)
        self.email_edit, self.reach_times_edit, self.share_check = (
            ui.emailEdit, ui.reachTimesEdit, ui.shareCheck)
        self.placed_with_edit, self.placed_with_phone_edit = (
            ui.placedWithEdit, ui.placedWithPhoneEdit)
        self.buttons = ui.buttonBox
        self.errors = {"name": ui.nameError, "role_other": ui.roleOtherError,
                       "phones": ui.phonesError, "email": ui.emailError,
                       "placed_with_phone": ui.placedWithPhoneError, "notes": ui.notesError}
        self.phone_rows: list[tuple[QComboBox, QLineEdit]] = []

        # Qt turns str-based enums into plain strings, so the combos hold the values.
        for role in Role:
            ui.roleCombo.addItem(role.label, role.value)
        for way in ReachBy:
            ui.reachCombo.addItem(way.label, way.value)
        make_hint(ui.shareHint)
        ui.addPhoneButton.clicked.connect(lambda: self._add_phone_row(Phone("", "")))

        # Children the person is for: only when adding; later changes go through the page.
        self.child_checks: dict[int, QCheckBox] = {}
        if children and not (contact and contact.id):
            circle = QLabel(self.tr("In the circle of"), ui.formContainer)
            make_heading(circle, 1.0)
            ui.form.addRow(circle)
            before: QWidget = ui.notesEdit
            for child in children:
                check = QCheckBox(child.display_name, ui.formContainer)
                check.setChecked(bool(contact and child.id in contact.child_ids))
                self.child_checks[child.id] = check
                ui.form.addRow("", check)
                QWidget.setTabOrder(before, check)      # after the notes, before Save
                before = check

        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.accepted.connect(self._on_save)
        ui.buttonBox.rejected.connect(self.reject)

        self._show_problems({})
        ui.roleCombo.currentIndexChanged.connect(self._on_role_changed)
        self._load(contact or Contact(name="", role=Role.BIRTH_PARENT))

    def _add_phone_row(self, phone: Phone) -> None:
        container = self.ui.formContainer
        label = QComboBox(container)
        label.setEditable(True)
        label.addItems(["", self.tr("mobile"), self.tr("home"), self.tr("work"),
                        self.tr("office")])
        label.setCurrentText(phone.label)
        # Wide enough to read "mobile" or "Grandma's work" at a glance.
        label.setMinimumContentsLength(8)
        label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setToolTip(self.tr("What kind of number"))
        label.setAccessibleName(label.toolTip())
        number = QLineEdit(phone.number, container)
        number.setPlaceholderText(self.tr("As you would dial it"))
        number.setAccessibleName(self.tr("Phone number"))
        # Tab goes through the numbers in order, before "Add another number".
        before = self.phone_rows[-1][1] if self.phone_rows else self.ui.relationEdit
        QWidget.setTabOrder(before, label)
        QWidget.setTabOrder(label, number)
        row = len(self.phone_rows)
        self.ui.phoneGrid.addWidget(label, row, 0)
        self.ui.phoneGrid.addWidget(number, row, 1)
        self.phone_rows.append((label, number))

    def _on_role_changed(self) -> None:
        # Whole rows are hidden so they leave no gap in the form.
        role = Role(self.role_combo.currentData())
        self.ui.form.setRowVisible(self.ui.roleOtherEdit, role is Role.OTHER)
        self.ui.form.setRowVisible(self.placed_with_edit, role is Role.SIBLING)
        self.ui.form.setRowVisible(self.placed_with_phone_edit, role is Role.SIBLING)

    def _load(self, contact: Contact) -> None:
        self.name_edit.setText(contact.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(contact.role.value))
        self.ui.roleOtherEdit.setText(contact.role_other)
        self.relation_edit.setText(contact.relation)
        for phone in contact.phones or [Phone(self.tr("mobile"), "")]:
            self._add_phone_row(phone)
        self.email_edit.setText(contact.email)
        self.ui.addressEdit.setPlainText(contact.address)
        self.ui.reachCombo.setCurrentIndex(self.ui.reachCombo.findData(contact.reach_by.value))
        self.reach_times_edit.setText(contact.reach_times)
        self.ui.languageEdit.setText(contact.language)
        self.placed_with_edit.setText(contact.placed_with)
        self.placed_with_phone_edit.setText(contact.placed_with_phone)
        self.share_check.setChecked(contact.may_share)
        self.ui.notesEdit.setPlainText(contact.notes)
        self._on_role_changed()
        # Show each long entry (an email, "weekday evenings after 6…") from its start.
        for edit in self.findChildren(QLineEdit):
            edit.home(False)

    def contact(self) -> Contact:
        base = self._original or Contact(name="")
        role = Role(self.role_combo.currentData())
        sibling = role is Role.SIBLING
        return base.copy(
            name=self.name_edit.text(),
            role=role,
            role_other=self.ui.roleOtherEdit.text() if role is Role.OTHER else "",
            relation=self.relation_edit.text(),
            phones=[Phone(label.currentText().strip(), number.text().strip())
                    for label, number in self.phone_rows if number.text().strip()],
            email=self.email_edit.text(),
            address=self.ui.addressEdit.toPlainText(),
            reach_by=ReachBy(self.ui.reachCombo.currentData()),
            reach_times=self.reach_times_edit.text(),
            language=self.ui.languageEdit.text(),
            placed_with=self.placed_with_edit.text() if sibling else "",
            placed_with_phone=self.placed_with_phone_edit.text() if sibling else "",
            may_share=self.share_check.isChecked(),
            notes=self.ui.notesEdit.toPlainText(),
            child_ids=([cid for cid, check in self.child_checks.items() if check.isChecked()]
                       if self.child_checks else base.child_ids),
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            show_field_message(label, problems.get(key))
            self.ui.form.setRowVisible(label, key in problems)

    def _on_save(self) -> None:
        problems = validate_contact(self.contact())
        self._show_problems(problems)
        if problems:
            first = next(iter(problems))
            {"name": self.name_edit, "role_other": self.ui.roleOtherEdit,
             "email": self.email_edit, "notes": self.ui.notesEdit,
             "placed_with_phone": self.placed_with_phone_edit}.get(
                first, self.name_edit).setFocus()
            return
        self.accept()
