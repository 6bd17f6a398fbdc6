"""Schema changes, in order. Each step runs once, inside a transaction.

1.0 starts from one baseline step (storage.schema, made by storage.rebuild,
which also brings in files written by earlier builds). Add later steps at the
end; never edit or reorder a step that has shipped. A database that has applied
a step this version does not know was written by a newer version of the app and
is refused.

Each step imports what it builds with (schema, rebuild, the choices in core/) when it
runs: reading a file that is up to date (print, children) needs only the steps' names.
"""
import re
from collections.abc import Callable, Iterable
from functools import cache

from bfpp_desktop.storage import errors, rows
from bfpp_desktop.storage.database import Database

MIGRATION_SET = "bfpp"
# Where sqlite-utils records the steps applied. Read here with plain SQL, so a start
# that has nothing to apply need not load sqlite-utils' migrations (see storage.database).
MIGRATIONS_TABLE = "_sqlite_migrations"
_step_names: list[str] = []
_steps: list[tuple[str, Callable[[Database], None]]] = []

# What builds before 1.0 recorded (any of these, in any order). Their files still open:
# the baseline step rebuilds them, and the record stays as their history.
EARLIER_STEPS = frozenset({
    "0001_children", "0010_world_items", "0020_journal", "0021_journal_search",
    "0022_journal_drafts", "0030_contacts", "0040_guide_progress",
    "0080_journal_participant_contacts", "0081_world_item_contacts", "0090_icebreaker_prep",
    "0100_bridge_book", "0110_clean_photo_metadata", "0200_household_details",
})
# user_version after the baseline: above the 13 that builds before 1.0 could write.
BASELINE_VERSION = 100


def step(name: str):
    """Register the next schema step under a stable name.

    Each step sets user_version in its own transaction, so a stop between the last
    step and a separate PRAGMA can never leave the version behind the steps."""
    version = BASELINE_VERSION + len(_step_names)
    _step_names.append(name)

    def register(function: Callable[[Database], None]):
        def run(db: Database) -> None:
            function(db)
            db.execute(f"PRAGMA user_version = {version}")
        _steps.append((name, run))
        return function
    return register


@step("1000_baseline")
def _baseline(db: Database) -> None:
    from bfpp_desktop.storage import rebuild
    rebuild.to_baseline(db)


@step("1010_placement_end")
def _placement_end(db: Database) -> None:
    from bfpp_desktop.core.children import PlacementEnd
    from bfpp_desktop.storage import schema
    # How and when a placement ended; both empty while the child is in care.
    db.execute("ALTER TABLE children ADD COLUMN ended_on TEXT")
    db.execute("ALTER TABLE children ADD COLUMN ended_how TEXT "
               + schema.one_of("ended_how", PlacementEnd, null=True))


@step("1020_step_from_records")
def _step_from_records(db: Database) -> None:
    # A step the records tick (core.step_evidence) can be unticked by the caregiver;
    # this remembers that choice, so the records do not tick it again.
    db.execute("ALTER TABLE guide_step_progress ADD COLUMN records_unticked "
               "INTEGER NOT NULL DEFAULT 0 CHECK (records_unticked IN (0, 1))")


@step("1030_photo_key")
def _photo_key(db: Database) -> None:
    # The key of a locked folder's photo files, kept inside the locked database.
    db.execute("""CREATE TABLE photo_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL CHECK (length(key) = 32))""")


def _widen_choices(db: Database, table: str, column: str, values: Iterable) -> None:
    """Let *column* hold the choices added to its enum since the baseline.

    SQLite cannot alter a CHECK; a wider list of choices changes nothing already
    stored, so the table's definition is rewritten in place (the way SQLite's own
    documentation describes for loosening a constraint) instead of copying the table,
    which would mean turning foreign keys off outside any transaction."""
    from bfpp_desktop.storage import schema
    sql = rows.value(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                     [table])
    wider = re.sub(rf"CHECK \({column} IN \([^)]*\)\)",
                   lambda _: schema.one_of(column, values), sql, count=1)
    if wider == sql:
        return      # a file made by this version already has every choice
    version = rows.value(db, "PRAGMA schema_version")
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
               [wider, table])
    db.execute(f"PRAGMA schema_version = {version + 1}")
    db.execute("PRAGMA writable_schema = OFF")


