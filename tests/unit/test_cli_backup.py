"""`bfpp-desktop backup` and `bfpp-desktop restore FILE`, run as a caregiver would, in
their own process."""
from pathlib import Path

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import backup, backup_check
from bfpp_desktop.storage import children as child_store
from subprocess_helpers import lock_held_elsewhere, run_python

_CLI = "import sys\nfrom bfpp_desktop.app import main\nsys.exit(main(sys.argv[1:]))\n"


def _cli(data_dir, *args):
    return run_python(_CLI, "--data-dir", str(data_dir), *args)


def _names(data_dir) -> set[str]:
    with open_session(data_dir, Access.READ) as session:
        return {c.display_name for c in child_store.list_children(session.db)}


def _demo(data_dir):
    open_session(data_dir, Access.WRITE, fill_demo=True).close()


def test_backup_makes_a_sound_backup_and_says_what_it_holds(data_dir):
    _demo(data_dir)
    done = _cli(data_dir, "backup")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Backed up 3 children, ")
    [made] = backup.list_backups(paths.backups_dir(data_dir))
    assert str(made.path) in done.stdout
    assert backup_check.check_backup(made.path) == made
    assert made.reason == backup.FROM_COMMAND_LINE


def test_restore_and_its_undo_from_the_command_line(data_dir):
    _demo(data_dir)
    assert _cli(data_dir, "backup").returncode == 0
    [made] = backup.list_backups(paths.backups_dir(data_dir))
    with open_session(data_dir, Access.WRITE) as session:
        child_store.add_child(session.db, Child(full_name="Noor"))

    done = _cli(data_dir, "restore", str(made.database))
    assert done.returncode == 0, done.stderr
    assert "Restored the backup from" in done.stdout
    assert _names(data_dir) == {"Maya", "Leo", "Amara"}
    undo = done.stdout.splitlines()[-1].split("restore ", 1)[1]

    assert _cli(data_dir, "restore", undo).returncode == 0
    assert "Noor" in _names(data_dir)


def test_restore_is_refused_while_the_window_has_the_folder(data_dir):
    _demo(data_dir)
    assert _cli(data_dir, "backup").returncode == 0
    [made] = backup.list_backups(paths.backups_dir(data_dir))
    database = paths.database_path(data_dir)
    before = database.read_bytes()
    with lock_held_elsewhere(data_dir):
        refused = _cli(data_dir, "restore", str(made.path))
        also = _cli(data_dir, "backup")
    assert refused.returncode == also.returncode == 2
    assert "Already open" in refused.stderr and "Close the window" in refused.stderr
    assert database.read_bytes() == before
    assert len(backup.list_backups(paths.backups_dir(data_dir))) == 1


def test_a_damaged_backup_is_refused_in_plain_words(data_dir):
    _demo(data_dir)
    assert _cli(data_dir, "backup").returncode == 0
    [made] = backup.list_backups(paths.backups_dir(data_dir))
    made.database.write_bytes(made.database.read_bytes()[:5000])
    refused = _cli(data_dir, "restore", str(made.path))
    assert refused.returncode == 2
    assert "is damaged or incomplete, so it cannot be restored" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _names(data_dir) == {"Maya", "Leo", "Amara"}
    missing = _cli(data_dir, "restore", str(made.path) + "-typo")
    assert missing.returncode == 2 and "There is no backup at" in missing.stderr


def test_restore_replaces_a_damaged_data_file_and_keeps_it(data_dir):
    _demo(data_dir)
    assert _cli(data_dir, "backup").returncode == 0
    [made] = backup.list_backups(paths.backups_dir(data_dir))
    database = paths.database_path(data_dir)
    database.write_bytes(b"")
    done = _cli(data_dir, "restore", str(made.path))
    assert done.returncode == 0, done.stderr
    assert "The damaged data file was not deleted" in done.stdout
    kept = done.stdout.strip().rsplit(" ", 1)[1]
    assert (Path(kept) / paths.DATABASE_FILENAME).stat().st_size == 0
    assert _names(data_dir) == {"Maya", "Leo", "Amara"}
