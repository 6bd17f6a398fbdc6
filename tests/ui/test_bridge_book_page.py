"""The Bridge book tab: the demo thread, private things unticked, missing photos,
a failed save that keeps what was typed, and a scanned reply."""
from datetime import date

import pytest
from sqlite_errors import disk_full_error
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry, Photo
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage.children import add_child, list_children
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import child_photo_dir, photo_path, store_photo_bytes
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.bridge.page import BridgeBookPage

TODAY = date(2026, 11, 24)


@pytest.fixture
def context(db, data_dir):
    settings = QSettings(str(data_dir / paths.SETTINGS_FILENAME), QSettings.Format.IniFormat)
    return AppContext(db=db, data_dir=data_dir, settings=settings, undo_stack=QUndoStack())


@pytest.fixture
def page(qtbot, context):
    widget = BridgeBookPage(context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def _demo(db, data_dir) -> dict:
    fill_if_empty(db, data_dir, TODAY)
    return {c.display_name: c for c in list_children(db)}


def _texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def _a_saved_page(page, maya) -> None:
    """The bridge book on Maya, with one page written and saved."""
    page.set_child(maya)
    editor = page.prepare_next_page()
    editor.letter.setPlainText("Hello Rosa")
    editor.save()


def _scan(tmp_path, width, height, colour=(250, 250, 240)):
    """A photographed reply: a small PNG in the caregiver's own folder."""
    scan = tmp_path / "scan.png"
    scan.write_bytes(png_bytes(width, height, colour, (200, 200, 190)))
    return scan


def test_demo_thread_reads_like_a_conversation(page, db, data_dir):
    family = _demo(db, data_dir)
    page.set_child(family["Maya"])
    assert len(page.thread.findChildren(QFrame, "ourPage")) == 3
    assert len(page.thread.findChildren(QFrame, "theirReply")) == 2
    waiting = page.thread.findChild(QLabel, "waiting3")
    assert waiting is not None and "Rosa" in waiting.text()
    assert "Los Pollitos" in _texts(page.thread)
    page.set_child(family["Amara"])
    assert page.thread.findChild(QLabel, "emptyState") is not None
    assert page.thread.findChildren(QFrame, "ourPage") == []


def test_missing_photo_shows_a_placeholder(page, db, data_dir):
    family = _demo(db, data_dir)
    newest = book.list_pages(db, family["Maya"].id)[-1]
    photo_path(data_dir, newest.child_id, newest.photos[0].file_name).unlink()
    page.set_child(family["Maya"])
    assert "Photo not found" in _texts(page.thread)


@pytest.fixture
def maya(db, data_dir):
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    shared = store_photo_bytes(data_dir, child.id, png_bytes(30, 20, (200, 0, 0), (0, 0, 200)))
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 22), title="Park",
                               share_summary="Slide!", photos=[
                                   Photo(shared, caption="Slide", shareable=True),
                                   Photo("gone.png", caption="Deleted file")]))
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 23),
                               kind=EntryKind.MILESTONE, title="Lost a tooth"))
    return child


def test_private_things_start_unticked_and_say_so(page, maya, db):
    page.set_child(maya)
    editor = page.prepare_next_page()
    labels = [editor.news.item(i).text() for i in range(editor.news.count())]
    states = [editor.news.item(i).checkState() for i in range(editor.news.count())]
    # The milestone with no "to share" words is not offered at all (issue 12).
    assert states == [Qt.CheckState.Checked]
    assert not any("Lost a tooth" in label for label in labels)
    photo_texts = [editor.photos.item(i).text() for i in range(editor.photos.count())]
    assert "Photo not found" in photo_texts[1] and "Private" in photo_texts[1]
    editor.letter.setPlainText("Hello")
    editor.save()
    saved = book.list_pages(db, maya.id)[0]
    assert [s.text for s in saved.summaries] == ["Slide!"] and saved.photos == []


def test_failed_save_keeps_the_editor_and_its_text(page, maya, monkeypatch, no_modal):
    page.set_child(maya)
    editor = page.prepare_next_page()
    editor.letter.setPlainText("A long letter I do not want to lose")

    def broken(*_args):
        raise disk_full_error()
    monkeypatch.setattr(book, "add_page", broken)
    editor.save()
    assert editor.isVisible() and no_modal
    assert editor.letter.toPlainText() == "A long letter I do not want to lose"


def test_a_scanned_reply_is_kept_with_the_page(qtbot, page, maya, db, data_dir, tmp_path,
                                               monkeypatch):
    _a_saved_page(page, maya)
    dialog = page.record_reply(page.pages[0].id)
    scan = _scan(tmp_path, 50, 70, (250, 250, 240))
    qtbot.waitSignal(dialog.add_scan(scan).finished).wait()
    dialog.save()
    saved = book.list_pages(db, maya.id)[0]
    assert saved.reply_photo and photo_path(data_dir, maya.id, saved.reply_photo).is_file()
    assert saved.reply_on == TODAY
    assert len(page.thread.findChildren(QFrame, "theirReply")) == 1
    assert page.filing_dialog is None          # no answers, nothing to file


