"""Actions on the agency's records and the lifebook: add, edit, delete and bring back,
each undoable. One set of functions serves every record type storage.records keeps;
lifebook pages also move within the book, and the monthly report's own words are
written, changed or cleared by one call."""
from dataclasses import replace
from datetime import date
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, PhotoHold, database, gone
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.core.records import MonthNote, first_of_month
from bfpp_desktop.storage import records as store

KINDS = Kind.RECORDS


def photo_names(record) -> tuple[str, ...]:
    """The photo files a record refers to (a receipt, a lifebook page's photos)."""
    names = [getattr(record, "receipt_photo", "")]
    names += [p.file_name for p in getattr(record, "photos", [])]
    return tuple(sorted({n for n in names if n}))


def _hold(*records) -> PhotoHold | None:
    names = tuple(sorted({n for r in records for n in photo_names(r)}))
    return PhotoHold(records[0].child_id, names) if names else None


def _existing(db, record_type: type, record_id: int):
    found = store.get(db, record_type, record_id)
    if found is None:
        raise gone()
    return found


def add_record(target, record) -> OpResult:
    """Save a new record; undo deletes it again."""
    db = database(target)
    with db.atomic():
        saved = store.add(db, record)
    return OpResult(Changes(KINDS, saved.child_id, saved.id),
                    translate("Undo", "add a record"),
                    partial(delete_record, record_type=type(saved), record_id=saved.id),
                    _hold(saved), value=saved)


def update_record(target, record) -> OpResult:
    db = database(target)
    with db.atomic():
        before = _existing(db, type(record), record.id)
        store.update(db, record)
    return OpResult(Changes(KINDS, record.child_id, record.id),
                    translate("Undo", "edit a record"),
                    partial(update_record, record=before), _hold(before, record), value=record)


def delete_record(target, record_type: type, record_id: int) -> OpResult:
    db = database(target)
    with db.atomic():
        record = _existing(db, record_type, record_id)
        store.delete(db, record_type, record_id)
    return OpResult(Changes(KINDS, record.child_id), translate("Undo", "delete a record"),
                    partial(restore_record, record=record), _hold(record), value=record)


def restore_record(target, record) -> OpResult:
    db = database(target)
    with db.atomic():
        if store.get(db, type(record), record.id) is not None:
            raise gone()
        restored = store.restore(db, record)
    return OpResult(Changes(KINDS, record.child_id, record.id),
                    translate("Undo", "bring back a record"),
                    partial(delete_record, record_type=type(record), record_id=record.id),
                    _hold(record), value=restored)


def move_page(target, page_id: int, index: int) -> OpResult:
    """Put a lifebook page at *index* in its book; undo puts it back where it was."""
    db = database(target)
    with db.atomic():
        page = _existing(db, LifebookPage, page_id)
        before = store.place_of(db, page)
        moved = store.move_page(db, page_id, index)
    return OpResult(Changes(KINDS, page.child_id, page_id),
                    translate("Undo", "move a lifebook page"),
                    partial(move_page, page_id=page_id, index=before), value=moved)


def save_month_note(target, child_id: int, month: date, text: str) -> OpResult:
    """Keep *text* as the child's own words for *month*: a new note, a change, or (empty
    words) none. Undoable like any record; the same words again change nothing."""
    text = text.strip()
    db = database(target)
    with db.atomic():
        note = store.month_note(db, child_id, month)
        if (note.text if note else "") == text:
            return OpResult(Changes(KINDS, child_id), value=note)
        if note is None:
            result = add_record(db, MonthNote(child_id, first_of_month(month), text))
        elif not text:
            result = delete_record(db, MonthNote, note.id)
        else:
            result = update_record(db, note.copy(text=text))
    return replace(result, description=translate("Undo", "change your words for the "
                                                         "monthly report"))
