"""Start-up: read the command line, open the data folder, then run a command or the window."""
import logging
import sys
import tempfile
from pathlib import Path

from bfpp_desktop import cli

from bfpp_desktop.core import logs, paths
from bfpp_desktop.cli_errors import fail
from bfpp_desktop.session import open_session
from bfpp_desktop.storage.errors import KnownError

log = logging.getLogger(__name__)


def resolve_data_dir(args) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser().resolve()
    if args.demo:
        return Path(tempfile.mkdtemp(prefix="bfpp-demo-"))
    return paths.default_data_dir()


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
        if not cli.opens_session(args):
            return cli.run_alone(args, data_dir)
        with open_session(data_dir, cli.access_for(args), fill_demo=args.demo) as session:
            return cli.run(args, session.db, session.data_dir)
    except KnownError as exc:
        return fail(f"{exc.title}. {exc}")
    except Exception:
        log.exception("command %s failed", args.command)
        return fail(f"something went wrong. Details were written to {logs.log_file()}")
