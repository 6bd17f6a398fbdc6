"""Which photo files stay: exactly those something refers to or can still bring back.

Stored records refer to photos in these places: journal photos, the photos on a
bridge-book page (a snapshot, kept after the journal entry is gone), a page's
reply scan, unsaved journal drafts, lifebook pages and expense receipts. What is in memory can bring more back:
the undo history and an open editor hold names through a PhotoKeeper. The sweep
removes every other file in the photo folders, and nothing else removes photos.
"""
import logging
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.storage import photos, rows

log = logging.getLogger(__name__)

_REFERENCES = """
    SELECT e.child_id, p.file_name FROM journal_photos p
        JOIN journal_entries e ON e.id = p.entry_id WHERE :child IS NULL OR e.child_id = :child
    UNION SELECT b.child_id, json_extract(j.value, '$.file_name')
        FROM bridge_pages b, json_each(b.photos) j WHERE :child IS NULL OR b.child_id = :child
    UNION SELECT child_id, reply_photo FROM bridge_pages
        WHERE reply_photo != '' AND (:child IS NULL OR child_id = :child)
    UNION SELECT d.child_id, json_extract(j.value, '$.file_name')
        FROM journal_drafts d, json_each(d.body, '$.photos') j
        WHERE json_valid(d.body) AND (:child IS NULL OR d.child_id = :child)
    UNION SELECT l.child_id, json_extract(j.value, '$.file_name')
        FROM lifebook_pages l, json_each(l.photos) j WHERE :child IS NULL OR l.child_id = :child
    UNION SELECT child_id, receipt_photo FROM expenses
        WHERE receipt_photo != '' AND (:child IS NULL OR child_id = :child)
"""


def referenced_files(db: Database, child_id: int | None = None) -> set[tuple[int, str]]:
    """(child id, file name) of every photo a stored record refers to (one child's, or all)."""
    return {(r["child_id"], r["file_name"])
            for r in rows.query(db, _REFERENCES, {"child": child_id}) if r["file_name"]}


def _child_folders(data_dir: Path, child_id: int | None) -> list[Path]:
    if child_id is not None:
        return [photos.child_photo_dir(data_dir, child_id)]
    root = photos.photos_root(data_dir)
    if not root.is_dir():
        return []
    return [p for p in root.iterdir() if p.is_dir() and p.name.isdigit()]


def sweep(db: Database, data_dir: Path, held: Iterable[str] = (),
          child_id: int | None = None) -> list[Path]:
    """Remove the photo files (one child's, or all) that nothing refers to and that are
    not *held*; return what was removed. A deleted child's emptied folder goes too."""
    held = set(held)
    kept = referenced_files(db, child_id)
    children = {r["id"] for r in rows.query(db, "SELECT id FROM children")}
    removed = []
    for folder in _child_folders(Path(data_dir), child_id):
        owner = int(folder.name)
        try:
            files = [f for f in os.scandir(folder) if f.is_file(follow_symlinks=False)]
        except FileNotFoundError:
            continue
        for file in files:
            if (owner, file.name) in kept or file.name in held:
                continue
            try:
                os.unlink(file.path)
                removed.append(Path(file.path))
            except FileNotFoundError:
                pass
            except OSError:
                log.warning("could not remove the unused photo %s", file.path, exc_info=True)
        if owner not in children:
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty (something held) or already gone: a later sweep tries again
    return removed


class PhotoKeeper:
    """The open data folder's photo files: names held by what can still bring them back
    (undo commands, an open editor or dialog), and the sweep that removes the rest.

    A failed sweep only leaves unused files for the next one, so it is logged, not shown.

    Python may collect an undo command, and so release its photos, on any thread (a
    worker's). The database connection belongs to the thread that made the keeper, so
    a release from elsewhere only records the names; the next sweep there lets go of them.
    """

    def __init__(self, db: Database, data_dir: Path):
        self.db, self.data_dir = db, Path(data_dir)
        self._held: Counter[str] = Counter()
        self._closed = False
        self._owner = threading.get_ident()
        self._lock = threading.Lock()
        self._released_elsewhere: list[str] = []

    def path(self, child_id: int, file_name: str) -> Path | None:
        return photos.photo_path(self.data_dir, child_id, file_name)

    def hold(self, names: Iterable[str]) -> None:
        with self._lock:
            self._held.update(n for n in names if n)

    def release(self, child_id: int, names: Iterable[str]) -> None:
        """Let go of *names* and sweep the child's folder."""
        names = [n for n in names if n]
        if threading.get_ident() != self._owner:
            with self._lock:
                self._released_elsewhere.extend(names)
            return
        with self._lock:
            self._let_go(names)
        self.sweep(child_id)

    def _let_go(self, names: list[str]) -> None:
        self._held.subtract(names)
        self._held = +self._held  # drop names no longer held

    def held(self) -> set[str]:
        with self._lock:
            if self._released_elsewhere:
                self._let_go(self._released_elsewhere)
                self._released_elsewhere = []
            return set(self._held)

    def sweep(self, child_id: int | None = None) -> list[Path]:
        if self._closed or threading.get_ident() != self._owner:
            return []
        try:
            return sweep(self.db, self.data_dir, self.held(), child_id)
        except sqlite3.ProgrammingError as exc:
            if "closed database" not in str(exc):
                raise
            self._closed = True  # an undo command outlived the database: nothing to do
            return []
        except (OSError, sqlite3.Error):
            log.warning("photo sweep skipped", exc_info=True)
            return []

    def close(self) -> None:
        """The window is closing and its undo history with it: sweep once with nothing held,
        then stop (the database closes next)."""
        with self._lock:
            self._held.clear()
            self._released_elsewhere = []
        self.sweep()
        self._closed = True
