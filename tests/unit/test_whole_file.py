"""Files for the caregiver appear whole or not at all."""
import errno

import pytest

from bfpp_desktop.core import whole_file
from bfpp_desktop.core.whole_file import copy_file, write_text


def _folder_listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_new_file_appears_whole(tmp_path):
    target = tmp_path / "card.vcf"
    write_text(target, "BEGIN:VCARD\nFN:Rosa ñ\nEND:VCARD\n")
    assert target.read_text(encoding="utf-8") == "BEGIN:VCARD\nFN:Rosa ñ\nEND:VCARD\n"
    assert _folder_listing(tmp_path) == ["card.vcf"]
    assert target.stat().st_mode & 0o077 == 0   # the child's details: owner only


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_part(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"last week's sheet")
    with pytest.raises(OSError):
        with whole_file.whole_file(target) as partial:
            partial.write_bytes(b"%PDF half")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"last week's sheet"
    assert _folder_listing(tmp_path) == ["sheet.pdf"]


def test_a_failure_while_flushing_leaves_nothing(tmp_path, monkeypatch):
    def full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(whole_file, "_flush_to_disk", full)
    source = tmp_path / "preview.pdf"
    source.write_bytes(b"%PDF whole")
    with pytest.raises(OSError):
        copy_file(source, tmp_path / "copy.pdf")
    assert _folder_listing(tmp_path) == ["preview.pdf"]


def test_a_missing_folder_fails_before_any_work(tmp_path):
    worked = []
    with pytest.raises(FileNotFoundError):
        with whole_file.whole_file(tmp_path / "nowhere" / "a.pdf"):
            worked.append(True)
    assert worked == []
