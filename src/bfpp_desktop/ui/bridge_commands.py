"""Undoable bridge-book changes (Edit > Undo): a new page, and a recorded reply.

Both hold the photos on their pages (see photo_commands), so an undone page or an
earlier reply scan can come back whole.
"""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bfpp_desktop.core.bridge_book import BridgePage
from bfpp_desktop.storage import bridge_book as book
from bfpp_desktop.storage.photo_sweep import PhotoKeeper
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.photo_commands import PhotoHoldingCommand


def _photo_names(page: BridgePage) -> list[str]:
    return [p.file_name for p in page.photos] + [page.reply_photo]


class AddPageCommand(PhotoHoldingCommand):
    def __init__(self, db, photos: PhotoKeeper, page: BridgePage,
                 changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate(
            "Undo", "add page {n} to the bridge book").format(n=page.number), changed,
            photos, page.child_id, _photo_names(page))
        self._db, self._page = db, page

    def apply(self, forward: bool) -> None:
        if forward:
            attempt(None, book.restore_page, self._db, self._page)
        else:
            attempt(None, book.delete_page, self._db, self._page.id)
        self._changed(self._page.child_id)


class EditPageCommand(PhotoHoldingCommand):
    def __init__(self, db, photos: PhotoKeeper, before: BridgePage, after: BridgePage,
                 changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate(
            "Undo", "record the reply to page {n}").format(n=after.number), changed,
            photos, after.child_id, _photo_names(before) + _photo_names(after))
        self._db, self._before, self._after = db, before, after

    def apply(self, forward: bool) -> None:
        attempt(None, book.update_page, self._db, self._after if forward else self._before)
        self._changed(self._after.child_id)
