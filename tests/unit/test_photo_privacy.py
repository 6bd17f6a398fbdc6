"""Photos carry nothing but the picture: no GPS, camera or thumbnail in the stored
copy nor in a printout, upright, and at print size in the PDF."""
import io
import sqlite3
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlite_utils import Database

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import JournalEntry, Photo
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import photos
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.journal import add_entry
from legacy_schema import make_legacy_file
from photo_samples import metadata_left, phone_jpeg, png_with_text

TODAY = date(2026, 11, 24)


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))


def _colour_at(data: bytes, x: float, y: float) -> tuple[int, ...]:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").getpixel((int(x * (image.width - 1)),
                                              int(y * (image.height - 1))))


def test_a_phone_photo_is_stored_without_its_metadata(data_dir, maya, tmp_path):
    source = tmp_path / "IMG_0001.JPG"
    original = phone_jpeg()
    source.write_bytes(original)
    assert {"GPS", "maker", "thumbnail", "XMP", "comment"} <= set(metadata_left(original))
    name = photos.import_photo(data_dir, maya.id, source)
    stored = photos.photo_path(data_dir, maya.id, name).read_bytes()
    assert name.endswith(".jpg") and stored.startswith(b"\xff\xd8\xff")
    assert metadata_left(stored) == []
    assert source.read_bytes() == original           # the caregiver's file is untouched


def test_png_text_chunks_are_dropped_and_png_stays_png(data_dir, maya, tmp_path):
    source = tmp_path / "drawing.png"
    source.write_bytes(png_with_text())
    name = photos.import_photo(data_dir, maya.id, source)
    stored = photos.photo_path(data_dir, maya.id, name).read_bytes()
    assert name.endswith(".png") and metadata_left(stored) == []
    assert photos.store_photo_bytes(data_dir, maya.id, png_with_text()).endswith(".png")


def test_a_sideways_photo_is_stored_upright(data_dir, maya, tmp_path):
    # Stored 64x32, red on top; orientation 6 means "turn 90° clockwise to view".
    source = tmp_path / "sideways.jpg"
    source.write_bytes(phone_jpeg(64, 32, orientation=6))
    name = photos.import_photo(data_dir, maya.id, source)
    stored = photos.photo_path(data_dir, maya.id, name).read_bytes()
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (32, 64)
        assert not image.getexif().get(0x0112)
    red, blue = _colour_at(stored, 0.9, 0.5), _colour_at(stored, 0.1, 0.5)
    assert red[0] > 150 > red[2] and blue[2] > 150 > blue[0]   # red half now on the right


@pytest.mark.parametrize("cut", [200, 600])
def test_a_broken_photo_gets_a_plain_message(data_dir, maya, tmp_path, cut):
    source = tmp_path / "half.jpg"
    whole = phone_jpeg(400, 300)
    source.write_bytes(whole[:cut])
    with pytest.raises(KnownError, match="damaged or only partly copied"):
        photos.import_photo(data_dir, maya.id, source)
    assert source.read_bytes() == whole[:cut]
    assert not any(photos.child_photo_dir(data_dir, maya.id).glob("*"))


def _image_streams(reader: PdfReader) -> list[bytes]:
    streams = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                streams.append(obj.get_data())
    return streams


def _photo_entry(db, child, name: str) -> None:
    add_entry(db, JournalEntry(child_id=child.id, entry_date=date(2026, 11, 20), title="Park",
                               share_summary="Maya went down the slide.",
                               photos=[Photo(name, caption="Slide", shareable=True)]))


def test_no_metadata_reaches_the_photo_sheet_even_from_an_old_file(db, data_dir, maya,
                                                                  tmp_path):
    imported = tmp_path / "IMG_0002.JPG"
    imported.write_bytes(phone_jpeg(800, 600))
    _photo_entry(db, maya, photos.import_photo(data_dir, maya.id, imported))
    # A file copied in as it was, the way older versions stored photos.
    raw = photos.photo_path(data_dir, maya.id, "0" * 32 + ".jpg")
    raw.write_bytes(phone_jpeg(800, 600))
    _photo_entry(db, maya, raw.name)
    options = printout("photo-sheet").default_options(Paper.A4)
    out = make_document(db, "photo-sheet", maya, options, tmp_path / "sheet.pdf", today=TODAY)
    streams = _image_streams(PdfReader(out))
    assert len(streams) == 2
    for data in streams:
        assert b"Exif" not in data and b"PhoneMaker" not in data and b"xmpmeta" not in data
        assert data.count(b"\xff\xd8\xff") == 1 and metadata_left(data) == []


