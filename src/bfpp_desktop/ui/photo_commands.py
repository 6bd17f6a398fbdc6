"""Undo commands that can bring photos back keep them on disk while they exist."""
from collections.abc import Callable, Iterable

from bfpp_desktop.storage.photo_sweep import PhotoKeeper
from bfpp_desktop.ui.child_commands import _AppliedCommand


class PhotoHoldingCommand(_AppliedCommand):
    """Holds the photo names its undo or redo could need; when Qt destroys the command
    (stack cleared, redo history dropped, window closed) they are released and the
    child's folder is swept, so a deleted photo does not linger on the computer."""

    def __init__(self, text: str, changed: Callable, photos: PhotoKeeper, child_id: int,
                 names: Iterable[str]):
        super().__init__(text, changed)
        self._photos, self._photo_child = photos, child_id
        self._held: list[str] | None = sorted(set(names))
        photos.hold(self._held)

    def release_photos(self) -> None:
        """Called once the command can no longer be used."""
        if self._held is None:
            return
        names, self._held = self._held, None
        self._photos.release(self._photo_child, names)

    def __del__(self) -> None:
        self.release_photos()
