"""The `backup` and `restore` commands: what File > Backups… does, without the window.

Both change the data folder, so both take its lock and are refused while the window
has the folder open (the window makes its own backups and restores from its Backups
window). `restore` opens the folder itself: when the data file is damaged it cannot
be opened, and the backup is put in its place with the damaged file kept aside.
"""
import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core import paths
from bfpp_desktop.core.backup_folder import backups_folder
from bfpp_desktop.session import AlreadyOpenError, Access, open_session, restore_over_damaged
from bfpp_desktop.storage.errors import KnownError

if TYPE_CHECKING:  # loaded when run: every command builds the parser, few back up
    from bfpp_desktop.storage.backup import BackupInfo

BACKUP_HELP = "make a backup of the data and its photos now"
RESTORE_HELP = ("put a backup in place of the data (what is there now is kept as a backup "
                "first, so the restore can be undone)")


def configure_backup(parser: argparse.ArgumentParser) -> None:
    del parser   # no options: the backup goes where the window's backups go


def run_backup(args, db: Database, data_dir: Path) -> int:
    from bfpp_desktop.storage import backup
    info = backup.make_backup(db.conn, data_dir, backups_folder(data_dir),
                              backup.FROM_COMMAND_LINE)
    print(f"Backed up {describe(info)} to {info.path}")
    return 0


def configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE",
                        help="the backup: its folder, or the bfpp.sqlite3 inside it")


def run_restore(args, data_dir: Path) -> int:
    from bfpp_desktop.storage import backup_check
    chosen = args.file.expanduser().resolve()
    try:
        with open_session(data_dir, Access.WRITE) as session:
            info, aside = session.restore(chosen)
    except AlreadyOpenError:
        raise
    except KnownError:
        if backup_check.database_problem(paths.database_path(data_dir)) in (
                None, backup_check.Problem.MISSING):
            raise   # the data file is sound: the problem is the backup's, or the folder's
        info, damaged = restore_over_damaged(data_dir, chosen)
        print(f"Restored the backup from {when(info)} ({describe(info)}).")
        print(f"The damaged data file was not deleted: it is kept in {damaged}")
        return 0
    print(f"Restored the backup from {when(info)} ({describe(info)}).")
    print(f"What was there before is kept as a backup. To go back, run:\n"
          f"  bfpp-desktop restore {aside.path}")
    return 0


def when(info: "BackupInfo") -> str:
    return f"{info.created.day} {info.created:%B %Y, %H:%M}"


def describe(info: "BackupInfo") -> str:
    return (f"{info.children} children, {info.entries} journal entries and "
            f"{len(info.photos)} photos")