def test_a_big_photo_is_printed_at_print_size(db, data_dir, maya, tmp_path):
    big = Image.effect_noise((4000, 3000), 40).convert("RGB")
    buffer = io.BytesIO()
    big.save(buffer, "JPEG", quality=90)
    _photo_entry(db, maya, photos.store_photo_bytes(data_dir, maya.id, buffer.getvalue()))
    options = printout("photo-sheet").default_options(Paper.A4)
    out = make_document(db, "photo-sheet", maya, options, tmp_path / "sheet.pdf", today=TODAY)
    page = PdfReader(out).pages[0]
    [image] = [ref.get_object() for ref in page["/Resources"]["/XObject"].values()
               if ref.get_object().get("/Subtype") == "/Image"]
    # A photo-sheet cell is about 3 inches wide: 300 dots per inch is about 950 pixels.
    assert 600 < image["/Width"] <= 1000 and "/DCTDecode" in image["/Filter"]


def test_the_update_cleans_photos_already_stored(data_dir, tmp_path, caplog):
    # A data folder as a build before photo cleaning left it.
    make_legacy_file(paths.database_path(data_dir), stop_before="0110_clean_photo_metadata")
    db = Database(sqlite3.connect(paths.database_path(data_dir)))
    # The child as that build wrote it (today's storage writes columns it did not have).
    child_id = db.execute("INSERT INTO children (full_name, placement_type, permanency_goal, "
                          "created_at, updated_at) VALUES ('Maya Rodríguez', 'foster', "
                          "'reunification', 'then', 'then')").lastrowid
    db.conn.commit()
    folder = photos.child_photo_dir(data_dir, child_id)
    folder.mkdir(parents=True)
    # Named as the app names its photo files (a random hex name and the kind).
    a, b, broken = "a1" * 16 + ".jpg", "b2" * 16 + ".png", "c3" * 16 + ".jpg"
    (folder / a).write_bytes(phone_jpeg(64, 32, orientation=6))
    (folder / b).write_bytes(png_with_text())
    (folder / broken).write_bytes(b"\xff\xd8\xff\xe0 half a photo")
    # The entry as that build wrote it, too.
    entry_id = db.execute("INSERT INTO journal_entries (child_id, entry_date, kind, title, "
                          "photo_count, created_at, updated_at) VALUES (?, '2026-01-02', "
                          "'note', 'Old', 3, 'then', 'then')", [child_id]).lastrowid
    for position, name in enumerate((a, b, broken)):
        db.execute("INSERT INTO journal_photos (entry_id, position, file_name) "
                    "VALUES (?, ?, ?)", [entry_id, position, name])
    db.conn.commit()
    db.close()

    db = open_database(paths.database_path(data_dir))
    assert metadata_left((folder / a).read_bytes()) == []
    with Image.open(folder / a) as upright:
        assert upright.size == (32, 64)
    assert metadata_left((folder / b).read_bytes()) == []
    assert (folder / broken).read_bytes() == b"\xff\xd8\xff\xe0 half a photo"
    assert broken in caplog.text
    assert sorted(p.name for p in folder.iterdir()) == [a, b, broken]
    assert db.execute("SELECT count(*) FROM file_tasks").fetchone()[0] == 0  # runs once
    db.close()


def test_a_photo_whose_orientation_cannot_be_read_still_comes_in_clean(data_dir, maya,
                                                                      tmp_path, monkeypatch):
    import struct

    from PIL import ImageOps

    def unreadable(_image):
        raise struct.error("unpack requires a buffer of 4 bytes")  # as broken EXIF can
    monkeypatch.setattr(ImageOps, "exif_transpose", unreadable)
    source = tmp_path / "edited.jpg"
    source.write_bytes(phone_jpeg(64, 32, orientation=6))
    name = photos.import_photo(data_dir, maya.id, source)
    stored = photos.photo_path(data_dir, maya.id, name).read_bytes()
    assert metadata_left(stored) == []
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (64, 32)                  # kept as stored
