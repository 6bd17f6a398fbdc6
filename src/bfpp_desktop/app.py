"""Start-up: read the command line, open the data folder, then run a command or the window."""
import gc
import logging
from pathlib import Path

from bfpp_desktop import cli, window_start

from bfpp_desktop.core import logs, permissions
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.cli_errors import fail
from bfpp_desktop.cli_passphrase import NoPassphrase, passphrase
from bfpp_desktop.session import needs_passphrase, open_sample_session, open_session
from bfpp_desktop.storage.errors import KnownError

log = logging.getLogger(__name__)


def resolve_data_dir(args) -> Path | None:
    """The folder to open; None for the sample family in a temporary folder of its own
    (--demo without --data-dir)."""
    return window_start.folder_to_open(args.data_dir, args.demo)


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    permissions.use_private_umask()   # before the log, the data folder or settings exist
    logs.setup()
    data_dir = resolve_data_dir(args)
    if args.command:
        if argv is not None:   # called with arguments (tests, scripts): their process goes on
            return _run_headless(args, data_dir)
        return _run_as_the_whole_process(args, data_dir)
    return window_start.open_window(data_dir, args.demo)


def _run_as_the_whole_process(args, data_dir: Path | None) -> int:
    """A command is the whole process: one job, then exit. Python's cyclic garbage
    collector would walk every object again and again as they pile up (a third of the
    time of a 148-page journal summary, whose peak memory is the same 78 MB without
    it: reportlab makes little cyclic garbage), and once more at exit (20-40 ms of a
    routine sheet). So it stays off, and what is left is frozen before the exit;
    files and the database are closed by then."""
    gc.disable()
    try:
        return _run_headless(args, data_dir)
    finally:
        gc.freeze()


def _run_headless(args, data_dir: Path | None) -> int:
    try:
        if not cli.opens_session(args):
            if data_dir is None:   # --demo alone: the sample has no backups to restore
                return fail(translate("CLI", "Please name the data folder with --data-dir."))
            return cli.run_alone(args, data_dir)
        given = passphrase() if data_dir is not None and needs_passphrase(data_dir) else None
        with (open_sample_session() if data_dir is None else
              open_session(data_dir, cli.access_for(args), fill_demo=args.demo,
                           passphrase=given)) as session:
            return cli.run(args, session.db, session.data_dir)
    except NoPassphrase as problem:
        return fail(str(problem))
    except KnownError as exc:
        return fail(f"{exc.title}. {exc}")
    except Exception:
        log.exception("command %s failed", args.command)
        return fail(f"something went wrong. Details were written to {logs.log_file()}")
