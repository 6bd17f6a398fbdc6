"""The agency's records kept beside the journal (medicine doses, trips, expenses, the
monthly report's own words) and the lifebook's pages: one table each, read and written
the same way.

A record is a core dataclass whose fields are the table's columns: dates are stored as
ISO text, choices as their value, yes/no as 0/1, lists as JSON."""
import dataclasses
import json
import typing
from datetime import date
from enum import Enum
from types import UnionType

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.core.records import Dose, Expense, MonthNote, Trip, first_of_month
from bfpp_desktop.storage import rows

TABLES: dict[type, tuple[str, str]] = {   # record type: (table, the date it is ordered by)
    Dose: ("medicine_doses", "given_on"),
    Trip: ("trips", "trip_date"),
    Expense: ("expenses", "spent_on"),
    LifebookPage: ("lifebook_pages", "position"),
    MonthNote: ("monthly_notes", "month_of"),
}


def _plain(hint) -> type:
    """int from `int | None`, so a column's value can be read back into its field."""
    if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union:
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def _to_row(record) -> dict:
    row = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name == "id":
            continue
        if isinstance(value, date):
            value = iso(value)
        elif isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, list):
            value = json.dumps([dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v
                                for v in value], ensure_ascii=False, default=iso)
        row[f.name] = value
    return row


def _from_row(record_type: type, row: dict):
    hints = typing.get_type_hints(record_type)
    values = {}
    for f in dataclasses.fields(record_type):
        value, kind = row[f.name], _plain(hints[f.name])
        if value is None:
            pass
        elif kind is date:
            value = from_iso(value)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            value = kind(value)
        elif kind is bool:
            value = bool(value)
        elif typing.get_origin(kind) is list:
            item = typing.get_args(kind)[0]
            value = [item(**v) if dataclasses.is_dataclass(item) else v
                     for v in json.loads(value)]
        values[f.name] = value
    return record_type(**values)


def add(db: Database, record):
    table, _ = TABLES[type(record)]
    with db.atomic():
        new_id = rows.insert(db, table, _to_row(record))
    return get(db, type(record), new_id)


def restore(db: Database, record):
    """Put a deleted record back under its old id (undo)."""
    table, _ = TABLES[type(record)]
    with db.atomic():
        rows.insert(db, table, {"id": record.id, **_to_row(record)})
    return get(db, type(record), record.id)


def update(db: Database, record) -> None:
    table, _ = TABLES[type(record)]
    with db.atomic():
        rows.update(db, table, record.id, _to_row(record))


def delete(db: Database, record_type: type, record_id: int) -> None:
    table, _ = TABLES[record_type]
    with db.atomic():
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])


def get(db: Database, record_type: type, record_id: int):
    table, _ = TABLES[record_type]
    row = rows.one(db, f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    return None if row is None else _from_row(record_type, row)


def between(db: Database, record_type: type, child_id: int, start: date | None = None,
            end: date | None = None) -> list:
    """The child's records dated in [start, end], oldest first (lifebook pages: in book
    order, with no dates)."""
    table, column = TABLES[record_type]
    where, params = "child_id = ?", [child_id]
    if start:
        where += f" AND [{column}] >= ?"
        params.append(iso(start))
    if end:
        where += f" AND [{column}] <= ?"
        params.append(iso(end))
    order = ", ".join(c for c in (f"[{column}]", "given_time" if record_type is Dose else "",
                                  "id") if c)
    return [_from_row(record_type, r) for r in rows.query(
        db, f"SELECT * FROM [{table}] WHERE {where} ORDER BY {order}", params)]


def move_page(db: Database, page_id: int, index: int) -> LifebookPage:
    """Put a lifebook page at *index* (clamped) in its book; the pages are numbered
    0, 1, 2… in their new order. Returns the page moved."""
    with db.atomic():
        page = get(db, LifebookPage, page_id)
        if page is None:
            raise LookupError(f"lifebook page {page_id} does not exist")
        ids = [p.id for p in between(db, LifebookPage, page.child_id) if p.id != page_id]
        index = max(0, min(index, len(ids)))
        ids.insert(index, page_id)
        for position, each in enumerate(ids):
            rows.update(db, TABLES[LifebookPage][0], each, {"position": position})
    return page.copy(position=index)


def place_of(db: Database, page: LifebookPage) -> int:
    """Where *page* is in its book (0 for the first page)."""
    return [p.id for p in between(db, LifebookPage, page.child_id)].index(page.id)


def month_note(db: Database, child_id: int, month: date) -> MonthNote | None:
    """What is written for the caseworker about *month* (any day in it), if anything."""
    first = first_of_month(month)
    found = between(db, MonthNote, child_id, first, first)
    return found[0] if found else None
