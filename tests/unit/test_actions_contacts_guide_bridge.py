"""People, guide and bridge-book actions, without Qt."""
from datetime import date

import pytest

from actions_helpers import assert_all_or_nothing, snapshot
from bfpp_desktop.actions import Changes, Kind, PhotoHold
from bfpp_desktop.actions import bridge_book as book_actions
from bfpp_desktop.actions import contacts as contact_actions
from bfpp_desktop.actions import guide as guide_actions
from bfpp_desktop.core.bridge_book import BridgePage, PhotoChoice
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage import contacts as contact_store
from bfpp_desktop.storage import guide_progress
from bfpp_desktop.storage.children import add_child


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))


@pytest.fixture
def rosa(db, maya):
    return contact_store.add_contact(db, Contact(name="Rosa", role=Role.BIRTH_PARENT,
                                                 child_ids=[maya.id]))


def test_taking_someone_off_a_list_and_back(db, maya, rosa):
    before = snapshot(db)
    result = contact_actions.unlink_contact(db, rosa.id, maya.id)
    assert contact_store.list_contacts_for_child(db, maya.id) == []
    assert result.description == "remove Rosa from Maya's people"
    assert result.changes == Changes(Kind.CONTACTS, maya.id)      # no one to show
    back = result.undo(db)
    assert snapshot(db) == before
    assert back.changes == Changes(Kind.CONTACTS, maya.id, rosa.id)


def test_a_changed_person_concerns_every_child_who_has_them(db, maya, rosa):
    result = contact_actions.update_contact(db, rosa.copy(language="Spanish"))
    assert result.changes == Changes(Kind.CONTACTS, None, rosa.id)
    assert result.changes.touches(Kind.CONTACTS, child_id=12345)
    result.undo(db)
    assert contact_store.get_contact(db, rosa.id).language == ""


def test_deleting_a_person_cannot_be_undone_and_forgets_older_steps(db, rosa):
    result = contact_actions.delete_contact(db, rosa.id)
    assert result.undo is None and result.forgets_history
    assert contact_store.get_contact(db, rosa.id) is None


def test_ticking_a_step_and_undoing_it(db, maya):
    guide_progress.save_step_progress(db, maya.id, StepProgress("s1-intro", note="ask Ana"))
    before = snapshot(db)
    result = guide_actions.tick_step(db, maya.id, "s1-intro", date(2026, 11, 24), "Say hello")
    saved = guide_progress.load_step_progress(db, maya.id)["s1-intro"]
    assert (saved.state, saved.done_on, saved.note) == (StepState.DONE, date(2026, 11, 24),
                                                        "ask Ana")
    assert result.description == "tick “Say hello”"
    assert result.changes == Changes(Kind.GUIDE, maya.id)
    result.undo(db)
    assert snapshot(db) == before


def test_a_page_added_and_taken_out_again_holds_its_photos(db, maya):
    page = BridgePage(child_id=maya.id, prepared_on=date(2026, 11, 20), letter="Hola",
                      photos=[PhotoChoice(None, "p.png")])
    before = snapshot(db)
    result = book_actions.add_page(db, page)
    assert result.photos == PhotoHold(maya.id, ("p.png",))
    after = snapshot(db)
    redo = result.undo(db)
    assert snapshot(db) == before
    redo.undo(db)
    assert snapshot(db) == after
    replied = book_actions.update_page(db, result.value.copy(reply_text="Gracias",
                                                             reply_photo="r.png"))
    assert replied.photos == PhotoHold(maya.id, ("p.png", "r.png"))
    replied.undo(db)
    assert snapshot(db) == after


def test_a_failure_midway_changes_nothing(db, monkeypatch, maya, rosa):
    assert_all_or_nothing(db, monkeypatch, contact_store, "unlink_contact",
                          lambda: contact_actions.unlink_contact(db, rosa.id, maya.id))
    assert_all_or_nothing(db, monkeypatch, guide_actions, "save_step_progress",
                          lambda: guide_actions.save_step(db, maya.id, StepProgress("x")))
    page = BridgePage(child_id=maya.id, prepared_on=date(2026, 11, 20), letter="Hola")
    assert_all_or_nothing(db, monkeypatch, book, "add_page",
                          lambda: book_actions.add_page(db, page))
