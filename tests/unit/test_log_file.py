"""The log file is made when there is something to log, and only then."""
import logging
import os
import stat

import pytest

from bfpp_desktop.core import logs


@pytest.fixture
def logged():
    """logs.setup() for the test's own log folder; its handler removed afterwards."""
    yield logs.setup()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_bfpp", False)]:
        root.removeHandler(handler)
        handler.close()


def test_a_run_that_logs_nothing_leaves_no_log_file(logged):
    assert logged == logs.log_file()
    assert not logs.log_file().exists()


def test_the_first_record_makes_the_file_for_its_owner_only(logged):
    os.umask(0o077)   # as the app sets at start (permissions.use_private_umask)
    logging.getLogger("probe").warning("a line about %s", "Maya")
    logging.getLogger("probe").warning("another line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = logs.log_file().read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["a line about Maya", "another line"]
    assert "WARNING probe" in lines[0]
    assert stat.S_IMODE(logs.log_file().stat().st_mode) == 0o600


def test_a_log_file_that_cannot_be_opened_is_no_reason_to_stop(logged):
    logs.log_file().mkdir()   # something in its place (a folder: opening it fails, even for root)
    logging.getLogger("probe").warning("nowhere to go")
    logging.getLogger("probe").warning("still nowhere")
    assert logs.log_file().is_dir()
