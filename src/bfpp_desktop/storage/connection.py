"""The one place a database connection is opened.

Every connection gets the same settings (WAL, synchronous FULL, foreign keys on),
is checked before anything writes to it, and is brought up to date by the
migrations, with a backup made first.
"""
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from bfpp_desktop.core import paths
from bfpp_desktop.storage import driver, errors, file_tasks, keys, migrations, rows
from bfpp_desktop.storage.backup import backup_to, timestamped_name
from bfpp_desktop.storage.keys import SQLITE_HEADER
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
    conn = connect(path)
    try:
        db = Database(conn)
        _check_readable(db, path)
        _configure(conn, path)
        migrations.bring_up_to_date(
            db, before=lambda: backup_to(
                conn, (backups or paths.backups_dir(path.parent)) /
                timestamped_name("before-update")))
        # Marked once: setting it rewrites the header, and opening alone changes nothing.
        if rows.value(db, "PRAGMA application_id") != APPLICATION_ID:
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
    conn = connect(path, read_only=True)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as exc:
        conn.close()
        raise errors.classify(exc, path) or exc
    return Database(conn)


def connect(path: Path, *, read_only: bool = False) -> driver.Connection:
    """A connection to the database at *path*, with its key when the file is locked and
    its folder unlocked in this process (storage.keys). Raises errors.locked() when no
    passphrase was given for a locked file, errors.wrong_passphrase() when it does not
    open it (the file is only read)."""
    path = Path(path)
    key = keys.key_for(path)
    if key is None and keys.is_locked_file(path):
        raise errors.locked(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    try:
        conn = driver.connect(target, key=key, uri=read_only)
    except sqlite3.Error as exc:
        raise errors.classify(exc, path) or exc
    if key is not None:
        _check_key(conn, path)
    return conn


def _check_key(conn: sqlite3.Connection, path: Path) -> None:
    """SQLCipher reads nothing until asked: a first read tells a wrong passphrase."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_NOTADB:
            raise errors.wrong_passphrase(path) from exc
        raise errors.classify(exc, path) or exc


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
    if header != SQLITE_HEADER and not keys.is_locked_file(path):
        raise errors.not_a_database(path)


def _check_readable(db: Database, path: Path) -> None:
    """Read-only checks, done before the first write."""
    app_id = rows.value(db, "PRAGMA application_id")
    if app_id not in (0, APPLICATION_ID):
        raise errors.not_a_database(path)
    result = rows.value(db, "PRAGMA quick_check")
    if result != "ok":
        raise errors.not_a_database(path)


def _configure(conn: driver.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise errors.read_only(path.parent)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
