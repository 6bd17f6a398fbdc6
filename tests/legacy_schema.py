"""Today's schema steps, frozen (a copy of storage/migrations.py at commit e6cdc8f,
the last build before the 1.0 baseline), for tests that need files made by earlier
builds: any prefix of STEP_NAMES, in the order those builds ran them.

Never edit a step here: these files exist on caregivers' computers.
"""
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("bfpp")
STEP_NAMES: list[str] = []


def step(name: str):
    STEP_NAMES.append(name)
    return migrations(name=name)


@step("0001_children")
def _children(db: Database) -> None:
    db["children"].create({
        "id": int,
        "full_name": str,
        "preferred_name": str,
        "pronouns": str,
        "birth_date": str,          # ISO-8601
        "placement_date": str,      # ISO-8601
        "placement_type": str,
        "permanency_goal": str,
        "stage": int,
        "notes": str,
        "archived": int,
        "created_at": str,
        "updated_at": str,
    }, pk="id", not_null={"full_name", "placement_type", "permanency_goal", "stage"},
        defaults={"preferred_name": "", "pronouns": "", "notes": "", "archived": 0,
                  "stage": 1})



@step("0010_world_items")
def _world_items(db: Database) -> None:
    # One table for routines, likes, care, health and school: the same shape
    # lets other features file and print items without knowing the section.
    db.execute("""
        CREATE TABLE world_items (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            section TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            time_text TEXT NOT NULL DEFAULT '',
            time_is_words INTEGER NOT NULL DEFAULT 0,
            details TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '[]',
            comfort_items TEXT NOT NULL DEFAULT '[]',
            day_type TEXT NOT NULL DEFAULT 'every',
            severity TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'we_noticed',
            source_who TEXT NOT NULL DEFAULT '',
            source_date TEXT,
            source_note TEXT NOT NULL DEFAULT '',
            private INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX world_items_child_section "
               "ON world_items (child_id, section, position)")
@step("0030_contacts")
def _contacts(db: Database) -> None:
    # A contact may belong to several children, so it has no child_id of its own;
    # the link table cascades from both sides. A contact whose last child is
    # deleted stays (it may matter for a sibling added later) until deleted.
    db.execute("""
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            role_other TEXT NOT NULL DEFAULT '',
            relation TEXT NOT NULL DEFAULT '',
            phones TEXT NOT NULL DEFAULT '[]',   -- JSON [[label, as typed, digits], ...]
            phone_digits TEXT NOT NULL DEFAULT '', -- ' digits digits ' for matching
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            reach_by TEXT NOT NULL DEFAULT '',
            reach_times TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            may_share INTEGER NOT NULL DEFAULT 0,
            placed_with TEXT NOT NULL DEFAULT '',
            placed_with_phone TEXT NOT NULL DEFAULT '',
            created_at TEXT,
            updated_at TEXT
        )""")
    db.execute("""
        CREATE TABLE child_contacts (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            PRIMARY KEY (contact_id, child_id)
        )""")
    db.execute("CREATE INDEX child_contacts_child ON child_contacts(child_id)")
    db.execute("CREATE INDEX contacts_role ON contacts(role)")

@step("0040_guide_progress")
def _guide_progress(db: Database) -> None:
    # Step progress per child, keyed by the guide's stable step ids.
    db.execute("""
        CREATE TABLE guide_step_progress (
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open',
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (child_id, step_id)
        )""")
    # Protective-factor reflections: the caregiver's own words, dated.
    db.execute("""
        CREATE TABLE guide_reflections (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            factor_id TEXT NOT NULL,
            written_on TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX guide_reflections_child ON guide_reflections(child_id, written_on)")
    # Transition and contact plans: one JSON object of answers per child and kind.
    db.execute("""
        CREATE TABLE guide_plans (
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            answers TEXT NOT NULL DEFAULT '{}',
            updated_on TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (child_id, kind)
        )""")
@step("0020_journal")
def _journal(db: Database) -> None:
    db.execute("""
        CREATE TABLE journal_entries (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            entry_date TEXT NOT NULL,
            entry_time TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            share_summary TEXT NOT NULL DEFAULT '',
            mood_before INTEGER, mood_before_words TEXT NOT NULL DEFAULT '',
            mood_after INTEGER, mood_after_words TEXT NOT NULL DEFAULT '',
            went_well TEXT NOT NULL DEFAULT '',
            follow_up TEXT NOT NULL DEFAULT '',
            follow_up_date TEXT,
            follow_up_done INTEGER NOT NULL DEFAULT 0,
            -- family time only (NULL outcome for other kinds)
            outcome TEXT, cancelled_by TEXT NOT NULL DEFAULT '',
            start_time TEXT NOT NULL DEFAULT '', end_time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '', supervised INTEGER,
            transport TEXT NOT NULL DEFAULT '',
            photo_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""")
    db.execute("CREATE INDEX journal_timeline ON journal_entries "
               "(child_id, entry_date DESC, entry_time DESC, id DESC)")
    # Who took part: free text now; contact_id is for the contacts feature to fill
    # (no foreign key until that table exists).
    db.execute("""
        CREATE TABLE journal_participants (
            entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            contact_id INTEGER,
            PRIMARY KEY (entry_id, position))""")
    db.execute("""
        CREATE TABLE journal_tags (
            entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag))""")
    db.execute("CREATE INDEX journal_tags_by_tag ON journal_tags (tag)")
    db.execute("""
        CREATE TABLE journal_photos (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            taken_on TEXT,
            shareable INTEGER NOT NULL DEFAULT 0)""")
    db.execute("CREATE INDEX journal_photos_by_entry ON journal_photos (entry_id, position)")


@step("0021_journal_search")
def _journal_search(db: Database) -> None:
    # External-content FTS5 table kept in step by triggers, so text is stored once.
    db.execute("""
        CREATE VIRTUAL TABLE journal_fts USING fts5(
            title, notes, share_summary,
            content='journal_entries', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2')""")
    db.execute("""
        CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
            INSERT INTO journal_fts(rowid, title, notes, share_summary)
            VALUES (new.id, new.title, new.notes, new.share_summary);
        END""")
    db.execute("""
        CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
            INSERT INTO journal_fts(journal_fts, rowid, title, notes, share_summary)
            VALUES ('delete', old.id, old.title, old.notes, old.share_summary);
        END""")
    db.execute("""
        CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, notes, share_summary
        ON journal_entries BEGIN
            INSERT INTO journal_fts(journal_fts, rowid, title, notes, share_summary)
            VALUES ('delete', old.id, old.title, old.notes, old.share_summary);
            INSERT INTO journal_fts(rowid, title, notes, share_summary)
            VALUES (new.id, new.title, new.notes, new.share_summary);
        END""")


@step("0022_journal_drafts")
def _journal_drafts(db: Database) -> None:
    # One unsaved draft per child and entry (entry_id 0: a new entry).
    db.execute("""
        CREATE TABLE journal_drafts (
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            entry_id INTEGER NOT NULL DEFAULT 0,
            body TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (child_id, entry_id))""")


@step("0080_journal_participant_contacts")
def _journal_participant_contacts(db: Database) -> None:
    # "Last in the journal" on a person's page looks entries up by contact.
    db.execute("CREATE INDEX journal_participants_contact ON journal_participants (contact_id)")
    # contact_id has no foreign key (the table predates the link), so deleting a
    # contact unlinks it here; the participant's name stays, keeping entries readable,
    # and a later contact that reuses the id is never mistaken for them.
    db.execute("""
        CREATE TRIGGER contacts_delete_unlinks_journal AFTER DELETE ON contacts
        BEGIN
            UPDATE journal_participants SET contact_id = NULL WHERE contact_id = old.id;
        END""")


@step("0081_world_item_contacts")
def _world_item_contacts(db: Database) -> None:
    # A doctor or dentist in the health section may be one of the child's people.
    db.execute("ALTER TABLE world_items ADD COLUMN contact_id INTEGER")
    db.execute("""
        CREATE TRIGGER contacts_delete_unlinks_world AFTER DELETE ON contacts
        BEGIN
            UPDATE world_items SET contact_id = NULL WHERE contact_id = old.id;
        END""")
@step("0100_bridge_book")
def _bridge_book(db: Database) -> None:
    # Summaries, photos and questions are a snapshot of what went on the page (JSON),
    # so later journal edits never change a page the parent already holds.
    db.execute("""
        CREATE TABLE bridge_pages (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            prepared_on TEXT NOT NULL,
            to_name TEXT NOT NULL DEFAULT '',
            letter TEXT NOT NULL DEFAULT '',
            summaries TEXT NOT NULL DEFAULT '[]',
            photos TEXT NOT NULL DEFAULT '[]',
            questions TEXT NOT NULL DEFAULT '[]',
            photos_checked INTEGER NOT NULL DEFAULT 0,
            sent_on TEXT,
            reply_text TEXT NOT NULL DEFAULT '',
            reply_photo TEXT NOT NULL DEFAULT '',
            reply_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (child_id, number))""")
@step("0090_icebreaker_prep")
def _icebreaker_prep(db: Database) -> None:
    # One preparation per child: the chosen question ids and the notes written
    # under each share prompt, as JSON (the guide content owns the ids and prompts).
    db.execute("""
        CREATE TABLE icebreaker_prep (
            child_id INTEGER NOT NULL PRIMARY KEY REFERENCES children(id) ON DELETE CASCADE,
            question_ids TEXT NOT NULL DEFAULT '[]',
            share_notes TEXT NOT NULL DEFAULT '{}',
            updated_on TEXT,
            updated_at TEXT NOT NULL)""")


@step("0200_household_details")
def _household_details(db: Database) -> None:
    # "Our details" for printouts: one row at most (id 1). No row yet means the
    # values kept in settings.ini by older versions have not been copied in.
    db.execute("""
        CREATE TABLE household (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            household_name TEXT NOT NULL DEFAULT '',
            surname TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL)""")


@step("0110_clean_photo_metadata")
def _clean_photo_metadata(db: Database) -> None:
    # Work on files a step cannot do itself (it sees only the database): a row per task,
    # run once with the data folder by file_tasks when the database is opened.
    db.execute("CREATE TABLE file_tasks (name TEXT PRIMARY KEY)")
    db.execute("INSERT INTO file_tasks (name) VALUES ('clean_photo_metadata')")


def make_legacy_file(path, stop_before: str | None = None,
                     only: list[str] | None = None) -> None:
    """A database as an earlier build left it: its steps up to *stop_before* (or just the
    steps *only*, as a feature branch had them), with the user_version and application id
    that build wrote."""
    db = Database(sqlite3.connect(path))
    if only is None:
        migrations.apply(db, stop_before=stop_before)
        done = STEP_NAMES.index(stop_before) if stop_before else len(STEP_NAMES)
    else:
        migrations.ensure_migrations_table(db)
        for name in only:
            with db.atomic():
                next(m for m in migrations._migrations if m.name == name).fn(db)
                migrations._record_applied(db, name)
        done = len(only)
    db.execute(f"PRAGMA user_version = {done}")
    db.execute("PRAGMA application_id = 1111904336")
    db.conn.commit()
    db.close()
