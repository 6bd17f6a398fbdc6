"""Undoable journal changes (Edit > Undo, Ctrl+Z): saving an edited entry, deleting one.

Each command is pushed after its change was saved (see child_commands). Photo
files an undo or redo could still need stay on disk while the command exists;
when Qt destroys the command (stack cleared, redo history dropped, window closed)
the files the entry no longer uses are removed, so a deleted photo does not
linger on the computer.
"""
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage import photos as photo_store
from bfpp_desktop.ui.child_commands import _AppliedCommand
from bfpp_desktop.ui.errors import attempt

# changed(child_id, entry_id or None): show the stored state after an undo or redo.
Changed = Callable[[int, int | None], None]


def _title(entry: JournalEntry) -> str:
    return entry.title or entry.kind.label


class _JournalCommand(_AppliedCommand):
    def __init__(self, text: str, data_dir: Path, child_id: int, changed: Changed):
        super().__init__(text, changed)
        self._data_dir, self._child_id = Path(data_dir), child_id
        self._forward = True  # what is stored now: the change (True) or the state before it
        self._finished = False

    def unused_files(self, forward: bool) -> list[str]:
        """Photo files the entry does not use when the stored state is *forward*."""
        raise NotImplementedError

    def finish(self) -> None:
        """Remove the files no longer reachable; called once the command cannot be used."""
        if self._finished:
            return
        self._finished = True
        try:
            photo_store.remove_photo_files(self._data_dir, self._child_id,
                                           self.unused_files(self._forward))
        except OSError:
            pass  # a file that cannot be removed now is only wasted space, never an error

    def __del__(self) -> None:
        self.finish()


class EditEntryCommand(_JournalCommand):
    def __init__(self, db, data_dir: Path, before: JournalEntry, after: JournalEntry,
                 changed: Changed):
        super().__init__(QCoreApplication.translate("Undo", "edit the journal entry “{title}”")
                         .format(title=_title(after)), data_dir, after.child_id, changed)
        self._db, self._before, self._after = db, before, after

    def apply(self, forward: bool) -> None:
        entry = self._after if forward else self._before
        if attempt(None, store.update_entry, self._db, entry) is not None:
            self._forward = forward
            self._changed(entry.child_id, entry.id)

    def unused_files(self, forward: bool) -> list[str]:
        used = {p.file_name for p in (self._after if forward else self._before).photos}
        every = {p.file_name for p in self._before.photos + self._after.photos}
        return sorted(every - used)


class DeleteEntryCommand(_JournalCommand):
    def __init__(self, db, data_dir: Path, entry: JournalEntry, changed: Changed):
        super().__init__(QCoreApplication.translate("Undo", "delete the journal entry “{title}”")
                         .format(title=_title(entry)), data_dir, entry.child_id, changed)
        self._db, self._entry = db, entry

    def apply(self, forward: bool) -> None:
        if forward:
            done = attempt(None, store.delete_entry, self._db, self._entry.id) is not None
        else:
            done = attempt(None, store.restore_entry, self._db, self._entry) is not None
        if done:
            self._forward = forward
            self._changed(self._entry.child_id, None if forward else self._entry.id)

    def unused_files(self, forward: bool) -> list[str]:
        return [p.file_name for p in self._entry.photos] if forward else []
