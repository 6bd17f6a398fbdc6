"""A photo's file name comes from the database; only names the app makes are looked up,
so a tampered record cannot pull a file from elsewhere onto paper."""
from datetime import date

import pytest
from pypdf import PdfReader

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import file_tasks
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import (child_photo_dir, is_our_name, photo_path,
                                         store_photo_bytes)


def _images(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


@pytest.fixture
def outside(tmp_path):
    """A picture beside the data folder, where no photo of ours lives."""
    path = tmp_path / "secret.png"
    path.write_bytes(png_bytes(30, 30, (200, 0, 0), (0, 0, 200)))
    return path


def test_a_tampered_name_does_not_print_a_file_from_outside_the_folder(
        db, data_dir, tmp_path, outside):
    child = add_child(db, Child(full_name="Maya"))
    ours = store_photo_bytes(data_dir, child.id, png_bytes(40, 30, (250, 200, 80),
                                                           (90, 160, 230)))
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 20), title="Park",
                               photos=[Photo(ours, shareable=True)]))
    relative = "../../../" + outside.name   # photos/<child>/ is two folders down
    assert child_photo_dir(data_dir, child.id).joinpath(relative).resolve() == outside
    for name in (relative, str(outside)):
        add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 21),
                                   title="Tampered", photos=[Photo(name, shareable=True)]))
    options = printout("photo-sheet").default_options(Paper.A4).copy(
        date_from=date(2026, 11, 1), date_to=date(2026, 11, 24))
    out = make_document(db, "photo-sheet", child, options, tmp_path / "sheet.pdf",
                        today=date(2026, 11, 24))
    assert _images(PdfReader(out)) == 1   # our own photo only; the others print as missing


@pytest.mark.parametrize("name", [
    "../../etc/passwd", "/etc/passwd", "..", "", "C:\\Users\\x.jpg",
    "0123456789abcdef0123456789abcdef.jpg/../x", "0123456789ABCDEF0123456789ABCDEF.jpg",
    "0123456789abcdef0123456789abcdef.gif", "0123456789abcdef0123456789abcdef.jpg\n",
])
def test_only_names_the_app_makes_have_a_path(data_dir, name):
    assert not is_our_name(name)
    assert photo_path(data_dir, 1, name) is None


def test_a_name_the_app_makes_has_its_path(data_dir):
    name = store_photo_bytes(data_dir, 1, png_bytes(10, 10, (1, 2, 3), (4, 5, 6)))
    assert is_our_name(name)
    assert photo_path(data_dir, 1, name).is_file()


def test_cleaning_old_photos_never_rewrites_a_file_outside_the_folder(db, data_dir, outside):
    child = add_child(db, Child(full_name="Maya"))
    before = outside.read_bytes()
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 21),
                               title="Tampered", photos=[Photo(str(outside))]))
    file_tasks.clean_stored_photos(db, data_dir)
    assert outside.read_bytes() == before
