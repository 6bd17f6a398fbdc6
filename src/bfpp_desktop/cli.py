"""Headless commands that reuse the same core and storage as the window.

Each command is a (configure, run) pair in COMMANDS: configure adds its
arguments to a sub-parser, run(args, db, data_dir) returns an exit status.
"""
import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from bfpp_desktop import __version__, cli_print
from bfpp_desktop.storage.children import list_children

EXIT_USAGE = 2


def _children_configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--archived", action="store_true",
                        help="list children whose placement has ended")


def _children_run(args, db: Database, data_dir: Path) -> int:
    for child in list_children(db, archived=args.archived):
        print(f"{child.id}\t{child.display_name}\t{child.stage}")
    return 0


COMMANDS: dict[str, tuple[str, Callable, Callable]] = {
    "children": ("print the children, one per line: id, preferred name, stage",
                 _children_configure, _children_run),
    "print": (cli_print.HELP, cli_print.configure, cli_print.run),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bfpp-desktop",
        description="A private, offline companion for foster parents and kinship "
                    "caregivers. With no command, the window opens.")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="keep the data in DIR instead of your user data folder")
    parser.add_argument("--demo", action="store_true",
                        help="fill the data folder with a sample family if it is empty "
                             "(a fresh temporary folder when --data-dir is not given)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, configure, _run) in COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def run(args, db: Database, data_dir: Path) -> int:
    _help, _configure, command = COMMANDS[args.command]
    return command(args, db, data_dir)


def fail(message: str) -> int:
    print(f"bfpp-desktop: {message}", file=sys.stderr)
    return EXIT_USAGE
