"""The child's world: routines, likes, care practices, health and school.

Every fact is one WorldItem of the same shape, so other features (comfort call
notes, the bridge book, printouts) can file and read them without knowing the
section. Each item remembers who told us and when, and whether it is private.
"""
import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

TITLE_LIMIT = 300
DETAILS_LIMIT = 20_000
STEP_LIMIT = 1_000
MAX_STEPS = 60
WHO_LIMIT = 120
NOTE_LIMIT = 300
TIME_LIMIT = 80


class Section(str, Enum):
    ROUTINE = "routine"
    LIKES = "likes"
    CARE = "care"
    HEALTH = "health"
    SCHOOL = "school"

    @property
    def label(self) -> str:
        return {
            Section.ROUTINE: translate("World", "Routines"),
            Section.LIKES: translate("World", "Likes and dislikes"),
            Section.CARE: translate("World", "Care practices"),
            Section.HEALTH: translate("World", "Health"),
            Section.SCHOOL: translate("World", "School"),
        }[self]

    @property
    def default_private(self) -> bool:
        """Health and school notes stay off printouts until the caregiver chooses."""
        return self in (Section.HEALTH, Section.SCHOOL)


SECTION_ORDER = list(Section)

# The finer kind within a section, in the order offered in the editor.
_KINDS: dict[Section, list[tuple[str, str]]] = {
    Section.ROUTINE: [
        ("wake", QT_TRANSLATE_NOOP("World", "Waking up")),
        ("meal", QT_TRANSLATE_NOOP("World", "Meal or snack")),
        ("nap", QT_TRANSLATE_NOOP("World", "Nap")),
        ("school", QT_TRANSLATE_NOOP("World", "School or childcare")),
        ("bath", QT_TRANSLATE_NOOP("World", "Bath")),
        ("bedtime", QT_TRANSLATE_NOOP("World", "Bedtime")),
        ("night", QT_TRANSLATE_NOOP("World", "Night waking")),
        ("other", QT_TRANSLATE_NOOP("World", "Other")),
    ],
    Section.LIKES: [
        ("like", QT_TRANSLATE_NOOP("World", "Likes")),
        ("dislike", QT_TRANSLATE_NOOP("World", "Doesn't like")),
        ("fear", QT_TRANSLATE_NOOP("World", "Fears and what soothes")),
        ("upset", QT_TRANSLATE_NOOP("World", "Upsets and what helps")),
    ],
    Section.CARE: [
        ("hair", QT_TRANSLATE_NOOP("World", "Hair care")),
        ("skin", QT_TRANSLATE_NOOP("World", "Skin care")),
        ("bath", QT_TRANSLATE_NOOP("World", "Bath or shower")),
        ("hygiene", QT_TRANSLATE_NOOP("World", "Hygiene products")),
        ("clothing", QT_TRANSLATE_NOOP("World", "Clothing")),
        ("feeding", QT_TRANSLATE_NOOP("World", "Feeding")),
        ("faith", QT_TRANSLATE_NOOP("World", "Faith and culture")),
        ("holiday", QT_TRANSLATE_NOOP("World", "Holidays")),
        ("language", QT_TRANSLATE_NOOP("World", "Languages at home")),
        ("other", QT_TRANSLATE_NOOP("World", "Other")),
    ],
    Section.HEALTH: [
        ("allergy", QT_TRANSLATE_NOOP("World", "Allergy")),
        ("medicine", QT_TRANSLATE_NOOP("World", "Medicine")),
        ("doctor", QT_TRANSLATE_NOOP("World", "Doctor")),
        ("dentist", QT_TRANSLATE_NOOP("World", "Dentist")),
        ("history", QT_TRANSLATE_NOOP("World", "Medical or dental history")),
        ("emergency", QT_TRANSLATE_NOOP("World", "In an emergency")),
        ("other", QT_TRANSLATE_NOOP("World", "Other")),
    ],
    Section.SCHOOL: [
        ("school", QT_TRANSLATE_NOOP("World", "School or childcare")),
        ("grade", QT_TRANSLATE_NOOP("World", "Grade")),
        ("teacher", QT_TRANSLATE_NOOP("World", "Teacher")),
        ("schedule", QT_TRANSLATE_NOOP("World", "Schedule")),
        ("support", QT_TRANSLATE_NOOP("World", "Support plan")),
        ("other", QT_TRANSLATE_NOOP("World", "Other")),
    ],
}


# Health kinds that name a person the child's People list may hold, and the role to offer.
PERSON_KIND_ROLES = {"doctor": Role.DOCTOR, "dentist": Role.DENTIST}


