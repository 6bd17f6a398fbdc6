"""Import of a bad file: a plain message for each kind, and nothing half-imported
(the records and the photo folder are exactly as they were)."""
import shutil
import zipfile

import pytest
from actions_helpers import snapshot
from export_helpers import export_demo, photo_files, read_document, rewrite

from bfpp_desktop.actions.imports import import_file
from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import export_zip, photos
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.photo_sweep import PhotoKeeper

NOT_AN_EXPORT = "This is not an export file"
INCOMPLETE = "The export file is incomplete"
TOO_LARGE = "The export file is too large"
CHANGED = "The export file has been changed"
NEWER = "The export file is from a newer version"
NOT_A_PHOTO = "A photo in the export file cannot be used"


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    return export_demo(folder / "data", folder / "family.zip")


def photo_members(good) -> list[str]:
    """The photos in the demo's export, in the file's order (the demo's story decides)."""
    return [photo["member"] for photo in read_document(good)["photos"]]


@pytest.fixture
def ours(tmp_path, good):
    """Our own folder: one child of ours, plus the demo family imported once, photos too."""
    folder = tmp_path / "ours"
    with open_session(folder, Access.WRITE) as session:
        child_store.add_child(session.db, Child(full_name="Sam Lee"))
        import_file(session, PhotoKeeper(session.db, session.data_dir), good)
    return folder


def refused(folder, path) -> KnownError:
    """Import *path* into *folder*: it must fail with a KnownError and change nothing."""
    with open_session(folder, Access.WRITE) as session:
        before, files = snapshot(session.db), photo_files(folder)
        with pytest.raises(KnownError) as caught:
            import_file(session, PhotoKeeper(session.db, session.data_dir), path)
        assert snapshot(session.db) == before
    assert photo_files(folder) == files
    assert "Nothing was imported" in str(caught.value)
    return caught.value


def edited(good, tmp_path, change):
    def edit(document):
        change(document)
    return rewrite(good, tmp_path / "edited.zip", edit=edit)


def test_a_file_that_is_not_a_zip(ours, tmp_path):
    text = tmp_path / "notes.zip"
    text.write_text("not a zip at all")
    assert refused(ours, text).title == NOT_AN_EXPORT
    assert refused(ours, tmp_path).title == NOT_AN_EXPORT          # a folder
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert refused(ours, other).title == CHANGED
    only_json = tmp_path / "other.zip"
    with zipfile.ZipFile(only_json, "w") as archive:
        archive.writestr("bfpp-export.json", '{"format": "something-else", "version": 1}')
    assert refused(ours, only_json).title == NOT_AN_EXPORT


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9, 0.999])
def test_a_truncated_file(ours, good, tmp_path, keep):
    cut = tmp_path / "cut.zip"
    data = good.read_bytes()
    cut.write_bytes(data[:int(len(data) * keep)])
    assert refused(ours, cut).title == INCOMPLETE


def test_a_flipped_byte_in_a_photo_or_the_records(ours, good, tmp_path):
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo(photo_members(good)[1])
    at = info.header_offset + 30 + len(info.filename) + 100
    data[at] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(data))
    assert refused(ours, flipped).title == INCOMPLETE   # the zip's own CRC


def test_too_many_or_too_large_members(ours, good, tmp_path, monkeypatch):
    monkeypatch.setattr(export_zip, "MAX_MEMBERS", 3)
    assert refused(ours, good).title == TOO_LARGE
    monkeypatch.undo()
    monkeypatch.setattr(export_zip, "DOCUMENT_LIMIT", 10_000)
    assert refused(ours, good).title == TOO_LARGE
    monkeypatch.undo()
    monkeypatch.setattr(export_zip, "TOTAL_LIMIT", 20_000)
    assert refused(ours, good).title == TOO_LARGE


def test_a_zip_bomb(ours, tmp_path):
    """A small file that unpacks to far more than any photo may be."""
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bfpp-export.json", "{}")
        archive.writestr("photos/1/1.jpg", b"\0" * (export_zip.PHOTO_LIMIT + 1))
    assert bomb.stat().st_size < 200_000
    assert refused(ours, bomb).title == TOO_LARGE


def test_a_member_whose_header_understates_its_size(ours, good, tmp_path, monkeypatch):
    """The limit holds while reading too, not only by what the zip's header claims."""
    real = zipfile.ZipFile.infolist

    def understated(archive):
        infos = real(archive)
        for info in infos:
            info.file_size = 1
        return infos
    monkeypatch.setattr(zipfile.ZipFile, "infolist", understated)
    monkeypatch.setattr(export_zip, "DOCUMENT_LIMIT", 10_000)
    problem = refused(ours, good)
    assert problem.title in (TOO_LARGE, INCOMPLETE)


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "photos/1/../../x.jpg",
                                  "photos\\1\\1.jpg", "C:/x.jpg", "photos/1/a.jpg"])
def test_path_traversal_in_a_member_name(ours, good, tmp_path, name):
    bad = rewrite(good, tmp_path / "bad.zip", extra={name: b"\xff\xd8\xff" + b"x" * 10})
    problem = refused(ours, bad)
    assert problem.title == CHANGED and "does not put in an export" in problem.message
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "x.jpg").exists()


