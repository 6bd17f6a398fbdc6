"""Start-up: read the command line, open the data folder, then run a command or the window."""
import logging
import sys
import tempfile
from pathlib import Path

from bfpp_desktop import cli, logs, paths
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.errors import KnownError, classify

log = logging.getLogger(__name__)


def resolve_data_dir(args) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser().resolve()
    if args.demo:
        return Path(tempfile.mkdtemp(prefix="bfpp-demo-"))
    return paths.default_data_dir()


def prepare_data_dir(data_dir: Path) -> None:
    try:
        paths.ensure_data_dir(data_dir)
    except OSError as exc:
        raise classify(exc, data_dir) or exc


def open_data_folder(data_dir: Path, demo: bool):
    """Create the folder if needed, open the database, add the demo family if asked."""
    prepare_data_dir(data_dir)
    db = open_database(paths.database_path(data_dir))
    if demo:
        fill_if_empty(db, data_dir)
    return db


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    logs.setup()
    data_dir = resolve_data_dir(args)
    if args.command:
        return _run_headless(args, data_dir)
    from bfpp_desktop.ui.application import run_window
    return run_window(data_dir, demo=args.demo, argv=sys.argv[:1])


def _run_headless(args, data_dir: Path) -> int:
    try:
        db = open_data_folder(data_dir, args.demo)
        try:
            return cli.run(args, db, data_dir)
        finally:
            db.close()
    except KnownError as exc:
        return cli.fail(f"{exc.title}. {exc}")
    except Exception:
        log.exception("command %s failed", args.command)
        return cli.fail(f"something went wrong. Details were written to {logs.log_file()}")
