"""Fixtures for the page tests: a context without the main window, scripted editors, and
the sample family's window in each language for the dialog walks."""
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from world_helpers import script_editors

from bfpp_desktop.core.children import Child
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.ui.context import AppContext


@pytest.fixture
def context(db, data_dir, qapp):
    return AppContext(db=db, data_dir=data_dir,
                      settings=QSettings(str(data_dir / "test.ini"), QSettings.Format.IniFormat),
                      undo_stack=QUndoStack())


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez Ortiz", preferred_name="Maya"))


@pytest.fixture
def editors(monkeypatch, qtbot):
    return script_editors(monkeypatch, qtbot)


@pytest.fixture(params=["en", "es"])
def window_in_each_language(request, qapp, make_window):
    """The sample family's window with Maya chosen, in English and then in Spanish."""
    from window_walk import with_maya

    from bfpp_desktop.ui.language import install_language
    install_language(qapp, request.param)
    yield with_maya(make_window(demo=True))
    install_language(qapp, "en")
