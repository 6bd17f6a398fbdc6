"""A caregiver presses Ctrl+N, writes a note with a summary, finds it, and it survives a restart."""
from PySide6.QtCore import Qt

from bfpp_desktop.ui.pages.journal import JournalPage


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
