"""Journal storage: saving, filters, search with odd queries, sums and drafts."""
from datetime import date

import pytest

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry,
                                       JournalFilter, Outcome, Photo, validate_entry)
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage import journal, photos
from bfpp_desktop.storage.children import add_child, delete_child, related_counts
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.photo_sweep import sweep
from photo_samples import phone_jpeg
from readonly import read_only_folder


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya Rodríguez"))


def _entry(child, day=date(2026, 11, 1), **kw):
    return JournalEntry(child_id=child.id, entry_date=day, **kw)


def test_round_trip_keeps_every_field(db, child):
    entry = _entry(child, kind=EntryKind.FAMILY_TIME, title="Park with Mom", entry_time="10:00",
                   notes="We fed the ducks.\n\n- swings\n- snack", share_summary="Maya laughed a lot.",
                   participants=["Mom", "Caseworker Ana"], mood_before=2, mood_before_words="quiet",
                   mood_after=4, mood_after_words="chatty", went_well="Goodbye was calm",
                   follow_up="Ask about a longer visit", follow_up_date=date(2026, 11, 20),
                   tags=["park", "mom"], photos=[Photo("a.png", caption="ducks")],
                   family_time=FamilyTimeDetails(Outcome.HAPPENED, "", "10:00", "11:30",
                                                 "City park", True, "We drove"))
    saved = journal.add_entry(db, entry)
    assert saved.id is not None
    assert saved.copy(id=None, photos=[]) == entry.copy(tags=["mom", "park"], photos=[])
    assert saved.photos[0].file_name == "a.png" and saved.photos[0].shareable is False
    assert saved.family_time.minutes == 90


def test_update_reports_dropped_photos_and_delete_returns_files(db, child):
    saved = journal.add_entry(db, _entry(child, title="x", photos=[Photo("a.png"), Photo("b.png")]))
    dropped = journal.update_entry(db, saved.copy(photos=saved.photos[:1], title="y"))
    assert dropped == ["b.png"]
    assert journal.get_entry(db, saved.id).title == "y"
    assert journal.delete_entry(db, saved.id) == ["a.png"]
    assert journal.get_entry(db, saved.id) is None


def test_list_is_newest_first_and_filters(db, child):
    journal.add_entry(db, _entry(child, date(2026, 1, 5), title="old", tags=["school"]))
    journal.add_entry(db, _entry(child, date(2026, 6, 5), title="mid", share_summary="hi",
                                 photos=[Photo("p.png")]))
    journal.add_entry(db, _entry(child, date(2026, 9, 5), title="new", kind=EntryKind.MILESTONE))
    titles = lambda f=None: [s.title for s in journal.list_entries(db, child.id, f)]  # noqa: E731
    assert titles() == ["new", "mid", "old"]
    assert titles(JournalFilter(kinds=(EntryKind.MILESTONE,))) == ["new"]
    assert titles(JournalFilter(tag="School")) == ["old"]
    assert titles(JournalFilter(has_photos=True)) == ["mid"]
    assert titles(JournalFilter(has_share_summary=True)) == ["mid"]
    assert titles(JournalFilter(start=date(2026, 2, 1), end=date(2026, 7, 1))) == ["mid"]
    assert journal.count_entries(db, child.id) == 3
    assert [s.title for s in journal.list_entries(db, child.id, limit=1, offset=1)] == ["mid"]


def test_search_finds_words_in_notes_and_highlights(db, child):
    journal.add_entry(db, _entry(child, title="Dentist", notes="She was brave at the dentist and "
                                 "chose a purple toothbrush afterwards."))
    journal.add_entry(db, _entry(child, title="Café visit", notes="Hot chocolate"))
    found = journal.search(db, child.id, "purple")
    assert [s.title for s in found] == ["Dentist"]
    assert f"{journal.MATCH_START}purple{journal.MATCH_END}" in found[0].preview
    plain = lambda t: t.replace(journal.MATCH_START, "").replace(journal.MATCH_END, "")  # noqa: E731
    assert [plain(s.title) for s in journal.search(db, child.id, "cafe")] == ["Café visit"]
    assert [s.title for s in journal.search(db, child.id, "tooth")] == ["Dentist"]  # prefix


