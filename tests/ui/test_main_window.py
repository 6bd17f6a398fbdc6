"""The main window's list, actions, settings and start-up refusals."""
import pytest
from PySide6.QtWidgets import QMessageBox

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child, PlacementEnd
from bfpp_desktop.storage import children as store
from bfpp_desktop.ui.about_dialog import AboutDialog
from bfpp_desktop.ui.application import StartupRefused, start
from bfpp_desktop.ui.children.editor import ChildEditor
from placement_helpers import answer_placement_ended
from subprocess_helpers import lock_held_elsewhere


def _names(window):
    model = window.model
    return [child.display_name for i in range(model.rowCount())
            if (child := model.child_at(i)) is not None]   # not the groups' headings


def test_first_run_shows_the_welcome(make_window):
    window = make_window()
    assert window.ui.mainStack.currentWidget() is window.ui.welcomePage
    text = window.ui.welcomeText.text()
    assert "stays on this computer" in text
    assert window.ui.welcomeAddButton.text() == "Add a child…"
    assert not window.ui.actionDeleteChild.isEnabled()


def test_demo_family_is_listed_with_age_and_stage(make_window):
    window = make_window(demo=True)
    assert _names(window) == ["Amara", "Leo", "Maya"]
    assert "Stage 1" in window.model.index(2).data()
    assert "years old" in window.model.index(2).data()
    assert window.ui.mainStack.currentWidget() is window.ui.childPage


def test_archive_hides_then_show_archived_and_undo(make_window, monkeypatch):
    answer_placement_ended(monkeypatch, PlacementEnd.OTHER_MOVE)
    window = make_window(demo=True)
    window.select_child(window.model.child_at(_names(window).index("Leo")).id)
    window.ui.actionArchiveChild.trigger()
    assert "Leo" not in _names(window)
    window.ui.showArchived.setChecked(True)
    assert "Leo" in _names(window)
    window.ui.showArchived.setChecked(False)
    window.undo_action.trigger()
    assert "Leo" in _names(window)


def test_edit_can_be_undone(make_window, monkeypatch):
    window = make_window(demo=True)
    original = window.current_child()

    def fake_exec(dialog):
        dialog.ui.preferredNameEdit.setText("Mimi")
        dialog.ui.buttonBox.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ChildEditor, "exec", fake_exec)
    window.ui.actionEditChild.trigger()
    assert window.current_child().preferred_name == "Mimi"
    assert "edit" in window.undo_action.text().lower()
    window.undo_action.trigger()
    assert window.current_child().preferred_name == original.preferred_name
    assert store.get_child(window.context.db, original.id).preferred_name == original.preferred_name


def test_delete_names_what_goes_and_removes_after_confirming(make_window, monkeypatch):
    window = make_window(demo=True)
    seen = []

    def confirm(box):
        seen.append(box.text() + box.informativeText())
        delete = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        delete.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    child = window.current_child()
    window.ui.actionDeleteChild.trigger()
    assert child.full_name in seen[0]
    assert "cannot be undone" in seen[0]
    assert "Backups made before now still hold" in seen[0]   # deleted here, not there yet
    assert child.display_name not in _names(window)
    assert store.get_child(window.context.db, child.id) is None


