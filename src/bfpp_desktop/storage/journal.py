"""Journal entries: save, load, list with filters, full-text search, and the sums
other features show (family time per month, follow-ups, shareable summaries)."""
import json
import re
import unicodedata
from datetime import date, timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.journal import (AGENCY_ONLY_KINDS, EntryKind, EntrySummary,
                                       FamilyTimeDetails, FollowUp, IncidentDetails,
                                       JournalEntry, JournalFilter, MonthTotal, Outcome, Photo,
                                       SharedSummary)
from bfpp_desktop.storage import rows

TABLE = "journal_entries"
# Search matches are wrapped in these; the UI turns them into emphasis.
MATCH_START, MATCH_END = "\x02", "\x03"
PREVIEW_CHARS = 240
_WORD = re.compile(r"\w+", re.UNICODE)

_SUMMARY_COLUMNS = (
    "e.id, e.entry_date, e.entry_time, e.kind, e.title, {preview} AS preview, "
    "e.share_summary != '' AS has_share, e.photo_count, e.outcome")
_ORDER = "e.entry_date DESC, e.entry_time DESC, e.id DESC"
# What a sheet for the family may read: never an entry of a kind for the agency only.
FOR_FAMILY = "e.kind NOT IN ({})".format(", ".join(f"'{k.value}'" for k in AGENCY_ONLY_KINDS))
INCIDENT_COLUMNS = {"place": "incident_place", "injuries": "incident_injuries",
                    "told_who": "incident_told_who", "told_when": "incident_told_when"}


def _to_row(entry: JournalEntry) -> dict:
    visit = entry.family_time
    row = {
        "child_id": entry.child_id,
        "entry_date": iso(entry.entry_date),
        "entry_time": entry.entry_time,
        "kind": entry.kind.value,
        "title": entry.title.strip(),
        "notes": entry.notes,
        "share_summary": entry.share_summary.strip(),
        "mood_before": entry.mood_before,
        "mood_before_words": entry.mood_before_words,
        "mood_after": entry.mood_after,
        "mood_after_words": entry.mood_after_words,
        "went_well": entry.went_well,
        "follow_up": entry.follow_up.strip(),
        "follow_up_date": iso(entry.follow_up_date),
        "follow_up_done": int(entry.follow_up_done),
        "photo_count": len(entry.photos),
        "outcome": None, "cancelled_by": "", "start_time": "", "end_time": "",
        "place": "", "supervised": None, "transport": "",
        **{column: getattr(entry.incident, name) if entry.incident else ""
           for name, column in INCIDENT_COLUMNS.items()},
    }
    if visit is not None:
        row.update(outcome=visit.outcome.value, cancelled_by=visit.cancelled_by,
                   start_time=visit.start_time, end_time=visit.end_time, place=visit.place,
                   supervised=None if visit.supervised is None else int(visit.supervised),
                   transport=visit.transport)
    return row


def _write_children(db: Database, entry_id: int, entry: JournalEntry) -> None:
    for table in ("journal_participants", "journal_tags", "journal_photos"):
        db.execute(f"DELETE FROM {table} WHERE entry_id = ?", [entry_id])
    rows.insert_all(db, "journal_participants", [
        {"entry_id": entry_id, "position": i, "name": name.strip(),
         "contact_id": entry.participant_contacts.get(name.strip())}
        for i, name in enumerate(entry.participants) if name.strip()])
    rows.insert_all(db, "journal_tags", [{"entry_id": entry_id, "tag": tag}
                                         for tag in entry.tags], ignore=True)
    rows.insert_all(db, "journal_photos", [
        {"id": p.id, "entry_id": entry_id, "position": i, "file_name": p.file_name,
         "caption": p.caption, "taken_on": iso(p.taken_on), "shareable": int(p.shareable)}
        for i, p in enumerate(entry.photos)])


def add_entry(db: Database, entry: JournalEntry) -> JournalEntry:
    with db.atomic():
        entry_id = rows.insert(db, TABLE, _to_row(entry))
        _write_children(db, entry_id, entry)
    return get_entry(db, entry_id)


