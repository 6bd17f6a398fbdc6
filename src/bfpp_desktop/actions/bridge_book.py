"""Bridge-book actions: a new page, and a recorded reply (with the scan of it)."""
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, PhotoHold, database, gone
from bfpp_desktop.core.bridge_book import BridgePage
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import bridge_book as book


def _hold(*pages: BridgePage) -> PhotoHold:
    names = {p.file_name for page in pages for p in page.photos}
    names |= {page.reply_photo for page in pages if page.reply_photo}
    return PhotoHold(pages[0].child_id, tuple(sorted(names)))


def _existing(db, page_id: int) -> BridgePage:
    page = book.get_page(db, page_id)
    if page is None:
        raise gone()
    return page


def add_page(target, page: BridgePage) -> OpResult:
    db = database(target)
    with db.atomic():
        saved = book.add_page(db, page)
    return OpResult(Changes(Kind.BRIDGE_BOOK, saved.child_id, saved.id),
                    translate("Undo", "add page {n} to the bridge book").format(n=saved.number),
                    partial(delete_page, page_id=saved.id), _hold(saved), value=saved)


def delete_page(target, page_id: int) -> OpResult:
    """Take a page out (the undo of adding it); redo puts it back with its number."""
    db = database(target)
    with db.atomic():
        page = _existing(db, page_id)
        book.delete_page(db, page_id)
    return OpResult(Changes(Kind.BRIDGE_BOOK, page.child_id),
                    translate("Undo", "take page {n} out of the bridge book").format(
                        n=page.number),
                    partial(restore_page, page=page), _hold(page), value=page)


def restore_page(target, page: BridgePage) -> OpResult:
    db = database(target)
    with db.atomic():
        if book.get_page(db, page.id) is not None:
            raise gone()
        restored = book.restore_page(db, page)
    return OpResult(Changes(Kind.BRIDGE_BOOK, page.child_id, page.id),
                    translate("Undo", "add page {n} to the bridge book").format(n=page.number),
                    partial(delete_page, page_id=page.id), _hold(page), value=restored)


def update_page(target, page: BridgePage) -> OpResult:
    """Save a page (a recorded reply); undo saves the stored page back."""
    db = database(target)
    with db.atomic():
        before = _existing(db, page.id)
        saved = book.update_page(db, page)
    return OpResult(Changes(Kind.BRIDGE_BOOK, page.child_id, page.id),
                    translate("Undo", "record the reply to page {n}").format(n=page.number),
                    partial(update_page, page=before), _hold(before, saved), value=saved)
