"""The large data folder every benchmark runs on, built once and kept (default in /tmp).

5 children x 10 years: 20,000 journal entries (notes of 20-300 words, 40 % with a
"to share" summary, tags, family time with some cancelled visits), 5,000 small
photos, 14 routines with steps and 30 other facts per child, and 60 contacts.
Everything is saved through the storage functions, as the app saves it.
"""
import random
from datetime import date, timedelta
from pathlib import Path

CHILDREN, YEARS, ENTRIES, PHOTOS, CONTACTS = 5, 10, 20_000, 5_000, 60
ROUTINES, FACTS = 14, 30
TODAY = date(2026, 11, 24)
WORDS = ("park swings drawing school teacher bath dinner sleep dream laughed cried "
         "visit grandma bus library book dinosaur puzzle doctor dentist soccer song "
         "rain snow garden pancakes homework friend birthday calm tired happy brave "
         "lunch bike stories phone video moon stars blanket zoo giraffe").split()
# Bump when the contents change, so an older cached folder is rebuilt.
VERSION = 2


def _text(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    paragraphs, out = [], []
    for i, word in enumerate(words):
        out.append(word)
        if i and i % 40 == 0:
            paragraphs.append(" ".join(out).capitalize() + ".")
            out = []
    paragraphs.append(" ".join(out).capitalize() + ".")
    if rng.random() < 0.3:
        paragraphs.append("\n".join(f"- {rng.choice(WORDS)} {rng.choice(WORDS)}"
                                    for _ in range(3)))
    return "\n\n".join(paragraphs)


def ensure(folder: Path) -> bool:
    """Build *folder* unless a complete build of this version is there; True if built."""
    stamp = folder / "benchmark-build"
    if stamp.exists() and stamp.read_text().strip() == str(VERSION):
        return False
    if folder.exists():
        import shutil
        shutil.rmtree(folder)
    build(folder)
    stamp.write_text(str(VERSION))
    return True


def _journal(rng, child_id: int, folder: Path, start: date, photos_left: int):
    from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry,
                                           Outcome, Photo)
    from bfpp_desktop.demo.png import png_bytes
    from bfpp_desktop.storage.photos import store_photo_bytes

    kinds = list(EntryKind)
    entries = []
    for i in range(ENTRIES // CHILDREN):
        day = start + timedelta(days=rng.randrange(365 * YEARS))
        kind = rng.choice(kinds)
        photos = []
        if photos_left and i % (ENTRIES // PHOTOS) == 0:
            colour = tuple(rng.randrange(256) for _ in range(3))
            photos = [Photo(store_photo_bytes(folder, child_id,
                                              png_bytes(64, 48, colour, (255, 255, 255))))]
            photos_left -= 1
        visit = None
        if kind == EntryKind.FAMILY_TIME:
            outcome = rng.choice([Outcome.HAPPENED] * 6 + [Outcome.CANCELLED, Outcome.NO_SHOW])
            visit = FamilyTimeDetails(outcome, "", "10:00", rng.choice(["11:00", "12:30"]),
                                      "Family center", True, "Car")
        entries.append(JournalEntry(
            child_id=child_id, entry_date=day, entry_time=f"{rng.randrange(7, 21):02d}:00",
            kind=kind, title=" ".join(rng.choice(WORDS) for _ in range(3)).capitalize(),
            notes=_text(rng, 20, 300),
            share_summary=_text(rng, 5, 30) if rng.random() < 0.4 else "",
            tags=rng.sample(WORDS, 2), photos=photos, family_time=visit,
            follow_up="Call back" if rng.random() < 0.05 else "",
            follow_up_date=day + timedelta(days=7)))
    return entries, photos_left


def world_items(child_id: int) -> list:
    """A full routine sheet's worth: 14 routines of six steps and 30 other facts."""
    from bfpp_desktop.core.world import DayType, Section, Source, new_item

    items = [new_item(child_id, Section.ROUTINE, title=f"Routine {n} for the day",
                      time_text=f"{6 + n:02d}:00", day_type=list(DayType)[n % 3],
                      details="What helps, in a sentence or two. " * 2,
                      steps=[f"Step {s} of the routine" for s in range(6)],
                      source=Source.BIRTH_PARENT, source_who="Mom")
             for n in range(ROUTINES)]
    items += [new_item(child_id, (Section.LIKES, Section.CARE, Section.SCHOOL)[n % 3],
                       title=f"Fact {n}", private=False, details="A few words about it. " * 3)
              for n in range(FACTS)]
    return items


def _contacts(rng, child_ids: list[int]) -> list:
    from bfpp_desktop.core.contacts import Contact, Phone, Role

    roles = list(Role)
    return [Contact(name=f"Contact {n} Ødegård", role=roles[n % len(roles)],
                    phones=[Phone("mobile", f"555-01{n:02d}")], email=f"c{n}@example.org",
                    notes=_text(rng, 5, 20), may_share=n % 2 == 0,
                    child_ids=rng.sample(child_ids, rng.randint(1, 2)))
            for n in range(CONTACTS)]


def build(folder: Path) -> None:
    from bfpp_desktop.core import paths
    from bfpp_desktop.core.children import Child
    from bfpp_desktop.storage.children import add_child
    from bfpp_desktop.storage.connection import open_database
    from bfpp_desktop.storage.contacts import add_contact
    from bfpp_desktop.storage.journal import add_entries
    from bfpp_desktop.storage.world import add_items

    rng = random.Random(5)
    paths.ensure_data_dir(folder)
    db = open_database(paths.database_path(folder))
    start = TODAY - timedelta(days=365 * YEARS)
    photos_left, child_ids = PHOTOS, []
    for c in range(CHILDREN):
        child = add_child(db, Child(full_name=f"Child {c + 1} Ñúñez", birth_date=start,
                                    placement_date=start))
        child_ids.append(child.id)
        entries, photos_left = _journal(rng, child.id, folder, start, photos_left)
        add_entries(db, entries)
        add_items(db, world_items(child.id))
    for contact in _contacts(rng, child_ids):
        add_contact(db, contact)
    db.execute("PRAGMA optimize")
    db.close()


# ----- the long printout: ten years, 2,000 shareable entries and weekly family time -------
SUMMARY_ENTRIES, SUMMARY_WEEKS = 2000, 520
SUMMARY_FROM = TODAY - timedelta(days=3650)


def ensure_summary(folder: Path) -> bool:
    """Like ensure(), for the one child whose whole journal the summary prints."""
    stamp = folder / "benchmark-build"
    if stamp.exists() and stamp.read_text().strip() == str(VERSION):
        return False
    if folder.exists():
        import shutil
        shutil.rmtree(folder)
    _build_summary(folder)
    stamp.write_text(str(VERSION))
    return True


def _build_summary(folder: Path) -> None:
    from bfpp_desktop.core import paths
    from bfpp_desktop.core.children import Child
    from bfpp_desktop.core.journal import EntryKind, FamilyTimeDetails, JournalEntry, Outcome
    from bfpp_desktop.storage.children import add_child
    from bfpp_desktop.storage.connection import open_database
    from bfpp_desktop.storage.journal import add_entries

    paths.ensure_data_dir(folder)
    db = open_database(paths.database_path(folder))
    child = add_child(db, Child(full_name="María-José Þórunn Nguyễn-Świątek",
                                preferred_name="María-José"))
    rng = random.Random(8)
    words = ("played at the park with her brother, laughed a lot and ate all her lunch; "
             "asked about you and drew a picture to bring next time").split()
    entries = [JournalEntry(
        child_id=child.id,
        entry_date=SUMMARY_FROM + timedelta(days=n * 3650 // SUMMARY_ENTRIES),
        kind=EntryKind.MILESTONE if n % 50 == 0 else EntryKind.NOTE,
        title=f"Entry {n}", notes="private words " * 40,
        share_summary=" ".join(rng.choices(words, k=rng.randint(15, 60))))
        for n in range(SUMMARY_ENTRIES)]
    for week in range(SUMMARY_WEEKS):
        outcome = rng.choice([Outcome.HAPPENED] * 8 + [Outcome.CANCELLED, Outcome.NO_SHOW])
        entries.append(JournalEntry(
            child_id=child.id, entry_date=SUMMARY_FROM + timedelta(days=week * 7),
            kind=EntryKind.FAMILY_TIME, title="Family time", entry_time="10:00",
            family_time=FamilyTimeDetails(outcome=outcome)))
    add_entries(db, entries)
    db.close()


if __name__ == "__main__":
    import sys
    import time
    began = time.perf_counter()
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bfpp-bench/large")
    print("built" if ensure(target) else "kept", target, f"{time.perf_counter() - began:.1f} s")
