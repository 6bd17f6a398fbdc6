"""`print --out` cannot hurt anything: no unasked overwrite, never inside the data folder,
a plain message for each problem with the target, and never half a file."""
import errno
import os

import pytest
from pypdf import PdfReader
from readonly import read_only_folder

from bfpp_desktop import app

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.reports import page
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.photos import photo_path


@pytest.fixture
def maya(db):
    return add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))


def run(data_dir, out, *extra):
    return app.main(["--data-dir", str(data_dir), "print", "routine-sheet", "--child", "Maya",
                     "--out", str(out), *extra])


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_an_existing_file_is_left_alone_unless_forced(tmp_path, data_dir, maya, capsys):
    out = tmp_path / "mine.pdf"
    out.write_bytes(b"my own letter")
    assert run(data_dir, out) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert out.read_bytes() == b"my own letter"
    assert run(data_dir, out, "--force") == 0
    assert "Maya" in PdfReader(out).pages[0].extract_text()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("target", ["database", "wal", "photo", "backup", "lock", "new-file"])
def test_nothing_inside_the_data_folder_is_written(tmp_path, data_dir, db, maya, capsys,
                                                   target):
    photo = photo_path(data_dir, maya.id, "ab" * 16 + ".jpg")   # named as the app names them
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"\xff\xd8\xff photo")
    backup = paths.backups_dir(data_dir) / "b.sqlite3"
    backup.parent.mkdir()
    backup.write_bytes(b"SQLite format 3\x00 a backup")
    assert app.main(["--data-dir", str(data_dir), "children"]) == 0  # makes the lock file
    path = {"database": paths.database_path(data_dir),
            "wal": data_dir / (paths.DATABASE_FILENAME + "-wal"),
            "photo": photo,
            "backup": backup,
            "lock": paths.lock_path(data_dir),
            "new-file": data_dir / "sheet.pdf"}[target]
    assert path.exists() == (target != "new-file")
    before = path.read_bytes() if path.exists() else None
    assert run(data_dir, path, "--force") == 2
    assert "inside the app's data folder" in capsys.readouterr().err
    if target == "new-file":
        assert not path.exists()
    elif target in ("wal", "lock"):   # SQLite and the lock may touch these themselves
        assert not path.read_bytes().startswith(b"%PDF")
    else:
        assert path.read_bytes() == before
    assert _leftovers(path.parent) == []


def test_a_symlink_into_the_data_folder_is_refused(tmp_path, data_dir, db, maya, capsys):
    database = paths.database_path(data_dir)
    before = database.read_bytes()
    link = tmp_path / "innocent.pdf"
    link.symlink_to(database)
    folder_link = tmp_path / "shortcut"
    folder_link.symlink_to(data_dir, target_is_directory=True)
    assert run(data_dir, link, "--force") == 2
    assert run(data_dir, folder_link / "sheet.pdf") == 2
    assert capsys.readouterr().err.count("inside the app's data folder") == 2
    assert database.read_bytes() == before
    assert not (data_dir / "sheet.pdf").exists()



def test_each_problem_with_the_folder_has_its_own_message(tmp_path, data_dir, maya, capsys,
                                                          monkeypatch):
    assert run(data_dir, tmp_path / "nowhere" / "a.pdf") == 2
    missing = capsys.readouterr().err
    with read_only_folder(tmp_path / "locked") as locked:
        assert run(data_dir, locked / "a.pdf") == 2
        assert os.listdir(locked) == []
    no_permission = capsys.readouterr().err

    def disk_fills_up(doc, *args, **kwargs):
        with open(doc.filename, "wb") as half:
            half.write(b"%PDF-1.4 half a page")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(page._Doc, "build", disk_fills_up)
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"the sheet from last week")
    assert run(data_dir, out, "--force") == 2
    full = capsys.readouterr().err
    assert out.read_bytes() == b"the sheet from last week"
    assert _leftovers(tmp_path) == []
    assert run(data_dir, tmp_path / "new.pdf") == 2
    assert not (tmp_path / "new.pdf").exists() and _leftovers(tmp_path) == []

    assert "does not exist" in missing
    assert "cannot save in the folder" in no_permission and "read-only" in no_permission
    assert "no room left on the disk" in full
    for message in (missing, no_permission, full):
        assert "something went wrong" not in message and "Traceback" not in message
    assert len({missing, no_permission, full}) == 3
