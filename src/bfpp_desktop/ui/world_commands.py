"""Undoable changes to the child's world items (Edit > Undo, Ctrl+Z).

Each command is pushed after its change was saved (see child_commands), and
calls *changed* after undo/redo so the page shows the stored state.
"""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bfpp_desktop.core.world import WorldItem
from bfpp_desktop.storage import world as store
from bfpp_desktop.ui.child_commands import _AppliedCommand
from bfpp_desktop.ui.errors import attempt



class AddItemCommand(_AppliedCommand):
    def __init__(self, db, item: WorldItem, changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate("Undo", "add “{title}”").format(title=item.title), changed)
        self._db, self._item = db, item

    def apply(self, forward: bool) -> None:
        if forward:
            attempt(None, store.add_item, self._db, self._item)
        else:
            attempt(None, store.delete_item, self._db, self._item.id)
        self._changed(self._item.child_id)


class DeleteItemCommand(_AppliedCommand):
    def __init__(self, db, item: WorldItem, changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate("Undo", "delete “{title}”").format(title=item.title), changed)
        self._db, self._item = db, item

    def apply(self, forward: bool) -> None:
        if forward:
            attempt(None, store.delete_item, self._db, self._item.id)
        else:
            attempt(None, store.add_item, self._db, self._item)
        self._changed(self._item.child_id)


class EditItemCommand(_AppliedCommand):
    def __init__(self, db, before: WorldItem, after: WorldItem,
                 changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate("Undo", "change “{title}”").format(title=after.title), changed)
        self._db, self._before, self._after = db, before, after

    def apply(self, forward: bool) -> None:
        attempt(None, store.update_item, self._db, self._after if forward else self._before)
        self._changed(self._after.child_id)


class MoveItemCommand(_AppliedCommand):
    def __init__(self, db, item: WorldItem, old: int, new: int,
                 changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate("Undo", "move “{title}”").format(title=item.title), changed)
        self._db, self._item, self._old, self._new = db, item, old, new

    def apply(self, forward: bool) -> None:
        attempt(None, store.move_item, self._db, self._item.id,
                self._new if forward else self._old)
        self._changed(self._item.child_id)
