"""The dialog for adding or changing one routine, like, care practice, health or school note.

Its fields are the Designer form forms/world_editor.ui; this module shows the rows a
section uses, words the captions and hints for it, and reads and checks what was typed.
"""
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

from bfpp_desktop.core.dates import DateError
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.world import (PERSON_KIND_ROLES, DayType, Section, Severity, Source,
                                     WorldItem, contact_line, kinds, validate_item)
from bfpp_desktop.ui.forms.ui_world_editor import Ui_WorldItemEditor
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message

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
        self.ui = ui = Ui_WorldItemEditor()
        ui.setupUi(self)
        self._item = item
        # The child's people, offered for a doctor or dentist.
        self._contacts = {c.id: c for c in contacts or []}
        self._save = save
        self.saved: WorldItem | None = None
        section = item.section
        self.setWindowTitle(self.tr("Add to {section}").format(section=section.label)
                            if item.id is None else
                            self.tr("Change: {title}").format(title=item.title))
        # The names the About page's tests drive the dialog by.
        self.kind_combo, self.contact_combo, self.title_edit = (
            ui.kindCombo, ui.contactCombo, ui.titleEdit)
        self.time_edit, self.time_words = ui.timeEdit, ui.timeWordsCheck
        self.details_edit, self.steps_edit, self.comfort_edit = (
            ui.detailsEdit, ui.stepsEdit, ui.comfortEdit)
        self.source_combo, self.who_edit, self.source_date = (
            ui.sourceCombo, ui.whoEdit, ui.sourceDateField)
        self.private_check, self.buttons = ui.privateCheck, ui.buttonBox
        self.errors = {"title": ui.titleError, "time": ui.timeError,
                       "details": ui.detailsError, "steps": ui.stepsError,
                       "comfort": ui.comfortError, "source_who": ui.whoError,
                       "source_note": ui.noteError, "source_date": ui.sourceDateError}
        for label in self.errors.values():
            show_field_message(label, None)

        for key, label in kinds(section):
            ui.kindCombo.addItem(label, key)
        for day in DayType:
            ui.dayCombo.addItem(day.label, day)
        for level in Severity:
            ui.severityCombo.addItem(level.label, level)
        for source in Source:
            ui.sourceCombo.addItem(source.label, source)
        ui.titleEdit.setPlaceholderText(self._title_hint(section))
        ui.detailsLabel.setText(self._details_caption(section))
        ui.detailsEdit.setPlaceholderText(self._details_hint(section))
        self._on_time_words_toggled(False)
        ui.timeWordsCheck.toggled.connect(self._on_time_words_toggled)
        for edit, lines in ((ui.stepsEdit, 5), (ui.comfortEdit, 3), (ui.detailsEdit, 4)):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        make_heading(ui.sourceHeading, 1.1)
        make_hint(ui.sourceHint)

        # Fields a section does not use stay hidden (and empty), so each form stays short.
        for field, shown in ((ui.timeBox, section in _TIMED),
                             (ui.dayCombo, section is Section.ROUTINE),
                             (ui.severityCombo, section is Section.HEALTH),
                             (ui.contactCombo, section is Section.HEALTH),
                             (ui.stepsBox, section in _STEPPED),
                             (ui.comfortBox, section in (Section.ROUTINE, Section.LIKES))):
            ui.form.setRowVisible(field, shown)
        if section is Section.HEALTH:
            ui.kindCombo.currentIndexChanged.connect(self._fill_contacts)
            ui.contactCombo.activated.connect(self._on_contact_picked)

        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        ui.buttonBox.accepted.connect(self._on_save)
        ui.buttonBox.rejected.connect(self.reject)
        self._load(item)
        ui.titleEdit.setFocus()

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
        self.ui.dayCombo.setCurrentIndex(self.ui.dayCombo.findData(item.day_type))
        self.ui.severityCombo.setCurrentIndex(self.ui.severityCombo.findData(item.severity))
        self.details_edit.setPlainText(item.details)
        self.steps_edit.setPlainText("\n".join(item.steps))
        self.comfort_edit.setPlainText("\n".join(item.comfort_items))
        self.source_combo.setCurrentIndex(self.source_combo.findData(item.source))
        self.who_edit.setText(item.source_who)
        self.source_date.set_date(item.source_date)
        self.ui.noteEdit.setText(item.source_note)
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
        self.ui.form.setRowVisible(self.contact_combo, self.contact_combo.count() > 1)

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
            day_type=DayType(self.ui.dayCombo.currentData()),
            severity=Severity(self.ui.severityCombo.currentData()),
            details=self.details_edit.toPlainText(),
            steps=_lines(self.steps_edit),
            comfort_items=_lines(self.comfort_edit),
            source=Source(self.source_combo.currentData()),
            source_who=self.who_edit.text(),
            source_date=source_date,
            source_note=self.ui.noteEdit.text(),
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
                     "source_note": self.ui.noteEdit, "source_date": self.source_date}
            focus[next(k for k in self.errors if k in problems)].setFocus()
            return
        saved = self._save(item)
        if saved is None:
            return  # the failure was shown; the dialog keeps what was typed
        self.saved = saved
        self.accept()
