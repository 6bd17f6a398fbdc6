"""Journal actions: editing an entry, deleting one and bringing it back, ticking a follow-up."""
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, PhotoHold, database, gone
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage import journal as store

KINDS = Kind.JOURNAL


def _title(entry: JournalEntry) -> str:
    return entry.title or entry.kind.label


def _hold(*entries: JournalEntry) -> PhotoHold:
    return PhotoHold(entries[0].child_id,
                     tuple(sorted({p.file_name for e in entries for p in e.photos})))


def _existing(db, entry_id: int) -> JournalEntry:
    entry = store.get_entry(db, entry_id)
    if entry is None:
        raise gone()
    return entry


def update_entry(target, entry: JournalEntry) -> OpResult:
    """Save *entry* over the stored one; undo saves the stored one back."""
    db = database(target)
    with db.atomic():
        before = _existing(db, entry.id)
        store.update_entry(db, entry)
    return OpResult(
        Changes(KINDS, entry.child_id, entry.id),
        translate("Undo", "edit the journal entry “{title}”").format(title=_title(entry)),
        partial(update_entry, entry=before), _hold(before, entry), value=entry)


def delete_entry(target, entry_id: int) -> OpResult:
    """Delete the entry; its photo files stay while the delete can be undone."""
    db = database(target)
    with db.atomic():
        entry = _existing(db, entry_id)
        store.delete_entry(db, entry_id)
    return OpResult(
        Changes(KINDS, entry.child_id),
        translate("Undo", "delete the journal entry “{title}”").format(title=_title(entry)),
        partial(restore_entry, entry=entry), _hold(entry), value=entry)


def restore_entry(target, entry: JournalEntry) -> OpResult:
    """Put a deleted entry back under its old id (the inverse of delete_entry)."""
    db = database(target)
    with db.atomic():
        if store.get_entry(db, entry.id) is not None:
            raise gone()
        restored = store.restore_entry(db, entry)
    return OpResult(
        Changes(KINDS, entry.child_id, entry.id),
        translate("Undo", "bring back the journal entry “{title}”").format(title=_title(entry)),
        partial(delete_entry, entry_id=entry.id), _hold(entry), value=restored)


def set_follow_up_done(target, entry_id: int, done: bool = True) -> OpResult:
    db = database(target)
    with db.atomic():
        entry = _existing(db, entry_id)
        store.set_follow_up_done(db, entry_id, done)
    return OpResult(Changes(KINDS, entry.child_id, entry_id))


def add_entry(target, entry: JournalEntry) -> OpResult:
    """Save a new entry (not undoable: it can be deleted, and the delete undone)."""
    db = database(target)
    with db.atomic():
        saved = store.add_entry(db, entry)
    return OpResult(Changes(KINDS, saved.child_id, saved.id), value=saved)
