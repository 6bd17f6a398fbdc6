"""Children: save, load and delete (an ended placement is saved as any other change)."""
from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child, PermanencyGoal, PlacementEnd, PlacementType
from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.storage import rows

TABLE = "children"


def _to_row(child: Child) -> dict:
    return {
        "full_name": child.full_name.strip(),
        "preferred_name": child.preferred_name.strip(),
        "pronouns": child.pronouns.strip(),
        "birth_date": iso(child.birth_date),
        "placement_date": iso(child.placement_date),
        "placement_type": child.placement_type.value,
        "permanency_goal": child.permanency_goal.value,
        "stage": child.stage,
        "notes": child.notes,
        "archived": int(child.archived),
        "ended_on": iso(child.ended_on),
        "ended_how": child.ended_how.value if child.ended_how else None,
    }


def _from_row(row: dict) -> Child:
    return Child(
        id=row["id"],
        full_name=row["full_name"],
        preferred_name=row["preferred_name"],
        pronouns=row["pronouns"],
        birth_date=from_iso(row["birth_date"]),
        placement_date=from_iso(row["placement_date"]),
        placement_type=PlacementType(row["placement_type"]),
        permanency_goal=PermanencyGoal(row["permanency_goal"]),
        stage=row["stage"],
        notes=row["notes"],
        archived=bool(row["archived"]),
        ended_on=from_iso(row["ended_on"]),
        ended_how=PlacementEnd(row["ended_how"]) if row["ended_how"] else None,
    )


def add_child(db: Database, child: Child) -> Child:
    with db.atomic():
        child_id = rows.insert(db, TABLE, _to_row(child))
    return child.copy(id=child_id)


def update_child(db: Database, child: Child) -> Child:
    with db.atomic():
        rows.update(db, TABLE, child.id, _to_row(child))
    return child


def get_child(db: Database, child_id: int) -> Child | None:
    row = rows.one(db, f"select * from {TABLE} where id = ?", [child_id])
    return _from_row(row) if row else None


def list_children(db: Database, *, archived: bool = False) -> list[Child]:
    """Children on the daily list: in care, and those who went home (with archived=True,
    those whose placement ended otherwise)."""
    return [_from_row(r) for r in rows.query(
        db, f"select * from {TABLE} where archived = ? "
            "order by coalesce(nullif(preferred_name, ''), full_name) collate nocase, id",
        [int(archived)])]


def related_counts(db: Database, child_id: int) -> dict[str, int]:
    """How many rows in each other table belong to this child (for the delete warning)."""
    counts = {}
    for table in db.tables:
        if table.name == TABLE:
            continue
        if any(fk.other_table == TABLE for fk in table.foreign_keys):
            column = next(fk.column for fk in table.foreign_keys if fk.other_table == TABLE)
            count = rows.value(db, f"select count(*) from [{table.name}] where [{column}] = ?",
                               [child_id])
            if count:
                counts[table.name] = count
    return counts


def delete_child(db: Database, child_id: int) -> None:
    """Remove the child and, through ON DELETE CASCADE, everything about them."""
    with db.atomic():
        db.execute(f"delete from {TABLE} where id = ?", [child_id])
