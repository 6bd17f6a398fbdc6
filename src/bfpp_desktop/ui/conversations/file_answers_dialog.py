"""Confirm, one by one, which answers go into the child's routines, likes and care.

Used after a comfort call, an icebreaker meeting, or a bridge-book reply. Nothing
is filed that the caregiver did not tick; titles and sections can be corrected
first. The dialog only returns items; the caller saves them.
"""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFrame,
                               QGridLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout,
                               QWidget)

from bfpp_desktop.core.filing import Answer, Provenance, propose_items
from bfpp_desktop.core.world import Section, WorldItem, kind_label
from bfpp_desktop.ui.widgets.styles import make_hint

# The places an answer can go, as (section, kind) offered in the combo.
_PLACES = ((Section.ROUTINE, None), (Section.LIKES, "like"), (Section.LIKES, "dislike"),
           (Section.CARE, None), (Section.HEALTH, None), (Section.SCHOOL, None))


class _Row:
    def __init__(self, dialog: QDialog, grid: QGridLayout, row: int, answer: Answer,
                 item: WorldItem):
        self.item = item
        self.use = QCheckBox(QCoreApplication.translate("FileAnswersDialog", "File"), dialog)
        self.use.setChecked(True)
        question = QLabel(answer.question, dialog)
        question.setWordWrap(True)
        make_hint(question)
        self.title = QLineEdit(item.title, dialog)
        self.title.setAccessibleName(QCoreApplication.translate("FileAnswersDialog", "What to file"))
        self.place = QComboBox(dialog)
        for section, kind in _PLACES:
            label = section.label if kind is None else kind_label(section, kind)
            self.place.addItem(label, (section, kind))
        for index, (section, kind) in enumerate(_PLACES):
            if section is item.section and kind in (None, item.kind):
                self.place.setCurrentIndex(index)
                break
        self.private = QCheckBox(QCoreApplication.translate("FileAnswersDialog", "Private"), dialog)
        self.private.setChecked(item.private)
        self.place.currentIndexChanged.connect(self._on_place_changed)
        self.use.toggled.connect(self._on_use_toggled)
        grid.addWidget(self.use, row * 2, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(question, row * 2, 1, 1, 3)
        grid.addWidget(self.title, row * 2 + 1, 1)
        grid.addWidget(self.place, row * 2 + 1, 2)
        grid.addWidget(self.private, row * 2 + 1, 3)

    def _on_place_changed(self, _index: int) -> None:
        section, _kind = self.place.currentData()
        self.private.setChecked(section.default_private)

    def _on_use_toggled(self, on: bool) -> None:
        for widget in (self.title, self.place, self.private):
            widget.setEnabled(on)

    def result(self) -> WorldItem | None:
        title = self.title.text().strip()
        if not self.use.isChecked() or not title:
            return None
        section, kind = self.place.currentData()
        if section is not self.item.section:
            kind = kind or "other"
        return self.item.copy(title=title, section=section, kind=kind or self.item.kind,
                              private=self.private.isChecked())


class FileAnswersDialog(QDialog):
    def __init__(self, parent, child_name: str, child_id: int, answers: list[Answer],
                 provenance: Provenance):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add what you learned to {name}'s page").format(
            name=child_name))
        self.resize(760, 560)
        intro = QLabel(self.tr(
            "Tick what should go into {name}'s routines, likes and care. Each item will "
            "say it came from {who} ({note}).").format(
                name=child_name, who=provenance.who or self.tr("the birth parent"),
                note=provenance.note), self)
        intro.setWordWrap(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.rows = [_Row(self, grid, i, answer, item) for i, (answer, item) in
                     enumerate(propose_items(child_id, answers, provenance))]
        if not self.rows:
            empty = QLabel(self.tr("None of these answers is for the child's page. "
                                   "They are kept with your notes."), self)
            empty.setWordWrap(True)
            grid.addWidget(empty, 0, 0, 1, 4)
        grid.setRowStretch(len(self.rows) * 2 + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add ticked items"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def items_to_file(self) -> list[WorldItem]:
        return [item for item in (row.result() for row in self.rows) if item is not None]
