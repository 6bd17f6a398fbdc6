"""The entry editor: saving, drafts, bad input and photos."""
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt
from PySide6.QtGui import QUndoStack

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, Outcome
from bfpp_desktop.demo.png import png_bytes
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
    return add_child(db, Child(full_name="Zoë Ångström 🌟"))


@pytest.fixture
def open_editor(qtbot, context, child, today, no_modal):
    def _open(entry=None):
        editor = EntryEditor(context, child, entry, today=today)
        qtbot.addWidget(editor)
        editor.show()
        return editor
    return _open


def test_quick_note_saves_and_clears_the_draft(qtbot, open_editor, db, child):
    editor = open_editor()
    qtbot.keyClicks(editor.title, "Bike ride")
    editor.notes.setPlainText("Rode without training wheels.")
    editor.share.setPlainText("She rode her bike alone!")
    editor.save_draft()
    with qtbot.waitSignal(editor.entry_saved) as saved:
        editor.save_button.click()
    entry = store.get_entry(db, saved.args[0])
    assert (entry.title, entry.notes, entry.share_summary) == (
        "Bike ride", "Rode without training wheels.", "She rode her bike alone!")
    assert entry.entry_date == date(2026, 11, 24)
    assert store.load_draft(db, child.id, None) is None


def test_closing_keeps_typing_as_a_draft_offered_back(qtbot, open_editor, db, child):
    editor = open_editor()
    editor.title.setText("Half written")
    editor.notes.setPlainText("She said the funniest thing")
    editor.close()
    assert not editor.isVisible()
    assert store.load_draft(db, child.id, None)["title"] == "Half written"
    again = open_editor()
    assert again.draft_banner.isVisible()
    assert again.title.text() == "Half written"
    assert "funniest" in again.notes.toPlainText()
    again.fresh_button.click()
    assert again.title.text() == "" and store.load_draft(db, child.id, None) is None


def test_autosave_runs_while_typing(qtbot, open_editor, db, child):
    editor = open_editor()
    qtbot.keyClicks(editor.title, "Typing")
    qtbot.waitUntil(lambda: store.load_draft(db, child.id, None) is not None, timeout=3000)


@pytest.mark.parametrize("field, value, words", [
    ("date", "2026-02-30", "does not exist"),
    ("time", "25:00", "hours:minutes"),
])
def test_bad_date_or_time_keeps_the_editor_open(open_editor, db, child, field, value, words):
    editor = open_editor()
    editor.title.setText("Keep me")
    getattr(editor, field).set_text(value) if field == "date" else editor.time.setText(value)
    assert editor.save() is False
    assert words in editor.message.text()
    assert editor.isVisible() and editor.title.text() == "Keep me"
    assert store.count_entries(db, child.id) == 0


def test_family_time_end_before_start(open_editor, db, child):
    editor = open_editor()
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.FAMILY_TIME))
    assert editor.visit_box.isVisibleTo(editor)
    editor.title.setText("Visit")
    editor.start_time.setText("11:00")
    editor.end_time.setText("10:00")
    assert editor.save() is False
    assert "end is before the start" in editor.message.text()
    editor.end_time.setText("12:15")
    editor.outcome.setCurrentIndex(editor.outcome.findData(Outcome.HAPPENED))
    assert editor.save() is True
    saved = store.list_entries(db, child.id)[0]
    assert store.get_entry(db, saved.id).family_time.minutes == 75


def test_huge_paste_is_refused_without_losing_text(open_editor):
    editor = open_editor()
    editor.notes.setPlainText("Already written")
    mime = QMimeData()
    mime.setText("x" * 5_000_000)
    editor.notes.insertFromMimeData(mime)
    assert editor.notes.toPlainText() == "Already written"
    assert "too long" in editor.message.text()


def test_privacy_is_shown_and_changes_with_a_summary(open_editor):
    editor = open_editor()
    assert "never leaves the app" in editor.privacy_label.text()
    editor.share.setPlainText("Hello")
    assert "Only the “to share” summary" in editor.privacy_label.text()


def test_photos_are_copied_and_a_text_file_is_refused(qtbot, open_editor, tmp_path, data_dir, db,
                                                      child):
    good = tmp_path / "smile.png"
    good.write_bytes(png_bytes(20, 10, (255, 0, 0), (0, 0, 255)))
    fake = tmp_path / "note.jpg"
    fake.write_text("hello")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage")
    editor = open_editor()
    qtbot.waitSignal(editor.add_photo_files([str(good), str(fake), str(broken)]).finished).wait()
    assert "not a JPEG or PNG" in editor.message.text()
    assert "broken.png seems damaged" in editor.message.text()
    assert editor.photo_list.count() == 1 and not editor.photo_list.item(0).icon().isNull()
    editor.title.setText("Photo day")
    assert editor.save()
    entry = store.get_entry(db, store.list_entries(db, child.id)[0].id)
    assert len(entry.photos) == 1 and entry.photos[0].shareable is False
    assert len(list((data_dir / "photos" / str(child.id)).iterdir())) == 1


