"""Where the window's start goes, phase by phase (a tool for looking, not a goal).

    .venv/bin/python benchmarks/start_phases.py [FOLDER] [RUNS]

Runs the app's start (window_start, then start() and the first paint, as
`probes.py start_app` does) in RUNS fresh processes on FOLDER (default: the large
benchmark folder) and prints, for each, the milliseconds from launch to each phase:
the whole-file check beginning and ending, the window's code imported, the window
built, the first paint, and the check's verdict with the rest of the work that waits
for the first paint. Compile `src/` first (`python -m compileall src`), as
benchmarks/run does.
"""
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDER = "/tmp/bfpp-bench/large"


def _one(folder: str) -> None:
    """In the measured process: mark each phase, measured from its launch."""
    launched = float(os.environ["BFPP_LAUNCHED_AT"])
    marks: list[tuple[str, float]] = []

    def mark(what: str) -> None:
        marks.append((what, (time.time() - launched) * 1000))

    import gc
    gc.disable()   # as bfpp_desktop.__main__ does
    from bfpp_desktop.storage import early_check

    checking = early_check._Check._run

    def marked_check(check) -> None:
        mark("check begins")
        checking(check)
        mark("check ends")
    early_check._Check._run = marked_check
    from bfpp_desktop import window_start
    data_dir, _demo = window_start.begin(["--data-dir", folder])
    from bfpp_desktop.ui.application import make_app, start
    mark("window's code imported")
    app = make_app()
    window = start(data_dir)
    window.resize(1280, 800)
    mark("window built")
    sys.path.insert(0, str(HERE))
    from probes import _wait_painted
    _wait_painted(app, window)
    mark("first paint")
    while window.session.checking:
        app.processEvents()
    mark("verdict and the after-paint work done")
    print("  ".join(f"{what} {ms:.0f}" for what, ms in sorted(marks, key=lambda m: m[1])),
          flush=True)
    os._exit(0)


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FOLDER
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(HERE.parent / "src"))
    for _ in range(runs):
        env["BFPP_LAUNCHED_AT"] = repr(time.time())
        subprocess.run([sys.executable, __file__, "--one", folder], env=env, check=True,
                       stderr=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        _one(sys.argv[2])
    sys.exit(main())
