"""Turning the passphrase lock on or off, and changing the passphrase.

Each writes a whole new copy of the database (SQLCipher's sqlcipher_export, locked with
the new passphrase or plain), checks that it opens, and renames it over the old file in
one step. Stopped at any moment, the folder holds the old file (it opens with the old
passphrase; the copy is removed at the next open) or the new one (it opens with the
new passphrase). The WAL is emptied first, so no page of the old file is ever read
into the new one.

Backups are rewritten with the new key too (rekey_backups), each renamed into place.
The photo files follow the database (settle_photos): a locked database keeps a random
photo key (table photo_key) and every photo is encrypted with it; a plain one has no
key and plain photos. Each photo is rewritten on its own, atomically, and settling is
repeated at every open, so a stop halfway through is finished the next time.
"""
import logging
import os
import sqlite3
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core import backup_names, paths
from bfpp_desktop.storage import driver, keys, photo_crypt, photos, rows
from bfpp_desktop.storage.connection import APPLICATION_ID, open_database

log = logging.getLogger(__name__)

COPY_SUFFIX = ".lock-copy.part"
MIN_PASSPHRASE = 8


def is_locked(data_dir: Path) -> bool:
    """True when the data folder's database is locked with a passphrase."""
    return keys.is_locked_file(paths.database_path(data_dir))


def turn_on(db: Database, data_dir: Path, passphrase: str) -> None:
    _rewrite(db, data_dir, passphrase)


def change_passphrase(db: Database, data_dir: Path, passphrase: str) -> None:
    _rewrite(db, data_dir, passphrase)


def turn_off(db: Database, data_dir: Path) -> None:
    _rewrite(db, data_dir, None)


def _reached(step: str) -> None:
    """Each step of a rewrite passes here (tests stop the process at each)."""


def _rewrite(db: Database, data_dir: Path, passphrase: str | None) -> None:
    database = paths.database_path(data_dir)
    before = keys.unlocked(data_dir) if is_locked(data_dir) else None
    copy = copy_path(data_dir)
    _reached("start")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _reached("checkpointed")
    _export(db.conn, copy, passphrase)
    _reached("copied")
    _check_copy(copy, passphrase)
    _sync(copy)
    _reached("checked")
    db.conn.close()
    _reached("closed")
    os.replace(copy, database)
    _sync(database.parent)
    _reached("swapped")
    if passphrase is None:
        keys.forget(data_dir)
    else:
        keys.remember(data_dir, passphrase)
    # The same Database object carries on, so every holder of it (the window, its
    # pages, the undo steps) goes on working with the new file.
    db.conn = open_database(database).conn
    _reached("reopened")
    rekey_backups(data_dir, before)
    _reached("backups")
    settle(db, data_dir)
    _reached("done")


def _export(conn, copy: Path, key: str | None) -> None:
    """Write the whole main database of *conn* to *copy*, locked with *key* (a passphrase
    or a raw key) or plain, with the version and id the export leaves out."""
    copy.unlink(missing_ok=True)
    # Made empty and owner-only first: SQLite would create it readable by others, and
    # it takes a database's place.
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("ATTACH DATABASE ? AS rewritten KEY ?", [str(copy), key or ""])
    try:
        conn.execute("SELECT sqlcipher_export('rewritten')")
        conn.execute(f"PRAGMA rewritten.user_version = {int(version)}")
        conn.execute(f"PRAGMA rewritten.application_id = {APPLICATION_ID}")
    finally:
        conn.execute("DETACH DATABASE rewritten")


def backup_files(data_dir: Path) -> list[Path]:
    """The database file of each backup in the data folder's backups/ folder."""
    folder = paths.backups_dir(data_dir)
    pattern = f"{backup_names.PREFIX}*/{backup_names.DATABASE_NAME}"
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def rekey_backups(data_dir: Path, before: keys.Unlocked | None) -> None:
    """Rewrite every backup with the folder's key now (locked, or plain), so none stays
    readable without the lock, and a restored one opens with today's passphrase. A
    backup is opened with the key of *before* (the folder's unlocked state before the
    change; None when it was plain)."""
    now = keys.unlocked(data_dir)
    database = paths.database_path(data_dir)
    new_key = now.database_key(database) if now is not None and is_locked(data_dir) else None
    for path in backup_files(data_dir):
        old_key = before.database_key(path) if keys.is_locked_file(path) and before else None
        if old_key is None and keys.is_locked_file(path):
            continue   # locked with a key we do not have: left as it is
        if old_key != new_key:
            rekey_file(path, old_key, new_key)


