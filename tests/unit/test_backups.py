"""Backups: what one holds, photos stored once, a restore and its undo, damaged backups
refused, a full disk, and a damaged data file replaced by the newest sound backup."""
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access, open_session, restore_over_damaged
from bfpp_desktop.storage import backup, backup_check, driver
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.photos import photos_root
from bfpp_desktop.storage.restore import DAMAGED_PREFIX
from small_disk import small_disk
from subprocess_helpers import lock_held_elsewhere


@pytest.fixture
def session(data_dir):
    with open_session(data_dir, Access.WRITE, fill_demo=True) as opened:
        yield opened


def _photo_files(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(photos_root(data_dir))): p.read_bytes()
            for p in photos_root(data_dir).rglob("*") if p.is_file()}


def _names(db) -> set[str]:
    return {c.display_name for c in child_store.list_children(db)}


def _final_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(backup.PREFIX))


def test_a_backup_holds_the_database_and_every_photo(session, data_dir):
    info = session.back_up(backup.BY_HAND)
    assert info.path.parent == paths.backups_dir(data_dir)
    assert info.children == 3 and info.entries > 0
    live = _photo_files(data_dir)
    assert len(info.photos) == len(live) > 0
    for photo in info.photos:
        held = backup.blob_path(info.folder, photo.sha256).read_bytes()
        assert held == live[f"{photo.child_id}/{photo.file_name}"]
    copy = sqlite3.connect(info.database)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one whole file
    assert copy.execute("SELECT count(*) FROM children").fetchone()[0] == 3
    copy.close()
    assert backup.list_backups(info.folder) == [info]
    assert info.size > info.database.stat().st_size


def test_unchanged_photos_are_not_copied_again(session):
    first = session.back_up(backup.BY_HAND)
    blobs = {p.sha256: backup.blob_path(first.folder, p.sha256) for p in first.photos}
    inodes = {sha: path.stat().st_ino for sha, path in blobs.items()}
    second = session.back_up(backup.BY_HAND)
    assert {p.sha256 for p in second.photos} == set(blobs)
    assert {sha: path.stat().st_ino for sha, path in blobs.items()} == inodes
    store = first.folder / backup.STORE_DIRNAME
    assert len([p for p in store.rglob("*") if p.is_file()]) == len(blobs)


def test_backups_have_unique_names_and_private_files(session):
    made = [session.back_up(backup.BY_HAND) for _ in range(3)]
    assert len({b.path.name for b in made}) == 3
    if os.name == "posix":
        assert made[0].path.stat().st_mode & 0o777 == 0o700
        assert made[0].database.stat().st_mode & 0o777 == 0o600
        blob = backup.blob_path(made[0].folder, made[0].photos[0].sha256)
        assert blob.stat().st_mode & 0o777 == 0o600


def test_a_restore_brings_back_the_data_and_its_undo_brings_back_the_change(session, data_dir):
    before = session.back_up(backup.BY_HAND)
    photos_before = _photo_files(data_dir)
    amara = next(c for c in child_store.list_children(session.db) if c.display_name == "Amara")
    from bfpp_desktop.actions.children import delete_child
    from bfpp_desktop.storage.photo_sweep import PhotoKeeper
    delete_child(session, PhotoKeeper(session.db, data_dir), amara.id)
    child_store.add_child(session.db, Child(full_name="Noor"))
    assert "Amara" not in _names(session.db)

    _, aside = session.restore(before.path)
    assert _names(session.db) == {"Maya", "Leo", "Amara"}
    assert set(photos_before) <= set(_photo_files(data_dir))   # Amara's photos are back
    assert _photo_files(data_dir).items() >= photos_before.items()
    assert aside.kept_aside and aside.children == 3   # Maya, Leo and Noor

    session.restore(aside.path)                       # undo the restore
    assert _names(session.db) == {"Maya", "Leo", "Noor"}
    assert session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _damage(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    database.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncated", "scribbled", "empty", "no manifest",
                                 "photo missing", "manifest edited"])
