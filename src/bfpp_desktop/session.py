"""A session: one open data folder, shared by the window and every command-line command.

open_session() takes the folder's lock (data_lock.py), prepares the folder, opens
and checks the database, and owns the folder's paths (database, photos, backups,
settings), so nothing else works out where things live or who may write.
open_sample_session() opens the sample family in a temporary folder of its own,
removed when the session closes, so trying the app never touches the caregiver's data.

Two kinds of access:
- WRITE (the window, and commands that change the file such as --demo filling)
  holds the lock for the whole session; while another copy holds it, opening is
  refused with AlreadyOpenError ("Already open").
- READ (children, print) reads through a connection that cannot write, and writes
  nothing to a file that is ready for this version. Only a file that must first be
  created, migrated or given our details from settings.ini is prepared, under the
  lock, which is then let go. When the window already has the folder, a READ
  session reads beside it, and a read-only copy (a folder nobody may write to) is
  read as it is, unless the file first needs updating for this version.
Opening also makes the folder and everything in it private (core/permissions.py).
A WRITE session also makes backups and restores one (closing and reopening its
database while it keeps the lock), so the window and the command line do both alike.
No Qt here: the command line runs without it.
"""
import shutil
import tempfile
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core import paths, permissions, qsettings_ini
from bfpp_desktop.core.backup_folder import backups_folder
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.data_lock import DataFolderLock
from bfpp_desktop.storage import household as household_store
from bfpp_desktop.storage import early_check, errors, keys, lock as passphrase_lock
from bfpp_desktop.storage.connection import (open_checked_reader, open_database, open_reader,
                                             open_reader_of_ours, ready_to_read)
from bfpp_desktop.storage.errors import KnownError, classify
from bfpp_desktop.storage.photos import PHOTOS_DIRNAME

if TYPE_CHECKING:  # backing up and restoring load when used: a reading session does neither
    from bfpp_desktop.storage.backup import BackupInfo

# A writer waits this long for the lock: enough for a command-line read to finish
# preparing the file, so the window starting at that moment is not told the folder
# is already open. A reader does not wait: it can read beside the holder.
WRITE_LOCK_WAIT_SECONDS = 2.0
# The [group] in which versions before the household table kept our details.
LEGACY_HOUSEHOLD_GROUP = "household"
SAMPLE_FOLDER_PREFIX = "bfpp-sample-"


class Access(Enum):
    READ = "read"
    WRITE = "write"


class AlreadyOpenError(KnownError):
    """Another copy of the app (usually the window) has this data folder."""


def already_open() -> AlreadyOpenError:
    return AlreadyOpenError(
        translate("Startup", "Already open"),
        translate("Startup", "The app is already open with this data folder. Look for its "
                             "window; only one copy at a time can keep the notes safe."),
        translate("Startup", "Close the window, then try again."))


def needs_update_while_open() -> AlreadyOpenError:
    return AlreadyOpenError(
        translate("Startup", "Already open"),
        translate("Startup", "The app is open with this data folder, and the file must be "
                             "updated for this version before it can be read."),
        translate("Startup", "Close the window, then try again."))


