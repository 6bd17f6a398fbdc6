"""A session reads without writing, says plainly why a folder cannot be used, and keeps
the data folder private."""
import os
import stat
import subprocess
import sys

import pytest
from readonly import read_only_folder
from subprocess_helpers import run_python

from bfpp_desktop.app import main
from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.data_lock import DataFolderLock
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.children import add_child


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder, Access.WRITE) as session:
        add_child(session.db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    return folder


def test_a_reading_command_writes_nothing_to_a_ready_file(folder, capsys):
    database = paths.database_path(folder)
    before = database.read_bytes(), database.stat().st_mtime_ns
    assert main(["--data-dir", str(folder), "children"]) == 0
    assert "Maya" in capsys.readouterr().out
    assert (database.read_bytes(), database.stat().st_mtime_ns) == before


def test_a_read_only_copy_can_be_listed(folder, capsys):
    with read_only_folder(folder):
        assert main(["--data-dir", str(folder), "children"]) == 0
    assert "Maya" in capsys.readouterr().out


def test_a_read_only_folder_is_not_reported_as_already_open(folder):
    with read_only_folder(folder):
        with pytest.raises(Exception) as caught:
            open_session(folder, Access.WRITE)
    assert "cannot be written" in caught.value.title
    assert "Already open" not in caught.value.title


def test_a_data_folder_that_is_a_file_gets_its_own_message(tmp_path, capsys):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my shopping list")
    assert main(["--data-dir", str(not_a_folder), "children"]) == 2
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err
    assert "something went wrong" not in err and "Already open" not in err
    assert not_a_folder.read_text() == "my shopping list"


def test_a_lock_file_naming_another_live_process_does_not_keep_the_folder(folder):
    """Only the operating system's lock counts; what a lock file says is never trusted."""
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    try:
        paths.lock_path(folder).write_text(f"{other.pid}\nbfpp-desktop\nthis-host\n")
        lock = DataFolderLock(paths.lock_path(folder))
        assert lock.try_acquire()
        lock.release()
    finally:
        other.stdin.close()
        other.wait(timeout=10)


def _loose_modes(folder):
    """Everything under *folder* that someone other than its owner could open."""
    return {str(p.relative_to(folder)): oct(stat.S_IMODE(p.stat().st_mode))
            for p in [folder, *folder.rglob("*")]
            if stat.S_IMODE(p.stat().st_mode) & 0o077}


def test_an_existing_data_folder_is_made_private_when_opened(folder):
    os.chmod(folder, 0o755)
    for name in ("photos/3", "backups", "tmp"):
        (folder / name).mkdir(parents=True, exist_ok=True)
        os.chmod(folder / name, 0o755)
    for name in ("settings.ini", "photos/3/a.jpg", "backups/old.sqlite3",
                 "tmp/print-preview-1.pdf", paths.DATABASE_FILENAME):
        (folder / name).touch()
        os.chmod(folder / name, 0o644)
    with open_session(folder, Access.READ):
        pass
    assert _loose_modes(folder) == {}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_links_in_the_data_folder_are_not_followed_when_it_is_made_private(folder, tmp_path):
    """chmod through a link would change a file or folder outside the data folder."""
    outside_file, outside_folder = tmp_path / "shared.txt", tmp_path / "shared"
    outside_file.touch()
    outside_folder.mkdir()
    (outside_folder / "inside.txt").touch()
    for path in (outside_file, outside_folder / "inside.txt"):
        os.chmod(path, 0o644)
    os.chmod(outside_folder, 0o755)
    (folder / "photos").mkdir(exist_ok=True)
    (folder / "photos" / "link.jpg").symlink_to(outside_file)
    (folder / "linked-folder").symlink_to(outside_folder, target_is_directory=True)
    with open_session(folder, Access.READ):
        pass
    assert oct(stat.S_IMODE(outside_file.stat().st_mode)) == "0o644"
    assert oct(stat.S_IMODE(outside_folder.stat().st_mode)) == "0o755"
    assert oct(stat.S_IMODE((outside_folder / "inside.txt").stat().st_mode)) == "0o644"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_everything_the_app_creates_is_for_its_owner_only(tmp_path):
    folder, logs = tmp_path / "data", tmp_path / "logs"
    result = run_python(
        "import sys\n"
        "from bfpp_desktop.core import paths\n"
        "from pathlib import Path\n"
        "paths.log_dir = lambda: Path(sys.argv[1])\n"
        "from bfpp_desktop.app import main\n"
        "import logging; logging.getLogger('probe').warning('a line in the log')\n"
        "status = main(sys.argv[2:])\n"
        "logging.getLogger('probe').warning('another line')\n"
        "sys.exit(status)\n",
        str(logs), "--data-dir", str(folder), "--demo", "children")
    assert result.returncode == 0, result.stderr
    assert (folder / paths.DATABASE_FILENAME).exists()
    assert any((folder / "photos").rglob("*.*")), "the demo family has photos"
    assert list(logs.glob("*.log"))
    assert _loose_modes(folder) == {}
    assert _loose_modes(logs) == {}
