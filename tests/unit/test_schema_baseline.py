"""The 1.0 baseline: new files get it directly; files made by earlier builds are rebuilt
into it without losing a row, or refused untouched."""
import json
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database
from legacy_schema import STEP_NAMES, make_legacy_file

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.core.world import Section, new_item
from bfpp_desktop.storage import children, contacts, journal, migrations, schema, world
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.rebuild import UnreadableValues

FIXTURE = Path(__file__).parent.parent / "fixtures" / "demo-family-before-1.0.sqlite3"
# Timestamps: the baseline gives every record table both, from the nearest one it had
# (a journal draft had only saved_at).
CHANGED_COLUMNS = {"created_at", "updated_at", "saved_at"}


def _rows(conn: sqlite3.Connection, table: str) -> list[dict]:
    cursor = conn.execute(f"SELECT * FROM [{table}]")
    names = [c[0] for c in cursor.description]
    found = [dict(zip(names, r)) for r in cursor]
    # Sorted by what old and new rows share, so the two lists pair up row by row.
    return sorted(found, key=lambda r: json.dumps(
        {k: v for k, v in r.items() if k not in CHANGED_COLUMNS}, sort_keys=True))


def _schema(path: Path) -> set[tuple]:
    """Every table, index and trigger as SQLite keeps it, spaces normalised."""
    conn = sqlite3.connect(path)
    try:
        return {(kind, name, re.sub(r"\s+", " ", sql or "").strip())
                for kind, name, sql in conn.execute(
                    "SELECT type, name, sql FROM sqlite_master")}
    finally:
        conn.close()


def _old_file(data_dir: Path) -> Path:
    path = paths.database_path(data_dir)
    shutil.copy(FIXTURE, path)
    return path


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_new_file_gets_the_baseline_directly(data_dir):
    db = open_database(paths.database_path(data_dir))
    # The baseline, then each step added since 1.0, in order.
    applied = [m.name for m in migrations.migration_set().applied(db)]
    assert applied[0] == "1000_baseline" and applied == migrations._step_names
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    assert set(schema.TABLES) <= set(db.table_names())
    assert db["file_tasks"].count == 0  # nothing to clean in a brand-new folder
    assert not db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'contacts_delete%'"
                          ).fetchall()
    db.close()
    assert not paths.backups_dir(data_dir).exists()


def test_a_file_from_before_1_0_keeps_every_row(data_dir):
    path = _old_file(data_dir)
    conn = sqlite3.connect(path)
    before = {t: _rows(conn, t) for t in schema.TABLES}
    conn.close()
    assert all(before[t] for t in schema.TABLES if t != "file_tasks")  # the fixture is full

    open_database(path).close()

    conn = sqlite3.connect(path)
    for table, old_rows in before.items():
        new_rows = _rows(conn, table)
        assert len(new_rows) == len(old_rows), table
        kept = [c for c in (old_rows[0] if old_rows else {}) if c not in CHANGED_COLUMNS]
        assert ([{c: r[c] for c in kept} for r in new_rows]
                == [{c: r[c] for c in kept} for r in old_rows]), table
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO journal_fts(journal_fts) VALUES ('integrity-check')")
    conn.close()
    backups = list(paths.backups_dir(data_dir).glob("*before-update/bfpp.sqlite3"))
    assert len(backups) == 1 and _dump(backups[0]) == _dump(FIXTURE)


def _timestamped(table: str) -> bool:
    return "created_at" in schema.TABLES[table]


def test_timestamps_come_through_for_every_record_table(data_dir):
    path = _old_file(data_dir)
    conn = sqlite3.connect(path)
    before = {t: _rows(conn, t) for t in schema.TABLES if _timestamped(t)}
    conn.close()
    open_database(path).close()
    conn = sqlite3.connect(path)
    for table, old_rows in before.items():
        for old, new in zip(old_rows, _rows(conn, table), strict=True):
            # A timestamp the old row had is kept; a missing one is the nearest it had.
            stamp = old.get("created_at") or old.get("updated_at") or old.get("saved_at")
            assert new["created_at"] == (old.get("created_at") or stamp), table
            assert new["updated_at"] == (old.get("updated_at") or stamp), table
    conn.close()


