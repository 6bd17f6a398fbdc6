"""The lifebook: pages with photos and captions, kept in book order, printed as a
booklet for the child and their family (a page waiting for the family's say stays out)."""
from datetime import date

from pypdf import PdfReader

from bfpp_desktop.actions import records as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.lifebook import LifebookPage, LifebookPhoto, PageKind, validate_page
from bfpp_desktop.reports.catalogue import ForWhom, printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import children, photo_sweep, records
from bfpp_desktop.storage.photos import child_photo_dir, store_photo_bytes
from photo_samples import phone_jpeg


def _book(db, data_dir):
    child = children.add_child(db, Child(full_name="Ana Test", preferred_name="Ana"))
    swing, cake, drawing = (store_photo_bytes(data_dir, child.id, phone_jpeg(80 + i, 60))
                            for i in range(3))
    pages = [
        LifebookPage(child.id, "The day you came", PageKind.STORY, "You came on a sunny day.",
                     page_date=date(2026, 3, 2), photos=[LifebookPhoto(swing, "The big swing")]),
        LifebookPage(child.id, "Your birthday", PageKind.MILESTONE, "You turned four.",
                     photos=[LifebookPhoto(cake, "A cake with four candles"),
                             LifebookPhoto(drawing, "")]),
        LifebookPage(child.id, "Visit with Mom", PageKind.PEOPLE, "Waiting for Mom's say.",
                     waiting_for_family=True),
        LifebookPage(child.id, "In my words", PageKind.OWN_WORDS, "“I like the red bus.”"),
    ]
    for position, page in enumerate(pages):
        records.add(db, page.copy(position=position))
    return child, (swing, cake, drawing)


def test_pages_keep_their_photos_and_order(db, data_dir):
    child, names = _book(db, data_dir)
    pages = records.between(db, LifebookPage, child.id)
    assert [p.title for p in pages] == ["The day you came", "Your birthday", "Visit with Mom",
                                        "In my words"]
    assert pages[1].photos == [LifebookPhoto(names[1], "A cake with four candles"),
                               LifebookPhoto(names[2], "")]
    assert pages[0].page_date == date(2026, 3, 2) and pages[2].waiting_for_family
    photo_sweep.sweep(db, data_dir)
    assert all((child_photo_dir(data_dir, child.id) / n).is_file() for n in names)
    assert validate_page(LifebookPage(child.id, "")) != {}


def test_a_deleted_page_comes_back_with_its_photos(db, data_dir):
    child, names = _book(db, data_dir)
    page = records.between(db, LifebookPage, child.id)[1]
    deleted = actions.delete_record(db, LifebookPage, page.id)
    assert set(deleted.photos.names) == {names[1], names[2]}
    deleted.undo(db)
    assert records.get(db, LifebookPage, page.id) == page


def test_the_booklet_has_the_images_and_captions(db, data_dir, tmp_path):
    child, _ = _book(db, data_dir)
    spec = printout("lifebook")
    assert spec.for_whom == (ForWhom.BIRTH_FAMILY,)
    out = make_document(db, "lifebook", child, spec.default_options(Paper.A4),
                        tmp_path / "lifebook.pdf", today=date(2026, 11, 20))
    reader = PdfReader(out)
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert len(reader.pages) == 4              # the cover and three pages, one each
    assert "Ana's lifebook" in texts[0]
    assert "The day you came" in texts[1] and "The big swing" in texts[1]
    assert len(reader.pages[0].images) == len(reader.pages[1].images) == 1
    assert "A cake with four candles" in texts[2] and len(reader.pages[2].images) == 2
    assert "“I like the red bus.”" in texts[3] and "In my own words" in texts[3]
    assert not any("Waiting for Mom" in t or "Visit with Mom" in t for t in texts)
