"""Headless commands that reuse the same core and storage as the window.

Each command is a Command in COMMANDS: configure adds its arguments to a
sub-parser, run(args, db, data_dir) returns an exit status, and access says
whether it changes the data folder (then it cannot run while the window has
the folder open) or only reads it (then it can). A command that opens the
folder itself (restore, which must also work when the data file is damaged)
has run(args, data_dir).
"""
import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from bfpp_desktop.storage.database import Database

from bfpp_desktop import __version__, cli_backup, cli_print, cli_transfer
from bfpp_desktop.cli_errors import terminal_safe
from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access
from bfpp_desktop.storage.children import list_children


def _children_configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--archived", action="store_true",
                        help="list children whose placement has ended")


def _children_run(args, db: Database, data_dir: Path) -> int:
    for child in list_children(db, archived=args.archived):
        print(f"{child.id}\t{terminal_safe(child.display_name)}\t{child.stage}\t"
              f"{_placement_state(child)}")
    return 0


def _placement_state(child: Child) -> str:
    """'in care', 'went home 2026-11-10', 'ended 2026-11-10 (adoption)', or 'ended' (a
    record archived before the app asked how and when)."""
    if child.went_home:
        return f"went home {child.ended_on.isoformat()}"
    if child.ended_how is not None:
        return f"ended {child.ended_on.isoformat()} ({child.ended_how.value})"
    return "ended" if child.archived else "in care"


class Command(NamedTuple):
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[..., int]
    access: Access = Access.READ
    opens_session: bool = True


COMMANDS: dict[str, Command] = {
    "children": Command("print the children, one per line: id, preferred name, stage, "
                        "and whether in care or when the placement ended",
                        _children_configure, _children_run),
    "print": Command(cli_print.HELP, cli_print.configure, cli_print.run),
    "export": Command(cli_transfer.EXPORT_HELP, cli_transfer.configure_export,
                      cli_transfer.run_export),
    "import": Command(cli_transfer.IMPORT_HELP, cli_transfer.configure_import,
                      cli_transfer.run_import, Access.WRITE),
    "backup": Command(cli_backup.BACKUP_HELP, cli_backup.configure_backup,
                      cli_backup.run_backup, Access.WRITE),
    "restore": Command(cli_backup.RESTORE_HELP, cli_backup.configure_restore,
                       cli_backup.run_restore, Access.WRITE, opens_session=False),
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
                             "(without --data-dir: a fresh temporary folder, removed "
                             "afterwards)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        command.configure(sub.add_parser(name, help=command.help, description=command.help))
    return parser


def access_for(args) -> Access:
    """--demo may fill the folder, so it writes whatever the command."""
    return Access.WRITE if args.demo else COMMANDS[args.command].access


def opens_session(args) -> bool:
    """False for a command that opens the data folder itself."""
    return COMMANDS[args.command].opens_session


def run(args, db: Database, data_dir: Path) -> int:
    return COMMANDS[args.command].run(args, db, data_dir)


def run_alone(args, data_dir: Path) -> int:
    return COMMANDS[args.command].run(args, data_dir)
