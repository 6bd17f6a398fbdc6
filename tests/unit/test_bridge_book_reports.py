"""The bridge-book page and the photo sheet: what is printed, what never is, and
that missing photos and very long letters print calmly."""
from datetime import date

import pytest
from pypdf import PdfReader

from bfpp_desktop.core.bridge_book import BridgePage, BridgeQuestion, SummaryChoice
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.journal import EntryKind, JournalEntry, Photo
from bfpp_desktop.demo.png import png_bytes
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.journal import add_entry
from bfpp_desktop.storage.photos import photo_path, store_photo_bytes
from bfpp_desktop.storage.errors import KnownError

TODAY = date(2026, 11, 24)


@pytest.fixture
def maya(db, data_dir):
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    add_contact(db, Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT, child_ids=[child.id]))
    shared = store_photo_bytes(data_dir, child.id, png_bytes(40, 30, (250, 200, 80),
                                                             (90, 160, 230)))
    private = store_photo_bytes(data_dir, child.id, png_bytes(30, 30, (0, 0, 0), (9, 9, 9)))
    add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 11, 20), title="Park",
        notes="PRIVATE-NOTE about the visit", share_summary="Maya climbed the big slide.",
        photos=[Photo(shared, caption="Top of the slide", shareable=True),
                Photo(private, caption="PRIVATE-CAPTION")]))
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 21),
                               kind=EntryKind.MILESTONE, title="PRIVATE-MILESTONE"))
    return child


def _prepare(db, child, **changes) -> BridgePage:
    """A page made the way the editor makes one: only shareable things ticked."""
    gathered = book.gather_since_last_page(db, child.id, TODAY)
    page = BridgePage(
        child_id=child.id, prepared_on=TODAY, letter="Dear Rosa, Maya had a lovely week.",
        summaries=[s for s in gathered.summaries if not s.private],
        photos=[p for p in gathered.photos if p.shareable], photos_checked=True,
        questions=[BridgeQuestion("What song helps Maya fall asleep?", "cc-sleep", "routine"),
                   BridgeQuestion("What is her favourite breakfast?")])
    return book.add_page(db, page.copy(**changes))


def _print(db, child, tmp_path, doc_id="bridge-book", **changes):
    options = printout(doc_id).default_options(Paper.A4).copy(**changes)
    out = make_document(db, doc_id, child, options, tmp_path / f"{doc_id}.pdf", today=TODAY)
    reader = PdfReader(out)
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()), reader


