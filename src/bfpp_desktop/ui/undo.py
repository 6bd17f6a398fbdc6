"""Running actions from the window: one generic undo command, and one place that reports.

perform() runs an action (actions/): a failure is shown in plain words and nothing
changed (the action's transaction rolled back). Success goes on the undo stack when it
can be taken back, and its Changes are announced on AppContext.signals so every page
that shows the data refreshes.

An undo or redo that fails is shown too, and its step is marked obsolete, so Qt takes
it off the stack: Edit > Undo never offers a step that the database no longer matches.
"""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from bfpp_desktop.actions import OpResult
from bfpp_desktop.storage.errors import KnownError, classify
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.errors import report


class ActionCommand(QUndoCommand):
    """A change that was already made when pushed (the first redo does nothing): its undo
    and redo are actions, each returning the next. Holds the photo files they could bring
    back until Qt destroys the command (stack cleared, redo history dropped, window
    closed); then they are released and the child's folder is swept."""

    def __init__(self, context: AppContext, result: OpResult):
        super().__init__(result.description)
        self._context = context
        self._next = result.undo
        self._first = True
        self._photos = result.photos
        if self._photos is not None:
            context.photos.hold(self._photos.names)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        try:
            result = self._next(self._context.db)
        except Exception as exc:  # noqa: BLE001 - shown in plain words below
            self.setObsolete(True)    # the stack drops this step once undo()/redo() returns
            report(self._context.undo_stack.parent(), _step_dropped(exc))
            return
        self._next = result.undo
        self._context.signals.changes_applied.emit(result.changes)

    def release_photos(self) -> None:
        """Called once the command can no longer be used."""
        if self._photos is None:
            return
        hold, self._photos = self._photos, None
        self._context.photos.release(hold.child_id, hold.names)

    def __del__(self) -> None:
        self.release_photos()


def _step_dropped(exc: Exception) -> Exception:
    """A known problem also says that the step is gone from Edit > Undo; a bug stays as it
    is (logged, and apologised for)."""
    known = classify(exc)
    if known is None:
        return exc
    dropped = QCoreApplication.translate("Undo", "This step has been taken off the Undo list.")
    return KnownError(known.title, known.message, f"{known.advice} {dropped}".strip())


def perform(context: AppContext, parent, action: Callable[..., OpResult], *args,
            **kwargs) -> OpResult | None:
    """Run *action* on the open database; None when it failed (already reported to the
    caregiver over *parent*)."""
    try:
        result = action(context.db, *args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - everything reaches the user as a dialog
        report(parent, exc)
        return None
    if result.forgets_history:
        context.undo_stack.clear()
    elif result.undo is not None:
        context.undo_stack.push(ActionCommand(context, result))
    context.signals.changes_applied.emit(result.changes)
    return result
