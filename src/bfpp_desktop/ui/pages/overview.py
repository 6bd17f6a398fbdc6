"""Overview: who the child is and where the placement stands, at a glance."""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from bfpp_desktop.core.children import Child, stage_title
from bfpp_desktop.ui.formatting import age_text, days_ago_text, long_date
from bfpp_desktop.ui.pages.base import ChildPage
from bfpp_desktop.ui.styles import make_heading, make_hint


class OverviewPage(ChildPage):
    edit_requested = Signal()
    archive_requested = Signal()
    delete_requested = Signal()

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(context, parent)
        self._today = today
        self.name_label = QLabel(self)
        make_heading(self.name_label, 1.8)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        make_hint(self.subtitle_label)
        self.archived_label = QLabel(self)

        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.facts.setHorizontalSpacing(16)
        self.facts.setVerticalSpacing(8)
        self._fact_labels = {}
        for key, caption in (("full_name", self.tr("Full name")),
                             ("pronouns", self.tr("Pronouns")),
                             ("birth", self.tr("Born")),
                             ("placement", self.tr("With us since")),
                             ("type", self.tr("Placement")),
                             ("goal", self.tr("Permanency goal")),
                             ("stage", self.tr("Stage"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(caption, value)
            self._fact_labels[key] = value

        self.notes_heading = QLabel(self.tr("Notes"), self)
        make_heading(self.notes_heading, 1.15)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edit_button = QPushButton(self.tr("Edit details…"), self)
        self.archive_button = QPushButton(self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.edit_button.clicked.connect(self.edit_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(10)
        column.addWidget(self.name_label)
        column.addWidget(self.subtitle_label)
        column.addWidget(self.archived_label)
        column.addLayout(self.facts)
        column.addSpacing(8)
        column.addWidget(self.notes_heading)
        column.addWidget(self.notes_label)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addStretch(1)
        self.sections_layout = column  # later features add their sections here
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self, child: Child) -> str:
        return self.tr("Overview")

    def show_child(self, child: Child | None) -> None:
        if child is None:
            return
        today = self._today or date.today()
        self.name_label.setText(child.display_name)
        self.subtitle_label.setText(" · ".join(
            part for part in (child.pronouns, age_text(child, today)) if part))
        self.archived_label.setVisible(child.archived)
        self.archived_label.setText(self.tr(
            "Placement ended. This record is kept for you and hidden from the daily list."))
        not_known = self.tr("not filled in yet")
        facts = self._fact_labels
        facts["full_name"].setText(child.full_name)
        facts["pronouns"].setText(child.pronouns or not_known)
        facts["birth"].setText(long_date(child.birth_date) or not_known)
        if child.placement_date:
            facts["placement"].setText(self.tr("{date} ({ago})").format(
                date=long_date(child.placement_date),
                ago=days_ago_text(child.placement_date, today)))
        else:
            facts["placement"].setText(not_known)
        facts["type"].setText(child.placement_type.label)
        facts["goal"].setText(child.permanency_goal.label)
        facts["stage"].setText(self.tr("{n}. {title}").format(n=child.stage,
                                                              title=stage_title(child.stage)))
        self.notes_heading.setVisible(bool(child.notes.strip()))
        self.notes_label.setVisible(bool(child.notes.strip()))
        self.notes_label.setText(child.notes)
        self.archive_button.setText(self.tr("Back in my care") if child.archived
                                    else self.tr("Placement ended…"))
