"""What the window writes (settings.ini, print previews, the database beside them) is for
its owner only, under the umask the app sets at start."""
import os
import stat

import pytest

from bfpp_desktop.core import paths, permissions

from print_helpers import wait_ready

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def private_umask():
    before = os.umask(0o022)
    permissions.use_private_umask()   # as app.main does first
    yield
    os.umask(before)


def _open_to_others(folder):
    return {str(p.relative_to(folder)): oct(stat.S_IMODE(p.stat().st_mode))
            for p in [folder, *folder.rglob("*")] if stat.S_IMODE(p.stat().st_mode) & 0o077}


def test_the_windows_files_are_private(qtbot, make_window, tmp_path, private_umask):
    folder = tmp_path / "new"
    window = make_window(folder, demo=True)
    window.open_print_center()
    center = window.print_center
    wait_ready(qtbot, center)
    assert list((folder / "tmp").glob("*.pdf"))   # a preview is on disk now
    assert (folder / (paths.DATABASE_FILENAME + "-wal")).exists()   # and the WAL beside it
    window.context.settings.sync()
    assert (folder / paths.SETTINGS_FILENAME).exists()
    assert _open_to_others(folder) == {}
    window.close()
    assert _open_to_others(folder) == {}


def test_files_left_open_to_others_are_made_private_once_the_window_is_painted(
        qtbot, make_window, tmp_path, private_umask):
    """A copy from elsewhere, or an older version's files: the walk over the folder (every
    photo in it) waits for the window's first paint, then leaves nothing open to others."""
    from bfpp_desktop.session import Access, open_session

    folder = tmp_path / "copied"
    with open_session(folder, Access.WRITE):
        pass
    database = folder / paths.DATABASE_FILENAME
    for path in (folder, database):
        path.chmod(0o755 if path.is_dir() else 0o644)
    window = make_window(folder)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: _open_to_others(folder) == {})
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