@pytest.mark.parametrize("version, title", [(2, NEWER), (99, NEWER), (0, CHANGED),
                                            ("1", CHANGED), (None, CHANGED), (True, CHANGED)])
def test_a_wrong_or_newer_version(ours, good, tmp_path, version, title):
    bad = edited(good, tmp_path, lambda d: d.update(version=version))
    problem = refused(ours, bad)
    assert problem.title == title
    if title == NEWER:
        assert "newer version" in problem.message and "install" in problem.advice


def _child(d):
    return d["records"]["children"][0]


def _entry(d):
    return d["records"]["journal_entries"][0]


HAND_EDITS = {
    "a number as text": (lambda d: _child(d).update(stage="two"), "“stage”"),
    "a missing field": (lambda d: _child(d).pop("full_name"), "“full_name” is missing"),
    "a date that is no date": (lambda d: _entry(d).update(entry_date="31/02/2026"), "date"),
    "an impossible date": (lambda d: _entry(d).update(entry_date="2026-02-31"), "real date"),
    "a choice not in the list": (lambda d: _entry(d).update(kind="party"), "should be one of"),
    "true/false as a number": (lambda d: _child(d).update(archived=1), "true or false"),
    "a list as text": (lambda d: d["records"]["world_items"][0].update(steps="wash"), "list"),
    "records not a list": (lambda d: d["records"].update(children={}), "should be a list"),
    "an unknown field": (lambda d: _child(d).update(nickname="M"), "“nickname”"),
    "an unknown record type": (lambda d: d["records"].update(pets=[]), "“pets”"),
    "a reference to nothing": (lambda d: _entry(d).update(child_id=999), "does not hold"),
    "an id twice": (lambda d: d["records"]["children"].append(dict(_child(d))), "twice"),
    "a broken character": (lambda d: _entry(d).update(notes="a\ud800b"), "broken character"),
    "text far too long": (lambda d: _entry(d).update(notes="x" * 300_000), "longer than"),
    "a title longer than the journal takes": (
        lambda d: _entry(d).update(title="x" * 400), "most that can be saved there is 300"),
    "a photo listed but not there": (
        lambda d: d["photos"][0].update(member="photos/3/77.png"), "not in it"),
    "a photo in another child's folder": (
        lambda d: d["photos"][0].update(member="photos/2/1.png"), "should hold it"),
    "a record that is not an object": (
        lambda d: d["records"]["contacts"].append("Rosa"), "should be an object"),
    "no records at all": (lambda d: d.pop("records"), "“records” is missing"),
}


@pytest.mark.parametrize("kind", HAND_EDITS)
def test_a_hand_edited_file(ours, good, tmp_path, kind):
    change, said = HAND_EDITS[kind]
    problem = refused(ours, edited(good, tmp_path, change))
    assert problem.title == CHANGED
    assert said in problem.message


def test_json_that_is_not_json(ours, good, tmp_path):
    for text in ('{"format": "bfpp-desktop-export",', '{"version": NaN}', "[" * 100_000,
                 b"\xff\xfe{}"):
        bad = tmp_path / "bad.zip"
        shutil.copy(good, bad)
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as archive:
            for name in source.namelist():
                if name != "bfpp-export.json":
                    archive.writestr(name, source.read(name))
            archive.writestr("bfpp-export.json", text)
        assert refused(ours, bad).title in (CHANGED, NOT_AN_EXPORT)


def test_a_photo_that_is_not_a_picture(ours, good, tmp_path):
    text = rewrite(good, tmp_path / "text.zip",
                   photo=lambda member, data: b"just some text, renamed")
    problem = refused(ours, text)
    assert problem.title == NOT_A_PHOTO
    # Another picture than the one exported: its check sum gives it away.
    first, second = photo_members(good)[:2]
    with zipfile.ZipFile(good) as archive:
        other = archive.read(second)
    swapped = rewrite(good, tmp_path / "swapped.zip", extra={first: other})
    assert refused(ours, swapped).title == NOT_A_PHOTO


def test_a_damaged_last_photo_sweeps_the_photos_copied_before_it(tmp_path, good,
                                                                 monkeypatch):
    """Photos are copied before the records are written; when the last one turns out
    damaged, those copied before it go again and no record is added."""
    *before, last = photo_members(good)

    def damage_last(member, data):
        return data[:30] + b"\0" * 20 if member == last else data
    bad = rewrite(good, tmp_path / "bad.zip", photo=damage_last)
    folder = tmp_path / "fresh"
    with open_session(folder, Access.WRITE):
        pass
    copied = []
    real = photos.import_photo_data

    def spy(data_dir, child_id, data, source):
        name = real(data_dir, child_id, data, source)
        copied.append(photos.photo_path(data_dir, child_id, name))
        return name
    monkeypatch.setattr(photos, "import_photo_data", spy)
    problem = refused(folder, bad)
    assert problem.title == NOT_A_PHOTO and last in problem.message
    assert len(copied) == len(before) and not any(p.exists() for p in copied)
    assert photo_files(folder) == []
    with open_session(folder, Access.READ) as session:
        assert session.db["children"].count == 0
