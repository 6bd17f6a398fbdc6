"""Every printout, declared once: for the print center, the guide's links and the CLI
(all three name a document by its title).

A document is a Printout: its id (also the CLI name), title, who it is for, its
sections, the function that gathers its data and the one that lays it out. The
sections of each document are an Enum whose members are the ids builders test
(``DiaperBag.MOOD in options.sections``) and carry the check box's label.

Gatherers and builders are named as "module:function" and imported only when a
document is made, so listing the documents never loads reportlab or storage.
"""
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from bfpp_desktop.reports.options import Paper, PrintOptions
from bfpp_desktop.reports.texts import QT_TRANSLATE_NOOP, translate

_GATHER = "bfpp_desktop.reports.gather"
_GATHER_BRIDGE = "bfpp_desktop.reports.gather_bridge"
_GATHER_RECORDS = "bfpp_desktop.reports.gather_records"
_GATHER_WORLD = "bfpp_desktop.reports.gather_world"
_DOCUMENTS = "bfpp_desktop.reports.documents"


class Section(StrEnum):
    """A part of a printout that can be left out. The value is the id remembered in the
    settings, so it never changes; the label is the check box's words."""

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_text = label
        return member

    @property
    def label(self) -> str:
        return translate("Print", self.label_text)


class ForWhom(Enum):
    """Who reads a printout; the print center lists the documents under these, in order."""
    BIRTH_FAMILY = "birth-family"
    NEXT_CARER = "next-carer"        # a babysitter, a respite carer or the next home
    CAREGIVER = "caregiver"          # the caregiver and the caseworker

    @property
    def heading(self) -> str:
        return translate("Print", {
            ForWhom.BIRTH_FAMILY: QT_TRANSLATE_NOOP("Print", "For the birth parent"),
            ForWhom.NEXT_CARER: QT_TRANSLATE_NOOP(
                "Print", "For a babysitter, a respite carer or the next home"),
            ForWhom.CAREGIVER: QT_TRANSLATE_NOOP("Print", "For you and the caseworker"),
        }[self])


# ----- the sections of each document ---------------------------------------------------------
class RoutineSheet(Section):
    ROUTINES = "routines", QT_TRANSLATE_NOOP("Print", "Routines")
    CARE = "care", QT_TRANSLATE_NOOP("Print", "Care practices")
    LIKES = "likes", QT_TRANSLATE_NOOP("Print", "Likes and dislikes")
    HEALTH = "health", QT_TRANSLATE_NOOP("Print", "Health")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Print", "School")
    PEOPLE = "people", QT_TRANSLATE_NOOP("Print", "Important people")


class AllAboutMe(Section):
    ABOUT = "about", QT_TRANSLATE_NOOP("Print", "Name and pronouns")
    LOVES = "loves", QT_TRANSLATE_NOOP("Print", "What I love")
    COMFORTS = "comforts", QT_TRANSLATE_NOOP("Print", "What comforts me")
    CARE = "care", QT_TRANSLATE_NOOP("Print", "How to care for me")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Print", "School")
    PEOPLE = "people", QT_TRANSLATE_NOOP("Print", "Important people")


class IcebreakerPrep(Section):
    ASK = "ask", QT_TRANSLATE_NOOP("Print", "Questions to ask")
    SHARE = "share", QT_TRANSLATE_NOOP("Print", "What we can share")
    NOTES = "notes", QT_TRANSLATE_NOOP("Print", "Notes")


