"""The command line on a locked folder: BFPP_PASSPHRASE for scripts, a plain message
without it (never a hang), a wrong one refused; exports stay protected."""
import pytest

from bfpp_desktop.app import main
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import lock as passphrase_lock
from bfpp_desktop.storage.export_zip import read_export
from lock_helpers import MARKER, OLD, fill


@pytest.fixture
def locked(tmp_path):
    folder = tmp_path / "family"
    fill(folder)
    with open_session(folder, Access.WRITE) as session:
        passphrase_lock.turn_on(session.db, folder, OLD)
    return folder


def test_children_with_the_passphrase_in_the_environment(locked, monkeypatch, capsys):
    monkeypatch.setenv("BFPP_PASSPHRASE", OLD)
    assert main(["--data-dir", str(locked), "children"]) == 0
    assert "Maya" in capsys.readouterr().out


def test_without_a_passphrase_a_script_is_told_what_to_do(locked, monkeypatch, capsys):
    monkeypatch.delenv("BFPP_PASSPHRASE", raising=False)
    assert main(["--data-dir", str(locked), "children"]) == 2
    assert "BFPP_PASSPHRASE" in capsys.readouterr().err


def test_a_wrong_passphrase_is_refused(locked, monkeypatch, capsys):
    monkeypatch.setenv("BFPP_PASSPHRASE", "not it at all")
    assert main(["--data-dir", str(locked), "children"]) == 2
    assert "does not open" in capsys.readouterr().err


def test_export_and_import_on_the_command_line(locked, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BFPP_PASSPHRASE", OLD)
    out = tmp_path / "all.zip"
    assert main(["--data-dir", str(locked), "export", str(out)]) == 0
    assert MARKER.encode() not in out.read_bytes()
    assert read_export(out, passphrase=OLD).document.records["children"]
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "import", str(out)]) == 0   # asks BFPP_PASSPHRASE
    assert "Maya" in capsys.readouterr().out


def test_a_plain_folder_can_protect_its_export(tmp_path, monkeypatch):
    folder = tmp_path / "plain"
    fill(folder)
    monkeypatch.setenv("BFPP_PASSPHRASE", "export only passphrase")
    out = tmp_path / "protected.zip"
    assert main(["--data-dir", str(folder), "export", "--protect", str(out)]) == 0
    assert MARKER.encode() not in out.read_bytes()
    assert read_export(out, passphrase="export only passphrase").document.photos