def test_a_damaged_backup_is_refused_and_the_data_is_untouched(session, how):
    good = session.back_up(backup.BY_HAND)
    if how == "truncated":
        good.database.write_bytes(good.database.read_bytes()[:20_000])
    elif how == "scribbled":
        _damage(good.database)
    elif how == "empty":
        good.database.write_bytes(b"")
    elif how == "no manifest":
        (good.path / backup.MANIFEST_NAME).unlink()
    elif how == "photo missing":
        backup.blob_path(good.folder, good.photos[0].sha256).unlink()
    else:
        manifest = good.path / backup.MANIFEST_NAME
        manifest.write_text(manifest.read_text().replace(
            good.photos[0].file_name, "../../../../etc/passwd"))
    child_store.add_child(session.db, Child(full_name="Noor"))
    with pytest.raises(KnownError) as caught:
        session.restore(good.path)
    assert "cannot be restored" in caught.value.message or "cannot be used" in caught.value.title
    assert "Noor" in _names(session.db)
    assert [b for b in backup.list_backups(good.folder) if b.kept_aside] == []


def test_a_photo_changed_in_the_store_stops_the_restore_before_the_data_changes(session):
    good = session.back_up(backup.BY_HAND)
    blob = backup.blob_path(good.folder, good.photos[0].sha256)
    blob.write_bytes(b"x" * blob.stat().st_size)   # same size: only its hash tells
    target = photos_root(session.data_dir) / str(good.photos[0].child_id) / good.photos[0].file_name
    target.unlink()
    child_store.add_child(session.db, Child(full_name="Noor"))
    with pytest.raises(KnownError):
        session.restore(good.path)
    assert "Noor" in _names(session.db)


