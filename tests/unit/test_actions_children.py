"""Child actions, without Qt: edit, end the placement and their undo; delete with the photo folder."""
from datetime import date

import pytest

from actions_helpers import assert_all_or_nothing, snapshot
from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import children as actions
from bfpp_desktop.core.children import Child, PlacementEnd
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage import children as store
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.photo_sweep import PhotoKeeper
from bfpp_desktop.storage.photos import child_photo_dir, store_photo_bytes


@pytest.fixture
def maya(db):
    return store.add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))


def test_archive_undo_redo(db, maya):
    before = snapshot(db)
    result = actions.end_placement(db, maya.id, PlacementEnd.OTHER_MOVE, date(2026, 11, 2))
    assert store.get_child(db, maya.id).archived
    assert result.changes == Changes(Kind.CHILDREN, maya.id)
    assert result.description == "mark Maya's placement as ended"
    redo = result.undo(db)
    assert snapshot(db) == before
    redo.undo(db)
    assert store.get_child(db, maya.id).archived


def test_an_edit_undoes_to_the_stored_details(db, maya):
    before = snapshot(db)
    result = actions.update_child(db, maya.copy(stage=2, notes="Loves trains"))
    assert store.get_child(db, maya.id).stage == 2
    result.undo(db)
    assert snapshot(db) == before


def test_a_failure_midway_changes_nothing(db, monkeypatch, maya):
    assert_all_or_nothing(db, monkeypatch, store, "update_child",
                          lambda: actions.end_placement(db, maya.id, PlacementEnd.ADOPTION,
                                                        date(2026, 11, 2)))
    assert_all_or_nothing(db, monkeypatch, store, "update_child",
                          lambda: actions.update_child(db, maya.copy(stage=3)))
    assert_all_or_nothing(db, monkeypatch, store, "delete_child",
                          lambda: actions.delete_child(db, PhotoKeeper(db, "."), maya.id))


def test_adding_is_announced_with_the_new_child(db):
    result = actions.add_child(db, Child(full_name="Sam Lee"))
    assert result.undo is None
    assert result.changes == Changes(Kind.CHILDREN, result.value.id)


def test_delete_takes_everything_and_the_photo_folder(db, data_dir, maya):
    name = store_photo_bytes(data_dir, maya.id, png_bytes(4, 4, (1, 2, 3), (4, 5, 6)))
    journal.add_entry(db, JournalEntry(child_id=maya.id, entry_date=date(2026, 11, 1),
                                       photos=[Photo(name)]))
    result = actions.delete_child(db, PhotoKeeper(db, data_dir), maya.id)
    assert store.get_child(db, maya.id) is None
    assert not child_photo_dir(data_dir, maya.id).exists()
    # Nothing to undo, and earlier undo steps may name the child: they are forgotten.
    assert result.undo is None and result.forgets_history
    assert result.changes.touches(Kind.CHILDREN | Kind.JOURNAL, maya.id)
