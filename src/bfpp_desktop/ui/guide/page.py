"""Guide: the four stages for this child, with steps to tick, plans and reflections.

The app suggests and the caregiver decides: moving to another stage is their
choice, and nothing here is graded.
"""
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMessageBox,
                               QScrollArea)

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import guide as guide_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.step_evidence import GuideState
from bfpp_desktop.core.stage_progress import PlanKind, StepProgress
from bfpp_desktop.storage.guide_progress import load_plan
from bfpp_desktop.storage.step_evidence import load_guide_state
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.guide.plan_dialog import PlanDialog
from bfpp_desktop.ui.guide.printouts import stage_sheet
from bfpp_desktop.ui.guide.reflections_view import ReflectionsView
from bfpp_desktop.ui.guide.stage_view import StageView
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.undo import perform

REFLECTIONS_ROW = 4          # after the four stages in the list on the left


class GuidePage(ChildPage):
    # Steps are ticked from the journal, the About page and the bridge book too.
    SHOWS = Kind.GUIDE | Kind.JOURNAL | Kind.WORLD | Kind.BRIDGE_BOOK
    print_requested = Signal(str)      # a print-center document id, e.g. "transition-plan"
    helper_requested = Signal(str)     # "comfort-call" or "icebreaker": open that helper

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(context, parent)
        self._today = today
        self.setObjectName("guidePage")   # the window finds it for "Open the guide"
        self.guide = load_guide()
        self.view: StageView | ReflectionsView | None = None
        self.plan_dialog: PlanDialog | None = None
        self._drafts: dict = {}          # unsaved reflections, by (child id, factor id)
        self._shown_id: int | None = None
        self._shown_row = -1

        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Parts of the guide"))
        self.sections.setMaximumWidth(230)
        self.sections.setMinimumWidth(170)
        self.sections.setWordWrap(True)
        self.sections.setSpacing(3)
        self.sections.currentRowChanged.connect(self._on_section_changed)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 0, 0)
        layout.addWidget(self.sections)
        layout.addWidget(self.scroll, 1)

    def today(self) -> date:
        return self._today or date.today()

    def show_child(self, child: Child | None) -> None:
        if child is None:
            return
        previous = self.sections.currentRow()
        same_child = self._shown_id == child.id
        self._shown_id = child.id
        self.sections.blockSignals(True)
        self.sections.clear()
        for stage in self.guide.stages:
            text = self.tr("{n}. {name}").format(n=stage.number, name=stage.short_name)
            if stage.number == child.stage:
                text += "\n" + self.tr("◉ {name} is here").format(name=child.display_name)
            item = QListWidgetItem(text, self.sections)
            item.setToolTip(stage.title)
        QListWidgetItem(self.tr("Protective factors"), self.sections)
        self.sections.blockSignals(False)
        row = previous if same_child and previous >= 0 else child.stage - 1
        self.sections.setCurrentRow(row)
        self._on_section_changed(row)

    def document_to_print(self) -> str | None:
        """The sheet of the stage on screen (the child's own beside the reflections)."""
        row = self.sections.currentRow()
        if self.child is None:
            return None
        return stage_sheet(self.guide, row + 1 if 0 <= row < REFLECTIONS_ROW
                           else self.child.stage)

    def show_stage(self, number: int) -> None:
        self.sections.setCurrentRow(number - 1)

    def show_reflections(self) -> None:
        self.sections.setCurrentRow(REFLECTIONS_ROW)

    # ----- building the right side ----------------------------------------------------------
    def _on_section_changed(self, row: int) -> None:
        child = self.child
        if child is None or row < 0:
            return
        scroll_to = self.scroll.verticalScrollBar().value() if row == self._shown_row else 0
        if row == REFLECTIONS_ROW:
            view = ReflectionsView(self.guide, self.context.db, child.id, self.today(),
                                   self._drafts)
            view.reflection_saved.connect(lambda: self._on_section_changed(REFLECTIONS_ROW))
        else:
            state = attempt(self, load_guide_state, self.context.db, child.id,
                            self.today()) or GuideState()
            plans = {kind: attempt(self, load_plan, self.context.db, child.id, kind)
                     for kind in PlanKind}
            view = StageView(self.guide, self.guide.stages[row], child, state,
                             {k: p for k, p in plans.items() if p is not None}, self.today())
            view.step_changed.connect(self._on_step_changed)
            view.move_requested.connect(self._on_move_requested)
            view.plan_requested.connect(self.open_plan)
            view.print_requested.connect(self.print_requested)
            view.helper_requested.connect(self.helper_requested)
        view.setContentsMargins(16, 8, 24, 24)
        self.view = view
        self.scroll.setWidget(view)   # the old view is deleted by the scroll area
        self._shown_row = row
        if scroll_to:
            # After the new view is laid out, so the range is known (a rebuild keeps the place).
            bar = self.scroll.verticalScrollBar()
            QTimer.singleShot(0, lambda: bar.setValue(scroll_to))

    # ----- steps ----------------------------------------------------------------------------
    def _on_step_changed(self, _before: StepProgress, after: StepProgress, title: str) -> None:
        if perform(self.context, self, guide_actions.save_step, self.child.id, after,
                   title) is None:
            self.refresh_for(Changes(Kind.GUIDE, self.child.id))  # show what is stored

    def refresh_for(self, changes: Changes) -> None:
        """Show each step's status in the rows already shown (a rebuild would lose the
        place and the keyboard focus)."""
        if not isinstance(self.view, StageView):
            return
        state = attempt(self, load_guide_state, self.context.db, self.child.id, self.today())
        if state is not None:
            for step_id, row in self.view.rows.items():
                row.set_status(state.status(step_id))

    # ----- moving between stages ------------------------------------------------------------
    def _on_move_requested(self, number: int) -> None:
        before = self.child
        stage = self.guide.stage(number)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move to stage {n}?").format(n=number),
                          self.tr("Move {name} to stage {n}, {title}?").format(
                              name=before.display_name, n=number, title=stage.title),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Choose this when your family feels ready. Steps you have ticked stay as they are, "
            "and Ctrl+Z undoes the move."))
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Move"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        perform(self.context, self, guide_actions.move_to_stage, before.id, number)

    # ----- plans ----------------------------------------------------------------------------
    def open_plan(self, kind: PlanKind) -> PlanDialog | None:
        child = self.child
        plan = attempt(self, load_plan, self.context.db, child.id, kind)
        if plan is None:
            return None
        if self.plan_dialog is not None:
            self.plan_dialog.deleteLater()    # one plan window at a time
        dialog = PlanDialog(self.guide, self.context.db, child, plan, self.today(), self)
        dialog.print_requested.connect(self.print_requested)
        dialog.finished.connect(lambda _r: self._on_section_changed(self.sections.currentRow()))
        # The Overview's reminders go by whether a contact plan is written.
        dialog.finished.connect(lambda _r, c=child.id: self.context.signals.changes_applied.emit(
            Changes(Kind.GUIDE, c)))
        self.plan_dialog = dialog
        dialog.open()
        return dialog