def test_undo_and_redo_a_new_page_and_a_reply(page, maya, db, context):
    _a_saved_page(page, maya)
    dialog = page.record_reply(page.pages[0].id)
    dialog.reply_text.setPlainText("Gracias")
    dialog.save()
    assert book.list_pages(db, maya.id)[0].reply_text == "Gracias"
    context.undo_stack.undo()
    assert book.list_pages(db, maya.id)[0].reply_text == ""
    assert page.thread.findChild(QLabel, "waiting1") is not None
    context.undo_stack.undo()
    assert book.list_pages(db, maya.id) == [] and page.pages == []
    context.undo_stack.redo()
    context.undo_stack.redo()
    pages = book.list_pages(db, maya.id)
    assert [(p.number, p.letter, p.reply_text) for p in pages] == [(1, "Hello Rosa", "Gracias")]


def test_ticking_something_private_asks_first(page, maya, db, monkeypatch):
    page.set_child(maya)
    editor = page.prepare_next_page()
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers[0])
    editor.tick(editor.photos, 1)                     # the private photo: declined
    assert editor.photos.item(1).checkState() == Qt.CheckState.Unchecked
    answers[0] = QMessageBox.StandardButton.Ok
    editor.tick(editor.photos, 1)                     # the private photo: confirmed
    answers[0] = None                                 # any question now would decline
    editor.tick(editor.photos, 0)                     # shareable: no question asked
    editor.photos_checked.setChecked(True)
    editor.save()
    saved = book.list_pages(db, maya.id)[0]
    assert [s.text for s in saved.summaries] == ["Slide!"]
    assert [p.caption for p in saved.photos] == ["Slide", "Deleted file"]


def test_a_cancelled_scan_is_not_kept(qtbot, page, maya, db, data_dir, tmp_path):
    _a_saved_page(page, maya)
    dialog = page.record_reply(page.pages[0].id)
    scan = _scan(tmp_path, 20, 20, (250, 250, 240))
    qtbot.waitSignal(dialog.add_scan(scan).finished).wait()
    kept = photo_path(data_dir, maya.id, dialog.reply_photo)
    assert kept.is_file()
    dialog.reject()
    assert not kept.exists() and book.list_pages(db, maya.id)[0].reply_photo == ""


def test_a_replaced_scan_waits_for_the_undo_and_goes_with_it(qtbot, page, maya, db, data_dir,
                                                            tmp_path, context):
    _a_saved_page(page, maya)
    names = []
    for colour in ((250, 250, 240), (10, 10, 10)):
        dialog = page.record_reply(page.pages[0].id)
        scan = _scan(tmp_path, 20, 20, colour)
        qtbot.waitSignal(dialog.add_scan(scan).finished).wait()
        names.append(dialog.reply_photo)
        dialog.save()
    first, second = (photo_path(data_dir, maya.id, n) for n in names)
    assert first.is_file() and second.is_file()       # Ctrl+Z can bring the first back
    context.undo_stack.undo()
    assert book.list_pages(db, maya.id)[0].reply_photo == names[0]
    context.undo_stack.clear()                        # the second can no longer be redone
    assert first.is_file() and not second.exists()


def test_a_damaged_scan_gets_the_plain_message_and_the_dialog_stays_usable(
        qtbot, page, maya, tmp_path, no_modal):
    _a_saved_page(page, maya)
    dialog = page.record_reply(page.pages[0].id)
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"only half copied")
    job = dialog.add_scan(scan)
    assert not dialog.add_scan_button.isEnabled() and dialog.scan_progress.isVisibleTo(dialog)
    qtbot.waitSignal(job.finished).wait()
    assert any("scan.jpg seems damaged" in text for text in no_modal)
    assert dialog.reply_photo == "" and dialog.add_scan_button.isEnabled()


def test_a_scan_arriving_after_cancel_is_not_kept(qtbot, page, maya, db, data_dir, tmp_path):
    _a_saved_page(page, maya)
    dialog = page.record_reply(page.pages[0].id)
    scan = _scan(tmp_path, 20, 20, (250, 250, 240))
    before = set(child_photo_dir(data_dir, maya.id).glob("*"))
    job = dialog.add_scan(scan)
    dialog.reject()                                   # before the copy came back
    qtbot.waitSignal(job.finished).wait()
    assert dialog.reply_photo == ""
    assert set(child_photo_dir(data_dir, maya.id).glob("*")) == before
    assert book.list_pages(db, maya.id)[0].reply_photo == ""