def test_editing_an_entry_round_trips_every_field(open_editor, db, child):
    from bfpp_desktop.core.journal import FamilyTimeDetails, JournalEntry
    entry = store.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 5, 2), entry_time="09:00",
        kind=EntryKind.FAMILY_TIME, title="Zoo", notes="Lions", share_summary="Fun",
        participants=["Mom", "Gran"], mood_before=2, mood_after=5, went_well="All",
        follow_up="Call", follow_up_date=date(2026, 6, 1), tags=["zoo"],
        family_time=FamilyTimeDetails(Outcome.MOVED, "Agency", "09:00", "10:00", "Zoo",
                                      False, "Bus")))
    editor = open_editor(entry)
    assert editor.more.isVisibleTo(editor)
    editor.save()
    assert store.get_entry(db, entry.id) == entry


def test_photo_caption_and_sharing_tick_are_saved(qtbot, open_editor, tmp_path, db, child):
    from PySide6.QtCore import Qt
    good = tmp_path / "smile.png"
    good.write_bytes(png_bytes(20, 10, (255, 0, 0), (0, 0, 255)))
    editor = open_editor()
    qtbot.waitSignal(editor.add_photo_files([str(good)]).finished).wait()
    item = editor.photo_list.item(0)
    assert item.checkState() == Qt.CheckState.Unchecked   # private by default
    item.setText("First tooth")
    item.setCheckState(Qt.CheckState.Checked)
    editor.title.setText("Tooth")
    assert editor.save()
    photo = store.get_entry(db, store.list_entries(db, child.id)[0].id).photos[0]
    assert (photo.caption, photo.shareable) == ("First tooth", True)


def _circle(db, child):
    from bfpp_desktop.core.contacts import Contact, Role
    from bfpp_desktop.storage.contacts import add_contact
    mom = add_contact(db, Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT, child_ids=[child.id]))
    worker = add_contact(db, Contact(name="Dana Whitfield", role=Role.CASEWORKER,
                                     child_ids=[child.id]))
    return mom, worker


def test_people_are_ticked_from_the_childs_circle_beside_typed_names(qtbot, open_editor, db,
                                                                       child):
    from PySide6.QtCore import Qt
    mom, worker = _circle(db, child)
    editor = open_editor()
    assert editor.people.count() == 2
    assert "Rosa Ortiz · Birth parent" in [editor.people.item(i).text() for i in range(2)]
    editor.more_button.click()
    editor.people.item_for(mom.id).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(editor.participants, "Aunt Lulu, rosa ortiz")
    editor.title.setText("Park")
    assert editor.save()
    entry = store.get_entry(db, store.list_entries(db, child.id)[0].id)
    assert entry.participants == ["Rosa Ortiz", "Aunt Lulu"]
    assert entry.participant_contacts == {"Rosa Ortiz": mom.id}
    again = open_editor(entry)
    assert again.people.item_for(mom.id).checkState() == Qt.CheckState.Checked
    assert again.people.item_for(worker.id).checkState() == Qt.CheckState.Unchecked
    assert again.participants.text() == "Aunt Lulu"


def test_ticked_people_survive_in_the_draft(open_editor, db, child):
    from PySide6.QtCore import Qt
    mom, _ = _circle(db, child)
    editor = open_editor()
    editor.title.setText("Half written")
    editor.people.item_for(mom.id).setCheckState(Qt.CheckState.Checked)
    editor.close()
    again = open_editor()
    assert again.people.item_for(mom.id).checkState() == Qt.CheckState.Checked
    assert again.more.isVisibleTo(again)


def test_someone_taken_off_the_list_stays_linked_on_their_entries(open_editor, db, child):
    from bfpp_desktop.core.journal import JournalEntry
    from bfpp_desktop.storage.contacts import unlink_contact
    mom, _ = _circle(db, child)
    entry = store.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 5, 2), title="Call",
        participants=["Rosa Ortiz"], participant_contacts={"Rosa Ortiz": mom.id}))
    unlink_contact(db, mom.id, child.id)
    editor = open_editor(entry)
    assert editor.people.item_for(mom.id) is not None
    editor.save()
    assert store.get_entry(db, entry.id).participant_contacts == {"Rosa Ortiz": mom.id}


def test_without_people_saved_only_the_typed_names_show(open_editor):
    editor = open_editor()
    editor.more_button.click()
    assert not editor.people.isVisibleTo(editor)
    assert editor.participants.placeholderText() == "Names, separated by commas"


def _count(db, child) -> int:
    return len(store.list_entries(db, child.id))


def test_save_stores_the_entry_once_and_closes(qtbot, open_editor, db, child):
    editor = open_editor()
    qtbot.keyClicks(editor.title, "Bike ride")
    with qtbot.waitSignal(editor.entry_saved):
        editor.save_button.click()
    assert not editor.isVisible() and editor.result() == editor.DialogCode.Accepted
    editor.save()                                   # a second click or Ctrl+S a moment later
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert _count(db, child) == 1


def test_enter_in_a_one_line_field_does_not_save(qtbot, open_editor, db, child):
    editor = open_editor()
    qtbot.keyClicks(editor.title, "Still writing")
    for field in (editor.title, editor.time, editor.date.edit):
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert editor.isVisible() and _count(db, child) == 0


@pytest.mark.parametrize("way", ["close button", "escape", "window close"])
def test_every_way_out_closes_and_keeps_the_typing(qtbot, open_editor, db, child, way):
    editor = open_editor()
    qtbot.keyClicks(editor.title, "Half written")
    if way == "close button":
        editor.close_button.click()
    elif way == "escape":
        qtbot.keyClick(editor.title, Qt.Key.Key_Escape)
    else:
        editor.close()
    assert not editor.isVisible()
    assert store.load_draft(db, child.id, None)["title"] == "Half written"
    assert _count(db, child) == 0