def _images(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def test_page_holds_letter_summaries_questions_and_a_photo(db, maya, tmp_path):
    _prepare(db, maya)
    text, reader = _print(db, maya, tmp_path)
    for expected in ("Maya's bridge book", "Dear Rosa", "Maya climbed the big slide.",
                     "Top of the slide", "What song helps Maya fall asleep?",
                     "What is her favourite breakfast?", "Your turn, Rosa",
                     "Bridge book, page 1 · 24 November 2026"):
        assert expected in text
    assert _images(reader) == 1
    assert "PRIVATE" not in text


def test_private_things_print_only_when_chosen(db, maya, tmp_path):
    gathered = book.gather_since_last_page(db, maya.id, TODAY)
    page = _prepare(db, maya, summaries=gathered.summaries, photos=gathered.photos)
    # A milestone title saved on an older page as private never prints (issue 12);
    # a private photo does, once the caregiver ticked it and checked the photos.
    book.update_page(db, page.copy(summaries=page.summaries + [SummaryChoice(
        None, date(2026, 11, 21), "PRIVATE-MILESTONE", "PRIVATE-MILESTONE", private=True)]))
    text, reader = _print(db, maya, tmp_path)
    assert "PRIVATE-MILESTONE" not in text and "PRIVATE-CAPTION" in text
    assert "PRIVATE-NOTE" not in text            # notes are never on a page at all
    assert "Park" not in text                    # nor titles
    assert _images(reader) == 2
    book.update_page(db, page.copy(photos_checked=False))
    text, reader = _print(db, maya, tmp_path)
    assert _images(reader) == 0 and "PRIVATE-CAPTION" not in text


def test_choose_page_by_number(db, maya, tmp_path):
    _prepare(db, maya, letter="FIRST PAGE")
    _prepare(db, maya, letter="SECOND PAGE", prepared_on=date(2026, 11, 30))
    assert "SECOND PAGE" in _print(db, maya, tmp_path)[0]
    text = _print(db, maya, tmp_path, page_number=1)[0]
    assert "FIRST PAGE" in text and "page 1" in text


def test_no_pages_yet_prints_a_blank_first_page(db, maya, tmp_path):
    text, _reader = _print(db, maya, tmp_path)
    assert "Page 1" in text and "A note from us" in text and "Your turn, Rosa" in text
    with pytest.raises(KnownError):
        _print(db, maya, tmp_path, page_number=4)


def test_missing_photo_prints_a_placeholder(db, maya, data_dir, tmp_path):
    page = _prepare(db, maya)
    photo_path(data_dir, maya.id, page.photos[0].file_name).unlink()
    text, reader = _print(db, maya, tmp_path)
    assert "no longer in the app's folder" in text and _images(reader) == 0


def test_damaged_photo_prints_a_placeholder(db, maya, data_dir, tmp_path):
    page = _prepare(db, maya)
    photo_path(data_dir, maya.id, page.photos[0].file_name).write_bytes(b"\x89PNG\r\n\x1a\nbad")
    text, _reader = _print(db, maya, tmp_path)
    assert "no longer in the app's folder" in text


def test_empty_page_with_only_a_letter_and_a_very_long_letter(db, maya, tmp_path):
    # As long as the editor and storage allow (LETTER_LIMIT).
    letter = "\n\n".join(f"Paragraph {i} " + "We read stories together. " * 37
                         for i in range(20))
    _prepare(db, maya, summaries=[], photos=[], questions=[], letter=letter + " THE END")
    text, reader = _print(db, maya, tmp_path, large_print=True)
    assert len(reader.pages) > 3 and "THE END" in text and "Your turn" in text


def test_photo_sheet_shareable_only_unless_chosen(db, maya, tmp_path):
    text, reader = _print(db, maya, tmp_path, "photo-sheet", date_from=date(2026, 11, 1),
                          date_to=TODAY)
    assert "Top of the slide" in text and "PRIVATE" not in text and _images(reader) == 1
    text, reader = _print(db, maya, tmp_path, "photo-sheet", include_private=True)
    assert "PRIVATE-CAPTION" in text and _images(reader) == 2
    text, reader = _print(db, maya, tmp_path, "photo-sheet", date_to=date(2026, 11, 19))
    assert "No photos" in text and _images(reader) == 0


@pytest.mark.parametrize("doc_id", ["bridge-book", "photo-sheet"])
def test_long_accented_name_with_emoji(db, maya, tmp_path, doc_id):
    from bfpp_desktop.storage.children import update_child
    kid = update_child(db, maya.copy(preferred_name="María-José Nguyễn-Świątek 🌈"))
    _prepare(db, kid, letter="¡Hola Rosa! 🌞 Maya dice: “te quiero”.")
    text, reader = _print(db, kid, tmp_path, doc_id, large_print=True)
    assert "Nguyễn-Świątek" in text and "🌈" not in text
    if doc_id == "bridge-book":
        assert "¡Hola Rosa! Maya dice: “te quiero”." in text
    for page in reader.pages:
        assert "page" in page.extract_text().splitlines()[-1]


def test_command_line_page_and_photo_range(db, maya, data_dir, tmp_path, capsys):
    from bfpp_desktop import app
    _prepare(db, maya, letter="FIRST PAGE")
    _prepare(db, maya, letter="SECOND PAGE", prepared_on=date(2026, 11, 30))
    out = tmp_path / "page.pdf"
    base = ["--data-dir", str(data_dir), "print"]
    assert app.main([*base, "bridge-book", "--child", "Maya", "--page", "1",
                     "--out", str(out)]) == 0
    assert "FIRST PAGE" in PdfReader(out).pages[0].extract_text()
    assert app.main([*base, "bridge-book", "--child", "Maya", "--force", "--out", str(out)]) == 0
    assert "SECOND PAGE" in PdfReader(out).pages[0].extract_text()
    assert app.main([*base, "bridge-book", "--child", "Maya", "--page", "7",
                     "--out", str(out)]) != 0
    assert app.main([*base, "photo-sheet", "--child", "Maya", "--page", "1",
                     "--out", str(out)]) == 2
    assert app.main([*base, "photo-sheet", "--child", "Maya", "--force", "--from", "2026-11-01",
                     "--to", "2026-11-24", "--out", str(out)]) == 0
    assert _images(PdfReader(out)) == 1