@step("1100_incident_reports")
def _incident_reports(db: Database) -> None:
    from bfpp_desktop.core.journal import EntryKind
    # An incident report is a journal entry of its own kind with the fields agencies
    # ask for; empty for every other kind.
    _widen_choices(db, "journal_entries", "kind", EntryKind)
    for column in ("incident_place", "incident_injuries", "incident_told_who",
                   "incident_told_when"):
        db.execute(f"ALTER TABLE journal_entries ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


@step("1110_medicine_doses")
def _medicine_doses(db: Database) -> None:
    from bfpp_desktop.core.records import DoseStatus
    from bfpp_desktop.storage import schema
    # Each dose of one of the child's medicines (health items), given, missed or refused.
    # The medicine's name is kept, so the record still reads after the item is deleted.
    db.execute(f"""CREATE TABLE medicine_doses (
        id INTEGER PRIMARY KEY,
        {schema.CHILD},
        medicine_id INTEGER REFERENCES world_items(id) ON DELETE SET NULL,
        medicine TEXT NOT NULL,
        given_on TEXT NOT NULL,
        given_time TEXT NOT NULL DEFAULT '',
        dose TEXT NOT NULL DEFAULT '',
        given_by TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'given' {schema.one_of('status', DoseStatus)},
        reason TEXT NOT NULL DEFAULT '',
        {schema.STAMPS})""")
    db.execute("CREATE INDEX medicine_doses_by_day ON medicine_doses (child_id, given_on)")
    db.execute("CREATE INDEX medicine_doses_medicine ON medicine_doses (medicine_id)")


@step("1120_trips_and_expenses")
def _trips_and_expenses(db: Database) -> None:
    from bfpp_desktop.core.records import Purpose, Unit
    from bfpp_desktop.storage import schema
    # Mileage and money spent, for reimbursement; a trip may name the journal entry it
    # was for, and an expense a receipt photo in the child's photo folder.
    db.execute(f"""CREATE TABLE trips (
        id INTEGER PRIMARY KEY,
        {schema.CHILD},
        trip_date TEXT NOT NULL,
        route TEXT NOT NULL DEFAULT '',
        distance REAL NOT NULL CHECK (distance >= 0),
        unit TEXT NOT NULL DEFAULT 'miles' {schema.one_of('unit', Unit)},
        purpose TEXT NOT NULL DEFAULT 'other' {schema.one_of('purpose', Purpose)},
        entry_id INTEGER REFERENCES journal_entries(id) ON DELETE SET NULL,
        {schema.STAMPS})""")
    db.execute(f"""CREATE TABLE expenses (
        id INTEGER PRIMARY KEY,
        {schema.CHILD},
        spent_on TEXT NOT NULL,
        description TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
        receipt_photo TEXT NOT NULL DEFAULT '',
        {schema.STAMPS})""")
    db.execute("CREATE INDEX trips_by_day ON trips (child_id, trip_date)")
    db.execute("CREATE INDEX trips_entry ON trips (entry_id)")
    db.execute("CREATE INDEX expenses_by_day ON expenses (child_id, spent_on)")


@step("1130_lifebook")
def _lifebook(db: Database) -> None:
    from bfpp_desktop.core.lifebook import PageKind
    from bfpp_desktop.storage import schema
    # The child's lifebook: pages in book order, each with its photos (file names in the
    # child's photo folder, with captions) kept as JSON like a bridge-book page's.
    db.execute(f"""CREATE TABLE lifebook_pages (
        id INTEGER PRIMARY KEY,
        {schema.CHILD},
        position INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT 'story' {schema.one_of('kind', PageKind)},
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        page_date TEXT,
        photos TEXT NOT NULL DEFAULT '[]',
        waiting_for_family INTEGER NOT NULL DEFAULT 0 {schema.yes_no('waiting_for_family')},
        {schema.STAMPS})""")
    db.execute("CREATE INDEX lifebook_pages_child ON lifebook_pages (child_id, position)")


@step("1140_monthly_notes")
def _monthly_notes(db: Database) -> None:
    from bfpp_desktop.storage import schema
    # The caregiver's own words for the caseworker about a month (the monthly report's
    # free text): one per child and month, the month kept as its first day.
    db.execute(f"""CREATE TABLE monthly_notes (
        id INTEGER PRIMARY KEY,
        {schema.CHILD},
        month_of TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        {schema.STAMPS},
        UNIQUE (child_id, month_of))""")


@step("1150_journal_lookups")
def _journal_lookups(db: Database) -> None:
    # The Overview reads, for each child it shows, the first and last entries of a kind
    # (the icebreaker meeting, comfort calls) and the follow-ups still open. Through the
    # timeline's index each read walked all of the child's entries: about 6 ms apiece
    # at 4,000 entries a child, five of them at every start and every change of child.
    db.execute("CREATE INDEX journal_by_kind ON journal_entries (child_id, kind, entry_date)")
    db.execute("CREATE INDEX journal_open_follow_ups ON journal_entries "
               "(child_id, follow_up_date) WHERE follow_up != '' AND follow_up_done = 0")


def schema_version() -> int:
    return BASELINE_VERSION + len(_step_names) - 1


def known_names() -> set[str]:
    """The steps this version applies."""
    return set(_step_names)


@cache
def migration_set():
    """sqlite-utils' Migrations holding every step, made when steps are to be applied."""
    from sqlite_utils.migrations import Migrations
    steps = Migrations(MIGRATION_SET)
    for name, run in _steps:
        steps(name=name)(run)
    assert steps.migrations_table == MIGRATIONS_TABLE
    return steps


def applied_names(db: Database) -> list[str]:
    """The steps this file has applied, in order (of this app and of earlier builds)."""
    if not rows.value(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                          "AND name = ?", [MIGRATIONS_TABLE]):
        return []
    return [row["name"] for row in db.query(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def needs_update(db: Database) -> bool:
    """True if steps are pending; refuses files from a newer app. Never writes."""
    applied = set(applied_names(db))
    user_version = rows.value(db, "PRAGMA user_version")
    if applied - known_names() - EARLIER_STEPS or user_version > schema_version():
        raise errors.too_new(rows.one(db, "PRAGMA database_list")["file"])
    return bool(known_names() - applied)


def bring_up_to_date(db: Database, before: Callable[[], object] | None = None) -> None:
    """Refuse files from a newer app; back up (via *before*) and apply pending steps."""
    if not needs_update(db):
        if rows.value(db, "PRAGMA user_version") < schema_version():
            # Left behind by a build that set it after its last step, then stopped.
            db.execute(f"PRAGMA user_version = {schema_version()}")
        return
    if before is not None and db.table_names():
        before()
    migration_set().apply(db)
