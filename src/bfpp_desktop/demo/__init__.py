"""A sample family for trying the app (`--demo`).

Each feature adds its part of the family as a seeder in SEEDERS; seeders run
in order, receive the children made so far, and must only call storage
functions (never SQL of their own). The days of Maya's and Leo's first meetings
are in demo.timeline, so every seeder gives an event the same date.
"""
from datetime import date
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.demo import bridge_book as demo_bridge_book
from bfpp_desktop.demo import children as demo_children
from bfpp_desktop.demo import comfort_call as demo_comfort_call
from bfpp_desktop.demo import contacts as demo_contacts
from bfpp_desktop.demo import guide_progress as demo_guide_progress
from bfpp_desktop.demo import icebreaker as demo_icebreaker
from bfpp_desktop.demo import journal as demo_journal
from bfpp_desktop.demo import records as demo_records
from bfpp_desktop.demo import world as demo_world
from bfpp_desktop.storage.children import list_children

SEEDERS = [
    demo_children.seed,
    demo_contacts.seed,     # before the world and journal, which refer to these people
    demo_world.seed,
    demo_guide_progress.seed,   # before the meetings, which tick its noted steps
    demo_journal.seed,
    demo_bridge_book.seed,      # after the journal, whose entries and photos it shares
    demo_comfort_call.seed,
    demo_icebreaker.seed,
    demo_records.seed,          # the agency's records and the lifebook, from all the above
]


def fill_if_empty(db: Database, data_dir: Path, today: date | None = None) -> bool:
    """Add the sample family unless the folder already has children; True if added."""
    if list_children(db) or list_children(db, archived=True):
        return False
    today = today or date.today()
    family: dict = {}
    with db.atomic():
        for seed in SEEDERS:
            seed(db, data_dir, today, family)
    return True
