"""The Linux build as a caregiver gets it: the folder, the .tar.gz, the .deb installed.

Slow (the build takes minutes): run with `pytest -m slow tests/packaging`, as .ci/run does.
"""
import re
import subprocess
import tarfile

import pytest
from pypdf import PdfReader

from bfpp_desktop import APP_ID, __version__
from bfpp_desktop.session import SAMPLE_FOLDER_PREFIX
from package_helpers import needs, open_window_briefly, run_app, tree

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800),
              needs("dpkg-deb", "dpkg")]

ROUTINE_SHEET = ("--demo", "print", "routine-sheet", "--child", "Maya",
                 "--for", "babysitter", "--out")


def _printed_routine_sheet(program, home):
    pdf = home / "sitter.pdf"
    result = run_app(program, *ROUTINE_SHEET, str(pdf), home=home)
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Maya's routines" in text
    assert "Duérmete mi niña" in text  # accents: the bundled DejaVu font, not a fallback
    return pdf


def test_the_build_prints_a_routine_sheet_from_outside_the_checkout(built_app, tmp_path):
    _printed_routine_sheet(built_app, tmp_path / "home")


def test_the_build_carries_fonts_translations_guide_and_icon(built_app):
    resources = built_app.parent / "_internal" / "resources"
    # The .ts too: code without Qt (the command line, the worker that makes every
    # printout) reads it; without it a Spanish window's printouts came out in English.
    for carried in ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
                    "translations/bfpp_es.qm", "translations/bfpp_es.ts",
                    "guide/en/stages.json", "icons/bfpp-desktop.svg", "sources.json"):
        assert (resources / carried).is_file(), carried


def test_the_build_leaves_out_the_vnc_server_and_the_gtk_theme(built_app):
    plugins = {p.name for p in built_app.parent.rglob("plugins/*/*.so")}
    assert "libqxcb.so" in plugins and "libqwayland.so" in plugins
    assert not plugins & {"libqvnc.so", "libqgtk3.so"}


def test_the_tarball_holds_the_folder(packages):
    (tarball,) = packages.glob(f"bfpp-desktop-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        program = archive.getmember("bfpp-desktop/bfpp-desktop")
    assert program.mode & 0o111
    assert "bfpp-desktop/_internal/resources/fonts/DejaVuSans.ttf" in names


def test_the_deb_says_what_it_is(deb):
    fields = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True,
                            text=True, check=True).stdout
    assert re.search(rf"^Version: {re.escape(__version__)}$", fields, re.MULTILINE)
    assert re.search(r"^Package: bfpp-desktop$", fields, re.MULTILINE)
    assert "libxcb-cursor0" in fields  # what Qt's X11 plugin loads from the system


def test_the_deb_installs_the_expected_files(installed):
    expected = [
        "opt/bfpp-desktop/bfpp-desktop",
        "opt/bfpp-desktop/_internal/resources/fonts/DejaVuSans.ttf",
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        "usr/share/icons/hicolor/scalable/apps/bfpp-desktop.svg",
        "usr/share/icons/hicolor/48x48/apps/bfpp-desktop.png",
        "usr/share/icons/hicolor/256x256/apps/bfpp-desktop.png",
        "usr/share/doc/bfpp-desktop/copyright",
    ]
    for path in expected:
        assert (installed / path).is_file(), path
    launcher = installed / "usr" / "bin" / "bfpp-desktop"
    assert launcher.is_symlink() and launcher.resolve() == (
        installed / "opt" / "bfpp-desktop" / "bfpp-desktop")
    assert (installed / "opt" / "bfpp-desktop" / "bfpp-desktop").stat().st_mode & 0o111


@needs("desktop-file-validate", "appstreamcli")
def test_the_installed_menu_entry_and_appstream_data_validate(installed):
    desktop = installed / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = installed / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                             text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout


def test_the_installed_launcher_prints(installed, tmp_path):
    _printed_routine_sheet(installed / "usr" / "bin" / "bfpp-desktop", tmp_path / "home")


