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
        from bfpp_desktop import window_start
        ran = window_start.main(sys.argv[1:])   # a plain window start: no command line
        if ran is not None:
            return ran
        from bfpp_desktop.app import main
    return main()


if __name__ == "__main__":
    sys.exit(run())