def add_entries(db: Database, entries: list[JournalEntry]) -> None:
    """Save many entries in one transaction (imports and the benchmark generator)."""
    with db.atomic():
        for entry in entries:
            _write_children(db, rows.insert(db, TABLE, _to_row(entry)), entry)


def update_entry(db: Database, entry: JournalEntry) -> list[str]:
    """Save changes; returns the photo file names the entry no longer uses."""
    with db.atomic():
        before = set(_photo_files(db, entry.id))
        rows.update(db, TABLE, entry.id, _to_row(entry))
        _write_children(db, entry.id, entry)
    return sorted(before - {p.file_name for p in entry.photos})


def delete_entry(db: Database, entry_id: int) -> list[str]:
    """Delete the entry; returns its photo file names (the photo sweep removes the files)."""
    with db.atomic():
        names = _photo_files(db, entry_id)
        db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [entry_id])
    return names


def _photo_files(db: Database, entry_id: int) -> list[str]:
    return [r["file_name"] for r in rows.query(
        db, "SELECT file_name FROM journal_photos WHERE entry_id = ?", [entry_id])]


def restore_entry(db: Database, entry: JournalEntry) -> JournalEntry:
    """Put a deleted entry back under its old id, with its people, tags and photos (undo)."""
    with db.atomic():
        rows.insert(db, TABLE, {"id": entry.id, **_to_row(entry)})
        _write_children(db, entry.id, entry)
    return get_entry(db, entry.id)


def set_follow_up_done(db: Database, entry_id: int, done: bool) -> None:
    with db.atomic():
        rows.update(db, TABLE, entry_id, {"follow_up_done": int(done)})


def get_entry(db: Database, entry_id: int) -> JournalEntry | None:
    row = rows.one(db, f"SELECT * FROM {TABLE} WHERE id = ?", [entry_id])
    if row is None:
        return None
    visit = None
    if row["outcome"] is not None:
        visit = FamilyTimeDetails(
            outcome=Outcome(row["outcome"]), cancelled_by=row["cancelled_by"],
            start_time=row["start_time"], end_time=row["end_time"], place=row["place"],
            supervised=None if row["supervised"] is None else bool(row["supervised"]),
            transport=row["transport"])
    people = rows.query(db, "SELECT name, contact_id FROM journal_participants "
                            "WHERE entry_id = ? ORDER BY position", [entry_id])
    return JournalEntry(
        id=row["id"], child_id=row["child_id"], entry_date=from_iso(row["entry_date"]),
        entry_time=row["entry_time"], kind=EntryKind(row["kind"]), title=row["title"],
        notes=row["notes"], share_summary=row["share_summary"],
        participants=[p["name"] for p in people],
        participant_contacts={p["name"]: p["contact_id"] for p in people
                              if p["contact_id"] is not None},
        mood_before=row["mood_before"], mood_before_words=row["mood_before_words"],
        mood_after=row["mood_after"], mood_after_words=row["mood_after_words"],
        went_well=row["went_well"], follow_up=row["follow_up"],
        follow_up_date=from_iso(row["follow_up_date"]),
        follow_up_done=bool(row["follow_up_done"]),
        tags=[r["tag"] for r in rows.query(
            db, "SELECT tag FROM journal_tags WHERE entry_id = ? ORDER BY tag", [entry_id])],
        photos=[Photo(id=r["id"], file_name=r["file_name"], caption=r["caption"],
                      taken_on=from_iso(r["taken_on"]), shareable=bool(r["shareable"]))
                for r in rows.query(
            db, "SELECT id, file_name, caption, taken_on, shareable FROM journal_photos "
                "WHERE entry_id = ? ORDER BY position", [entry_id])],
        family_time=visit,
        incident=IncidentDetails(**{name: row[column] for name, column
                                    in INCIDENT_COLUMNS.items()})
        if row["kind"] == EntryKind.INCIDENT.value else None)


