"""What every page needs from the running app, handed down at construction."""
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database


@dataclass
class AppContext:
    db: Database
    data_dir: Path
    settings: QSettings
    undo_stack: QUndoStack
