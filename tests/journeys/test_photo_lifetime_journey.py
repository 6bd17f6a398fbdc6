"""A photo stays exactly as long as something holds it: a bridge-book page keeps its
photo after the journal entry goes, and a photo taken out before Save is not kept."""
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.photos import photo_path
from bfpp_desktop.ui.journal.page import JournalPage
from photo_samples import phone_jpeg


def _journal(window) -> JournalPage:
    return next(p for p in window.pages if isinstance(p, JournalPage))


def _select(window, name):
    for row in range(window.model.rowCount()):
        if window.model.child_at(row).display_name == name:
            window.select_child(window.model.child_at(row).id)
            return window.model.child_at(row)
    raise AssertionError(name)


def _close(editor) -> None:
    # Ends the window the way a working Close does (hidden, then deleted); the draft
    # was kept by the autosave first. (close() itself is being mended separately.)
    editor.done(QDialog.DialogCode.Rejected)


def test_a_bridge_book_photo_outlives_its_journal_entry(qtbot, make_window, data_dir,
                                                        no_modal, tmp_path):
    window = make_window(demo=True)
    maya = _select(window, "Maya")
    db = window.context.db
    page = book.page_by_number(db, maya.id, None)
    [on_page] = [p.file_name for p in page.photos]
    entry = next(e for e in (store.get_entry(db, s.id) for s in store.list_entries(db, maya.id))
                 if on_page in [p.file_name for p in e.photos])
    [only_in_journal] = [p.file_name for p in entry.photos if p.file_name != on_page]

    journal = _journal(window)
    window.ui.childTabs.setCurrentWidget(journal)
    journal.refresh(select_id=entry.id)
    journal.delete_entry()
    assert store.get_entry(db, entry.id) is None
    window.context.undo_stack.clear()        # the delete can no longer be undone

    assert photo_path(data_dir, maya.id, on_page).is_file()      # the parent's page keeps it
    assert not photo_path(data_dir, maya.id, only_in_journal).exists()
    options = printout("bridge-book").default_options(Paper.A4).copy(page_number=page.number)
    out = make_document(db, "bridge-book", maya, options, tmp_path / "page.pdf",
                        today=page.prepared_on)
    reader = PdfReader(out)
    text = " ".join(p.extract_text() for p in reader.pages)
    assert sum(len(p.images) for p in reader.pages) == 1
    assert "no longer in the app's folder" not in text


def test_a_photo_taken_out_before_save_is_not_kept(qtbot, make_window, data_dir, tmp_path):
    window = make_window(demo=True)
    leo = _select(window, "Leo")
    journal = _journal(window)
    window.action_new_entry.trigger()
    editor = journal.editors[-1]
    qtbot.keyClicks(editor.title, "Bath time")
    source = tmp_path / "IMG_0042.JPG"
    source.write_bytes(phone_jpeg(80, 60))
    qtbot.waitSignal(editor.add_photo_files([str(source)]).finished).wait()
    assert not editor.message.isVisibleTo(editor)
    [name] = [p.file_name for p in editor.photos()]
    added = photo_path(data_dir, leo.id, name)
    # The draft is kept while typing, with the photo in it...
    qtbot.waitUntil(lambda: name in str(store.load_draft(window.context.db, leo.id, None)))
    editor.photo_list.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name not in str(store.load_draft(window.context.db, leo.id, None)))
    assert added.is_file()            # held while the editor is open
    _close(editor)
    qtbot.waitUntil(lambda: not added.exists())
    assert source.is_file()
    assert "Bath time" in str(store.load_draft(window.context.db, leo.id, None))


def test_a_photo_left_in_an_unsaved_draft_stays_with_it(qtbot, make_window, data_dir, tmp_path):
    window = make_window(demo=True)
    leo = _select(window, "Leo")
    journal = _journal(window)
    window.action_new_entry.trigger()
    editor = journal.editors[-1]
    source = tmp_path / "IMG_0043.JPG"
    source.write_bytes(phone_jpeg(80, 60))
    qtbot.waitSignal(editor.add_photo_files([str(source)]).finished).wait()
    [name] = [p.file_name for p in editor.photos()]
    qtbot.waitUntil(lambda: name in str(store.load_draft(window.context.db, leo.id, None)))
    _close(editor)
    window.close()
    again = make_window()                       # start-up sweeps too
    _select(again, "Leo")
    assert photo_path(data_dir, leo.id, name).is_file()
    reopened = _journal(again).new_entry()
    assert [p.file_name for p in reopened.photos()] == [name]
