"""Bridge book pages: save, load, list, record a reply, and gather what happened
since the last page (shareable summaries, milestones and journal photos)."""
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.bridge_book import (BridgePage, BridgeQuestion, Gathered, PhotoChoice,
                                           SummaryChoice)
from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.contacts import Role
from bfpp_desktop.storage import rows
from bfpp_desktop.storage.contacts import contacts_by_role
from bfpp_desktop.storage.journal import FOR_FAMILY

TABLE = "bridge_pages"


def _dump(items) -> str:
    rows = []
    for item in items:
        row = asdict(item)
        for key, value in row.items():
            if isinstance(value, date):
                row[key] = iso(value)
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False)


def _to_row(page: BridgePage) -> dict:
    return {
        "child_id": page.child_id,
        "prepared_on": iso(page.prepared_on),
        "to_name": page.to_name,
        "letter": page.letter,
        "summaries": _dump(page.summaries),
        "photos": _dump(page.photos),
        "questions": _dump(page.questions),
        "photos_checked": int(page.photos_checked),
        "sent_on": iso(page.sent_on),
        "reply_text": page.reply_text,
        "reply_photo": page.reply_photo,
        "reply_on": iso(page.reply_on),
    }


def _from_row(row: dict) -> BridgePage:
    summaries = [SummaryChoice(**{**s, "entry_date": from_iso(s["entry_date"])})
                 for s in json.loads(row["summaries"])]
    photos = [PhotoChoice(**{**p, "taken_on": from_iso(p["taken_on"])})
              for p in json.loads(row["photos"])]
    return BridgePage(
        id=row["id"], child_id=row["child_id"], number=row["number"],
        prepared_on=from_iso(row["prepared_on"]), to_name=row["to_name"],
        letter=row["letter"],
        summaries=summaries, photos=photos,
        questions=[BridgeQuestion(**q) for q in json.loads(row["questions"])],
        photos_checked=bool(row["photos_checked"]), sent_on=from_iso(row["sent_on"]),
        reply_text=row["reply_text"], reply_photo=row["reply_photo"],
        reply_on=from_iso(row["reply_on"]))


def add_page(db: Database, page: BridgePage) -> BridgePage:
    """Save a new page as the next number in the child's book."""
    with db.atomic():
        number = rows.value(db, f"SELECT coalesce(max(number), 0) + 1 FROM {TABLE} "
                                "WHERE child_id = ?", [page.child_id])
        page_id = rows.insert(db, TABLE, {**_to_row(page), "number": number})
    return get_page(db, page_id)


def update_page(db: Database, page: BridgePage) -> BridgePage:
    """Save changes (the letter, a reply); the page keeps its number."""
    with db.atomic():
        rows.update(db, TABLE, page.id, _to_row(page))
    return get_page(db, page.id)


def get_page(db: Database, page_id: int) -> BridgePage | None:
    row = rows.one(db, f"SELECT * FROM {TABLE} WHERE id = ?", [page_id])
    return _from_row(row) if row else None


def list_pages(db: Database, child_id: int) -> list[BridgePage]:
    """The child's book in order, oldest first (newest last, like a conversation)."""
    return [_from_row(r) for r in rows.query(
        db, f"SELECT * FROM {TABLE} WHERE child_id = ? ORDER BY number", [child_id])]


def page_by_number(db: Database, child_id: int, number: int | None) -> BridgePage | None:
    """Page *number* of the child's book; the newest when number is None."""
    pages = list_pages(db, child_id)
    if number is None:
        return pages[-1] if pages else None
    return next((p for p in pages if p.number == number), None)


def delete_page(db: Database, page_id: int) -> None:
    """Remove a page (its photo files are the photo sweep's to remove)."""
    with db.atomic():
        db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [page_id])


def last_page_date(db: Database, child_id: int, before_number: int | None = None) -> date | None:
    where, params = "child_id = ?", [child_id]
    if before_number is not None:
        where += " AND number < ?"
        params.append(before_number)
    return from_iso(rows.value(db, f"SELECT max(prepared_on) FROM {TABLE} WHERE {where}",
                               params))


