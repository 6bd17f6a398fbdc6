"""The Overview's "What's next": what is due, gently worded, the next steps that fit now,
and, once a stage's key steps are done, a one-click move to the next stage."""
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from bfpp_desktop.core.children import stage_short_name, stage_title
from bfpp_desktop.core.due import DueItem, DueKind, DueState
from bfpp_desktop.core.guide import Audience, Guide, Step
from bfpp_desktop.core.next_steps import KEY_STEPS
from bfpp_desktop.ui.helper_names import (COMFORT_CALL, CONTACT_PLAN_HELPER, ICEBREAKER,
                                          ICEBREAKER_AFTER, TRANSITION_PLAN_HELPER)
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, tint_style

# One soft accent for "now is a good time"; the word and the sign carry the
# meaning, so the colour is only a help.
ACCENT_STYLE = tint_style('QFrame#dueRow[accent="true"]')
NEXT_STEPS_SHOWN = 3
# Due items a helper window can do with the caregiver: kind -> (helper id, button words).
HELPERS = {
    DueKind.COMFORT_CALL: (COMFORT_CALL,
                           lambda: QCoreApplication.translate("Due", "Comfort call helper…")),
    DueKind.ICEBREAKER: (ICEBREAKER,
                         lambda: QCoreApplication.translate("Due", "Prepare the icebreaker…")),
    DueKind.MOVE_HOME_MEETING: (TRANSITION_PLAN_HELPER, lambda: QCoreApplication.translate(
        "Due", "Transition plan…")),
    DueKind.CONTACT_PLAN: (CONTACT_PLAN_HELPER, lambda: QCoreApplication.translate(
        "Due", "Contact plan…")),
}
# Once the meeting has happened, its row opens the helper on the answers.
WRITE_DOWN = (ICEBREAKER_AFTER,
              lambda: QCoreApplication.translate("Due", "Write down the meeting…"))


# A fixed time to be somewhere, and a thing to have done by a day, must not look alike.
APPOINTMENTS = {DueKind.FAMILY_TIME}
DEADLINES = {DueKind.FOLLOW_UP}


def state_words(state: DueState, kind: DueKind | None = None) -> tuple[str, str]:
    """(sign, word) for a due state, shown together so colour is never needed; a coming
    appointment and a coming deadline each have their own."""
    if state in (DueState.UPCOMING, DueState.DUE_TODAY):
        today = state == DueState.DUE_TODAY
        if kind in APPOINTMENTS:
            return ("◷", QCoreApplication.translate("Due", "Appointment today") if today
                    else QCoreApplication.translate("Due", "Appointment"))
        if kind in DEADLINES:
            return ("⚑", QCoreApplication.translate("Due", "Due today") if today
                    else QCoreApplication.translate("Due", "To do by"))
    return {
        DueState.OVERDUE: ("↺", QCoreApplication.translate("Due", "Can still help")),
        DueState.DUE_TODAY: ("●", QCoreApplication.translate("Due", "Good time now")),
        DueState.UPCOMING: ("◷", QCoreApplication.translate("Due", "Coming up")),
        DueState.SUGGESTED: ("○", QCoreApplication.translate("Due", "An idea")),
        DueState.DONE: ("✓", QCoreApplication.translate("Due", "Done")),
    }[state]


