"""Journal entries linked to the child's people: who took part, last time, deleting."""
from datetime import date

import pytest

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.journal import EntryKind, FamilyTimeDetails, JournalEntry, Outcome
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact, delete_contact


@pytest.fixture
def family(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    other = add_child(db, Child(full_name="Leo Ortiz"))
    mom = add_contact(db, Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT,
                                  child_ids=[child.id, other.id]))
    return child, other, mom


def _entry(child, day, title, mom=None, **kw):
    names = ["Rosa Ortiz", "the bus driver"] if mom else ["the bus driver"]
    return journal.add_entry(db_holder[0], JournalEntry(
        child_id=child.id, entry_date=day, title=title, participants=names,
        participant_contacts={"Rosa Ortiz": mom.id} if mom else {}, **kw))


db_holder: list = []


@pytest.fixture(autouse=True)
def _hold(db):
    db_holder[:] = [db]


def test_linked_participant_round_trips_beside_free_text(db, family):
    child, _, mom = family
    saved = _entry(child, date(2026, 11, 1), "Park", mom)
    assert saved.participants == ["Rosa Ortiz", "the bus driver"]
    assert saved.participant_contacts == {"Rosa Ortiz": mom.id}


def test_entries_with_contact_newest_first_and_per_child(db, family):
    child, other, mom = family
    _entry(child, date(2026, 10, 1), "Older", mom)
    _entry(child, date(2026, 11, 1), "Newer", mom)
    _entry(child, date(2026, 11, 5), "Without her")
    _entry(other, date(2026, 11, 3), "Leo's visit", mom)
    assert [e.title for e in journal.entries_with_contact(db, mom.id, child.id)] == \
        ["Newer", "Older"]
    assert len(journal.entries_with_contact(db, mom.id)) == 3
    assert journal.last_entry_with_contact(db, mom.id, child.id).title == "Newer"
    assert journal.count_entries_with_contact(db, mom.id) == 3


def test_last_entry_leaves_out_planned_visits_after_today(db, family):
    child, _, mom = family
    _entry(child, date(2026, 11, 1), "Happened", mom)
    _entry(child, date(2026, 12, 1), "Planned", mom, kind=EntryKind.FAMILY_TIME,
           family_time=FamilyTimeDetails(Outcome.PLANNED))
    assert journal.last_entry_with_contact(db, mom.id, child.id,
                                           today=date(2026, 11, 20)).title == "Happened"
    assert journal.last_entry_with_contact(db, 999, child.id) is None


def test_deleting_the_contact_keeps_the_name_and_unlinks(db, family):
    child, _, mom = family
    saved = _entry(child, date(2026, 11, 1), "Park", mom)
    delete_contact(db, mom.id)
    after = journal.get_entry(db, saved.id)
    assert after.participants == ["Rosa Ortiz", "the bus driver"]
    assert after.participant_contacts == {}
    # A new contact that happens to get the same id is not mistaken for her.
    again = add_contact(db, Contact(name="Someone new", child_ids=[child.id]))
    assert journal.entries_with_contact(db, again.id) == []
