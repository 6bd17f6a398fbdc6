"""Make the 1.0 baseline schema, carrying over what a build before 1.0 stored.

Those builds ran up to 13 steps (any of them) and left tables with the baseline's
names but fewer constraints. Inside the baseline step's one transaction, every
such table is kept aside in temp, dropped, made anew from storage.schema and
filled again column by column: a column the old file lacks takes its default, a
missing timestamp the nearest one the row has, a link to a contact that no longer
exists is dropped (as the old triggers did). Then foreign keys are checked and the
search index is rebuilt. A value the baseline refuses (a choice this version does
not know) stops it all: the file stays exactly as it was and the caregiver is told.
A brand-new file simply gets the baseline.
"""
import logging
import sqlite3

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import file_tasks, rows, schema
from bfpp_desktop.storage.errors import KnownError

log = logging.getLogger(__name__)

TIMESTAMPS = ("created_at", "updated_at")
# A journal draft's only timestamp before 1.0.
_OLD_TIMESTAMPS = ("saved_at",)


class UnreadableValues(KnownError):
    pass


def unreadable_values(path) -> UnreadableValues:
    return UnreadableValues(
        translate("Errors", "The data file cannot be brought up to date"),
        translate("Errors", "Some of what is saved in {path} is not one of the choices this "
                            "version of the app knows, so it was not updated.").format(path=path),
        translate("Errors", "Nothing has been changed or lost. Please keep using the version "
                            "of the app that made the file, and ask for help with the update."))


def to_baseline(db: Database) -> None:
    """Create the baseline schema, moving in the rows of an older file if there are any.
    Runs inside the caller's transaction."""
    old = [name for name in schema.TABLES if db[name].exists()]
    for name in old:
        db.execute(f"CREATE TEMP TABLE [old_{name}] AS SELECT * FROM main.[{name}]")
    _drop_old(db, old)
    schema.create_tables(db)
    for name in old:
        _copy(db, name)
    if old and "file_tasks" not in old:
        # Made before photos were stored without their metadata: clean the ones it holds.
        rows.insert_all(db, "file_tasks", [{"name": file_tasks.CLEAN_PHOTO_METADATA}])
    schema.create_after_tables(db)
    if old:
        db.execute(f"INSERT INTO {schema.FTS}({schema.FTS}) VALUES ('rebuild')")
        problems = rows.query(db, "PRAGMA foreign_key_check")
        if problems:
            log.error("rows without the record they belong to after the update: %s", problems)
            raise unreadable_values(_path(db))
        for name in old:
            db.execute(f"DROP TABLE temp.[old_{name}]")
        log.info("data file brought to the 1.0 baseline: %s", ", ".join(
            f"{name} {rows.value(db, f'SELECT count(*) FROM [{name}]')}" for name in old))


def _drop_old(db: Database, old: list[str]) -> None:
    # Triggers first (the old ones name tables that are about to go), then the search
    # index (it reads journal_entries), then tables, children before their parents.
    for trigger in rows.query(db, "SELECT name FROM main.sqlite_master WHERE type = 'trigger'"):
        db.execute(f"DROP TRIGGER main.[{trigger['name']}]")
    db.execute(f"DROP TABLE IF EXISTS main.{schema.FTS}")
    for name in reversed(old):
        db.execute(f"DROP TABLE main.[{name}]")


def _copy(db: Database, name: str) -> None:
    had = {c["name"] for c in rows.query(db, f"PRAGMA temp.table_info([old_{name}])")}
    unlinked = {fk["from"]: fk["table"]
                for fk in rows.query(db, f"PRAGMA main.foreign_key_list([{name}])")
                if fk["on_delete"] == "SET NULL"}
    baseline = rows.query(db, f"PRAGMA main.table_info([{name}])")
    unknown = had - {c["name"] for c in baseline} - set(_OLD_TIMESTAMPS)
    if unknown:
        # Written by something newer than the steps this version knows: keep it whole.
        log.error("%s has columns the 1.0 schema does not know: %s", name, sorted(unknown))
        raise unreadable_values(_path(db))
    columns, values = [], []
    for column in baseline:
        expression = _value_of(column, had, unlinked.get(column["name"]))
        if expression is not None:
            columns.append(f"[{column['name']}]")
            values.append(expression)
    for column, parent in unlinked.items():
        if column in had:
            dropped = rows.value(db, f"SELECT count(*) FROM temp.[old_{name}] WHERE [{column}] "
                                     f"NOT IN (SELECT id FROM main.[{parent}])")
            if dropped:
                log.warning("%s: %d links to %s that no longer exist were dropped",
                            name, dropped, parent)
    try:
        db.execute(f"INSERT INTO main.[{name}] ({', '.join(columns)}) "
                   f"SELECT {', '.join(values)} FROM temp.[old_{name}]")
    except sqlite3.IntegrityError as exc:
        # The baseline's CHECKs and NOT NULLs refuse a value: never drop or guess it.
        log.error("%s holds a value the 1.0 schema refuses (%s): %s", name,
                  exc.sqlite_errorname, exc)
        raise unreadable_values(_path(db)) from exc


def _value_of(column: dict, had: set[str], parent: str | None) -> str | None:
    """The SQL for one new column from the old row; None leaves it to its default."""
    name = column["name"]
    if name in TIMESTAMPS:
        nearest = [c for c in (name, *TIMESTAMPS, *_OLD_TIMESTAMPS) if c in had]
        return f"coalesce({', '.join(f'[{c}]' for c in nearest)}, '{rows.now()}')"
    if name not in had:
        return None
    if parent is not None:
        return f"(SELECT id FROM main.[{parent}] WHERE id = [{name}])"
    if column["notnull"] and column["dflt_value"] is not None:
        return f"coalesce([{name}], {column['dflt_value']})"
    return f"[{name}]"


def _path(db: Database) -> str:
    return rows.one(db, "PRAGMA database_list")["file"]
