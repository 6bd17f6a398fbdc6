"""The export file itself: one .zip holding the JSON document and the photos.

Writing: the zip is built under a temporary name beside the target (owner-only) and
renamed into place when whole (core.whole_file), so a stop or a full disk leaves no
half file and nothing private behind.

Reading trusts nothing: a file that is not a zip, is cut short, holds too many or
too large members (a zip bomb), names a member outside the expected layout (path
traversal), carries a newer or unknown format, or has been edited so that a field
is the wrong type, each ends in its own plain KnownError before anything is written.
Every photo is checked against the size and SHA-256 the document lists for it, and
must start like a JPEG or PNG.

Protection by passphrase (export_protect) happens in _write_member/_read_member: every
byte of the document and the photos passes through those two, sealed with the key of
the file's plain protection member.
"""
import glob
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop import __version__
from bfpp_desktop.core.export_format import (DOCUMENT_MEMBER, FORMAT_NAME, FORMAT_VERSION,
                                             PHOTO_MEMBER, Document, FormatProblem,
                                             NewerFormat, check_document, referenced_photos)
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.whole_file import whole_file
from bfpp_desktop.core import paths
from bfpp_desktop.storage import keys, photos
from bfpp_desktop.storage.errors import KnownError, LockedError, classify
from bfpp_desktop.storage.export_protect import (PROTECTION, PROTECTION_LIMIT, NotProtected,
                                                 Protection, WrongPassphrase, new_protection,
                                                 read_protection)
from bfpp_desktop.storage.export_read import read_export_records

# Limits on what an import reads, far above a real family's years of records.
MAX_MEMBERS = 100_000
DOCUMENT_LIMIT = 256 * 1024 * 1024
PHOTO_LIMIT = photos.SIZE_LIMIT
TOTAL_LIMIT = 16 * 1024 * 1024 * 1024
_CHUNK = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_SEALING = 28   # nonce and tag a sealed member adds

Progress = Callable[[int, int], None]   # (done, in all); may raise to stop the work


@dataclass
class ImportFile:
    """A checked export file: its document, and where it is (photos are read again, and
    checked again, when they are copied in)."""
    path: Path
    document: Document
    # The key of a file protected by a passphrase; None for a plain file.
    protection: Protection | None = None


