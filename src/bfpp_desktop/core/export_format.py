"""The export file's JSON document: its version, every record type and field, and the
checks an import makes before anything is written (docs/export-format.md says the same
for people).

A record type is named after the table it comes from and lists its fields once, so
storage reads and writes exactly these, and a new column is one Field here (with a
default, so files from before it still import) plus a line in the docs. Nothing here
knows SQL or zip files: check_document() takes the parsed JSON and either returns it
with every default filled in, or raises FormatProblem naming the first thing wrong.
"""
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bfpp_desktop.core.children import (STAGE_NUMBERS, PermanencyGoal, PlacementEnd,
                                        PlacementType)
from bfpp_desktop.core.contacts import ReachBy, Role
from bfpp_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bfpp_desktop.core.journal import MOOD_SCALE, EntryKind, Outcome
from bfpp_desktop.core.lifebook import PageKind
from bfpp_desktop.core.records import DoseStatus, Purpose, Unit
from bfpp_desktop.core.stage_progress import PlanKind, StepState
from bfpp_desktop.core.world import DayType, Section, Severity, Source

FORMAT_NAME = "bfpp-desktop-export"
FORMAT_VERSION = 1
DOCUMENT_MEMBER = "bfpp-export.json"
# Photo members are named by the export itself, never after anything in the records, so
# an importer can accept exactly this pattern and nothing else.
PHOTO_MEMBER = re.compile(r"photos/([1-9][0-9]{0,9})/([1-9][0-9]{0,9})\.(jpg|png)")
TEXT_LIMIT = 200_000          # characters in one field: far above any editor's own limit
NAME_LIMIT = 255              # a photo's file name as the records refer to it
RECORD_LIMIT = 1_000_000      # records of one type


class FormatProblem(ValueError):
    """What is wrong with the document, in plain words (shown to the caregiver)."""


_MISSING = object()


@dataclass(frozen=True)
class Field:
    name: str
    check: Callable[[Any, str], Any]
    # A field added in a later version has a default, so older files still import.
    default: Any = _MISSING
    # The record type this field refers to (by its "id"); soft: it may name a record the
    # file does not hold (a page's snapshot of a since-deleted entry), which becomes null.
    to: str = ""
    soft: bool = False
    # How the table keeps it: "flag" 0/1 for true/false, "json" text holding the value.
    stored: str = ""


@dataclass(frozen=True)
class RecordType:
    name: str                       # the key under "records", and the table it comes from
    label: str                      # how a problem names one of these records
    fields: tuple[Field, ...]
    has_id: bool = True
    belongs_to: tuple[str, str] = ("child_id", "children")   # (field, type); "" : nobody

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def references(self) -> list[Field]:
        return [f for f in self.fields if f.to]


# ----- field checks ---------------------------------------------------------------------------
def _bad(where: str, what: str) -> FormatProblem:
    return FormatProblem(translate("Export", "{where}: {what}.").format(where=where, what=what))


