"""Write a checked export document into the open database: new ids, every reference
remapped, nothing already here added twice.

What counts as already here (documented in docs/export-format.md):
- a child with the same full name and date of birth: the file's records about them
  are added to that child, whose own details stay as they are here;
- a person with the same name and role: the one here is kept and linked;
- for a child already here, a record that matches one of theirs (the same journal
  entry date, time, kind, title and notes; the same note title and details; the same
  step, plan, reflection, page, preparation or month's words) is left out, so
  importing the same file twice adds nothing the second time.
Everything else comes in as a new record. Positions and page numbers continue after
the child's own. Our household details are taken only when none are saved here.

write_records() runs inside the caller's transaction and returns what it added, so
the same call also tells the preview what an import would add (run and rolled back).
"""
import json
import sqlite3
import uuid
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role
from bfpp_desktop.core.export_format import RECORD_TYPES, Document, RecordType
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import contacts as contact_store
from bfpp_desktop.storage import rows
from bfpp_desktop.storage import household as household_store
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.limits import TextTooLongError

# The columns that make a record the same as one already here. A primary key matches
# any row; the others only rows saved before this import began (two equal entries in
# the file are both kept, as they were where it was made).
_KEYS = {"child_contacts": ("contact_id", "child_id"),
         "guide_step_progress": ("child_id", "step_id"),
         "guide_plans": ("child_id", "kind"),
         "journal_drafts": ("child_id", "entry_id"),
         "icebreaker_prep": ("child_id",),
         "monthly_notes": ("child_id", "month_of")}
_SAME = {"children": ("full_name", "birth_date"),
         "contacts": ("name", "role"),
         "world_items": ("child_id", "section", "title", "details"),
         "guide_reflections": ("child_id", "factor_id", "written_on", "text"),
         "journal_entries": ("child_id", "entry_date", "entry_time", "kind", "title", "notes"),
         "bridge_pages": ("child_id", "prepared_on", "to_name", "letter"),
         "medicine_doses": ("child_id", "medicine", "given_on", "given_time", "status"),
         "trips": ("child_id", "trip_date", "route", "distance", "unit"),
         "expenses": ("child_id", "spent_on", "description", "amount_cents"),
         "lifebook_pages": ("child_id", "kind", "title", "text")}
# Records kept in an order of their own within a group: a child's notes in a section, a
# child's lifebook pages. Those added come after the group's own.
_POSITIONED = {"world_items": ("child_id", "section"), "lifebook_pages": ("child_id",)}
# Parts of a journal entry come and go with it.
_PARTS = ("journal_participants", "journal_tags", "journal_photos")


@dataclass
class Written:
    """What write_records added (and left out as already here)."""
    added: Counter = field(default_factory=Counter)
    already_here: Counter = field(default_factory=Counter)
    new_children: list[str] = field(default_factory=list)     # display names
    merged_children: list[str] = field(default_factory=list)  # already here, added to
    new_contacts: list[str] = field(default_factory=list)
    child_ids: dict[int, int] = field(default_factory=dict)   # file id -> id here
    photos: list[dict] = field(default_factory=list)          # manifest entries used
    household: bool = False                                    # our details taken in


def write_records(db: Database, document: Document,
                  photo_names: dict[tuple[int, str], str] | None = None,
                  child_ids: dict[int, int] | None = None) -> Written:
    """Add *document*'s records. *photo_names* maps (file child id, file name) to the name
    of the copy made here; *child_ids* gives the ids new children are to get (those the
    preview found), so photos copied for them are in the right folders."""
    try:
        return _Writer(db, document, photo_names, child_ids or {}).run()
    except TextTooLongError as exc:
        # Within the format's own limit, but longer than the app's editors take.
        raise KnownError(translate("Export", "The export file has been changed"), exc.message,
                         translate("Export", "Nothing was imported; your records are as "
                                             "they were.")) from exc
    except sqlite3.IntegrityError as exc:
        # A check the file passed but a table did not (or the data changed meanwhile).
        raise KnownError(
            translate("Export", "The records could not be added"),
            translate("Export", "Something in the export file does not fit with the records "
                                "here, so nothing was added."),
            translate("Export", "Your records are as they were. Please try again; if it "
                                "happens again, export the file again where it was made.")
        ) from exc