# ----- writing --------------------------------------------------------------------------------
def write_export(target: Path, content: dict, data_dir: Path,
                 progress: Progress | None = None, passphrase: str | None = None) -> dict:
    """Write *content* (read_export_records' scope, household and records) and the photos
    it refers to, found in *data_dir*, to *target*, protected by *passphrase* if given;
    returns the document written."""
    target = Path(target)
    protection = None if passphrase is None else new_protection(passphrase)
    progress = progress or (lambda done, total: None)
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__,
                "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                **content, "photos": []}
    wanted = _photos_on_disk(content, Path(data_dir))
    _remove_stale_parts(target)
    try:
        with whole_file(target) as partial:
            with zipfile.ZipFile(partial, "w") as archive:
                if protection is not None:
                    _write_member(archive, PROTECTION, protection.header,
                                  zipfile.ZIP_DEFLATED)
                for number, (child_id, name, source) in enumerate(wanted, start=1):
                    data = photos.read_photo(source)
                    member = f"photos/{child_id}/{number}{photos.kind_of(data)}"
                    _write_member(archive, member, data, zipfile.ZIP_STORED,  # already packed
                                  protection)
                    document["photos"].append({
                        "child_id": child_id, "file_name": name, "member": member,
                        "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
                    progress(number, len(wanted) + 1)
                _write_member(archive, DOCUMENT_MEMBER, json.dumps(
                    document, ensure_ascii=False, indent=1).encode("utf-8"),
                    zipfile.ZIP_DEFLATED, protection)
            progress(len(wanted) + 1, len(wanted) + 1)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise KnownError(translate("Export", "The export could not be saved"),
                         translate("Export", "The folder {folder} does not exist.").format(
                             folder=target.parent),
                         translate("Export", "Please choose another folder.")) from exc
    except OSError as exc:
        raise classify(exc, target.parent) or exc
    return document


def _remove_stale_parts(target: Path) -> None:
    """A temporary file an earlier export to this name left when the app was stopped
    (killed, or the computer went off) holds private records: remove it."""
    try:
        for stale in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
            stale.unlink(missing_ok=True)
    except OSError:
        pass   # the export itself then says what is wrong with the folder


def _write_member(archive: zipfile.ZipFile, name: str, data: bytes, compression: int,
                  protection: Protection | None = None) -> None:
    if protection is not None:
        # Sealed bytes do not compress: pack them first, then store them as they are.
        data = protection.seal(name, zlib.compress(data) if compression else data)
        compression = zipfile.ZIP_STORED
    archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                     compress_type=compression)


def _photos_on_disk(content: dict, data_dir: Path) -> list[tuple[int, str, Path]]:
    """(child id, name, file) of each photo the records refer to, once, that is there to
    export: a plain name inside the child's folder (never one from elsewhere), and a
    JPEG or PNG. A missing one prints as missing after import, as it does here."""
    document = Document(content["scope"], content["records"], None, [])
    found = {}
    for _where, child_id, name in referenced_photos(document):
        if (child_id, name) in found or not _plain_name(name):
            continue
        path = photos.photo_path(data_dir, child_id, name)
        try:
            if path.is_file() and not path.is_symlink() and photos.image_kind(path):
                found[(child_id, name)] = path
        except OSError:
            continue
    return [(child_id, name, path) for (child_id, name), path in found.items()]


def _plain_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*", name)) and ".." not in name


# ----- reading --------------------------------------------------------------------------------
def _refused(title: str, message: str, path: Path, **values) -> KnownError:
    return KnownError(title, message.format(name=Path(path).name, **values),
                      translate("Export", "Nothing was imported; your records are as they were."))


def not_an_export(path: Path) -> KnownError:
    return _refused(translate("Export", "This is not an export file"),
                    translate("Export", "“{name}” is not a file this app exported. An export "
                                        "is a .zip file made with File > Export…"), path)


def damaged(path: Path) -> KnownError:
    return _refused(translate("Export", "The export file is incomplete"),
                    translate("Export", "“{name}” seems damaged or only partly copied. Copy "
                                        "it again from where it was made, or export again."),
                    path)


def too_large(path: Path) -> KnownError:
    return _refused(translate("Export", "The export file is too large"),
                    translate("Export", "“{name}” holds more, or larger, files than an export "
                                        "made by this app would. It may not be an export, "
                                        "or it may have been changed."), path)


def changed(path: Path, detail: str) -> KnownError:
    return _refused(translate("Export", "The export file has been changed"),
                    translate("Export", "“{name}” is not the way this app wrote it, so it "
                                        "cannot be imported safely. {detail}"), path,
                    detail=detail)


def newer(path: Path, version: int) -> KnownError:
    return KnownError(
        translate("Export", "The export file is from a newer version"),
        translate("Export", "“{name}” was made by a newer version of this app (export format "
                            "{version}; this version reads format {ours}).").format(
            name=Path(path).name, version=version, ours=FORMAT_VERSION),
        translate("Export", "Please install the newer version to import it. Nothing was "
                            "imported; your records are as they were."))


def not_a_photo(path: Path, member: str) -> KnownError:
    return _refused(translate("Export", "A photo in the export file cannot be used"),
                    translate("Export", "“{member}” in “{name}” is not a JPEG or PNG picture, "
                                        "or it is not the photo that was exported."), path,
                    member=member)


class ProtectedExportError(LockedError):
    """The export file is protected by a passphrase, and none (or a wrong one) was given."""


def protected(path: Path) -> ProtectedExportError:
    return ProtectedExportError(
        translate("Export", "This export file is protected by a passphrase"),
        translate("Export", "“{name}” can only be read with the passphrase it was saved "
                            "with.").format(name=Path(path).name),
        translate("Export", "Type the passphrase to import it."))


def wrong_passphrase(path: Path) -> ProtectedExportError:
    return ProtectedExportError(
        translate("Export", "That passphrase does not open the export file"),
        translate("Export", "The passphrase does not open “{name}”.").format(
            name=Path(path).name),
        translate("Export", "Check the Caps Lock key and try again. Nothing was imported."))


def read_export(path: Path, progress: Progress | None = None,
                passphrase: str | None = None) -> ImportFile:
    """Check the export file at *path* whole: its layout, size, document and photos.
    A protected file needs its *passphrase* (ProtectedExportError without it)."""
    path = Path(path)
    progress = progress or (lambda done, total: None)
    try:
        with open(path, "rb") as handle:
            starts_like_zip = handle.read(4) == _ZIP_MAGIC
        with zipfile.ZipFile(path) as archive:
            infos = _checked_members(archive, path)
            protection = _protection(archive, infos, path, passphrase)
            document = _read_document(archive, infos, path, protection)
            _check_photos(archive, infos, document, path, progress, protection)
    except KnownError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error,
            NotImplementedError) as exc:
        raise (damaged(path) if starts_like_zip else not_an_export(path)) from exc
    except (IsADirectoryError, FileNotFoundError) as exc:
        raise not_an_export(path) from exc
    except PermissionError as exc:
        raise _refused(translate("Export", "The export file cannot be opened"),
                       translate("Export", "This app is not allowed to read “{name}”."),
                       path) from exc
    except OSError as exc:
        raise classify(exc, path) or damaged(path) from exc
    return ImportFile(path, document, protection)


