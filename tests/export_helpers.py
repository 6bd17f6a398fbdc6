"""Export files for the import tests: the demo family's, and altered copies of it."""
import hashlib
import json
import zipfile
from pathlib import Path

from bfpp_desktop.core.export_format import DOCUMENT_MEMBER
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.export_zip import export_to_file


def export_demo(folder: Path, out: Path, child_name: str | None = None) -> Path:
    """Fill *folder* with the demo family and export it (or one child) to *out*."""
    with open_session(folder, Access.WRITE, fill_demo=True) as session:
        child_id = None
        if child_name is not None:
            child_id = next(r["id"] for r in session.db.query(
                "SELECT id FROM children WHERE preferred_name = ?", [child_name]))
        export_to_file(session.db, session.data_dir, out, child_id)
    return out


def read_document(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(DOCUMENT_MEMBER))


def rewrite(source: Path, out: Path, edit=None, photo=None, extra: dict | None = None) -> Path:
    """A copy of the export *source*: its document passed through *edit* (changed in place),
    each photo's bytes through *photo*(member, data) (the document's size and check sum
    then follow the new bytes, so only the picture itself is wrong), plus *extra* members."""
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read(DOCUMENT_MEMBER))
        members = {name: archive.read(name) for name in archive.namelist()
                   if name != DOCUMENT_MEMBER}
    if photo is not None:
        for entry in document["photos"]:
            data = photo(entry["member"], members[entry["member"]])
            members[entry["member"]] = data
            entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    if edit is not None:
        edit(document)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in {**members, **(extra or {})}.items():
            archive.writestr(name, data)
        archive.writestr(DOCUMENT_MEMBER, json.dumps(document))  # \u escapes: any text
    return out


def photo_files(data_dir: Path) -> list[Path]:
    root = Path(data_dir) / "photos"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