def first_phone(contact: Contact) -> str:
    """'office (555) 010-0120', or '' when no number is saved."""
    phone = next((p for p in contact.phones if p.number.strip()), None)
    return " ".join(x for x in (phone.label, phone.number) if x) if phone else ""


def contact_line(contact: Contact, title: str = "") -> str:
    """'Dr. Alan Reyes · office (555) 010-0120': who, and the first way to call them.

    The name is left out when *title* already says it.
    """
    name = "" if title.strip().casefold() == contact.name.casefold() else contact.name
    return " · ".join(x for x in (name, first_phone(contact)) if x)


def kinds(section: Section) -> list[tuple[str, str]]:
    """(key, label) pairs for *section*, labels translated."""
    return [(key, translate("World", label)) for key, label in _KINDS[section]]


def kind_label(section: Section, kind: str) -> str:
    return dict(kinds(section)).get(kind, "")


class DayType(str, Enum):
    EVERY_DAY = "every"
    SCHOOL_DAYS = "school"
    WEEKENDS = "weekend"

    @property
    def label(self) -> str:
        return {
            DayType.EVERY_DAY: translate("World", "Every day"),
            DayType.SCHOOL_DAYS: translate("World", "School days"),
            DayType.WEEKENDS: translate("World", "Weekends"),
        }[self]


class Source(str, Enum):
    BIRTH_PARENT = "birth_parent"
    CHILD = "child"
    CASEWORKER = "caseworker"
    PREVIOUS_CAREGIVER = "previous_caregiver"
    RELATIVE = "relative"
    WE_NOTICED = "we_noticed"

    @property
    def label(self) -> str:
        return {
            Source.BIRTH_PARENT: translate("World", "Birth parent"),
            Source.CHILD: translate("World", "The child"),
            Source.CASEWORKER: translate("World", "Caseworker"),
            Source.PREVIOUS_CAREGIVER: translate("World", "Previous caregiver"),
            Source.RELATIVE: translate("World", "Relative"),
            Source.WE_NOTICED: translate("World", "We noticed"),
        }[self]


class Severity(str, Enum):
    """How serious an allergy is; empty when not said."""
    NONE = ""
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"

    @property
    def label(self) -> str:
        return {
            Severity.NONE: translate("World", "Not said"),
            Severity.MILD: translate("World", "Mild"),
            Severity.MODERATE: translate("World", "Moderate"),
            Severity.SEVERE: translate("World", "Severe — can be life-threatening"),
        }[self]


@dataclass
class WorldItem:
    child_id: int
    section: Section
    title: str
    kind: str = "other"
    time_text: str = ""
    # True when time_text is words ("after lunch") rather than a clock time.
    time_is_words: bool = False
    details: str = ""
    steps: list[str] = field(default_factory=list)
    comfort_items: list[str] = field(default_factory=list)
    day_type: DayType = DayType.EVERY_DAY
    severity: Severity = Severity.NONE
    source: Source = Source.WE_NOTICED
    source_who: str = ""       # "Mom", "Ms. Alvarez"
    source_date: date | None = None
    source_note: str = ""      # "comfort call", "icebreaker meeting"
    private: bool = False
    # For a doctor or dentist: the child's contact it refers to (name and phone come
    # from there); None when written as plain text.
    contact_id: int | None = None
    position: int | None = None  # None: at the end of its section
    id: int | None = None

    def copy(self, **changes) -> "WorldItem":
        return replace(self, **changes)

    def search_text(self) -> str:
        """Everything a filter box should match, lower-cased."""
        return " ".join([self.title, self.time_text, self.details, *self.steps,
                         *self.comfort_items, self.source_who, self.source_note,
                         kind_label(self.section, self.kind)]).casefold()


def new_item(child_id: int, section: Section, **values) -> WorldItem:
    """An item with its section's kind and privacy defaults."""
    values.setdefault("kind", _KINDS[section][0][0])
    values.setdefault("private", section.default_private)
    values.setdefault("title", "")
    return WorldItem(child_id=child_id, section=section, **values)


class TimeError(ValueError):
    """A clock time that cannot be read, with a message a person can act on."""


_CLOCK = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?$", re.IGNORECASE)
_RANGE_SPLIT = re.compile(r"\s*(?:–|—|-|\bto\b|\buntil\b)\s*", re.IGNORECASE)