def test_the_migrated_file_reads_and_searches_as_before(data_dir):
    db = open_database(_old_file(data_dir))
    amara = next(c for c in children.list_children(db) if c.full_name.startswith("Amara"))
    assert (amara.ended_on, amara.ended_how) == (None, None)   # still in care
    assert journal.search(db, amara.id, "teething")
    linked = [e for e in journal.list_entries(db, amara.id, limit=500)
              if journal.get_entry(db, e.id).participant_contacts]
    assert linked  # links to contacts came through
    db.close()


def test_a_migrated_file_has_the_schema_of_a_new_one(data_dir, tmp_path):
    old = _old_file(data_dir)
    open_database(old).close()
    new = tmp_path / "new.sqlite3"
    open_database(new).close()
    assert _schema(old) == _schema(new)


def test_a_1_0_file_gains_how_and_when_a_placement_ended(data_dir, tmp_path):
    """Written by 1.0 (the baseline only): the children keep every detail, in care."""
    path = paths.database_path(data_dir)
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.migration_set().apply(db, stop_before="1010_placement_end")
    db.execute(f"PRAGMA user_version = {migrations.BASELINE_VERSION}")
    conn.execute("INSERT INTO children (full_name, placement_type, permanency_goal, stage, "
                 "archived, created_at, updated_at) VALUES ('Ana', 'kinship', 'adoption', 2, "
                 "1, 'then', 'later')")
    conn.commit()
    conn.close()
    db = open_database(path)
    [ana] = children.list_children(db, archived=True)
    assert (ana.stage, ana.archived, ana.ended_on, ana.ended_how) == (2, True, None, None)
    db.close()
    assert len(list(paths.backups_dir(data_dir).glob("*before-update/bfpp.sqlite3"))) == 1
    new = tmp_path / "new.sqlite3"
    open_database(new).close()
    assert _schema(path) == _schema(new)


# Feature branches ran their own steps in number order before they were merged.
BRANCH_STEP_SETS = [
    ["0001_children", "0020_journal", "0021_journal_search", "0022_journal_drafts"],
    ["0001_children", "0010_world_items", "0030_contacts", "0081_world_item_contacts"],
    ["0001_children", "0090_icebreaker_prep", "0100_bridge_book"],
]


@pytest.mark.parametrize("stop_before,only", [
    *((name, None) for name in STEP_NAMES[1:]), (None, None),
    *((None, steps) for steps in BRANCH_STEP_SETS)])
def test_every_earlier_step_set_comes_to_the_baseline(tmp_path, stop_before, only):
    """A file from any earlier build: a prefix of the old order, or a branch's own steps."""
    old = tmp_path / "old.sqlite3"
    make_legacy_file(old, stop_before=stop_before, only=only)
    conn = sqlite3.connect(old)
    conn.execute("INSERT INTO children (full_name, placement_type, permanency_goal, stage, "
                 "created_at, updated_at) VALUES ('Ana', 'kinship', 'adoption', 2, 'then', "
                 "'later')")
    conn.commit()
    conn.close()
    db = open_database(old)
    [ana] = children.list_children(db)
    assert (ana.full_name, ana.stage, ana.preferred_name) == ("Ana", 2, "")
    tasks = [r[0] for r in db.execute("SELECT name FROM file_tasks")]
    assert tasks == []  # the photo cleaning ran (and finished) when it was owed
    db.close()
    new = tmp_path / "new.sqlite3"
    open_database(new).close()
    assert _schema(old) == _schema(new)


@pytest.mark.parametrize("stop_before", ["0110_clean_photo_metadata", None])
def test_a_file_whose_photos_were_never_cleaned_is_owed_it(tmp_path, monkeypatch, stop_before):
    """Made before the cleaning existed, or after its step but before its task ran."""
    from bfpp_desktop.storage import file_tasks

    ran = []
    monkeypatch.setitem(file_tasks.TASKS, file_tasks.CLEAN_PHOTO_METADATA,
                        lambda db, folder: ran.append(folder))
    old = tmp_path / "old" / "bfpp.sqlite3"
    old.parent.mkdir()
    make_legacy_file(old, stop_before=stop_before)
    open_database(old).close()
    assert ran == [old.parent]
    open_database(tmp_path / "new.sqlite3").close()
    assert ran == [old.parent]  # a brand-new file has nothing to clean


