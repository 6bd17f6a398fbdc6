"""Plain data for the bridge-book page and the photo sheet (filled by gather_bridge.py)."""
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bfpp_desktop.reports.data import Bundle


@dataclass(frozen=True)
class PhotoOnPaper:
    path: str | None             # None when the file is no longer in the data folder
    # Reads the picture (decrypted in memory when the data folder is locked).
    read: Callable[[], bytes] | None = field(default=None, compare=False, repr=False)
    caption: str = ""
    taken_on: date | None = None


@dataclass(frozen=True)
class SummaryOnPaper:
    """An entry's "to share" words as they went on the page (never its title)."""
    entry_date: date
    text: str


@dataclass(frozen=True)
class BridgePageData(Bundle):
    number: int = 0
    prepared_on: date | None = None
    parent_name: str = ""        # who writes back, e.g. "Rosa"
    letter: str = ""
    summaries: tuple[SummaryOnPaper, ...] = ()
    photos: tuple[PhotoOnPaper, ...] = ()
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class PhotoSheetData(Bundle):
    photos: tuple[PhotoOnPaper, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
