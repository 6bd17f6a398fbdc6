"""The dialog for adding or changing a child's details."""
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from bfpp_desktop.core.children import (STAGE_NUMBERS, Child, PermanencyGoal,
                                        PlacementType, stage_title, validate_child)
from bfpp_desktop.core.dates import DateError
from bfpp_desktop.ui.forms.ui_child_editor import Ui_ChildEditor
from bfpp_desktop.ui.widgets.styles import make_hint, show_field_message


class ChildEditor(QDialog):
    def __init__(self, parent=None, child: Child | None = None, today: date | None = None):
        super().__init__(parent)
        self.ui = Ui_ChildEditor()
        self.ui.setupUi(self)
        self._today = today or date.today()
        self._original = child
        self.setWindowTitle(self.tr("Child details") if child else self.tr("Add a child"))
        make_hint(self.ui.introLabel)
        self._errors = {
            "full_name": self.ui.fullNameError,
            "preferred_name": self.ui.preferredNameError,
            "pronouns": self.ui.pronounsError,
            "birth_date": self.ui.birthDateError,
            "placement_date": self.ui.placementDateError,
            "stage": self.ui.stageError,
            "notes": self.ui.notesError,
        }
        for label in (self.ui.placementTypeError, self.ui.goalError, *self._errors.values()):
            show_field_message(label, None)

        self.ui.pronounsCombo.addItems(["", self.tr("she/her"), self.tr("he/him"),
                                        self.tr("they/them")])
        for kind in PlacementType:
            self.ui.placementTypeCombo.addItem(kind.label, kind)
        for goal in PermanencyGoal:
            self.ui.goalCombo.addItem(goal.label, goal)
        for n in STAGE_NUMBERS:
            self.ui.stageCombo.addItem(self.tr("{n}. {title}").format(n=n, title=stage_title(n)), n)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttonBox.accepted.connect(self._on_save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load(child or Child(full_name=""))
        # Ready to type the name; the form's scroll area would otherwise take the focus.
        self.ui.fullNameEdit.setFocus()

    def _load(self, child: Child) -> None:
        self.ui.fullNameEdit.setText(child.full_name)
        self.ui.preferredNameEdit.setText(child.preferred_name)
        self.ui.pronounsCombo.setCurrentText(child.pronouns)
        self.ui.birthDateField.set_date(child.birth_date)
        self.ui.placementDateField.set_date(child.placement_date)
        self.ui.placementTypeCombo.setCurrentIndex(
            self.ui.placementTypeCombo.findData(child.placement_type))
        self.ui.goalCombo.setCurrentIndex(self.ui.goalCombo.findData(child.permanency_goal))
        self.ui.stageCombo.setCurrentIndex(self.ui.stageCombo.findData(child.stage))
        self.ui.notesEdit.setPlainText(child.notes)

    def _read(self) -> tuple[Child, dict[str, str]]:
        problems: dict[str, str] = {}
        dates = {}
        for key, field in (("birth_date", self.ui.birthDateField),
                           ("placement_date", self.ui.placementDateField)):
            try:
                dates[key] = field.date()
            except DateError as exc:
                problems[key] = str(exc)
                dates[key] = None
        base = self._original or Child(full_name="")
        child = base.copy(
            full_name=self.ui.fullNameEdit.text(),
            preferred_name=self.ui.preferredNameEdit.text(),
            pronouns=self.ui.pronounsCombo.currentText(),
            birth_date=dates["birth_date"],
            placement_date=dates["placement_date"],
            placement_type=PlacementType(self.ui.placementTypeCombo.currentData()),
            permanency_goal=PermanencyGoal(self.ui.goalCombo.currentData()),
            stage=self.ui.stageCombo.currentData(),
            notes=self.ui.notesEdit.toPlainText(),
        )
        for key, message in validate_child(child, self._today).items():
            problems.setdefault(key, message)
        return child, problems

    def child(self) -> Child:
        return self._read()[0]

    def _on_save(self) -> None:
        _child, problems = self._read()
        for key, label in self._errors.items():
            show_field_message(label, problems.get(key))
        if problems:
            first = next(k for k in self._errors if k in problems)
            {"full_name": self.ui.fullNameEdit, "preferred_name": self.ui.preferredNameEdit,
             "pronouns": self.ui.pronounsCombo, "birth_date": self.ui.birthDateField,
             "placement_date": self.ui.placementDateField, "stage": self.ui.stageCombo,
             "notes": self.ui.notesEdit}[first].setFocus()
            return
        self.accept()

