"""Children: save, load, archive and delete."""
from datetime import datetime, timezone

from sqlite_utils import Database

from bfpp_desktop.core.children import Child, PermanencyGoal, PlacementType
from bfpp_desktop.core.dates import from_iso, iso

TABLE = "children"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


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
    }


def _from_row(row: dict) -> Child:
    return Child(
        id=row["id"],
        full_name=row["full_name"],
        preferred_name=row["preferred_name"] or "",
        pronouns=row["pronouns"] or "",
        birth_date=from_iso(row["birth_date"]),
        placement_date=from_iso(row["placement_date"]),
        placement_type=PlacementType(row["placement_type"]),
        permanency_goal=PermanencyGoal(row["permanency_goal"]),
        stage=row["stage"],
        notes=row["notes"] or "",
        archived=bool(row["archived"]),
    )


def add_child(db: Database, child: Child) -> Child:
    now = _now()
    with db.atomic():
        table = db[TABLE].insert({**_to_row(child), "created_at": now, "updated_at": now})
    return child.copy(id=table.last_pk)


def update_child(db: Database, child: Child) -> Child:
    with db.atomic():
        db[TABLE].update(child.id, {**_to_row(child), "updated_at": _now()})
    return child


def get_child(db: Database, child_id: int) -> Child | None:
    rows = list(db[TABLE].rows_where("id = ?", [child_id]))
    return _from_row(rows[0]) if rows else None


def list_children(db: Database, *, archived: bool = False) -> list[Child]:
    """Children in care (or, with archived=True, those whose placement ended)."""
    return [_from_row(r) for r in db[TABLE].rows_where(
        "archived = ?", [int(archived)],
        order_by="coalesce(nullif(preferred_name, ''), full_name) collate nocase, id")]


def set_archived(db: Database, child_id: int, archived: bool) -> None:
    with db.atomic():
        db[TABLE].update(child_id, {"archived": int(archived), "updated_at": _now()})


def related_counts(db: Database, child_id: int) -> dict[str, int]:
    """How many rows in each other table belong to this child (for the delete warning)."""
    counts = {}
    for table in db.tables:
        if table.name == TABLE:
            continue
        if any(fk.other_table == TABLE for fk in table.foreign_keys):
            column = next(fk.column for fk in table.foreign_keys if fk.other_table == TABLE)
            count = db.execute(
                f"select count(*) from [{table.name}] where [{column}] = ?",
                [child_id]).fetchone()[0]
            if count:
                counts[table.name] = count
    return counts


def delete_child(db: Database, child_id: int) -> None:
    """Remove the child and, through ON DELETE CASCADE, everything about them."""
    with db.atomic():
        db.execute(f"delete from {TABLE} where id = ?", [child_id])