@pytest.mark.parametrize("query", ['"', '"unbalanced', "*", "a*b", "NEAR", "NEAR(a b)", "(",
                                   "((brave", "AND", "OR NOT", "-", "col:brave", "^", "'; drop",
                                   "  ", "", "😀", "x" * 5000])
def test_search_never_errors_on_odd_queries(db, child, query):
    journal.add_entry(db, _entry(child, title="t", notes="brave NEAR the door"))
    result = journal.search(db, child.id, query)
    assert isinstance(result, list)


def test_fts_syntax_words_are_searched_as_words(db, child):
    journal.add_entry(db, _entry(child, title="t", notes="brave NEAR the door"))
    assert len(journal.search(db, child.id, "near door")) == 1
    assert len(journal.search(db, child.id, '"brave')) == 1


def test_search_follows_updates_and_deletes(db, child):
    saved = journal.add_entry(db, _entry(child, title="t", notes="apples"))
    journal.update_entry(db, saved.copy(notes="pears"))
    assert journal.search(db, child.id, "apples") == []
    assert len(journal.search(db, child.id, "pears")) == 1
    journal.delete_entry(db, saved.id)
    assert journal.search(db, child.id, "pears") == []


def test_shareable_summaries_hold_only_the_to_share_text(db, child):
    journal.add_entry(db, _entry(child, date(2026, 3, 1), title="Private only",
                                 notes="SECRET worry about court"))
    journal.add_entry(db, _entry(child, date(2026, 3, 2), title="Both",
                                 notes="SECRET caseworker said", share_summary="Maya read a book."))
    shared = journal.shareable_summaries(db, child.id, date(2026, 1, 1), date(2026, 12, 31))
    assert [s.text for s in shared] == ["Maya read a book."]
    assert "SECRET" not in repr(shared)
    assert journal.shareable_summaries(db, child.id, date(2026, 4, 1), None) == []


def test_entry_is_private_unless_a_summary_was_written(child):
    entry = _entry(child, notes="private", share_summary="   ")
    assert entry.shareable_text() is None and not entry.has_share_summary
    assert _entry(child, share_summary=" Hi ").shareable_text() == "Hi"
    assert Photo("x.png").shareable is False


def test_family_time_by_month_counts_only_what_happened(db, child, today):
    def visit(day, outcome, start="10:00", end="12:00"):
        journal.add_entry(db, _entry(child, day, kind=EntryKind.FAMILY_TIME, title="Visit",
                                     family_time=FamilyTimeDetails(outcome, "", start, end)))
    visit(date(2026, 11, 3), Outcome.HAPPENED)
    visit(date(2026, 11, 10), Outcome.HAPPENED, "09:00", "09:30")
    visit(date(2026, 11, 17), Outcome.CANCELLED)
    visit(date(2025, 10, 1), Outcome.HAPPENED)   # older than a year
    months = journal.family_time_by_month(db, child.id, today)
    assert len(months) == 12 and (months[0].year, months[0].month) == (2025, 12)
    assert (months[-1].count, months[-1].minutes) == (2, 150)
    assert sum(m.count for m in months) == 2


def test_follow_ups_and_upcoming_family_time(db, child, today):
    due = journal.add_entry(db, _entry(child, title="a", follow_up="Call school",
                                       follow_up_date=date(2026, 11, 25)))
    journal.add_entry(db, _entry(child, title="b", follow_up="Later", follow_up_date=date(2027, 3, 1)))
    journal.add_entry(db, _entry(child, title="c", follow_up="Someday"))
    assert [f.text for f in journal.due_follow_ups(db, child.id, today)] == ["Call school"]
    assert [f.text for f in journal.open_follow_ups(db, child.id)] == ["Call school", "Later", "Someday"]
    journal.set_follow_up_done(db, due.id, True)
    assert journal.due_follow_ups(db, child.id, today) == []
    journal.add_entry(db, _entry(child, date(2026, 12, 1), kind=EntryKind.FAMILY_TIME, title="Next",
                                 family_time=FamilyTimeDetails(Outcome.PLANNED, place="Library")))
    assert [e.title for e in journal.upcoming_family_time(db, child.id, today)] == ["Next"]


