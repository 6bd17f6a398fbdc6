"""The passphrase lock in storage: nothing readable on disk while it is on (database, WAL,
backups, exports, photos), a wrong passphrase changes nothing, and a change of the lock
stopped at any step leaves a folder that opens with the old or the new passphrase."""
import hashlib
import os
import sqlite3
from datetime import date

import pytest

from bfpp_desktop.core import paths
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.session import Access, needs_passphrase, open_session
from bfpp_desktop.storage import journal as journal_store
from bfpp_desktop.storage import lock as passphrase_lock
from bfpp_desktop.storage import photos
from bfpp_desktop.storage.backup import BY_HAND, make_backup
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.storage.errors import LockedError, WrongPassphraseError
from bfpp_desktop.storage.export_zip import export_to_file, read_export
from bfpp_desktop.storage.photo_crypt import MAGIC
from lock_helpers import MARKER, NEW, OLD, files_on_disk, fill, holding
from subprocess_helpers import run_python

_PICTURE_STARTS = (b"\xff\xd8\xff", b"\x89PNG")


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "family"
    fill(folder)
    return folder


def _backup(session):
    return make_backup(session.db.conn, session.data_dir, session.backups_dir, BY_HAND).database


def _photo_files(folder):
    return [p for p in files_on_disk(folder) if p.parent.parent.name == photos.PHOTOS_DIRNAME]


def _turn_on(folder, passphrase=OLD):
    with open_session(folder, Access.WRITE) as session:
        passphrase_lock.turn_on(session.db, folder, passphrase)


def test_nothing_readable_on_disk_while_locked(family, tmp_path):
    assert holding(family) and _photo_files(family)
    with open_session(family, Access.WRITE) as session:   # a backup from before the lock
        earlier = _backup(session)
    assert MARKER.encode() in earlier.read_bytes()
    _turn_on(family)
    with open_session(family, Access.WRITE, passphrase=OLD) as session:
        child = list_children(session.db)[0]
        # Written after the lock went on: it sits in the WAL until a checkpoint.
        journal_store.add_entry(session.db, JournalEntry(
            child_id=child.id, entry_date=date(2026, 11, 3), notes=f"again {MARKER}"))
        assert paths.database_path(family).with_name("bfpp.sqlite3-wal").stat().st_size
        assert holding(family) == []
        backup = _backup(session)
        export = tmp_path / "export.zip"
        export_to_file(session.db, family, export)
        # A new photo is written locked too.
        photos.store_photo_bytes(family, child.id, _a_png())
        assert holding(family) == [] and MARKER.encode() not in export.read_bytes()
        shown = [photos.read_photo(p) for p in _photo_files(family)]
        assert all(data.startswith(_PICTURE_STARTS) for data in shown)
    for path in _photo_files(family):
        data = path.read_bytes()
        assert data.startswith(MAGIC) and not data.startswith(_PICTURE_STARTS)
    assert backup.exists() and holding(family) == []
    # The backup opens with the same passphrase, and so does the export.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT * FROM journal_entries").fetchall()
    from bfpp_desktop.storage import driver
    copy = driver.connect(str(backup), key=OLD)
    assert copy.execute("SELECT count(*) FROM journal_entries WHERE notes LIKE ?",
                        [f"%{MARKER}%"]).fetchone()[0] == 2
    copy.close()
    assert read_export(export, passphrase=OLD).document.photos


def _a_png() -> bytes:
    from photo_samples import png_with_text
    return png_with_text()


def test_a_wrong_passphrase_says_so_and_changes_nothing(family):
    _turn_on(family)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files_on_disk(family)}
    assert needs_passphrase(family)
    with pytest.raises(LockedError):
        open_session(family, Access.WRITE)
    with pytest.raises(WrongPassphraseError) as wrong:
        open_session(family, Access.WRITE, passphrase="Correct horse battery")
    assert "does not open" in wrong.value.message
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files_on_disk(family)}
    assert after == before
    with open_session(family, Access.READ, passphrase=OLD) as session:
        assert list_children(session.db)


def _opens_with(path, passphrase) -> bool:
    from bfpp_desktop.storage import driver
    conn = driver.connect(str(path), key=passphrase)
    try:
        return conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def test_change_and_turn_off(family):
    _turn_on(family)
    with open_session(family, Access.WRITE, passphrase=OLD) as session:
        backup = _backup(session)
    if os.name == "posix":
        assert paths.database_path(family).stat().st_mode & 0o077 == 0   # owner only
    with open_session(family, Access.WRITE, passphrase=OLD) as session:
        passphrase_lock.change_passphrase(session.db, family, NEW)
        assert list_children(session.db)     # the same Database carries on
    # A backup restored later opens with today's passphrase, and not the old one.
    assert _opens_with(backup, NEW) and not _opens_with(backup, OLD)
    with pytest.raises(WrongPassphraseError):
        open_session(family, Access.READ, passphrase=OLD)
    with open_session(family, Access.WRITE, passphrase=NEW) as session:
        passphrase_lock.turn_off(session.db, family)
    assert not needs_passphrase(family)
    assert all(p.read_bytes().startswith(_PICTURE_STARTS) for p in _photo_files(family))
    assert _opens_with(backup, None)
    with open_session(family, Access.READ) as session:
        assert session.db.execute("SELECT count(*) FROM photo_key").fetchone()[0] == 0
        assert session.db.execute("PRAGMA user_version").fetchone()[0] > 100


STEPS = ["start", "checkpointed", "copied", "checked", "closed", "swapped", "reopened",
         "backups"]
_STOP_AT = """
import os, sys
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import lock
folder, change, step, given, new = sys.argv[1:6]
def stop(reached):
    if reached == step:
        os._exit(9)   # as a kill or a power cut would: nothing is tidied up
lock._reached = stop
session = open_session(folder, Access.WRITE, passphrase=given or None)
if change == "turn_off":
    lock.turn_off(session.db, session.data_dir)
else:
    getattr(lock, change)(session.db, session.data_dir, new)
os._exit(0)
"""


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("change, before, after", [
    ("turn_on", None, OLD), ("change_passphrase", OLD, NEW), ("turn_off", OLD, None)])
def test_a_change_of_the_lock_stopped_at_any_step(family, change, before, after, step):
    if before is not None:
        _turn_on(family, before)
    with open_session(family, Access.WRITE, passphrase=before) as session:
        _backup(session)
    stopped = run_python(_STOP_AT, str(family), change, step, before or "", after or "")
    assert stopped.returncode == 9, stopped.stderr
    opened_with = "neither"
    tries = [p for p in (before, after) if p] if needs_passphrase(family) else [None]
    for passphrase in tries:
        try:
            session = open_session(family, Access.WRITE, passphrase=passphrase)
        except LockedError:
            continue
        with session:
            opened_with = passphrase
            notes = "".join(r["notes"] for r in session.db.query(
                "SELECT notes FROM journal_entries"))
            assert MARKER in notes
            assert session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert all(photos.image_kind(p) for p in _photo_files(family))
        break
    assert opened_with in (before, after), "the folder opened with neither passphrase"
    assert not passphrase_lock.copy_path(family).exists()   # a plain copy never stays
    if opened_with is not None:   # locked, with the old or the new passphrase
        assert holding(family) == []
        assert all(p.read_bytes().startswith(MAGIC) for p in _photo_files(family))