class DueRow(QFrame):
    how_requested = Signal(str, str)   # help id, step id
    helper_requested = Signal(str)     # "comfort-call", "icebreaker" or a plan (HELPER_PLANS)

    def __init__(self, item: DueItem, today: date, parent=None, write_down: bool = False):
        super().__init__(parent)
        self.item = item
        self.setObjectName("dueRow")
        accent = item.state in (DueState.DUE_TODAY, DueState.OVERDUE)
        self.setProperty("accent", "true" if accent else "false")
        sign, word = state_words(item.state, item.kind)
        self.state_label = QLabel(f"{sign} {word}", self)
        self.state_label.setMinimumWidth(120)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        when = short_date(item.due_date, today)
        title = QLabel(self)
        title.setWordWrap(True)
        title.setText(f"<b>{escape(item.title)}</b>"
                      + (f" · {escape(when)}" if when and item.state != DueState.DONE else ""))
        self.message_label = QLabel(item.message, self)
        self.message_label.setWordWrap(True)
        if item.state == DueState.DONE:
            make_hint(self.message_label)
            if item.due_date:
                self.message_label.setText(self.tr("{message} ({date})").format(
                    message=item.message, date=short_date(item.due_date, today)))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(title)
        texts.addWidget(self.message_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        self.how_button = None
        if item.state != DueState.DONE and (item.help_id or item.help_step_id):
            self.how_button = QPushButton(self.tr("How…"), self)
            self.how_button.setToolTip(self.tr("A few plain words on how to do this"))
            self.how_button.clicked.connect(
                lambda: self.how_requested.emit(item.help_id, item.help_step_id))
            row.addWidget(self.how_button, 0, Qt.AlignmentFlag.AlignTop)
        self.helper_button = None
        helper = None
        if item.kind == DueKind.ICEBREAKER and write_down:
            helper = WRITE_DOWN
        elif item.state != DueState.DONE and item.kind in HELPERS:
            helper = HELPERS[item.kind]
        if helper is not None:
            helper_id, words = helper
            self.helper_button = QPushButton(words(), self)
            self.helper_button.clicked.connect(lambda: self.helper_requested.emit(helper_id))
            row.addWidget(self.helper_button, 0, Qt.AlignmentFlag.AlignTop)


class DueSection(QWidget):
    """Lists DueItems and the first open steps of the child's stage."""

    how_requested = Signal(str, str)   # help id, step id
    guide_requested = Signal()
    helper_requested = Signal(str)
    move_requested = Signal(int)       # a stage number

    def __init__(self, guide: Guide, parent=None):
        super().__init__(parent)
        self.guide = guide
        self.setStyleSheet(ACCENT_STYLE)
        self.heading = QLabel(self.tr("What's next"), self)
        make_heading(self.heading, 1.25)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        self.empty_label = QLabel(self.tr(
            "Nothing is waiting right now. The guide has ideas whenever you want them."), self)
        make_hint(self.empty_label)
        self.steps_heading = QLabel(self.tr("Next suggested steps"), self)
        make_heading(self.steps_heading, 1.1)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(4)
        self.move_label = QLabel(self)
        self.move_label.setWordWrap(True)
        self.move_button = QPushButton(self)
        self.move_button.clicked.connect(lambda: self.move_requested.emit(self._move_to))
        self.move_box = QFrame(self)
        self.move_box.setObjectName("dueRow")
        self.move_box.setProperty("accent", "false")
        move_row = QHBoxLayout(self.move_box)
        move_row.setContentsMargins(10, 6, 8, 6)
        move_row.addWidget(self.move_label, 1)
        move_row.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignTop)
        self._move_to = 0
        self.guide_button = QPushButton(self.tr("Open the guide"), self)
        self.guide_button.clicked.connect(self.guide_requested)
        self.back_button = QPushButton(self)
        self.back_button.setFlat(True)
        self.back_button.setToolTip(self.tr(
            "Moved on too soon? Go back a stage; ticked steps stay as they are."))
        self.back_button.clicked.connect(lambda: self.move_requested.emit(self._stage - 1))
        self._stage = 1
        guide_row = QHBoxLayout()
        guide_row.addWidget(self.guide_button)
        guide_row.addWidget(self.back_button)
        guide_row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addLayout(self.rows_box)
        column.addWidget(self.empty_label)
        column.addSpacing(4)
        column.addWidget(self.steps_heading)
        column.addLayout(self.steps_box)
        column.addWidget(self.move_box)
        column.addLayout(guide_row)
        self.rows: list[DueRow] = []
        self.step_titles: list[str] = []

    def show_items(self, items: list[DueItem], next_steps: list[Step], today: date, *,
                   write_down: bool = False, stage: int = 1, name: str = "",
                   ready_to_move: bool = False) -> None:
        """*write_down*: the icebreaker has happened and is still to be written down;
        *ready_to_move*: the key steps of *stage* are done, so the next one is suggested."""
        _clear(self.rows_box)
        _clear(self.steps_box)
        self.rows = []
        for item in items:
            row = DueRow(item, today, self, write_down)
            row.how_requested.connect(self.how_requested)
            row.helper_requested.connect(self.helper_requested)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        self.empty_label.setVisible(not items)
        self.step_titles = [step.title for step in next_steps[:NEXT_STEPS_SHOWN]]
        for step in next_steps[:NEXT_STEPS_SHOWN]:
            line = QHBoxLayout()
            label = QLabel(f"○ {step.title}", self)
            label.setTextFormat(Qt.TextFormat.PlainText)   # a title's ' or & as they are
            label.setWordWrap(True)
            more = QPushButton(self.tr("Read more"), self)
            more.setFlat(True)
            more.clicked.connect(lambda _=False, s=step.id: self.how_requested.emit("", s))
            line.addWidget(label, 1)
            line.addWidget(more)
            holder = QWidget(self)
            holder.setLayout(line)
            line.setContentsMargins(10, 0, 0, 0)
            self.steps_box.addWidget(holder)
        self.steps_heading.setVisible(bool(next_steps))
        self._show_stage_moves(stage, name, ready_to_move)

    def _show_stage_moves(self, stage: int, name: str, ready_to_move: bool) -> None:
        self._stage, self._move_to = stage, stage + 1
        self.move_box.setVisible(ready_to_move)
        if ready_to_move:
            self.move_label.setText(self.tr(
                "The main steps of this stage are done. When {name} and the family feel "
                "ready, you can move on to stage {n}: {title}.").format(
                    name=name, n=stage + 1, title=stage_short_name(stage + 1)))
            self.move_label.setToolTip(stage_title(stage + 1))
            self.move_button.setText(self.tr("Move to stage {n}").format(n=stage + 1))
        # Back only to a stage the Overview moves on from: stage 4 begins when the
        # placement ends, not with a click here.
        self.back_button.setVisible(stage - 1 in KEY_STEPS)
        self.back_button.setText(self.tr("Back to stage {n}").format(n=stage - 1))


def audience_of(child) -> Audience:
    return Audience(child.placement_type.value)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
