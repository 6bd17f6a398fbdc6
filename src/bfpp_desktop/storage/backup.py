"""Copies of the live database, made with SQLite's backup API (never a file copy).

A copy of a locked database is locked with the same key (storage.keys), so a backup
holds nothing in plain text that the file itself does not.
"""
import sqlite3
from datetime import datetime
from pathlib import Path

from bfpp_desktop.storage import driver, keys


def backup_to(conn: sqlite3.Connection, destination: Path) -> Path:
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = driver.connect(destination, key=keys.key_for_connection(conn))
    try:
        conn.backup(target)
    finally:
        target.close()
    return destination


def timestamped_name(reason: str) -> str:
    return f"bfpp-{datetime.now():%Y%m%d-%H%M%S}-{reason}.sqlite3"
