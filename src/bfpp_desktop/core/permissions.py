"""Owner-only files: the data folder holds a child's records, the log and settings.ini
the household's details, so on POSIX every folder is 0700 and every file 0600.

New files get it from the umask set at start; files made before (by an older
version, another program or a copy) are tightened when the folder is opened.
Plain Python: the command line and the window use the same rules.
"""
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def use_private_umask() -> None:
    """Everything this process creates from now on is for its owner only."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def tighten(folder: Path) -> None:
    """Take group and other access away from *folder* and everything inside it.

    Links are skipped (chmod would change what they point to, maybe outside the
    folder). A file that cannot be changed is logged and left, never a reason not
    to open the folder.
    """
    if os.name != "posix":
        return
    # Plain strings, not Path objects: a folder with 5,000 photos is walked at every
    # start, and building a Path for each file took longer than its lstat.
    _tighten_one(str(folder), FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _tighten_one(os.path.join(root, name), FOLDER_MODE)
        for name in files:
            _tighten_one(os.path.join(root, name), FILE_MODE)


def _tighten_one(path: str, mode: int) -> None:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or not stat.S_IMODE(info.st_mode) & 0o077:
            return
        os.chmod(path, mode)
    except OSError:
        log.warning("could not make %s private", path, exc_info=True)
