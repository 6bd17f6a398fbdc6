"""The journal page: timeline, filters, search, follow-ups, chart, delete."""
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry, Outcome,
                                       Photo)
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage import photos
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.journal.timeline_model import TimelineModel
from bfpp_desktop.ui.journal.page import JournalPage


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya"))


@pytest.fixture
def page(qtbot, db, data_dir, child, today, no_modal):
    context = AppContext(db=db, data_dir=data_dir,
                         settings=QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat),
                         undo_stack=QUndoStack())
    widget = JournalPage(context, today=today)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _add(db, child, day, **kw):
    return store.add_entry(db, JournalEntry(child_id=child.id, entry_date=day, **kw))


def titles(page):
    return [page.model.summary_at(r).title for r in range(page.model.rowCount())]


def test_empty_journal_offers_the_first_entry(page, child):
    page.set_child(child)
    assert page.stack.currentIndex() == 1
    assert "journal is empty" in page.empty_title.text()


def test_filters_narrow_the_timeline(page, db, child):
    _add(db, child, date(2026, 1, 2), title="Dentist", kind=EntryKind.APPOINTMENT, tags=["health"])
    _add(db, child, date(2026, 3, 2), title="Reading", share_summary="She read!")
    _add(db, child, date(2026, 5, 2), title="Photo day", photos=[Photo("x.png")])
    page.set_child(child)
    assert titles(page) == ["Photo day", "Reading", "Dentist"]
    assert page.count_label.text() == "3 entries"
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(EntryKind.APPOINTMENT))
    page.refresh()
    assert titles(page) == ["Dentist"]
    page.clear_filters()
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("health"))
    page.refresh()
    assert titles(page) == ["Dentist"]
    page.clear_filters()
    page.with_share.setChecked(True)
    page.refresh()
    assert titles(page) == ["Reading"]
    page.clear_filters()
    page.with_photos.setChecked(True)
    page.refresh()
    assert titles(page) == ["Photo day"]
    page.clear_filters()
    page.from_date.set_text("2026-02-01")
    page.to_date.set_text("2026-04-01")
    page.refresh()
    assert titles(page) == ["Reading"]


def test_unreadable_filter_date_gives_a_message(page, db, child):
    _add(db, child, date(2026, 1, 2), title="One")
    page.set_child(child)
    page.from_date.set_text("2026-02-31")
    page.refresh()
    assert "does not exist" in page.filter_message.text()
    page.from_date.set_text("2026-05-01")
    page.to_date.set_text("2026-01-01")
    page.refresh()
    assert "before" in page.filter_message.text()


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "((", "a AND", "'"])
def test_search_with_odd_text_never_fails(qtbot, page, db, child, query, no_modal):
    _add(db, child, date(2026, 1, 2), title="One", notes="brave")
    page.set_child(child)
    page.search.setText(query)
    page.refresh()
    qtbot.waitUntil(lambda: not page.searching)
    assert no_modal == []
    assert page.count_label.text().startswith("Nothing matches")   # said, not "0 found"


def test_a_search_with_no_match_says_so_and_what_to_try(qtbot, page, db, child):
    _add(db, child, date(2026, 1, 2), title="Park", notes="swings")
    page.set_child(child)
    page.search.setText("zebra")
    page.refresh()
    qtbot.waitUntil(lambda: not page.searching)
    words = page.count_label.text()
    assert "zebra" in words and "Try" in words and "Show all" in words


def test_search_shows_highlighted_matches(qtbot, page, db, child):
    _add(db, child, date(2026, 1, 2), title="Zoo", notes="We saw a very sleepy giraffe today")
    _add(db, child, date(2026, 1, 3), title="Park", notes="Swings")
    page.set_child(child)
    qtbot.keyClicks(page.search, "giraffe")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 found")
    row = page.model.summary_at(0)
    assert "<b><u>giraffe</u></b>" in page.model.preview_html(row)
    assert "Private notes" in page.detail.toPlainText()


def test_detail_marks_privacy_and_shows_the_summary_apart(page, db, child):
    _add(db, child, date(2026, 1, 2), title="Call", notes="private bit", share_summary="shared bit")
    page.set_child(child)
    text = page.detail.toPlainText()
    assert "Only the “to share” summary" in text
    assert text.index("shared bit") < text.index("Private notes") < text.index("private bit")


