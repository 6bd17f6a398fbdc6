"""The 1.0 schema baseline: every table, index and trigger the app uses.

A column holding one of core's choices has a CHECK built from that enum, so the
two cannot drift apart; yes/no columns hold 0 or 1. Every record table has
created_at and updated_at (stamped by storage.rows). Links between records are
real foreign keys: what belongs to a child goes with the child (CASCADE); a
journal participant or world item linked to a deleted contact keeps its text
and loses only the link (SET NULL).

Later changes are migration steps (storage.migrations), never edits here.
"""
from collections.abc import Iterable

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import STAGE_NUMBERS, PermanencyGoal, PlacementType
from bfpp_desktop.core.contacts import ReachBy, Role
from bfpp_desktop.core.journal import MOOD_SCALE, EntryKind, Outcome
from bfpp_desktop.core.stage_progress import PlanKind, StepState
from bfpp_desktop.core.world import DayType, Section, Severity, Source


def _literal(value) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def one_of(column: str, values: Iterable, *, null: bool = False) -> str:
    """CHECK that *column* holds one of *values* (enum members stand for their value)."""
    listed = ", ".join(_literal(getattr(v, "value", v)) for v in values)
    test = f"{column} IN ({listed})"
    return f"CHECK ({column} IS NULL OR {test})" if null else f"CHECK ({test})"


def yes_no(column: str, *, null: bool = False) -> str:
    return one_of(column, (0, 1), null=null)


STAMPS = "created_at TEXT NOT NULL,\n    updated_at TEXT NOT NULL"
CHILD = "child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE"
ENTRY = "entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE"
CONTACT_LINK = "contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL"

# In creation order: a table comes after every table it refers to.
TABLES: dict[str, str] = {
    "children": f"""CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    pronouns TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    placement_date TEXT,
    placement_type TEXT NOT NULL {one_of('placement_type', PlacementType)},
    permanency_goal TEXT NOT NULL {one_of('permanency_goal', PermanencyGoal)},
    stage INTEGER NOT NULL DEFAULT 1 {one_of('stage', STAGE_NUMBERS)},
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 {yes_no('archived')},
    {STAMPS})""",
    # A contact may belong to several children, so it has no child_id of its own; a
    # contact whose last child is deleted stays (it may matter for a sibling added later).
    "contacts": f"""CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL {one_of('role', Role)},
    role_other TEXT NOT NULL DEFAULT '',
    relation TEXT NOT NULL DEFAULT '',
    phones TEXT NOT NULL DEFAULT '[]',      -- JSON [[label, as typed, digits], ...]
    phone_digits TEXT NOT NULL DEFAULT '',  -- ' digits digits ' for matching
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    reach_by TEXT NOT NULL DEFAULT '' {one_of('reach_by', ReachBy)},
    reach_times TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    may_share INTEGER NOT NULL DEFAULT 0 {yes_no('may_share')},
    placed_with TEXT NOT NULL DEFAULT '',
    placed_with_phone TEXT NOT NULL DEFAULT '',
    {STAMPS})""",
    "child_contacts": """CREATE TABLE child_contacts (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, child_id))""",
    # One table for routines, likes, care, health and school: the same shape lets
    # other features file and print items without knowing the section.
    "world_items": f"""CREATE TABLE world_items (
    id INTEGER PRIMARY KEY,
    {CHILD},
    section TEXT NOT NULL {one_of('section', Section)},
    kind TEXT NOT NULL DEFAULT 'other',
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    time_text TEXT NOT NULL DEFAULT '',
    time_is_words INTEGER NOT NULL DEFAULT 0 {yes_no('time_is_words')},
    details TEXT NOT NULL DEFAULT '',
    steps TEXT NOT NULL DEFAULT '[]',
    comfort_items TEXT NOT NULL DEFAULT '[]',
    day_type TEXT NOT NULL DEFAULT 'every' {one_of('day_type', DayType)},
    severity TEXT NOT NULL DEFAULT '' {one_of('severity', Severity)},
    source TEXT NOT NULL DEFAULT 'we_noticed' {one_of('source', Source)},
    source_who TEXT NOT NULL DEFAULT '',
    source_date TEXT,
    source_note TEXT NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0 {yes_no('private')},
    {CONTACT_LINK},
    {STAMPS})""",
    # Guide progress, keyed by the guide content's stable step ids.
    "guide_step_progress": f"""CREATE TABLE guide_step_progress (
    {CHILD},
    step_id TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' {one_of('state', StepState)},
    done_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    {STAMPS},
    PRIMARY KEY (child_id, step_id))""",
    # Protective-factor reflections: the caregiver's own words, dated.
    "guide_reflections": f"""CREATE TABLE guide_reflections (
    id INTEGER PRIMARY KEY,
    {CHILD},
    factor_id TEXT NOT NULL,
    written_on TEXT NOT NULL,
    text TEXT NOT NULL,
    {STAMPS})""",
    # Transition and contact plans: one JSON object of answers per child and kind.
    "guide_plans": f"""CREATE TABLE guide_plans (
    {CHILD},
    kind TEXT NOT NULL {one_of('kind', PlanKind)},
    answers TEXT NOT NULL DEFAULT '{{}}',
    updated_on TEXT,
    {STAMPS},
    PRIMARY KEY (child_id, kind))""",
    "journal_entries": f"""CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    {CHILD},
    entry_date TEXT NOT NULL,
    entry_time TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL {one_of('kind', EntryKind)},
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    share_summary TEXT NOT NULL DEFAULT '',
    mood_before INTEGER {one_of('mood_before', MOOD_SCALE, null=True)},
    mood_before_words TEXT NOT NULL DEFAULT '',
    mood_after INTEGER {one_of('mood_after', MOOD_SCALE, null=True)},
    mood_after_words TEXT NOT NULL DEFAULT '',
    went_well TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    follow_up_date TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0 {yes_no('follow_up_done')},
    -- family time only (NULL outcome for other kinds)
    outcome TEXT {one_of('outcome', Outcome, null=True)},
    cancelled_by TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    supervised INTEGER {yes_no('supervised', null=True)},
    transport TEXT NOT NULL DEFAULT '',
    photo_count INTEGER NOT NULL DEFAULT 0,
    {STAMPS})""",
    # Who took part: the name as typed, and the contact it is (if linked).
    "journal_participants": f"""CREATE TABLE journal_participants (
    {ENTRY},
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    {CONTACT_LINK},
    PRIMARY KEY (entry_id, position))""",
    "journal_tags": f"""CREATE TABLE journal_tags (
    {ENTRY},
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag))""",
    "journal_photos": f"""CREATE TABLE journal_photos (
    id INTEGER PRIMARY KEY,
    {ENTRY},
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    taken_on TEXT,
    shareable INTEGER NOT NULL DEFAULT 0 {yes_no('shareable')})""",
    # One unsaved draft per child and entry (entry_id 0: a new entry).
    "journal_drafts": f"""CREATE TABLE journal_drafts (
    {CHILD},
    entry_id INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    {STAMPS},
    PRIMARY KEY (child_id, entry_id))""",
    # Summaries, photos and questions are a snapshot of what went on the page (JSON),
    # so later journal edits never change a page the parent already holds.
    "bridge_pages": f"""CREATE TABLE bridge_pages (
    id INTEGER PRIMARY KEY,
    {CHILD},
    number INTEGER NOT NULL,
    prepared_on TEXT NOT NULL,
    to_name TEXT NOT NULL DEFAULT '',
    letter TEXT NOT NULL DEFAULT '',
    summaries TEXT NOT NULL DEFAULT '[]',
    photos TEXT NOT NULL DEFAULT '[]',
    questions TEXT NOT NULL DEFAULT '[]',
    photos_checked INTEGER NOT NULL DEFAULT 0 {yes_no('photos_checked')},
    sent_on TEXT,
    reply_text TEXT NOT NULL DEFAULT '',
    reply_photo TEXT NOT NULL DEFAULT '',
    reply_on TEXT,
    {STAMPS},
    UNIQUE (child_id, number))""",
    # One preparation per child: the chosen question ids and the notes written under
    # each share prompt, as JSON (the guide content owns the ids and prompts).
    "icebreaker_prep": f"""CREATE TABLE icebreaker_prep (
    child_id INTEGER NOT NULL PRIMARY KEY REFERENCES children(id) ON DELETE CASCADE,
    question_ids TEXT NOT NULL DEFAULT '[]',
    share_notes TEXT NOT NULL DEFAULT '{{}}',
    updated_on TEXT,
    {STAMPS})""",
    # "Our details" for printouts: one row at most (id 1). No row yet means the values
    # kept in settings.ini by versions before 1.0 have not been copied in.
    "household": f"""CREATE TABLE household (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    household_name TEXT NOT NULL DEFAULT '',
    surname TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    {STAMPS})""",
    # Work on the data folder's files that a step cannot do itself (it sees only the
    # database): a row per task, run once by file_tasks when the database is opened.
    "file_tasks": "CREATE TABLE file_tasks (name TEXT PRIMARY KEY)",
}

