"""Two siblings in foster care, placed a few days ago, and a baby in kinship care."""
from datetime import date, timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.demo.timeline import ARRIVED_DAYS_AGO
from bfpp_desktop.storage.children import add_child


def _years_ago(today: date, years: int, days: int = 0) -> date:
    return date(today.year - years, today.month, min(today.day, 28)) - timedelta(days=days)


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    placed = today - timedelta(days=ARRIVED_DAYS_AGO)
    family["maya"] = add_child(db, Child(
        full_name="Maya Rodríguez Ortiz", preferred_name="Maya", pronouns="she/her",
        birth_date=_years_ago(today, 7, 40), placement_date=placed,
        placement_type=PlacementType.FOSTER, stage=1,
        notes="Placed with her brother Leo. Loves drawing and asks about Mom every evening."))
    family["leo"] = add_child(db, Child(
        full_name="Leonardo Rodríguez Ortiz", preferred_name="Leo", pronouns="he/him",
        birth_date=_years_ago(today, 4, 100), placement_date=placed,
        placement_type=PlacementType.FOSTER, stage=1,
        notes="Maya's little brother. Shy at first; warms up with trucks and music."))
    family["amara"] = add_child(db, Child(
        full_name="Amara Johnson", preferred_name="Amara", pronouns="she/her",
        # About 20 months old, with Grandma Denise for about 14 months: a year of journal.
        birth_date=today - timedelta(days=610), placement_date=today - timedelta(days=425),
        placement_type=PlacementType.KINSHIP, stage=2,
        notes="Living with her grandmother, Grandma Denise, since she was six months old."))
