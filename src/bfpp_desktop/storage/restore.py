"""Put a checked backup in place of the data folder's database.

The backup's photos are added to the photo folders first (photo files never change
once written, so one already there with the same content is left as it is); the
photos the restored data no longer refers to are removed later by photo_sweep, like
any unused photo. Only then is the database file swapped, in one rename, so stopping
at any moment leaves either the old data or the restored data, never a mix that
refers to photos that are not there.
"""
import os
from datetime import datetime
from pathlib import Path

from bfpp_desktop.core import paths
from bfpp_desktop.storage import photos
from bfpp_desktop.storage.backup import BackupInfo, BackupPhoto, copy_database, \
    file_sha256, read_blob
from bfpp_desktop.storage.backup_check import damaged_backup
from bfpp_desktop.storage.errors import classify

RESTORING_SUFFIX = ".restoring"
DAMAGED_PREFIX = "damaged-"
SIDE_FILES = ("-wal", "-shm", "-journal")


def restore_backup(backup: BackupInfo, data_dir: Path, *, keep_damaged: bool = False
                   ) -> Path | None:
    """Replace the database in *data_dir* with *backup* (checked by check_backup) and
    bring back its photos. The caller holds the folder's lock and has closed every
    connection to the database. With *keep_damaged*, the file being replaced (and its
    WAL) is moved into a "damaged-…" folder, whose path is returned; otherwise the
    caller has kept the data aside as a backup. A failure leaves the database as it was.
    """
    data_dir = Path(data_dir)
    database = paths.database_path(data_dir)
    temp = database.with_name(database.name + RESTORING_SUFFIX)
    try:
        temp.unlink(missing_ok=True)
        copy_database(backup.database, temp)
        for photo in backup.photos:
            _bring_back(backup, photo, data_dir)
        aside = _move_aside(data_dir) if keep_damaged else None
        for suffix in SIDE_FILES:   # an old WAL must never be read into the restored file
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(temp, database)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        known = classify(exc, data_dir)
        if known is None or known is exc:
            raise
        raise known from exc
    return aside


def _bring_back(backup: BackupInfo, photo: BackupPhoto, data_dir: Path) -> None:
    target = photos.photo_path(data_dir, photo.child_id, photo.file_name)
    if target.is_file() and target.stat().st_size == photo.size and file_sha256(target) == photo.sha256:
        return
    data = read_blob(backup.folder, photo)
    if data is None:
        raise damaged_backup(backup.path)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    photos.write_photo(target, data)


def _move_aside(data_dir: Path) -> Path:
    """Keep the damaged database (and its WAL) in a folder of its own: never deleted."""
    folder = data_dir / f"{DAMAGED_PREFIX}{datetime.now():%Y%m%d-%H%M%S-%f}"
    folder.mkdir(mode=0o700)
    database = paths.database_path(data_dir)
    for suffix in ("", *SIDE_FILES):
        part = database.with_name(database.name + suffix)
        if part.exists():
            os.replace(part, folder / part.name)
    return folder
