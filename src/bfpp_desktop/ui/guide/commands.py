"""Undoable guide changes (Edit > Undo): a step ticked, skipped, or its note changed."""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.storage.guide_progress import save_step_progress
from bfpp_desktop.ui.child_commands import _AppliedCommand
from bfpp_desktop.ui.guide.saving import try_save


def describe(title: str, before: StepProgress, after: StepProgress) -> str:
    if after.state != before.state:
        if after.state == StepState.DONE:
            text = QCoreApplication.translate("Undo", "tick “{step}”")
        elif after.state == StepState.NOT_FOR_US:
            text = QCoreApplication.translate("Undo", "mark “{step}” as not for us")
        else:
            text = QCoreApplication.translate("Undo", "reopen “{step}”")
    else:
        text = QCoreApplication.translate("Undo", "note on “{step}”")
    return text.format(step=title)


class StepProgressCommand(_AppliedCommand):
    """Pushed after the new progress was saved; undo saves the old one back."""

    def __init__(self, db, child_id: int, title: str, before: StepProgress,
                 after: StepProgress, changed: Callable[[int, StepProgress], None]):
        super().__init__(describe(title, before, after), lambda _id: None)
        self._db, self._child_id = db, child_id
        self._before, self._after = before, after
        self._restored = changed

    def apply(self, forward: bool) -> None:
        progress = self._after if forward else self._before
        if try_save(None, save_step_progress, self._db, self._child_id, progress):
            self._restored(self._child_id, progress)