def _clock(text: str) -> str:
    match = _CLOCK.match(text.strip())
    if not match:
        raise TimeError(translate(
            "World", "“{text}” is not a clock time. Write it like 07:30 or 19:00–19:30, "
                     "or tick “Say it in words” for times like “after lunch”.")
            .format(text=text.strip()))
    hours, minutes, half = match.groups()
    if minutes is None and not half:
        # "7" could mean morning or evening; ask rather than guess.
        raise TimeError(translate(
            "World", "Please add the minutes, for example {h:02d}:00.").format(h=int(hours)))
    hours, minutes = int(hours), int(minutes or 0)
    if half:
        if not 1 <= hours <= 12:
            raise TimeError(translate("World", "With am or pm, hours go from 1 to 12."))
        hours = hours % 12 + (12 if half.lower().startswith("p") else 0)
    if hours > 23 or minutes > 59:
        raise TimeError(translate(
            "World", "{text} is not a time on the clock: hours go from 00 to 23 and "
                     "minutes from 00 to 59.").format(text=text.strip()))
    return f"{hours:02d}:{minutes:02d}"


def normalise_time(text: str) -> str:
    """'7:30' -> '07:30', '7pm - 7:30pm' -> '19:00–19:30'; '' stays ''. Raises TimeError."""
    text = (text or "").strip()
    if not text:
        return ""
    parts = _RANGE_SPLIT.split(text)
    if len(parts) == 1:
        return _clock(parts[0])
    if len(parts) == 2 and all(parts):
        return f"{_clock(parts[0])}–{_clock(parts[1])}"
    raise TimeError(translate(
        "World", "Please give one time (07:30) or a range (19:00–19:30)."))


def validate_item(item: WorldItem) -> dict[str, str]:
    """Return {field: message}; empty when the item can be saved."""
    problems: dict[str, str] = {}

    def too_long(key: str, value: str, limit: int) -> None:
        if len(value) > limit:
            problems[key] = translate(
                "World", "This can be at most {limit} characters; it has {n}. "
                         "Please shorten it or split it into two items.").format(
                    limit=f"{limit:,}", n=f"{len(value):,}")

    if not item.title.strip():
        problems["title"] = translate("World", "Please write a few words to name this.")
    too_long("title", item.title, TITLE_LIMIT)
    if item.time_is_words:
        too_long("time", item.time_text, TIME_LIMIT)
    else:
        try:
            normalise_time(item.time_text)
        except TimeError as exc:
            problems["time"] = str(exc)
    too_long("details", item.details, DETAILS_LIMIT)
    if len(item.steps) > MAX_STEPS:
        problems["steps"] = translate(
            "World", "At most {limit} steps, please; this has {n}.").format(
                limit=MAX_STEPS, n=len(item.steps))
    for step in item.steps + item.comfort_items:
        if len(step) > STEP_LIMIT:
            key = "steps" if step in item.steps else "comfort"
            problems[key] = translate(
                "World", "Each line can be at most {limit} characters; one has {n}.").format(
                    limit=f"{STEP_LIMIT:,}", n=f"{len(step):,}")
    too_long("source_who", item.source_who, WHO_LIMIT)
    too_long("source_note", item.source_note, NOTE_LIMIT)
    return problems


def cleaned(item: WorldItem) -> WorldItem:
    """The item as it is stored: clock times normalised, blank lines dropped."""
    time_text = item.time_text.strip()
    if time_text and not item.time_is_words:
        time_text = normalise_time(time_text)
    return item.copy(
        title=item.title.strip(), time_text=time_text,
        time_is_words=item.time_is_words and bool(time_text),
        steps=[s.strip() for s in item.steps if s.strip()],
        comfort_items=[c.strip() for c in item.comfort_items if c.strip()],
        source_who=item.source_who.strip(), source_note=item.source_note.strip())


def provenance_text(item: WorldItem, date_text: str = "") -> str:
    """'from Mom, 3 Mar' / 'we noticed, 3 Mar' / 'from the caseworker · comfort call'.

    *date_text* is the source date already written the way the reader says dates.
    """
    if item.source is Source.WE_NOTICED:
        words = (translate("World", "{who} noticed").format(who=item.source_who)
                 if item.source_who else translate("World", "we noticed"))
    else:
        who = item.source_who or {
            Source.BIRTH_PARENT: translate("World", "the birth parent"),
            Source.CHILD: translate("World", "the child"),
            Source.CASEWORKER: translate("World", "the caseworker"),
            Source.PREVIOUS_CAREGIVER: translate("World", "the previous caregiver"),
            Source.RELATIVE: translate("World", "a relative"),
        }[item.source]
        words = translate("World", "from {who}").format(who=who)
    if item.source_note:
        words += f" · {item.source_note}"
    if date_text:
        words += f", {date_text}"
    return words
