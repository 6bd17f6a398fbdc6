"""The window's start, without the command line's modules.

A plain start (no command; only --data-dir and --demo) is read here, and the window
opened, without importing argparse, the commands or their printing options (about
6 ms): the first thing the process does is begin the whole-file check of the data
file (storage.early_check), so that it overlaps the loading of the window's code.
Anything else goes to app.main, which reads the command line properly.
"""
import sys
from pathlib import Path

from bfpp_desktop.core import logs, paths, permissions
from bfpp_desktop.storage import early_check


def folder_to_open(given: str | Path | None, demo: bool) -> Path | None:
    """The folder to open; None for the sample family in a temporary folder of its own
    (--demo without --data-dir)."""
    if given is not None:
        return Path(given).expanduser().resolve()
    if demo:
        return None
    return paths.default_data_dir()


def plain_start(args: list[str]) -> tuple[Path | None, bool] | None:
    """(folder, demo) when *args* ask only for the window; None for anything else."""
    given, demo = None, False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest and not rest[0].startswith("-"):
            given = rest.pop(0)
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            given = arg.partition("=")[2]
        elif arg == "--demo":
            demo = True
        else:
            return None
    return folder_to_open(given, demo), demo


def open_window(data_dir: Path | None, demo: bool) -> int:
    """Check the data file while the window's code loads, then run the window."""
    if data_dir is not None:
        early_check.start(data_dir)
    return _run_window(data_dir, demo)


def begin(args: list[str]) -> tuple[Path | None, bool] | None:
    """For a plain start, everything before the window's code loads: the private umask,
    the log, the check begun. (folder, demo); None when *args* are for app.main."""
    plain = plain_start(args)
    if plain is None:
        return None
    permissions.use_private_umask()   # before the log, the data folder or settings exist
    logs.setup()
    if plain[0] is not None:
        early_check.start(plain[0])
    return plain


def main(args: list[str]) -> int | None:
    """Run the window for a plain start; None when *args* are for app.main."""
    plain = begin(args)
    return None if plain is None else _run_window(*plain)


def _run_window(data_dir: Path | None, demo: bool) -> int:
    from bfpp_desktop.ui.application import run_window
    return run_window(data_dir, demo=demo, argv=sys.argv[:1])
