"""Photo files for journal entries, kept in <data_dir>/photos/<child_id>/.

Files are copied in (the caregiver's originals are never touched) and checked
by their first bytes, so a text file renamed .jpg is refused with a message.
Thumbnails are the UI's job.
"""
import shutil
import uuid
from pathlib import Path

from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage.errors import KnownError, classify

PHOTOS_DIRNAME = "photos"
SIZE_LIMIT = 40 * 1024 * 1024
_MAGIC = {b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png"}


def child_photo_dir(data_dir: Path, child_id: int) -> Path:
    return Path(data_dir) / PHOTOS_DIRNAME / str(child_id)


def photo_path(data_dir: Path, child_id: int, file_name: str) -> Path:
    return child_photo_dir(data_dir, child_id) / file_name


def image_kind(path: Path) -> str | None:
    """'.jpg' or '.png' judged by the file's first bytes; None for anything else."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    return next((ext for magic, ext in _MAGIC.items() if head.startswith(magic)), None)


def not_a_photo(path: Path) -> KnownError:
    return KnownError(
        translate("Photos", "This file is not a photo we can use"),
        translate("Photos", "{name} is not a JPEG or PNG picture.").format(name=Path(path).name),
        translate("Photos", "Please choose a .jpg or .png photo. The file was not changed."))


def import_photo(data_dir: Path, child_id: int, source: Path) -> str:
    """Copy *source* into the child's photo folder; return the new file name."""
    source = Path(source)
    try:
        if not source.is_file():
            raise not_a_photo(source)
        if source.stat().st_size > SIZE_LIMIT:
            raise KnownError(
                translate("Photos", "This photo is very large"),
                translate("Photos", "{name} is larger than 40 MB.").format(name=source.name),
                translate("Photos", "Please choose a smaller copy of the photo."))
        kind = image_kind(source)
        if kind is None:
            raise not_a_photo(source)
        folder = child_photo_dir(data_dir, child_id)
        folder.mkdir(parents=True, exist_ok=True)
        name = uuid.uuid4().hex + kind
        shutil.copyfile(source, folder / name)
        return name
    except KnownError:
        raise
    except OSError as exc:
        raise classify(exc, getattr(exc, "filename", None)) or exc


def store_photo_bytes(data_dir: Path, child_id: int, data: bytes) -> str:
    """Save picture bytes made by the app itself (demo, benchmarks); return the file name."""
    kind = next((ext for magic, ext in _MAGIC.items() if data.startswith(magic)), None)
    if kind is None:
        raise not_a_photo(Path("picture"))
    folder = child_photo_dir(data_dir, child_id)
    folder.mkdir(parents=True, exist_ok=True)
    name = uuid.uuid4().hex + kind
    (folder / name).write_bytes(data)
    return name


def remove_photo_files(data_dir: Path, child_id: int, names: list[str]) -> None:
    """Remove files no entry uses any more; a file already gone is fine."""
    for name in names:
        photo_path(data_dir, child_id, Path(name).name).unlink(missing_ok=True)


def remove_child_photos(data_dir: Path, child_id: int) -> None:
    """Called after a child is deleted: their photos go with them."""
    shutil.rmtree(child_photo_dir(data_dir, child_id), ignore_errors=True)
