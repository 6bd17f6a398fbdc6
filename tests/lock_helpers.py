"""A data folder with a marker in a note and photos, for the passphrase lock's tests."""
from datetime import date
from pathlib import Path

from bfpp_desktop.core import paths
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import journal as journal_store
from bfpp_desktop.storage.children import list_children

# Written in a note; it must never be readable on disk while the lock is on.
MARKER = "ZEBRA-PLUM-7f3a9c-marker"
OLD = "correct horse battery"
NEW = "another long passphrase"


def fill(folder: Path) -> None:
    """The demo family (with photos) and a note holding MARKER."""
    with open_session(folder, Access.WRITE, fill_demo=True) as session:
        child = list_children(session.db)[0]
        journal_store.add_entry(session.db, JournalEntry(
            child_id=child.id, entry_date=date(2026, 11, 2), title="Marker note",
            notes=f"She said {MARKER} at breakfast."))


def files_on_disk(folder: Path) -> list[Path]:
    """Every file in the data folder (database, WAL, backups, photos), not the lock."""
    return sorted(p for p in Path(folder).rglob("*")
                  if p.is_file() and p.name != paths.lock_path(folder).name)


def holding(folder: Path, text: str = MARKER) -> list[Path]:
    needle = text.encode("utf-8")
    return [p for p in files_on_disk(folder) if needle in p.read_bytes()]
