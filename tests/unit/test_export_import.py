"""Export and import: a round trip, one child, a merge into records already there."""
import io
import json
import os
import zipfile

import pytest
from export_helpers import export_demo, photo_files, read_document
from PIL import Image

from bfpp_desktop.actions.imports import import_file, preview_import, read_import
from bfpp_desktop.actions.records import move_page
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.export_format import FORMAT_VERSION, RECORD_TYPES, check_document
from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import export_zip, records
from bfpp_desktop.storage import contacts as contact_store
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.export_read import read_export_records
from bfpp_desktop.storage.photo_sweep import PhotoKeeper, referenced_files


@pytest.fixture(scope="module")
def demo_zip(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return export_demo(folder / "data", folder / "family.zip")


def _demo_photos(demo_zip) -> int:
    """How many photos the demo family's records name (the demo's story decides)."""
    with open_session(demo_zip.parent / "data", Access.READ) as session:
        return len(referenced_files(session.db))


def _demo_entries(demo_zip) -> int:
    with open_session(demo_zip.parent / "data", Access.READ) as session:
        return session.db["journal_entries"].count


def _import(folder, path):
    with open_session(folder, Access.WRITE) as session:
        return import_file(session, PhotoKeeper(session.db, session.data_dir), path).value


def _without_photo_names(records: dict) -> dict:
    """The records with each photo's file name left out (an import gives new ones)."""
    out = {}
    for kind, found in records.items():
        cleaned = []
        for r in found:
            r = dict(r)
            if kind == "journal_photos":
                r["file_name"] = "?"
            if kind == "bridge_pages":
                r["photos"] = [{**p, "file_name": "?"} for p in r["photos"]]
                r["reply_photo"] = "?" if r["reply_photo"] else ""
            if kind == "lifebook_pages":
                r["photos"] = [{**p, "file_name": "?"} for p in r["photos"]]
            if kind == "expenses":
                r["receipt_photo"] = "?" if r["receipt_photo"] else ""
            cleaned.append(r)
        out[kind] = cleaned
    return out


def test_the_export_file_is_private_documented_and_holds_the_photos(demo_zip):
    if os.name == "posix":
        assert oct(os.stat(demo_zip).st_mode & 0o777) == "0o600"
    assert not [p for p in demo_zip.parent.iterdir() if p.name.endswith(".part")]
    document = read_document(demo_zip)
    assert document["format"] == "bfpp-desktop-export"
    assert document["version"] == FORMAT_VERSION
    assert set(document["records"]) == {t.name for t in RECORD_TYPES}
    assert len(document["records"]["children"]) == 3
    with zipfile.ZipFile(demo_zip) as archive:
        members = set(archive.namelist())
        for photo in document["photos"]:
            assert photo["member"] in members
            Image.open(io.BytesIO(archive.read(photo["member"]))).verify()
    assert len(document["photos"]) == _demo_photos(demo_zip) > 1
    check_document(document)   # what was written passes the import's own checks


def test_round_trip_into_a_new_folder_brings_everything(demo_zip, tmp_path):
    written = _import(tmp_path / "new", demo_zip)
    assert sorted(written.new_children) == ["Amara", "Leo", "Maya"]
    with open_session(demo_zip.parent / "data", Access.READ) as before, \
            open_session(tmp_path / "new", Access.READ) as after:
        old = read_export_records(before.db)
        new = read_export_records(after.db)
        assert _without_photo_names(new["records"]) == _without_photo_names(old["records"])
        assert new["household"] == old["household"]
        # Every photo a record names is there, under a new name of our own, and is a picture.
        files = referenced_files(after.db)
        assert len(files) == len(referenced_files(before.db)) > 1
        assert not files & referenced_files(before.db)
        for child_id, name in files:
            path = after.photos_dir / str(child_id) / name
            Image.open(path).verify()
    assert len(photo_files(tmp_path / "new")) == _demo_photos(demo_zip)


def test_one_child_holds_only_that_child_and_their_people(tmp_path):
    zip_path = export_demo(tmp_path / "data", tmp_path / "maya.zip", child_name="Maya")
    document = read_document(zip_path)
    assert [c["preferred_name"] for c in document["records"]["children"]] == ["Maya"]
    assert document["household"] is None and document["scope"] == "one_child"
    assert {link["child_id"] for link in document["records"]["child_contacts"]} == {
        document["records"]["children"][0]["id"]}
    names = {c["name"] for c in document["records"]["contacts"]}
    assert "Rosa Ortiz" in names and "Jasmine Johnson" not in names   # Leo's mother
    written = _import(tmp_path / "new", zip_path)
    assert written.new_children == ["Maya"]
    with open_session(tmp_path / "new", Access.READ) as session:
        assert [c.display_name for c in child_store.list_children(session.db)] == ["Maya"]


def test_merge_gives_new_ids_remaps_references_and_adds_nothing_twice(demo_zip, tmp_path):
    folder = tmp_path / "ours"
    with open_session(folder, Access.WRITE) as session:
        sam = child_store.add_child(session.db, Child(full_name="Sam Lee", preferred_name="Sam"))
        # Our own record of the demo's caseworker: kept, and linked to the new children.
        dana = contact_store.add_contact(session.db, Contact(
            name="Dana Whitfield", role=Role.CASEWORKER, notes="our notes", child_ids=[sam.id]))
    written = _import(folder, demo_zip)
    assert "Dana Whitfield" not in written.new_contacts
    with open_session(folder, Access.READ) as session:
        db = session.db
        kids = {c.display_name: c for c in child_store.list_children(db)}
        assert set(kids) == {"Sam", "Maya", "Leo", "Amara"}
        assert kids["Sam"].id == sam.id and sam.id not in written.child_ids.values()
        assert contact_store.get_contact(db, dana.id).notes == "our notes"
        assert [c.name for c in contact_store.list_all_contacts(db)].count("Dana Whitfield") == 1
        maya = kids["Maya"]
        assert dana.id in {c.id for c in contact_store.list_contacts_for_child(db, maya.id)}
        # People at entries, page summaries and page photos point at the right records.
        assert _people_at_entries(db) == _people_at_entries_in(demo_zip)
        for page in db.query("SELECT child_id, summaries, photos FROM bridge_pages"):
            for summary in json.loads(page["summaries"]):
                if summary["entry_id"] is not None:
                    entry = next(db.query("SELECT child_id, share_summary FROM journal_entries "
                                          "WHERE id = ?", [summary["entry_id"]]))
                    assert entry["child_id"] == page["child_id"]
                    assert entry["share_summary"] == summary["text"]
            for photo in json.loads(page["photos"]):
                kept = next(db.query("SELECT file_name FROM journal_photos WHERE id = ?",
                                     [photo["photo_id"]]))
                assert kept["file_name"] == photo["file_name"]   # one copy, both name it
        for child_id, name in referenced_files(db):
            assert (session.photos_dir / str(child_id) / name).is_file()
        counts = {t: db[t].count for t in ("children", "journal_entries", "contacts")}
    # The same file again adds nothing: everything in it is already here.
    again = _import(folder, demo_zip)
    assert not again.added and again.photos == []
    assert sorted(again.merged_children) == ["Amara", "Leo", "Maya"]
    with open_session(folder, Access.READ) as session:
        assert {t: session.db[t].count for t in counts} == counts
    assert len(photo_files(folder)) == _demo_photos(demo_zip)


def _people_at_entries(db) -> set[tuple[str, str, str]]:
    return {(r["title"], r["name"], r["contact"]) for r in db.query(
        "SELECT e.title, p.name, c.name AS contact FROM journal_participants p "
        "JOIN journal_entries e ON e.id = p.entry_id JOIN contacts c ON c.id = p.contact_id")}


def _people_at_entries_in(path) -> set[tuple[str, str, str]]:
    records = read_document(path)["records"]
    titles = {e["id"]: e["title"] for e in records["journal_entries"]}
    people = {c["id"]: c["name"] for c in records["contacts"]}
    return {(titles[p["entry_id"]], p["name"], people[p["contact_id"]])
            for p in records["journal_participants"] if p["contact_id"]}


def test_the_preview_adds_nothing(demo_zip, tmp_path):
    with open_session(tmp_path / "new", Access.WRITE) as session:
        preview = preview_import(session, read_import(demo_zip))
        assert preview.added["journal_entries"] == _demo_entries(demo_zip)
        assert session.db["children"].count == 0
    assert photo_files(tmp_path / "new") == []


def test_a_stopped_export_leaves_no_file_behind(tmp_path):
    """Stop (a progress call that raises) halfway: no export, no temporary file."""
    class Stop(Exception):
        pass

    def stop_after_first(done, total):
        if done >= 1:
            raise Stop()
    with open_session(tmp_path / "data", Access.WRITE, fill_demo=True) as session:
        with pytest.raises(Stop):
            export_zip.export_to_file(session.db, session.data_dir, tmp_path / "out.zip",
                                      progress=stop_after_first)
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_an_export_to_a_missing_folder_says_so(tmp_path):
    with open_session(tmp_path / "data", Access.WRITE) as session:
        with pytest.raises(KnownError) as caught:
            export_zip.export_to_file(session.db, session.data_dir,
                                      tmp_path / "nowhere" / "out.zip")
    assert "does not exist" in caught.value.message


def test_a_photo_name_from_elsewhere_is_never_exported(tmp_path):
    """A tampered record naming a file outside the child's folder: the file stays out."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n SECRET-MARKER-77")
    with open_session(tmp_path / "data", Access.WRITE, fill_demo=True) as session:
        session.db.execute("UPDATE bridge_pages SET reply_photo = '../../../secret.png'")
        session.db.conn.commit()
        document = export_zip.export_to_file(session.db, session.data_dir, tmp_path / "o.zip")
    assert all("secret" not in p["file_name"] for p in document["photos"])
    with zipfile.ZipFile(tmp_path / "o.zip") as archive:
        assert all(b"SECRET-MARKER-77" not in archive.read(n) for n in archive.namelist())


def test_a_minimal_hand_written_file_imports_with_defaults(tmp_path):
    """Only the required fields: what a file from before an optional field was added has."""
    path = tmp_path / "small.zip"
    document = {"format": "bfpp-desktop-export", "version": 1, "records": {
        "children": [{"id": 7, "full_name": "Ana Díaz", "placement_type": "kinship",
                      "permanency_goal": "reunification"}],
        "journal_entries": [{"id": 3, "child_id": 7, "entry_date": "2026-03-01",
                             "kind": "note", "notes": "First day."}],
        "contacts": [{"id": 9, "name": "Rosa", "role": "birth_parent",
                      "phones": [{"number": "555 123 4567"}]}],
        "child_contacts": [{"contact_id": 9, "child_id": 7}]}}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bfpp-export.json", json.dumps(document))
    written = _import(tmp_path / "new", path)
    assert written.new_children == ["Ana Díaz"]
    with open_session(tmp_path / "new", Access.READ) as session:
        child = child_store.list_children(session.db)[0]
        assert child.stage == 1 and not child.archived
        rosa = contact_store.find_contacts_by_phone(session.db, "(555) 123-4567")
        assert [c.name for c in rosa] == ["Rosa"] and rosa[0].child_ids == [child.id]
        assert session.db["journal_entries"].count == 1


def test_the_command_line_exports_and_imports(tmp_path, capsys):
    from bfpp_desktop.app import main
    source, new = tmp_path / "a", tmp_path / "b"
    assert main(["--data-dir", str(source), "--demo", "children"]) == 0
    out = tmp_path / "leo.zip"
    assert main(["--data-dir", str(source), "export", "--child", "Leo", str(out)]) == 0
    assert "Children: 1 (Leo)" in capsys.readouterr().out
    assert main(["--data-dir", str(source), "export", "--child", "Leo", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["--data-dir", str(new), "import", str(out)]) == 0
    assert "New children: Leo" in capsys.readouterr().out
    assert main(["--data-dir", str(new), "import", str(tmp_path / "missing.zip")]) == 2
    assert "This is not an export file" in capsys.readouterr().err
    assert main(["--data-dir", str(new), "children"]) == 0
    assert "Leo" in capsys.readouterr().out


def test_merged_notes_and_pages_continue_without_gaps(demo_zip, tmp_path):
    """Some of a child's notes and pages are already here: the new ones follow on."""
    folder = tmp_path / "ours"
    document = read_document(demo_zip)
    maya_id = next(c["id"] for c in document["records"]["children"]
                   if c["preferred_name"] == "Maya")
    _import(folder, demo_zip)
    with open_session(folder, Access.WRITE) as session:
        db = session.db
        # Forget Maya's last page and the last note of a section, as if never imported:
        # the file keeps their places after those that are already here.
        db.execute("DELETE FROM bridge_pages WHERE child_id = ? AND number = 3", [maya_id])
        last = next(db.query("SELECT id FROM world_items WHERE child_id = ? "
                             "ORDER BY position DESC LIMIT 1", [maya_id]))
        db.execute("DELETE FROM world_items WHERE id = ?", [last["id"]])
        db.conn.commit()
    again = _import(folder, demo_zip)
    assert again.added["bridge_pages"] == 1 and again.added["world_items"] == 1
    with open_session(folder, Access.READ) as session:
        numbers = [r["number"] for r in session.db.query(
            "SELECT number FROM bridge_pages WHERE child_id = ? ORDER BY number", [maya_id])]
        assert numbers == [1, 2, 3]
        for section in {r["section"] for r in session.db.query(
                "SELECT section FROM world_items WHERE child_id = ?", [maya_id])}:
            positions = [r["position"] for r in session.db.query(
                "SELECT position FROM world_items WHERE child_id = ? AND section = ? "
                "ORDER BY position", [maya_id, section])]
            assert positions == list(range(len(positions)))


def test_an_export_removes_what_a_stopped_one_left_under_its_name(tmp_path):
    left = tmp_path / ".family.zip.abc123.part"
    left.write_text("private records from an export that was killed")
    other = tmp_path / ".other.zip.abc123.part"
    other.write_text("not ours to remove")
    with open_session(tmp_path / "data", Access.WRITE) as session:
        export_zip.export_to_file(session.db, session.data_dir, tmp_path / "family.zip")
    assert not left.exists() and other.exists()


def test_merged_lifebook_pages_follow_the_childs_own_in_their_order(demo_zip, tmp_path):
    """The child's own book keeps its order (gaps and all); pages the file adds come after."""
    folder = tmp_path / "ours"
    _import(folder, demo_zip)
    with open_session(folder, Access.WRITE) as session:
        db = session.db
        amara = next(c for c in child_store.list_children(db) if c.display_name == "Amara")
        pages = records.between(db, LifebookPage, amara.id)
        # Put "Your own words" first, then drop "Things you love" as if never imported.
        move_page(db, next(p.id for p in pages if p.title == "Your own words"), 0)
        [things] = [p for p in pages if p.title == "Things you love"]
        records.delete(db, LifebookPage, things.id)
        own = [p.title for p in records.between(db, LifebookPage, amara.id)]
        db.conn.commit()
    again = _import(folder, demo_zip)
    assert again.added["lifebook_pages"] == 1
    with open_session(folder, Access.READ) as session:
        book = records.between(session.db, LifebookPage, amara.id)
        assert [p.title for p in book] == own + ["Things you love"]
        positions = [p.position for p in book]
        assert len(set(positions)) == len(positions)
