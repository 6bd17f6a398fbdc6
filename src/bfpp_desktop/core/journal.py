"""Journal entries about a child: what they hold, and the rules a saved entry meets.

Every entry is private. Only its "to share" summary, when the caregiver wrote
one, may ever leave the app (on a printout for the birth parent).
"""
import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.i18n import translate

TITLE_LIMIT = 300
NOTES_LIMIT = 200_000      # about 60 printed pages; a stray 5 MB paste is refused
SHORT_TEXT_LIMIT = 20_000
MOOD_SCALE = (1, 2, 3, 4, 5)
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


class EntryKind(str, Enum):
    NOTE = "note"
    FAMILY_TIME = "family_time"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    APPOINTMENT = "appointment"
    SCHOOL = "school"
    MILESTONE = "milestone"
    MEETING = "meeting"
    HEARING = "hearing"
    INCIDENT = "incident"

    @property
    def label(self) -> str:
        return {
            EntryKind.NOTE: translate("Journal", "Everyday note"),
            EntryKind.FAMILY_TIME: translate("Journal", "Family time"),
            EntryKind.PHONE_CALL: translate("Journal", "Phone call"),
            EntryKind.VIDEO_CALL: translate("Journal", "Video call"),
            EntryKind.APPOINTMENT: translate("Journal", "Appointment"),
            EntryKind.SCHOOL: translate("Journal", "School event"),
            EntryKind.MILESTONE: translate("Journal", "Milestone"),
            EntryKind.MEETING: translate("Journal", "Meeting with the caseworker or team"),
            EntryKind.HEARING: translate("Journal", "Court or review hearing"),
            EntryKind.INCIDENT: translate("Journal", "Incident report"),
        }[self]


# Kinds that are for the caregiver and the agency only: never on a sheet for the family,
# not even its "to share" words or photos marked shareable.
AGENCY_ONLY_KINDS = (EntryKind.INCIDENT,)


# Tags other features use to recognise an entry (the Overview counts a first call or
# meeting recorded in the journal as done). Tags are stored lower case.
COMFORT_CALL_TAG = "comfort call"
ICEBREAKER_TAG = "icebreaker"


class Outcome(str, Enum):
    """What became of planned family time."""
    PLANNED = "planned"
    HAPPENED = "happened"
    CANCELLED = "cancelled"
    MOVED = "moved"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return {
            Outcome.PLANNED: translate("Journal", "Planned"),
            Outcome.HAPPENED: translate("Journal", "Happened"),
            Outcome.CANCELLED: translate("Journal", "Cancelled"),
            Outcome.MOVED: translate("Journal", "Moved to another day"),
            Outcome.NO_SHOW: translate("Journal", "Did not happen: the parent did not come"),
        }[self]


def mood_label(value: int) -> str:
    return {
        1: translate("Journal", "Very unsettled"),
        2: translate("Journal", "Unsettled"),
        3: translate("Journal", "Okay"),
        4: translate("Journal", "Content"),
        5: translate("Journal", "Happy and settled"),
    }[value]


@dataclass
class FamilyTimeDetails:
    outcome: Outcome = Outcome.HAPPENED
    cancelled_by: str = ""
    start_time: str = ""          # HH:MM
    end_time: str = ""            # HH:MM
    place: str = ""
    supervised: bool | None = None
    transport: str = ""

    @property
    def minutes(self) -> int:
        """Length in minutes when it happened and both times are known, else 0."""
        if self.outcome != Outcome.HAPPENED or not (self.start_time and self.end_time):
            return 0
        return max(_minutes(self.end_time) - _minutes(self.start_time), 0)


@dataclass
class IncidentDetails:
    """What agencies ask of an incident report; what happened is the entry's notes, who
    was present its participants, and what is to follow its follow-up."""
    place: str = ""
    injuries: str = ""
    told_who: str = ""            # who was told: the caseworker, the parent, the school
    told_when: str = ""           # when they were told, in the caregiver's words

    def is_empty(self) -> bool:
        return not any(v.strip() for v in (self.place, self.injuries, self.told_who,
                                           self.told_when))


# Words that often mark a judgement rather than what was seen or heard; the incident
# editor points them out so the caregiver can say "in my opinion" where it is one.
_OPINION = re.compile(r"(?<!\w)(i think|i feel|i believe|seemed|seems|obviously|clearly|"
                      r"probably|deliberately|on purpose|always|never|lied|manipulat\w*|"
                      r"naughty|bad|attention[- ]seeking)(?!\w)", re.IGNORECASE)


def opinion_words(text: str) -> list[str]:
    """The opinion-like words in *text*, once each, in the order they first appear."""
    found: list[str] = []
    for match in _OPINION.finditer(text or ""):
        word = match.group(1).lower()
        if word not in found:
            found.append(word)
    return found


@dataclass
class Photo:
    file_name: str                # inside <data_dir>/photos/<child_id>/
    caption: str = ""
    taken_on: date | None = None
    shareable: bool = False       # the bridge book decides per photo; private by default
    id: int | None = None


