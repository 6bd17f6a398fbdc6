"""The entry editor when the computer lets it down: a full disk, odd pasted text. The
caregiver is told in plain words and never loses what is typed or already saved."""
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.journal.editor import EntryEditor


@pytest.fixture
def context(db, data_dir, qapp):
    return AppContext(db=db, data_dir=data_dir,
                      settings=QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat),
                      undo_stack=QUndoStack())


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya"))


@pytest.fixture
def open_editor(qtbot, context, child, today, no_modal):
    def _open():
        editor = EntryEditor(context, child, None, today=today)
        qtbot.addWidget(editor)
        editor.show()
        return editor
    return _open


def _fill_the_disk(db):
    """The database may not grow by a single page more, as on a full disk."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_while_saving_keeps_the_typing_and_what_was_saved(
        qtbot, open_editor, db, child, no_modal):
    earlier = [store.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 11, day), kind=EntryKind.NOTE,
        title=f"Day {day}", notes=f"What happened on day {day}.")) for day in (1, 2, 3)]
    editor = open_editor()
    qtbot.keyClicks(editor.title, "First swim")
    typed = "She put her face in the water and laughed. " * 400
    editor.notes.setPlainText(typed)
    _fill_the_disk(db)

    assert editor.save() is False
    assert any("disk is full" in text for text in no_modal), no_modal
    assert not any("went wrong" in text for text in no_modal), no_modal
    assert editor.isVisible()
    assert editor.title.text() == "First swim"
    assert editor.notes.toPlainText() == typed
    editor.save_draft()   # the autosave meets the same full disk, and says so calmly
    assert not any("went wrong" in text for text in no_modal), no_modal

    assert [store.get_entry(db, e.id) for e in earlier] == earlier
    assert store.count_entries(db, child.id) == 3
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    db.execute("PRAGMA max_page_count = 1073741823")   # space freed: the save goes through
    assert editor.save() is True
    assert store.count_entries(db, child.id) == 4


def test_pasted_half_of_a_character_pair_is_saved_not_an_error(
        qtbot, open_editor, db, child, no_modal):
    editor = open_editor()
    qtbot.keyClicks(editor.title, "Call")
    editor.notes.setPlainText("Her mum sent \ud83d love")
    assert editor.save() is True, no_modal
    assert no_modal == []
    saved = store.get_entry(db, store.list_entries(db, child.id)[0].id)
    assert saved.notes.startswith("Her mum sent ") and saved.notes.endswith(" love")
    saved.notes.encode("utf-8")   # whole characters only
