"""Work on the data folder's files that a migration step asks for.

A step sees only the database, so it records a task by name in file_tasks (the
1.0 baseline does so for files from before photos were stored clean);
open_database runs the pending ones with the data folder right after migrating
and removes each row once its task has finished. A task may run again after a
crash, so each is safe to repeat.
"""
import logging
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.storage import photos, rows
from bfpp_desktop.storage.photo_crypt import PhotoLocked
from bfpp_desktop.storage.photo_clean import DamagedPicture, clean_picture
from bfpp_desktop.storage.photo_sweep import referenced_files

log = logging.getLogger(__name__)


def clean_stored_photos(db: Database, data_dir: Path) -> None:
    """Re-encode every referenced photo without its metadata (photos imported before
    the app stripped it). A file that cannot be read is left as it is, and logged."""
    cleaned = left = 0
    for child_id, name in sorted(referenced_files(db)):
        path = photos.photo_path(data_dir, child_id, name)
        if path is None:
            left += 1
            log.warning("photo name %r is not one the app makes: left alone", name)
            continue
        try:
            data = photos.read_photo(path)
            kind = photos.kind_of(data)
            if kind is None:
                raise DamagedPicture("neither JPEG nor PNG")
            photos.write_photo(path, clean_picture(data, kind))
            cleaned += 1
        except FileNotFoundError:
            continue  # already gone; printouts show their placeholder
        except (OSError, DamagedPicture, PhotoLocked):
            left += 1
            log.warning("photo %s left as it was: it could not be cleaned", path,
                        exc_info=True)
    log.info("photos cleaned of metadata: %d; left as they were: %d", cleaned, left)


CLEAN_PHOTO_METADATA = "clean_photo_metadata"
TASKS = {CLEAN_PHOTO_METADATA: clean_stored_photos}


def pending(db: Database) -> list[str]:
    """The tasks still to run, in the order they were asked for."""
    return [r["name"] for r in rows.query(db, "SELECT name FROM file_tasks ORDER BY rowid")]


def run_pending(db: Database, data_dir: Path) -> None:
    for name in pending(db):
        log.info("running data folder task %s", name)
        TASKS[name](db, Path(data_dir))
        with db.atomic():
            db.execute("DELETE FROM file_tasks WHERE name = ?", [name])
