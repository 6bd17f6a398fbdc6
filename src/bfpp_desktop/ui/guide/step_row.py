"""One suggested step as a checklist item: tick it, skip it, or read more.

A step the records show is ticked already and says where from ("From the journal,
3 Dec"); unticking it is saved, so the records leave it open.
"""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QVBoxLayout)

from bfpp_desktop.core.guide import Audience, Guide, Step
from bfpp_desktop.core.stage_progress import NOTE_LIMIT, StepProgress, StepState, mark_done
from bfpp_desktop.core.step_evidence import StepStatus
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.guide.glossary_text import GuideTextLabel
from bfpp_desktop.ui.widgets.accessible import fit_access_keys, name_parts
from bfpp_desktop.ui.widgets.clickable_label import ClickableLabel
from bfpp_desktop.ui.widgets.styles import make_hint


class StepRow(QFrame):
    """Emits changed(before, after); the page saves it and makes it undoable."""

    changed = Signal(object, object)

    def __init__(self, guide: Guide, step: Step, audience: Audience, status: StepStatus,
                 today: date, parent=None):
        super().__init__(parent)
        self.step, self.today = step, today
        self.status_shown = status
        # The title is a wrapping label beside an unlabelled box, so long step
        # titles and narrow windows never push the page sideways.
        self.check = QCheckBox(self)
        self.check.setAccessibleName(step.title)
        self.check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.check.setToolTip(self.tr("Tick when you have done this"))
        self.title = ClickableLabel(step.title, self)
        self.title.setWordWrap(True)
        self.title.clicked.connect(self.check.click)
        self.status = QLabel(self)
        make_hint(self.status)
        self.more_button = QPushButton(self.tr("Read more"), self)
        self.more_button.setCheckable(True)
        self.more_button.setFlat(True)
        self.skip_button = QPushButton(self.tr("Not for us"), self)
        self.skip_button.setCheckable(True)
        self.skip_button.setFlat(True)
        self.skip_button.setToolTip(self.tr(
            "Some steps do not fit every family; this sets it aside, and you can change it back"))
        self.detail = GuideTextLabel(guide, step.detail_for(audience), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Your note on: {step}").format(step=step.title))
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setPlaceholderText(self.tr("A note for yourself, if you like"))
        self.note_edit.setClearButtonEnabled(True)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.more_button)
        top.addWidget(self.skip_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 2, 4, 6)
        column.setSpacing(3)
        column.addLayout(top)
        for widget in (self.status, self.detail, self.note_edit):
            column.addWidget(widget)
            widget.setContentsMargins(26, 0, 0, 0)
        self.note_edit.setTextMargins(0, 0, 0, 0)

        self.check.toggled.connect(self._on_ticked)
        self.skip_button.toggled.connect(self._on_skipped)
        self.more_button.toggled.connect(self._show_parts)
        self.note_edit.editingFinished.connect(self._on_note_done)
        self.set_status(status)
        name_parts(self)   # rows are rebuilt after the page is shown: name their parts now
        fit_access_keys(self)

    @property
    def progress(self) -> StepProgress:
        """What the caregiver saved for this step."""
        return self.status_shown.progress

    def set_status(self, status: StepStatus) -> None:
        """Show the step's status without emitting anything."""
        self.status_shown = status
        for widget, value in ((self.check, status.state == StepState.DONE),
                              (self.skip_button, status.state == StepState.NOT_FOR_US)):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        if self.note_edit.text() != status.progress.note:
            self.note_edit.setText(status.progress.note)
        when = short_date(status.done_on, self.today) if status.done_on else ""
        if status.from_records:
            self.status.setText(self.tr("✓ {source}, {date}").format(
                source=status.evidence.source.label, date=when).rstrip(", "))
            self.check.setToolTip(self.tr("Ticked from your records. Untick it if it is "
                                          "not done yet."))
        else:
            self.check.setToolTip(self.tr("Tick when you have done this"))
            if status.state == StepState.DONE:
                self.status.setText(self.tr("✓ Done {date}").format(date=when).strip())
            elif status.state == StepState.NOT_FOR_US:
                self.status.setText(self.tr("Set aside: not for us"))
            else:
                self.status.clear()
        self._show_parts()

    def _show_parts(self, *_args) -> None:
        expanded = self.more_button.isChecked()
        self.more_button.setText(self.tr("Show less") if expanded else self.tr("Read more"))
        self.detail.setVisible(expanded)
        self.status.setVisible(bool(self.status.text()))
        # Straight after a tick or "not for us" a note can be added; a tick from the
        # records shows its box only on "Read more", so a long list stays calm.
        chosen = self.progress.state != StepState.OPEN
        self.note_edit.setVisible(expanded or chosen or bool(self.progress.note))

    def _emit(self, after: StepProgress) -> None:
        if after != self.progress:
            self.changed.emit(self.progress, after)

    def _on_ticked(self, checked: bool) -> None:
        note = self.note_edit.text()
        if checked:
            self._emit(mark_done(StepProgress(self.step.id, StepState.OPEN, None, note),
                                 self.today))
        else:
            self._emit(self.status_shown.reopened(note))

    def _on_skipped(self, checked: bool) -> None:
        state = StepState.NOT_FOR_US if checked else StepState.OPEN
        self._emit(StepProgress(self.step.id, state, None, self.note_edit.text(),
                                self.progress.records_unticked))

    def _on_note_done(self) -> None:
        p = self.progress
        self._emit(StepProgress(p.step_id, p.state, p.done_on, self.note_edit.text(),
                                p.records_unticked))
