"""The dialog for adding or changing one routine, like, care practice, health or school note."""
from collections.abc import Callable

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from bfpp_desktop.core.dates import DateError
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.world import (PERSON_KIND_ROLES, DayType, Section, Severity, Source,
                                     WorldItem, contact_line, kinds, validate_item)
from bfpp_desktop.ui.date_field import DateField
from bfpp_desktop.ui.styles import make_heading, make_hint, show_field_message

# Sections whose items happen at a time of day, and those that have steps.
_TIMED = {Section.ROUTINE, Section.CARE, Section.HEALTH, Section.SCHOOL}
_STEPPED = {Section.ROUTINE, Section.CARE}


def _lines(edit: QPlainTextEdit) -> list[str]:
    return edit.toPlainText().split("\n")


class WorldItemEditor(QDialog):
    """Edits a copy of an item; *save* stores it and returns the saved item or None.

    The dialog only closes when saving worked, so nothing typed is lost on failure.
    """

    def __init__(self, item: WorldItem, save: Callable[[WorldItem], WorldItem | None],
                 parent=None, contacts: list[Contact] | None = None):
        super().__init__(parent)
        self._item = item
        # The child's people, offered for a doctor or dentist.
        self._contacts = {c.id: c for c in contacts or []}
        self._save = save
        self.saved: WorldItem | None = None
        section = item.section
        self.setWindowTitle(self.tr("Add to {section}").format(section=section.label)
                            if item.id is None else
                            self.tr("Change: {title}").format(title=item.title))
        self.resize(560, 640)

        self.kind_combo = QComboBox(self)
        for key, label in kinds(section):
            self.kind_combo.addItem(label, key)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self._title_hint(section))
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText(self.tr("e.g. 07:30 or 19:00–19:30"))
        self.time_words = QCheckBox(self.tr("Say it in words (e.g. “after lunch”)"), self)
        self.time_words.toggled.connect(self._on_time_words_toggled)
        self.day_combo = QComboBox(self)
        for day in DayType:
            self.day_combo.addItem(day.label, day)
        self.contact_combo = QComboBox(self)
        self.contact_combo.setToolTip(self.tr(
            "Pick someone from the child's People list, or write the name below"))
        self.severity_combo = QComboBox(self)
        for level in Severity:
            self.severity_combo.addItem(level.label, level)
        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setPlaceholderText(self._details_hint(section))
        self.steps_edit = QPlainTextEdit(self)
        self.steps_edit.setPlaceholderText(self.tr("One step per line, in order"))
        self.comfort_edit = QPlainTextEdit(self)
        self.comfort_edit.setPlaceholderText(
            self.tr("One per line, e.g. blue blanket, a song, night light"))
        for edit, lines in ((self.steps_edit, 5), (self.comfort_edit, 3), (self.details_edit, 4)):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        self.source_combo = QComboBox(self)
        for source in Source:
            self.source_combo.addItem(source.label, source)
        self.who_edit = QLineEdit(self)
        self.who_edit.setPlaceholderText(self.tr("Name, e.g. Mom, Grandma Denise"))
        self.source_date = DateField(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("e.g. comfort call, icebreaker meeting"))
        self.private_check = QCheckBox(
            self.tr("Private — leave it off printouts unless I choose to include it"), self)

        self.errors = {key: QLabel(self) for key in
                       ("title", "time", "details", "steps", "comfort", "source_who",
                        "source_note", "source_date")}
        for label in self.errors.values():
            label.setWordWrap(True)
            show_field_message(label, None)

        def with_error(widget: QWidget, key: str) -> QWidget:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            return box

        time_row = QWidget(self)
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.addWidget(self.time_edit, 1)
        time_layout.addWidget(self.time_words)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("What"), with_error(self.title_edit, "title"))
        # Fields a section does not use stay hidden (and empty), so each form stays short.
        if section in _TIMED:
            form.addRow(self.tr("When"), with_error(time_row, "time"))
        else:
            time_row.hide()
        if section is Section.ROUTINE:
            form.addRow(self.tr("Which days"), self.day_combo)
        else:
            self.day_combo.hide()
        if section is Section.HEALTH:
            form.addRow(self.tr("How serious"), self.severity_combo)
            self.contact_caption = QLabel(self.tr("From People"), self)
            form.insertRow(1, self.contact_caption, self.contact_combo)
            self.kind_combo.currentIndexChanged.connect(self._fill_contacts)
            self.contact_combo.activated.connect(self._on_contact_picked)
        else:
            self.severity_combo.hide()
            self.contact_combo.hide()
        form.addRow(self._details_caption(section), with_error(self.details_edit, "details"))
        if section in _STEPPED:
            form.addRow(self.tr("Steps"), with_error(self.steps_edit, "steps"))
        else:
            self.steps_edit.hide()
        if section is Section.ROUTINE or section is Section.LIKES:
            form.addRow(self.tr("Comfort items"), with_error(self.comfort_edit, "comfort"))
        else:
            self.comfort_edit.hide()

        source_heading = QLabel(self.tr("Who told us"), self)
        make_heading(source_heading, 1.1)
        source_hint = QLabel(self.tr("Keeping track of who shared this honours what the "
                                     "family told you."), self)
        make_hint(source_hint)
        source_form = QFormLayout()
        source_form.addRow(self.tr("Told by"), self.source_combo)
        source_form.addRow(self.tr("Name"), with_error(self.who_edit, "source_who"))
        source_form.addRow(self.tr("When"), with_error(self.source_date, "source_date"))
        source_form.addRow(self.tr("Where"), with_error(self.note_edit, "source_note"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(source_heading)
        layout.addWidget(source_hint)
        layout.addLayout(source_form)
        layout.addWidget(self.private_check)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load(item)
        self.title_edit.setFocus()

    def _title_hint(self, section: Section) -> str:
        return {
            Section.ROUTINE: self.tr("e.g. Bedtime"),
            Section.LIKES: self.tr("e.g. Mango slices, the dark, Bluey"),
            Section.CARE: self.tr("e.g. Wash and detangle curls"),
            Section.HEALTH: self.tr("e.g. Peanut allergy, Dr. Okafor"),
            Section.SCHOOL: self.tr("e.g. Lincoln Elementary, 2nd grade"),
        }[section]

    def _details_caption(self, section: Section) -> str:
        return {
            Section.LIKES: self.tr("What helps"),
            Section.CARE: self.tr("How, how often, products"),
            Section.HEALTH: self.tr("Details, dose"),
        }.get(section, self.tr("What happens"))

    def _details_hint(self, section: Section) -> str:
        return {
            Section.LIKES: self.tr("Anything that helps, or what to try"),
            Section.CARE: self.tr("How it is done, how often, which products the family uses"),
            Section.HEALTH: self.tr("Dose, phone number, what to do"),
        }.get(section, self.tr("Notes"))

    def _load(self, item: WorldItem) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
        self.title_edit.setText(item.title)
        self.time_edit.setText(item.time_text)
        self.time_words.setChecked(item.time_is_words)
        self.day_combo.setCurrentIndex(self.day_combo.findData(item.day_type))
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(item.severity))
        self.details_edit.setPlainText(item.details)
        self.steps_edit.setPlainText("\n".join(item.steps))
        self.comfort_edit.setPlainText("\n".join(item.comfort_items))
        self.source_combo.setCurrentIndex(self.source_combo.findData(item.source))
        self.who_edit.setText(item.source_who)
        self.source_date.set_date(item.source_date)
        self.note_edit.setText(item.source_note)
        self.private_check.setChecked(item.private)
        self._fill_contacts()

    def _fill_contacts(self, *_args) -> None:
        """Offer the child's doctors for a doctor, dentists for a dentist."""
        if self._item.section is not Section.HEALTH:
            return
        chosen = self.contact_combo.currentData() if self.contact_combo.count() else \
            self._item.contact_id
        role = PERSON_KIND_ROLES.get(self.kind_combo.currentData())
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("Not from the People list (write it below)"), None)
        if role is not None:
            for contact in sorted(self._contacts.values(), key=lambda c: c.name.casefold()):
                if contact.role is role or contact.id == chosen:
                    self.contact_combo.addItem(contact_line(contact), contact.id)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(chosen)))
        shown = self.contact_combo.count() > 1
        self.contact_combo.setVisible(shown)
        self.contact_caption.setVisible(shown)

    def _on_contact_picked(self, _index: int) -> None:
        contact = self._contacts.get(self.contact_combo.currentData())
        if contact is None:
            return
        # Fill "What" with their name unless the caregiver wrote something of their own.
        title = self.title_edit.text().strip()
        if not title or title in {c.name for c in self._contacts.values()}:
            self.title_edit.setText(contact.name)

    def _on_time_words_toggled(self, words: bool) -> None:
        self.time_edit.setPlaceholderText(
            self.tr("e.g. after lunch, when she gets tired") if words
            else self.tr("e.g. 07:30 or 19:00–19:30"))

    def read(self) -> tuple[WorldItem, dict[str, str]]:
        problems: dict[str, str] = {}
        try:
            source_date = self.source_date.date()
        except DateError as exc:
            problems["source_date"] = str(exc)
            source_date = None
        item = self._item.copy(
            kind=self.kind_combo.currentData(),
            title=self.title_edit.text(),
            time_text=self.time_edit.text(),
            time_is_words=self.time_words.isChecked(),
            # Qt may hand str-based enums back as plain text; turn them back.
            day_type=DayType(self.day_combo.currentData()),
            severity=Severity(self.severity_combo.currentData()),
            details=self.details_edit.toPlainText(),
            steps=_lines(self.steps_edit),
            comfort_items=_lines(self.comfort_edit),
            source=Source(self.source_combo.currentData()),
            source_who=self.who_edit.text(),
            source_date=source_date,
            source_note=self.note_edit.text(),
            private=self.private_check.isChecked(),
            contact_id=(self.contact_combo.currentData()
                        if self._item.section is Section.HEALTH
                        and self.kind_combo.currentData() in PERSON_KIND_ROLES else None),
        )
        problems.update(validate_item(item))
        return item, problems

    def _on_save(self) -> None:
        item, problems = self.read()
        for key, label in self.errors.items():
            show_field_message(label, problems.get(key))
        if problems:
            focus = {"title": self.title_edit, "time": self.time_edit,
                     "details": self.details_edit, "steps": self.steps_edit,
                     "comfort": self.comfort_edit, "source_who": self.who_edit,
                     "source_note": self.note_edit, "source_date": self.source_date}
            focus[next(k for k in self.errors if k in problems)].setFocus()
            return
        saved = self._save(item)
        if saved is None:
            return  # the failure was shown; the dialog keeps what was typed
        self.saved = saved
        self.accept()
