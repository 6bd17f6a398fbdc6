"""Shared fixtures: offscreen Qt, a fresh data folder and database for every test."""
import os

# A laptop-sized virtual screen: the offscreen default (800 px wide) is narrower
# than the main window may be, which would make remembered sizes meaningless.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bfpp_desktop.core import paths  # noqa: E402
from bfpp_desktop.ui.none_guard import protect_none  # noqa: E402

# The app does this at start-up; tests that build widgets without it need it as much
# (a module of editor tests alone was enough to run None's count down).
protect_none()

pytest_plugins = ["pytester"]   # the bug-dialog fixture below is tested by running pytest
from bfpp_desktop.storage.connection import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_logs(tmp_path_factory, monkeypatch):
    """Keep test logs out of the real user's log folder."""
    log_dir = tmp_path_factory.mktemp("logs")
    monkeypatch.setattr(paths, "log_dir", lambda: log_dir)
    return log_dir


@pytest.fixture(autouse=True)
def _isolated_default_data_dir(tmp_path_factory, monkeypatch):
    """A start without --data-dir opens the user's own data folder: never in a test."""
    folder = tmp_path_factory.mktemp("default-data")
    monkeypatch.setattr(paths, "default_data_dir", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def _isolated_app_settings(tmp_path_factory, monkeypatch):
    """Keep the app's language choice out of the real user's settings."""
    path = tmp_path_factory.mktemp("config") / "app.ini"
    monkeypatch.setattr(paths, "app_settings_file", lambda: path)
    return path


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Keep the parsed fonts out of the real user's cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setattr(paths, "cache_dir", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def _app_speaks_english(request):
    """Widget tests get the translators the app installs at start-up (English, with its
    plural forms: "1 entry", "2 entries"); tests in Spanish switch themselves."""
    if "qapp" in request.fixturenames:
        from bfpp_desktop.ui.language import install_language
        app = request.getfixturevalue("qapp")
        if not hasattr(app, "_bfpp_translators"):
            install_language(app, "en")


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    paths.ensure_data_dir(folder)
    return folder


@pytest.fixture
def db(data_dir):
    database = open_database(paths.database_path(data_dir))
    yield database
    database.close()


@pytest.fixture
def today() -> date:
    return date(2026, 11, 24)


@pytest.fixture
def no_modal(monkeypatch):
    """Record message boxes instead of blocking on them; returns the list of texts shown."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def fake_exec(box):
        shown.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        return QMessageBox.StandardButton.Ok

    def fake_static(*args, **kwargs):
        shown.append(" | ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_static))
    return shown


@pytest.fixture
def make_window(qtbot, data_dir, no_modal):
    """Start the real main window on the test's data folder, as the app does."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    from bfpp_desktop.ui.application import start

    windows = []

    def _start(folder: Path | None = None, demo: bool = False):
        window = start(folder or data_dir, demo=demo)
        window.show()
        windows.append(window)
        return window

    yield _start
    for window in windows:
        if isValid(window):
            if window.isVisible():
                window.close()
            window.deleteLater()
    # Deleted now, with every dialog they own: left to a later event loop, each test's
    # windows piled up and made every following test slower.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "provokes_bug: the test causes an unexpected error on purpose, so the "
        "'Sorry, something went wrong' dialog is expected")


@pytest.fixture(autouse=True)
def _no_bug_dialog(request, monkeypatch):
    """Fail any test in which the app apologised for an unexpected error.

    install_excepthook() and attempt() turn a bug into a gentle dialog, which a window
    test would never look at; here each one is recorded with its traceback instead (and
    never blocks), and the test fails at teardown.
    """
    if request.node.get_closest_marker("provokes_bug"):
        yield
        return
    import logging

    from bfpp_desktop.ui import errors

    tracebacks: list[str] = []

    class _Recorder(logging.Handler):
        def emit(self, record):  # report() logs the traceback just before apologising
            tracebacks.append(record.getMessage())

    recorder = _Recorder(logging.ERROR)
    errors.log.addHandler(recorder)
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_bug", lambda parent: shown.append(
        tracebacks[-1] if tracebacks else "(no traceback was logged)"))
    yield
    errors.log.removeHandler(recorder)
    if shown:
        pytest.fail("The app showed 'Sorry, something went wrong':\n\n" + "\n\n".join(shown),
                    pytrace=False)