def test_follow_up_can_be_ticked_done(qtbot, page, db, child):
    entry = _add(db, child, date(2026, 1, 2), title="Call", follow_up="Ask about shoes",
                 follow_up_date=date(2026, 11, 20))
    page.set_child(child)
    item = page.follow_ups.item(0)
    assert "Ask about shoes" in item.text() and "due" in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.follow_ups.item(0).data(Qt.ItemDataRole.UserRole + 1) is None)
    assert store.get_entry(db, entry.id).follow_up_done


def test_chart_gets_the_months(page, db, child):
    _add(db, child, date(2026, 11, 2), title="Visit", kind=EntryKind.FAMILY_TIME,
         family_time=FamilyTimeDetails(Outcome.HAPPENED, start_time="10:00", end_time="11:00"))
    page.set_child(child)
    assert len(page.chart.months) == 12 and page.chart.months[-1].count == 1
    assert "1 visit, 1 hours" in page.chart_caption.text()
    page.chart.grab()  # paints without error


def _photo(data_dir, child, tmp_path, colour=(1, 2, 3)):
    source = tmp_path / "p.png"
    source.write_bytes(png_bytes(4, 4, colour, (4, 5, 6)))
    return photos.import_photo(data_dir, child.id, source)


def test_delete_removes_entry_and_its_photo_file(page, db, data_dir, child, tmp_path):
    name = _photo(data_dir, child, tmp_path)
    _add(db, child, date(2026, 1, 2), title="Pic", photos=[Photo(name)])
    page.set_child(child)
    page.delete_entry()
    assert store.count_entries(db, child.id) == 0
    # The file waits while the delete can still be undone, and goes when it cannot.
    assert photos.photo_path(data_dir, child.id, name).exists()
    page.context.undo_stack.clear()
    assert not photos.photo_path(data_dir, child.id, name).exists()


def test_undo_brings_a_deleted_entry_back_whole(page, db, data_dir, child, tmp_path, no_modal):
    name = _photo(data_dir, child, tmp_path)
    kept = _add(db, child, date(2026, 1, 2), title="Pic", notes="zoo day", tags=["outing"],
                participants=["Grandma Denise"], photos=[Photo(name, caption="giraffe")])
    page.set_child(child)
    page.delete_entry()
    assert "Ctrl+Z" in no_modal[-1]
    assert page.stack.currentIndex() == 1
    page.context.undo_stack.undo()
    assert store.get_entry(db, kept.id) == kept
    assert titles(page) == ["Pic"] and page.current_entry_id() == kept.id
    assert page.tag_filter.findData("outing") >= 0
    page.context.undo_stack.redo()
    assert store.count_entries(db, child.id) == 0
    page.context.undo_stack.undo()
    page.context.undo_stack.clear()  # undone, then forgotten: the entry keeps its photo
    assert photos.photo_path(data_dir, child.id, name).exists()


def test_undo_restores_an_edited_entry_and_its_dropped_photo(qtbot, page, db, data_dir, child,
                                                             tmp_path):
    old = _photo(data_dir, child, tmp_path)
    before = _add(db, child, date(2026, 1, 2), title="Zoo", photos=[Photo(old)])
    page.set_child(child)
    editor = page.edit_entry()
    editor.title.setText("Zoo with Leo")
    editor.photo_list.clear()
    source = tmp_path / "new.png"
    source.write_bytes(png_bytes(4, 4, (9, 9, 9), (4, 5, 6)))
    qtbot.waitSignal(editor.add_photo_files([str(source)]).finished).wait()
    assert not editor.message.isVisibleTo(editor)
    assert editor.save()
    [new] = [p.file_name for p in store.get_entry(db, before.id).photos]
    assert new != old
    assert titles(page) == ["Zoo with Leo"]
    assert photos.photo_path(data_dir, child.id, old).exists()  # the undo still needs it
    page.context.undo_stack.undo()
    assert store.get_entry(db, before.id).title == "Zoo"
    assert [p.file_name for p in store.get_entry(db, before.id).photos] == [old]
    assert titles(page) == ["Zoo"]
    page.context.undo_stack.redo()
    assert titles(page) == ["Zoo with Leo"]
    page.context.undo_stack.clear()  # the edit stays: the dropped photo file goes
    assert not photos.photo_path(data_dir, child.id, old).exists()
    assert photos.photo_path(data_dir, child.id, new).exists()


