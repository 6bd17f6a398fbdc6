"""Backups: a consistent copy of the database with its photos, and the rotation of old ones.

Everything that writes a backup lives here. A copy of a locked database is locked with
the same key (storage.keys): a backup holds nothing in plain text the file does not. A backup folder holds:

    bfpp-20261201-203512-123456-start/   one backup:
        bfpp.sqlite3                       the database, copied with SQLite's backup API
        manifest.json                      when, why, what it holds, and its photos' hashes
    photo-store/ab/ab12…                 every photo any backup holds, named by its SHA-256

Photos go in a content-addressed store rather than hard links: a USB stick (FAT or
exFAT) and most synced folders cannot hold hard links, and a synced folder uploads
each link as a full copy. A file named by its hash is written once however many
backups hold it, and its name proves at restore that it is still the photo we saved.
Photo files in the data folder never change once written (a new photo gets a new
name), so a photo whose name, size and time match the previous backup is not read
again.

Each backup is written into a hidden ".partial-…" folder and renamed to its final
name only when complete and checked, so a kill, a full disk or an unplugged stick
never leaves a partial backup under a real name. Backups are named to the
microsecond, so two made within a second never meet.
"""
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bfpp_desktop import __version__
from bfpp_desktop.core import backup_rotation
from bfpp_desktop.core.backup_names import (AT_CLOSE, AT_START, BEFORE_RESTORE,  # noqa: F401
                                            BEFORE_UPDATE, BY_HAND, DATABASE_NAME,
                                            EVERY_HALF_HOUR, FROM_COMMAND_LINE, PREFIX)
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import driver, keys
from bfpp_desktop.storage.errors import KnownError, classify, not_a_database
from bfpp_desktop.storage.photos import PHOTOS_DIRNAME, TEMP_SUFFIX

log = logging.getLogger(__name__)

PARTIAL_PREFIX = ".partial-"
MANIFEST_NAME = "manifest.json"
STORE_DIRNAME = "photo-store"
FORMAT = 1
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^bfpp-(\d{8}-\d{6}-\d{6})-([a-z-]+)$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024
LOW_SPACE = 8 * 1024 * 1024   # below this, a write error while backing up means "full"
# Copying reads and writes each page once, so a page cache only holds memory: SQLCipher's
# default is 8 MB per connection, and the two a backup opens filled both (16 MB that
# malloc kept after they closed). Copying with this takes as long.
COPY_CACHE = "PRAGMA cache_size = -256"   # KiB


@dataclass(frozen=True)
class BackupPhoto:
    child_id: int
    file_name: str
    sha256: str
    size: int
    mtime_ns: int = 0


@dataclass(frozen=True)
class BackupInfo:
    path: Path            # the backup's own folder
    created: datetime
    reason: str
    children: int
    entries: int
    photos: tuple[BackupPhoto, ...]
    size: int             # the database and its photos: what a restore brings back

    @property
    def database(self) -> Path:
        return self.path / DATABASE_NAME

    @property
    def folder(self) -> Path:
        """The backup folder this backup is in (where its photo store is)."""
        return self.path.parent

    @property
    def kept_aside(self) -> bool:
        return self.reason == BEFORE_RESTORE


def no_room(folder: Path) -> KnownError:
    return KnownError(
        translate("Backups", "There is no room for the backup"),
        translate("Backups", "There is not enough free space in {folder} to make a backup. "
                             "Your notes themselves are safe: nothing in them was changed.")
        .format(folder=folder),
        translate("Backups", "Free some space there, or choose another folder for backups "
                             "(File > Backups…)."))


def cannot_write(folder: Path) -> KnownError:
    return KnownError(
        translate("Backups", "The backup could not be made"),
        translate("Backups", "The app could not save a backup in {folder}. Your notes "
                             "themselves are safe: nothing in them was changed.")
        .format(folder=folder),
        translate("Backups", "If the folder is on a USB stick or another disk, check that it "
                             "is plugged in, or choose another folder (File > Backups…)."))


