"""The documents the print center offers, described once for the window and the CLI."""
from dataclasses import dataclass

from bfpp_desktop.reports.options import Paper, PrintOptions
from bfpp_desktop.reports.texts import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Section:
    id: str
    label: str
    default_on: bool = True


@dataclass(frozen=True)
class DocumentSpec:
    id: str                   # also the CLI name
    title: str
    description: str
    sections: tuple[Section, ...]
    for_birth_family: bool    # "leave out our details" starts on
    needs_date_range: bool = False
    has_private_content: bool = False
    large_print_default: bool = False
    asks_who_for: bool = False   # the routine sheet: birth parent, babysitter or next home

    def section_ids(self) -> list[str]:
        return [s.id for s in self.sections]

    def default_options(self, paper: Paper) -> PrintOptions:
        return PrintOptions(
            sections=frozenset(s.id for s in self.sections if s.default_on),
            leave_out_our_details=self.for_birth_family,
            paper=paper,
            large_print=self.large_print_default)



# Topics of the blank sheet, shared with its builder (section id = topic id).
BLANK_TOPICS = (
    ("routine", QT_TRANSLATE_NOOP("Print", "Daily routine")),
    ("sleep", QT_TRANSLATE_NOOP("Print", "Sleep and bedtime")),
    ("food", QT_TRANSLATE_NOOP("Print", "Food")),
    ("comfort", QT_TRANSLATE_NOOP("Print", "Comfort")),
    ("favourites", QT_TRANSLATE_NOOP("Print", "Favourite things")),
    ("fears", QT_TRANSLATE_NOOP("Print", "Fears")),
    ("hair_skin", QT_TRANSLATE_NOOP("Print", "Hair and skin care")),
    ("health", QT_TRANSLATE_NOOP("Print", "Health")),
    ("faith_culture", QT_TRANSLATE_NOOP("Print", "Faith and culture")),
    ("school", QT_TRANSLATE_NOOP("Print", "School")),
    ("know", QT_TRANSLATE_NOOP("Print", "What you want us to know")),
    ("questions", QT_TRANSLATE_NOOP("Print", "Questions you have for us")),
    ("return_to", QT_TRANSLATE_NOOP("Print", "Who to give it back to")),
)

DIAPER_BAG_SECTIONS = (
    ("sleep", QT_TRANSLATE_NOOP("Print", "Sleep")),
    ("feeds", QT_TRANSLATE_NOOP("Print", "Feeds")),
    ("diapers", QT_TRANSLATE_NOOP("Print", "Diapers")),
    ("mood", QT_TRANSLATE_NOOP("Print", "Mood")),
    ("new", QT_TRANSLATE_NOOP("Print", "Something new")),
    ("note", QT_TRANSLATE_NOOP("Print", "A note for you")),
    ("write_back", QT_TRANSLATE_NOOP("Print", "Space to write back")),
    ("from", QT_TRANSLATE_NOOP("Print", "Who it is from (our name, phone)")),
)

# Section ids shared with the builders of the routine sheet and the profile.
ROUTINE_SHEET_SECTIONS = (
    ("routines", QT_TRANSLATE_NOOP("Print", "Routines")),
    ("care", QT_TRANSLATE_NOOP("Print", "Care practices")),
    ("likes", QT_TRANSLATE_NOOP("Print", "Likes and dislikes")),
    ("health", QT_TRANSLATE_NOOP("Print", "Health")),
    ("school", QT_TRANSLATE_NOOP("Print", "School")),
    ("people", QT_TRANSLATE_NOOP("Print", "Important people")),
)

ALL_ABOUT_ME_SECTIONS = (
    ("about", QT_TRANSLATE_NOOP("Print", "Name and pronouns")),
    ("loves", QT_TRANSLATE_NOOP("Print", "What I love")),
    ("comforts", QT_TRANSLATE_NOOP("Print", "What comforts me")),
    ("care", QT_TRANSLATE_NOOP("Print", "How to care for me")),
    ("school", QT_TRANSLATE_NOOP("Print", "School")),
    ("people", QT_TRANSLATE_NOOP("Print", "Important people")),
)

BRIDGE_BOOK_SECTIONS = (
    ("letter", QT_TRANSLATE_NOOP("Print", "Our letter")),
    ("news", QT_TRANSLATE_NOOP("Print", "News since last time")),
    ("photos", QT_TRANSLATE_NOOP("Print", "Photos")),
    ("questions", QT_TRANSLATE_NOOP("Print", "Questions for you")),
    ("write_back", QT_TRANSLATE_NOOP("Print", "Your turn to write back")),
)

COMFORT_CALL_SECTIONS = (
    ("call", QT_TRANSLATE_NOOP("Print", "About the call")),
    ("questions", QT_TRANSLATE_NOOP("Print", "Questions to ask")),
    ("share", QT_TRANSLATE_NOOP("Print", "What we can share about us")),
    ("next", QT_TRANSLATE_NOOP("Print", "Before we hang up")),
)


