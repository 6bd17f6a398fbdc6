"""`python -m bfpp_desktop`, the `bfpp-desktop` command and the packaged program all start
here (the packaged one runs this file as its script)."""
import gc
import sys


def run() -> int:
    # Python's cyclic collector would walk the objects of every module as they load,
    # about 90 times in a window's start (25 ms of it). It stays off until the window is
    # painted (ui.application.run_window), for a whole command (app), or for the
    # worker's first request (worker), each of which turns it back on or runs it itself.
    gc.disable()
    if sys.argv[1:2] == ["--worker"]:   # bfpp_desktop.worker.FLAG
        # The worker process for printouts and backups: no window, no command line, no Qt.
        from bfpp_desktop.worker import main
    else:
        _begin_checking_the_window_folder(sys.argv[1:])
        from bfpp_desktop.app import main
    return main()


def _begin_checking_the_window_folder(args: list[str]) -> None:
    """Begin the whole-file check of the data file (storage.early_check) before the
    command line's own imports, about 70 ms sooner than app.main could: the check, not
    the loading, had become the longest wait before the window. Only for a plain window
    start (options --data-dir and --demo, no command); anything else is left to app.main,
    which reads the command line properly."""
    data_dir = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.partition("=")[2]
        elif arg != "--demo":
            return
    from pathlib import Path

    from bfpp_desktop.core import paths, permissions
    from bfpp_desktop.storage import early_check
    if data_dir is None:
        if "--demo" in args:   # the sample family, in a folder of its own
            return
        folder = paths.default_data_dir()
    else:
        folder = Path(data_dir).expanduser().resolve()   # as app.resolve_data_dir
    permissions.use_private_umask()   # the lock file it makes is private, as app.main's
    early_check.start(folder)


if __name__ == "__main__":
    sys.exit(run())