def _protection(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], path: Path,
                passphrase: str | None) -> Protection | None:
    if PROTECTION not in infos:
        return None
    if passphrase is None:
        raise protected(path)
    header = _read_member(archive, infos[PROTECTION], PROTECTION_LIMIT, path)
    try:
        return read_protection(header, passphrase)
    except NotProtected as exc:
        raise changed(path, translate("Export", "Its protection cannot be read.")) from exc


def _checked_members(archive: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise too_large(path)
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    # A sealed photo is a nonce and a tag longer than the picture in it.
    sealing = _SEALING if any(info.filename == PROTECTION for info in infos) else 0
    for info in infos:
        name = info.filename
        if name not in (DOCUMENT_MEMBER, PROTECTION) and not PHOTO_MEMBER.fullmatch(name):
            # Also every absolute path, "..", backslash or drive letter: nothing here is
            # ever written under a member's name, and nothing unexpected is read.
            raise changed(path, translate("Export", "It holds a file this app does not put "
                                                    "in an export: “{member}”.").format(
                member="".join(c if c.isprintable() else "?" for c in name[:80])))
        if name in by_name:
            raise changed(path, translate("Export", "It holds “{member}” twice.").format(
                member=name))
        limit = {DOCUMENT_MEMBER: DOCUMENT_LIMIT, PROTECTION: PROTECTION_LIMIT}.get(
            name, PHOTO_LIMIT + sealing)
        total += info.file_size
        if info.file_size > limit or total > TOTAL_LIMIT:
            raise too_large(path)
        by_name[name] = info
    if DOCUMENT_MEMBER not in by_name:
        raise not_an_export(path)
    return by_name


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
                 path: Path, protection: Protection | None = None,
                 packed: bool = False) -> bytes:
    """The member's bytes, read no further than *limit* whatever its header says, and
    unsealed (raising WrongPassphrase) when the file is protected; *packed* for the
    document, which is compressed before it is sealed."""
    parts, size = [], 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            size += len(chunk)
            if size > limit + (_SEALING if protection else 0):
                raise too_large(path)
            parts.append(chunk)
    data = b"".join(parts)
    if protection is None:
        return data
    data = protection.open(info.filename, data)
    if not packed:
        return data
    unpacker = zlib.decompressobj()
    data = unpacker.decompress(data, limit + 1)
    if len(data) > limit or unpacker.unconsumed_tail:
        raise too_large(path)
    return data


