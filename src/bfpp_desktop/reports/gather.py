"""Read what a printout needs from storage into its plain data bundle.

One gather function per document, listed in GATHERERS. They call storage
functions (never SQL) and leave out what may not be printed: a document's
builder only ever sees the bundle.
"""
from datetime import date

from sqlite_utils import Database

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.data import (BlankSheetData, ChildOnPaper, ComfortCallData,
                                       DiaperBagData)
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.texts import QT_TRANSLATE_NOOP, printing_in, translate


def child_on_paper(child: Child) -> ChildOnPaper:
    """The name the child likes; never the case notes."""
    return ChildOnPaper(preferred_name=child.display_name, full_name=child.full_name.strip(),
                        birth_date=child.birth_date)


def _common(child: Child, household: Household, today: date) -> dict:
    return {"child": child_on_paper(child), "household": household, "printed_on": today}


def gather_blank_sheet(db: Database, child: Child, household: Household,
                       options: PrintOptions, today: date) -> BlankSheetData:
    return BlankSheetData(**_common(child, household, today))


def gather_diaper_bag(db: Database, child: Child, household: Household,
                      options: PrintOptions, today: date) -> DiaperBagData:
    # Until the journal can fill in today's sleep and feeds, the note prints blank boxes.
    return DiaperBagData(**_common(child, household, today), day=today)


def placeholder_comfort_call_questions(name: str) -> tuple[str, ...]:
    """TO BE REPLACED by the guide's comfort_call_questions once load_guide() exists."""
    return tuple(translate("Print", q).format(name=name) for q in (
        QT_TRANSLATE_NOOP("Print", "How does {name} usually sleep, and what helps at bedtime?"),
        QT_TRANSLATE_NOOP("Print", "What does {name} like to eat, and is there anything to avoid?"),
        QT_TRANSLATE_NOOP("Print", "What are {name}'s favourite toys, songs or games?"),
        QT_TRANSLATE_NOOP("Print", "Is there anything {name} does not like, or finds upsetting?"),
        QT_TRANSLATE_NOOP("Print", "How are you doing? Is there someone supporting you?"),
    ))


def placeholder_comfort_call_share() -> tuple[str, ...]:
    """TO BE REPLACED by the guide's comfort_call_share once load_guide() exists."""
    return tuple(translate("Print", s) for s in (
        QT_TRANSLATE_NOOP("Print", "Who we are and who lives in our home."),
        QT_TRANSLATE_NOOP("Print", "How the child is doing today."),
        QT_TRANSLATE_NOOP("Print", "That we will keep the child's routines and favourite "
                                   "things going."),
    ))


def gather_comfort_call(db: Database, child: Child, household: Household,
                        options: PrintOptions, today: date) -> ComfortCallData:
    with printing_in(options.language):
        return ComfortCallData(
            **_common(child, household, today),
            questions=placeholder_comfort_call_questions(child.display_name),
            share_prompts=placeholder_comfort_call_share())


GATHERERS = {
    "about-my-child-blank": gather_blank_sheet,
    "comfort-call": gather_comfort_call,
    "diaper-bag": gather_diaper_bag,
}


def _add_bridge_gatherers() -> None:
    # Imported late: gather_bridge reuses child_on_paper from this module.
    from bfpp_desktop.reports.gather_bridge import BRIDGE_GATHERERS
    GATHERERS.update(BRIDGE_GATHERERS)


_add_bridge_gatherers()
