"""How long printouts take to build (targets from issue 8).

Run: PYTHONPATH=src .venv/bin/python benchmarks/print_speed.py
  - a routine sheet under 1 s (the blank sheet stands in until the routine sheet exists)
  - a 10-year summary with 2,000 shareable entries under 10 s (a comfort call sheet
    with 2,000 questions stands in for the long document until the journal exists)
"""
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.data import BlankSheetData, ChildOnPaper, ComfortCallData
from bfpp_desktop.reports.documents import blank_sheet, comfort_call
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.reports.registry import document

CHILD = ChildOnPaper(preferred_name="María-José Þórunn Nguyễn-Świątek")
HOUSEHOLD = Household("Sam and Jo", "Carter", "555-0100", "12 Elm Street")
TODAY = date(2026, 11, 24)


def short_sheet_case(out: Path) -> None:
    """Round 2: replace with the routine sheet (target under 1 s) once it exists."""
    options = document("about-my-child-blank").default_options(Paper.A4)
    blank_sheet.build(BlankSheetData(CHILD, HOUSEHOLD, TODAY), options, out)


def long_document_case(out: Path) -> None:
    """Round 2: replace with a 10-year journal summary of 2,000 shareable entries."""
    options = document("comfort-call").default_options(Paper.A4)
    questions = tuple(f"Question {i}: how did the week go, and what would you like "
                      f"us to keep doing? " * 2 for i in range(2000))
    comfort_call.build(ComfortCallData(CHILD, HOUSEHOLD, TODAY, questions=questions),
                       options, out)


CASES = [
    ("short sheet (routine-sheet target)", short_sheet_case, 1.0),
    ("long document, 2,000 items (journal-summary target)", long_document_case, 10.0),
]


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name, case, limit in CASES:
            start = time.perf_counter()
            case(Path(folder) / "out.pdf")
            seconds = time.perf_counter() - start
            verdict = "ok" if seconds < limit else "TOO SLOW"
            failed |= seconds >= limit
            print(f"{name}: {seconds:.2f} s (target < {limit:.0f} s) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
