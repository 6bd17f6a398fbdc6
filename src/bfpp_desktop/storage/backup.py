"""Copies of the live database, made with SQLite's backup API (never a file copy)."""
import sqlite3
from datetime import datetime
from pathlib import Path


def backup_to(conn: sqlite3.Connection, destination: Path) -> Path:
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = sqlite3.connect(destination)
    try:
        conn.backup(target)
    finally:
        target.close()
    return destination


def timestamped_name(reason: str) -> str:
    return f"bfpp-{datetime.now():%Y%m%d-%H%M%S}-{reason}.sqlite3"
