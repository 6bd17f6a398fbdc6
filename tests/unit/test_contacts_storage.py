import pytest

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role
from bfpp_desktop.storage import contacts as store
from bfpp_desktop.storage.children import add_child, delete_child


@pytest.fixture
def kids(db):
    return [add_child(db, Child(full_name=n)).id for n in ("Maya", "Leo", "Amara")]


def test_contact_round_trips_with_every_field(db, kids):
    contact = Contact(
        name="Rosa Ortiz", role=Role.BIRTH_PARENT, relation="Mom",
        phones=[Phone("mobile", "(555) 123-4567"), Phone("work", "+1 555 999 0000 ext 4")],
        email="rosa@example.org", address="12 Elm St\nSpringfield", reach_by=ReachBy.TEXT,
        reach_times="evenings after 6", language="Spanish", notes="Likes photos of drawings",
        may_share=True, child_ids=[kids[0], kids[1]])
    saved = store.add_contact(db, contact)
    assert saved.id is not None
    assert store.get_contact(db, saved.id) == saved


def test_other_role_words_and_sibling_home_are_kept(db, kids):
    saved = store.add_contact(db, Contact(
        name="Jayden", role=Role.SIBLING, placed_with="The Nguyen family",
        placed_with_phone="555-777-8888", child_ids=[kids[0]]))
    other = store.add_contact(db, Contact(name="Pastor Jim", role=Role.OTHER,
                                          role_other="Pastor", child_ids=[kids[0]]))
    assert store.get_contact(db, saved.id).placed_with_phone == "555-777-8888"
    assert store.get_contact(db, other.id).role_text == "Pastor"
    assert [c.id for c in store.find_contacts_by_phone(db, "(555) 777 8888")] == [saved.id]


def test_share_permission_defaults_to_private_and_is_stored(db, kids):
    private = store.add_contact(db, Contact(name="A", role=Role.BIRTH_PARENT))
    assert store.get_contact(db, private.id).may_share is False
    store.update_contact(db, private.copy(may_share=True))
    assert store.get_contact(db, private.id).may_share is True


def test_one_contact_several_children(db, kids):
    maya, leo, amara = kids
    worker = store.add_contact(db, Contact(name="Dana", role=Role.CASEWORKER,
                                           child_ids=[maya]))
    store.link_contact(db, worker.id, leo)
    store.link_contact(db, worker.id, leo)  # twice is harmless
    assert store.get_contact(db, worker.id).child_ids == [maya, leo]
    assert [c.name for c in store.list_contacts_for_child(db, leo)] == ["Dana"]
    assert store.list_contacts_for_child(db, amara) == []
    store.unlink_contact(db, worker.id, maya)
    assert store.list_contacts_for_child(db, maya) == []
    assert store.get_contact(db, worker.id).child_ids == [leo]


def test_update_keeps_links(db, kids):
    saved = store.add_contact(db, Contact(name="Dana", role=Role.CASEWORKER,
                                          child_ids=kids[:2]))
    updated = store.update_contact(db, saved.copy(name="Dana Park", child_ids=[]))
    assert updated.name == "Dana Park" and updated.child_ids == kids[:2]


def test_deleting_a_child_removes_links_but_keeps_the_contact(db, kids):
    maya, leo, _ = kids
    shared = store.add_contact(db, Contact(name="Dana", role=Role.CASEWORKER,
                                           child_ids=[maya, leo]))
    only_maya = store.add_contact(db, Contact(name="Ms. Ray", role=Role.SCHOOL,
                                              child_ids=[maya]))
    delete_child(db, maya)
    assert store.get_contact(db, shared.id).child_ids == [leo]
    assert [c.id for c in store.list_unlinked_contacts(db)] == [only_maya.id]


def test_deleting_a_contact_removes_its_links(db, kids):
    saved = store.add_contact(db, Contact(name="Dana", role=Role.CASEWORKER, child_ids=kids))
    store.delete_contact(db, saved.id)
    assert store.get_contact(db, saved.id) is None
    assert db.execute("select count(*) from child_contacts").fetchone()[0] == 0


def test_contacts_by_role_for_health_and_journal(db, kids):
    maya, leo, _ = kids
    store.add_contact(db, Contact(name="Dr. Patel", role=Role.DOCTOR, child_ids=[maya]))
    store.add_contact(db, Contact(name="Dr. Kim", role=Role.DENTIST, child_ids=[maya, leo]))
    store.add_contact(db, Contact(name="Rosa", role=Role.BIRTH_PARENT, child_ids=[maya]))
    assert [c.name for c in store.contacts_by_role(db, maya, Role.DOCTOR, Role.DENTIST)] == [
        "Dr. Kim", "Dr. Patel"]
    assert [c.name for c in store.contacts_by_role(db, leo, Role.DOCTOR)] == []
    assert [c.name for c in store.contacts_by_role(db, None, Role.DENTIST)] == ["Dr. Kim"]


def test_duplicate_names_allowed(db, kids):
    store.add_contact(db, Contact(name="Sam Lee", role=Role.THERAPIST, child_ids=[kids[0]]))
    store.add_contact(db, Contact(name="Sam Lee", role=Role.ATTORNEY, child_ids=[kids[0]]))
    assert {c.role for c in store.list_contacts_for_child(db, kids[0])} == {
        Role.THERAPIST, Role.ATTORNEY}


def test_accents_and_emoji_survive(db, kids):
    saved = store.add_contact(db, Contact(name="Abuela Mercè 🌻", role=Role.GRANDPARENT,
                                          child_ids=[kids[2]]))
    assert store.get_contact(db, saved.id).name == "Abuela Mercè 🌻"
