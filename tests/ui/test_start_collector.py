"""Python's cyclic collector is held back while the app loads (about 90 collections,
25 ms of a start) and turned back on once the window is painted, with what loading made
frozen so later collections skip it."""
import gc

import pytest

import bfpp_desktop.__main__ as launcher
from bfpp_desktop.ui import application


@pytest.fixture
def collector_restored():
    yield
    gc.enable()
    gc.unfreeze()


def test_the_launcher_loads_the_app_with_the_collector_off(monkeypatch, collector_restored):
    from bfpp_desktop import app

    seen = []
    monkeypatch.setattr(application, "run_window",
                        lambda *a, **k: seen.append(("window", gc.isenabled())) or 0)
    monkeypatch.setattr(app, "main", lambda: seen.append(("command", gc.isenabled())) or 0)
    monkeypatch.setattr(launcher.sys, "argv", ["bfpp-desktop"])
    assert launcher.run() == 0
    monkeypatch.setattr(launcher.sys, "argv", ["bfpp-desktop", "children"])
    assert launcher.run() == 0
    assert seen == [("window", False), ("command", False)]


def test_the_window_turns_the_collector_on_once_painted(qtbot, monkeypatch, data_dir,
                                                       no_modal, collector_restored):
    from PySide6.QtWidgets import QApplication

    windows, states = [], []

    def exec_until_collecting(_app):
        qtbot.waitUntil(gc.isenabled, timeout=10_000)
        states.append(gc.get_freeze_count() > 0)
        return 0

    real_start = application.start
    monkeypatch.setattr(application, "start",
                        lambda *a, **k: windows.append(real_start(*a, **k)) or windows[-1])
    monkeypatch.setattr(QApplication, "exec", exec_until_collecting)
    gc.disable()   # as the launcher leaves it
    assert application.run_window(data_dir) == 0
    assert states == [True]
    windows[0].close()


def test_a_window_started_with_the_collector_on_leaves_it_alone(qtbot, monkeypatch, data_dir,
                                                               no_modal, collector_restored):
    from PySide6.QtWidgets import QApplication

    windows = []
    real_start = application.start
    monkeypatch.setattr(application, "start",
                        lambda *a, **k: windows.append(real_start(*a, **k)) or windows[-1])
    monkeypatch.setattr(QApplication, "exec", lambda _app: qtbot.wait(200) or 0)
    frozen = gc.get_freeze_count()
    assert application.run_window(data_dir) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen   # tests, scripts: untouched
    windows[0].close()
