"""What every page needs from the running app, handed down at construction."""
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from bfpp_desktop.storage.database import Database

from bfpp_desktop.storage.photo_sweep import PhotoKeeper


class ChangeSignals(QObject):
    # Every change to the data (an action, or its undo or redo) is announced here with its
    # actions.Changes; each page decides from them whether to refresh.
    changes_applied = Signal(object)


@dataclass
class AppContext:
    db: Database
    data_dir: Path
    settings: QSettings
    undo_stack: QUndoStack
    # Photo files are added, held and removed only through this (see photo_sweep).
    photos: PhotoKeeper = field(init=False)
    signals: ChangeSignals = field(init=False)

    def __post_init__(self) -> None:
        self.photos = PhotoKeeper(self.db, self.data_dir)
        self.signals = ChangeSignals()
