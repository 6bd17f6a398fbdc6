"""The photo sweep keeps every file something refers to or holds, and only those."""
from datetime import date

import pytest

from bfpp_desktop.core.bridge_book import BridgePage, PhotoChoice
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.children import add_child, delete_child
from bfpp_desktop.storage.photo_sweep import PhotoKeeper, referenced_files, sweep
from bfpp_desktop.storage.photos import child_photo_dir, photo_path, store_photo_bytes


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez"))


def _photo(data_dir, child) -> str:
    return store_photo_bytes(data_dir, child.id, png_bytes(4, 4, (1, 2, 3), (4, 5, 6)))


def _exists(data_dir, child, name) -> bool:
    return photo_path(data_dir, child.id, name).is_file()


def test_every_kind_of_reference_keeps_its_file(db, data_dir, maya):
    in_entry, on_page, reply, drafted, loose = (_photo(data_dir, maya) for _ in range(5))
    journal.add_entry(db, JournalEntry(child_id=maya.id, entry_date=date(2026, 1, 2),
                                       title="t", photos=[Photo(in_entry)]))
    book.add_page(db, BridgePage(child_id=maya.id, prepared_on=date(2026, 1, 3),
                                 photos=[PhotoChoice(9, on_page, "", None, True)],
                                 reply_photo=reply))
    journal.save_draft(db, maya.id, None, {"photos": [{"file_name": drafted}]})
    assert referenced_files(db) == {(maya.id, n) for n in (in_entry, on_page, reply, drafted)}
    (child_photo_dir(data_dir, maya.id) / "half.jpg.part").write_bytes(b"\xff\xd8")
    removed = sweep(db, data_dir)
    assert sorted(p.name for p in removed) == sorted([loose, "half.jpg.part"])
    assert all(_exists(data_dir, maya, n) for n in (in_entry, on_page, reply, drafted))


def test_a_file_of_another_child_does_not_count(db, data_dir, maya):
    leo = add_child(db, Child(full_name="Leo"))
    name = _photo(data_dir, leo)
    journal.add_entry(db, JournalEntry(child_id=maya.id, entry_date=date(2026, 1, 2),
                                       title="t", photos=[Photo(name)]))
    sweep(db, data_dir)
    assert not _exists(data_dir, leo, name)


def test_a_held_file_stays_until_let_go(db, data_dir, maya):
    keeper = PhotoKeeper(db, data_dir)
    name = _photo(data_dir, maya)
    keeper.hold([name])
    keeper.hold([name])                      # two undo commands can hold one photo
    assert keeper.sweep() == [] and _exists(data_dir, maya, name)
    keeper.release(maya.id, [name])
    assert _exists(data_dir, maya, name)
    keeper.release(maya.id, [name])
    assert not _exists(data_dir, maya, name)


def test_a_deleted_childs_folder_goes_when_empty(db, data_dir, maya):
    name = _photo(data_dir, maya)
    journal.add_entry(db, JournalEntry(child_id=maya.id, entry_date=date(2026, 1, 2),
                                       title="t", photos=[Photo(name)]))
    delete_child(db, maya.id)
    sweep(db, data_dir, held={name})
    assert _exists(data_dir, maya, name)     # still held: the folder stays with it
    sweep(db, data_dir)
    assert not child_photo_dir(data_dir, maya.id).exists()


def test_a_closed_keeper_sweeps_once_more_then_never(db, data_dir, maya):
    keeper = PhotoKeeper(db, data_dir)
    held = _photo(data_dir, maya)
    keeper.hold([held])
    keeper.close()
    assert not _exists(data_dir, maya, held)  # nothing survives the window closing
    later = _photo(data_dir, maya)
    keeper.release(maya.id, [held])           # an undo command destroyed afterwards
    assert _exists(data_dir, maya, later)


def test_a_release_on_another_thread_waits_for_the_next_sweep_here(db, data_dir, maya):
    # Python can collect an undo command on a worker thread; the database connection
    # is this thread's, so nothing may be swept from there.
    import threading
    keeper = PhotoKeeper(db, data_dir)
    name = _photo(data_dir, maya)
    keeper.hold([name])
    swept_there = []
    worker = threading.Thread(target=lambda: (keeper.release(maya.id, [name]),
                                              swept_there.append(keeper.sweep())))
    worker.start()
    worker.join()
    assert swept_there == [[]] and _exists(data_dir, maya, name)
    assert keeper.held() == set()
    keeper.sweep(maya.id)
    assert not _exists(data_dir, maya, name)
