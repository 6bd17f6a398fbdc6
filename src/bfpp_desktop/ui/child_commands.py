"""Undoable changes to a child record (Edit > Undo)."""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from bfpp_desktop.core.children import Child
from bfpp_desktop.storage.children import set_archived, update_child
from bfpp_desktop.ui.errors import attempt


class _AppliedCommand(QUndoCommand):
    """A change that was already saved when pushed: the first redo does nothing.

    Saving before pushing lets a failed save be reported without leaving a
    command on the stack that never happened.
    """

    def __init__(self, text: str, changed: Callable[[int], None]):
        super().__init__(text)
        self._changed = changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply(forward=True)

    def undo(self) -> None:
        self.apply(forward=False)

    def apply(self, forward: bool) -> None:
        raise NotImplementedError


class EditChildCommand(_AppliedCommand):
    def __init__(self, db, before: Child, after: Child, changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate(
            "Undo", "edit {name}'s details").format(name=after.display_name), changed)
        self._db, self._before, self._after = db, before, after

    def apply(self, forward: bool) -> None:
        child = self._after if forward else self._before
        if attempt(None, update_child, self._db, child) is not None:
            self._changed(child.id)


class ArchiveChildCommand(_AppliedCommand):
    def __init__(self, db, child: Child, archived: bool, changed: Callable[[int], None]):
        text = (QCoreApplication.translate("Undo", "mark {name}'s placement as ended")
                if archived else
                QCoreApplication.translate("Undo", "bring {name} back to the daily list"))
        super().__init__(text.format(name=child.display_name), changed)
        self._db, self._child_id, self._archived = db, child.id, archived

    def apply(self, forward: bool) -> None:
        value = self._archived if forward else not self._archived
        attempt(None, set_archived, self._db, self._child_id, value)
        self._changed(self._child_id)
