"""Our details (core.household.Household): one row in the `household` table."""
from dataclasses import asdict, fields
from datetime import datetime, timezone

from sqlite_utils import Database

from bfpp_desktop.core.household import Household

TABLE = "household"
ROW_ID = 1


def get_household(db: Database) -> Household:
    """What is saved, or an empty Household when nothing is."""
    row = next(db[TABLE].rows_where("id = ?", [ROW_ID]), None)
    if row is None:
        return Household()
    return Household(**{f.name: row[f.name] for f in fields(Household)})


def save_household(db: Database, household: Household) -> Household:
    """Store *household* (trimmed) in place of what was saved; returns what was stored."""
    values = {name: value.strip() for name, value in asdict(household).items()}
    with db.atomic():
        db[TABLE].upsert({"id": ROW_ID, **values,
                          "updated_at": datetime.now(timezone.utc).isoformat(
                              timespec="seconds")}, pk="id")
    return Household(**values)


def has_saved(db: Database) -> bool:
    """Whether details were ever saved here (even empty ones)."""
    return bool(db[TABLE].count_where("id = ?", [ROW_ID]))
