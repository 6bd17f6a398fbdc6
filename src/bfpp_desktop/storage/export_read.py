"""Read the records an export holds, as plain JSON values in the export format
(core.export_format): everything in the data folder, or one child and what is theirs.

One child's export holds the people linked to that child or named in their notes and
journal, and only the links to that child; our household details stay out of it (it
goes to someone else). Nothing here writes.
"""
import json
from dataclasses import asdict

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.export_format import RECORD_TYPES, RecordType
from bfpp_desktop.storage import rows
from bfpp_desktop.storage.household import get_household

# Which rows belong to the export, given the children it holds, by what owns them.
_OWNED_BY = {
    "": "id IN ({children})",
    "children": "child_id IN ({children})",
    "journal_entries": "entry_id IN (SELECT id FROM journal_entries WHERE child_id IN ({children}))",
}
_CONTACTS_OF_CHILDREN = (
    "id IN (SELECT contact_id FROM child_contacts WHERE child_id IN ({children}) "
    "UNION SELECT contact_id FROM world_items WHERE child_id IN ({children}) "
    "UNION SELECT p.contact_id FROM journal_participants p JOIN journal_entries e "
    "ON e.id = p.entry_id WHERE e.child_id IN ({children}))")


def read_export_records(db: Database, child_id: int | None = None) -> dict:
    """The document's "records" and "household" (the photos are the zip writer's): every
    record, or child *child_id*'s. Raises LookupError for a child that is not saved."""
    if child_id is None:
        children = "SELECT id FROM children"
    else:
        if rows.value(db, "SELECT count(*) FROM children WHERE id = ?", [child_id]) != 1:
            raise LookupError(f"child {child_id} is not saved")
        children = str(int(child_id))
    records = {}
    for kind in RECORD_TYPES:
        if kind.name == "contacts":
            where = "1" if child_id is None else _CONTACTS_OF_CHILDREN
        else:
            where = _OWNED_BY[kind.belongs_to[1]]
        records[kind.name] = [_record(kind, row) for row in rows.query(
            db, f"SELECT {', '.join(f'[{f.name}]' for f in kind.fields)} FROM [{kind.name}] "
                f"WHERE {where.format(children=children)} ORDER BY rowid")]
    household = None
    if child_id is None:
        household = asdict(get_household(db))
    return {"scope": "everything" if child_id is None else "one_child",
            "household": household, "records": records}


def _record(kind: RecordType, row: dict) -> dict:
    record = {}
    for f in kind.fields:
        value = row[f.name]
        if f.stored == "flag" and value is not None:
            value = bool(value)
        elif f.stored == "json":
            value = json.loads(value)
        record[f.name] = value
    if kind.name == "contacts":   # stored with the digits for matching, which import remakes
        record["phones"] = [{"label": label, "number": number}
                            for label, number, *_ in record["phones"]]
    if kind.name == "journal_drafts" and not record["entry_id"]:
        record["entry_id"] = None   # 0 in the table: the draft of a new entry
    return record