@pytest.mark.parametrize("where", ["database", "photo"])
def test_a_full_disk_during_a_backup_leaves_no_backup_and_the_data_untouched(
        session, data_dir, monkeypatch, where):
    session.back_up(backup.BY_HAND)
    child_store.add_child(session.db, Child(full_name="Noor"))
    (photos_root(data_dir) / "1" / ("f" * 32 + ".jpg")).write_bytes(b"\xff\xd8\xff new photo")
    database = paths.database_path(data_dir)
    before = [database.read_bytes(), _photo_files(data_dir)]
    folder = paths.backups_dir(data_dir)
    names = _final_names(folder)
    if where == "database":
        real_connect = backup.driver.connect

        def small_disk(target, *args, **kwargs):   # the copy's disk holds two pages
            conn = real_connect(target, *args, **kwargs)
            if str(target).startswith(str(folder)):
                conn.execute("PRAGMA max_page_count = 2")
            return conn
        monkeypatch.setattr(backup.driver, "connect", small_disk)
    else:
        def full(*_args, **_kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(backup.shutil, "copyfileobj", full)
    with pytest.raises(KnownError) as caught:
        session.back_up(backup.AT_CLOSE)
    assert caught.value.title == "There is no room for the backup"
    assert "nothing in them was changed" in caught.value.message
    assert _final_names(folder) == names
    assert not list(folder.glob(backup.PARTIAL_PREFIX + "*"))
    assert not list(folder.rglob("*.part"))
    assert [database.read_bytes(), _photo_files(data_dir)] == before
    assert "Noor" in _names(session.db)


@pytest.mark.parametrize("room", ["less than the database", "not all the photos"])
def test_a_backup_onto_a_small_disk_that_fills_up(session, data_dir, tmp_path, room):
    database = paths.database_path(data_dir)
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    photo_bytes = sum(len(b) for b in _photo_files(data_dir).values())
    size = database.stat().st_size // 2 if room == "less than the database" \
        else database.stat().st_size + photo_bytes // 2
    before = [database.read_bytes(), _photo_files(data_dir)]
    with small_disk(tmp_path / "stick", size) as stick:
        (data_dir / paths.SETTINGS_FILENAME).write_text(f"[backups]\nfolder={stick}\n")
        with pytest.raises(KnownError) as caught:
            session.back_up(backup.BY_HAND)
        assert caught.value.title == "There is no room for the backup"
        assert str(stick) in caught.value.message
        assert _final_names(stick) == []
        assert not list(stick.glob(backup.PARTIAL_PREFIX + "*"))
        assert not list(stick.rglob("*.part"))
    assert [database.read_bytes(), _photo_files(data_dir)] == before
    assert _names(session.db) == {"Maya", "Leo", "Amara"}


def test_a_backup_left_half_written_by_a_kill_is_cleared_and_never_listed(session):
    made = session.back_up(backup.BY_HAND)
    leftover = made.folder / (backup.PARTIAL_PREFIX + "bfpp-20260101-000000-000000-auto")
    leftover.mkdir()
    (leftover / backup.DATABASE_NAME).write_bytes(b"SQLite format 3\x00 half")
    assert backup.list_backups(made.folder) == [made]
    session.back_up(backup.BY_HAND)
    assert not leftover.exists()


def test_a_missing_chosen_folder_is_reported_not_created(data_dir, tmp_path):
    stick = tmp_path / "stick" / "backups"
    (data_dir / paths.SETTINGS_FILENAME).write_text(f"[backups]\nfolder={stick}\n")
    with open_session(data_dir, Access.WRITE) as session:
        assert session.backups_dir == stick
        with pytest.raises(KnownError) as caught:
            session.back_up(backup.BY_HAND)
    assert "plugged in" in caught.value.advice
    assert not stick.exists()


@pytest.mark.parametrize("damage", ["empty", "text", "scribbled"])
def test_a_damaged_data_file_is_replaced_by_the_newest_sound_backup_and_kept_aside(
        data_dir, damage):
    with open_session(data_dir, Access.WRITE, fill_demo=True) as session:
        older = session.back_up(backup.BY_HAND)
        child_store.add_child(session.db, Child(full_name="Noor"))
        newest = session.back_up(backup.BY_HAND)
        for _ in range(200):   # enough pages that scribbling hits the tables
            child_store.add_child(session.db, Child(full_name="Filler", notes="Filler " * 30))
    _damage(newest.database)   # the newest backup is damaged too: the older one is offered
    database = paths.database_path(data_dir)
    if damage == "empty":
        database.write_bytes(b"")
    elif damage == "text":
        database.write_text("shopping: milk, eggs\n")
    else:
        _damage(database)
    damaged = database.read_bytes()
    assert backup_check.database_problem(database) is not None
    with pytest.raises(KnownError):
        open_session(data_dir, Access.WRITE)

    offered = backup_check.newest_sound_backup(paths.backups_dir(data_dir))
    assert offered == older
    _, aside = restore_over_damaged(data_dir, offered.path)
    assert aside.name.startswith(DAMAGED_PREFIX)
    assert (aside / paths.DATABASE_FILENAME).read_bytes() == damaged
    with open_session(data_dir, Access.WRITE) as session:
        assert _names(session.db) == {"Maya", "Leo", "Amara"}


def test_restoring_is_refused_while_another_copy_has_the_folder(data_dir):
    with open_session(data_dir, Access.WRITE, fill_demo=True) as session:
        made = session.back_up(backup.BY_HAND)
    with lock_held_elsewhere(data_dir), pytest.raises(KnownError) as caught:
        restore_over_damaged(data_dir, made.path)
    assert caught.value.title == "Already open"


def test_the_connections_a_backup_opens_copy_with_a_small_page_cache(session, data_dir,
                                                                     monkeypatch):
    # As the window's backup does: from the file, on its own connections. SQLCipher's
    # default cache (8 MB each) would be filled by the copy and kept by malloc after.
    caches = []
    close = driver.Connection.close

    def recording(conn):
        caches.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        close(conn)

    monkeypatch.setattr(driver.Connection, "close", recording)
    backup.make_backup(paths.database_path(data_dir), data_dir, paths.backups_dir(data_dir),
                       backup.BY_HAND)
    assert len(caches) >= 2 and all(-256 <= kib < 0 for kib in caches[:2])
