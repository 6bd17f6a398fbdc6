"""A command run from the command line is the whole process: it runs without the cyclic
garbage collector and ends without its last walk over every object, and still leaves
its printout whole. Called with arguments (as tests do), it leaves the collector alone."""
import gc
import subprocess
import sys

from pypdf import PdfReader
from subprocess_helpers import python_env

from bfpp_desktop.app import main
from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.children import add_child

# Reports, at the very end, whether the collector ran and how many objects it was spared.
_COUNT_AT_EXIT = ("import atexit, gc, runpy, sys\n"
                  "atexit.register(lambda: print('collecting', gc.isenabled(), 'frozen',\n"
                  "                              gc.get_freeze_count(), file=sys.stderr))\n"
                  "sys.argv = ['bfpp-desktop', *sys.argv[1:]]\n"
                  "runpy.run_module('bfpp_desktop', run_name='__main__')\n")


def _folder(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder, Access.WRITE) as session:
        add_child(session.db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    return folder


def test_a_printout_from_the_command_line_is_whole_when_the_process_ends(tmp_path):
    out = tmp_path / "sheet.pdf"
    done = subprocess.run([sys.executable, "-c", _COUNT_AT_EXIT, "--data-dir",
                           str(_folder(tmp_path)), "print", "routine-sheet", "--child", "Maya",
                           "--out", str(out)],
                          capture_output=True, text=True, env=python_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert "Maya's routines" in PdfReader(out).pages[0].extract_text()
    assert "collecting False" in done.stderr
    assert int(done.stderr.split("frozen")[1].split()[0]) > 10_000


def test_a_command_called_with_arguments_leaves_the_collector_alone(tmp_path, capsys):
    before = gc.get_freeze_count()
    assert main(["--data-dir", str(_folder(tmp_path)), "children"]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == before