# ----- listing and searching ------------------------------------------------------------------
def _where(child_id: int, filt: JournalFilter | None) -> tuple[str, list]:
    clauses, params = ["e.child_id = ?"], [child_id]
    filt = filt or JournalFilter()
    if filt.kinds:
        clauses.append(f"e.kind IN ({', '.join('?' * len(filt.kinds))})")
        params += [k.value for k in filt.kinds]
    if filt.tag.strip():
        clauses.append("EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = e.id "
                       "AND t.tag = ?)")
        params.append(filt.tag.strip().lower())
    if filt.start:
        clauses.append("e.entry_date >= ?")
        params.append(iso(filt.start))
    if filt.end:
        clauses.append("e.entry_date <= ?")
        params.append(iso(filt.end))
    if filt.has_photos:
        clauses.append("e.photo_count > 0")
    if filt.has_share_summary:
        clauses.append("e.share_summary != ''")
    if filt.for_family:
        clauses.append(FOR_FAMILY)
    return " AND ".join(clauses), params


def _summary(row: dict) -> EntrySummary:
    return EntrySummary(id=row["id"], entry_date=from_iso(row["entry_date"]),
                        entry_time=row["entry_time"], kind=EntryKind(row["kind"]),
                        title=row["title"], preview=row["preview"] or "",
                        has_share_summary=bool(row["has_share"]), photo_count=row["photo_count"],
                        outcome=Outcome(row["outcome"]) if row["outcome"] else None)


