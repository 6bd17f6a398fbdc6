"""Actions on the child's world items (routines, likes, care, health, school)."""
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database, gone
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.world import WorldItem
from bfpp_desktop.storage import world as store


def _existing(db, item_id: int) -> WorldItem:
    item = store.get_item(db, item_id)
    if item is None:
        raise gone()
    return item


def _changes(item: WorldItem) -> Changes:
    return Changes(Kind.WORLD, item.child_id, item.id)


def add_item(target, item: WorldItem) -> OpResult:
    """Save a new item (or put a deleted one back, with its id and place)."""
    db = database(target)
    with db.atomic():
        if item.id is not None and store.get_item(db, item.id) is not None:
            raise gone()
        saved = store.add_item(db, item)
    return OpResult(_changes(saved),
                    translate("Undo", "add “{title}”").format(title=saved.title),
                    partial(delete_item, item_id=saved.id), value=saved)


def add_items(target, items: list[WorldItem]) -> OpResult:
    """File several new items at once (a parent's answers from the bridge book)."""
    db = database(target)
    with db.atomic():
        saved = store.add_items(db, items)
    return OpResult(Changes(Kind.WORLD, items[0].child_id if items else None), value=saved)


def update_item(target, item: WorldItem) -> OpResult:
    db = database(target)
    with db.atomic():
        before = _existing(db, item.id)
        saved = store.update_item(db, item)
    return OpResult(_changes(saved),
                    translate("Undo", "change “{title}”").format(title=saved.title),
                    partial(update_item, item=before), value=saved)


def move_item(target, item_id: int, new_position: int) -> OpResult:
    db = database(target)
    with db.atomic():
        before = _existing(db, item_id)
        moved = store.move_item(db, item_id, new_position)
    return OpResult(_changes(moved),
                    translate("Undo", "move “{title}”").format(title=moved.title),
                    partial(move_item, item_id=item_id, new_position=before.position),
                    value=moved)


def delete_item(target, item_id: int) -> OpResult:
    db = database(target)
    with db.atomic():
        removed = store.delete_item(db, item_id)
        if removed is None:
            raise gone()
    return OpResult(Changes(Kind.WORLD, removed.child_id),
                    translate("Undo", "delete “{title}”").format(title=removed.title),
                    partial(add_item, item=removed), value=removed)
