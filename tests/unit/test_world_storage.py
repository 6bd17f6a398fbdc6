from datetime import date

import pytest

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.world import (DayType, Section, Severity, Source, WorldItem, kinds,
                                     new_item)
from bfpp_desktop.storage import world
from bfpp_desktop.storage.children import add_child, delete_child


@pytest.fixture
def child(db):
    return add_child(db, Child(full_name="Maya Rodríguez"))


def _full_item(child_id, section, kind, n):
    return WorldItem(
        child_id=child_id, section=section, kind=kind, title=f"{section.value} {kind} {n}",
        time_text="19:00–19:30", details="Détails — ñ 😊 שלום", steps=["one", "two", "three"],
        comfort_items=["blue blanket", "night light"], day_type=DayType.SCHOOL_DAYS,
        severity=Severity.SEVERE, source=Source.BIRTH_PARENT, source_who="Mom",
        source_date=date(2026, 3, 3), source_note="comfort call", private=n % 2 == 0)


def test_every_kind_of_item_round_trips_in_order_with_provenance(db, child):
    added = []
    n = 0
    for section in Section:
        for kind, _label in kinds(section):
            added.append(world.add_item(db, _full_item(child.id, section, kind, n)))
            n += 1
    loaded = world.list_items(db, child.id)
    assert [i.id for i in loaded] == [i.id for i in added]
    for before, after in zip(added, loaded):
        assert after == before
    for section in Section:
        positions = [i.position for i in world.list_items(db, child.id, section)]
        assert positions == list(range(len(positions)))


def test_private_items_can_be_left_out(db, child):
    world.add_item(db, new_item(child.id, Section.HEALTH, title="Peanut allergy"))
    world.add_item(db, new_item(child.id, Section.LIKES, title="Dinosaurs"))
    assert [i.title for i in world.list_items(db, child.id, include_private=False)] == [
        "Dinosaurs"]
    assert len(world.list_items(db, child.id)) == 2


def test_move_item_reorders_within_its_section(db, child):
    items = [world.add_item(db, new_item(child.id, Section.ROUTINE, title=t))
             for t in ("wake", "breakfast", "bed")]
    other = world.add_item(db, new_item(child.id, Section.LIKES, title="trucks"))
    world.move_item(db, items[2].id, 0)
    assert [i.title for i in world.list_items(db, child.id, Section.ROUTINE)] == [
        "bed", "wake", "breakfast"]
    world.move_item(db, items[2].id, 99)
    assert [i.title for i in world.list_items(db, child.id, Section.ROUTINE)] == [
        "wake", "breakfast", "bed"]
    assert world.get_item(db, other.id).position == 0


def test_delete_closes_the_gap_and_readding_restores_the_place(db, child):
    items = [world.add_item(db, new_item(child.id, Section.CARE, title=t))
             for t in ("hair", "skin", "faith")]
    removed = world.delete_item(db, items[1].id)
    assert [(i.title, i.position) for i in world.list_items(db, child.id)] == [
        ("hair", 0), ("faith", 1)]
    restored = world.add_item(db, removed)
    assert restored.id == items[1].id
    assert [i.title for i in world.list_items(db, child.id)] == ["hair", "skin", "faith"]


def test_update_keeps_position_and_normalises_time(db, child):
    item = world.add_item(db, new_item(child.id, Section.ROUTINE, title="Wake"))
    world.add_item(db, new_item(child.id, Section.ROUTINE, title="Nap"))
    saved = world.update_item(db, item.copy(title="Wake up", time_text="6:45"))
    assert (saved.title, saved.time_text, saved.position) == ("Wake up", "06:45", 0)


def test_long_text_and_names_are_kept_exactly(db, child):
    text = "Zoë 🌙 محمد\n" * 1500
    item = world.add_item(db, new_item(child.id, Section.LIKES, title="Names: Zoë, محمد 🦖",
                                       details=text))
    loaded = world.get_item(db, item.id)
    assert loaded.details == text
    assert loaded.title == "Names: Zoë, محمد 🦖"


def test_items_go_when_the_child_is_deleted(db, child):
    world.add_item(db, new_item(child.id, Section.SCHOOL, title="Lincoln Elementary"))
    delete_child(db, child.id)
    assert world.list_items(db, child.id) == []