@dataclass
class JournalEntry:
    child_id: int
    entry_date: date
    kind: EntryKind = EntryKind.NOTE
    title: str = ""
    entry_time: str = ""          # HH:MM, may be empty
    notes: str = ""               # Markdown
    share_summary: str = ""       # written for the birth parent; the only shareable text
    participants: list[str] = field(default_factory=list)
    # Which participants were picked from the child's people: name -> contact id.
    # A name missing here is free text ("the bus driver"); the name is always kept,
    # so the entry still reads well after the contact is deleted.
    participant_contacts: dict[str, int] = field(default_factory=dict)
    mood_before: int | None = None
    mood_before_words: str = ""
    mood_after: int | None = None
    mood_after_words: str = ""
    went_well: str = ""
    follow_up: str = ""
    follow_up_date: date | None = None
    follow_up_done: bool = False
    tags: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    family_time: FamilyTimeDetails | None = None
    incident: IncidentDetails | None = None
    id: int | None = None

    @property
    def for_agency_only(self) -> bool:
        return self.kind in AGENCY_ONLY_KINDS

    @property
    def has_share_summary(self) -> bool:
        return bool(self.share_summary.strip())

    def shareable_text(self) -> str | None:
        """The only part of an entry that may leave the app; None when nothing was written."""
        return self.share_summary.strip() or None

    def copy(self, **changes) -> "JournalEntry":
        return replace(self, **changes)


@dataclass
class EntrySummary:
    """One timeline row: enough to draw it without loading the whole entry."""
    id: int
    entry_date: date
    entry_time: str
    kind: EntryKind
    title: str
    preview: str                  # start of the notes, or highlighted search snippet
    has_share_summary: bool
    photo_count: int
    outcome: Outcome | None = None


@dataclass
class SharedSummary:
    """What of an entry may go on a sheet for the family (its title is private too)."""
    entry_date: date
    kind: EntryKind
    text: str


@dataclass
class FollowUp:
    entry_id: int
    entry_date: date
    title: str
    text: str
    due: date | None


@dataclass
class MonthTotal:
    year: int
    month: int
    count: int
    minutes: int


@dataclass
class JournalFilter:
    kinds: tuple[EntryKind, ...] = ()
    tag: str = ""
    start: date | None = None
    end: date | None = None
    has_photos: bool = False
    has_share_summary: bool = False
    # Leave out the kinds for the agency only (anything a family-facing sheet reads).
    for_family: bool = False


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def parse_time(text: str) -> str:
    """Read '9:05' or '09.05' as '09:05'; '' for empty; ValueError with a message otherwise."""
    if not text or not text.strip():
        return ""
    match = _TIME.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(translate("Journal", "Please write the time as hours:minutes, "
                                              "for example 14:30."))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def clean_tags(text: str) -> list[str]:
    """Tags typed as 'school, sleep' become ['school', 'sleep'] (lower case, no repeats)."""
    seen: list[str] = []
    for part in text.split(","):
        tag = part.strip().lower().lstrip("#")
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def validate_entry(entry: JournalEntry) -> dict[str, str]:
    """Return {field name: plain-words message}; empty when the entry can be saved."""
    problems: dict[str, str] = {}
    if not entry.title.strip() and not entry.notes.strip():
        problems["title"] = translate("Journal", "Please give the entry a title or a few words.")
    elif len(entry.title) > TITLE_LIMIT:
        problems["title"] = translate("Journal", "Please keep the title under {n} characters."
                                      ).format(n=TITLE_LIMIT)
    if len(entry.notes) > NOTES_LIMIT:
        problems["notes"] = translate(
            "Journal", "These notes are very long ({n:,} characters; the most is {limit:,}). "
                       "Please split them into several entries.").format(
            n=len(entry.notes), limit=NOTES_LIMIT)
    incident = entry.incident or IncidentDetails()
    for owner, name in [(entry, n) for n in ("share_summary", "went_well", "follow_up",
                                             "mood_before_words", "mood_after_words")] + \
            [(incident, n) for n in ("place", "injuries", "told_who", "told_when")]:
        if len(getattr(owner, name)) > SHORT_TEXT_LIMIT:
            problems[name] = translate("Journal", "Please keep this under {n:,} characters."
                                       ).format(n=SHORT_TEXT_LIMIT)
    for name in ("mood_before", "mood_after"):
        value = getattr(entry, name)
        if value is not None and value not in MOOD_SCALE:
            problems[name] = translate("Journal", "Please pick a point on the scale.")
    for name in ("entry_time",):
        try:
            parse_time(entry.entry_time)
        except ValueError as exc:
            problems[name] = str(exc)
    visit = entry.family_time
    if visit is not None:
        times_ok = True
        for name in ("start_time", "end_time"):
            try:
                parse_time(getattr(visit, name))
            except ValueError as exc:
                problems[name] = str(exc)
                times_ok = False
        if times_ok and visit.start_time and visit.end_time and \
                _minutes(visit.end_time) < _minutes(visit.start_time):
            problems["end_time"] = translate("Journal", "The end is before the start.")
    return problems