@pytest.mark.parametrize("table,column,value", [
    ("contacts", "role", "wizard"),
    ("children", "stage", 7),
    ("journal_entries", "outcome", "postponed"),
    ("world_items", "severity", "awful"),
])
def test_a_value_the_baseline_refuses_leaves_the_file_untouched(data_dir, table, column, value):
    path = _old_file(data_dir)
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = "
                 f"(SELECT min(rowid) FROM {table})", [value])
    conn.commit()
    conn.close()
    before = _dump(path)
    with pytest.raises(UnreadableValues) as caught:
        open_database(path)
    assert "not one of the choices" in caught.value.message
    assert "Nothing has been changed" in caught.value.advice
    assert _dump(path) == before


def test_a_row_whose_record_is_gone_refuses_the_update(data_dir):
    """Only writing with foreign keys off could leave one; it is kept, not dropped."""
    path = _old_file(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO journal_tags (entry_id, tag) VALUES (99999, 'orphan')")
    conn.commit()
    conn.close()
    before = _dump(path)
    with pytest.raises(UnreadableValues):
        open_database(path)
    assert _dump(path) == before


def test_a_column_this_version_does_not_know_is_never_dropped(data_dir):
    path = _old_file(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE contacts ADD COLUMN pronouns TEXT")
    conn.commit()
    conn.close()
    before = _dump(path)
    with pytest.raises(UnreadableValues):
        open_database(path)
    assert _dump(path) == before


def test_a_link_to_a_contact_that_is_gone_is_dropped_and_the_name_kept(data_dir):
    path = _old_file(data_dir)
    conn = sqlite3.connect(path)
    entry_id, position = conn.execute("SELECT entry_id, position FROM journal_participants "
                                      "WHERE contact_id IS NOT NULL").fetchone()
    conn.execute("UPDATE journal_participants SET contact_id = 999 WHERE entry_id = ? "
                 "AND position = ?", [entry_id, position])
    conn.commit()
    name = conn.execute("SELECT name FROM journal_participants WHERE entry_id = ? "
                        "AND position = ?", [entry_id, position]).fetchone()[0]
    conn.close()
    db = open_database(path)
    assert db.execute("SELECT name, contact_id FROM journal_participants WHERE entry_id = ? "
                      "AND position = ?", [entry_id, position]).fetchone() == (name, None)
    db.close()


def test_deleting_a_contact_unlinks_it_by_foreign_key(db):
    child = children.add_child(db, Child(full_name="Maya"))
    doctor = contacts.add_contact(db, Contact(name="Dr Lee", role=Role.DOCTOR,
                                              child_ids=[child.id]))
    entry = journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 11, 2), title="Check-up",
        participants=["Dr Lee"], participant_contacts={"Dr Lee": doctor.id}))
    item = world.add_item(db, new_item(child.id, Section.HEALTH, title="Doctor",
                                       contact_id=doctor.id))
    contacts.delete_contact(db, doctor.id)
    again = journal.get_entry(db, entry.id)
    assert again.participants == ["Dr Lee"] and again.participant_contacts == {}
    assert world.get_item(db, item.id).contact_id is None
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                      "AND name LIKE 'contacts%'").fetchone()[0] == 0


@pytest.mark.parametrize("table,column", [
    ("children", "placement_type"), ("children", "permanency_goal"), ("children", "stage"),
    ("children", "archived"), ("children", "ended_how"), ("contacts", "role"), ("contacts", "reach_by"),
    ("world_items", "section"), ("world_items", "day_type"), ("world_items", "severity"),
    ("world_items", "source"), ("journal_entries", "kind"), ("journal_entries", "outcome"),
    ("journal_entries", "mood_before"), ("guide_step_progress", "state"),
    ("guide_plans", "kind"),
])
def test_every_choice_column_refuses_what_core_does_not_know(db, table, column):
    child = children.add_child(db, Child(full_name="Maya"))
    contacts.add_contact(db, Contact(name="Rosa", role=Role.BIRTH_PARENT, child_ids=[child.id]))
    world.add_item(db, new_item(child.id, Section.ROUTINE, title="Bath"))
    journal.add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 2),
                                       title="A day"))
    db.execute("INSERT INTO guide_step_progress (child_id, step_id, created_at, updated_at) "
               "VALUES (?, 's1', 'x', 'x')", [child.id])
    db.execute("INSERT INTO guide_plans (child_id, kind, created_at, updated_at) "
               "VALUES (?, 'contact', 'x', 'x')", [child.id])
    with pytest.raises(sqlite3.IntegrityError) as caught:
        db.execute(f"UPDATE {table} SET {column} = 'not-a-choice'")
    assert caught.value.sqlite_errorname == "SQLITE_CONSTRAINT_CHECK"