def _as_backup_error(exc: BaseException, folder: Path) -> BaseException:
    """The plain message for a backup that failed: no room, or a folder it cannot use.
    Other known problems (a damaged data file) keep their own message."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    if (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or \
            primary == sqlite3.SQLITE_FULL:
        return no_room(folder)
    # On a full disk SQLite often reports only "disk I/O error" (its journal could not be
    # written); the free space tells the two apart.
    if primary == sqlite3.SQLITE_IOERR:
        return no_room(folder) if _nearly_full(folder) else cannot_write(folder)
    if isinstance(exc, OSError):
        return cannot_write(folder)
    return classify(exc) or exc


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def _raise_as_backup_error(exc: BaseException, folder: Path):
    error = _as_backup_error(exc, folder)
    if error is exc:
        raise exc
    raise error from exc


def make_backup(source: sqlite3.Connection | Path, data_dir: Path, folder: Path,
                reason: str, *, now: datetime | None = None, prune: bool = True) -> BackupInfo:
    """Copy the database (*source*: an open connection, or the file, which is then opened
    read-only here so a worker thread never shares the window's connection) and the photos
    of *data_dir* into a new backup in *folder*; then let old backups go (see
    core/backup_rotation). Raises KnownError in plain words; the data is only read."""
    folder, data_dir = Path(folder), Path(data_dir)
    created = now or datetime.now()
    try:
        _ensure_folder(folder, data_dir)
        _remove_partials(folder)
        final = _unique_name(folder, created, reason)
        partial = folder / (PARTIAL_PREFIX + final.name)
        partial.mkdir(mode=0o700)
    except OSError as exc:
        _raise_as_backup_error(exc, folder)
    try:
        counts = copy_database(source, partial / DATABASE_NAME)
        photos = _store_photos(data_dir, folder, _previous_photos(folder))
        size = (partial / DATABASE_NAME).stat().st_size + sum(p.size for p in photos)
        info = BackupInfo(final, created, reason, counts[0], counts[1], tuple(photos), size)
        _write_private(partial / MANIFEST_NAME, json.dumps(_manifest(info)).encode())
        os.rename(partial, final)
        _sync_folder(folder)
    except BaseException as exc:
        shutil.rmtree(partial, ignore_errors=True)
        _raise_as_backup_error(exc, folder)
    if prune:
        try:
            prune_backups(folder)
        except OSError:   # the backup itself is made; old ones go next time
            log.warning("could not let old backups go in %s", folder, exc_info=True)
    return info


def _ensure_folder(folder: Path, data_dir: Path) -> None:
    # The data folder's own backups/ is made when needed; a folder the caregiver chose
    # must be there already, so an unplugged stick is reported, not replaced by an
    # empty folder on the computer's own disk.
    if folder.parent == data_dir:
        folder.mkdir(mode=0o700, exist_ok=True)
    elif not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "backup folder missing", str(folder))


def _unique_name(folder: Path, created: datetime, reason: str) -> Path:
    base = f"{PREFIX}{created:{_STAMP}}"
    path = folder / f"{base}-{reason}"
    while path.exists():   # only when the clock was set back: never reuse a name
        created = created.replace(microsecond=(created.microsecond + 1) % 1_000_000)
        path = folder / f"{PREFIX}{created:{_STAMP}}-{reason}"
    return path


def _remove_partials(folder: Path) -> None:
    """What a killed or failed backup left behind."""
    for entry in folder.glob(PARTIAL_PREFIX + "*"):
        shutil.rmtree(entry, ignore_errors=True)
    store = folder / STORE_DIRNAME
    if store.is_dir():
        for part in store.glob("*/*" + TEMP_SUFFIX):
            part.unlink(missing_ok=True)


def _open_source(source: sqlite3.Connection | Path) -> tuple[sqlite3.Connection, bool]:
    if not isinstance(source, (str, Path)):
        return source, False
    conn = driver.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True,
                          key=keys.key_for(Path(source)))
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute(COPY_CACHE)
    return conn, True


def copy_database(source: sqlite3.Connection | Path, target_path: Path) -> tuple[int, int]:
    """Copy with the backup API into a new private file (from the live file, a reader in
    WAL mode: the window's writes never wait), make the copy a self-contained file,
    check it, and count what it holds. Restoring copies back through here too."""
    conn, own = _open_source(source)
    os.close(os.open(target_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    target = driver.connect(str(target_path), key=keys.key_for_connection(conn))
    try:
        target.execute(COPY_CACHE)
        conn.backup(target)
        # The copy carries the live file's WAL mode; a backup is one file on its own.
        target.execute("PRAGMA journal_mode = DELETE")
        if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise not_a_database(source if isinstance(source, Path)
                                 else translate("Errors", "the data file"))
        return count_contents(target)
    finally:
        target.close()
        if own:
            conn.close()


def count_contents(conn: sqlite3.Connection) -> tuple[int, int]:
    """(children, journal entries) in a database; 0 for a table an old file lacks."""
    counts = []
    for table in ("children", "journal_entries"):
        try:
            counts.append(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlite3.OperationalError:
            counts.append(0)
    return counts[0], counts[1]


def _live_photos(data_dir: Path) -> Iterable[tuple[int, os.DirEntry]]:
    root = Path(data_dir) / PHOTOS_DIRNAME
    if not root.is_dir():
        return
    for child in sorted(root.iterdir()):
        if not (child.is_dir() and child.name.isdigit()):
            continue
        try:
            entries = sorted(os.scandir(child), key=lambda e: e.name)
        except FileNotFoundError:
            continue
        for entry in entries:
            if safe_file_name(entry.name) and entry.is_file(follow_symlinks=False):
                yield int(child.name), entry


def safe_file_name(name: str) -> bool:
    """A plain file name of ours: no folder part, not hidden, not a half-written file."""
    # os.path rather than Path: this runs for every photo of every manifest read.
    return (bool(name) and os.path.basename(name) == name and not name.startswith(".")
            and not name.endswith(TEMP_SUFFIX))


def _previous_photos(folder: Path) -> dict[tuple[int, str], BackupPhoto]:
    """The photos of the newest backup (names say when, so only its manifest is read)."""
    for path, _created, _reason in _named_backups(folder):
        try:
            newest = read_manifest(path)
        except BadManifest:
            continue
        return {(p.child_id, p.file_name): p for p in newest.photos}
    return {}


def _store_photos(data_dir: Path, folder: Path,
                  previous: dict[tuple[int, str], BackupPhoto]) -> list[BackupPhoto]:
    store = folder / STORE_DIRNAME
    store.mkdir(mode=0o700, exist_ok=True)
    saved = []
    for child_id, entry in _live_photos(data_dir):
        try:
            stat = entry.stat(follow_symlinks=False)
            known = previous.get((child_id, entry.name))
            if (known and known.size == stat.st_size and known.mtime_ns == stat.st_mtime_ns
                    and os.path.isfile(_blob_name(folder, known.sha256))):
                saved.append(known)
                continue
            sha = _store_blob(store, Path(entry.path))
        except FileNotFoundError:
            continue   # swept away since the list was made: nothing refers to it
        saved.append(BackupPhoto(child_id, entry.name, sha, stat.st_size, stat.st_mtime_ns))
    return saved


def blob_path(folder: Path, sha256: str) -> Path:
    return Path(_blob_name(folder, sha256))


def _blob_name(folder: Path, sha256: str) -> str:
    # A string: checking 5,000 photos at every backup, Path objects were most of the time.
    return os.path.join(folder, STORE_DIRNAME, sha256[:2], sha256)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _store_blob(store: Path, source: Path) -> str:
    sha = file_sha256(source)
    target = blob_path(store.parent, sha)
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return sha
    target.parent.mkdir(mode=0o700, exist_ok=True)
    temp = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")
    try:
        with open(source, "rb") as src, open(temp, "xb", opener=_private) as out:
            shutil.copyfileobj(src, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return sha


def read_blob(folder: Path, photo: BackupPhoto) -> bytes | None:
    """The photo's bytes from the store of backup folder *folder*; None when they are
    not what was saved (the file is gone or changed)."""
    try:
        data = blob_path(folder, photo.sha256).read_bytes()
    except FileNotFoundError:
        return None
    return data if hashlib.sha256(data).hexdigest() == photo.sha256 else None


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def _write_private(path: Path, data: bytes) -> None:
    with open(path, "xb", opener=_private) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _manifest(info: BackupInfo) -> dict:
    return {"format": FORMAT, "app_version": __version__,
            "created": info.created.isoformat(), "reason": info.reason,
            "children": info.children, "entries": info.entries, "size": info.size,
            "photos": [{"child_id": p.child_id, "file_name": p.file_name,
                        "sha256": p.sha256, "size": p.size, "mtime_ns": p.mtime_ns}
                       for p in info.photos]}


class BadManifest(ValueError):
    """A manifest that is missing, cut short, or not one we wrote."""


_UNREADABLE = (OSError, UnicodeError, ValueError, KeyError, TypeError, AttributeError)


def read_manifest(path: Path) -> BackupInfo:
    """The backup in folder *path*, from its manifest; raises BadManifest. Photo names are
    checked here, so a hand-edited manifest cannot point outside the data folder."""
    path = Path(path)
    data = _manifest_data(path)
    try:
        photos = tuple(BackupPhoto(int(p["child_id"]), str(p["file_name"]), str(p["sha256"]),
                                   int(p["size"]), int(p.get("mtime_ns", 0)))
                       for p in data["photos"])
        info = BackupInfo(path, datetime.fromisoformat(data["created"]), str(data["reason"]),
                          int(data["children"]), int(data["entries"]), photos,
                          int(data["size"]))
    except _UNREADABLE as exc:
        raise BadManifest(str(exc)) from exc
    for photo in photos:
        if photo.child_id < 0 or not safe_file_name(photo.file_name) \
                or not _SHA.match(photo.sha256) or photo.size < 0:
            raise BadManifest(f"unexpected photo entry {photo}")
    return info


def _manifest_data(path: Path) -> dict:
    """The manifest of the backup in *path* as written; raises BadManifest."""
    try:
        data = json.loads((Path(path) / MANIFEST_NAME).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise BadManifest("unknown format")
    except _UNREADABLE as exc:
        raise BadManifest(str(exc)) from exc
    return data


def _photo_hashes(path: Path) -> set[str]:
    """The hashes of the photos the backup in *path* holds, read without checking each
    entry as read_manifest does (the sweep only needs to know what to keep)."""
    data = _manifest_data(path)
    try:
        return {str(photo["sha256"]) for photo in data["photos"]}
    except _UNREADABLE as exc:
        raise BadManifest(str(exc)) from exc


def list_backups(folder: Path) -> list[BackupInfo]:
    """The finished backups in *folder*, newest first (a damaged manifest is left out,
    and left alone)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        if not _NAME.match(entry.name) or not entry.is_dir():
            continue
        try:
            found.append(read_manifest(entry))
        except BadManifest:
            log.warning("the backup %s has an unreadable manifest", entry)
    return sorted(found, key=lambda b: b.created, reverse=True)


def prune_backups(folder: Path,
                  policy: backup_rotation.Policy = backup_rotation.DEFAULT) -> list[Path]:
    """Remove the backups the rotation no longer keeps, then the photos no backup holds."""
    folder = Path(folder)
    # When and why are in each backup's name, so the rotation reads no manifest: each
    # holds every photo, and reading them all at every backup was most of its work.
    backups = _named_backups(folder)
    keep = backup_rotation.to_keep([created for _path, created, _reason in backups],
                                   [reason == BEFORE_RESTORE for _p, _c, reason in backups],
                                   policy)
    removed = []
    for index, (path, _created, _reason) in enumerate(backups):
        if index not in keep and _readable(path):   # a damaged one is left alone
            shutil.rmtree(path)
            removed.append(path)
    if removed:
        _sweep_store(folder)
    return removed


def _named_backups(folder: Path) -> list[tuple[Path, datetime, str]]:
    """(folder, when, why) of each finished backup in *folder*, newest first."""
    found = []
    for entry in os.scandir(folder):
        named = _NAME.match(entry.name)
        if named and entry.is_dir():
            found.append((Path(entry.path), datetime.strptime(named[1], _STAMP), named[2]))
    return sorted(found, key=lambda b: b[1], reverse=True)


def _sweep_store(folder: Path) -> None:
    wanted: set[str] = set()
    for path, _created, _reason in _named_backups(folder):
        try:
            wanted.update(_photo_hashes(path))
        except BadManifest:   # it may hold any photo: keep them all
            return
    store = folder / STORE_DIRNAME
    if not store.is_dir():
        return
    for blob in store.glob("*/*"):
        if blob.name not in wanted:
            blob.unlink(missing_ok=True)


def _readable(path: Path) -> bool:
    try:
        read_manifest(path)
    except BadManifest:
        return False
    return True
