"""A caregiver presses Ctrl+N, writes a note with a summary, finds it, and it survives a restart."""
from PySide6.QtCore import Qt

from bfpp_desktop.ui.journal.page import JournalPage


def _journal(window) -> JournalPage:
    return next(p for p in window.pages if isinstance(p, JournalPage))


def _select(window, name):
    for row in range(window.model.rowCount()):
        if window.model.child_at(row).display_name == name:
            window.select_child(window.model.child_at(row).id)
            return
    raise AssertionError(name)


def test_write_find_and_keep_a_note(qtbot, make_window, data_dir):
    window = make_window(demo=True)
    _select(window, "Leo")
    page = _journal(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.childList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.editors))
    editor = page.editors[-1]
    qtbot.keyClicks(editor.title, "Bath time")
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Leo splashed and sang the dinosaur song twice before bed.")
    qtbot.keyClicks(editor.share, "Leo sang the dinosaur song you taught him!")
    with qtbot.waitSignal(editor.entry_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    window.ui.childTabs.setCurrentWidget(page)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.childList, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "dinosaur")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 found")
    assert "Bath time" in page.detail.toPlainText()
    assert page.model.summary_at(0).has_share_summary
    window.close()

    again = make_window()
    _select(again, "Leo")
    page = _journal(again)
    page.search.setText("splashed")
    page.refresh()
    qtbot.waitUntil(lambda: not page.searching)
    assert page.count_label.text() == "1 found"
    assert "Leo sang the dinosaur song" in page.detail.toPlainText()


def test_deleting_a_child_removes_their_photo_folder(qtbot, make_window, data_dir, no_modal,
                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    window = make_window(demo=True)
    _select(window, "Amara")
    folder = data_dir / "photos" / str(window.current_child().id)
    assert any(folder.iterdir())
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons()
                                         if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole))
    window._on_delete_child()
    assert not folder.exists()


def test_closing_the_app_mid_sentence_keeps_the_typing(qtbot, make_window):
    window = make_window(demo=True)
    _select(window, "Maya")
    page = _journal(window)
    window.action_new_entry.trigger()
    editor = page.editors[-1]
    qtbot.keyClicks(editor.title, "Half a thought")
    editor.notes.setPlainText("She asked whether the moon follows our car")
    window.close()   # straight away, before the autosave timer fires

    again = make_window()
    _select(again, "Maya")
    again.action_new_entry.trigger()
    editor = _journal(again).editors[-1]
    assert editor.draft_banner.isVisible()
    assert editor.title.text() == "Half a thought"
    assert "moon follows" in editor.notes.toPlainText()


def test_save_closes_the_editor_and_keeps_one_entry(qtbot, make_window):
    from bfpp_desktop.storage import journal as store
    from shiboken6 import isValid

    window = make_window(demo=True)
    _select(window, "Maya")
    child_id, db = window.current_child().id, window.context.db
    page = _journal(window)
    window.ui.childTabs.setCurrentWidget(page)
    before = store.count_entries(db, child_id)

    qtbot.mouseClick(window.ui.toolBar.widgetForAction(window.action_new_entry),
                     Qt.MouseButton.LeftButton)
    editor = page.editors[-1]
    qtbot.keyClicks(editor.title, "Puddle jumping")
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Maya found every puddle on the way home.")
    with qtbot.waitSignal(editor.entry_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(editor))          # closed and deleted
    assert page.editors == []

    def puddles():
        return [s for s in store.list_entries(db, child_id, limit=1000)
                if s.title.startswith("Puddle")]
    assert store.count_entries(db, child_id) == before + 1 and len(puddles()) == 1
    shown = [page.model.summary_at(r).title for r in range(page.model.rowCount())]
    assert shown.count("Puddle jumping") == 1

    page.refresh(select_id=saved.args[0])
    again = page.edit_entry()
    again.title.setText("Puddle jumping in red boots")
    qtbot.keyClick(again.title, Qt.Key.Key_Return)                # Enter does not save
    assert again.isVisible()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isValid(again))
    assert store.count_entries(db, child_id) == before + 1
    assert [s.title for s in puddles()] == ["Puddle jumping in red boots"]
    shown = [page.model.summary_at(r).title for r in range(page.model.rowCount())]
    assert shown.count("Puddle jumping in red boots") == 1 and "Puddle jumping" not in shown
