"""The database file: creation, migrations, refusal of files we cannot read."""
import sqlite3
from datetime import date

import pytest
from sqlite_utils import Database

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child, PlacementEnd, PlacementType
from bfpp_desktop.storage import children as store
from bfpp_desktop.storage import migrations
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.errors import FileTooNewError, KnownError


def test_new_file_is_migrated_and_configured(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    assert "children" in db.table_names()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    applied = {m.name for m in migrations.migration_set().applied(db)}
    assert applied == migrations.known_names()
    db.close()


def test_reopening_applies_nothing_and_makes_no_backup(tmp_path):
    open_database(tmp_path / "db.sqlite3").close()
    before = (tmp_path / "db.sqlite3").read_bytes()
    open_database(tmp_path / "db.sqlite3").close()
    assert not (tmp_path / "backups").exists()
    # Not even the header changes: opening a file without changing anything writes nothing.
    assert (tmp_path / "db.sqlite3").read_bytes() == before


def test_file_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": migrations.MIGRATION_SET,
                                     "name": "9999_from_the_future", "applied_at": "x"})
    db.close()
    before = path.read_bytes()
    with pytest.raises(FileTooNewError) as caught:
        open_database(path)
    assert "newer version" in caught.value.message
    assert path.read_bytes() == before


def test_higher_user_version_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    db.execute(f"PRAGMA user_version = {migrations.schema_version() + 5}")
    db.close()
    with pytest.raises(FileTooNewError):
        open_database(path)


def test_backup_is_made_before_a_pending_migration(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    db = Database(sqlite3.connect(path))
    migrations.migration_set().apply(db)
    store.add_child(db, Child(full_name="Old"))

    @migrations.migration_set()(name="zz_test_extra_column")
    def _extra(database):
        database["children"].add_column("test_extra", str)

    monkeypatch.setattr(migrations, "_step_names",
                        migrations._step_names + ["zz_test_extra_column"])
    try:
        db.close()
        reopened = open_database(path)
        copies = list((tmp_path / "backups").glob("*-before-update/bfpp.sqlite3"))
        assert len(copies) == 1
        saved = Database(copies[0])
        assert "test_extra" not in saved["children"].columns_dict
        assert saved["children"].count == 1
        assert "test_extra" in reopened["children"].columns_dict
        reopened.close()
    finally:
        migrations.migration_set()._migrations.pop()


@pytest.mark.parametrize("content,expected", [
    (b"", "empty"),
    (b"These are my grocery notes, not a database at all.\n" * 20, "not a database"),
])
def test_unreadable_files_are_refused_and_left_alone(tmp_path, content, expected):
    path = tmp_path / paths.DATABASE_FILENAME
    path.write_bytes(content)
    with pytest.raises(KnownError) as caught:
        open_database(path)
    assert expected in caught.value.message
    assert path.read_bytes() == content
    assert not (tmp_path / (paths.DATABASE_FILENAME + "-wal")).exists()


def test_damaged_file_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = open_database(path)
    for i in range(200):
        store.add_child(db, Child(full_name=f"Child {i}" * 20))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # scribble over pages after the header
    path.write_bytes(bytes(data))
    with pytest.raises(KnownError):
        open_database(path)


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(KnownError):
        open_database(path)


# ----- children ---------------------------------------------------------------------------

def test_child_round_trip_keeps_every_field(db):
    child = store.add_child(db, Child(
        full_name="José Ñúñez 👧", preferred_name="Pepa", pronouns="she/her",
        birth_date=date(2019, 2, 28), placement_date=date(2026, 11, 20),
        placement_type=PlacementType.KINSHIP, stage=2, notes="Línea uno\nשלום"))
    assert store.get_child(db, child.id) == child
    ended = child.ended(PlacementEnd.WENT_HOME, date(2026, 11, 23))
    store.update_child(db, ended)
    assert store.get_child(db, child.id) == ended


def test_archive_hides_from_daily_list_and_going_home_does_not(db):
    a = store.add_child(db, Child(full_name="Ana"))
    b = store.add_child(db, Child(full_name="Ben"))
    c = store.add_child(db, Child(full_name="Cai"))
    store.update_child(db, a.ended(PlacementEnd.ADOPTION, date(2026, 11, 2)))
    store.update_child(db, c.ended(PlacementEnd.WENT_HOME, date(2026, 11, 2)))
    assert [c.id for c in store.list_children(db)] == [b.id, c.id]
    assert [c.id for c in store.list_children(db, archived=True)] == [a.id]
    store.update_child(db, a)
    assert {c.id for c in store.list_children(db)} == {a.id, b.id, c.id}


def test_list_is_sorted_by_the_name_the_child_is_called(db):
    store.add_child(db, Child(full_name="Zed Adams", preferred_name="Ace"))
    store.add_child(db, Child(full_name="Bea Zimmer"))
    assert [c.display_name for c in store.list_children(db)] == ["Ace", "Bea Zimmer"]


def test_delete_leaves_no_row_of_that_child_behind(db):
    keep = store.add_child(db, Child(full_name="Keep"))
    gone = store.add_child(db, Child(full_name="Gone"))
    # Every table that refers to a child must cascade; check them all generically.
    store.delete_child(db, gone.id)
    assert store.get_child(db, gone.id) is None
    assert store.get_child(db, keep.id) is not None
    for table in db.tables:
        for fk in table.foreign_keys:
            if fk.other_table == "children":
                left = db.execute(f"select count(*) from [{table.name}] "
                                  f"where [{fk.column}] = ?", [gone.id]).fetchone()[0]
                assert left == 0, table.name


def test_every_child_table_cascades_on_delete(db):
    for table in db.tables:
        sql = table.schema.lower()
        if "references children" in sql or "references [children]" in sql \
                or 'references "children"' in sql:
            assert "on delete cascade" in sql, f"{table.name} keeps rows of deleted children"


def test_reader_connection_reads_but_never_writes(db, data_dir):
    from bfpp_desktop.storage.connection import open_reader

    store.add_child(db, Child(full_name="Ana"))
    reader = open_reader(paths.database_path(data_dir))
    assert [r["full_name"] for r in reader["children"].rows] == ["Ana"]
    with pytest.raises(sqlite3.OperationalError):
        reader.execute("delete from children")
    reader.close()
