"""The few ways storage reads and writes rows, shared by every table module.

Rows are read as dicts keyed by column name, never by position, so adding or
reordering a column cannot shift a value into the wrong field. Every record
table has created_at and updated_at (see schema), stamped here and only here.
Every write checks its text against the column's limit here too (limits.py).
"""
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from bfpp_desktop.storage.database import Database


def now() -> str:
    """The time stored in created_at and updated_at: UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _check(table: str, values: Mapping[str, Any]) -> None:
    # Loaded at the first write: limits names every record kind of core/, which a
    # process that only reads (print, children) need not import.
    from bfpp_desktop.storage import limits
    limits.check(table, values)


def _names(columns: Iterable[str]) -> str:
    return ", ".join(f"[{c}]" for c in columns)


def insert(db: Database, table: str, values: Mapping[str, Any]) -> int:
    """Add one row (an "id" in *values* is kept, as when undo puts a row back), stamped
    created and updated now; returns its id."""
    _check(table, values)
    stamp = now()
    return insert_with_stamps(db, table, {**values, "created_at": stamp, "updated_at": stamp})


def insert_as_saved(db: Database, table: str, values: Mapping[str, Any]) -> int:
    """Add one row keeping the created_at and updated_at in *values* (an import keeps when
    records were first written); a missing or None one is stamped now. Returns its id."""
    _check(table, values)
    stamp = now()
    return insert_with_stamps(db, table, {**values,
                                          "created_at": values.get("created_at") or stamp,
                                          "updated_at": values.get("updated_at") or stamp})


def insert_with_stamps(db: Database, table: str, row: Mapping[str, Any]) -> int:
    cursor = db.execute(f"INSERT INTO [{table}] ({_names(row)}) "
                        f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
    return cursor.lastrowid


def insert_all(db: Database, table: str, values: Iterable[Mapping[str, Any]], *,
               ignore: bool = False) -> None:
    """Add rows without timestamps (links and parts of a record: a journal entry's people,
    tags and photos), all with the same columns; *ignore* skips rows already there."""
    values = list(values)
    if not values:
        return
    for row in values:
        _check(table, row)
    columns = list(values[0])
    db.conn.executemany(
        f"INSERT {'OR IGNORE ' if ignore else ''}INTO [{table}] ({_names(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})", [[v[c] for c in columns] for v in values])


def update(db: Database, table: str, row_id: int, values: Mapping[str, Any]) -> None:
    """Change *values* of the row with this id, stamped updated now."""
    _check(table, values)
    row = {**values, "updated_at": now()}
    db.execute(f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in row)} WHERE id = ?",
               [*row.values(), row_id])


def upsert(db: Database, table: str, key: Mapping[str, Any],
           values: Mapping[str, Any]) -> None:
    """Store *values* in the row whose primary key is *key*, adding it if missing; the row
    keeps the created_at of the first time it was stored."""
    _check(table, values)
    stamp = now()
    row = {**key, **values, "created_at": stamp, "updated_at": stamp}
    changed = [*values, "updated_at"]
    db.execute(f"INSERT INTO [{table}] ({_names(row)}) VALUES ({', '.join('?' * len(row))}) "
               f"ON CONFLICT ({_names(key)}) DO UPDATE SET "
               f"{', '.join(f'[{c}] = excluded.[{c}]' for c in changed)}",
               list(row.values()))


def query(db: Database, sql: str, params: Iterable | Mapping = ()) -> list[dict]:
    """Every row *sql* returns, by column name (name computed columns with AS)."""
    return list(db.query(sql, params))


def one(db: Database, sql: str, params: Iterable | Mapping = ()) -> dict | None:
    """The first row *sql* returns, by column name, or None."""
    cursor = db.execute(sql, params)
    found = cursor.fetchone()
    cursor.close()  # not left open mid-statement, where it would hold the table
    return None if found is None else dict(zip([c[0] for c in cursor.description], found))


def value(db: Database, sql: str, params: Iterable | Mapping = ()) -> Any:
    """The single value a one-column query returns (a count, a max), or None without rows."""
    cursor = db.execute(sql, params)
    found = cursor.fetchone()
    cursor.close()
    return None if found is None else found[0]