def gather_since_last_page(db: Database, child_id: int, today: date) -> Gathered:
    """Entries dated strictly after the previous page's date, up to and including today.

    An entry written on the same day as the last page counts as already sent
    (the page was most likely prepared that evening). With no page yet, every
    entry up to today is offered. Summaries come oldest first, "to share" texts only
    (an entry without one never goes to the family, not even a milestone). Photos: every
    journal photo in that range, shareable ones first.
    """
    since = last_page_date(db, child_id)
    where, params = (f"e.child_id = ? AND e.entry_date <= ? AND {FOR_FAMILY}",
                     [child_id, iso(today)])
    if since is not None:
        where += " AND e.entry_date > ?"
        params.append(iso(since))
    summaries = [
        SummaryChoice(entry_id=r["id"], entry_date=from_iso(r["entry_date"]), title=r["title"],
                      text=r["share_summary"])
        for r in rows.query(
            db, "SELECT e.id, e.entry_date, e.title, e.share_summary FROM journal_entries e "
                f"WHERE {where} AND trim(e.share_summary) != '' "
                "ORDER BY e.entry_date, e.entry_time, e.id", params)]
    photos = [_photo_choice(r) for r in rows.query(
        db, f"SELECT {_PHOTO_COLUMNS} FROM journal_photos p "
            f"JOIN journal_entries e ON e.id = p.entry_id WHERE {where} "
            "ORDER BY p.shareable DESC, e.entry_date, p.position, p.id", params)]
    return Gathered(since=since, until=today, summaries=summaries, photos=photos)


_PHOTO_COLUMNS = "p.id, p.file_name, p.caption, p.taken_on, p.shareable, e.entry_date"


def _photo_choice(row: dict) -> PhotoChoice:
    """A journal photo; one without its own date takes its entry's."""
    return PhotoChoice(photo_id=row["id"], file_name=row["file_name"], caption=row["caption"],
                       taken_on=from_iso(row["taken_on"]) or from_iso(row["entry_date"]),
                       shareable=bool(row["shareable"]))


def photos_between(db: Database, child_id: int, start: date | None, end: date | None,
                   include_private: bool = False) -> list[PhotoChoice]:
    """Journal photos of entries dated in [start, end], oldest first (the photo sheet).

    Only photos marked shareable unless *include_private* (an explicit choice).
    """
    where, params = f"e.child_id = ? AND {FOR_FAMILY}", [child_id]
    if start:
        where += " AND e.entry_date >= ?"
        params.append(iso(start))
    if end:
        where += " AND e.entry_date <= ?"
        params.append(iso(end))
    if not include_private:
        where += " AND p.shareable = 1"
    return [_photo_choice(r) for r in rows.query(
        db, f"SELECT {_PHOTO_COLUMNS} FROM journal_photos p "
            f"JOIN journal_entries e ON e.id = p.entry_id "
            f"WHERE {where} ORDER BY e.entry_date, e.entry_time, p.position, p.id", params)]


def data_dir_of(db: Database) -> Path:
    """The data folder this database lives in (photos sit beside it)."""
    return Path(rows.one(db, "PRAGMA database_list")["file"]).parent


def birth_parent_names(db: Database, child_id: int) -> list[str]:
    """First names of the child's birth parents, those who agreed to share details first."""
    parents = sorted(contacts_by_role(db, child_id, Role.BIRTH_PARENT),
                     key=lambda c: not c.may_share)
    return [c.name.split()[0] for c in parents if c.name.split()]


def restore_page(db: Database, page: BridgePage) -> BridgePage:
    """Put back a page removed by undo, with its own id and number."""
    with db.atomic():
        rows.insert(db, TABLE, {**_to_row(page), "id": page.id, "number": page.number})
    return get_page(db, page.id)
