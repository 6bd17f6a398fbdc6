"""Export files protected by a passphrase: they open only with it, and a changed member
or a protection this app would not write is refused before anything is imported."""
import json
import zipfile

import pytest

from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.export_protect import PROTECTION
from bfpp_desktop.storage.export_zip import ProtectedExportError, export_to_file, read_export
from lock_helpers import MARKER, fill

PASSPHRASE = "export file passphrase"


@pytest.fixture(scope="module")
def protected(tmp_path_factory):
    folder = tmp_path_factory.mktemp("family")
    fill(folder)
    out = folder.parent / "protected.zip"
    with open_session(folder, Access.READ) as session:
        export_to_file(session.db, folder, out, passphrase=PASSPHRASE)
    return out


def _edited(source, out, change):
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def test_only_the_passphrase_opens_it(protected):
    assert MARKER.encode() not in protected.read_bytes()
    with pytest.raises(ProtectedExportError):
        read_export(protected)
    with pytest.raises(ProtectedExportError) as wrong:
        read_export(protected, passphrase="something else")
    assert "does not open" in wrong.value.message
    opened = read_export(protected, passphrase=PASSPHRASE)
    assert opened.document.photos and opened.protection is not None
    notes = "".join(e["notes"] for e in opened.document.records["journal_entries"])
    assert MARKER in notes


def test_a_changed_photo_is_refused(protected, tmp_path):
    def flip(members):
        name = next(n for n in members if n.startswith("photos/"))
        data = bytearray(members[name])
        data[40] ^= 1
        members[name] = bytes(data)
    changed = _edited(protected, tmp_path / "changed.zip", flip)
    with pytest.raises(KnownError) as refused:
        read_export(changed, passphrase=PASSPHRASE)
    assert "cannot be used" in refused.value.title


def test_a_protection_asking_for_too_much_memory_is_refused(protected, tmp_path):
    def greedy(members):
        header = json.loads(members[PROTECTION])
        header["n"] = 2 ** 30
        members[PROTECTION] = json.dumps(header).encode()
    changed = _edited(protected, tmp_path / "greedy.zip", greedy)
    with pytest.raises(KnownError) as refused:
        read_export(changed, passphrase=PASSPHRASE)
    assert refused.value.title == "The export file has been changed"
