"""Actions on a child record: add, edit, archive (placement ended) and delete for good."""
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database, gone
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import children as store
from bfpp_desktop.storage.photo_sweep import PhotoKeeper


def _existing(db, child_id: int) -> Child:
    child = store.get_child(db, child_id)
    if child is None:
        raise gone()
    return child


def add_child(target, child: Child) -> OpResult:
    db = database(target)
    with db.atomic():
        saved = store.add_child(db, child)
    return OpResult(Changes(Kind.CHILDREN, saved.id), value=saved)


def update_child(target, child: Child) -> OpResult:
    """Save the child's details (the guide's stage move is one too); undo puts them back."""
    db = database(target)
    with db.atomic():
        before = _existing(db, child.id)
        store.update_child(db, child)
    return OpResult(Changes(Kind.CHILDREN, child.id),
                    translate("Undo", "edit {name}'s details").format(name=child.display_name),
                    partial(update_child, child=before), value=child)


def set_archived(target, child_id: int, archived: bool) -> OpResult:
    """Archive (placement ended) or bring back to the daily list; undo does the opposite."""
    db = database(target)
    with db.atomic():
        child = _existing(db, child_id)
        store.set_archived(db, child_id, archived)
    text = (translate("Undo", "mark {name}'s placement as ended") if archived else
            translate("Undo", "bring {name} back to the daily list"))
    return OpResult(Changes(Kind.CHILDREN, child_id), text.format(name=child.display_name),
                    partial(set_archived, child_id=child_id, archived=not archived),
                    value=child.copy(archived=archived))


def archive_child(target, child_id: int) -> OpResult:
    return set_archived(target, child_id, True)


def delete_child(target, photos: PhotoKeeper, child_id: int) -> OpResult:
    """Delete the child with everything about them, and their photo folder. Cannot be undone,
    and earlier undo steps may refer to the child, so they are forgotten."""
    db = database(target)
    with db.atomic():
        child = _existing(db, child_id)
        store.delete_child(db, child_id)
    photos.sweep(child_id)   # nothing refers to their photos any more
    return OpResult(Changes(Kind.CHILDREN | Kind.JOURNAL | Kind.WORLD | Kind.CONTACTS
                            | Kind.GUIDE | Kind.BRIDGE_BOOK, child_id),
                    forgets_history=True, value=child)
