"""Plain data bundles the document builders read (filled by gather.py; no storage here).

Every bundle carries the child as printed and the household; documents add
their own fields. Round 2 adds bundles for routines, journal, contacts and plans.
"""
from dataclasses import dataclass, field
from datetime import date

from bfpp_desktop.core.household import Household


@dataclass(frozen=True)
class ChildOnPaper:
    """Only what a printout may show about the child."""
    preferred_name: str
    full_name: str = ""
    birth_date: date | None = None


@dataclass(frozen=True)
class Bundle:
    child: ChildOnPaper
    household: Household
    printed_on: date


@dataclass(frozen=True)
class BlankSheetData(Bundle):
    pass


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
class ComfortCallData(Bundle):
    questions: tuple[str, ...] = ()
    share_prompts: tuple[str, ...] = field(default_factory=tuple)
