"""Is a database file sound, and may a backup be restored? Read-only checks.

Used for a backup before it is restored, and for the data file when it will not open,
to tell a damaged file (then the app offers the newest sound backup) from one that is
sound but refused for another reason (from a newer version, another program's file).
"""
import sqlite3
from enum import Enum
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import driver, keys, migrations
from bfpp_desktop.storage.backup import BackupInfo, BadManifest, blob_path, list_backups, \
    read_manifest
from bfpp_desktop.storage.connection import SQLITE_HEADER
from bfpp_desktop.storage.errors import KnownError


class Problem(Enum):
    MISSING = "missing"
    EMPTY = "empty"                  # zero bytes
    NOT_A_DATABASE = "not-a-database"
    DAMAGED = "damaged"              # fails integrity_check, or its pages cannot be read


def database_problem(path: Path) -> Problem | None:
    """What is wrong with the SQLite file at *path*, or None when it passes
    PRAGMA integrity_check. Never writes to the file."""
    path = Path(path)
    try:
        if not path.is_file():
            return Problem.MISSING
        if path.stat().st_size == 0:
            return Problem.EMPTY
        with open(path, "rb") as handle:
            if (handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER
                    and not keys.is_locked_file(path)):
                return Problem.NOT_A_DATABASE
    except PermissionError:
        return None   # not ours to read: that is not damage, and has its own message
    except OSError:
        return Problem.DAMAGED   # the disk cannot read it
    if keys.is_locked_file(path) and keys.key_for(path) is None:
        return None   # locked, and no passphrase here to look inside: not damage
    try:
        conn = _open_read_only(path)
    except sqlite3.DatabaseError:
        return Problem.DAMAGED
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return Problem.DAMAGED
    finally:
        conn.close()
    return None if result == [("ok",)] else Problem.DAMAGED


def _open_read_only(path: Path) -> driver.Connection:
    uri, key = path.resolve().as_uri(), keys.key_for(path)
    try:
        conn = driver.connect(f"{uri}?mode=ro", uri=True, key=key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A file in WAL mode whose -shm is gone cannot be opened read-only as usual;
        # "immutable" reads the main file as it is, which is what there is to check.
        return driver.connect(f"{uri}?mode=ro&immutable=1", uri=True, key=key)


def damaged_backup(path: Path) -> KnownError:
    return KnownError(
        translate("Backups", "This backup cannot be used"),
        translate("Backups", "The backup {name} is damaged or incomplete, so it cannot be "
                             "restored.").format(name=Path(path).name),
        translate("Backups", "Your data has not been changed. Choose another backup."))


def check_backup(path: Path) -> BackupInfo:
    """The backup in folder *path* (or its database or manifest file) if it can be
    restored: its manifest reads, its database passes integrity_check and was written
    by this version or an older one, and every photo it holds is in the store.
    Raises KnownError otherwise."""
    path = Path(path)
    if not path.exists():
        raise KnownError(
            translate("Backups", "This backup cannot be found"),
            translate("Backups", "There is no backup at {path}.").format(path=path),
            translate("Backups", "Your data has not been changed. Check the name, or choose "
                                 "one in the app's Backups window (File > Backups…)."))
    if path.is_file():
        path = path.parent
    try:
        info = read_manifest(path)
    except BadManifest as exc:
        raise damaged_backup(path) from exc
    if database_problem(info.database) is not None:
        raise damaged_backup(path)
    db = Database(_open_read_only(info.database))
    try:
        migrations.needs_update(db)   # raises FileTooNewError for a file from a newer app
    except sqlite3.DatabaseError as exc:
        raise damaged_backup(path) from exc
    finally:
        db.close()
    for photo in info.photos:
        blob = blob_path(info.folder, photo.sha256)
        if not blob.is_file() or blob.stat().st_size != photo.size:
            raise damaged_backup(path)
    return info


def newest_sound_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in *folder* that check_backup() accepts."""
    for info in list_backups(folder):
        try:
            return check_backup(info.path)
        except KnownError:
            continue
    return None