@dataclass
class Session:
    data_dir: Path
    db: Database
    access: Access
    _lock: DataFolderLock = field(repr=False)
    # The sample family: its folder is temporary and goes when the session closes.
    sample: bool = False
    # Opened while the window's early whole-file check still ran (check_later): db
    # cannot write until finish_opening() has its verdict.
    checking: bool = False

    @property
    def database_file(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / PHOTOS_DIRNAME

    @property
    def backups_dir(self) -> Path:
        """The data folder's backups/, or the folder the caregiver chose."""
        return backups_folder(self.data_dir)

    @property
    def settings_file(self) -> Path:
        """The window's own choices (sizes, last folder); QSettings INI format."""
        return self.data_dir / paths.SETTINGS_FILENAME

    def finish_opening(self) -> None:
        """Wait for the verdict of the whole-file check begun at start, then go on through
        a connection that writes. Raises KnownError (a damaged file, say) with nothing
        written: the session is then only fit to be closed."""
        if not self.checking:
            return
        self.db.take_over(_open_for_writing(self.data_dir, fill_demo=False))
        self.checking = False

    def back_up(self, reason: str, *, prune: bool = True) -> "BackupInfo":
        from bfpp_desktop.storage import backup
        return backup.make_backup(self.db.conn, self.data_dir, self.backups_dir, reason,
                                  prune=prune)

    def restore(self, chosen: Path) -> tuple["BackupInfo", "BackupInfo"]:
        """Replace the data with the backup *chosen* (refused, with nothing changed, when
        it does not pass its check). The data is first kept aside as a backup of its own,
        so that restoring that one undoes this restore. The database is closed and
        opened again while the lock stays held. Returns (restored, kept aside)."""
        if self.access is not Access.WRITE:
            raise ValueError("restoring needs a writing session")
        from bfpp_desktop.storage import backup, backup_check, restore
        info = backup_check.check_backup(chosen)
        # Not pruned now: the new copy must not push out the one being restored.
        aside = self.back_up(backup.BEFORE_RESTORE, prune=False)
        self.db.close()
        try:
            restore.restore_backup(info, self.data_dir)
        finally:
            self.db = open_database(self.database_file, backups=_before_update_folder(
                self.data_dir))
        backup.prune_backups(self.backups_dir)
        return info, aside

    def close(self) -> None:
        self.db.close()
        keys.forget(self.data_dir)
        self._lock.release()
        if self.sample:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def needs_passphrase(data_dir: Path) -> bool:
    """True when the folder is locked with a passphrase (open_session then needs it)."""
    return passphrase_lock.is_locked(Path(data_dir))


def open_session(data_dir: Path, access: Access = Access.READ, *,
                 fill_demo: bool = False, passphrase: str | None = None,
                 private_now: bool = True, check_later: bool = False) -> Session:
    """Open *data_dir* for *access*; raises KnownError (AlreadyOpenError when another
    copy holds it; storage.errors.LockedError when it is locked and *passphrase* is
    missing or wrong). *fill_demo* adds the sample family to an empty folder (a write).
    Without *private_now* the caller makes the folder private itself (permissions.tighten):
    the window does it just after its first paint, as the walk reads every photo.
    With *check_later*, while the window's early check (storage.early_check) of the
    file still runs, a WRITE session opens at once on a connection that cannot write
    (Session.checking), and Session.finish_opening() waits for the verdict."""
    data_dir = Path(data_dir)
    if passphrase is not None:
        keys.remember(data_dir, passphrase)
    try:
        return _open_session(data_dir, access, fill_demo, private_now, check_later)
    except BaseException:
        if passphrase is not None:
            keys.forget(data_dir)
        raise


def _open_session(data_dir: Path, access: Access, fill_demo: bool,
                  private_now: bool, check_later: bool) -> Session:
    if fill_demo:
        access = Access.WRITE
    if data_dir.exists() and not data_dir.is_dir():
        raise errors.not_a_folder(data_dir)
    # The window's start took the lock already, to check the file while it loads.
    lock = early_check.adopt_lock(data_dir) or DataFolderLock(paths.lock_path(data_dir))
    try:
        paths.ensure_data_dir(data_dir)
        if private_now:
            permissions.tighten(data_dir)
        got_lock = lock.try_acquire(
            wait=WRITE_LOCK_WAIT_SECONDS if access is Access.WRITE else 0.0)
    except OSError as exc:
        lock.release()
        if access is Access.READ and errors.not_allowed(exc) and data_dir.is_dir():
            return Session(data_dir, _read_as_it_is(data_dir, errors.read_only(data_dir)),
                           access, lock)
        exc.filename = str(data_dir)  # name the folder, not the lock file inside it
        raise classify(exc, data_dir) or exc
    if not got_lock:
        if access is Access.WRITE:
            raise already_open()
        return Session(data_dir, _read_as_it_is(data_dir, needs_update_while_open()),
                       access, lock)
    checking = None
    try:
        if access is Access.READ:
            db = _prepare_then_read(data_dir)
        else:
            checking = _read_while_checking(data_dir) if check_later and not fill_demo \
                else None
            db = checking or _open_for_writing(data_dir, fill_demo)
    except BaseException:
        lock.release()
        raise
    if access is Access.READ:
        lock.release()   # reading needs no lock once the file is ready
    return Session(data_dir, db, access, lock, checking=checking is not None)


def open_sample_session() -> Session:
    """The sample family in a fresh temporary folder, for writing; closing removes it."""
    folder = Path(tempfile.mkdtemp(prefix=SAMPLE_FOLDER_PREFIX))
    try:
        session = open_session(folder, Access.WRITE, fill_demo=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    session.sample = True
    return session


def _open_for_writing(data_dir: Path, fill_demo: bool) -> Database:
    db = open_database(paths.database_path(data_dir), backups=_before_update_folder(data_dir))
    try:
        _settle_lock(db, data_dir)
        _carry_over_household(db, data_dir)
        if fill_demo:
            from bfpp_desktop.demo import fill_if_empty  # only --demo needs the family
            fill_if_empty(db, data_dir)
    except BaseException:
        db.close()
        raise
    return db


def _read_while_checking(data_dir: Path) -> Database | None:
    """While the early whole-file check runs, a connection that cannot write, to a file
    that needs nothing written before it is read; None otherwise, and when reading
    fails (the ordinary open then waits for the verdict and says what is wrong)."""
    database = paths.database_path(data_dir)
    if not early_check.running(database) or keys.is_locked_file(database):
        return None
    try:
        db = open_reader_of_ours(database)
    except Exception:  # noqa: BLE001 - the ordinary open finds it again and explains it
        return None
    try:
        if ready_to_read(db) and household_store.has_saved(db):
            return db
    except Exception:  # noqa: BLE001 - as above
        pass
    db.close()
    return None


def _prepare_then_read(data_dir: Path) -> Database:
    """A read-only connection; the file is prepared first only if it must be."""
    database = paths.database_path(data_dir)
    if database.exists():
        db = open_reader_of_ours(database)   # preparing, if needed, checks it all
        try:
            if ready_to_read(db) and household_store.has_saved(db):
                passphrase_lock.load_photo_key(db, data_dir)
                return db
        except BaseException:
            db.close()
            raise
        db.close()
    _open_for_writing(data_dir, fill_demo=False).close()
    db = open_reader(database)
    passphrase_lock.load_photo_key(db, data_dir)
    return db


def _before_update_folder(data_dir: Path) -> Path:
    """Where the copy before a file update goes: the chosen backup folder, or the data
    folder's own when the chosen one is not there (an unplugged stick must not stop the
    app from opening)."""
    chosen = backups_folder(data_dir)
    return chosen if chosen.is_dir() else paths.backups_dir(data_dir)


def restore_over_damaged(data_dir: Path, chosen: Path) -> tuple["BackupInfo", Path]:
    """Restore the backup *chosen* in place of a data file that cannot be opened. The
    damaged file is moved into a folder of its own, never deleted. Returns the backup
    restored and that folder.
    Raises KnownError (nothing changed) when the backup does not pass its check or
    another copy of the app has the folder."""
    from bfpp_desktop.storage import backup_check, restore
    data_dir = Path(data_dir)
    info = backup_check.check_backup(chosen)
    lock = DataFolderLock(paths.lock_path(data_dir))
    try:
        got_lock = lock.try_acquire(wait=WRITE_LOCK_WAIT_SECONDS)
    except OSError as exc:
        raise classify(exc, data_dir) or exc
    if not got_lock:
        raise already_open()
    try:
        return info, restore.restore_backup(info, data_dir, keep_damaged=True)
    finally:
        lock.release()


def _read_as_it_is(data_dir: Path, refusal: KnownError) -> Database:
    """Read a file this session may not prepare (another copy has the folder, or the
    folder cannot be written); *refusal* when it would need preparing first."""
    database = paths.database_path(data_dir)
    if not database.exists():
        raise refusal
    db = open_checked_reader(database)
    try:
        if not ready_to_read(db):
            raise refusal
        passphrase_lock.load_photo_key(db, data_dir)
    except BaseException:
        db.close()
        raise
    return db


def _settle_lock(db: Database, data_dir: Path) -> None:
    """Finish what a stopped change of the lock left: its copy goes, photos follow."""
    passphrase_lock.remove_stale_copy(data_dir)
    passphrase_lock.settle(db, data_dir)


def _carry_over_household(db: Database, data_dir: Path) -> None:
    """Copy our details from settings.ini into the database on the first open after
    the household table arrived; from then on settings.ini is not read for them.
    (Even empty details are saved, which marks the copy as done.)"""
    if household_store.has_saved(db):
        return
    values = qsettings_ini.read_group(data_dir / paths.SETTINGS_FILENAME,
                                      LEGACY_HOUSEHOLD_GROUP)
    household_store.save_household(db, Household(**{
        f.name: values.get(f.name, "") for f in fields(Household)}))
