"""Overview: who the child is and where the placement stands, at a glance."""
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from bfpp_desktop.actions import Kind
from bfpp_desktop.actions import guide as guide_actions
from bfpp_desktop.core.children import Child, PermanencyGoal, stage_title
from bfpp_desktop.core.due import AfterHome, what_is_due
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.next_steps import (meeting_to_write_down, ready_for_next_stage,
                                          suggested_steps)
from bfpp_desktop.storage.overview_inputs import due_inputs
from bfpp_desktop.storage.step_evidence import load_guide_state
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.widgets.formatting import (age_text, day_month_year, days_ago_text,
                                                long_date, span_text)
from bfpp_desktop.ui.guide.due_section import DueSection, audience_of
from bfpp_desktop.ui.guide.help_dialog import show_help
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class OverviewPage(ChildPage):
    # What is due comes from the guide progress and plans, and the records that tick its
    # steps: the journal, the About page and the bridge book.
    SHOWS = Kind.GUIDE | Kind.JOURNAL | Kind.WORLD | Kind.BRIDGE_BOOK

    edit_requested = Signal()
    archive_requested = Signal()
    delete_requested = Signal()
    guide_requested = Signal()      # "Open the guide": the window shows the Guide page
    helper_requested = Signal(str)  # "comfort-call" or "icebreaker": open that helper

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(context, parent)
        self._today = today
        self.name_label = QLabel(self)
        make_heading(self.name_label, 1.8)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        make_hint(self.subtitle_label)
        self.archived_label = QLabel(self)
        self.archived_label.setWordWrap(True)
        self.guide = load_guide()
        self.due_section = DueSection(self.guide, self)
        self.due_section.how_requested.connect(self._on_how)
        self.due_section.guide_requested.connect(self.guide_requested)
        self.due_section.helper_requested.connect(self.helper_requested)
        self.due_section.move_requested.connect(self._on_move_requested)
        self.help_dialog = None

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
        column.addWidget(self.due_section)
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

    def show_child(self, child: Child | None) -> None:
        if child is None:
            return
        today = self._today or date.today()
        self.name_label.setText(child.display_name)
        self.subtitle_label.setText(" · ".join(
            part for part in (child.pronouns, age_text(child, today)) if part))
        # Hidden when empty so a child with no birth date has no blank gap under the name.
        self.subtitle_label.setVisible(bool(self.subtitle_label.text()))
        self.archived_label.setVisible(child.placement_ended)
        self.archived_label.setText(self._ended_text(child))
        not_known = self.tr("not filled in yet")
        facts = self._fact_labels
        facts["full_name"].setText(child.full_name)
        facts["pronouns"].setText(child.pronouns or not_known)
        facts["birth"].setText(long_date(child.birth_date) or not_known)
        if child.placement_date and child.ended_on:
            # Once it ended the time together stops counting.
            facts["placement"].setText(self.tr("{start} – {end} ({span})").format(
                start=day_month_year(child.placement_date), end=day_month_year(child.ended_on),
                span=span_text(child.placement_date, child.ended_on)))
        elif child.placement_date:
            facts["placement"].setText(self.tr("{date} ({ago})").format(
                date=long_date(child.placement_date),
                ago=days_ago_text(child.placement_date, today)))
        else:
            facts["placement"].setText(not_known)
        facts["type"].setText(child.placement_type.label)
        facts["goal"].setText(child.permanency_goal.label)
        facts["stage"].setText(self.tr("{n}. {title}").format(n=child.stage,
                                                              title=stage_title(child.stage)))
        self._show_due(child, today)
        self.notes_heading.setVisible(bool(child.notes.strip()))
        self.notes_label.setVisible(bool(child.notes.strip()))
        self.notes_label.setText(child.notes)
        self.archive_button.setText(self.tr("Back in my care") if child.placement_ended
                                    else self.tr("Placement ended…"))
        follow_layout(self)   # the rows of what is due are new, made after these buttons

    def _ended_text(self, child: Child) -> str:
        if child.went_home:
            return self.tr("{name} went home on {date}. They stay in your list under “After "
                           "going home”, with a few gentle ideas for staying in touch.").format(
                name=child.display_name, date=long_date(child.ended_on))
        if child.ended_on:
            return self.tr("Placement ended on {date} · {how}. This record is kept for you "
                           "and hidden from the daily list.").format(
                date=long_date(child.ended_on), how=child.ended_how.label)
        return self.tr(
            "Placement ended. This record is kept for you and hidden from the daily list.")

    def _show_due(self, child: Child, today: date) -> None:
        """What is due, from the guide progress and the records."""
        state = attempt(self, load_guide_state, self.context.db, child.id, today)
        inputs = attempt(self, due_inputs, self.context.db, child.id, today, state) \
            if state is not None else None
        if inputs is None or child.archived:
            self.due_section.setVisible(False)
            return
        self.due_section.setVisible(True)
        audience = audience_of(child)
        items = what_is_due(today, child.placement_date,
                            comfort_call_done=inputs.comfort_call_done,
                            icebreaker_done=inputs.icebreaker_done, stage=child.stage,
                            audience=audience, family_times=inputs.family_times,
                            follow_ups=inputs.follow_ups,
                            going_home=child.permanency_goal == PermanencyGoal.REUNIFICATION,
                            after_home=AfterHome(child.ended_on, child.birth_date,
                                                 inputs.contact_plan_made, inputs.last_shared)
                            if child.went_home else None)
        steps = self.guide.stage(child.stage).steps_for(audience)
        self.due_section.show_items(
            items, suggested_steps(steps, state), today,
            write_down=child.stage == 1 and meeting_to_write_down(state), stage=child.stage,
            name=child.display_name, ready_to_move=ready_for_next_stage(child.stage, state))

    def _on_move_requested(self, number: int) -> None:
        """One click, undone with Ctrl+Z: moving is a suggestion, never a commitment."""
        if self.child is not None:
            perform(self.context, self, guide_actions.move_to_stage, self.child.id, number)

    def _on_how(self, help_id: str, step_id: str) -> None:
        if self.child is not None:
            self.help_dialog = show_help(self, self.guide, audience_of(self.child),
                                         help_id, step_id)
