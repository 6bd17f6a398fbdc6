"""Journal actions, without Qt: one transaction each, an undo that restores exactly."""
from datetime import date

import pytest

from actions_helpers import assert_all_or_nothing, snapshot
from bfpp_desktop.actions import Changes, Kind, PhotoHold
from bfpp_desktop.actions import journal as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.errors import KnownError


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez"))


@pytest.fixture
def entry(db, maya):
    return store.add_entry(db, JournalEntry(
        child_id=maya.id, entry_date=date(2026, 11, 1), title="Park", notes="Ducks.",
        participants=["Mom"], tags=["park"], photos=[Photo("a.png", caption="ducks")],
        follow_up="Ask about shoes"))


def test_delete_then_undo_then_redo(db, maya, entry):
    before = snapshot(db)
    result = actions.delete_entry(db, entry.id)
    assert store.get_entry(db, entry.id) is None
    assert result.changes == Changes(Kind.JOURNAL, maya.id)
    assert result.description == "delete the journal entry “Park”"
    assert result.photos == PhotoHold(maya.id, ("a.png",))

    undone = result.undo(db)
    assert snapshot(db) == before
    assert undone.changes == Changes(Kind.JOURNAL, maya.id, entry.id)   # show it again

    undone.undo(db)                                                     # redo
    assert store.get_entry(db, entry.id) is None


def test_an_edit_undoes_to_what_was_stored(db, maya, entry):
    before = snapshot(db)
    result = actions.update_entry(db, entry.copy(title="Zoo", photos=[]))
    assert store.get_entry(db, entry.id).title == "Zoo"
    assert result.changes == Changes(Kind.JOURNAL, maya.id, entry.id)
    # The photo the edit dropped could come back with the undo.
    assert result.photos == PhotoHold(maya.id, ("a.png",))
    redo = result.undo(db)
    assert snapshot(db) == before
    redo.undo(db)
    assert store.get_entry(db, entry.id).title == "Zoo"


def test_a_failure_midway_changes_nothing(db, monkeypatch, entry):
    assert_all_or_nothing(db, monkeypatch, store, "delete_entry",
                          lambda: actions.delete_entry(db, entry.id))
    assert_all_or_nothing(db, monkeypatch, store, "update_entry",
                          lambda: actions.update_entry(db, entry.copy(title="Zoo")))
    gone = actions.delete_entry(db, entry.id)
    assert_all_or_nothing(db, monkeypatch, store, "restore_entry", lambda: gone.undo(db))


def test_undoing_what_is_no_longer_there_says_so_and_changes_nothing(db, entry):
    result = actions.update_entry(db, entry.copy(title="Zoo"))
    store.delete_entry(db, entry.id)          # meanwhile, somewhere else
    before = snapshot(db)
    with pytest.raises(KnownError) as raised:
        result.undo(db)
    assert "no longer saved" in raised.value.title
    assert snapshot(db) == before
    with pytest.raises(KnownError):
        actions.delete_entry(db, entry.id)   # already gone: nothing to delete


def test_new_entries_and_follow_ups_are_announced_but_not_undone(db, maya, entry):
    added = actions.add_entry(db, JournalEntry(child_id=maya.id, entry_date=date(2026, 11, 2)))
    assert added.undo is None and added.changes == Changes(Kind.JOURNAL, maya.id, added.value.id)
    done = actions.set_follow_up_done(db, entry.id)
    assert store.get_entry(db, entry.id).follow_up_done
    assert done.undo is None and done.changes.touches(Kind.JOURNAL, maya.id)


def test_the_command_line_runs_the_same_actions_on_its_session(tmp_path):
    from bfpp_desktop.session import Access, open_session
    with open_session(tmp_path / "data", Access.WRITE) as session:
        maya = add_child(session.db, Child(full_name="Maya Rodríguez"))
        entry = store.add_entry(session.db, JournalEntry(child_id=maya.id,
                                                         entry_date=date(2026, 11, 1)))
        result = actions.delete_entry(session, entry.id)
        assert store.get_entry(session.db, entry.id) is None
        result.undo(session)
        assert store.get_entry(session.db, entry.id) is not None
