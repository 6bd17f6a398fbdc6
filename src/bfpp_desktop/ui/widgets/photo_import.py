"""Copy photos in on a pool thread, so a window never freezes while big phone photos are
cleaned of their metadata (about half a second each).

The worker only reads the chosen files and writes into the data folder
(storage.photos.import_photo); it touches no widget and no database. Each result
comes back by a queued signal, and the name is held by the PhotoKeeper on the
GUI thread before anyone sees it. When the window that asked goes away, the
photos still on their way are not handed to anyone and are swept at the end.
"""
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from bfpp_desktop.storage import photos
from bfpp_desktop.storage.photo_sweep import PhotoKeeper

_running: set["PhotoImport"] = set()  # a job lives until its worker is done, owner or not


class PhotoImport(QObject):
    """Import *paths* one after another for *child_id*, on behalf of *owner*."""

    added = Signal(str, str)             # source path, file name (held for the receiver)
    failed = Signal(str, object)         # source path, the exception (its own message)
    progress = Signal(int, int)          # photos done, photos in all
    finished = Signal()
    # From the pool thread, queued to this object's (the GUI) thread: index (-1: all done),
    # the new file name or "", the exception.
    _result = Signal(int, str, object)

    def __init__(self, keeper: PhotoKeeper, child_id: int, paths: list[str], owner: QObject):
        super().__init__()
        self.keeper, self.child_id, self.paths = keeper, child_id, list(paths)
        self._stop = threading.Event()
        self._abandoned = False
        self._result.connect(self._on_result)
        owner.destroyed.connect(self.abandon)

    def start(self) -> None:
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Stop after the photo being copied now (that one is still added)."""
        self._stop.set()

    def abandon(self, *_args) -> None:
        """The owner is gone: stop, and hand nothing more to it."""
        self._abandoned = True
        self._stop.set()

    def _run(self) -> None:  # on the pool thread
        for index, path in enumerate(self.paths):
            if self._stop.is_set():
                break
            try:
                name = photos.import_photo(self.keeper.data_dir, self.child_id, Path(path))
            except Exception as exc:  # noqa: BLE001 - each file gets its own message
                self._result.emit(index, "", exc)
            else:
                self._result.emit(index, name, None)
        self._result.emit(-1, "", None)

    def _on_result(self, index: int, name: str, error) -> None:  # on the GUI thread
        if index < 0:
            _running.discard(self)
            if self._abandoned:  # what the worker wrote since is held by no one
                self.keeper.sweep(self.child_id)
            self.finished.emit()
            return
        if self._abandoned:
            return
        if name:
            self.keeper.hold([name])
            self.added.emit(self.paths[index], name)
        else:
            self.failed.emit(self.paths[index], error)
        self.progress.emit(index + 1, len(self.paths))

