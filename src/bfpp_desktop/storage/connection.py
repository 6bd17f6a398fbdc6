"""The one place a database connection is opened.

Every connection gets the same settings (WAL, synchronous FULL, foreign keys on,
secure delete), is checked before anything writes to it (ours, whole, not from a
newer version), and is brought up to date by the migrations, with a backup made
first. A file that fails a check is refused byte for byte as it was.
"""
import os
import sqlite3
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core import paths
from bfpp_desktop.core.whole_file import whole_file
from bfpp_desktop.storage import (driver, early_check, errors, file_tasks, keys, migrations,
                                  rows)
from bfpp_desktop.storage.keys import SQLITE_HEADER
# Marks the file as ours, so another program's SQLite file is not mistaken for it.
APPLICATION_ID = 0x42465050  # "BFPP"
# SQLite's own default page cache, 2 MB: SQLCipher's build raises it to 8 MB a
# connection, and the window keeps its own and the search worker's for the session.
# Set after the first read (the key must come first; this pragma reads the schema).
PAGE_CACHE = "PRAGMA cache_size = -2000"   # KiB


def _whole_characters(text: str) -> str:
    """Text as SQLite can store it. Half of a character pair (a lone surrogate, which some
    programs put on the clipboard) becomes U+FFFD instead of failing the save."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


# Every text bound to a statement, from every module, passes here once.
driver.register_adapter(str, _whole_characters)


def _back_up_before_update(conn: sqlite3.Connection, path: Path, backups: Path | None) -> None:
    # Loaded here: a file already up to date (and every reader) never backs up on opening.
    from bfpp_desktop.storage import backup
    backup.make_backup(conn, path.parent, backups or paths.backups_dir(path.parent),
                       backup.BEFORE_UPDATE)


def open_database(path: Path, *, backups: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at *path*.

    Raises errors.KnownError for anything the caregiver can act on. A file that
    cannot be read is never written to. File work the migrations asked for (see
    file_tasks) is done here too.
    """
    path = Path(path)
    if not path.exists():
        _create(path)
    _check_before_writing(path)
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise errors.classify(exc, path) or exc
    try:
        db = _database(conn)
        conn.execute("PRAGMA busy_timeout = 5000")
        _configure(conn, path)
        migrations.bring_up_to_date(db, before=lambda: _back_up_before_update(conn, path, backups))
        _stamp(conn)
        # The data folder is the database's own folder (photos sit beside it).
        file_tasks.run_pending(db, path.parent)
        return db
    except BaseException as exc:
        conn.close()
        known = errors.classify(exc, path)
        if known is not None and known is not exc:
            raise known from exc
        raise


def _database(conn: sqlite3.Connection) -> Database:
    return Database(conn)


def _check_before_writing(path: Path) -> None:
    """Every check, through a connection that cannot write: one that could would, on
    closing, copy a WAL left by a crash into the file it has just refused."""
    reader = open_checked_reader(path)
    try:
        migrations.needs_update(reader)   # refuses a file from a newer version
    except BaseException as exc:
        raise errors.classify(exc, path) or exc
    finally:
        reader.close()


def _create(path: Path) -> None:
    """Make a new data file of this version under a temporary name, then rename it into
    place, so that a stop midway never leaves an empty or half-made file under the real
    name (which the next start would rightly refuse as damaged)."""
    for leftover in path.parent.glob(f".{path.name}.*.part*"):   # a creation stopped
        leftover.unlink(missing_ok=True)
    try:
        with whole_file(path) as partial:
            conn = driver.connect(str(partial))   # new files are plain; storage.lock locks
            try:
                _configure(conn, partial)
                migrations.bring_up_to_date(_database(conn))
                _stamp(conn)
            finally:
                conn.close()   # the last connection: the WAL goes into the file
    except (sqlite3.Error, OSError) as exc:
        raise errors.classify(exc, path) or exc


def _stamp(conn: driver.Connection) -> None:
    # Marked once: setting it rewrites the header, and opening alone changes nothing.
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def open_checked_reader(path: Path) -> Database:
    """A read-only connection to an existing file another process may be writing, or
    in a folder nobody may write to: checked like open_database(), but never written
    to, so never migrated (ready_to_read() says whether it is fit to read)."""
    return _reader_checked_by(path, _check_readable)


