"""What each way of starting loads: the command line never Qt, the window not the
printing stack until something is printed (benchmarks/results.md has what it costs)."""
import json

from subprocess_helpers import run_python

from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.children import add_child

# What the window loads only when it is used (each was tens of ms at every start).
ON_FIRST_USE = ("bfpp_desktop.ui.backups.damaged", "bfpp_desktop.ui.backups.window",
                "bfpp_desktop.ui.children.editor", "bfpp_desktop.ui.children.end_dialog",
                "bfpp_desktop.ui.guide.glossary_dialog", "bfpp_desktop.ui.settings.dialog",
                "bfpp_desktop.ui.conversations.comfort_call",
                "bfpp_desktop.ui.conversations.icebreaker", "bfpp_desktop.actions.imports",
                "bfpp_desktop.storage.export_zip", "bfpp_desktop.ui.export_import.export_dialog",
                "bfpp_desktop.ui.export_import.preview_dialog",
                "bfpp_desktop.ui.lock.settings_dialog",
                # The pages out of view at start (ui.pages): made when first chosen.
                "bfpp_desktop.ui.world.page", "bfpp_desktop.ui.journal.page",
                "bfpp_desktop.ui.contacts.page", "bfpp_desktop.ui.guide.page",
                "bfpp_desktop.ui.bridge.page", "bfpp_desktop.ui.records.page")
PRINTING = ("reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport",
            "bfpp_desktop.ui.printing.print_center")


def _loaded(code: str, *prefixes: str) -> list[str]:
    out = run_python(code + "\nimport json, sys\n"
                     f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({prefixes!r}))))")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _folder(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder, Access.WRITE) as session:
        add_child(session.db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    return folder


def test_the_children_command_does_not_load_qt(tmp_path):
    folder = _folder(tmp_path)
    assert _loaded(f"from bfpp_desktop.app import main\n"
                   f"assert main(['--data-dir', {str(folder)!r}, 'children']) == 0",
                   "PySide6", "shiboken6") == []


def test_printing_from_the_command_line_does_not_load_qt(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "sheet.pdf"
    assert _loaded(f"from bfpp_desktop.app import main\n"
                   f"assert main(['--data-dir', {str(folder)!r}, 'print', 'routine-sheet', "
                   f"'--child', 'Maya', '--out', {str(out)!r}]) == 0",
                   "PySide6", "shiboken6") == []
    assert out.read_bytes().startswith(b"%PDF")


def _start_window(folder) -> str:
    return (f"from bfpp_desktop.ui.application import start\n"
            f"window = start(__import__('pathlib').Path({str(folder)!r}))\n"
            "window.show()\n"
            "from PySide6.QtWidgets import QApplication\n"
            "QApplication.processEvents()")


def test_starting_the_window_does_not_load_the_printing_stack(tmp_path):
    assert _loaded(_start_window(_folder(tmp_path)), *PRINTING) == []


def test_a_preview_is_laid_out_outside_the_window_process(tmp_path):
    """reportlab runs in the print worker: laying out a long printout on a thread here
    held the interpreter, and the window stalled for half a second at a time."""
    code = (_start_window(_folder(tmp_path)) + "\n"
            "window.select_child(1)\n"
            "center = window.open_print_center('routine-sheet')\n"
            "import time\n"
            "began = time.time()\n"
            "while center.current_pdf is None and time.time() - began < 30:\n"
            "    QApplication.processEvents()\n"
            "assert center.current_pdf is not None and center.pdf.pageCount() >= 1\n")
    assert _loaded(code, "reportlab") == []


def test_starting_the_window_leaves_dialogs_and_helpers_until_they_are_used(tmp_path):
    assert _loaded(_start_window(_folder(tmp_path)), *ON_FIRST_USE) == []


# What the window's first paint does without: the backup at start (and so the worker
# process's side) begins after it; the lock screen and the passphrase question, the
# plan dialog and the stage printouts wait until they are wanted.
AFTER_THE_FIRST_PAINT = ("bfpp_desktop.storage.backup", "bfpp_desktop.ui.backups.job",
                         "bfpp_desktop.ui.worker_process", "bfpp_desktop.worker",
                         "bfpp_desktop.ui.lock.lock_screen", "bfpp_desktop.ui.lock.unlock_dialog",
                         "bfpp_desktop.ui.guide.plan_dialog", "bfpp_desktop.ui.guide.printouts")


def test_building_the_window_leaves_backing_up_until_after_its_first_paint(tmp_path):
    built = (f"from bfpp_desktop.ui.application import start\n"
             f"window = start(__import__('pathlib').Path({str(_folder(tmp_path))!r}))\n")
    assert _loaded(built, *AFTER_THE_FIRST_PAINT) == []


def test_starting_and_printing_do_not_load_sqlite_utils(tmp_path):
    """Reading needs only SQL (storage.database); sqlite-utils and click, pluggy and
    dateutil with it load at the first insert or update."""
    folder = _folder(tmp_path)
    out = tmp_path / "sheet.pdf"
    heavy = ("sqlite_utils", "click", "pluggy", "dateutil")
    assert _loaded(f"from bfpp_desktop.app import main\n"
                   f"assert main(['--data-dir', {str(folder)!r}, 'print', 'routine-sheet', "
                   f"'--child', 'Maya', '--out', {str(out)!r}]) == 0", *heavy) == []
    assert _loaded(_start_window(folder), *heavy) == []


# What a printout made from the command line does without: backing up and restoring,
# the schema steps, the write limits of every record kind, the other documents'
# gatherers and bundles (the guide and the journal with them), and the log file's
# handler until something is logged.
NOT_FOR_ONE_PRINTOUT = ("bfpp_desktop.storage.backup", "bfpp_desktop.storage.backup_check",
                        "bfpp_desktop.storage.restore", "bfpp_desktop.storage.rebuild",
                        "bfpp_desktop.storage.schema", "bfpp_desktop.storage.limits",
                        "bfpp_desktop.reports.gather", "bfpp_desktop.reports.guide_data",
                        "bfpp_desktop.reports.journal_data", "bfpp_desktop.core.guide",
                        "bfpp_desktop.core.journal", "bfpp_desktop.core.records",
                        "logging.handlers")


def test_printing_a_routine_sheet_loads_only_what_that_sheet_needs(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "sheet.pdf"
    loaded = _loaded(f"from bfpp_desktop.app import main\n"
                     f"assert main(['--data-dir', {str(folder)!r}, 'print', 'routine-sheet', "
                     f"'--child', 'Maya', '--out', {str(out)!r}]) == 0",
                     *NOT_FOR_ONE_PRINTOUT)
    # By name: reports.gather_world, which the sheet does need, shares reports.gather's prefix.
    assert [name for name in loaded if name in NOT_FOR_ONE_PRINTOUT] == []


def test_the_command_line_parser_leaves_the_printouts_to_the_print_command():
    """Every start builds the parser, the window's too: the print command's options need
    only the paper sizes and readers, not the catalogue or the makers of printouts."""
    code = ("from bfpp_desktop import app\n"
            "app.cli.build_parser().parse_args(['--data-dir', '/nowhere'])")
    assert _loaded(code, "bfpp_desktop.reports.catalogue", "bfpp_desktop.reports.make",
                   "reportlab") == []
