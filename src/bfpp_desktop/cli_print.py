"""The `print` command: make one print-center document as a PDF without the window."""
import argparse
import errno
import os
import sys
from datetime import date
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.cli_errors import fail
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.dates import DateError, parse_date
from bfpp_desktop.reports.texts import available_languages
from bfpp_desktop.reports.options import (Paper, Reader, date_range_problem,
                                          default_paper_for_locale)
from bfpp_desktop.storage.children import get_child, list_children
from bfpp_desktop.storage.household import get_household

HELP = "make a printout as a PDF (see `print --list`)"
PRIVATE_COPY_WARNING = ("warning: this copy holds private entries and says so on every page; "
                        "it is not for the family")


class PrintUsageError(Exception):
    """Something on the command line the caregiver can correct (exit status 2)."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("document", nargs="?", metavar="DOCUMENT",
                        help="which printout; `--list` names them")
    parser.add_argument("--list", action="store_true", help="name the printouts and stop")
    parser.add_argument("--child", metavar="ID_OR_NAME",
                        help="the child's number (from `children`) or name")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="first day to include, e.g. 2024-03-01")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="last day to include, e.g. 2024-03-31")
    parser.add_argument("--page", type=int, metavar="N",
                        help="bridge-book: which page of the book (default: the newest)")
    parser.add_argument("--include-private", action="store_true",
                        help="also print entries marked private and contacts not shareable")
    parser.add_argument("--our-details", choices=("leave-out", "include"),
                        help="print our address, phone and surname or leave them out "
                             "(default: left out on sheets for the birth family)")
    parser.add_argument("--paper", choices=[p.value.lower() for p in Paper],
                        help="paper size (default: from your locale)")
    parser.add_argument("--language", choices=available_languages(),
                        help="the printout's language; `both` gives each heading and "
                             "question in Spanish and English (default: English)")
    parser.add_argument("--large-print", action="store_true", help="bigger type")
    parser.add_argument("--for", dest="reader", choices=[r.value for r in Reader],
                        help="routine-sheet: who it is for; health and people are only on "
                             "a babysitter's or the next home's (default: birth-parent)")
    parser.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to save the PDF")
    parser.add_argument("--force", action="store_true",
                        help="replace FILE.pdf if it already exists")


def run(args, db: Database, data_dir: Path, today: date | None = None) -> int:
    # The printouts' catalogue and makers load here: every start builds this parser,
    # the window's too, and only a printout needs them.
    from bfpp_desktop.reports.catalogue import PRINTOUTS, is_available
    if args.list:
        for spec in PRINTOUTS:
            note = "" if is_available(spec.id) else "  (not available yet)"
            print(f"{spec.id}\t{spec.title}{note}")
        return 0
    try:
        spec, child, options, out = _read_request(args, db, data_dir)
        _save(db, spec, child, options, out, today or date.today())
    except PrintUsageError as problem:
        return fail(str(problem))
    if options.include_private:
        print(PRIVATE_COPY_WARNING, file=sys.stderr)
    print(out)
    return 0


def _read_request(args, db: Database, data_dir: Path):
    from bfpp_desktop.reports.catalogue import BRIDGE_BOOK, PRINTOUTS, is_available, printout
    names = ", ".join(s.id for s in PRINTOUTS)
    if not args.document:
        raise PrintUsageError(f"please name a document: {names}")
    spec = printout(args.document)
    if spec is None:
        raise PrintUsageError(f"there is no document called “{args.document}”. "
                              f"Choose one of: {names}")
    if not is_available(spec.id):
        raise PrintUsageError(f"“{spec.id}” is not available yet in this version.")
    if not args.child:
        raise PrintUsageError("please say which child with --child ID_OR_NAME")
    child = find_child(db, args.child)
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    problem = date_range_problem(date_from, date_to)
    if problem:
        raise PrintUsageError(problem)
    if args.page is not None and (spec is not BRIDGE_BOOK or args.page < 1):
        raise PrintUsageError("--page is for the bridge-book, counting from 1")
    if args.out is None:
        raise PrintUsageError("please say where to save the PDF with --out FILE.pdf")
    out = _checked_out(args.out.expanduser(), data_dir, args.force)
    paper = ({p.value.lower(): p for p in Paper}[args.paper] if args.paper
             else default_paper_for_locale(_locale_name()))
    options = spec.default_options(paper).copy(
        include_private=args.include_private, date_from=date_from, date_to=date_to,
        large_print=args.large_print or spec.large_print_default, page_number=args.page,
        language=args.language or "")
    if args.reader is not None:
        if not spec.asks_who_for:
            raise PrintUsageError("--for is for the routine-sheet")
        options = options.copy(reader=Reader(args.reader))
    if args.our_details:
        options = options.copy(leave_out_our_details=args.our_details == "leave-out")
    return spec, child, options, out


def _checked_out(out: Path, data_dir: Path, force: bool) -> Path:
    """Refuse a PDF that would land in the data folder or replace a file unasked."""
    real = out.resolve()   # follows symlinks, so a link cannot lead into the folder
    if real.is_relative_to(Path(data_dir).resolve()):
        raise PrintUsageError(f"{out} is inside the app's data folder ({data_dir}), where "
                              "the notes and photos are kept. Please save the PDF "
                              "somewhere else, such as your Documents folder.")
    if not out.parent.is_dir():
        raise PrintUsageError(f"the folder {out.parent} does not exist")
    if out.is_dir():
        raise PrintUsageError(f"{out} is a folder. Please give a file name, "
                              f"such as {out / 'sheet.pdf'}")
    if out.exists() and not force:
        raise PrintUsageError(f"{out} already exists and was left as it is. Add --force "
                              "to replace it, or choose another name with --out.")
    return out


def _save(db: Database, spec, child: Child, options, out: Path, today: date) -> None:
    """Make the PDF; the file appears whole or not at all (see whole_file)."""
    from bfpp_desktop.reports.make import make_document
    try:
        make_document(db, spec.id, child, options, out, household=get_household(db),
                      today=today)
    except OSError as exc:
        problem = _save_problem(exc, out)
        if problem is None:
            raise
        raise PrintUsageError(problem) from exc


def _save_problem(exc: OSError, out: Path) -> str | None:
    if exc.errno == errno.ENOENT:
        return f"the folder {out.parent} does not exist"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"cannot save in the folder {out.parent}: it is read-only or belongs to "
                "someone else. Please choose another folder with --out.")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"there is no room left on the disk for {out}, so nothing was saved. "
                "Free some space (empty the trash, move big files elsewhere) and try again.")
    return None


def _date(text: str | None, flag: str) -> date | None:
    try:
        return parse_date(text) if text is not None else None
    except DateError as problem:
        raise PrintUsageError(f"{flag} {text}: {problem}") from problem


def find_child(db: Database, wanted: str) -> Child:
    """The child by number or by name (preferred or full, any case); raises PrintUsageError."""
    text = wanted.strip()
    if text.isdigit():
        child = get_child(db, int(text))
        if child is None:
            raise PrintUsageError(f"there is no child number {text}. "
                                  "`bfpp-desktop children` lists them.")
        return child
    everyone = list_children(db) + list_children(db, archived=True)
    folded = text.casefold()
    matches = [c for c in everyone
               if folded in (c.display_name.casefold(), c.full_name.strip().casefold())]
    if not matches:
        raise PrintUsageError(f"no child is called “{text}”. "
                              "`bfpp-desktop children` lists them.")
    if len(matches) > 1:
        listed = "; ".join(f"{c.id} ({c.full_name})" for c in matches)
        raise PrintUsageError(f"more than one child is called “{text}”: {listed}. "
                              "Please use the number instead.")
    return matches[0]


def _locale_name() -> str:
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        if os.environ.get(variable):
            return os.environ[variable]
    return ""