def text(value, where):
    if not isinstance(value, str):
        raise _bad(where, translate("Export", "should be text"))
    if len(value) > TEXT_LIMIT:
        raise _bad(where, translate("Export", "is longer than {n} characters").format(
            n=f"{TEXT_LIMIT:,}"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _bad(where, translate("Export", "holds a broken character")) from None
    return value


def photo_name(value, where):
    value = text(value, where)
    if not value or len(value) > NAME_LIMIT:
        raise _bad(where, translate("Export", "should name a photo"))
    return value


def whole_number(value, where):
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(where, translate("Export", "should be a whole number"))
    if not -2**53 < value < 2**53:
        raise _bad(where, translate("Export", "is too large"))
    return value


def record_id(value, where):
    if whole_number(value, where) < 1:
        raise _bad(where, translate("Export", "should be a number from 1 up"))
    return value


def yes_no(value, where):
    if not isinstance(value, bool):
        raise _bad(where, translate("Export", "should be true or false"))
    return value


def a_date(value, where):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _bad(where, translate("Export", "should be a date like 2026-03-01"))
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _bad(where, translate("Export", "is not a real date")) from None
    return value


def a_time(value, where):
    if not isinstance(value, str) or len(value) > 40:
        raise _bad(where, translate("Export", "should be a date and time"))
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _bad(where, translate("Export", "should be a date and time")) from None
    return value


def distance(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not \
            0 <= value <= 1_000_000:
        raise _bad(where, translate("Export", "should be a distance"))
    return float(value)


def photo_name_or_none(value, where):
    """A photo name, or "" for none (an expense without a receipt)."""
    return "" if value == "" else photo_name(value, where)


def nullable(check):
    return lambda value, where: None if value is None else check(value, where)


def one_of(values: Iterable):
    allowed = tuple(getattr(v, "value", v) for v in values)

    def check(value, where):
        if isinstance(value, bool) or value not in allowed:
            raise _bad(where, translate("Export", "should be one of {values}").format(
                values=", ".join(repr(v) for v in allowed)))
        return value
    return check


def list_of(check, limit: int = 10_000):
    def check_list(value, where):
        if not isinstance(value, list):
            raise _bad(where, translate("Export", "should be a list"))
        if len(value) > limit:
            raise _bad(where, translate("Export", "has more than {n} items").format(n=limit))
        return [check(item, f"{where} [{i + 1}]") for i, item in enumerate(value)]
    return check_list


def text_map(value, where):
    """An object of text keys to text values (plan answers, icebreaker notes)."""
    if not isinstance(value, dict):
        raise _bad(where, translate("Export", "should be an object"))
    return {text(k, where): text(v, f"{where} “{k[:40]}”") for k, v in value.items()}


def shape(*fields: Field):
    """An object with exactly these fields (those with defaults may be missing)."""
    def check(value, where):
        return _check_fields(value, fields, where)
    return check


def _check_fields(value, fields: Iterable[Field], where: str) -> dict:
    if not isinstance(value, dict):
        raise _bad(where, translate("Export", "should be an object"))
    fields = tuple(fields)
    unknown = set(value) - {f.name for f in fields}
    if unknown:
        raise _bad(where, translate("Export", "has a field this version does not know: "
                                              "“{name}”").format(name=sorted(unknown)[0]))
    checked = {}
    for f in fields:
        if f.name in value:
            checked[f.name] = f.check(value[f.name], f"{where}, “{f.name}”")
        elif f.default is not _MISSING:
            checked[f.name] = f.default() if callable(f.default) else f.default
        else:
            raise _bad(where, translate("Export", "“{name}” is missing").format(name=f.name))
    return checked


# ----- the record types -----------------------------------------------------------------------
def _t(name, default: Any = ""):
    return Field(name, text, default)


def _d(name):
    return Field(name, nullable(a_date), None)


def _b(name, default: Any = False):
    return Field(name, yes_no, default, stored="flag")


def _json(name, check, default=list, **kw):
    return Field(name, check, default, stored="json", **kw)


STAMPS = (Field("created_at", a_time, None), Field("updated_at", a_time, None))
ID = Field("id", record_id)
CHILD = Field("child_id", record_id, to="children")
ENTRY = Field("entry_id", record_id, to="journal_entries")
CONTACT = Field("contact_id", nullable(record_id), None, to="contacts")

PHONE = shape(Field("label", text, ""), Field("number", text))
# A page keeps a snapshot; the entry or photo it came from may have been deleted since.
SUMMARY_ENTRY = Field("entry_id", nullable(record_id), None, to="journal_entries", soft=True)
PAGE_PHOTO_ID = Field("photo_id", nullable(record_id), None, to="journal_photos", soft=True)
SUMMARY = shape(SUMMARY_ENTRY, Field("entry_date", a_date), Field("title", text, ""), Field("text", text, ""),
                Field("private", yes_no, False))
PAGE_PHOTO = shape(PAGE_PHOTO_ID, Field("file_name", photo_name), Field("caption", text, ""),
                   _d("taken_on"), Field("shareable", yes_no, False))
QUESTION = shape(Field("text", text), _t("guide_id"), _t("files_into"), _t("topic"),
                 _t("answer"))


def draft_body(value, where):
    """What the journal editor kept of unsaved typing: its own fields, passed through, but
    its photos must name photos like everything else."""
    if not isinstance(value, dict):
        raise _bad(where, translate("Export", "should be an object"))
    if len(str(value)) > TEXT_LIMIT * 4:
        raise _bad(where, translate("Export", "is too long"))
    body = dict(value)
    body["photos"] = list_of(shape(Field("file_name", photo_name), _t("caption"),
                                   _d("taken_on"), _b("shareable")))(
        value.get("photos", []), f"{where}, “photos”")
    for key, item in body.items():
        if key != "photos" and not isinstance(item, (str, bool, int, float, list, type(None))):
            raise _bad(f"{where}, “{key}”", translate("Export", "should be text"))
    return body


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("children", QT_TRANSLATE_NOOP("Export", "child"), (
        ID, Field("full_name", text), _t("preferred_name"), _t("pronouns"),
        _d("birth_date"), _d("placement_date"),
        Field("placement_type", one_of(PlacementType)),
        Field("permanency_goal", one_of(PermanencyGoal)),
        Field("stage", one_of(STAGE_NUMBERS), 1), _t("notes"), _b("archived"),
        _d("ended_on"), Field("ended_how", nullable(one_of(PlacementEnd)), None), *STAMPS),
        belongs_to=("", "")),
    RecordType("contacts", QT_TRANSLATE_NOOP("Export", "person"), (
        ID, Field("name", text), Field("role", one_of(Role)), _t("role_other"),
        _t("relation"), _json("phones", list_of(PHONE, 50)), _t("email"), _t("address"),
        Field("reach_by", one_of(ReachBy), ""), _t("reach_times"), _t("language"),
        _t("notes"), _b("may_share"), _t("placed_with"), _t("placed_with_phone"), *STAMPS),
        belongs_to=("", "")),
    RecordType("child_contacts", QT_TRANSLATE_NOOP("Export", "link between a child and a person"), (
        Field("contact_id", record_id, to="contacts"), CHILD), has_id=False),
    RecordType("world_items", QT_TRANSLATE_NOOP("Export", "note about routines, likes, care, health "
                                                  "or school"), (
        ID, CHILD, Field("section", one_of(Section)), _t("kind", "other"),
        Field("position", whole_number, 0), Field("title", text), _t("time_text"),
        _b("time_is_words"), _t("details"), _json("steps", list_of(text, 1_000)),
        _json("comfort_items", list_of(text, 1_000)),
        Field("day_type", one_of(DayType), "every"), Field("severity", one_of(Severity), ""),
        Field("source", one_of(Source), "we_noticed"), _t("source_who"), _d("source_date"),
        _t("source_note"), _b("private"), CONTACT, *STAMPS)),
    RecordType("guide_step_progress", QT_TRANSLATE_NOOP("Export", "guide step"), (
        CHILD, Field("step_id", text), Field("state", one_of(StepState), "open"),
        _d("done_on"), _t("note"), _b("records_unticked"), *STAMPS), has_id=False),
    RecordType("guide_reflections", QT_TRANSLATE_NOOP("Export", "reflection"), (
        ID, CHILD, Field("factor_id", text), Field("written_on", a_date), Field("text", text),
        *STAMPS)),
    RecordType("guide_plans", QT_TRANSLATE_NOOP("Export", "plan"), (
        CHILD, Field("kind", one_of(PlanKind)), _json("answers", text_map, dict),
        _d("updated_on"), *STAMPS), has_id=False),
    RecordType("journal_entries", QT_TRANSLATE_NOOP("Export", "journal entry"), (
        ID, CHILD, Field("entry_date", a_date), _t("entry_time"), Field("kind", one_of(EntryKind)),
        _t("title"), _t("notes"), _t("share_summary"),
        Field("mood_before", nullable(one_of(MOOD_SCALE)), None), _t("mood_before_words"),
        Field("mood_after", nullable(one_of(MOOD_SCALE)), None), _t("mood_after_words"),
        _t("went_well"), _t("follow_up"), _d("follow_up_date"), _b("follow_up_done"),
        Field("outcome", nullable(one_of(Outcome)), None), _t("cancelled_by"),
        _t("start_time"), _t("end_time"), _t("place"),
        Field("supervised", nullable(yes_no), None, stored="flag"),
        _t("transport"), _t("incident_place"), _t("incident_injuries"),
        _t("incident_told_who"), _t("incident_told_when"), *STAMPS)),
    RecordType("journal_participants", QT_TRANSLATE_NOOP("Export", "person at a journal entry"), (
        ENTRY, Field("position", whole_number, 0), Field("name", text), CONTACT),
        has_id=False, belongs_to=("entry_id", "journal_entries")),
    RecordType("journal_tags", QT_TRANSLATE_NOOP("Export", "journal tag"), (
        ENTRY, Field("tag", text)), has_id=False, belongs_to=("entry_id", "journal_entries")),
    RecordType("journal_photos", QT_TRANSLATE_NOOP("Export", "journal photo"), (
        ID, ENTRY, Field("position", whole_number, 0), Field("file_name", photo_name),
        _t("caption"), _d("taken_on"), _b("shareable")),
        belongs_to=("entry_id", "journal_entries")),
    RecordType("journal_drafts", QT_TRANSLATE_NOOP("Export", "unsaved journal entry"), (
        CHILD, Field("entry_id", nullable(record_id), None, to="journal_entries", soft=True),
        _json("body", draft_body, _MISSING), *STAMPS), has_id=False),
    RecordType("bridge_pages", QT_TRANSLATE_NOOP("Export", "bridge book page"), (
        ID, CHILD, Field("number", record_id), Field("prepared_on", a_date), _t("to_name"),
        _t("letter"), _json("summaries", list_of(SUMMARY)),
        _json("photos", list_of(PAGE_PHOTO)), _json("questions", list_of(QUESTION)),
        _b("photos_checked"), _d("sent_on"), _t("reply_text"), _t("reply_photo"),
        _d("reply_on"), *STAMPS)),
    RecordType("icebreaker_prep", QT_TRANSLATE_NOOP("Export", "icebreaker preparation"), (
        CHILD, _json("question_ids", list_of(text)), _json("share_notes", text_map, dict),
        _d("updated_on"), *STAMPS), has_id=False),
    RecordType("medicine_doses", QT_TRANSLATE_NOOP("Export", "medicine dose"), (
        ID, CHILD, Field("medicine_id", nullable(record_id), None, to="world_items", soft=True),
        Field("medicine", text), Field("given_on", a_date), _t("given_time"), _t("dose"),
        _t("given_by"), Field("status", one_of(DoseStatus), "given"), _t("reason"), *STAMPS)),
    RecordType("trips", QT_TRANSLATE_NOOP("Export", "trip"), (
        ID, CHILD, Field("trip_date", a_date), _t("route"), Field("distance", distance),
        Field("unit", one_of(Unit), "miles"), Field("purpose", one_of(Purpose), "other"),
        Field("entry_id", nullable(record_id), None, to="journal_entries", soft=True),
        *STAMPS)),
    RecordType("expenses", QT_TRANSLATE_NOOP("Export", "expense"), (
        ID, CHILD, Field("spent_on", a_date), Field("description", text),
        Field("amount_cents", whole_number), Field("receipt_photo", photo_name_or_none, ""),
        *STAMPS)),
    RecordType("lifebook_pages", QT_TRANSLATE_NOOP("Export", "lifebook page"), (
        ID, CHILD, Field("position", whole_number, 0), Field("kind", one_of(PageKind), "story"),
        _t("title"), _t("text"), _d("page_date"),
        _json("photos", list_of(shape(Field("file_name", photo_name), _t("caption")), 100)),
        _b("waiting_for_family"), *STAMPS)),
    RecordType("monthly_notes", QT_TRANSLATE_NOOP("Export", "monthly report's own words"), (
        ID, CHILD, Field("month_of", a_date), _t("text"), *STAMPS)),
)
BY_NAME = {t.name: t for t in RECORD_TYPES}
HOUSEHOLD = shape(_t("household_name"), _t("surname"), _t("phone"), _t("address"))
PHOTO_ENTRY = shape(Field("child_id", record_id), Field("file_name", photo_name),
                    Field("member", text), Field("size", whole_number),
                    Field("sha256", text))


@dataclass
class Document:
    """A checked document: records by type, with every field present."""
    scope: str
    records: dict[str, list[dict]]
    household: dict | None
    photos: list[dict]
    exported_at: str = ""
    app_version: str = ""
    extra: dict = field(default_factory=dict)

    def photo_members(self) -> dict[tuple[int, str], dict]:
        return {(p["child_id"], p["file_name"]): p for p in self.photos}


SCOPES = ("everything", "one_child")


def check_document(value) -> Document:
    """The parsed JSON as a Document, or FormatProblem. A newer version is refused whole
    (it may mean things this version would get wrong), never read in part."""
    if not isinstance(value, dict) or value.get("format") != FORMAT_NAME:
        raise FormatProblem(translate("Export", "It is not an export made by this app."))
    version = value.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _bad(translate("Export", "The file's version"),
                   translate("Export", "should be a whole number from 1 up"))
    if version > FORMAT_VERSION:
        raise NewerFormat(version)
    top = _check_fields(value, (
        Field("format", text), Field("version", whole_number), Field("app_version", text, ""),
        Field("exported_at", nullable(a_time), None),
        Field("scope", one_of(SCOPES), "everything"),
        Field("household", nullable(HOUSEHOLD), None),
        Field("records", _records_object), Field("photos", list_of(PHOTO_ENTRY, 1_000_000), list),
    ), translate("Export", "The file"))
    records = {}
    for kind in RECORD_TYPES:
        found = top["records"].get(kind.name, [])
        if not isinstance(found, list):
            raise _bad(kind.name, translate("Export", "should be a list"))
        if len(found) > RECORD_LIMIT:
            raise _bad(kind.name, translate("Export", "has too many records"))
        records[kind.name] = [_check_fields(r, kind.fields, _where(kind, r, i))
                              for i, r in enumerate(found)]
    document = Document(top["scope"], records, top["household"], top["photos"],
                        top["exported_at"] or "", top["app_version"])
    _check_links(document)
    return document


def _records_object(value, where):
    if not isinstance(value, dict):
        raise _bad(where, translate("Export", "should be an object"))
    unknown = set(value) - set(BY_NAME)
    if unknown:
        raise _bad(where, translate("Export", "holds records this version does not know: "
                                              "“{name}”").format(name=sorted(unknown)[0]))
    return value


def _where(kind: RecordType, record, index: int) -> str:
    number = record.get("id") if isinstance(record, dict) and kind.has_id else None
    if isinstance(number, int) and not isinstance(number, bool):
        return translate("Export", "The {record} with id {id}").format(
            record=translate("Export", kind.label), id=number)
    return translate("Export", "The {record} number {n} in the file").format(
        record=translate("Export", kind.label), n=index + 1)


class NewerFormat(FormatProblem):
    def __init__(self, version: int):
        super().__init__(translate("Export", "It was made by a newer version of the app "
                                             "(export format {version}).").format(
            version=version))
        self.version = version


def ids(document: Document, kind: str) -> set[int]:
    return {r["id"] for r in document.records[kind]}


def _check_links(document: Document) -> None:
    """Ids are unique within their type, and every reference names a record in the file
    (a soft one may not: it is set to null here)."""
    known = {}
    for kind in RECORD_TYPES:
        if kind.has_id:
            seen = set()
            for i, record in enumerate(document.records[kind.name]):
                if record["id"] in seen:
                    raise _bad(_where(kind, record, i),
                               translate("Export", "appears twice in the file"))
                seen.add(record["id"])
            known[kind.name] = seen
    for kind in RECORD_TYPES:
        for i, record in enumerate(document.records[kind.name]):
            for f in kind.references():
                _check_reference(record, f, known, _where(kind, record, i))
            if kind.name == "bridge_pages":
                for nested, f in (("summaries", SUMMARY_ENTRY), ("photos", PAGE_PHOTO_ID)):
                    for item in record[nested]:
                        _check_reference(item, f, known, _where(kind, record, i))
    children = known["children"]
    members = set()
    for i, photo in enumerate(document.photos):
        where = translate("Export", "The photo number {n} in the file").format(n=i + 1)
        if photo["child_id"] not in children:
            raise _bad(where, translate("Export", "belongs to a child the file does not hold"))
        match = PHOTO_MEMBER.fullmatch(photo["member"])
        if match is None or int(match.group(1)) != photo["child_id"] or photo["member"] in members:
            raise _bad(where, translate("Export", "is not where the file should hold it"))
        if not re.fullmatch(r"[0-9a-f]{64}", photo["sha256"]) or photo["size"] < 0:
            raise _bad(where, translate("Export", "has no valid check sum"))
        members.add(photo["member"])
    if len(document.photo_members()) != len(document.photos):
        raise FormatProblem(translate("Export", "A photo is listed twice in the file."))


def _check_reference(record: dict, f: Field, known: dict[str, set[int]], where: str) -> None:
    value = record.get(f.name)
    if value is None or value in known[f.to]:
        return
    if f.soft:
        record[f.name] = None
        return
    raise _bad(f"{where}, “{f.name}”",
               translate("Export", "refers to a {record} the file does not hold").format(
                   record=translate("Export", BY_NAME[f.to].label)))


def referenced_photos(document: Document) -> list[tuple[str, int, str]]:
    """(where, child id, file name) of every photo a record in the file refers to."""
    entry_child = {e["id"]: e["child_id"] for e in document.records["journal_entries"]}
    found = [("journal_photos", entry_child[p["entry_id"]], p["file_name"])
             for p in document.records["journal_photos"]]
    for page in document.records["bridge_pages"]:
        found += [("bridge_pages", page["child_id"], p["file_name"]) for p in page["photos"]]
        if page["reply_photo"]:
            found.append(("bridge_pages", page["child_id"], page["reply_photo"]))
    for draft in document.records["journal_drafts"]:
        found += [("journal_drafts", draft["child_id"], p["file_name"])
                  for p in draft["body"]["photos"]]
    # In the order of RECORD_TYPES, which an import copies them in.
    found += [("expenses", e["child_id"], e["receipt_photo"])
              for e in document.records["expenses"] if e["receipt_photo"]]
    found += [("lifebook_pages", page["child_id"], p["file_name"])
              for page in document.records["lifebook_pages"] for p in page["photos"]]
    return found
