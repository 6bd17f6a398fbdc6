"""The one place a database connection is opened.

Every connection gets the same settings (WAL, synchronous FULL, foreign keys on),
is checked before anything writes to it, and is brought up to date by the
migrations, with a backup made first.
"""
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from bfpp_desktop.core import paths
from bfpp_desktop.storage import errors, file_tasks, migrations, rows
from bfpp_desktop.storage import backup

SQLITE_HEADER = b"SQLite format 3\x00"
# Marks the file as ours, so another program's SQLite file is not mistaken for it.
APPLICATION_ID = 0x42465050  # "BFPP"


def open_database(path: Path, *, backups: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at *path*.

    Raises errors.KnownError for anything the caregiver can act on. A file that
    cannot be read is never written to. File work the migrations asked for (see
    file_tasks) is done here too.
    """
    path = Path(path)
    _check_existing_file(path)
    try:
        conn = sqlite3.connect(path, timeout=5)
    except sqlite3.Error as exc:
        raise errors.classify(exc, path) or exc
    try:
        db = Database(conn)
        _check_readable(db, path)
        _configure(conn, path)
        migrations.bring_up_to_date(
            db, before=lambda: backup.make_backup(
                conn, path.parent, backups or paths.backups_dir(path.parent),
                backup.BEFORE_UPDATE))
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        # The data folder is the database's own folder (photos sit beside it).
        file_tasks.run_pending(db, path.parent)
        return db
    except BaseException as exc:
        conn.close()
        known = errors.classify(exc, path)
        if known is not None and known is not exc:
            raise known from exc
        raise


def open_checked_reader(path: Path) -> Database:
    """A read-only connection to an existing file another process may be writing:
    checked like open_database(), but never written to, so never migrated (the
    caller asks migrations.needs_update() whether it is fit to read)."""
    path = Path(path)
    _check_existing_file(path)
    db = open_reader(path)
    try:
        _check_readable(db, path)
    except BaseException as exc:
        db.close()
        raise errors.classify(exc, path) or exc
    return db


def open_reader(path: Path) -> Database:
    """A read-only connection for a worker thread, to a file open_database() already
    checked and migrated: no checks, no writes, so it is quick to open and never
    competes with the window's writes.
    """
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               timeout=5)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as exc:
        raise errors.classify(exc, path) or exc
    return Database(conn)


def _check_existing_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise errors.not_a_database(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise errors.classify(exc, path) or exc
    if not header:
        # SQLite would happily turn an empty file into a new database, hiding
        # whatever loss emptied it.
        raise errors.empty_file(path)
    if header != SQLITE_HEADER:
        raise errors.not_a_database(path)


def _check_readable(db: Database, path: Path) -> None:
    """Read-only checks, done before the first write."""
    app_id = rows.value(db, "PRAGMA application_id")
    if app_id not in (0, APPLICATION_ID):
        raise errors.not_a_database(path)
    result = rows.value(db, "PRAGMA quick_check")
    if result != "ok":
        raise errors.not_a_database(path)


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise errors.read_only(path.parent)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
