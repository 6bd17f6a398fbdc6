"""The one undo command: it runs an action's undo and redo, announces the Changes, and a
step that fails is explained in plain words and taken off the stack."""
from datetime import date

import pytest
from sqlite_errors import disk_full_error

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import journal as journal_actions
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage import journal as store
from bfpp_desktop.ui.undo import perform


@pytest.fixture
def entry(db, maya):
    return store.add_entry(db, JournalEntry(child_id=maya.id, entry_date=date(2026, 11, 1),
                                            title="Park"))


def _announced(context) -> list:
    seen = []
    context.signals.changes_applied.connect(seen.append)
    return seen


def test_perform_pushes_a_step_that_undoes_and_redoes(context, maya, entry):
    seen = _announced(context)
    perform(context, None, journal_actions.delete_entry, entry.id)
    stack = context.undo_stack
    assert stack.undoText() == "delete the journal entry “Park”"
    assert seen == [Changes(Kind.JOURNAL, maya.id)]
    stack.undo()
    assert store.get_entry(context.db, entry.id) is not None
    assert seen[-1] == Changes(Kind.JOURNAL, maya.id, entry.id)
    stack.redo()
    assert store.get_entry(context.db, entry.id) is None
    assert stack.undoText() == "delete the journal entry “Park”"   # the same step, again


def test_a_failed_action_is_reported_and_nothing_is_pushed(context, entry, no_modal,
                                                          monkeypatch):
    def full(*_args):
        raise disk_full_error()
    monkeypatch.setattr(store, "delete_entry", full)
    assert perform(context, None, journal_actions.delete_entry, entry.id) is None
    assert context.undo_stack.count() == 0
    assert len(no_modal) == 1 and "full" in no_modal[0].lower()


def test_an_undo_that_fails_says_so_and_leaves_the_stack(context, maya, entry, no_modal):
    perform(context, None, journal_actions.update_entry, entry.copy(title="Zoo"))
    store.delete_entry(context.db, entry.id)         # meanwhile, somewhere else
    seen = _announced(context)
    context.undo_stack.undo()
    assert no_modal == ["This is no longer saved|What this would change has been deleted or "
                        "taken back meanwhile, so it could not be changed.|Nothing was changed. "
                        "This step has been taken off the Undo list."]
    # Qt drops an obsolete step: Edit > Undo no longer offers it, nor does redo.
    assert context.undo_stack.count() == 0
    assert not context.undo_stack.canUndo() and not context.undo_stack.canRedo()
    assert seen == []                                # nothing changed, nothing to refresh


def test_a_redo_that_fails_leaves_the_earlier_steps(context, maya, entry, no_modal,
                                                    monkeypatch):
    other = store.add_entry(context.db, JournalEntry(child_id=maya.id,
                                                     entry_date=date(2026, 11, 2), title="Zoo"))
    perform(context, None, journal_actions.delete_entry, other.id)
    perform(context, None, journal_actions.delete_entry, entry.id)
    context.undo_stack.undo()

    def full(*_args):
        raise disk_full_error()
    monkeypatch.setattr(store, "delete_entry", full)
    context.undo_stack.redo()
    assert "The disk is full" in no_modal[-1]
    assert no_modal[-1].endswith("This step has been taken off the Undo list.")
    assert store.get_entry(context.db, entry.id) is not None     # the stack says so too
    assert context.undo_stack.count() == 1 and not context.undo_stack.canRedo()
    assert context.undo_stack.undoText() == "delete the journal entry “Zoo”"


def test_photos_a_step_could_bring_back_are_held_while_it_exists(context, maya, entry):
    from bfpp_desktop.core.journal import Photo
    with_photo = store.add_entry(context.db, JournalEntry(
        child_id=maya.id, entry_date=date(2026, 11, 3), photos=[Photo("kept.png")]))
    perform(context, None, journal_actions.delete_entry, with_photo.id)
    assert "kept.png" in context.photos.held()
    context.undo_stack.clear()
    assert "kept.png" not in context.photos.held()


def test_each_page_decides_from_the_changes_whether_to_refresh(context, maya, qtbot,
                                                                monkeypatch):
    from bfpp_desktop.ui.world.page import AboutChildPage
    page = AboutChildPage(context)
    qtbot.addWidget(page)
    page.set_child(maya)
    reloads = []
    monkeypatch.setattr(page, "reload", lambda *a, **k: reloads.append(a))
    emit = context.signals.changes_applied.emit
    emit(Changes(Kind.JOURNAL, maya.id))            # not shown on this page
    emit(Changes(Kind.WORLD, maya.id + 1))          # another child's
    assert reloads == []
    emit(Changes(Kind.WORLD, maya.id))
    emit(Changes(Kind.CONTACTS))                    # a person, maybe on this child's list
    assert len(reloads) == 2
