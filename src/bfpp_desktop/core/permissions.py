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
    # A folder with 5,000 photos is walked at every start and every command: scandir
    # gives each entry's path, kind and link-ness with the listing, so each costs one
    # lstat and no Path or join.
    _tighten_one(str(folder), FOLDER_MODE)
    folders = [str(folder)]
    while folders:
        inside = folders.pop()
        try:
            entries = list(os.scandir(inside))
        except OSError:
            log.warning("could not look inside %s to make it private", inside, exc_info=True)
            continue
        for entry in entries:
            try:
                if entry.is_symlink():
                    continue
                is_folder = entry.is_dir(follow_symlinks=False)
                mode = entry.stat(follow_symlinks=False).st_mode
                if stat.S_IMODE(mode) & 0o077:
                    os.chmod(entry.path, FOLDER_MODE if is_folder else FILE_MODE)
            except OSError:
                log.warning("could not make %s private", entry.path, exc_info=True)
                continue
            if is_folder:
                folders.append(entry.path)


def _tighten_one(path: str, mode: int) -> None:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or not stat.S_IMODE(info.st_mode) & 0o077:
            return
        os.chmod(path, mode)
    except OSError:
        log.warning("could not make %s private", path, exc_info=True)
