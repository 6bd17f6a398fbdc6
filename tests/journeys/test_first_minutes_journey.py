"""The first minutes: the welcome, one name for adding a child, and trying the sample family
in a window and folder of its own while the caregiver's records stay exactly as they were."""
import tempfile
from pathlib import Path

import pytest
from placement_helpers import answer_placement_ended
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import PlacementEnd
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.ui.application import start
from bfpp_desktop.ui.children.editor import ChildEditor

SAMPLE_TITLE = "Sample family — Birth & Foster Parent Partnership"


def _centre_x(widget, page) -> int:
    return widget.mapTo(page, QPoint(widget.width() // 2, 0)).x()


def _names(window) -> list[str]:
    return [window.model.child_at(i).display_name for i in range(window.model.rowCount())]


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a data folder, but the settings the window saves on closing and the
    backups the caregiver's own window makes of it (copies of these same records)."""
    backups = paths.backups_dir(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != paths.SETTINGS_FILENAME and backups not in p.parents}


@pytest.fixture
def own_records(data_dir) -> dict[str, bytes]:
    """The caregiver's data folder as it is on disk before the window opens."""
    with open_session(data_dir, Access.WRITE):
        pass
    return _folder_bytes(data_dir)


def test_the_welcome_text_is_centred_under_its_title_and_whole(make_window, qtbot):
    window = make_window()
    window.resize(1100, 720)
    ui = window.ui
    page = ui.welcomePage
    qtbot.waitUntil(lambda: ui.welcomeText.width() > 0)
    QApplication.processEvents()
    assert ui.mainStack.currentWidget() is page
    assert abs(_centre_x(ui.welcomeText, page) - _centre_x(ui.welcomeTitle, page)) <= 2
    assert ui.welcomeText.alignment() & Qt.AlignmentFlag.AlignHCenter
    # Every wrapped line is shown: the label is as tall as its text needs at its width.
    assert ui.welcomeText.height() >= ui.welcomeText.heightForWidth(ui.welcomeText.width())
    buttons = (ui.welcomeAddButton, ui.welcomeSampleButton)
    middle = (buttons[0].mapTo(page, QPoint(0, 0)).x()
              + buttons[1].mapTo(page, QPoint(buttons[1].width(), 0)).x()) / 2
    assert abs(middle - _centre_x(ui.welcomeTitle, page)) <= 4


def test_add_a_child_has_one_name_everywhere(make_window, monkeypatch):
    window = make_window()
    ui = window.ui
    name = "Add a child…"
    assert ui.actionNewChild.text().replace("&", "") == name
    assert ui.toolBar.widgetForAction(ui.actionNewChild).text() == name
    assert ui.addChildButton.text() == name
    assert ui.welcomeAddButton.text() == name
    assert ui.actionNewChild.toolTip().startswith(name)
    titles = []
    monkeypatch.setattr(ChildEditor, "exec", lambda dialog: titles.append(
        dialog.windowTitle()) or 0)
    ui.welcomeAddButton.click()
    assert titles == [name.rstrip("…")]     # a window's title carries no "…"


def test_trying_the_sample_family_leaves_my_records_as_they_were(
        make_window, qtbot, data_dir, own_records, monkeypatch):
    window = make_window()
    assert window.windowTitle() == "Birth & Foster Parent Partnership"
    qtbot.mouseClick(window.ui.welcomeSampleButton, Qt.MouseButton.LeftButton)
    sample = window.sample_window
    assert sample is not None and sample.isVisible() and not window.isVisible()
    assert sample.windowTitle() == SAMPLE_TITLE
    folder = sample.session.data_dir
    assert folder != data_dir and folder.parent == Path(tempfile.gettempdir())
    assert sample.session.database_file.exists()
    assert _names(sample) == ["Amara", "Leo", "Maya"]
    assert not sample.ui.welcomeSampleButton.isVisibleTo(sample)
    assert sample.back_action in sample.ui.menuFile.actions()
    assert sample.ui.toolBar.widgetForAction(sample.back_action).text() == \
        sample.back_action.text().replace("&", "") == "Back to my records"

    # Changes in the sample are the sample's: archive Leo there.
    sample.select_child(next(c.id for c in list_children(sample.context.db)
                             if c.display_name == "Leo"))
    answer_placement_ended(monkeypatch, PlacementEnd.RELATIVES)
    sample.ui.actionArchiveChild.trigger()
    assert _names(sample) == ["Amara", "Maya"]

    sample.back_action.trigger()                          # File > Back to my records
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not folder.exists()                            # the sample's folder is gone
    assert window.isVisible() and window.sample_window is None
    assert window.windowTitle() == "Birth & Foster Parent Partnership"
    assert window.ui.mainStack.currentWidget() is window.ui.welcomePage
    assert list_children(window.context.db) == []
    window.close()
    assert _folder_bytes(data_dir) == own_records         # byte for byte


def test_closing_the_sample_window_comes_back_and_quit_leaves_the_app(make_window, qtbot,
                                                                      data_dir, own_records):
    window = make_window()
    window.ui.welcomeSampleButton.click()
    sample = window.sample_window
    folder = sample.session.data_dir
    sample.close()
    assert not folder.exists() and window.isVisible()

    window.ui.welcomeSampleButton.click()
    again = window.sample_window
    assert again is not sample and again.session.data_dir != folder
    folder = again.session.data_dir
    again.ui.actionQuit.trigger()                         # Quit in the sample quits the app
    assert not folder.exists()
    assert not again.isVisible() and not window.isVisible()
    assert _folder_bytes(data_dir) == own_records


def test_demo_alone_opens_the_sample_and_goes_back_to_my_own_records(qtbot, no_modal,
                                                                     monkeypatch, tmp_path):
    mine = tmp_path / "mine"
    monkeypatch.setattr(paths, "default_data_dir", lambda: mine)
    sample = start(None)             # `bfpp-desktop --demo`, without --data-dir
    sample.show()
    assert sample.windowTitle() == SAMPLE_TITLE and sample.owner is None
    folder = sample.session.data_dir
    sample.back_action.trigger()
    assert not folder.exists()
    own = next(w for w in QApplication.topLevelWidgets()
               if getattr(w, "session", None) is not None and w.session.data_dir == mine)
    assert own.isVisible() and own.windowTitle() == "Birth & Foster Parent Partnership"
    assert list_children(own.context.db) == []
    own.close()
    for window in (own, sample):
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