def changed_meanwhile() -> KnownError:
    return KnownError(
        translate("Export", "The records changed meanwhile"),
        translate("Export", "The records here changed while the import was being prepared, "
                            "so nothing was added."),
        translate("Export", "Please import the file again."))


def _display_name(record: dict) -> str:
    return (record["preferred_name"] or record["full_name"]).strip()


class _Writer:
    def __init__(self, db, document, photo_names, child_ids):
        self.db, self.doc = db, document
        self.photo_names = photo_names
        self.wanted_child_ids = child_ids
        self.out = Written()
        self.ids: dict[str, dict[int, int]] = defaultdict(dict)   # type -> file id -> ours
        self.matched: dict[str, set[int]] = defaultdict(set)     # file ids already here
        self.before = {t.name: rows.value(db, f"SELECT coalesce(max(rowid), 0) FROM [{t.name}]")
                       for t in RECORD_TYPES}
        self.manifest = document.photo_members()
        entries = document.records["journal_entries"]
        self.entry_child = {e["id"]: e["child_id"] for e in entries}
        self.photo_counts = Counter(p["entry_id"] for p in document.records["journal_photos"])
        self.missing_names: dict[tuple[int, str], str] = {}
        # The groups of ordered records (a child's section, a child's lifebook) added to.
        self.touched: dict[str, set[tuple]] = defaultdict(set)
        self.touched_books: set[int] = set()
        self.pending_photos: list[dict] = []   # those the record being written uses
        self.used_photos: set[str] = set()      # members, once in out.photos

    def run(self) -> Written:
        self._rank_in_order()
        for kind in RECORD_TYPES:
            for record in self.doc.records[kind.name]:
                self._one(kind, record)
        self._close_gaps()
        self._household()
        return self.out

    def _close_gaps(self) -> None:
        """Records left out as already here leave holes in the places kept for the file's
        order: number what was added straight after the child's own, which keep theirs
        (a page number is on paper the family holds)."""
        before_pages = self.before["bridge_pages"]
        for table, group in _POSITIONED.items():
            where = " AND ".join(f"[{c}] = ?" for c in group)
            for key in self.touched[table]:
                start = self._after_own(table, group, key)
                added = rows.query(self.db, f"SELECT id FROM [{table}] WHERE {where} AND "
                                            f"rowid > ? ORDER BY position",
                                   [*key, self.before[table]])
                for place, item in enumerate(added):
                    self.db.execute(f"UPDATE [{table}] SET position = ? WHERE id = ?",
                                    [start + place, item["id"]])
        for child_id in self.touched_books:
            start = rows.value(self.db, "SELECT coalesce(max(number), 0) FROM bridge_pages "
                                        "WHERE child_id = ? AND rowid <= ?",
                               [child_id, before_pages])
            added = rows.query(self.db, "SELECT id FROM bridge_pages WHERE child_id = ? AND "
                                        "rowid > ? ORDER BY number", [child_id, before_pages])
            for place, page in enumerate(added, start=1):   # only ever lower: no clash
                self.db.execute("UPDATE bridge_pages SET number = ? WHERE id = ?",
                                [start + place, page["id"]])

    def _rank_in_order(self) -> None:
        """Each ordered record's place among its own (0, 1, 2…), however the file
        numbered them: a note's within its section, a page's in its book, a person's or
        photo's in its entry. Records keep the file's order, so a fresh folder gets the
        same ids as the one the file came from."""
        self.rank: dict[int, int] = {}
        for kind, group, order in (
                ("world_items", ("child_id", "section"), ("position", "id")),
                ("lifebook_pages", ("child_id",), ("position", "id")),
                ("bridge_pages", ("child_id",), ("number", "id")),
                ("journal_participants", ("entry_id",), ("position",)),
                ("journal_photos", ("entry_id",), ("position", "id"))):
            groups: dict[tuple, list[dict]] = defaultdict(list)
            for record in self.doc.records[kind]:
                groups[tuple(record[g] for g in group)].append(record)
            for members in groups.values():
                ordered = sorted(members, key=lambda r: tuple(r[o] for o in order))
                for place, record in enumerate(ordered):
                    self.rank[id(record)] = place

    # ----- one record ---------------------------------------------------------------------
    def _one(self, kind: RecordType, record: dict) -> None:
        self.pending_photos = []
        if kind.name in _PARTS:
            owner = record["entry_id"]
            if owner in self.matched["journal_entries"]:
                return     # the entry is already here with its people, tags and photos
            row = self._row(kind, record)
            part_id = self._insert_part(kind, record, row)
            if kind.has_id:
                self.ids[kind.name][record["id"]] = part_id
            self.out.added[kind.name] += 1
            self._photos_used()
            return
        row = self._row(kind, record)
        existing = self._existing(kind, row)
        if existing is not None:
            self.out.already_here[kind.name] += 1
            if kind.has_id:
                self.ids[kind.name][record["id"]] = existing
                self.matched[kind.name].add(record["id"])
            if kind.name == "children":
                self.out.merged_children.append(_display_name(record))
                self.out.child_ids[record["id"]] = existing
            return
        new_id = self._insert(kind, record, row)
        self.out.added[kind.name] += 1
        self._photos_used()
        if kind.has_id:
            self.ids[kind.name][record["id"]] = new_id
        if kind.name == "children":
            self.out.new_children.append(_display_name(record))
            self.out.child_ids[record["id"]] = new_id
        elif kind.name == "contacts":
            self.out.new_contacts.append(record["name"].strip())

    def _photos_used(self) -> None:
        for entry in self.pending_photos:
            if (self.photo_names is not None and
                    (entry["child_id"], entry["file_name"]) not in self.photo_names):
                raise changed_meanwhile()   # the preview did not expect this record
            if entry["member"] not in self.used_photos:
                self.used_photos.add(entry["member"])
                self.out.photos.append(entry)

    def _existing(self, kind: RecordType, row: dict) -> int | None:
        if kind.name in _KEYS:
            columns, limit = _KEYS[kind.name], None
        else:
            columns, limit = _SAME[kind.name], self.before[kind.name]
        where = " AND ".join(f"[{c}] IS ?" for c in columns)
        params = [row[c] for c in columns]
        if limit is not None:
            where += " AND rowid <= ?"
            params.append(limit)
        return rows.value(self.db, f"SELECT rowid FROM [{kind.name}] WHERE {where} LIMIT 1",
                          params)

    def _insert(self, kind: RecordType, record: dict, row: dict) -> int:
        if kind.name == "children" and record["id"] in self.wanted_child_ids:
            row["id"] = self.wanted_child_ids[record["id"]]
        # Positions and page numbers continue after the child's own.
        if kind.name in _POSITIONED:
            key = tuple(row[c] for c in _POSITIONED[kind.name])
            self.touched[kind.name].add(key)
            row["position"] = self.rank[id(record)] + self._after_own(
                kind.name, _POSITIONED[kind.name], key)
        elif kind.name == "bridge_pages":
            self.touched_books.add(row["child_id"])
            row["number"] = self.rank[id(record)] + 1 + rows.value(
                self.db, "SELECT coalesce(max(number), 0) FROM bridge_pages "
                         "WHERE child_id = ? AND rowid <= ?",
                [row["child_id"], self.before["bridge_pages"]])
        elif kind.name == "journal_entries":
            row["photo_count"] = self.photo_counts[record["id"]]
        if "created_at" in row:
            return rows.insert_as_saved(self.db, kind.name, row)
        return rows.insert_with_stamps(self.db, kind.name, row)

    def _after_own(self, table: str, group: tuple[str, ...], key: tuple) -> int:
        """The first place after the group's records that were here before this import
        (after the last of them: a deleted one may have left a gap)."""
        where = " AND ".join(f"[{c}] = ?" for c in group)
        return rows.value(self.db, f"SELECT coalesce(max(position) + 1, 0) FROM [{table}] "
                                   f"WHERE {where} AND rowid <= ?", [*key, self.before[table]])

    def _insert_part(self, kind: RecordType, record: dict, row: dict) -> int | None:
        if kind.name == "journal_tags":
            rows.insert_all(self.db, kind.name, [row], ignore=True)   # a tag twice is one
            return None
        row["position"] = self.rank[id(record)]
        return rows.insert_with_stamps(self.db, kind.name, row)

    # ----- one record's columns ----------------------------------------------------------
    def _row(self, kind: RecordType, record: dict) -> dict:
        """The record's columns here: references remapped, photos renamed, true/false and
        JSON stored the way the tables keep them."""
        owner_child = self._owner_child(kind, record)
        record = dict(record)
        for f in kind.references():
            if record[f.name] is not None:
                record[f.name] = self.ids[f.to].get(record[f.name])
        if kind.name == "journal_photos":
            record["file_name"] = self._photo(owner_child, record["file_name"])
        elif kind.name == "bridge_pages":
            record["summaries"] = [
                {**s, "entry_id": self.ids["journal_entries"].get(s["entry_id"])}
                for s in record["summaries"]]
            record["photos"] = [
                {**p, "photo_id": self.ids["journal_photos"].get(p["photo_id"]),
                 "file_name": self._photo(owner_child, p["file_name"])}
                for p in record["photos"]]
            if record["reply_photo"]:
                record["reply_photo"] = self._photo(owner_child, record["reply_photo"])
        elif kind.name == "lifebook_pages":
            record["photos"] = [{**p, "file_name": self._photo(owner_child, p["file_name"])}
                                for p in record["photos"]]
        elif kind.name == "expenses" and record["receipt_photo"]:
            record["receipt_photo"] = self._photo(owner_child, record["receipt_photo"])
        elif kind.name == "journal_drafts":
            body = dict(record["body"])
            body["photos"] = [{**p, "file_name": self._photo(owner_child, p["file_name"])}
                              for p in body["photos"]]
            record["body"] = body
            record["entry_id"] = record["entry_id"] or 0   # 0: the draft of a new entry
        if kind.has_id:
            del record["id"]
        if kind.name == "contacts":
            return self._contact_row(record)
        for f in kind.fields:
            value = record.get(f.name)
            if f.stored == "flag" and value is not None:
                record[f.name] = int(value)
            elif f.stored == "json":
                record[f.name] = json.dumps(value, ensure_ascii=False)
        return record

    def _owner_child(self, kind: RecordType, record: dict) -> int | None:
        """The file's id of the child whose photo folder this record's photos are in."""
        if kind.belongs_to[0] == "child_id":
            return record["child_id"]
        if kind.belongs_to[0] == "entry_id":
            return self.entry_child[record["entry_id"]]
        return None

    def _contact_row(self, record: dict) -> dict:
        contact = Contact(
            name=record["name"], role=Role(record["role"]), role_other=record["role_other"],
            relation=record["relation"],
            phones=[Phone(p["label"], p["number"]) for p in record["phones"]],
            email=record["email"], address=record["address"],
            reach_by=ReachBy(record["reach_by"]), reach_times=record["reach_times"],
            language=record["language"], notes=record["notes"],
            may_share=record["may_share"], placed_with=record["placed_with"],
            placed_with_phone=record["placed_with_phone"])
        return {**contact_store.to_row(contact), "created_at": record["created_at"],
                "updated_at": record["updated_at"]}

    def _photo(self, file_child: int, name: str) -> str:
        """The name of this photo's copy here. One the file does not hold (it was missing
        where the file was made) gets a new name of ours too, and prints as missing."""
        key = (file_child, name)
        if key in self.manifest:
            self.pending_photos.append(self.manifest[key])
            if self.photo_names is None:
                return name      # a rehearsal for the preview: rolled back
            # A record left out as already here may name a photo that was not copied.
            return self.photo_names.get(key, name)
        if key not in self.missing_names:
            self.missing_names[key] = uuid.uuid4().hex + ".jpg"
        return self.missing_names[key]

    def _household(self) -> None:
        details = self.doc.household
        if not details or not any(v.strip() for v in details.values()):
            return
        here = household_store.get_household(self.db)
        if any(v.strip() for v in asdict(here).values()):
            return
        household_store.save_household(self.db, Household(**details))
        self.out.household = True
