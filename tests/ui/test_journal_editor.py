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


@pytest.fixture
def slow_cleaner(monkeypatch):
    """photo_clean made to wait for *gate* and to note the thread each call runs on."""
    import threading

    from bfpp_desktop.storage import photos
    gate, threads, real = threading.Event(), [], photos.clean_picture

    def clean(data, kind):
        threads.append(threading.get_ident())
        gate.wait(10)
        return real(data, kind)
    monkeypatch.setattr(photos, "clean_picture", clean)
    return gate, threads


def _choose_photos(qtbot, editor, monkeypatch, paths):
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *_a, **_k: ([str(p) for p in paths], "")))
    editor.more_button.click()
    qtbot.mouseClick(editor.add_photo_button, Qt.MouseButton.LeftButton)


def test_added_photos_are_cleaned_off_the_gui_thread_and_shown_in_order(
        qtbot, open_editor, tmp_path, data_dir, child, monkeypatch, slow_cleaner):
    import threading

    from photo_samples import metadata_left, phone_jpeg
    from bfpp_desktop.storage.photos import photo_path
    gate, threads = slow_cleaner
    sources = []
    for i, size in enumerate(((40, 30), (30, 40), (50, 20))):
        sources.append(tmp_path / f"IMG_{i}.JPG")
        sources[-1].write_bytes(phone_jpeg(*size))
    editor = open_editor()
    _choose_photos(qtbot, editor, monkeypatch, sources)
    qtbot.waitUntil(lambda: len(threads) == 1)
    # The window answers while the first photo is being cleaned.
    assert "Adding photos… 1 of 3" in editor.photo_progress.text()
    assert not editor.add_photo_button.isEnabled() and editor.stop_photos_button.isVisible()
    editor.title.setText("Still typing")
    from PySide6.QtWidgets import QScrollArea
    editor.findChild(QScrollArea).ensureWidgetVisible(editor.stop_photos_button)
    editor.grab().save("/tmp/photo-import-running.png")
    gate.set()
    qtbot.waitUntil(editor.add_photo_button.isEnabled)
    assert threading.get_ident() not in threads and len(threads) == 3
    sizes = []
    for photo in editor.photos():
        data = photo_path(data_dir, child.id, photo.file_name).read_bytes()
        assert metadata_left(data) == []
        from PIL import Image
        import io
        sizes.append(Image.open(io.BytesIO(data)).size)
    assert sizes == [(40, 30), (30, 40), (50, 20)]
    assert not editor.photo_progress.isVisible() and not editor.message.isVisible()


def test_a_broken_photo_among_others_gets_its_message_and_the_rest_are_added(
        qtbot, open_editor, tmp_path, monkeypatch):
    from photo_samples import phone_jpeg
    good, broken, other = tmp_path / "a.jpg", tmp_path / "cracked.jpg", tmp_path / "c.jpg"
    good.write_bytes(phone_jpeg(40, 30))
    broken.write_bytes(b"\xff\xd8\xff" + b"not really a picture")
    other.write_bytes(phone_jpeg(30, 40))
    editor = open_editor()
    _choose_photos(qtbot, editor, monkeypatch, [good, broken, other])
    qtbot.waitUntil(editor.add_photo_button.isEnabled)
    assert editor.photo_list.count() == 2
    assert editor.message.text().count("seems damaged") == 1
    assert "cracked.jpg" in editor.message.text()


def test_stop_keeps_the_photo_being_added_and_skips_the_rest(
        qtbot, open_editor, tmp_path, monkeypatch, slow_cleaner):
    from photo_samples import phone_jpeg
    gate, threads = slow_cleaner
    sources = [tmp_path / f"{i}.jpg" for i in range(3)]
    for source in sources:
        source.write_bytes(phone_jpeg(20, 20))
    editor = open_editor()
    _choose_photos(qtbot, editor, monkeypatch, sources)
    qtbot.waitUntil(lambda: len(threads) == 1)
    qtbot.mouseClick(editor.stop_photos_button, Qt.MouseButton.LeftButton)
    assert "Stopping" in editor.photo_progress.text()
    gate.set()
    qtbot.waitUntil(editor.add_photo_button.isEnabled)
    assert editor.photo_list.count() == 1 and len(threads) == 1


def test_closing_the_editor_during_an_import_leaves_no_photo_behind(
        qtbot, context, child, today, no_modal, tmp_path, data_dir, monkeypatch, slow_cleaner):
    from PySide6.QtCore import QCoreApplication, QEvent
    from photo_samples import phone_jpeg
    gate, threads = slow_cleaner
    sources = [tmp_path / f"{i}.jpg" for i in range(3)]
    for source in sources:
        source.write_bytes(phone_jpeg(20, 20))
    editor = EntryEditor(context, child, today=today)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    _choose_photos(qtbot, editor, monkeypatch, sources)
    qtbot.waitUntil(lambda: len(threads) == 1)
    job = editor._photo_import
    editor.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.waitSignal(job.finished):
        gate.set()
    assert len(threads) == 1                      # stopped after the photo in hand
    folder = data_dir / "photos" / str(child.id)
    assert not folder.exists() or list(folder.iterdir()) == []
    assert context.photos.held() == set()


def test_an_incident_report_has_the_agency_fields_and_nothing_to_share(qtbot, open_editor, db,
                                                                       child):
    editor = open_editor()
    editor.kind.setCurrentIndex(editor.kind.findData(EntryKind.INCIDENT))
    assert editor.incident_box.isVisible() and not editor.visit_box.isVisible()
    assert not editor.share.isEnabled()
    assert "for you and the agency" in editor.privacy_label.text()
    qtbot.keyClicks(editor.title, "Fell off the swing")
    editor.notes.setPlainText("She fell from the swing. I think she was showing off.")
    assert editor.incident_box.opinion_hint.isVisible()
    assert "“i think”" in editor.incident_box.opinion_hint.text()
    editor.notes.setPlainText("She let go of the chains and fell onto the bark chips.")
    assert not editor.incident_box.opinion_hint.isVisible()
    for name, words in (("place", "Elm Park"), ("injuries", "Grazed left palm"),
                        ("told_who", "Dana (caseworker)"), ("told_when", "17:05 by phone")):
        qtbot.keyClicks(editor.incident_box.edits[name], words)
    editor.grab().save("/tmp/rec/incident-editor.png")
    with qtbot.waitSignal(editor.entry_saved) as saved:
        editor.save_button.click()
    entry = store.get_entry(db, saved.args[0])
    assert entry.kind is EntryKind.INCIDENT and entry.share_summary == ""
    assert (entry.incident.place, entry.incident.injuries, entry.incident.told_who,
            entry.incident.told_when) == ("Elm Park", "Grazed left palm", "Dana (caseworker)",
                                          "17:05 by phone")
    again = open_editor(entry)
    assert again.incident_box.edits["injuries"].text() == "Grazed left palm"
