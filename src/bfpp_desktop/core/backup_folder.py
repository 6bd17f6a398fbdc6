"""Where a data folder's backups go: its own backups/ folder, or one the caregiver chose
(a USB stick, a synced folder), remembered in the folder's settings.ini.

Plain Python, so the command line backs up to the same place as the window.
"""
from pathlib import Path

from bfpp_desktop.core import paths, qsettings_ini

SETTINGS_GROUP = "backups"
SETTINGS_KEY = "folder"
SETTING = f"{SETTINGS_GROUP}/{SETTINGS_KEY}"   # the same key, as QSettings names it


def backups_folder(data_dir: Path) -> Path:
    chosen = qsettings_ini.read_group(Path(data_dir) / paths.SETTINGS_FILENAME,
                                      SETTINGS_GROUP).get(SETTINGS_KEY, "").strip()
    return Path(chosen) if chosen else paths.backups_dir(data_dir)
