"""The dialog for adding or changing a person in a child's circle."""
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role, validate_contact
from bfpp_desktop.ui.sizing import fit_to_screen
from bfpp_desktop.ui.styles import make_heading, make_hint, show_field_message


class ContactEditor(QDialog):
    """Edits a contact's details. When adding, also asks which children the person is for."""

    def __init__(self, parent=None, contact: Contact | None = None,
                 children: list[Child] | None = None):
        super().__init__(parent)
        self._original = contact
        self.setWindowTitle(self.tr("Person's details") if contact and contact.id
                            else self.tr("Add a person"))
        fit_to_screen(self, 560, 680)

        self.name_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        # Qt turns str-based enums into plain strings, so the combos hold the values.
        for role in Role:
            self.role_combo.addItem(role.label, role.value)
        self.role_other_edit = QLineEdit(self)
        self.role_other_edit.setPlaceholderText(self.tr("For example: pastor, coach, neighbour"))
        self.relation_edit = QLineEdit(self)
        self.relation_edit.setPlaceholderText(self.tr("For example: Mom, Maya's teacher"))

        self.phone_grid = QGridLayout()
        self.phone_rows: list[tuple[QComboBox, QLineEdit]] = []
        self.add_phone_button = QPushButton(self.tr("Add another number"), self)
        self.add_phone_button.clicked.connect(lambda: self._add_phone_row(Phone("", "")))

        self.email_edit = QLineEdit(self)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setFixedHeight(64)
        self.reach_combo = QComboBox(self)
        for way in ReachBy:
            self.reach_combo.addItem(way.label, way.value)
        self.reach_times_edit = QLineEdit(self)
        self.reach_times_edit.setPlaceholderText(self.tr("For example: weekday evenings after 6"))
        self.language_edit = QLineEdit(self)
        self.placed_with_edit = QLineEdit(self)
        self.placed_with_edit.setPlaceholderText(self.tr("Who cares for them now"))
        self.placed_with_phone_edit = QLineEdit(self)
        self.share_check = QCheckBox(self.tr("Their details may be shared"), self)
        self.share_hint = QLabel(self.tr(
            "Tick this only when the person (or their office) agreed, for example when a "
            "birth parent said their number may be given to you. Unticked details stay on "
            "this computer and are left off printouts unless you choose otherwise."), self)
        make_hint(self.share_hint)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setFixedHeight(90)
        self.notes_edit.setPlaceholderText(self.tr("Only for you; never printed or exported."))

        self.errors = {key: QLabel(self) for key in
                       ("name", "role_other", "phones", "email", "placed_with_phone", "notes")}
        for label in self.errors.values():
            label.setWordWrap(True)

        form = self.form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("Role"), self.role_combo)
        self.role_other_label = QLabel(self.tr("In your words"), self)
        form.addRow(self.role_other_label, self.role_other_edit)
        form.addRow("", self.errors["role_other"])
        form.addRow(self.tr("Relation to the child"), self.relation_edit)
        form.addRow(self.tr("Phone numbers"), self.phone_grid)
        form.addRow("", self.add_phone_button)
        form.addRow("", self.errors["phones"])
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow("", self.errors["email"])
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Best way to reach"), self.reach_combo)
        form.addRow(self.tr("Best times"), self.reach_times_edit)
        form.addRow(self.tr("Language"), self.language_edit)
        self.placed_with_label = QLabel(self.tr("Lives with"), self)
        form.addRow(self.placed_with_label, self.placed_with_edit)
        self.placed_with_phone_label = QLabel(self.tr("Their home's phone"), self)
        form.addRow(self.placed_with_phone_label, self.placed_with_phone_edit)
        form.addRow("", self.errors["placed_with_phone"])
        form.addRow("", self.share_check)
        form.addRow("", self.share_hint)
        form.addRow(self.tr("My notes"), self.notes_edit)
        form.addRow("", self.errors["notes"])

        # Children the person is for: only when adding; later changes go through the page.
        self.child_checks: dict[int, QCheckBox] = {}
        if children and not (contact and contact.id):
            circle = QLabel(self.tr("In the circle of"), self)
            make_heading(circle, 1.0)
            form.addRow(circle)
            for child in children:
                check = QCheckBox(child.display_name, self)
                check.setChecked(bool(contact and child.id in contact.child_ids))
                self.child_checks[child.id] = check
                form.addRow("", check)

        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        self._show_problems({})
        self.role_combo.currentIndexChanged.connect(self._on_role_changed)
        self._load(contact or Contact(name="", role=Role.BIRTH_PARENT))

    def _add_phone_row(self, phone: Phone) -> None:
        label = QComboBox(self)
        label.setEditable(True)
        label.addItems(["", self.tr("mobile"), self.tr("home"), self.tr("work"),
                        self.tr("office")])
        label.setCurrentText(phone.label)
        # Wide enough to read "mobile" or "Grandma's work" at a glance.
        label.setMinimumContentsLength(8)
        label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setToolTip(self.tr("What kind of number"))
        number = QLineEdit(phone.number, self)
        number.setPlaceholderText(self.tr("As you would dial it"))
        row = len(self.phone_rows)
        self.phone_grid.addWidget(label, row, 0)
        self.phone_grid.addWidget(number, row, 1)
        self.phone_rows.append((label, number))

    def _on_role_changed(self) -> None:
        # Whole rows are hidden so they leave no gap in the form.
        role = Role(self.role_combo.currentData())
        self.form.setRowVisible(self.role_other_edit, role is Role.OTHER)
        self.form.setRowVisible(self.placed_with_edit, role is Role.SIBLING)
        self.form.setRowVisible(self.placed_with_phone_edit, role is Role.SIBLING)

    def _load(self, contact: Contact) -> None:
        self.name_edit.setText(contact.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(contact.role.value))
        self.role_other_edit.setText(contact.role_other)
        self.relation_edit.setText(contact.relation)
        for phone in contact.phones or [Phone(self.tr("mobile"), "")]:
            self._add_phone_row(phone)
        self.email_edit.setText(contact.email)
        self.address_edit.setPlainText(contact.address)
        self.reach_combo.setCurrentIndex(self.reach_combo.findData(contact.reach_by.value))
        self.reach_times_edit.setText(contact.reach_times)
        self.language_edit.setText(contact.language)
        self.placed_with_edit.setText(contact.placed_with)
        self.placed_with_phone_edit.setText(contact.placed_with_phone)
        self.share_check.setChecked(contact.may_share)
        self.notes_edit.setPlainText(contact.notes)
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
            role_other=self.role_other_edit.text() if role is Role.OTHER else "",
            relation=self.relation_edit.text(),
            phones=[Phone(label.currentText().strip(), number.text().strip())
                    for label, number in self.phone_rows if number.text().strip()],
            email=self.email_edit.text(),
            address=self.address_edit.toPlainText(),
            reach_by=ReachBy(self.reach_combo.currentData()),
            reach_times=self.reach_times_edit.text(),
            language=self.language_edit.text(),
            placed_with=self.placed_with_edit.text() if sibling else "",
            placed_with_phone=self.placed_with_phone_edit.text() if sibling else "",
            may_share=self.share_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            child_ids=([cid for cid, check in self.child_checks.items() if check.isChecked()]
                       if self.child_checks else base.child_ids),
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            show_field_message(label, problems.get(key))
            self.form.setRowVisible(label, key in problems)

    def _on_save(self) -> None:
        problems = validate_contact(self.contact())
        self._show_problems(problems)
        if problems:
            first = next(iter(problems))
            {"name": self.name_edit, "role_other": self.role_other_edit,
             "email": self.email_edit, "notes": self.notes_edit,
             "placed_with_phone": self.placed_with_phone_edit}.get(
                first, self.name_edit).setFocus()
            return
        self.accept()
