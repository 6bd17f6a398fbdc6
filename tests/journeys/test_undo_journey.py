"""Undo that never lies, through the real window: a deleted journal entry comes back and
goes again, an archived child returns, and a change made on one page shows on another."""
from datetime import date

from placement_helpers import answer_placement_ended

from bfpp_desktop.core.children import PlacementEnd
from bfpp_desktop.storage import contacts as contact_store
from bfpp_desktop.storage import journal as store
from bfpp_desktop.ui.contacts.page import ContactsPage
from bfpp_desktop.ui.journal.page import JournalPage
from bfpp_desktop.ui.children.overview_page import OverviewPage


def _page(window, cls):
    return next(p for p in window.pages if isinstance(p, cls))


def _select(window, name):
    for row in range(window.model.rowCount()):
        if window.model.child_at(row).display_name == name:
            window.select_child(window.model.child_at(row).id)
            return window.model.child_at(row)
    raise AssertionError(name)


def _shown_ids(page: JournalPage) -> list[int]:
    return [page.model.summary_at(r).id for r in range(page.model.rowCount())]


def test_delete_a_journal_entry_undo_and_redo(make_window, qtbot):
    window = make_window(demo=True)
    maya = _select(window, "Maya")
    page = _page(window, JournalPage)
    window.ui.childTabs.setCurrentWidget(page)
    entry_id = page.current_entry_id()
    title = store.get_entry(window.context.db, entry_id).title

    page.delete_entry()                      # no_modal answers the question with Delete
    assert store.get_entry(window.context.db, entry_id) is None
    assert entry_id not in _shown_ids(page)
    assert window.undo_action.text() == f"&Undo delete the journal entry “{title}”"

    window.undo_action.trigger()
    assert store.get_entry(window.context.db, entry_id).child_id == maya.id
    assert page.current_entry_id() == entry_id            # shown again, selected
    assert title in page.detail.toPlainText()

    window.redo_action.trigger()
    assert store.get_entry(window.context.db, entry_id) is None
    assert entry_id not in _shown_ids(page)
    assert window.undo_action.isEnabled()                  # and it can be undone once more


def test_archive_a_child_and_undo(make_window, monkeypatch):
    answer_placement_ended(monkeypatch, PlacementEnd.ADOPTION)
    window = make_window(demo=True)
    leo = _select(window, "Leo")
    window.ui.actionArchiveChild.trigger()
    listed = [c.id for r in range(window.model.rowCount()) if (c := window.model.child_at(r))]
    assert leo.id not in listed
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert window.current_child().id == leo.id and not window.current_child().archived
    assert not _page(window, OverviewPage).archived_label.isVisibleTo(window)


def test_a_journal_change_shows_at_once_on_the_people_page(make_window):
    window = make_window(demo=True)
    maya = _select(window, "Maya")
    db = window.context.db
    people = _page(window, ContactsPage)
    journal = _page(window, JournalPage)
    today = date.today()
    # Someone from Maya's circle, and the last entry they took part in.
    person, last = next((c, found) for c in contact_store.list_contacts_for_child(db, maya.id)
                        if (found := store.last_entry_with_contact(db, c.id, maya.id, today)))
    window.ui.childTabs.setCurrentWidget(people)    # a page out of view is filled when chosen
    people.select_contact(person.id)
    shown_before = people.journal_link.last_label.text()
    assert last.title in shown_before

    window.ui.childTabs.setCurrentWidget(journal)   # the People page is not shown again
    journal.refresh(select_id=last.id)
    journal.delete_entry()
    assert people.journal_link.last_label.text() != shown_before

    window.undo_action.trigger()
    assert people.journal_link.last_label.text() == shown_before
