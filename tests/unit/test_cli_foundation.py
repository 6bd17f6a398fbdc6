"""The command line: children listing, --demo, and clear messages for bad data folders."""
import tempfile
from datetime import date

from bfpp_desktop.actions.children import end_placement
from bfpp_desktop.core import paths
from bfpp_desktop.core.children import PlacementEnd
from bfpp_desktop.storage.connection import open_database
from bfpp_desktop.app import main
from readonly import read_only_folder


def test_children_command_lists_id_name_stage_and_whether_in_care(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "--demo", "children"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    names = {line.split("\t")[1]: line.split("\t") for line in lines}
    assert set(names) >= {"Maya", "Leo", "Amara"}
    assert names["Maya"][2] == "1" and names["Maya"][3] == "in care"
    assert all(len(line.split("\t")) == 4 for line in lines)


def test_children_command_shows_ended_placements_as_ended(tmp_path, capsys):
    folder = tmp_path / "d"
    main(["--data-dir", str(folder), "--demo", "children"])
    ids = {line.split("\t")[1]: int(line.split("\t")[0])
           for line in capsys.readouterr().out.strip().splitlines()}
    db = open_database(paths.database_path(folder))
    end_placement(db, ids["Leo"], PlacementEnd.WENT_HOME, date(2026, 11, 10))
    end_placement(db, ids["Maya"], PlacementEnd.ADOPTION, date(2026, 11, 12))
    db.close()
    main(["--data-dir", str(folder), "children"])
    listed = {line.split("\t")[1]: line.split("\t")[2:]
              for line in capsys.readouterr().out.strip().splitlines()}
    assert listed == {"Amara": [listed["Amara"][0], "in care"],
                      "Leo": ["4", "went home 2026-11-10"]}
    main(["--data-dir", str(folder), "children", "--archived"])
    [maya] = capsys.readouterr().out.strip().splitlines()
    assert maya.split("\t")[1:] == ["Maya", "1", "ended 2026-11-12 (adoption)"]


def test_demo_does_not_touch_a_folder_with_children(tmp_path, capsys):
    folder = str(tmp_path / "d")
    main(["--data-dir", folder, "--demo", "children"])
    first = capsys.readouterr().out
    main(["--data-dir", folder, "--demo", "children"])
    assert capsys.readouterr().out == first


def test_demo_without_data_dir_uses_a_fresh_temporary_folder(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "mine")
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert main(["--demo", "children"]) == 0
    assert "Maya" in capsys.readouterr().out
    assert not (tmp_path / "mine").exists()
    assert list(temp.iterdir()) == []      # the sample's folder went with the command


def test_read_only_folder_gets_a_message_not_a_traceback(tmp_path, capsys):
    with read_only_folder(tmp_path / "ro") as folder:
        status = main(["--data-dir", str(folder), "children"])
    err = capsys.readouterr().err
    assert status == 2
    assert "cannot be written" in err
    assert "Traceback" not in err


def test_text_file_as_database_is_refused_and_unchanged(tmp_path, capsys):
    folder = tmp_path / "d"
    folder.mkdir()
    db_file = folder / paths.DATABASE_FILENAME
    db_file.write_text("shopping: milk, eggs\n")
    assert main(["--data-dir", str(folder), "children"]) == 2
    assert "not a database" in capsys.readouterr().err
    assert db_file.read_text() == "shopping: milk, eggs\n"


def test_zero_byte_database_is_refused_and_unchanged(tmp_path, capsys):
    folder = tmp_path / "d"
    folder.mkdir()
    db_file = folder / paths.DATABASE_FILENAME
    db_file.touch()
    assert main(["--data-dir", str(folder), "children"]) == 2
    assert "empty" in capsys.readouterr().err
    assert db_file.stat().st_size == 0


def test_new_data_folder_is_private(tmp_path):
    main(["--data-dir", str(tmp_path / "new"), "children"])
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o700
