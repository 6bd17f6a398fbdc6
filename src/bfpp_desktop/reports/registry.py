"""The documents the print center offers, described once for the window and the CLI."""
from dataclasses import dataclass

from bfpp_desktop.reports.options import Paper, PrintOptions
from bfpp_desktop.reports.texts import translate


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

    def section_ids(self) -> list[str]:
        return [s.id for s in self.sections]

    def default_options(self, paper: Paper) -> PrintOptions:
        return PrintOptions(
            sections=frozenset(s.id for s in self.sections if s.default_on),
            leave_out_our_details=self.for_birth_family,
            paper=paper,
            large_print=self.large_print_default)


def _t(text: str) -> str:
    return translate("Print", text)


# Topics of the blank sheet, shared with its builder (section id = topic id).
BLANK_TOPICS = (
    ("routine", "Daily routine"),
    ("sleep", "Sleep and bedtime"),
    ("food", "Food"),
    ("comfort", "Comfort"),
    ("favourites", "Favourite things"),
    ("fears", "Fears"),
    ("hair_skin", "Hair and skin care"),
    ("health", "Health"),
    ("faith_culture", "Faith and culture"),
    ("school", "School"),
    ("know", "What you want us to know"),
    ("questions", "Questions you have for us"),
    ("return_to", "Who to give it back to"),
)

DIAPER_BAG_SECTIONS = (
    ("sleep", "Sleep"),
    ("feeds", "Feeds"),
    ("diapers", "Diapers"),
    ("mood", "Mood"),
    ("new", "Something new"),
    ("note", "A note for you"),
    ("write_back", "Space to write back"),
    ("from", "Who it is from (our name and phone)"),
)

COMFORT_CALL_SECTIONS = (
    ("call", "About the call"),
    ("questions", "Questions to ask"),
    ("share", "What we can share about us"),
    ("next", "Before we hang up"),
)


def _sections(pairs) -> tuple[Section, ...]:
    return tuple(Section(id_, _t(label)) for id_, label in pairs)


def documents() -> list[DocumentSpec]:
    """Every document, in the order the print center lists them (translated now)."""
    return [
        DocumentSpec(
            "routine-sheet", _t("Routine sheet"),
            _t("The child's day, sleep, food, care and comforts, for the birth parent, "
               "a babysitter or the next home."),
            _sections((("day", "A typical day"), ("sleep", "Sleep"), ("food", "Food"),
                       ("care", "Care"), ("likes", "Likes and comforts"))),
            for_birth_family=True, has_private_content=True),
        DocumentSpec(
            "all-about-me", _t("All about me"),
            _t("A friendly profile of the child: favourites, likes, dislikes and what helps."),
            _sections((("about", "About me"), ("likes", "Things I like"),
                       ("dislikes", "Things I don't like"), ("helps", "What helps me"))),
            for_birth_family=True, has_private_content=True),
        DocumentSpec(
            "icebreaker-prep", _t("Icebreaker preparation sheet"),
            _t("What to ask and what to share at the first meeting with the birth parent."),
            _sections((("ask", "Questions to ask"), ("share", "What we can share"),
                       ("notes", "Notes"))),
            for_birth_family=False),
        DocumentSpec(
            "about-my-child-blank", _t("About my child (blank, to fill in by hand)"),
            _t("Open questions with room to write, for the birth parent to fill in "
               "and give back."),
            _sections(BLANK_TOPICS),
            for_birth_family=True, large_print_default=True),
        DocumentSpec(
            "comfort-call", _t("Comfort call notes"),
            _t("The questions for the first phone call, with room for notes."),
            _sections(COMFORT_CALL_SECTIONS),
            for_birth_family=False),
        DocumentSpec(
            "journal-summary", _t("Family time and journal summary"),
            _t("Shareable journal entries and family time for a range of dates."),
            _sections((("family_time", "Family time"), ("journal", "Journal entries"))),
            for_birth_family=True, needs_date_range=True, has_private_content=True),
        DocumentSpec(
            "diaper-bag", _t("Diaper-bag note"),
            _t("Today's sleep, feeds, diapers and mood for a baby or toddler, "
               "with space for the parent to write back."),
            _sections(DIAPER_BAG_SECTIONS),
            for_birth_family=True),
        DocumentSpec(
            "transition-plan", _t("Transition plan"),
            _t("The plan for going home: steps, dates and who helps."),
            _sections((("steps", "Steps"), ("routine", "Routine to keep"),
                       ("contacts", "Who to call"))),
            for_birth_family=True, has_private_content=True),
        DocumentSpec(
            "contact-plan", _t("After-reunification contact plan"),
            _t("How the child and both families will stay in touch after going home."),
            _sections((("contact", "Ways to keep in touch"), ("people", "People"))),
            for_birth_family=True, has_private_content=True),
    ]


def document(doc_id: str) -> DocumentSpec | None:
    return next((d for d in documents() if d.id == doc_id), None)


def document_ids() -> list[str]:
    return [d.id for d in documents()]
