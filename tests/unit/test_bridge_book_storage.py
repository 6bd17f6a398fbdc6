"""Bridge book storage: pages keep their snapshot and number, gathering since the
last page has exact edges, and a child's pages go when the child goes."""
from datetime import date

import pytest

from bfpp_desktop.core.bridge_book import (BridgePage, BridgeQuestion, PageState, PhotoChoice,
                                           SummaryChoice, answers_to_file, validate_page)
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry, Photo
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage.children import add_child, delete_child
from bfpp_desktop.storage.journal import add_entry


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya Rodríguez"))


def _entry(db, child, day, **kw):
    return add_entry(db, JournalEntry(child_id=child.id, entry_date=day, **kw))


def test_round_trip_and_numbering(db, child):
    page = BridgePage(child_id=child.id, prepared_on=date(2026, 11, 20), letter="Hola Rosa ✨",
                      summaries=[SummaryChoice(4, date(2026, 11, 19), "Park", "Maya swung.")],
                      photos=[PhotoChoice(7, "a.png", "ducks", date(2026, 11, 18), True)],
                      questions=[BridgeQuestion("What song helps?", "cc-sleep", "routine")],
                      photos_checked=True)
    first = book.add_page(db, page)
    second = book.add_page(db, page.copy(prepared_on=date(2026, 11, 27)))
    assert (first.number, second.number) == (1, 2)
    assert first.copy(id=None, number=0) == page
    assert first.state is PageState.WAITING
    replied = book.update_page(db, first.copy(reply_text="Gracias!", reply_on=date(2026, 11, 22)))
    assert replied.state is PageState.REPLIED and replied.number == 1
    assert [p.number for p in book.list_pages(db, child.id)] == [1, 2]
    assert book.page_by_number(db, child.id, None).number == 2
    assert book.page_by_number(db, child.id, 1).reply_text == "Gracias!"
    assert book.page_by_number(db, child.id, 9) is None


def test_pages_go_with_the_child(db, child):
    book.add_page(db, BridgePage(child_id=child.id, prepared_on=date(2026, 11, 20), letter="x"))
    delete_child(db, child.id)
    assert db.execute("SELECT count(*) FROM bridge_pages").fetchone()[0] == 0


def test_gathering_edges(db, child):
    """Strictly after the last page's date, up to and including today."""
    for day in (date(2026, 11, 9), date(2026, 11, 10), date(2026, 11, 11), date(2026, 11, 24),
                date(2026, 11, 25)):
        _entry(db, child, day, title=f"day {day.day}", share_summary=f"shared {day.day}")
    _entry(db, child, date(2026, 11, 12), title="No summary, not a milestone", notes="private")
    _entry(db, child, date(2026, 11, 13), kind=EntryKind.MILESTONE, title="First tooth out",
           notes="private notes")
    everything = book.gather_since_last_page(db, child.id, date(2026, 11, 24))
    assert everything.since is None
    # A milestone without "to share" words is not offered: its title is private (issue 12).
    assert [s.text for s in everything.summaries] == [
        "shared 9", "shared 10", "shared 11", "shared 24"]
    book.add_page(db, BridgePage(child_id=child.id, prepared_on=date(2026, 11, 10), letter="x"))
    later = book.gather_since_last_page(db, child.id, date(2026, 11, 24))
    assert later.since == date(2026, 11, 10)
    assert [s.text for s in later.summaries] == ["shared 11", "shared 24"]
    assert not any(s.private for s in later.summaries)


def test_gathering_photos_shareable_first(db, child):
    _entry(db, child, date(2026, 11, 20), title="Park",
           photos=[Photo("private.png"), Photo("shared.png", caption="Slide", shareable=True)])
    photos = book.gather_since_last_page(db, child.id, date(2026, 11, 24)).photos
    assert [(p.file_name, p.shareable) for p in photos] == [("shared.png", True),
                                                            ("private.png", False)]
    assert photos[0].taken_on == date(2026, 11, 20)     # the entry's date when not given
    assert [p.file_name for p in book.photos_between(db, child.id, None, None)] == ["shared.png"]
    assert len(book.photos_between(db, child.id, None, None, include_private=True)) == 2
    assert book.photos_between(db, child.id, date(2026, 11, 21), None) == []


def test_validation_and_answers():
    page = BridgePage(child_id=1, prepared_on=date(2026, 11, 20))
    assert "letter" in validate_page(page)
    assert validate_page(page.copy(letter="Hi")) == {}
    with_photo = page.copy(letter="Hi", photos=[PhotoChoice(1, "a.png")])
    assert "photos" in validate_page(with_photo)
    assert validate_page(with_photo.copy(photos_checked=True)) == {}
    answered = page.copy(questions=[
        BridgeQuestion("What food?", "cc-food", "like", answer="Mango"),
        BridgeQuestion("How are you?", "cc-you", "", answer="Better"),
        BridgeQuestion("Favourite song?", answer="Los pollitos"),
        BridgeQuestion("Unanswered", "cc-x", "like")])
    answers = answers_to_file(answered)
    assert [(a.answer, a.files_into) for a in answers] == [
        ("Mango", "like"), ("Better", ""), ("Los pollitos", "like")]
    assert answered.state is PageState.REPLIED


def test_filing_a_reply_names_the_parent_and_the_bridge_book(db, child):
    from bfpp_desktop.core.bridge_book import source_note
    from bfpp_desktop.core.filing import Provenance, propose_items
    from bfpp_desktop.core.world import Section, provenance_text
    from bfpp_desktop.storage.world import add_items, list_items
    page = BridgePage(child_id=child.id, prepared_on=date(2026, 11, 20), to_name="Rosa",
                      questions=[BridgeQuestion("Bedtime song?", "s1-q-help-tonight", "routine",
                                                answer="Los Pollitos"),
                                 BridgeQuestion("Breakfast?", answer="Pancakes")])
    provenance = Provenance(who=page.to_name, note=source_note(), on=date(2026, 11, 22))
    add_items(db, [item for _answer, item in propose_items(child.id, answers_to_file(page),
                                                           provenance)])
    likes = list_items(db, child.id, Section.LIKES)
    routines = list_items(db, child.id, Section.ROUTINE)
    assert [i.title for i in likes] == ["Pancakes"] and [i.title for i in routines] == [
        "Los Pollitos"]
    assert provenance_text(likes[0], "22 Nov") == "from Rosa · bridge book, 22 Nov"


def test_demo_book_has_a_typed_reply_a_photographed_reply_and_one_waiting(db, data_dir, today):
    from bfpp_desktop.demo import fill_if_empty
    from bfpp_desktop.storage.children import list_children
    from bfpp_desktop.storage.photos import image_kind, photo_path
    fill_if_empty(db, data_dir, today)
    maya = next(c for c in list_children(db) if c.display_name == "Maya")
    pages = book.list_pages(db, maya.id)
    assert [p.state for p in pages] == [PageState.REPLIED, PageState.REPLIED, PageState.WAITING]
    assert pages[0].reply_text and not pages[0].reply_photo
    assert image_kind(photo_path(data_dir, maya.id, pages[1].reply_photo)) == ".png"
    assert pages[2].photos and pages[2].photos_checked and len(pages[2].questions) == 2
    assert all(p.to_name == "Rosa" for p in pages)
