"""Files the app writes for the caregiver (PDFs, vCards) appear whole or not at all.

Everything is written to a temporary file in the target's own folder, flushed to
the disk, then renamed over the target with os.replace (atomic on one file
system). If anything fails on the way (a full disk, a cancelled printout), the
temporary file is removed and a file already at the target is left as it was.
"""
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def whole_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside *target*; on a clean exit it becomes *target*.

    The temporary file is created first, so a folder that is missing or cannot be
    written to fails at once, before any work is done. New files are readable by
    their owner only, like the data folder: they hold a child's details.
    """
    target = Path(target)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                    suffix=".part")
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        _flush_to_disk(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # already gone after a successful replace


def write_text(target: Path, text: str) -> Path:
    with whole_file(target) as partial:
        partial.write_text(text, encoding="utf-8")
    return Path(target)


def copy_file(source: Path, target: Path) -> Path:
    with whole_file(target) as partial:
        shutil.copyfile(source, partial)
    return Path(target)


def _flush_to_disk(path: Path) -> None:
    # Without this a power cut just after the rename can leave an empty file.
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
