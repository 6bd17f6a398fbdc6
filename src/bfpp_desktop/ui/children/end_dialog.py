""""Placement ended…": how it ended and when, asked before anything changes."""
from datetime import date

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton,
                               QVBoxLayout)

from bfpp_desktop.core.children import Child, PlacementEnd, validate_ending
from bfpp_desktop.core.dates import DateError
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message

WIDTH = 500


class EndPlacementDialog(QDialog):
    def __init__(self, child: Child, parent=None, today: date | None = None):
        super().__init__(parent)
        self._child = child
        self._today = today or date.today()
        name = child.display_name
        self.setWindowTitle(self.tr("Placement ended"))
        heading = QLabel(self.tr("How did {name}'s placement end?").format(name=name), self)
        heading.setWordWrap(True)
        make_heading(heading, 1.3)
        intro = QLabel(self.tr(
            "Whatever the ending, everything you wrote is kept. If {name} went home, they "
            "stay in your list under “After going home”, and the guide keeps a few gentle "
            "ideas for staying in touch. Otherwise the record is kept aside, out of the "
            "daily list.").format(name=name), self)
        make_hint(intro)

        self.choices = QButtonGroup(self)
        self.buttons: dict[PlacementEnd, QRadioButton] = {}
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(6)
        for how in PlacementEnd:
            button = QRadioButton(how.label, self)
            self.choices.addButton(button)
            self.buttons[how] = button
            column.addWidget(button)
        self.how_error = QLabel(self)
        column.addWidget(self.how_error)
        column.addSpacing(6)
        when = QLabel(self.tr("On which day?"), self)
        self.date_field = DateField(self)
        self.date_field.set_date(self._today)
        when.setBuddy(self.date_field)
        self.date_error = QLabel(self)
        column.addWidget(when)
        column.addWidget(self.date_field)
        column.addWidget(self.date_error)
        column.addSpacing(6)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.button_box.accepted.connect(self._on_save)
        self.button_box.rejected.connect(self.reject)
        column.addWidget(self.button_box)
        for label in (self.how_error, self.date_error):
            show_field_message(label, None)
        # A dialog does not make room for wrapped words by itself: the introduction keeps
        # the height it needs at the narrowest width the dialog may have.
        self.setMinimumWidth(WIDTH)
        margins = column.contentsMargins()
        intro.ensurePolished()
        intro.setMinimumHeight(intro.heightForWidth(WIDTH - margins.left() - margins.right()))
        self.resize(WIDTH, self.sizeHint().height())

    def choose(self, how: PlacementEnd) -> None:
        self.buttons[how].setChecked(True)

    def ending(self) -> tuple[PlacementEnd | None, date | None, dict[str, str]]:
        """(how, when, problems) as chosen; problems is empty when it can be saved."""
        how = next((h for h, b in self.buttons.items() if b.isChecked()), None)
        problems: dict[str, str] = {}
        try:
            on = self.date_field.date()
        except DateError as exc:
            on, problems["ended_on"] = None, str(exc)
        ending = self._child.copy(ended_how=how, ended_on=on)
        for key, message in validate_ending(ending, self._today).items():
            if key in ("ended_how", "ended_on"):
                problems.setdefault(key, message)
        return how, on, problems

    def _on_save(self) -> None:
        _how, _on, problems = self.ending()
        show_field_message(self.how_error, problems.get("ended_how"))
        show_field_message(self.date_error, problems.get("ended_on"))
        if "ended_how" in problems:
            self.buttons[PlacementEnd.WENT_HOME].setFocus()
        elif problems:
            self.date_field.setFocus()
        else:
            self.accept()