def open_reader_of_ours(path: Path) -> Database:
    """Like open_checked_reader(), without the integrity check: for a session that only
    reads. That check reads the whole file (a quarter to half a second at 20,000
    entries) to keep writes off a damaged file, and this connection never writes; a
    damaged page still fails, as damaged, when it is read."""
    return _reader_checked_by(path, _check_ours)


def _reader_checked_by(path: Path, check) -> Database:
    path = Path(path)
    _check_existing_file(path)
    db = open_reader(path)
    try:
        check(db, path)
    except BaseException as exc:
        db.close()
        raise errors.classify(exc, path) or exc
    return db


def ready_to_read(db: Database) -> bool:
    """True when the file needs nothing written before this version reads it (no
    schema step, no file task pending); refuses a file from a newer version."""
    return not migrations.needs_update(db) and not file_tasks.pending(db)


def open_reader(path: Path) -> Database:
    """A read-only connection for a worker thread, to a file open_database() already
    checked and migrated: no checks, no writes, so it is quick to open and never
    competes with the window's writes.
    """
    path = Path(path)
    try:
        try:
            conn = _connect_read_only(path, "mode=ro")
        except sqlite3.OperationalError as exc:
            if not _is_unwritable_copy(path, exc):
                raise
            # A read-only copy (a USB stick, a folder shared to read): SQLite cannot
            # make the WAL index beside it, and no one can change the file meanwhile.
            conn = _connect_read_only(path, "immutable=1")
    except sqlite3.Error as exc:
        raise errors.classify(exc, path) or exc
    return _database(conn)


def _connect_read_only(path: Path, mode: str) -> driver.Connection:
    conn = connect(path, mode=mode)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA schema_version").fetchone()  # opening is lazy: read now
        conn.execute(PAGE_CACHE)
    except BaseException:
        conn.close()
        raise
    return conn


def connect(path: Path, *, mode: str | None = None) -> driver.Connection:
    """A connection to the database at *path* (through a URI with *mode*, such as
    "mode=ro"), with its key when the file is locked and its folder unlocked in this
    process (storage.keys). Raises errors.locked() when no passphrase was given for a
    locked file, errors.wrong_passphrase() when it does not open it (the file is only
    read); SQLite's own errors as they are."""
    path = Path(path)
    key = keys.key_for(path)
    if key is None and keys.is_locked_file(path):
        raise errors.locked(path)
    target = f"{path.resolve().as_uri()}?{mode}" if mode else str(path)
    conn = driver.connect(target, key=key, uri=mode is not None)
    if key is not None:
        _check_key(conn, path)
    return conn


def _check_key(conn: driver.Connection, path: Path) -> None:
    """SQLCipher reads nothing until asked: a first read tells a wrong passphrase."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_NOTADB:
            raise errors.wrong_passphrase(path) from exc
        raise


def _is_unwritable_copy(path: Path, exc: sqlite3.OperationalError) -> bool:
    """The folder cannot be written, and no WAL holds changes the file lacks."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    wal = path.with_name(path.name + "-wal")
    return (code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY)
            and not os.access(path.parent, os.W_OK | os.X_OK)
            and not (wal.exists() and wal.stat().st_size))


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
    _check_ours(db, path)
    if early_check.passed(path):
        return
    # The full check, not quick_check: that one misses damaged indexes, and a file
    # opened with one would be written to and spoil further.
    if rows.value(db, "PRAGMA integrity_check(1)") != "ok":
        raise errors.damaged(path)


def _check_ours(db: Database, path: Path) -> None:
    app_id = rows.value(db, "PRAGMA application_id")
    if app_id not in (0, APPLICATION_ID):
        raise errors.foreign_file(path)
    if app_id == 0 and not _unstamped_but_ours(db):
        raise errors.foreign_file(path)


def _unstamped_but_ours(db: Database) -> bool:
    """A file without our application id is ours only when it is still empty (new, or
    stopped before its first step), or has our record of schema steps (earlier builds
    did not stamp the id)."""
    tables = set(db.table_names()) - {migrations.MIGRATIONS_TABLE}
    return not tables or bool(migrations.applied_names(db))


def _configure(conn: driver.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise errors.read_only(path.parent)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(PAGE_CACHE)
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted text is overwritten with zeros, not left in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
