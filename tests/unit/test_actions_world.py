"""World item actions, without Qt: add, change, move, delete, each undone exactly."""
import pytest

from actions_helpers import assert_all_or_nothing, snapshot
from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import world as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.world import Section, new_item
from bfpp_desktop.storage import world as store
from bfpp_desktop.storage.children import add_child


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez"))


@pytest.fixture
def items(db, maya):
    return [store.add_item(db, new_item(maya.id, Section.LIKES, title=t))
            for t in ("Trains", "Blue cup", "Rain songs")]


def _titles(db, child):
    return [i.title for i in store.list_items(db, child.id, Section.LIKES)]


@pytest.mark.parametrize("do", [
    lambda db, maya, items: actions.add_item(db, new_item(maya.id, Section.LIKES, title="Kites")),
    lambda db, maya, items: actions.update_item(db, items[1].copy(title="Red cup")),
    lambda db, maya, items: actions.move_item(db, items[2].id, 0),
    lambda db, maya, items: actions.delete_item(db, items[0].id),
], ids=["add", "change", "move", "delete"])
def test_undo_restores_exactly_and_redo_does_it_again(db, maya, items, do):
    before = snapshot(db)
    result = do(db, maya, items)
    after = snapshot(db)
    assert after != before
    assert result.changes.touches(Kind.WORLD, maya.id) and result.description
    redo = result.undo(db)
    assert snapshot(db) == before
    redo.undo(db)
    assert snapshot(db) == after


def test_changes_name_the_item_to_show(db, maya, items):
    assert actions.move_item(db, items[2].id, 0).changes == Changes(Kind.WORLD, maya.id,
                                                                     items[2].id)
    assert _titles(db, maya) == ["Rain songs", "Trains", "Blue cup"]
    # After a delete there is nothing to show.
    assert actions.delete_item(db, items[0].id).changes == Changes(Kind.WORLD, maya.id)


def test_a_failure_midway_changes_nothing(db, monkeypatch, maya, items):
    assert_all_or_nothing(db, monkeypatch, store, "delete_item",
                          lambda: actions.delete_item(db, items[0].id))
    assert_all_or_nothing(db, monkeypatch, store, "move_item",
                          lambda: actions.move_item(db, items[2].id, 0))
    assert_all_or_nothing(db, monkeypatch, store, "add_item", lambda: actions.add_items(db, [
        new_item(maya.id, Section.LIKES, title="Kites"),
        new_item(maya.id, Section.LIKES, title="Puddles")]))