FTS = "journal_fts"

# Indexes, the search index and the triggers that keep it in step: made after the
# tables (and, when rebuilding an older file, after its rows are copied in).
AFTER_TABLES: tuple[str, ...] = (
    "CREATE INDEX contacts_role ON contacts (role)",
    "CREATE INDEX child_contacts_child ON child_contacts (child_id)",
    "CREATE INDEX world_items_child_section ON world_items (child_id, section, position)",
    "CREATE INDEX world_items_contact ON world_items (contact_id)",
    "CREATE INDEX guide_reflections_child ON guide_reflections (child_id, written_on)",
    ("CREATE INDEX journal_timeline ON journal_entries "
     "(child_id, entry_date DESC, entry_time DESC, id DESC)"),
    # "Last in the journal" on a person's page looks entries up by contact.
    "CREATE INDEX journal_participants_contact ON journal_participants (contact_id)",
    "CREATE INDEX journal_tags_by_tag ON journal_tags (tag)",
    "CREATE INDEX journal_photos_by_entry ON journal_photos (entry_id, position)",
    # External-content FTS5 table kept in step by triggers, so text is stored once.
    f"""CREATE VIRTUAL TABLE {FTS} USING fts5(
    title, notes, share_summary,
    content='journal_entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO {FTS}(rowid, title, notes, share_summary)
    VALUES (new.id, new.title, new.notes, new.share_summary);
END""",
    f"""CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO {FTS}({FTS}, rowid, title, notes, share_summary)
    VALUES ('delete', old.id, old.title, old.notes, old.share_summary);
END""",
    f"""CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, notes, share_summary
ON journal_entries BEGIN
    INSERT INTO {FTS}({FTS}, rowid, title, notes, share_summary)
    VALUES ('delete', old.id, old.title, old.notes, old.share_summary);
    INSERT INTO {FTS}(rowid, title, notes, share_summary)
    VALUES (new.id, new.title, new.notes, new.share_summary);
END""",
)


def create_tables(db: Database) -> None:
    for sql in TABLES.values():
        db.execute(sql)


def create_after_tables(db: Database) -> None:
    for sql in AFTER_TABLES:
        db.execute(sql)
