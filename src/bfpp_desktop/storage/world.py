"""World items (routines, likes, care, health, school): save, load, reorder, delete.

Positions run 0, 1, 2… within one child's section and are kept without gaps,
so "move to position n" and "put it back where it was" (undo) are exact.
"""
import json

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.world import (SECTION_ORDER, DayType, Section, Severity, Source,
                                     WorldItem, cleaned)
from bfpp_desktop.storage import rows

TABLE = "world_items"


def _to_row(item: WorldItem) -> dict:
    return {
        "child_id": item.child_id,
        "section": item.section.value,
        "kind": item.kind,
        "title": item.title,
        "time_text": item.time_text,
        "time_is_words": int(item.time_is_words),
        "details": item.details,
        "steps": json.dumps(item.steps, ensure_ascii=False),
        "comfort_items": json.dumps(item.comfort_items, ensure_ascii=False),
        "day_type": item.day_type.value,
        "severity": item.severity.value,
        "source": item.source.value,
        "source_who": item.source_who,
        "source_date": iso(item.source_date),
        "source_note": item.source_note,
        "private": int(item.private),
        "contact_id": item.contact_id,
    }


def _from_row(row: dict) -> WorldItem:
    return WorldItem(
        id=row["id"],
        child_id=row["child_id"],
        section=Section(row["section"]),
        kind=row["kind"],
        position=row["position"],
        title=row["title"],
        time_text=row["time_text"],
        time_is_words=bool(row["time_is_words"]),
        details=row["details"],
        steps=json.loads(row["steps"]),
        comfort_items=json.loads(row["comfort_items"]),
        day_type=DayType(row["day_type"]),
        severity=Severity(row["severity"]),
        source=Source(row["source"]),
        source_who=row["source_who"],
        source_date=from_iso(row["source_date"]),
        source_note=row["source_note"],
        private=bool(row["private"]),
        contact_id=row["contact_id"],
    )


def _section_count(db: Database, child_id: int, section: Section) -> int:
    return rows.value(db, f"select count(*) from {TABLE} where child_id = ? and section = ?",
                      [child_id, section.value])


def add_item(db: Database, item: WorldItem) -> WorldItem:
    """Save a new item; returns it with id and position.

    Position None puts it last in its section; a position (as when undoing a
    delete) slides the items from there down by one. An item that still has
    its old id keeps it, so undo/redo refer to the same row.
    """
    item = cleaned(item)
    with db.atomic():
        count = _section_count(db, item.child_id, item.section)
        position = count if item.position is None else max(0, min(item.position, count))
        db.execute(f"update {TABLE} set position = position + 1 "
                   "where child_id = ? and section = ? and position >= ?",
                   [item.child_id, item.section.value, position])
        row = {**_to_row(item), "position": position}
        if item.id is not None:
            row["id"] = item.id
        item_id = rows.insert(db, TABLE, row)
    return item.copy(id=item_id, position=position)


def update_item(db: Database, item: WorldItem) -> WorldItem:
    """Save changes to an item's content (its section and position stay as stored)."""
    item = cleaned(item)
    row = _to_row(item)
    del row["child_id"], row["section"]
    with db.atomic():
        rows.update(db, TABLE, item.id, row)
    return get_item(db, item.id)


def get_item(db: Database, item_id: int) -> WorldItem | None:
    row = rows.one(db, f"select * from {TABLE} where id = ?", [item_id])
    return _from_row(row) if row else None


def list_items(db: Database, child_id: int, section: Section | None = None,
               include_private: bool = True) -> list[WorldItem]:
    """A child's items in page order: by section (Routines first), then position."""
    where, args = "child_id = ?", [child_id]
    if section is not None:
        where += " and section = ?"
        args.append(Section(section).value)
    if not include_private:
        where += " and private = 0"
    items = [_from_row(r) for r in rows.query(
        db, f"select * from {TABLE} where {where} order by position, id", args)]
    order = {s: i for i, s in enumerate(SECTION_ORDER)}
    return sorted(items, key=lambda item: order[item.section])


def delete_item(db: Database, item_id: int) -> WorldItem | None:
    """Remove an item and close the gap; returns what was removed (for undo)."""
    with db.atomic():
        item = get_item(db, item_id)
        if item is None:
            return None
        db.execute(f"delete from {TABLE} where id = ?", [item_id])
        db.execute(f"update {TABLE} set position = position - 1 "
                   "where child_id = ? and section = ? and position > ?",
                   [item.child_id, item.section.value, item.position])
    return item


def move_item(db: Database, item_id: int, new_position: int) -> WorldItem:
    """Move an item within its section to *new_position* (clamped); returns it moved."""
    with db.atomic():
        item = get_item(db, item_id)
        if item is None:
            raise LookupError(f"world item {item_id} does not exist")
        ids = [i.id for i in list_items(db, item.child_id, item.section) if i.id != item_id]
        new_position = max(0, min(new_position, len(ids)))
        ids.insert(new_position, item_id)
        for position, each in enumerate(ids):
            db.execute(f"update {TABLE} set position = ? where id = ?", [position, each])
    return item.copy(position=new_position)


def add_items(db: Database, items: list[WorldItem]) -> list[WorldItem]:
    """Save several new items at once: all of them or, if one fails, none."""
    with db.atomic():
        return [add_item(db, item) for item in items]