def test_drafts_round_trip(db, child):
    assert journal.load_draft(db, child.id, None) is None
    journal.save_draft(db, child.id, None, {"notes": "half a thought ✨"})
    assert journal.load_draft(db, child.id, None) == {"notes": "half a thought ✨"}
    journal.discard_draft(db, child.id, None)
    assert journal.load_draft(db, child.id, None) is None


def test_deleting_child_removes_entries_and_photo_files(db, data_dir, child, tmp_path):
    source = tmp_path / "pic.png"
    source.write_bytes(png_bytes(4, 4, (0, 0, 0), (255, 255, 255)))
    name = photos.import_photo(data_dir, child.id, source)
    journal.add_entry(db, _entry(child, title="t", photos=[Photo(name)]))
    journal.save_draft(db, child.id, None, {"notes": "x"})
    assert related_counts(db, child.id) == {"journal_entries": 1, "journal_drafts": 1}
    delete_child(db, child.id)
    sweep(db, data_dir)
    assert db.execute("select count(*) from journal_photos").fetchone()[0] == 0
    assert not photos.child_photo_dir(data_dir, child.id).exists()
    assert source.exists()  # the original is never touched


def test_import_photo_checks_the_bytes_not_the_name(data_dir, tmp_path):
    fake = tmp_path / "holiday.jpg"
    fake.write_text("not a picture")
    with pytest.raises(KnownError, match="not a JPEG or PNG"):
        photos.import_photo(data_dir, 1, fake)
    with pytest.raises(KnownError):
        photos.import_photo(data_dir, 1, tmp_path / "missing.png")
    jpeg = tmp_path / "x.jpeg"
    jpeg.write_bytes(phone_jpeg())
    assert photos.import_photo(data_dir, 1, jpeg).endswith(".jpg")
    # Only a JPEG's first bytes: it cannot be opened, so it is refused, not stored.
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 20)
    with pytest.raises(KnownError, match="damaged"):
        photos.import_photo(data_dir, 1, jpeg)


def test_read_only_photo_folder_gives_a_plain_message(data_dir, tmp_path):
    source = tmp_path / "pic.png"
    source.write_bytes(png_bytes(2, 2, (0, 0, 0), (0, 0, 0)))
    # read_only_folder also stops root (the immutable flag), so this runs in CI too.
    with read_only_folder(photos.child_photo_dir(data_dir, 1)):
        with pytest.raises(KnownError, match="not allowed to save"):
            photos.import_photo(data_dir, 1, source)


def test_validation_messages(child):
    assert "title" in validate_entry(_entry(child))
    assert validate_entry(_entry(child, title="ok")) == {}
    assert "notes" in validate_entry(_entry(child, title="t", notes="x" * 5_000_000))
    bad = _entry(child, title="t", family_time=FamilyTimeDetails(start_time="11:00", end_time="10:00"))
    assert validate_entry(bad) == {"end_time": "The end is before the start."}
    assert "entry_time" in validate_entry(_entry(child, title="t", entry_time="25:99"))


def test_add_entries_in_bulk(db, child):
    journal.add_entries(db, [_entry(child, title=f"n{i}", notes="bulk words", tags=["t"])
                             for i in range(50)])
    assert journal.count_entries(db, child.id) == 50
    assert len(journal.search(db, child.id, "bulk")) == 50


def test_unwritable_photo_folder_is_a_known_problem(data_dir, tmp_path, monkeypatch):
    # Same as the read-only test above, but also meaningful when tests run as root.
    import errno
    source = tmp_path / "pic.png"
    source.write_bytes(png_bytes(2, 2, (0, 0, 0), (0, 0, 0)))

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(data_dir / "photos"))
    monkeypatch.setattr(photos, "write_photo", refuse)
    with pytest.raises(KnownError, match="not allowed to save"):
        photos.import_photo(data_dir, 1, source)


def test_highlight_keeps_positions_with_accents_and_odd_letters(db, child):
    journal.add_entry(db, _entry(child, title="İstanbul trip", notes="Zoë loved the crème brûlée."))
    found = journal.search(db, child.id, "creme")
    assert f"{journal.MATCH_START}crème{journal.MATCH_END}" in found[0].preview
    assert journal.search(db, child.id, "istanbul")[0].title.endswith(" trip")