def test_timeline_fetches_lazily(qtmodeltester, db, child):
    for i in range(400):
        _add(db, child, date(2020, 1, 1), title=f"e{i}")
    model = TimelineModel()
    model.set_rows(lambda o, n: store.list_entries(db, child.id, limit=n, offset=o), 400)
    assert model.rowCount() < 400 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 400
    qtmodeltester.check(model)


def test_a_second_ctrl_n_opens_a_fresh_editor_offering_the_open_draft(page, db, child):
    page.set_child(child)
    first = page.new_entry()
    first.title.setText("Half written")
    second = page.new_entry()
    assert second is not first and not first.isVisible() and second.isVisible()
    assert second.draft_banner.isVisibleTo(second) and second.title.text() == "Half written"
    second.fresh_button.click()
    assert page.new_entry() is not second and not second.isVisible()
    _add(db, child, date(2026, 1, 2), title="Old")
    page.refresh()
    assert page.edit_entry() is not first


def test_many_search_results_say_only_the_newest_are_shown(qtbot, page, db, child):
    store.add_entries(db, [JournalEntry(child_id=child.id, entry_date=date(2026, 1, 1),
                                        title="x", notes="common") for _ in range(210)])
    page.set_child(child)
    page.search.setText("common")
    page.refresh()
    qtbot.waitUntil(lambda: not page.searching)
    assert page.model.total == 200 and "newest 200" in page.count_label.text()


def test_search_runs_in_the_worker_on_its_own_connection(qtbot, page, db, child, monkeypatch):
    import threading
    _add(db, child, date(2026, 1, 2), title="Zoo", notes="giraffe")
    seen = []
    real = store.search

    def spy(conn, *args, **kwargs):
        seen.append((threading.current_thread() is threading.main_thread(), conn is db))
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(store, "search", spy)
    page.set_child(child)
    page.search.setText("giraffe")
    with qtbot.waitSignal(page.search_signals.found) as blocker:
        page.refresh()
        assert page.count_label.text() == "Searching…"
    assert [s.title for s in blocker.args[1]] == ["Zoo"]
    assert seen == [(False, False)]  # not the GUI thread, not the GUI's connection
    assert titles(page) == ["Zoo"] and page.count_label.text() == "1 found"


def test_a_search_overtaken_by_typing_is_ignored(qtbot, page, db, child, monkeypatch):
    import threading
    _add(db, child, date(2026, 1, 2), title="Zoo", notes="giraffe")
    _add(db, child, date(2026, 1, 3), title="Park", notes="swings")
    gates = {"giraffe": threading.Event(), "swings": threading.Event()}
    real = store.search

    def held(conn, child_id, text, *args, **kwargs):
        gates[text].wait(10)
        return real(conn, child_id, text, *args, **kwargs)

    monkeypatch.setattr(store, "search", held)
    page.set_child(child)
    try:
        page.search.setText("giraffe")
        page.refresh()
        page.search.setText("swings")
        page.refresh()
        with qtbot.waitSignal(page.search_signals.found,
                              check_params_cb=lambda seq, rows: rows and rows[0].title == "Zoo"):
            gates["giraffe"].set()
        assert page.count_label.text() == "Searching…"
        assert titles(page) == ["Park", "Zoo"]  # still the listing from before the search
        gates["swings"].set()
        qtbot.waitUntil(lambda: not page.searching)
        assert titles(page) == ["Park"] and page.count_label.text() == "1 found"
    finally:
        for gate in gates.values():
            gate.set()


def test_a_search_shows_the_entry_it_selects_once(qtbot, page, db, child, monkeypatch):
    """Selecting the first match used to fill the detail twice (Qt's signal, then again
    by hand): the same work, in the time a search takes to show."""
    _add(db, child, date(2026, 1, 2), title="Zoo", notes="a sleepy giraffe")
    _add(db, child, date(2026, 1, 3), title="Park", notes="a giraffe on the slide")
    page.set_child(child)
    shown = []
    monkeypatch.setattr(page.detail, "show_entry", shown.append)
    page.search.setText("giraffe")
    page.refresh()
    qtbot.waitUntil(lambda: not page.searching)
    assert [entry.title for entry in shown] == ["Park"]
    shown.clear()
    page.refresh()   # the same row again: Qt says nothing, so the page shows it itself
    qtbot.waitUntil(lambda: not page.searching)
    assert [entry.title for entry in shown] == ["Park"]
