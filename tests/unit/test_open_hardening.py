"""Opening a data file refuses what is not ours or not whole before anything writes,
sets what keeps deleted text out of the file, and never leaves the version stale."""
import sqlite3

import pytest
from legacy_schema import make_legacy_file
from sqlite_utils import Database
from sqlite_errors import damage_an_index
from sqlite_utils.migrations import Migrations

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.storage import migrations
from bfpp_desktop.storage.children import add_child, delete_child
from bfpp_desktop.storage.connection import open_database, open_reader
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.errors import DamagedFileError, FileTooNewError, ForeignFileError


def _files(path):
    """The database and whatever SQLite keeps beside it, byte for byte."""
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*")}


def _left_as_it_was(path, before) -> bool:
    """The file is byte for byte as it was, and so is any WAL that held changes. (The
    read-only check may leave SQLite's empty WAL and its index beside a WAL-mode file.)"""
    after = _files(path)
    wal = path.name + "-wal"
    return after[path.name] == before[path.name] and (
        after.get(wal, b"") == before.get(wal, b""))


def test_another_programs_file_without_an_application_id_is_refused_untouched(tmp_path):
    path = tmp_path / paths.DATABASE_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('Bread', 'knead')")
    conn.commit()
    conn.close()
    before = _files(path)
    with pytest.raises(ForeignFileError) as caught:
        open_database(path)
    assert "another program" in caught.value.message
    assert _left_as_it_was(path, before)


def test_our_file_from_before_the_id_was_stamped_still_opens(tmp_path):
    path = tmp_path / paths.DATABASE_FILENAME
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")   # as builds before 1.0 left it
    conn.commit()
    conn.close()
    open_database(path).close()


def test_a_file_from_a_newer_version_is_not_switched_to_wal_before_refusal(tmp_path):
    path = tmp_path / paths.DATABASE_FILENAME
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": migrations.MIGRATION_SET,
                                     "name": "9999_from_the_future", "applied_at": "x"})
    db.execute("PRAGMA journal_mode = DELETE")   # a newer version may choose otherwise
    db.close()
    before = _files(path)
    with pytest.raises(FileTooNewError):
        open_database(path)
    assert _left_as_it_was(path, before)


def test_a_newer_file_with_changes_still_in_its_wal_is_refused_untouched(tmp_path):
    """A newer version stopped by a crash leaves its last changes in the WAL; a
    connection that could write would copy them into the file as it closed."""
    path = tmp_path / paths.DATABASE_FILENAME
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": migrations.MIGRATION_SET,
                                     "name": "9999_from_the_future", "applied_at": "x"})
    db.close()
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO children (full_name, placement_type, permanency_goal, "
                   "created_at, updated_at) VALUES ('Ana', 'foster', 'reunification', 'x', 'x')")
    writer.commit()
    copy = tmp_path / "copy"
    copy.mkdir()
    for name, data in _files(path).items():   # as the crash left it: WAL not yet copied
        (copy / name).write_bytes(data)
    writer.close()
    path = copy / paths.DATABASE_FILENAME
    before = _files(path)
    assert before[path.name + "-wal"]
    with pytest.raises(FileTooNewError):
        open_database(path)
    assert _left_as_it_was(path, before)


def test_a_damaged_index_is_found_at_open_and_the_file_left_alone(tmp_path):
    path = tmp_path / paths.DATABASE_FILENAME
    db = open_database(path)
    for name in ("Ms Lee", "Dr Okafor", "Grandma Rose"):
        add_contact(db, Contact(name=name))
    db.close()
    damage_an_index(path)
    before = _files(path)
    with pytest.raises(DamagedFileError) as caught:
        open_database(path)
    assert "damaged" in caught.value.message
    assert _left_as_it_was(path, before)


def test_deleted_text_is_wiped_from_the_file(tmp_path):
    path = tmp_path / paths.DATABASE_FILENAME
    db = open_database(path)
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    marker = "MARKER-what-she-said-at-bedtime"
    child = add_child(db, Child(full_name="Ana", notes=(marker + " ") * 500))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    delete_child(db, child.id)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for name, data in _files(path).items():
        assert marker.encode() not in data, name


def test_a_stop_after_the_last_step_cannot_leave_the_version_behind(tmp_path, monkeypatch):
    apply = Migrations.apply

    def apply_then_stop(self, db, **kwargs):
        apply(self, db, **kwargs)
        raise KeyboardInterrupt("the computer stopped here")

    path = tmp_path / paths.DATABASE_FILENAME
    make_legacy_file(path)   # a file from before 1.0: the update runs on the file itself
    monkeypatch.setattr(Migrations, "apply", apply_then_stop)
    with pytest.raises(KeyboardInterrupt):
        open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    conn.close()


def test_a_stop_while_a_new_file_is_made_leaves_no_file_to_refuse(tmp_path, monkeypatch):
    """Found by the kill test: stopped between creating the file and its first write,
    the next start found an empty file and refused it as damaged."""
    bring_up_to_date = migrations.bring_up_to_date

    def stop(db, before=None):
        db.execute("CREATE TABLE begun (x)")   # SQLite has started on the file
        raise KeyboardInterrupt("the computer stopped here")

    monkeypatch.setattr(migrations, "bring_up_to_date", stop)
    path = tmp_path / paths.DATABASE_FILENAME
    with pytest.raises(KeyboardInterrupt):
        open_database(path)
    assert not path.exists()
    monkeypatch.setattr(migrations, "bring_up_to_date", bring_up_to_date)
    open_database(path).close()
    assert [p.name for p in tmp_path.iterdir()] == [paths.DATABASE_FILENAME]


def test_a_version_left_behind_by_an_earlier_build_is_repaired_at_open(tmp_path):
    path = tmp_path / paths.DATABASE_FILENAME
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    db.close()


def test_a_reader_reads_a_copy_nobody_may_write_to(tmp_path):
    from readonly import read_only_folder

    folder = paths.ensure_data_dir(tmp_path / "copy")
    path = paths.database_path(folder)
    db = open_database(path)
    add_child(db, Child(full_name="Ana"))
    db.close()
    with read_only_folder(folder):
        reader = open_reader(path)
        assert [r["full_name"] for r in Database(reader.conn)["children"].rows] == ["Ana"]
        reader.close()


def test_the_connections_kept_open_have_sqlites_own_2_mb_page_cache(tmp_path):
    # SQLCipher's build would give each 8 MB, held for the session.
    path = tmp_path / "bfpp.sqlite3"
    db = open_database(path)
    reader = open_reader(path)
    assert [c.execute("PRAGMA cache_size").fetchone()[0] for c in (db, reader)] == [-2000] * 2
    reader.close()
    db.close()