def test_delete_cancelled_keeps_the_child(make_window, monkeypatch):
    window = make_window(demo=True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    count = window.model.rowCount()
    window.ui.actionDeleteChild.trigger()
    assert window.model.rowCount() == count


def test_window_size_and_last_child_are_remembered(make_window, data_dir):
    window = make_window(demo=True)
    window.resize(1000, 700)
    remembered = (window.width(), window.height())
    leo = next(c for c in store.list_children(window.context.db) if c.display_name == "Leo")
    window.select_child(leo.id)
    window.close()
    again = make_window()
    assert again.current_child().id == leo.id
    assert (again.width(), again.height()) == remembered == (1000, 700)


def test_second_copy_on_the_same_folder_is_refused(make_window, data_dir, no_modal):
    make_window()
    with pytest.raises(StartupRefused):
        start(data_dir)
    assert any("already open" in text for text in no_modal)


def test_window_refuses_to_start_while_another_process_has_the_folder(qtbot, data_dir,
                                                                     no_modal):
    with lock_held_elsewhere(data_dir):
        with pytest.raises(StartupRefused):
            start(data_dir)
    assert no_modal == ["Already open | The app is already open with this data folder. "
                        "Look for its window; only one copy at a time can keep the notes safe."]
    assert not paths.database_path(data_dir).exists()   # refused before opening the file


def test_command_line_beside_the_open_window_reads_but_does_not_write(make_window, data_dir,
                                                                     tmp_path, capsys):
    from bfpp_desktop.app import main
    window = make_window()
    store.add_child(window.context.db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    assert main(["--data-dir", str(data_dir), "--demo", "children"]) == 2
    assert "already open" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "children"]) == 0
    assert capsys.readouterr().out.split("\t")[1] == "Maya"
    out = tmp_path / "sheet.pdf"
    assert main(["--data-dir", str(data_dir), "print", "routine-sheet", "--child", "Maya",
                 "--out", str(out)]) == 0
    assert out.exists()
    assert [c.display_name for c in store.list_children(window.context.db)] == ["Maya"]
    window.close()
    assert main(["--data-dir", str(data_dir), "--demo", "children"]) == 0  # the lock went


@pytest.mark.parametrize("content", [b"", b"not a database, just words\n"])
def test_bad_database_file_shows_a_message_and_is_untouched(qtbot, data_dir, no_modal, content):
    db_file = paths.database_path(data_dir)
    db_file.write_bytes(content)
    with pytest.raises(StartupRefused):
        start(data_dir)
    assert no_modal and "Traceback" not in no_modal[0]
    assert db_file.read_bytes() == content


def test_about_shows_the_data_file_and_sources(qtbot, data_dir):
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    assert str(paths.database_path(data_dir)) in dialog.path_label.text()
    sources = dialog.sources.toPlainText()
    assert "Birth and Foster Parent Partnership: A Relationship Building Guide" in sources
    assert "Child Welfare Information Gateway" in sources


def test_ctrl_f_without_a_search_box_goes_to_the_list(make_window):
    window = make_window(demo=True)
    window.ui.actionFind.trigger()
    assert window.ui.childList.hasFocus() or window.focusWidget() is window.ui.childList


def test_long_names_and_emoji_fit_in_the_list(make_window, data_dir):
    window = make_window()
    child = store.add_child(window.context.db, Child(
        full_name="María-José Þórunn Nguyễn-Świątek de la Cruz 🌈", preferred_name=""))
    window.select_child(child.id)
    assert window.model.index(0).data().startswith("María-José")


def test_a_long_name_is_shortened_on_its_tab_and_an_ampersand_shows(make_window):
    window = make_window()
    db = window.context.db
    long = store.add_child(db, Child(full_name="María-José Þórunn Nguyễn-Świątek de la Cruz "
                                               "Fernández-Castellanos Ó'Súilleabháin"))
    window.select_child(long.id)
    tabs = window.ui.childTabs
    about = next(i for i in range(tabs.count()) if tabs.tabToolTip(i).startswith("About "))
    assert tabs.tabText(about).endswith("…")
    assert tabs.tabToolTip(about).endswith("Ó'Súilleabháin")
    both = store.add_child(db, Child(full_name="Jo & Sam"))
    window.select_child(both.id)
    assert tabs.tabText(about) == "About Jo && Sam"        # shown as "About Jo & Sam"


def test_selecting_a_child_fills_the_page_in_view_and_the_others_when_chosen(make_window,
                                                                             monkeypatch):
    window = make_window(demo=True)
    shown = []
    for page in window.pages:
        monkeypatch.setattr(page, "show_child", lambda child, p=page: shown.append((p, child)))
    other = next(c for c in store.list_children(window.context.db)
                 if c.id != window.current_child().id)
    window.select_child(other.id)
    tabs = window.ui.childTabs
    assert shown == [(tabs.currentWidget(), other)]    # one page, once: a quick switch
    for page in window.pages:
        tabs.setCurrentWidget(page)
    tabs.setCurrentIndex(0)                            # coming back shows nothing again
    assert sorted(id(p) for p, _child in shown) == sorted(id(p) for p in window.pages)
    assert all(child == other for _page, child in shown)
