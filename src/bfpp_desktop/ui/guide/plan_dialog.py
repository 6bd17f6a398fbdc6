"""The transition plan (stage 3) and after-care contact plan (stage 4), kept per child.

Typing is saved a moment after it stops and again on closing; if a save
fails the window stays open with every word still in it.
"""
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import Guide, PlanPrompt
from bfpp_desktop.core.stage_progress import PlanKind, PlanRecord, validate_plan
from bfpp_desktop.reports.catalogue import CONTACT_PLAN, TRANSITION_PLAN
from bfpp_desktop.storage.guide_progress import save_plan
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.guide.saving import try_save
from bfpp_desktop.ui.helper_names import CONTACT_PLAN_HELPER, TRANSITION_PLAN_HELPER
from bfpp_desktop.ui.widgets.sizing import fit_to_screen
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message

AUTOSAVE_MS = 1500
PRINTOUT_FOR = {PlanKind.TRANSITION: TRANSITION_PLAN.id, PlanKind.CONTACT: CONTACT_PLAN.id}
# The Overview's "What's next" opens a plan as it opens a helper, by name.
HELPER_PLANS = {TRANSITION_PLAN_HELPER: PlanKind.TRANSITION, CONTACT_PLAN_HELPER: PlanKind.CONTACT}


def plan_title(kind: PlanKind, name: str) -> str:
    if kind == PlanKind.TRANSITION:
        return QCoreApplication.translate("Guide", "Going home: {name}'s transition plan").format(
            name=name)
    return QCoreApplication.translate("Guide", "Staying in touch: {name}'s contact plan").format(
        name=name)


def plan_prompts(guide: Guide, kind: PlanKind) -> tuple[PlanPrompt, ...]:
    return guide.transition_plan_prompts if kind == PlanKind.TRANSITION \
        else guide.contact_plan_prompts


class PlanDialog(QDialog):
    saved = Signal()
    print_requested = Signal(str)

    def __init__(self, guide: Guide, db, child: Child, plan: PlanRecord, today: date,
                 parent=None):
        super().__init__(parent)
        self.db, self.child, self.kind, self.today = db, child, plan.kind, today
        self.setWindowTitle(plan_title(plan.kind, child.display_name))
        fit_to_screen(self, 640, 720)
        heading = QLabel(plan_title(plan.kind, child.display_name), self)
        heading.setWordWrap(True)
        make_heading(heading, 1.4)
        intro = QLabel(self.tr(
            "Write as much or as little as helps. You can come back and change it any time; "
            "it is saved as you type."), self)
        make_hint(intro)

        self.edits: dict[str, QPlainTextEdit] = {}
        self.messages: dict[str, QLabel] = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setSpacing(4)
        for prompt in plan_prompts(guide, plan.kind):
            title = QLabel(prompt.heading, body)
            make_heading(title, 1.1)
            hint = QLabel(prompt.prompt, body)
            make_hint(hint)
            edit = QPlainTextEdit(body)
            edit.setPlainText(plan.answer(prompt.id))
            edit.setMinimumHeight(70)
            edit.setMaximumHeight(130)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(prompt.heading)
            edit.textChanged.connect(self._on_typed)
            message = QLabel(body)
            message.setVisible(False)
            for widget in (title, hint, edit, message):
                column.addWidget(widget)
            column.addSpacing(10)
            self.edits[prompt.id], self.messages[prompt.id] = edit, message
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.status = QLabel(self)
        make_hint(self.status)
        if plan.updated_on:
            self.status.setText(self.tr("Last changed {date}.").format(
                date=short_date(plan.updated_on, today)))
        self.print_button = QPushButton(self.tr("Print this plan…"), self)
        self.print_button.clicked.connect(
            lambda: self.save() and self.print_requested.emit(PRINTOUT_FOR[self.kind]))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self._dirty = False
        # Closing the app while this is open must not lose the last words typed.
        self._main_window = parent.window() if parent is not None else None
        if self._main_window is not None:
            self._main_window.installEventFilter(self)

    def plan(self) -> PlanRecord:
        return PlanRecord(self.kind, {pid: edit.toPlainText() for pid, edit in self.edits.items()},
                          self.today)

    def _on_typed(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Saving as you type…"))
        self._timer.start()

    def save(self) -> bool:
        """Keep what is written; False (and the text stays) if it could not be saved."""
        self._timer.stop()
        plan = self.plan()
        problems = validate_plan(plan)
        for prompt_id, label in self.messages.items():
            show_field_message(label, problems.get(prompt_id))
        if problems:
            self.status.setText(self.tr("Not saved yet: one part is too long."))
            return False
        if not try_save(self, save_plan, self.db, self.child.id, plan):
            self.status.setText(self.tr("Not saved yet. Your words are still here."))
            return False
        self._dirty = False
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def done(self, result: int) -> None:
        # Closing in any way (button, Esc, window close) saves first.
        if self._dirty and not self.save():
            return
        super().done(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._main_window and event.type() == QEvent.Type.Close
                and self._dirty and not self.save()):
            event.ignore()               # keep the app open: the words are still here
            return True
        return super().eventFilter(watched, event)