def rekey_file(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Put a copy of the database file at *path* locked with *new_key* (None: plain) in
    its place, opened with *old_key*. A file that cannot be read is logged and left."""
    copy = path.with_name(path.name + COPY_SUFFIX)
    try:
        conn = driver.connect(str(path), key=old_key)
        try:
            _export(conn, copy, new_key)
        finally:
            conn.close()
        _check_copy(copy, new_key)
        _sync(copy)
        os.replace(copy, path)
    except (sqlite3.DatabaseError, OSError, RuntimeError):
        copy.unlink(missing_ok=True)
        log.warning("backup %s left as it was: it could not be rewritten", path,
                    exc_info=True)


def copy_path(data_dir: Path) -> Path:
    database = paths.database_path(data_dir)
    return database.with_name(database.name + COPY_SUFFIX)


def _check_copy(copy: Path, passphrase: str | None) -> None:
    conn = driver.connect(str(copy), key=passphrase)
    try:
        if rows.value(Database(conn), "PRAGMA quick_check") != "ok":
            raise RuntimeError("the new copy of the database does not pass quick_check")
    finally:
        conn.close()


def _sync(path: Path) -> None:
    if os.name == "nt" and path.is_dir():
        return   # Windows cannot open a folder to flush it; its renames are journalled
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_copy(data_dir: Path) -> None:
    """Copies a stopped rewrite left behind (one may be plain): remove them."""
    copy_path(data_dir).unlink(missing_ok=True)
    for path in backup_files(data_dir):
        path.with_name(path.name + COPY_SUFFIX).unlink(missing_ok=True)


def load_photo_key(db: Database, data_dir: Path) -> bytes | None:
    """Make the photo key of an unlocked folder known to storage.photos."""
    unlocked = keys.unlocked(data_dir)
    key = rows.value(db, "SELECT key FROM photo_key WHERE id = 1")
    if unlocked is not None and is_locked(data_dir):
        unlocked.photo_key = key
    return key


def settle(db: Database, data_dir: Path) -> None:
    """Finish what a stopped change of the lock left undone: a locked folder's plain
    backups are locked, and the photos follow the database."""
    if is_locked(data_dir) and keys.unlocked(data_dir) is not None:
        key = keys.unlocked(data_dir).database_key(paths.database_path(data_dir))
        for path in backup_files(data_dir):
            if not keys.is_locked_file(path):
                rekey_file(path, None, key)
    settle_photos(db, data_dir)


def settle_photos(db: Database, data_dir: Path) -> None:
    """Bring every photo file in line with the database: encrypted when it is locked
    (making the photo key first), plain when not (and then the key goes)."""
    locked = is_locked(data_dir)
    key = load_photo_key(db, data_dir)
    if locked and key is None:
        key = photo_crypt.new_key()
        with db.atomic():
            db.execute("INSERT INTO photo_key (id, key) VALUES (1, ?)", [key])
        load_photo_key(db, data_dir)
    if key is None:
        return
    changed = 0
    for path in _photo_files(data_dir):
        data = path.read_bytes()
        if photo_crypt.is_locked(data) == locked:
            continue
        try:
            plain = photo_crypt.unlock(key, data) if not locked else data
        except photo_crypt.PhotoLocked:
            log.warning("photo %s cannot be unlocked with this folder's key", path)
            continue
        photos.write_photo(path, plain)   # locked or not, as the folder now is
        changed += 1
    if not locked:
        with db.atomic():
            db.execute("DELETE FROM photo_key")
    if changed:
        log.info("photo files %s: %d", "locked" if locked else "unlocked", changed)


def _photo_files(data_dir: Path) -> list[Path]:
    root = photos.photos_root(data_dir)
    if not root.is_dir():
        return []
    return sorted(p for p in root.glob("*/*")
                  if p.is_file() and not p.is_symlink()
                  and not p.name.endswith(photos.TEMP_SUFFIX))


def check_passphrase(data_dir: Path, passphrase: str) -> bool:
    """True if *passphrase* opens the folder's locked database (nothing is written)."""
    database = paths.database_path(data_dir)
    trial = keys.Unlocked(passphrase)
    try:
        conn = driver.connect(str(database), key=trial.database_key(database))
    except OSError:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()

