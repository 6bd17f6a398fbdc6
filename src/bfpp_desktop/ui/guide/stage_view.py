"""One stage of the guide for one child: why it matters, steps, words to use, printouts."""
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import Audience, Guide, Stage
from bfpp_desktop.core.stage_progress import PlanKind, PlanRecord
from bfpp_desktop.core.step_evidence import GuideState
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.guide.glossary_text import GuideTextLabel, to_html
from bfpp_desktop.ui.guide.plan_dialog import plan_title
from bfpp_desktop.ui.guide.printouts import printout_name
from bfpp_desktop.ui.guide.step_row import StepRow
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint

PLANS_BY_STAGE = {3: (PlanKind.TRANSITION, PlanKind.CONTACT),
                  4: (PlanKind.CONTACT, PlanKind.TRANSITION)}

# Short words on the buttons, so a long name never widens the page.
PLAN_BUTTON_TEXT = {
    PlanKind.TRANSITION: lambda: QCoreApplication.translate("Guide", "Transition plan for going home…"),
    PlanKind.CONTACT: lambda: QCoreApplication.translate("Guide", "Contact plan for afterwards…"),
}


class StageView(QWidget):
    step_changed = Signal(object, object, str)   # before, after, step title
    move_requested = Signal(int)
    plan_requested = Signal(object)               # PlanKind
    print_requested = Signal(str)
    helper_requested = Signal(str)                # "comfort-call" or "icebreaker"

    def __init__(self, guide: Guide, stage: Stage, child: Child,
                 state: GuideState, plans: dict[PlanKind, PlanRecord],
                 today: date, parent=None):
        super().__init__(parent)
        self.guide, self.stage = guide, stage
        audience = Audience(child.placement_type.value)
        column = QVBoxLayout(self)
        column.setSpacing(8)

        heading = QLabel(self.tr("Stage {n} · {title}").format(n=stage.number, title=stage.title),
                         self)
        heading.setWordWrap(True)
        make_heading(heading, 1.5)
        column.addWidget(heading)
        self.move_button = None
        if child.stage == stage.number:
            here = QLabel(self.tr("◉ This is where {name} is now.").format(
                name=child.display_name), self)
            here.setWordWrap(True)
            column.addWidget(here)
        else:
            # "&" doubled: a button reads a single one as its shortcut key.
            self.move_button = QPushButton(self.tr("Move {name} to this stage…").format(
                name=child.display_name.replace("&", "&&")), self)
            self.move_button.clicked.connect(lambda: self.move_requested.emit(stage.number))
            hint = QLabel(self.tr("Move on when your family feels ready. There is no rush "
                                  "and no score; you can always come back."), self)
            make_hint(hint)
            column.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(hint)

        self._section(column, self.tr("What this stage is for"))
        column.addWidget(GuideTextLabel(guide, stage.purpose_for(audience), self))
        self._section(column, self.tr("Why it matters"))
        column.addWidget(GuideTextLabel(guide, stage.why_it_matters, self))

        self._section(column, self.tr("Steps you might take"))
        intro = QLabel(self.tr("Tick what you have done. Set aside anything that does not "
                               "fit your family."), self)
        make_hint(intro)
        column.addWidget(intro)
        self.helper_buttons: dict[str, QPushButton] = {}
        if stage.number == 1:
            helpers = QHBoxLayout()
            for helper_id, words in (("comfort-call", self.tr("Open the comfort call helper")),
                                     ("icebreaker", self.tr("Prepare the icebreaker"))):
                button = QPushButton(words, self)
                button.clicked.connect(lambda _=False, h=helper_id: self.helper_requested.emit(h))
                helpers.addWidget(button)
                self.helper_buttons[helper_id] = button
            helpers.addStretch(1)
            column.addLayout(helpers)
        steps = stage.steps_for(audience)
        self.rows: dict[str, StepRow] = {}
        for step in steps:
            row = StepRow(guide, step, audience, state.status(step.id), today, self)
            row.changed.connect(lambda before, after, t=step.title:
                                self.step_changed.emit(before, after, t))
            column.addWidget(row)
            self.rows[step.id] = row

        self.plan_buttons: dict[PlanKind, QPushButton] = {}
        if stage.number in PLANS_BY_STAGE:
            self._section(column, self.tr("Plans"))
            for kind in PLANS_BY_STAGE[stage.number]:
                button = QPushButton(PLAN_BUTTON_TEXT[kind](), self)
                button.setToolTip(plan_title(kind, child.display_name))
                button.clicked.connect(lambda _=False, k=kind: self.plan_requested.emit(k))
                updated = plans[kind].updated_on if kind in plans else None
                note = QLabel(self.tr("Last changed {date}").format(
                    date=short_date(updated, today)) if updated else self.tr("Not started"),
                    self)
                make_hint(note)
                column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                column.addWidget(note)
                self.plan_buttons[kind] = button

        questions = [q.text for q in stage.questions]
        if stage.number == 1:
            questions = [q.text for q in guide.comfort_call_questions
                         + guide.icebreaker_questions] + questions
        share = list(stage.share_for(audience))
        self._section(column, self.tr("Conversation starters"))
        self._list(column, self.tr("Questions you might ask the birth parent"), questions)
        self._list(column, self.tr("Ways to share about yourself"), share)
        if stage.number == 1:
            reminder = GuideTextLabel(guide, guide.not_to_share_for(audience), self)
            make_hint(reminder)
            column.addWidget(reminder)
        self._section(column, self.tr("Tips"))
        self._list(column, "", list(stage.tips))

        self.printout_buttons: dict[str, QPushButton] = {}
        if stage.printouts:
            self._section(column, self.tr("Helpful printouts"))
            row = QHBoxLayout()
            flow = QVBoxLayout()
            for document_id in stage.printouts:
                button = QPushButton(printout_name(document_id), self)
                button.setToolTip(self.tr("Open this in the print center"))
                button.clicked.connect(lambda _=False, d=document_id: self.print_requested.emit(d))
                flow.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.printout_buttons[document_id] = button
            row.addLayout(flow)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(1)

    def _section(self, column: QVBoxLayout, title: str) -> None:
        column.addSpacing(6)
        label = QLabel(title, self)
        make_heading(label, 1.15)
        column.addWidget(label)

    def _list(self, column: QVBoxLayout, title: str, items: list[str]) -> None:
        if not items:
            return
        if title:
            label = QLabel(f"<b>{escape(title)}</b>", self)
            column.addWidget(label)
        body = GuideTextLabel(self.guide, "", self)
        body.setText("<ul style='margin-left: -20px'>" + "".join(
            f"<li style='margin-bottom: 3px'>{to_html(item)}</li>" for item in items) + "</ul>")
        column.addWidget(body)
