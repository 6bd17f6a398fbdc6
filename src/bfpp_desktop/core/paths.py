"""Where things live on disk: the data folder, the database file, logs, resources."""
import os
import sys
from pathlib import Path

import platformdirs

from bfpp_desktop import APP_NAME

DATABASE_FILENAME = "bfpp.sqlite3"
LOCK_FILENAME = "bfpp.lock"
SETTINGS_FILENAME = "settings.ini"
BACKUPS_DIRNAME = "backups"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def app_settings_file() -> Path:
    """Choices that belong to the person, not to a data folder (the app's language)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "app.ini"


# The log and cache folders of the window that started this process (the print worker
# writes where its window does, wherever that is).
_followed: dict[str, Path] = {}


def follow(log: Path, cache: Path) -> None:
    _followed.update(log=Path(log), cache=Path(cache))


def log_dir() -> Path:
    return _followed.get("log") or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Things the app can always remake (the parsed printout fonts): no records."""
    return _followed.get("cache") or Path(platformdirs.user_cache_dir(APP_NAME,
                                                                      appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder readable by its owner only (it holds private records)."""
    path = Path(path).expanduser()
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is masked by the umask
    return path


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILENAME


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIRNAME


def resources_dir() -> Path:
    """The resources/ folder: beside src/ in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"  # src/bfpp_desktop/core/