class BlankSheet(Section):
    """The blank sheet's topics, in the order they are asked."""
    ROUTINE = "routine", QT_TRANSLATE_NOOP("Print", "Daily routine")
    SLEEP = "sleep", QT_TRANSLATE_NOOP("Print", "Sleep and bedtime")
    FOOD = "food", QT_TRANSLATE_NOOP("Print", "Food")
    COMFORT = "comfort", QT_TRANSLATE_NOOP("Print", "Comfort")
    FAVOURITES = "favourites", QT_TRANSLATE_NOOP("Print", "Favourite things")
    FEARS = "fears", QT_TRANSLATE_NOOP("Print", "Fears")
    HAIR_SKIN = "hair_skin", QT_TRANSLATE_NOOP("Print", "Hair and skin care")
    BATH_CLOTHES = "bath_clothes", QT_TRANSLATE_NOOP("Print", "Bath time and clothes")
    HEALTH = "health", QT_TRANSLATE_NOOP("Print", "Health")
    RULES = "rules", QT_TRANSLATE_NOOP("Print", "Rules and praise")
    FAITH_CULTURE = "faith_culture", QT_TRANSLATE_NOOP("Print", "Faith, culture and identity")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Print", "School")
    KNOW = "know", QT_TRANSLATE_NOOP("Print", "What you want us to know")
    YOU = "you", QT_TRANSLATE_NOOP("Print", "How you are doing")
    QUESTIONS = "questions", QT_TRANSLATE_NOOP("Print", "Questions you have for us")
    RETURN_TO = "return_to", QT_TRANSLATE_NOOP("Print", "Who to give it back to")


class ComfortCall(Section):
    CALL = "call", QT_TRANSLATE_NOOP("Print", "About the call")
    QUESTIONS = "questions", QT_TRANSLATE_NOOP("Print", "Questions to ask")
    SHARE = "share", QT_TRANSLATE_NOOP("Print", "What we can share about us")
    THEIR_QUESTIONS = "their_questions", QT_TRANSLATE_NOOP("Print",
                                                           "Questions the parent may ask")
    NEXT = "next", QT_TRANSLATE_NOOP("Print", "Before we hang up")


class ParentMeetingSheet(Section):
    ASK = "ask", QT_TRANSLATE_NOOP("Print", "Questions you may have for us")
    SHARE = "share", QT_TRANSLATE_NOOP("Print", "What you may want to tell us")
    NOTES = "notes", QT_TRANSLATE_NOOP("Print", "Room for your own notes")


class JournalSummary(Section):
    FAMILY_TIME = "family_time", QT_TRANSLATE_NOOP("Print", "Family time")
    MILESTONES = "milestones", QT_TRANSLATE_NOOP("Print", "Milestones")
    JOURNAL = "journal", QT_TRANSLATE_NOOP("Print", "Journal entries")


class DiaperBag(Section):
    SLEEP = "sleep", QT_TRANSLATE_NOOP("Print", "Sleep")
    FEEDS = "feeds", QT_TRANSLATE_NOOP("Print", "Feeds")
    DIAPERS = "diapers", QT_TRANSLATE_NOOP("Print", "Diapers")
    MOOD = "mood", QT_TRANSLATE_NOOP("Print", "Mood")
    NEW = "new", QT_TRANSLATE_NOOP("Print", "Something new")
    NOTE = "note", QT_TRANSLATE_NOOP("Print", "A note for you")
    WRITE_BACK = "write_back", QT_TRANSLATE_NOOP("Print", "Space to write back")
    FROM = "from", QT_TRANSLATE_NOOP("Print", "Who it is from (our name, phone)")


class TransitionPlan(Section):
    PLAN = "plan", QT_TRANSLATE_NOOP("Print", "The plan")
    PEOPLE = "people", QT_TRANSLATE_NOOP("Print", "Who to call")


class ContactPlan(Section):
    PLAN = "plan", QT_TRANSLATE_NOOP("Print", "Ways to keep in touch")
    PEOPLE = "people", QT_TRANSLATE_NOOP("Print", "Important people")


class BridgeBook(Section):
    LETTER = "letter", QT_TRANSLATE_NOOP("Print", "Our letter")
    NEWS = "news", QT_TRANSLATE_NOOP("Print", "News since last time")
    PHOTOS = "photos", QT_TRANSLATE_NOOP("Print", "Photos")
    QUESTIONS = "questions", QT_TRANSLATE_NOOP("Print", "Questions for you")
    WRITE_BACK = "write_back", QT_TRANSLATE_NOOP("Print", "Your turn to write back")


class MonthlyReport(Section):
    CONTACT = "contact", QT_TRANSLATE_NOOP("Print", "Family time and calls")
    APPOINTMENTS = "appointments", QT_TRANSLATE_NOOP("Print", "Appointments")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Print", "School")
    MILESTONES = "milestones", QT_TRANSLATE_NOOP("Print", "Milestones")
    INCIDENTS = "incidents", QT_TRANSLATE_NOOP("Print", "Incidents")
    MEDICINES = "medicines", QT_TRANSLATE_NOOP("Print", "Medicines")
    OWN_WORDS = "own_words", QT_TRANSLATE_NOOP("Print", "In your own words")


