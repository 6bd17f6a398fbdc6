"""Actions on a child record: add, edit, end the placement (or take that back) and delete
for good."""
from datetime import date
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database, gone
from bfpp_desktop.core.children import Child, PlacementEnd
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


def end_placement(target, child_id: int, how: PlacementEnd, on: date) -> OpResult:
    """The placement ended *on* that day, *how*: going home moves the child to stage 4 on
    the daily list, any other ending keeps the record out of it. Undo puts it back as it was."""
    db = database(target)
    with db.atomic():
        before = _existing(db, child_id)
        after = before.ended(how, on)
        store.update_child(db, after)
    return OpResult(Changes(Kind.CHILDREN, child_id),
                    translate("Undo", "mark {name}'s placement as ended").format(
                        name=before.display_name),
                    partial(update_child, child=before), value=after)


def back_in_care(target, child_id: int) -> OpResult:
    """The child is in my care again: the ending is forgotten and the record is on the daily
    list. The stage stays as it is (the caregiver chooses it); undo puts the ending back."""
    db = database(target)
    with db.atomic():
        before = _existing(db, child_id)
        after = before.back_in_care()
        store.update_child(db, after)
    return OpResult(Changes(Kind.CHILDREN, child_id),
                    translate("Undo", "bring {name} back to the daily list").format(
                        name=before.display_name),
                    partial(update_child, child=before), value=after)


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
