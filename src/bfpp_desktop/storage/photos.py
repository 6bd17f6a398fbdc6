"""Photo files for journal entries and bridge-book replies, kept in
<data_dir>/photos/<child_id>/.

A photo comes in as a fresh copy without its metadata (see photo_clean); the
caregiver's original is never touched. Files are checked by their first bytes,
so a text file renamed .jpg is refused with a message. Every file is written
under a temporary name and renamed into place, so a crash never leaves half a
photo under a real name. Which files stay is decided by photo_sweep.
Thumbnails are the UI's job.

Every photo file is read through read_photo() and written through write_photo(): in a
locked data folder they are encrypted on disk (photo_crypt) and plain only in memory.
"""
import os
import re
from pathlib import Path

from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import keys, photo_crypt
from bfpp_desktop.storage.errors import KnownError, classify
from bfpp_desktop.storage.photo_clean import DamagedPicture, clean_picture

PHOTOS_DIRNAME = "photos"
SIZE_LIMIT = 40 * 1024 * 1024
_MAGIC = {b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png"}
TEMP_SUFFIX = ".part"
# The only names the app gives its photo files (_store): a record naming anything else
# (a path, "..", a file elsewhere) was not written by us and is never looked up.
_OUR_NAME = re.compile(r"[0-9a-f]{32}\.(?:jpg|png)")


def photos_root(data_dir: Path) -> Path:
    return Path(data_dir) / PHOTOS_DIRNAME


def child_photo_dir(data_dir: Path, child_id: int) -> Path:
    return photos_root(data_dir) / str(child_id)


def is_our_name(file_name: str) -> bool:
    return bool(_OUR_NAME.fullmatch(file_name or ""))


def photo_path(data_dir: Path, child_id: int, file_name: str) -> Path | None:
    """Where the photo is kept; None for a name the app did not make (shown and printed
    as a missing photo), so a damaged or tampered record cannot reach another file."""
    if not is_our_name(file_name):
        return None
    return child_photo_dir(data_dir, child_id) / file_name


def kind_of(data: bytes) -> str | None:
    """'.jpg' or '.png' judged by the first bytes; None for anything else."""
    return next((ext for magic, ext in _MAGIC.items() if data.startswith(magic)), None)


def image_kind(path: Path) -> str | None:
    """'.jpg' or '.png' judged by the picture's first bytes; None for anything else
    (a locked photo that cannot be unlocked too)."""
    try:
        return kind_of(read_photo(path))
    except photo_crypt.PhotoLocked:
        return None


def _photo_key(path: Path) -> bytes | None:
    # <data_dir>/photos/<child_id>/<name>
    unlocked = keys.unlocked(Path(path).parents[2])
    return None if unlocked is None else unlocked.photo_key


def read_photo(path: Path) -> bytes:
    """The picture in the photo file at *path*, decrypted when the folder is locked.
    Raises OSError when it cannot be read, photo_crypt.PhotoLocked when it is locked
    and its key is not here."""
    data = Path(path).read_bytes()
    if photo_crypt.is_locked(data):
        return photo_crypt.unlock(_photo_key(path), data)
    return data


def not_a_photo(path: Path) -> KnownError:
    return KnownError(
        translate("Photos", "This file is not a photo we can use"),
        translate("Photos", "{name} is not a JPEG or PNG picture.").format(name=Path(path).name),
        translate("Photos", "Please choose a .jpg or .png photo. The file was not changed."))


def damaged_photo(path: Path) -> KnownError:
    return KnownError(
        translate("Photos", "This photo cannot be opened"),
        translate("Photos", "{name} seems damaged or only partly copied.").format(
            name=Path(path).name),
        translate("Photos", "Please try another copy of the photo. The file was not changed."))


def write_photo(path: Path, data: bytes) -> None:
    """Write the picture *data* to a temporary name beside *path*, then rename it into
    place; encrypted when the folder is locked."""
    key = _photo_key(path)
    temp = path.with_name(path.name + TEMP_SUFFIX)
    try:
        with open(temp, "wb") as handle:
            handle.write(data if key is None else photo_crypt.lock(key, data))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _store(data_dir: Path, child_id: int, data: bytes, kind: str) -> str:
    folder = child_photo_dir(data_dir, child_id)
    folder.mkdir(parents=True, exist_ok=True)
    name = os.urandom(16).hex() + kind   # 32 random hex digits (uuid took 6 ms to load)
    write_photo(folder / name, data)
    return name


def import_photo(data_dir: Path, child_id: int, source: Path) -> str:
    """Copy *source* into the child's photo folder without its metadata; return the new
    file name."""
    source = Path(source)
    try:
        if not source.is_file():
            raise not_a_photo(source)
        if source.stat().st_size > SIZE_LIMIT:
            raise KnownError(
                translate("Photos", "This photo is very large"),
                translate("Photos", "{name} is larger than 40 MB.").format(name=source.name),
                translate("Photos", "Please choose a smaller copy of the photo."))
        return import_photo_data(data_dir, child_id, source.read_bytes(), source)
    except KnownError:
        raise
    except OSError as exc:
        raise classify(exc, getattr(exc, "filename", None)) or exc


def import_photo_data(data_dir: Path, child_id: int, data: bytes, source: Path) -> str:
    """Clean the picture *data* (read from *source*, named in messages) of its metadata
    into the child's photo folder under a new name of our own; return that name."""
    kind = kind_of(data)
    if kind is None:
        raise not_a_photo(source)
    try:
        cleaned = clean_picture(data, kind)
    except DamagedPicture as exc:
        raise damaged_photo(source) from exc
    return _store(data_dir, child_id, cleaned, kind)


def store_photo_bytes(data_dir: Path, child_id: int, data: bytes) -> str:
    """Save picture bytes made by the app itself (demo, benchmarks); return the file name."""
    kind = kind_of(data)
    if kind is None:
        raise not_a_photo(Path("picture"))
    try:
        cleaned = clean_picture(data, kind)
    except DamagedPicture as exc:
        raise damaged_photo(Path("picture")) from exc
    return _store(data_dir, child_id, cleaned, kind)
