"""Storage takes text on its own terms: within the limits the editors use, and whole
characters only, whatever screen or import it comes from."""
from datetime import date

import pytest

from bfpp_desktop.core import journal
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.journal import EntryKind, JournalEntry
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.children import add_child, get_child, list_children
from bfpp_desktop.storage.contacts import add_contact, list_all_contacts
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.journal import add_entry, get_entry


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya"))


def _entry(child, **fields):
    return JournalEntry(child_id=child.id, entry_date=date(2026, 11, 24),
                        kind=EntryKind.NOTE, **{"title": "Park", **fields})


def test_a_megabyte_of_notes_is_refused_by_storage_and_nothing_saved(db, child):
    with pytest.raises(KnownError) as caught:
        add_entry(db, _entry(child, notes="x" * 1_000_000))
    assert "too long" in caught.value.title
    assert store.count_entries(db, child.id) == 0


def test_notes_at_the_editors_limit_are_saved(db, child):
    saved = add_entry(db, _entry(child, notes="y" * journal.NOTES_LIMIT))
    assert len(get_entry(db, saved.id).notes) == journal.NOTES_LIMIT


@pytest.mark.parametrize("save", [
    lambda db, child: store.update_entry(db, add_entry(db, _entry(child)).copy(
        share_summary="z" * (journal.SHORT_TEXT_LIMIT + 1))),
    lambda db, child: add_contact(db, Contact(name="n" * 201)),
    lambda db, child: add_child(db, Child(full_name="Ana", notes="n" * 20_001)),
    lambda db, child: store.save_draft(db, child.id, None, {"notes": "d" * 2_000_000}),
])
def test_every_way_in_keeps_to_the_limits(db, child, save):
    with pytest.raises(KnownError, match="characters"):
        save(db, child)


def test_half_a_character_pair_is_saved_as_a_stand_in_not_an_error(db, child):
    lone = "Her mum says \ud83d hello"
    saved = add_entry(db, _entry(child, title="Call \udc80", notes=lone))
    entry = get_entry(db, saved.id)
    assert entry.notes == "Her mum says \ufffd hello"
    assert entry.title == "Call \ufffd"
    add_contact(db, Contact(name="Gran \ud83d"))
    assert [c.name for c in list_all_contacts(db)] == ["Gran \ufffd"]
    store.search(db, child.id, "hello \udc80")  # searching with one is no error either


def test_a_whole_pair_stays_the_character_it_makes(db):
    child = add_child(db, Child(full_name="Zoë \ud83c\udf1f"))
    assert get_child(db, child.id).full_name == "Zoë 🌟"
    assert [c.full_name for c in list_children(db)] == ["Zoë 🌟"]
