"""The demo family: Amara has a year of journal, linked to her people; health links the doctor."""
from datetime import timedelta

from bfpp_desktop.core.children import PlacementType
from bfpp_desktop.core.journal import EntryKind
from bfpp_desktop.core.world import Section
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.storage.contacts import list_contacts_for_child
from bfpp_desktop.storage.overview_inputs import due_inputs
from bfpp_desktop.storage.world import list_items


def _family(db, data_dir, today):
    assert fill_if_empty(db, data_dir, today)
    return {c.display_name: c for c in list_children(db)}


def test_amara_is_placed_long_enough_for_a_year_of_journal(db, data_dir, today):
    kids = _family(db, data_dir, today)
    amara = kids["Amara"]
    assert amara.placement_type is PlacementType.KINSHIP and amara.stage == 2
    assert 19 <= (today - amara.birth_date).days / 30.4 <= 21
    assert 13 <= (today - amara.placement_date).days / 30.4 <= 15
    for name in ("Maya", "Leo"):
        assert kids[name].placement_date == today - timedelta(days=4) and kids[name].stage == 1
    entries = journal.list_entries(db, amara.id, limit=1000)
    dates = [e.entry_date for e in entries if e.entry_date <= today]
    assert (max(dates) - min(dates)).days >= 365
    assert len(entries) >= 60
    assert {e.kind for e in entries} >= {EntryKind.FAMILY_TIME, EntryKind.APPOINTMENT,
                                         EntryKind.MILESTONE, EntryKind.HEARING,
                                         EntryKind.PHONE_CALL, EntryKind.MEETING}
    assert all(e.entry_date <= today for e in entries if e.kind != EntryKind.FAMILY_TIME)


def test_demo_entries_name_the_familys_contacts(db, data_dir, today):
    kids = _family(db, data_dir, today)
    people = {c.name: c for c in list_contacts_for_child(db, kids["Amara"].id)}
    mom = people["Jasmine Johnson"]
    with_mom = journal.entries_with_contact(db, mom.id, kids["Amara"].id)
    assert sum(e.kind == EntryKind.FAMILY_TIME for e in with_mom) >= 40
    last = journal.last_entry_with_contact(db, mom.id, kids["Amara"].id, today)
    assert today - timedelta(days=7) <= last.entry_date <= today
    assert journal.entries_with_contact(db, people["Dr. Alan Reyes"].id, kids["Amara"].id)
    rosa = next(c for c in list_contacts_for_child(db, kids["Maya"].id) if c.name == "Rosa Ortiz")
    assert journal.entries_with_contact(db, rosa.id, kids["Maya"].id)


def test_demo_health_links_the_doctor_and_the_overview_has_family_time(db, data_dir, today):
    kids = _family(db, data_dir, today)
    for name in ("Maya", "Amara"):
        doctors = [i for i in list_items(db, kids[name].id, Section.HEALTH) if i.kind == "doctor"]
        people = {c.id: c for c in list_contacts_for_child(db, kids[name].id)}
        assert doctors and people[doctors[0].contact_id].name == "Dr. Alan Reyes"
    inputs = due_inputs(db, kids["Amara"].id, today)
    assert inputs.family_times and inputs.family_times[0].on > today
    assert any(f.on is not None for f in inputs.follow_ups)
    assert inputs.comfort_call_done and inputs.icebreaker_done
