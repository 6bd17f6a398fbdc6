"""Undoable journal changes (Edit > Undo, Ctrl+Z): saving an edited entry, deleting one.

Each command is pushed after its change was saved (see child_commands). The photo
files an undo or redo could still need are held while the command exists (see
photo_commands); which files then go is the photo sweep's decision, so a photo a
bridge-book page still shows stays.
"""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.photo_sweep import PhotoKeeper
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.photo_commands import PhotoHoldingCommand

# changed(child_id, entry_id or None): show the stored state after an undo or redo.
Changed = Callable[[int, int | None], None]


def _title(entry: JournalEntry) -> str:
    return entry.title or entry.kind.label


class EditEntryCommand(PhotoHoldingCommand):
    def __init__(self, db, photos: PhotoKeeper, before: JournalEntry, after: JournalEntry,
                 changed: Changed):
        super().__init__(QCoreApplication.translate("Undo", "edit the journal entry “{title}”")
                         .format(title=_title(after)), changed, photos, after.child_id,
                         [p.file_name for p in before.photos + after.photos])
        self._db, self._before, self._after = db, before, after

    def apply(self, forward: bool) -> None:
        entry = self._after if forward else self._before
        if attempt(None, store.update_entry, self._db, entry) is not None:
            self._changed(entry.child_id, entry.id)


class DeleteEntryCommand(PhotoHoldingCommand):
    def __init__(self, db, photos: PhotoKeeper, entry: JournalEntry, changed: Changed):
        super().__init__(QCoreApplication.translate("Undo", "delete the journal entry “{title}”")
                         .format(title=_title(entry)), changed, photos, entry.child_id,
                         [p.file_name for p in entry.photos])
        self._db, self._entry = db, entry

    def apply(self, forward: bool) -> None:
        if forward:
            done = attempt(None, store.delete_entry, self._db, self._entry.id) is not None
        else:
            done = attempt(None, store.restore_entry, self._db, self._entry) is not None
        if done:
            self._changed(self._entry.child_id, None if forward else self._entry.id)