def test_a_first_start_from_the_menu_keeps_the_data_in_the_user_folder(installed, tmp_path):
    desktop = installed / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    (program, *args) = re.search(r"^Exec=(.*)$", desktop.read_text(), re.MULTILINE)[1].split()
    assert (program, args) == ("bfpp-desktop", [])
    home = tmp_path / "home"
    install_folder = installed / "opt" / "bfpp-desktop"
    before = tree(install_folder)

    opened = open_window_briefly([str(installed / "usr" / "bin" / program)], home,
                                 shown_when=".local/share/bfpp-desktop/bfpp.sqlite3")

    assert "Traceback" not in opened.stderr, opened.stderr
    assert tree(install_folder) == before, "nothing may be written into the install folder"
    # Nothing of the demo: a first start opens an empty notebook (the welcome page).
    listed = run_app(installed / "usr" / "bin" / program, "children", home=home)
    assert listed.returncode == 0 and listed.stdout == "", listed


@needs("strace")
def test_the_installed_app_opens_no_network_socket(installed, tmp_path):
    """The window with the sample family (in its own temporary folder, under TMPDIR),
    and a printout: only local sockets, if any."""
    program = installed / "usr" / "bin" / "bfpp-desktop"
    trace = tmp_path / "trace"
    strace = ["strace", "-f", "-qq", "-e", "trace=network", "-o"]
    home = tmp_path / "home"
    opened = open_window_briefly([*strace, f"{trace}.window", str(program), "--demo"], home,
                                 shown_when=f"{SAMPLE_FOLDER_PREFIX}*/bfpp.sqlite3")
    assert "Traceback" not in opened.stderr, opened.stderr
    printed = run_app(program, *ROUTINE_SHEET, str(home / "sheet.pdf"), home=home,
                      prefix=(*strace, f"{trace}.print"))
    assert printed.returncode == 0, printed.stderr

    assert "killed by SIGTERM" in (tmp_path / "trace.window").read_text(), "traced to the end"
    calls = "".join(p.read_text() for p in tmp_path.glob("trace.*"))
    families = set(re.findall(r"\bsocket(?:pair)?\((AF_\w+|PF_\w+|\d+)", calls))
    assert families <= {"AF_UNIX"}, calls
    assert not re.search(r"\b(connect|sendto|bind)\(\d+, \{sa_family=AF_INET", calls), calls


def test_the_build_runs_its_own_worker(built_app, tmp_path):
    """The window starts the program again as its worker for printouts and backups
    (bfpp_desktop.worker.command()): the frozen program must answer as one."""
    import json
    from datetime import date

    from bfpp_desktop import worker
    from bfpp_desktop.core.household import Household
    from bfpp_desktop.reports.catalogue import ROUTINE_SHEET as ROUTINE
    from bfpp_desktop.reports.options import Paper
    from bfpp_desktop.session import Access, open_session
    from bfpp_desktop.storage.children import list_children
    from package_helpers import clean_env

    home, folder, pdf = tmp_path / "home", tmp_path / "data", tmp_path / "sheet.pdf"
    home.mkdir()
    with open_session(folder, Access.WRITE, fill_demo=True) as session:
        maya = next(c for c in list_children(session.db) if c.display_name == "Maya")
    request = worker.BuildRequest(
        job=1, data_dir=folder, doc_id="routine-sheet", child_id=maya.id,
        options=ROUTINE.default_options(Paper.A4), household=Household(), out_path=pdf,
        today=date.today(), language="es", unlocked=None, log_dir=home / "logs",
        cache_dir=home / "cache")
    done = subprocess.run([str(built_app), worker.FLAG], input=request.encode(),
                          cwd=home, env=clean_env(home), capture_output=True, timeout=120)
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0 and answers[-1] == {"job": 1, "finished": str(pdf)}, \
        done.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Las rutinas de Maya" in text     # the window's language, read without Qt
    assert "Duérmete mi niña" in text
