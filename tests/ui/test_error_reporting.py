"""Problems reach the caregiver as plain words; bugs are logged with their traceback."""
import logging
import sys
from pathlib import Path

import pytest

from sqlite_errors import disk_full_error

from bfpp_desktop.core import logs
from bfpp_desktop.ui.errors import attempt, install_excepthook


@pytest.mark.provokes_bug
def test_unexpected_error_is_logged_and_apologised_for(qtbot, no_modal, _isolated_logs):
    logs.setup()
    install_excepthook()
    try:
        raise RuntimeError("a bug in the app")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert any("Sorry" in text and str(logs.log_file()) in text for text in no_modal)
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_bfpp", False)]
    for handler in ours:
        handler.flush()
        root.removeHandler(handler)
        handler.close()
    logged = logs.log_file().read_text()
    assert "Traceback" in logged and "a bug in the app" in logged


def test_disk_full_is_a_plain_message_not_an_apology(qtbot, no_modal):
    def save():
        raise disk_full_error()

    assert attempt(None, save) is None
    assert "disk is full" in no_modal[0]
    assert "Sorry" not in no_modal[0]


_A_BUG_IN_A_SLOT = """
import pytest
from bfpp_desktop.ui.errors import attempt

def broken():
    raise ValueError("the button's slot has a bug")

def test_clicks_a_broken_button():
    assert attempt(None, broken) is None     # the app apologised; nothing here looked

@pytest.mark.provokes_bug
def test_means_to_break_it():
    attempt(None, broken)
"""


@pytest.mark.provokes_bug           # the inner run provokes one on purpose too
def test_a_bug_dialog_fails_the_test_with_its_traceback(pytester, no_modal):
    pytester.makeconftest((Path(__file__).parents[1] / "conftest.py").read_text())
    pytester.makepyfile(_A_BUG_IN_A_SLOT)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_clicks_a_broken_button*",
                                 "*Sorry, something went wrong*",
                                 "*ValueError: the button's slot has a bug*"])
