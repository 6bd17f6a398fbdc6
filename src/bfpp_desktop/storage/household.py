"""Our details (core.household.Household): one row in the `household` table."""
from dataclasses import asdict, fields

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.household import Household
from bfpp_desktop.storage import rows

TABLE = "household"
ROW_ID = 1


def get_household(db: Database) -> Household:
    """What is saved, or an empty Household when nothing is."""
    row = rows.one(db, f"SELECT * FROM {TABLE} WHERE id = ?", [ROW_ID])
    if row is None:
        return Household()
    return Household(**{f.name: row[f.name] for f in fields(Household)})


def save_household(db: Database, household: Household) -> Household:
    """Store *household* (trimmed) in place of what was saved; returns what was stored."""
    values = {name: value.strip() for name, value in asdict(household).items()}
    with db.atomic():
        rows.upsert(db, TABLE, {"id": ROW_ID}, values)
    return Household(**values)


def has_saved(db: Database) -> bool:
    """Whether details were ever saved here (even empty ones)."""
    return rows.one(db, f"SELECT id FROM {TABLE} WHERE id = ?", [ROW_ID]) is not None