def _no_constants(name: str):
    raise ValueError(name)   # NaN and Infinity are not JSON, whatever Python accepts


def _read_document(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
                   path: Path, protection: Protection | None) -> Document:
    try:
        data = _read_member(archive, infos[DOCUMENT_MEMBER], DOCUMENT_LIMIT, path,
                            protection, packed=True)
    except WrongPassphrase as exc:
        raise wrong_passphrase(path) from exc
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        detail = (translate("Export", "Its records cannot be read from line {line} on.")
                  .format(line=line) if line else
                  translate("Export", "Its records cannot be read."))
        raise changed(path, detail) from exc
    try:
        document = check_document(value)
    except NewerFormat as exc:
        raise newer(path, exc.version) from exc
    except FormatProblem as exc:
        if isinstance(value, dict) and value.get("format") != FORMAT_NAME:
            raise not_an_export(path) from exc
        raise changed(path, str(exc)) from exc
    except RecursionError as exc:
        raise changed(path, translate("Export", "Its records cannot be read.")) from exc
    listed = {p["member"] for p in document.photos}
    held = set(infos) - {DOCUMENT_MEMBER, PROTECTION}
    if listed != held:
        missing = sorted(listed - held)
        raise changed(path, translate("Export", "The photo “{member}” it lists is not in it.")
                      .format(member=missing[0]) if missing else
                      translate("Export", "It holds photos its records do not list."))
    return document


def _check_photos(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo],
                  document: Document, path: Path, progress: Progress,
                  protection: Protection | None) -> None:
    for done, entry in enumerate(document.photos, start=1):
        photo_bytes(archive, infos[entry["member"]], entry, path, protection)
        progress(done, len(document.photos))


def photo_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict,
                path: Path, protection: Protection | None = None) -> bytes:
    """A photo member's bytes, once they are what the document says (size, SHA-256) and
    start like the JPEG or PNG its name says."""
    try:
        data = _read_member(archive, info, PHOTO_LIMIT, path, protection)
    except WrongPassphrase as exc:
        raise not_a_photo(path, entry["member"]) from exc
    kind = photos.kind_of(data)
    if (len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]
            or kind is None or not entry["member"].endswith(kind)):
        raise not_a_photo(path, entry["member"])
    return data


def read_photos(source: ImportFile, wanted: list[dict],
                each: Callable[[dict, bytes], None]) -> None:
    """Hand each photo entry in *wanted* with its (checked again) bytes to *each*."""
    try:
        with zipfile.ZipFile(source.path) as archive:
            for entry in wanted:
                info = archive.getinfo(entry["member"])
                each(entry, photo_bytes(archive, info, entry, source.path, source.protection))
    except KnownError:
        raise
    except (zipfile.BadZipFile, KeyError, EOFError, zlib.error) as exc:
        raise damaged(source.path) from exc
    except OSError as exc:
        known = classify(exc)
        raise (known or damaged(source.path)) from exc


def export_to_file(db: Database, data_dir: Path, target: Path, child_id: int | None = None,
                   progress: Progress | None = None, passphrase: str | None = None) -> dict:
    """Export everything (or child *child_id* and what is theirs) from *db* to *target*;
    returns the document written. The file is protected by *passphrase*, and always by
    the lock's passphrase when the data folder is locked (nothing leaves it readable)."""
    unlocked = keys.unlocked(data_dir)
    if unlocked is not None and keys.is_locked_file(paths.database_path(data_dir)):
        passphrase = passphrase or unlocked.passphrase
    return write_export(target, read_export_records(db, child_id), data_dir, progress,
                        passphrase)


def describe_export(document: dict) -> str:
    """One sentence on what an export holds."""
    records = document["records"]
    return translate("Export", "Children: {children} ({names}); journal entries: {entries}; "
                               "people: {people}; photos: {photos}.").format(
        children=len(records["children"]),
        names=", ".join((c["preferred_name"] or c["full_name"]) for c in records["children"]),
        entries=len(records["journal_entries"]), people=len(records["contacts"]),
        photos=len(document["photos"]))
