"""benchmarks/run: every speed and memory goal, each measured beside its floor in one run.

Builds the large data folder once (cached, default /tmp/bfpp-bench), then runs each
figure and each floor as fresh processes, interleaved (floor, figure, floor, ...), and
takes medians, so a machine shared with other work slows both alike. Prints one table
and writes it into benchmarks/results.md between the markers, keeping the rest.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import dataset

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"
BEGIN, END = "<!-- benchmarks/run: begin -->", "<!-- benchmarks/run: end -->"


def _python(*args: str, check: bool = True) -> tuple[float, dict]:
    """Run a fresh Python on *args*; its wall time from launch to exit, and its JSON line."""
    began = time.time()
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=HERE)
    seconds = time.time() - began
    if check and done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stderr}")
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    result["launched_at"] = began
    return seconds, result


def _probe(*args: str) -> dict:
    return _python(str(HERE / "probes.py"), *args)[1]


def _painted(*args: str) -> tuple[float, float]:
    """Seconds from launch to the first paint of the window, and the process's peak MB."""
    result = _probe(*args)
    return result["painted_at"] - result["launched_at"], result["peak_mb"]


def _median(values) -> float:
    return statistics.median(values)


def compile_app() -> None:
    """Compile the app's modules, as an installed copy has them: pip compiles what it
    installs and the packaged app ships bytecode, but a checkout installed in place does
    not, and where PYTHONDONTWRITEBYTECODE is set (this machine) every start would
    compile about a hundred modules from source (115 ms) that no caregiver's start does."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "src")],
                   check=True)


def measure(large: Path, summary: Path, runs: int, out: Path) -> list[tuple]:
    rows = []
    _painted("start_floor"), _painted("start_app", str(large))     # warm the file cache
    floor, app, floor_peak = [], [], []
    for _ in range(runs):
        seconds, peak = _painted("start_floor")
        floor.append(seconds)
        floor_peak.append(peak)
        app.append(_painted("start_app", str(large))[0])
    rows.append(("Cold start to a painted main window, 20k entries",
                 _median(app), _median(floor), "s", 2.0, None))

    pdf = out / "routine-sheet.pdf"
    floor, app = [], []
    for _ in range(runs):
        floor.append(_python(str(HERE / "probes.py"), "print_floor", str(pdf))[0])
        app.append(_python("-m", "bfpp_desktop", "--data-dir", str(large), "print",
                           "routine-sheet", "--child", "1", "--out", str(pdf), "--force")[0])
    rows.append(("`print routine-sheet`, whole process", _median(app), _median(floor), "s",
                 2.0, None))

    journal = [_probe("journal", str(large)) for _ in range(max(3, runs // 2))]

    def j(key: str) -> float:
        return _median(r[key] for r in journal)

    rows += [
        ("Journal search, results shown (median of 7 queries)", j("search_ms"),
         j("search_floor_ms"), "ms", 3.0, 100),
        ("Journal search, worst query", j("search_ms_max"), None, "ms", None, 100),
        ("Journal search, window busy (worst)", j("search_gui_ms_max"), None, "ms", None, 50),
        ("Journal first screen (worst of 5 children)", j("first_screen_ms"), None, "ms",
         None, 300),
        (f"Scroll the timeline ({journal[0]['scroll_rows']:,} rows), worst page",
         j("scroll_worst_ms"), None, "ms", None, 100),
        ("Scroll the timeline, longest GUI stall", j("scroll_stall_ms"), None, "ms", None, 100),
    ]
    built = [_probe("summary", str(summary), dataset.SUMMARY_FROM.isoformat(),
                    dataset.TODAY.isoformat()) for _ in range(3)]
    rows += [
        (f"Journal summary PDF, 2,000 entries ({built[0]['pages']} pages), in the print center",
         _median(b["build_s"] for b in built), None, "s", None, 5),
        ("Journal summary, longest GUI stall while it builds",
         _median(b["stall_ms"] for b in built), None, "ms", None, 100),
    ]
    with tempfile.TemporaryDirectory(prefix="bfpp-longest-") as folder:
        longest = _probe("longest_note", folder)
    rows.append(("Journal summary of the longest note allowed (private copy)",
                 longest["build_s"], None, "s", None, 3))
    photo = _python(str(HERE / "photo_sheet.py"))[1]
    rows += [("Photo sheet, six 12-megapixel photos: time", photo["build_s"], None, "s", None, 2),
             ("Photo sheet, six 12-megapixel photos: size", photo["size_mb"], None, "MB",
              None, 3)]
    rows.append(("Peak memory, 20k entries, every page opened", j("peak_mb"),
                 _median(floor_peak), "MB", None, ("+", 80)))
    return rows


def _verdict(figure, floor, ratio_goal, limit) -> tuple[str, str, bool]:
    """(ratio text, goal text, met)."""
    ratio = f"{figure / floor:.2f}×" if floor else "—"
    goals, met = [], True
    if ratio_goal:
        goals.append(f"≤ {ratio_goal:g}×")
        met &= figure <= ratio_goal * floor
    if isinstance(limit, tuple):
        goals.append(f"≤ floor + {limit[1]} MB")
        met &= figure <= floor + limit[1]
    elif limit is not None:
        goals.append(f"< {limit:g}")
        met &= figure < limit
    return ratio, " and ".join(goals), met


def _fmt(value, unit) -> str:
    if value is None:
        return "—"
    return f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"


def table(rows) -> list[str]:
    lines = ["| What | Figure | Floor | Ratio | Goal | |", "|---|---|---|---|---|---|"]
    for name, figure, floor, unit, ratio_goal, limit in rows:
        ratio, goal, met = _verdict(figure, floor, ratio_goal, limit)
        if isinstance(limit, (int, float)) and not isinstance(limit, bool):
            goal = goal.replace(f"< {limit:g}", f"< {limit:g} {unit}")
        lines.append(f"| {name} | {_fmt(figure, unit)} | {_fmt(floor, unit)} | {ratio} | "
                     f"{goal} | {'met' if met else '**missed**'} |")
    return lines


def _sqlcipher_sqlite() -> str:
    from sqlcipher3 import dbapi2
    return dbapi2.sqlite_version


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    import PySide6
    import reportlab
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} × {cpu}, "
            f"load average {load} at the start; Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}, reportlab {reportlab.Version}, "
            f"SQLCipher's SQLite {_sqlcipher_sqlite()} (the app's), Python's SQLite "
            f"{__import__('sqlite3').sqlite_version} (the search floor's), Qt platform "
            f"{os.environ.get('QT_QPA_PLATFORM', 'default')}")


def write_results(lines: list[str], described: str, runs: int) -> None:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    block = "\n".join([BEGIN, f"Last run: {stamp}, medians of {runs} fresh processes each "
                       f"(floors interleaved with figures).", "", f"Machine: {described}.",
                       "", *lines, END])
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/bfpp-bench"),
                        help="where the large data folders are kept between runs")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure")
    parser.add_argument("--no-write", action="store_true", help="leave results.md alone")
    args = parser.parse_args()
    described = machine()
    large, summary = args.folder / "large", args.folder / "summary"
    for folder, ensure in ((large, dataset.ensure), (summary, dataset.ensure_summary)):
        began = time.perf_counter()
        if ensure(folder):
            print(f"built {folder} in {time.perf_counter() - began:.0f} s", flush=True)
    compile_app()
    rows = measure(large, summary, args.runs, args.folder)
    lines = table(rows)
    print("\n".join(lines))
    if not args.no_write:
        write_results(lines, described, args.runs)
    return 0 if all("missed" not in line for line in lines[2:]) else 1


if __name__ == "__main__":
    sys.exit(main())
