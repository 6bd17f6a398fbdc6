"""Plain data bundles the document builders read (filled by the gather modules; no
storage here): the parts every bundle shares, the blank sheets' and the child's world's.

Every bundle carries the child as printed and the household; documents add
their own fields. Gathering has already left out whatever may not be printed.
The other documents' bundles are in modules of their own (guide_data, journal_data,
bridge_data, records_data), so that making one printout defines only its own.
"""
from dataclasses import dataclass
from datetime import date

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import PrintableContact
from bfpp_desktop.core.household import Household


@dataclass(frozen=True)
class ChildOnPaper:
    """Only what a printout may show about the child."""
    preferred_name: str
    full_name: str = ""
    birth_date: date | None = None


def child_on_paper(child: Child) -> ChildOnPaper:
    """The name the child likes; never the case notes."""
    return ChildOnPaper(preferred_name=child.display_name, full_name=child.full_name.strip(),
                        birth_date=child.birth_date)


def common_fields(child: Child, household: Household, today: date) -> dict:
    """The fields every bundle has, for a gatherer to pass on."""
    return {"child": child_on_paper(child), "household": household, "printed_on": today}


@dataclass(frozen=True)
class Bundle:
    child: ChildOnPaper
    household: Household
    printed_on: date


@dataclass(frozen=True)
class BlankSheetData(Bundle):
    kinship: bool = False     # the parent is family: no "how many children have you cared for"


@dataclass(frozen=True)
class DiaperBagData(Bundle):
    """Today's note; any field left empty prints as a space to fill in by hand."""
    day: date | None = None
    sleep: tuple[tuple[str, str], ...] = ()          # (from, to) times
    feeds: tuple[tuple[str, str, str], ...] = ()     # (time, what, how much)
    diapers: tuple[tuple[str, str], ...] = ()        # (time, wet / dirty)
    mood: str = ""
    something_new: str = ""
    note: str = ""


@dataclass(frozen=True)
class ItemOnPaper:
    """One fact from the child's world, as it may be printed (already translated)."""
    title: str
    kind: str = ""               # the record's kind key, e.g. "like", "bedtime"
    kind_label: str = ""
    time_text: str = ""
    details: str = ""
    steps: tuple[str, ...] = ()
    comfort_items: tuple[str, ...] = ()
    day_type: str = "every"      # core.world.DayType value
    severity: str = ""           # words, only for allergies that have one
    provenance: str = ""         # "from Mom", printed small


@dataclass(frozen=True)
class WorldOnPaper(Bundle):
    """The routine sheet's and the profile's content, section by section."""
    pronouns: str = ""
    routines: tuple[ItemOnPaper, ...] = ()
    care: tuple[ItemOnPaper, ...] = ()
    likes: tuple[ItemOnPaper, ...] = ()
    health: tuple[ItemOnPaper, ...] = ()
    school: tuple[ItemOnPaper, ...] = ()
    people: tuple[PrintableContact, ...] = ()
