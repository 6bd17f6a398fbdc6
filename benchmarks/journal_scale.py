"""Journal at scale: build a large data folder, then measure the app on it.

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/journal_scale.py [--folder DIR]

Builds (once) 5 children x 10 years, 20,000 entries and 5,000 small photos, then
starts the real window in a fresh process on an empty folder and on the large
one, and prints each figure beside its target.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILDREN, YEARS, ENTRIES, PHOTOS = 5, 10, 20_000, 5_000
TODAY = date(2026, 11, 24)
WORDS = ("park swings drawing school teacher bath dinner sleep dream laughed cried "
         "visit grandma bus library book dinosaur puzzle doctor dentist soccer song "
         "rain snow garden pancakes homework friend birthday calm tired happy brave "
         "lunch bike stories phone video moon stars blanket zoo giraffe").split()
SEARCH_WORDS = ["giraffe", "dinosaur song", "blanket", "homework friend", "pancakes",
                'NEAR "(', "zzzznothing"]


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


def generate(folder: Path) -> None:
    from bfpp_desktop.core import paths
    from bfpp_desktop.core.children import Child
    from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry, Outcome,
                                           Photo)
    from bfpp_desktop.demo.png import png_bytes
    from bfpp_desktop.storage.children import add_child
    from bfpp_desktop.storage.connection import open_database
    from bfpp_desktop.storage.journal import add_entries
    from bfpp_desktop.storage.photos import store_photo_bytes

    rng = random.Random(5)
    paths.ensure_data_dir(folder)
    db = open_database(paths.database_path(folder))
    kinds = list(EntryKind)
    start = TODAY - timedelta(days=365 * YEARS)
    per_child = ENTRIES // CHILDREN
    photos_left = PHOTOS
    for c in range(CHILDREN):
        child = add_child(db, Child(full_name=f"Child {c + 1} Ñúñez", birth_date=start,
                                    placement_date=start))
        entries = []
        for i in range(per_child):
            day = start + timedelta(days=rng.randrange(365 * YEARS))
            kind = rng.choice(kinds)
            photos = []
            if photos_left and i % (ENTRIES // PHOTOS) == 0:
                colour = tuple(rng.randrange(256) for _ in range(3))
                photos = [Photo(store_photo_bytes(folder, child.id,
                                                  png_bytes(64, 48, colour, (255, 255, 255))))]
                photos_left -= 1
            visit = None
            if kind == EntryKind.FAMILY_TIME:
                outcome = rng.choice([Outcome.HAPPENED] * 6 + [Outcome.CANCELLED, Outcome.NO_SHOW])
                visit = FamilyTimeDetails(outcome, "", "10:00", rng.choice(["11:00", "12:30"]),
                                          "Family center", True, "Car")
            entries.append(JournalEntry(
                child_id=child.id, entry_date=day, entry_time=f"{rng.randrange(7, 21):02d}:00",
                kind=kind, title=" ".join(rng.choice(WORDS) for _ in range(3)).capitalize(),
                notes=_text(rng, 20, 300),
                share_summary=_text(rng, 5, 30) if rng.random() < 0.4 else "",
                tags=rng.sample(WORDS, 2), photos=photos, family_time=visit,
                follow_up="Call back" if rng.random() < 0.05 else "",
                follow_up_date=day + timedelta(days=7)))
        add_entries(db, entries)
    db.execute("PRAGMA optimize")
    db.close()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(folder: Path) -> dict:
    """Runs inside a fresh process: start the window and time what a caregiver waits for."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from bfpp_desktop.storage.children import list_children
    from bfpp_desktop.ui.application import start
    from bfpp_desktop.ui.journal.page import JournalPage

    window = start(folder)
    window.resize(1280, 800)
    window.show()
    app = QApplication.instance()
    app.processEvents()
    page = next(p for p in window.pages if isinstance(p, JournalPage))
    children = list_children(window.context.db)
    result = {"rss_before_mb": _rss_mb()}
    if not children:
        result["rss_mb"] = _rss_mb()
        window.close()
        return result

    def settle():
        app.processEvents()
        page.timeline.viewport().repaint()
        page.detail.viewport().repaint()

    firsts = []
    for child in children:
        began = time.perf_counter()
        window.select_child(child.id)
        window.ui.childTabs.setCurrentWidget(page)
        settle()
        firsts.append((time.perf_counter() - began) * 1000)
    result["first_screen_ms"] = max(firsts)

    searches, blocked = [], []
    for word in SEARCH_WORDS:
        began = time.perf_counter()
        page.search.setText(word)
        page.refresh()
        # The search itself runs in a worker thread; this is how long the window was busy.
        blocked.append((time.perf_counter() - began) * 1000)
        while page.searching:  # wait as the app does: idle until the worker's signal
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        settle()
        searches.append((time.perf_counter() - began) * 1000)
    result["search_ms_median"] = statistics.median(searches)
    result["search_ms_max"] = max(searches)
    result["search_gui_ms_max"] = max(blocked)
    page.search.setText("")
    page.refresh()
    settle()

    bar = page.timeline.verticalScrollBar()
    steps, worst = 0, 0.0
    while True:
        began = time.perf_counter()
        bar.setValue(bar.value() + page.timeline.viewport().height())
        settle()
        worst = max(worst, (time.perf_counter() - began) * 1000)
        steps += 1
        if bar.value() >= bar.maximum() and not page.model.canFetchMore():
            break
    result["scroll_rows"] = page.model.rowCount()
    result["scroll_steps"] = steps
    result["scroll_worst_step_ms"] = worst
    result["rss_mb"] = _rss_mb()
    window.close()
    return result


def _run_measure(folder: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    output = subprocess.run([sys.executable, __file__, "--measure", str(folder)], env=env,
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path("/tmp/bfpp-journal-scale"))
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    large = args.folder / "large"
    if not (large / "bfpp.sqlite3").exists():
        began = time.perf_counter()
        generate(large)
        print(f"generated {ENTRIES:,} entries and {PHOTOS:,} photos in "
              f"{time.perf_counter() - began:.1f} s at {large}")
    empty = args.folder / "empty"
    empty.mkdir(parents=True, exist_ok=True)
    base = _run_measure(empty)
    big = _run_measure(large)
    rows = [
        ("journal first screen (worst child)", f"{big['first_screen_ms']:.0f} ms", "< 300 ms",
         big["first_screen_ms"] < 300),
        ("search, shown (median)", f"{big['search_ms_median']:.0f} ms", "< 100 ms",
         big["search_ms_median"] < 100),
        ("search, shown (worst)", f"{big['search_ms_max']:.0f} ms", "< 100 ms",
         big["search_ms_max"] < 100),
        ("search, window busy (worst)", f"{big['search_gui_ms_max']:.0f} ms", "< 50 ms",
         big["search_gui_ms_max"] < 50),
        (f"scroll whole timeline ({big['scroll_rows']} rows, {big['scroll_steps']} pages), "
         "worst page", f"{big['scroll_worst_step_ms']:.0f} ms", "< 100 ms (no stall)",
         big["scroll_worst_step_ms"] < 100),
        ("memory over an empty data folder", f"{big['rss_mb'] - base['rss_mb']:.0f} MB",
         "< 100 MB", big["rss_mb"] - base["rss_mb"] < 100),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, target, ok in rows:
        print(f"{name:<{width}}  {value:>8}  target {target:<20} {'ok' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
