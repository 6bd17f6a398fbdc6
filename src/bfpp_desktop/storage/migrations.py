"""Schema changes, in order. Each step runs once, inside a transaction.

1.0 starts from one baseline step (storage.schema, made by storage.rebuild,
which also brings in files written by earlier builds). Add later steps at the
end; never edit or reorder a step that has shipped. A database that has applied
a step this version does not know was written by a newer version of the app and
is refused.
"""
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bfpp_desktop.core.children import PlacementEnd
from bfpp_desktop.storage import errors, rebuild, rows, schema

MIGRATION_SET = "bfpp"
migrations = Migrations(MIGRATION_SET)
_step_names: list[str] = []

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
        migrations(name=name)(run)
        return function
    return register


@step("1000_baseline")
def _baseline(db: Database) -> None:
    rebuild.to_baseline(db)


@step("1010_placement_end")
def _placement_end(db: Database) -> None:
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


def schema_version() -> int:
    return BASELINE_VERSION + len(_step_names) - 1


def known_names() -> set[str]:
    """The steps this version applies."""
    return set(_step_names)


def needs_update(db: Database) -> bool:
    """True if steps are pending; refuses files from a newer app. Never writes."""
    applied = {m.name for m in migrations.applied(db)}
    user_version = rows.value(db, "PRAGMA user_version")
    if applied - known_names() - EARLIER_STEPS or user_version > schema_version():
        raise errors.too_new(rows.one(db, "PRAGMA database_list")["file"])
    return bool(migrations.pending(db))


def bring_up_to_date(db: Database, before: Callable[[], object] | None = None) -> None:
    """Refuse files from a newer app; back up (via *before*) and apply pending steps."""
    if not needs_update(db):
        if rows.value(db, "PRAGMA user_version") < schema_version():
            # Left behind by a build that set it after its last step, then stopped.
            db.execute(f"PRAGMA user_version = {schema_version()}")
        return
    if before is not None and db.table_names():
        before()
    migrations.apply(db)
