"""The Overview's "What's next": what is due, gently worded, and the next steps."""
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from bfpp_desktop.core.due import DueItem, DueKind, DueState
from bfpp_desktop.core.guide import Audience, Guide, Step
from bfpp_desktop.ui.guide.plan_dialog import CONTACT_PLAN_HELPER, TRANSITION_PLAN_HELPER
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint

# One soft accent for "now is a good time"; the word and the sign carry the
# meaning, so the colour is only a help.
ACCENT_STYLE = ("QFrame#dueRow[accent=\"true\"] { background: rgba(230, 170, 40, 38); "
                "border-left: 4px solid rgba(200, 140, 20, 200); border-radius: 4px; }")
NEXT_STEPS_SHOWN = 3
# Due items a helper window can do with the caregiver: kind -> (helper id, button words).
HELPERS = {
    DueKind.COMFORT_CALL: ("comfort-call",
                           lambda: QCoreApplication.translate("Due", "Comfort call helper…")),
    DueKind.ICEBREAKER: ("icebreaker",
                         lambda: QCoreApplication.translate("Due", "Prepare the icebreaker…")),
    DueKind.MOVE_HOME_MEETING: (TRANSITION_PLAN_HELPER, lambda: QCoreApplication.translate(
        "Due", "Transition plan…")),
    DueKind.CONTACT_PLAN: (CONTACT_PLAN_HELPER, lambda: QCoreApplication.translate(
        "Due", "Contact plan…")),
}


def state_words(state: DueState) -> tuple[str, str]:
    """(sign, word) for a due state, shown together so colour is never needed."""
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

    def __init__(self, item: DueItem, today: date, parent=None):
        super().__init__(parent)
        self.item = item
        self.setObjectName("dueRow")
        accent = item.state in (DueState.DUE_TODAY, DueState.OVERDUE)
        self.setProperty("accent", "true" if accent else "false")
        sign, word = state_words(item.state)
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
        if item.state != DueState.DONE and item.kind in HELPERS:
            helper_id, words = HELPERS[item.kind]
            self.helper_button = QPushButton(words(), self)
            self.helper_button.clicked.connect(lambda: self.helper_requested.emit(helper_id))
            row.addWidget(self.helper_button, 0, Qt.AlignmentFlag.AlignTop)


class DueSection(QWidget):
    """Lists DueItems and the first open steps of the child's stage."""

    how_requested = Signal(str, str)   # help id, step id
    guide_requested = Signal()
    helper_requested = Signal(str)

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
        self.guide_button = QPushButton(self.tr("Open the guide"), self)
        self.guide_button.clicked.connect(self.guide_requested)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addLayout(self.rows_box)
        column.addWidget(self.empty_label)
        column.addSpacing(4)
        column.addWidget(self.steps_heading)
        column.addLayout(self.steps_box)
        column.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[DueRow] = []
        self.step_titles: list[str] = []

    def show_items(self, items: list[DueItem], next_steps: list[Step], today: date) -> None:
        _clear(self.rows_box)
        _clear(self.steps_box)
        self.rows = []
        for item in items:
            row = DueRow(item, today, self)
            row.how_requested.connect(self.how_requested)
            row.helper_requested.connect(self.helper_requested)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        self.empty_label.setVisible(not items)
        self.step_titles = [step.title for step in next_steps[:NEXT_STEPS_SHOWN]]
        for step in next_steps[:NEXT_STEPS_SHOWN]:
            line = QHBoxLayout()
            label = QLabel(f"○ {escape(step.title)}", self)
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


def audience_of(child) -> Audience:
    return Audience(child.placement_type.value)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