# ----- the documents -------------------------------------------------------------------------
def load(path: str) -> Callable:
    """The function a "module:function" path names, imported now."""
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Printout:
    id: str                          # also the CLI name
    title_text: str                  # untranslated; see title
    description_text: str
    for_whom: tuple[ForWhom, ...]    # the first is who it starts out for
    sections: tuple[Section, ...] = ()
    # "module:function" paths; a document listed before it can be made has neither
    # and shows as coming soon.
    gather: str = ""                 # reads storage into the document's bundle
    build: str = ""                  # lays the bundle out as a PDF
    needs_date_range: bool = False
    for_a_month: bool = False        # its dates start out as last month (else three months)
    has_private_content: bool = False
    large_print_default: bool = False

    @property
    def title(self) -> str:
        return translate("Print", self.title_text)

    @property
    def description(self) -> str:
        return translate("Print", self.description_text)

    @property
    def for_birth_family(self) -> bool:
        """Sheets that start out for the birth family leave our details out at first."""
        return self.for_whom[0] is ForWhom.BIRTH_FAMILY

    @property
    def asks_who_for(self) -> bool:
        """More than one kind of reader: the print center asks who this copy is for."""
        return len(self.for_whom) > 1

    def section_ids(self) -> list[str]:
        return list(self.sections)

    def default_options(self, paper: Paper) -> PrintOptions:
        return PrintOptions(sections=frozenset(self.sections),
                            leave_out_our_details=self.for_birth_family, paper=paper,
                            large_print=self.large_print_default)


ROUTINE_SHEET = Printout(
    "routine-sheet", QT_TRANSLATE_NOOP("Print", "Routine sheet"),
    QT_TRANSLATE_NOOP("Print", "The child's day, care practices and likes, for the birth "
                               "parent, a babysitter, a respite home or the next home. "
                               "For a babysitter or the next home it also lists allergies "
                               "and medicines (even ones marked private) and the "
                               "important people."),
    (ForWhom.BIRTH_FAMILY, ForWhom.NEXT_CARER),
    tuple(RoutineSheet), has_private_content=True,
    gather=f"{_GATHER_WORLD}:gather_routine_sheet", build=f"{_DOCUMENTS}.routine_sheet:build")