def list_entries(db: Database, child_id: int, filt: JournalFilter | None = None, *,
                 limit: int = 200, offset: int = 0) -> list[EntrySummary]:
    """One page of the timeline, newest first."""
    where, params = _where(child_id, filt)
    columns = _SUMMARY_COLUMNS.format(preview=f"substr(e.notes, 1, {PREVIEW_CHARS})")
    return [_summary(r) for r in rows.query(
        db, f"SELECT {columns} FROM {TABLE} e WHERE {where} ORDER BY {_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset])]


def count_entries(db: Database, child_id: int, filt: JournalFilter | None = None) -> int:
    where, params = _where(child_id, filt)
    return rows.value(db, f"SELECT count(*) FROM {TABLE} e WHERE {where}", params)


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must appear.

    Each word is quoted, so FTS syntax (quotes, *, NEAR, AND, parentheses) is
    searched for as plain words instead of raising an error; the last word
    matches as a prefix so results appear while typing.
    """
    words = _WORD.findall(text or "")
    if not words:
        return None
    quoted = [f'"{w}"' for w in words[:32]]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, child_id: int, text: str, filt: JournalFilter | None = None, *,
           limit: int = 200) -> list[EntrySummary]:
    """The newest *limit* entries whose title, notes or summary hold every word.

    Title and preview mark the matches between MATCH_START and MATCH_END.
    """
    query = fts_query(text)
    if query is None:
        return []
    where, params = _where(child_id, filt)
    # FTS5's snippet() is slow when a word is in most entries, so matching is left to
    # FTS5 and the few rows shown are marked up here. The "+" keeps SQLite from looking
    # each match up by its id and sorting them all by date (13 ms when a word is in
    # 18,000 of 20,000 entries): it walks the child's timeline, newest first, and stops
    # at the limit, which is as quick for a rare word (a child has a few thousand rows).
    matches = rows.query(
        db, f"SELECT e.id, e.entry_date, e.entry_time, e.kind, e.title, e.notes, "
            f"e.share_summary, e.photo_count, e.outcome FROM {TABLE} e WHERE {where} AND +e.id IN "
            f"(SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?) ORDER BY {_ORDER} LIMIT ?",
        [*params, query, limit])
    words = [_fold(w) for w in _WORD.findall(text)[:32]]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\w*")
    found = []
    for r in matches:
        notes, summary = r["notes"], r["share_summary"]
        # Each text is folded and searched once: the match found places the preview too.
        body, match = notes, pattern.search(_fold(notes))
        if match is None and summary:
            in_summary = pattern.search(_fold(summary))
            if in_summary is not None:
                body, match = summary, in_summary
        found.append(EntrySummary(
            id=r["id"], entry_date=from_iso(r["entry_date"]), entry_time=r["entry_time"],
            kind=EntryKind(r["kind"]), title=_mark(r["title"], pattern),
            preview=_mark(_window(body, match), pattern), has_share_summary=bool(summary),
            photo_count=r["photo_count"], outcome=Outcome(r["outcome"]) if r["outcome"] else None))
    return found


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so positions still match."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDED)


class _FoldTable(dict):
    """Each character's folded form, worked out the first time str.translate meets it
    (a translate table is read in C: a note folds about eight times faster than
    joining its characters one by one)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self[code] = (unicodedata.normalize("NFKD", char)[:1] or char).lower()[:1] \
            or char
        return folded


_FOLDED = _FoldTable()


def _window(text: str, match: re.Match | None, before: int = 60,
            size: int = PREVIEW_CHARS) -> str:
    """PREVIEW_CHARS of *text* from a little before *match* (from the start if None)."""
    start = 0 if match is None else max(match.start() - before, 0)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < match.start() else start
    return ("…" if start else "") + text[start:start + size]


def _mark(text: str, pattern: re.Pattern) -> str:
    parts, last = [], 0
    for match in pattern.finditer(_fold(text)):
        parts += [text[last:match.start()], MATCH_START, text[match.start():match.end()],
                  MATCH_END]
        last = match.end()
    return "".join(parts) + text[last:]


def all_tags(db: Database, child_id: int) -> list[str]:
    return [r["tag"] for r in rows.query(
        db, "SELECT DISTINCT t.tag FROM journal_tags t JOIN journal_entries e ON e.id = t.entry_id "
        "WHERE e.child_id = ? ORDER BY t.tag", [child_id])]


# ----- what other features show ---------------------------------------------------------------
def shareable_summaries(db: Database, child_id: int, start: date | None = None,
                        end: date | None = None) -> list[SharedSummary]:
    """Only the date, kind and "to share" text of entries that have one, oldest first,
    for printouts.

    Titles and private notes are never read here, so they cannot reach a printout by mistake.
    """
    where, params = _where(child_id, JournalFilter(start=start, end=end,
                                                   has_share_summary=True, for_family=True))
    found = rows.query(db, f"SELECT e.entry_date, e.kind, e.share_summary FROM {TABLE} e "
                           f"WHERE {where} ORDER BY e.entry_date, e.entry_time, e.id", params)
    return [SharedSummary(entry_date=from_iso(r["entry_date"]), kind=EntryKind(r["kind"]),
                          text=r["share_summary"]) for r in found]


def _month_start(value: date, back: int) -> date:
    months = value.year * 12 + value.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


def family_time_by_month(db: Database, child_id: int, today: date,
                         months: int = 12) -> list[MonthTotal]:
    """Family time that happened in each of the last *months* months (oldest first)."""
    first = _month_start(today, months - 1)
    totals = {(m.year, m.month): MonthTotal(m.year, m.month, 0, 0)
              for m in (_month_start(today, back) for back in range(months - 1, -1, -1))}
    for visit in rows.query(
            db, f"SELECT entry_date, start_time, end_time FROM {TABLE} WHERE child_id = ? "
                "AND kind = ? AND outcome = ? AND entry_date >= ? AND entry_date <= ?",
            [child_id, EntryKind.FAMILY_TIME.value, Outcome.HAPPENED.value, iso(first),
             iso(today)]):
        day = from_iso(visit["entry_date"])
        total = totals[(day.year, day.month)]
        total.count += 1
        total.minutes += FamilyTimeDetails(start_time=visit["start_time"],
                                           end_time=visit["end_time"]).minutes
    return list(totals.values())


def open_follow_ups(db: Database, child_id: int) -> list[FollowUp]:
    """Every follow-up not yet marked done: dated ones first by date, then undated."""
    return [FollowUp(entry_id=r["id"], entry_date=from_iso(r["entry_date"]), title=r["title"],
                     text=r["follow_up"], due=from_iso(r["follow_up_date"])) for r in rows.query(
        db, f"SELECT id, entry_date, title, follow_up, follow_up_date FROM {TABLE} "
        "WHERE child_id = ? AND follow_up != '' AND follow_up_done = 0 "
        "ORDER BY follow_up_date IS NULL, follow_up_date, entry_date DESC", [child_id])]


def due_follow_ups(db: Database, child_id: int, today: date,
                   days_ahead: int = 7) -> list[FollowUp]:
    """Open follow-ups dated on or before *days_ahead* days from today."""
    horizon = today + timedelta(days=days_ahead)
    return [f for f in open_follow_ups(db, child_id) if f.due is not None and f.due <= horizon]


def upcoming_family_time(db: Database, child_id: int, today: date,
                         limit: int = 5) -> list[EntrySummary]:
    """Planned family time from today on, soonest first."""
    columns = _SUMMARY_COLUMNS.format(preview="e.place")
    return [_summary(r) for r in rows.query(
        db, f"SELECT {columns} FROM {TABLE} e WHERE e.child_id = ? AND e.kind = ? "
        "AND e.outcome IN (?, ?) AND e.entry_date >= ? "
        "ORDER BY e.entry_date, e.start_time, e.id LIMIT ?",
        [child_id, EntryKind.FAMILY_TIME.value, Outcome.PLANNED.value, Outcome.MOVED.value,
         iso(today), limit])]


def _with_contact(contact_id: int, child_id: int | None) -> tuple[str, list]:
    where = ("EXISTS (SELECT 1 FROM journal_participants p WHERE p.entry_id = e.id "
             "AND p.contact_id = ?)")
    params: list = [contact_id]
    if child_id is not None:
        where += " AND e.child_id = ?"
        params.append(child_id)
    return where, params


def entries_with_contact(db: Database, contact_id: int, child_id: int | None = None, *,
                         limit: int = 500) -> list[EntrySummary]:
    """Entries this person took part in (for one child, or any), newest first."""
    where, params = _with_contact(contact_id, child_id)
    columns = _SUMMARY_COLUMNS.format(preview=f"substr(e.notes, 1, {PREVIEW_CHARS})")
    return [_summary(r) for r in rows.query(
        db, f"SELECT {columns} FROM {TABLE} e WHERE {where} ORDER BY {_ORDER} LIMIT ?",
        [*params, limit])]


def last_entry_with_contact(db: Database, contact_id: int, child_id: int | None = None,
                            today: date | None = None) -> EntrySummary | None:
    """The most recent entry this person took part in; planned ones after *today* are
    left out, so "last time" never names a visit that has not happened yet."""
    where, params = _with_contact(contact_id, child_id)
    if today is not None:
        where += " AND e.entry_date <= ?"
        params.append(iso(today))
    columns = _SUMMARY_COLUMNS.format(preview="''")
    found = rows.one(db, f"SELECT {columns} FROM {TABLE} e WHERE {where} ORDER BY {_ORDER} "
                         "LIMIT 1", params)
    return _summary(found) if found else None


def count_entries_with_contact(db: Database, contact_id: int) -> int:
    """How many entries (for any child) name this person, e.g. before deleting them."""
    where, params = _with_contact(contact_id, None)
    return rows.value(db, f"SELECT count(*) FROM {TABLE} e WHERE {where}", params)


# ----- drafts -------------------------------------------------------------------------------
def save_draft(db: Database, child_id: int, entry_id: int | None, fields: dict) -> None:
    """Keep what is being typed (plain field texts) so closing a window never loses it."""
    with db.atomic():
        rows.upsert(db, "journal_drafts", {"child_id": child_id, "entry_id": entry_id or 0},
                    {"body": json.dumps(fields, ensure_ascii=False)})


def load_draft(db: Database, child_id: int, entry_id: int | None) -> dict | None:
    body = rows.value(db, "SELECT body FROM journal_drafts WHERE child_id = ? AND entry_id = ?",
                      [child_id, entry_id or 0])
    return json.loads(body) if body is not None else None


def discard_draft(db: Database, child_id: int, entry_id: int | None) -> None:
    with db.atomic():
        db.execute("DELETE FROM journal_drafts WHERE child_id = ? AND entry_id = ?",
                   [child_id, entry_id or 0])