def _sections(pairs) -> tuple[Section, ...]:
    return tuple(Section(id_, translate("Print", label)) for id_, label in pairs)


def documents() -> list[DocumentSpec]:
    """Every document, in the order the print center lists them (translated now)."""
    return [
        DocumentSpec(
            "routine-sheet", translate("Print", "Routine sheet"),
            translate("Print", "The child's day, care practices and likes, for the birth "
                               "parent, a babysitter, a respite home or the next home. "
                               "For a babysitter or the next home it also lists allergies "
                               "and medicines (even ones marked private) and the "
                               "important people."),
            _sections(ROUTINE_SHEET_SECTIONS),
            for_birth_family=True, has_private_content=True, asks_who_for=True),
        DocumentSpec(
            "all-about-me", translate("Print", "All about me"),
            translate("Print", "A one- or two-page profile of the child: what they love, "
                               "what comforts them, care, school and important people."),
            _sections(ALL_ABOUT_ME_SECTIONS),
            for_birth_family=True, has_private_content=True),
        DocumentSpec(
            "icebreaker-prep", translate("Print", "Icebreaker preparation sheet"),
            translate("Print", "What to ask and what to share at the first meeting with "
                               "the birth parent."),
            _sections((
                ("ask", QT_TRANSLATE_NOOP("Print", "Questions to ask")),
                ("share", QT_TRANSLATE_NOOP("Print", "What we can share")),
                ("notes", QT_TRANSLATE_NOOP("Print", "Notes")))),
            for_birth_family=False),
        DocumentSpec(
            "about-my-child-blank",
            translate("Print", "About my child (blank, to fill in by hand)"),
            translate("Print", "Open questions with room to write, for the birth parent "
                               "to fill in and give back."),
            _sections(BLANK_TOPICS),
            for_birth_family=True, large_print_default=True),
        DocumentSpec(
            "comfort-call", translate("Print", "Comfort call notes"),
            translate("Print", "The questions for the first phone call, with room for notes."),
            _sections(COMFORT_CALL_SECTIONS),
            for_birth_family=False),
        DocumentSpec(
            "journal-summary", translate("Print", "Family time and journal summary"),
            translate("Print", "What you wrote to share from the journal and family time, "
                               "for a range of dates. Titles, notes and whether family "
                               "time happened stay off this sheet."),
            _sections((
                ("family_time", QT_TRANSLATE_NOOP("Print", "Family time")),
                ("milestones", QT_TRANSLATE_NOOP("Print", "Milestones")),
                ("journal", QT_TRANSLATE_NOOP("Print", "Journal entries")))),
            for_birth_family=True, needs_date_range=True, has_private_content=True),
        DocumentSpec(
            "family-time-record", translate("Print", "Family time record"),
            translate("Print", "For you and the caseworker, not for the family: each family "
                               "time in a range of dates, whether it happened, and your "
                               "notes."),
            (), for_birth_family=False, needs_date_range=True),
        DocumentSpec(
            "diaper-bag", translate("Print", "Diaper-bag note"),
            translate("Print", "Today's sleep, feeds, diapers and mood for a baby or "
                               "toddler, with space for the parent to write back."),
            _sections(DIAPER_BAG_SECTIONS),
            for_birth_family=True),
        DocumentSpec(
            "transition-plan", translate("Print", "Transition plan"),
            translate("Print", "The plan for going home: steps, dates and who helps."),
            _sections((
                ("plan", QT_TRANSLATE_NOOP("Print", "The plan")),
                ("people", QT_TRANSLATE_NOOP("Print", "Who to call")))),
            for_birth_family=True, has_private_content=True),
        DocumentSpec(
            "contact-plan", translate("Print", "After-reunification contact plan"),
            translate("Print", "How the child and both families will stay in touch after "
                               "going home."),
            _sections((
                ("plan", QT_TRANSLATE_NOOP("Print", "Ways to keep in touch")),
                ("people", QT_TRANSLATE_NOOP("Print", "Important people")))),
            for_birth_family=True, has_private_content=True),
        DocumentSpec(
            "bridge-book", translate("Print", "Bridge book page"),
            translate("Print", "A page of the notebook that goes to family time (the newest, "
                               "or the one chosen on the Bridge book tab): your letter, news, "
                               "photos, questions and room to write back."),
            _sections(BRIDGE_BOOK_SECTIONS), for_birth_family=True),
        DocumentSpec(
            "photo-sheet", translate("Print", "Photo sheet"),
            translate("Print", "Photos marked shareable from a range of dates, with their "
                               "dates and captions."),
            (), for_birth_family=True, needs_date_range=True, has_private_content=True),
    ]


def document(doc_id: str) -> DocumentSpec | None:
    return next((d for d in documents() if d.id == doc_id), None)


def document_ids() -> list[str]:
    return [d.id for d in documents()]