ALL_ABOUT_ME = Printout(
    "all-about-me", QT_TRANSLATE_NOOP("Print", "All about me"),
    QT_TRANSLATE_NOOP("Print", "A one- or two-page profile of the child: what they love, "
                               "what comforts them, care, school and important people."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(AllAboutMe), has_private_content=True,
    gather=f"{_GATHER_WORLD}:gather_world", build=f"{_DOCUMENTS}.all_about_me:build")

ICEBREAKER_PREP = Printout(
    "icebreaker-prep", QT_TRANSLATE_NOOP("Print", "Icebreaker preparation sheet"),
    QT_TRANSLATE_NOOP("Print", "What to ask and what to share at the first meeting with "
                               "the birth parent."),
    (ForWhom.CAREGIVER,),
    tuple(IcebreakerPrep),
    gather=f"{_GATHER}:gather_icebreaker_prep", build=f"{_DOCUMENTS}.icebreaker_prep:build")

ABOUT_MY_CHILD_BLANK = Printout(
    "about-my-child-blank",
    QT_TRANSLATE_NOOP("Print", "About my child (blank, to fill in by hand)"),
    QT_TRANSLATE_NOOP("Print", "Open questions with room to write, for the birth parent "
                               "to fill in and give back."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(BlankSheet), large_print_default=True,
    gather=f"{_GATHER}:gather_blank_sheet", build=f"{_DOCUMENTS}.blank_sheet:build")

PARENT_MEETING_SHEET = Printout(
    "parent-meeting-sheet",
    QT_TRANSLATE_NOOP("Print", "Before we meet (for the birth parent)"),
    QT_TRANSLATE_NOOP("Print", "For the caseworker to give the parent before the first "
                               "meeting: what they may want to ask you and to tell you "
                               "about their child, with room to write."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(ParentMeetingSheet),
    gather=f"{_GATHER}:gather_parent_meeting_sheet",
    build=f"{_DOCUMENTS}.parent_meeting:build")

COMFORT_CALL = Printout(
    "comfort-call", QT_TRANSLATE_NOOP("Print", "Comfort call notes"),
    QT_TRANSLATE_NOOP("Print", "The questions for the first phone call, with room for notes."),
    (ForWhom.CAREGIVER,),
    tuple(ComfortCall),
    gather=f"{_GATHER}:gather_comfort_call", build=f"{_DOCUMENTS}.comfort_call:build")

JOURNAL_SUMMARY = Printout(
    "journal-summary", QT_TRANSLATE_NOOP("Print", "Family time and journal summary"),
    QT_TRANSLATE_NOOP("Print", "What you wrote to share from the journal and family time, "
                               "for a range of dates. Titles, notes and whether family "
                               "time happened stay off this sheet."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(JournalSummary), needs_date_range=True, has_private_content=True,
    gather=f"{_GATHER}:gather_journal_summary", build=f"{_DOCUMENTS}.journal_summary:build")

FAMILY_TIME_RECORD = Printout(
    "family-time-record", QT_TRANSLATE_NOOP("Print", "Family time record"),
    QT_TRANSLATE_NOOP("Print", "For you and the caseworker, not for the family: each family "
                               "time in a range of dates, whether it happened, and your "
                               "notes."),
    (ForWhom.CAREGIVER,),
    needs_date_range=True,
    gather=f"{_GATHER}:gather_family_time_record",
    build=f"{_DOCUMENTS}.family_time_record:build")

DIAPER_BAG = Printout(
    "diaper-bag", QT_TRANSLATE_NOOP("Print", "Diaper-bag note"),
    QT_TRANSLATE_NOOP("Print", "Today's sleep, feeds, diapers and mood for a baby or "
                               "toddler, with space for the parent to write back."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(DiaperBag),
    gather=f"{_GATHER}:gather_diaper_bag", build=f"{_DOCUMENTS}.diaper_bag:build")

TRANSITION_PLAN = Printout(
    "transition-plan", QT_TRANSLATE_NOOP("Print", "Transition plan"),
    QT_TRANSLATE_NOOP("Print", "The plan for going home: steps, dates and who helps."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(TransitionPlan), has_private_content=True,
    gather=f"{_GATHER}:gather_transition_plan", build=f"{_DOCUMENTS}.plan:build_transition")

CONTACT_PLAN = Printout(
    "contact-plan", QT_TRANSLATE_NOOP("Print", "After-reunification contact plan"),
    QT_TRANSLATE_NOOP("Print", "How the child and both families will stay in touch after "
                               "going home."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(ContactPlan), has_private_content=True,
    gather=f"{_GATHER}:gather_contact_plan", build=f"{_DOCUMENTS}.plan:build_contact")

BRIDGE_BOOK = Printout(
    "bridge-book", QT_TRANSLATE_NOOP("Print", "Bridge book page"),
    QT_TRANSLATE_NOOP("Print", "A page of the notebook that goes to family time (the newest, "
                               "or the one chosen on the Bridge book tab): your letter, news, "
                               "photos, questions and room to write back."),
    (ForWhom.BIRTH_FAMILY,),
    tuple(BridgeBook),
    gather=f"{_GATHER_BRIDGE}:gather_bridge_book", build=f"{_DOCUMENTS}.bridge_book:build")

PHOTO_SHEET = Printout(
    "photo-sheet", QT_TRANSLATE_NOOP("Print", "Photo sheet"),
    QT_TRANSLATE_NOOP("Print", "Photos marked shareable from a range of dates, with their "
                               "dates and captions."),
    (ForWhom.BIRTH_FAMILY,),
    needs_date_range=True, has_private_content=True,
    gather=f"{_GATHER_BRIDGE}:gather_photo_sheet", build=f"{_DOCUMENTS}.photo_sheet:build")

INCIDENT_REPORT = Printout(
    "incident-report", QT_TRANSLATE_NOOP("Print", "Incident report"),
    QT_TRANSLATE_NOOP("Print", "For you and the caseworker, never for the family: each "
                               "incident in a range of dates (last month unless you choose), "
                               "with where, who was there, injuries, who was told and when, "
                               "and what follows."),
    (ForWhom.CAREGIVER,),
    needs_date_range=True, for_a_month=True,
    gather=f"{_GATHER_RECORDS}:gather_incident_report",
    build=f"{_DOCUMENTS}.incident_report:build")

MEDICATION_RECORD = Printout(
    "medication-record", QT_TRANSLATE_NOOP("Print", "Medication record"),
    QT_TRANSLATE_NOOP("Print", "For you and the caseworker: a month of the medicine log (the "
                               "month the dates start in, last month unless you choose), one "
                               "row per medicine and one column per day."),
    (ForWhom.CAREGIVER,),
    needs_date_range=True, for_a_month=True,
    gather=f"{_GATHER_RECORDS}:gather_medication_record",
    build=f"{_DOCUMENTS}.medication_record:build")

MILEAGE = Printout(
    "mileage-expenses", QT_TRANSLATE_NOOP("Print", "Mileage and expenses"),
    QT_TRANSLATE_NOOP("Print", "For reimbursement: each trip and expense in a range of dates "
                               "(last month unless you choose), a total for each month, and "
                               "the receipts."),
    (ForWhom.CAREGIVER,),
    needs_date_range=True, for_a_month=True,
    gather=f"{_GATHER_RECORDS}:gather_mileage", build=f"{_DOCUMENTS}.mileage:build")

MONTHLY_REPORT = Printout(
    "monthly-report", QT_TRANSLATE_NOOP("Print", "Monthly report for the caseworker"),
    QT_TRANSLATE_NOOP("Print", "A month from your records (the month the dates start in, "
                               "last month unless you choose): family time and calls held "
                               "and missed, appointments, school, milestones, incidents and "
                               "medicines, with room for your own words. Choose what goes "
                               "in."),
    (ForWhom.CAREGIVER,),
    tuple(MonthlyReport), needs_date_range=True, for_a_month=True,
    gather=f"{_GATHER_RECORDS}:gather_monthly_report",
    build=f"{_DOCUMENTS}.monthly_report:build")

LIFEBOOK = Printout(
    "lifebook", QT_TRANSLATE_NOOP("Print", "Lifebook"),
    QT_TRANSLATE_NOOP("Print", "The child's story in this home, in pictures and words, as a "
                               "booklet to give to the child and their family when they "
                               "move home or on. Pages waiting for the family's say are "
                               "left out."),
    (ForWhom.BIRTH_FAMILY,),
    gather=f"{_GATHER_RECORDS}:gather_lifebook", build=f"{_DOCUMENTS}.lifebook:build")

# In the order the print center and `print --list` show them.
PRINTOUTS: tuple[Printout, ...] = (
    ROUTINE_SHEET, ALL_ABOUT_ME, ICEBREAKER_PREP, ABOUT_MY_CHILD_BLANK, PARENT_MEETING_SHEET,
    COMFORT_CALL,
    JOURNAL_SUMMARY, FAMILY_TIME_RECORD, DIAPER_BAG, TRANSITION_PLAN, CONTACT_PLAN,
    BRIDGE_BOOK, PHOTO_SHEET, INCIDENT_REPORT, MEDICATION_RECORD, MILEAGE, MONTHLY_REPORT,
    LIFEBOOK)


def printout(doc_id: str) -> Printout | None:
    return next((p for p in PRINTOUTS if p.id == doc_id), None)


def printouts_for(who: ForWhom) -> tuple[Printout, ...]:
    """The documents *who* may read, in catalogue order (a document can be for several)."""
    return tuple(p for p in PRINTOUTS if who in p.for_whom)


def printout_ids() -> list[str]:
    return [p.id for p in PRINTOUTS]


def is_available(doc_id: str) -> bool:
    """Listed and made now (the print center and the CLI say "coming soon" otherwise)."""
    found = printout(doc_id)
    return found is not None and bool(found.gather and found.build)
