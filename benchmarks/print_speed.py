"""How long printouts take to build (targets from issue 8), from real records.

Run: PYTHONPATH=src .venv/bin/python benchmarks/print_speed.py
  - a routine sheet (gather + build) under 1 s
  - a 10-year journal summary with 2,000 shareable entries (plus family time and
    milestones) under 10 s
  - a private journal summary of one entry whose notes and "to share" words are as
    long as the editor and storage allow, under 3 s (printing is linear in a text's
    length: before long texts were cut into paragraphs this took 10 s, and a 1 MB
    note minutes)
Each case fills a fresh database through the storage functions first; only the
making of the PDF (gathering from storage and laying out) is timed.
"""
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.journal import (NOTES_LIMIT, SHORT_TEXT_LIMIT, EntryKind,
                                       FamilyTimeDetails, JournalEntry, Outcome)
from bfpp_desktop.core.world import DayType, Section, Source, new_item
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.journal import add_entries, add_entry
from bfpp_desktop.storage.world import add_item

HOUSEHOLD = Household("Sam and Jo", "Carter", "555-0100", "12 Elm Street")
TODAY = date(2026, 11, 24)
CHILD = Child(full_name="María-José Þórunn Nguyễn-Świątek", preferred_name="María-José")
SHARED_ENTRIES = 2000


def _database(folder: Path):
    db = open_database(folder / "bench.sqlite3")
    return db, add_child(db, CHILD)


def short_sheet_case(folder: Path):
    """A full routine sheet: 14 routines with steps, 30 other facts."""
    db, child = _database(folder)
    for n in range(14):
        add_item(db, new_item(child.id, Section.ROUTINE, title=f"Routine {n} for the day",
                              time_text=f"{6 + n:02d}:00", day_type=list(DayType)[n % 3],
                              details="What helps, in a sentence or two. " * 2,
                              steps=[f"Step {s} of the routine" for s in range(6)],
                              source=Source.BIRTH_PARENT, source_who="Mom"))
    for n in range(30):
        section = (Section.LIKES, Section.CARE, Section.SCHOOL)[n % 3]
        add_item(db, new_item(child.id, section, title=f"Fact {n}", private=False,
                              details="A few words about it. " * 3))
    options = printout("routine-sheet").default_options(Paper.A4)
    return lambda out: make_document(db, "routine-sheet", child, options, out,
                                     household=HOUSEHOLD, today=TODAY)


def long_document_case(folder: Path):
    """Ten years of journal: 2,000 entries with "to share" words, weekly family time."""
    db, child = _database(folder)
    rng = random.Random(8)
    start = TODAY - timedelta(days=3650)
    words = ("played at the park with her brother, laughed a lot and ate all her lunch; "
             "asked about you and drew a picture to bring next time").split()
    entries = []
    for n in range(SHARED_ENTRIES):
        kind = EntryKind.MILESTONE if n % 50 == 0 else EntryKind.NOTE
        entries.append(JournalEntry(
            child_id=child.id, entry_date=start + timedelta(days=n * 3650 // SHARED_ENTRIES),
            kind=kind, title=f"Entry {n}", notes="private words " * 40,
            share_summary=" ".join(rng.choices(words, k=rng.randint(15, 60)))))
    for week in range(520):
        outcome = rng.choice([Outcome.HAPPENED] * 8 + [Outcome.CANCELLED, Outcome.NO_SHOW])
        entries.append(JournalEntry(
            child_id=child.id, entry_date=start + timedelta(days=week * 7),
            kind=EntryKind.FAMILY_TIME, title="Family time", entry_time="10:00",
            family_time=FamilyTimeDetails(outcome=outcome)))
    add_entries(db, entries)
    options = printout("journal-summary").default_options(Paper.A4).copy(
        date_from=start, date_to=TODAY)
    return lambda out: make_document(db, "journal-summary", child, options, out,
                                     household=HOUSEHOLD, today=TODAY)


def longest_note_case(folder: Path):
    """One entry with the longest notes and "to share" words, in a private copy."""
    db, child = _database(folder)
    sentence = "She asked whether the cat would remember her after the weekend. "

    def text(limit: int) -> str:
        return (sentence * (limit // len(sentence) + 1))[:limit]

    add_entry(db, JournalEntry(child_id=child.id, entry_date=TODAY, kind=EntryKind.NOTE,
                               title="A long evening", notes=text(NOTES_LIMIT),
                               share_summary=text(SHORT_TEXT_LIMIT)))
    options = printout("journal-summary").default_options(Paper.A4).copy(
        date_from=TODAY - timedelta(days=7), date_to=TODAY, include_private=True)
    return lambda out: make_document(db, "journal-summary", child, options, out,
                                     household=HOUSEHOLD, today=TODAY)


CASES = [
    ("routine sheet, 14 routines and 30 facts", short_sheet_case, 1.0),
    ("journal summary, 10 years, 2,000 shared entries + 520 family times",
     long_document_case, 10.0),
    ("journal summary, one entry with the longest notes", longest_note_case, 3.0),
]


def main() -> int:
    failed = False
    for name, prepare, limit in CASES:
        with tempfile.TemporaryDirectory() as folder:
            make = prepare(Path(folder))
            out = Path(folder) / "out.pdf"
            start = time.perf_counter()
            make(out)
            seconds = time.perf_counter() - start
        verdict = "ok" if seconds < limit else "TOO SLOW"
        failed |= seconds >= limit
        print(f"{name}: {seconds:.2f} s (target < {limit:.0f} s) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
