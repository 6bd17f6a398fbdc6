"""What the caregiver chose for one printout."""
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.reports.texts import translate


class Paper(str, Enum):
    A4 = "A4"
    LETTER = "Letter"


# Countries that use US Letter; everywhere else uses A4.
LETTER_COUNTRIES = frozenset({
    "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV",
    "NI", "HN", "BZ", "BO",
})


def default_paper_for_locale(locale_name: str | None) -> Paper:
    """Letter for 'en_US', 'es-MX', 'fr_CA.UTF-8' …; A4 for every other country."""
    if not locale_name:
        return Paper.A4
    name = locale_name.split(".")[0].replace("-", "_")
    parts = name.split("_")
    country = parts[-1].upper() if len(parts) > 1 else ""
    return Paper.LETTER if country in LETTER_COUNTRIES else Paper.A4


class Reader(str, Enum):
    """Who a routine sheet is for: it decides whether health and people are on it."""
    BIRTH_PARENT = "birth-parent"
    BABYSITTER = "babysitter"        # also a respite carer
    NEXT_HOME = "next-home"

    @property
    def label(self) -> str:
        return {
            Reader.BIRTH_PARENT: translate("Print", "The birth parent"),
            Reader.BABYSITTER: translate("Print", "A babysitter or respite carer"),
            Reader.NEXT_HOME: translate("Print", "The next home"),
        }[self]


@dataclass(frozen=True)
class PrintOptions:
    sections: frozenset[str] = field(default_factory=frozenset)
    include_private: bool = False
    leave_out_our_details: bool = True
    paper: Paper = Paper.A4
    large_print: bool = False
    date_from: date | None = None
    date_to: date | None = None
    language: str = ""  # "" prints in the app's language
    page_number: int | None = None  # bridge book: which page (None: the newest)
    reader: Reader = Reader.BIRTH_PARENT   # routine sheet: who it is for

    def copy(self, **changes) -> "PrintOptions":
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """What is remembered per document (never include_private: it is asked each time)."""
        data = asdict(self)
        data.pop("include_private")
        data.pop("page_number")      # a page is chosen each time, never remembered
        data.pop("reader")           # nor who it is for: health must not go to the wrong one
        data["sections"] = sorted(self.sections)
        data["paper"] = self.paper.value
        data["date_from"] = iso(self.date_from)
        data["date_to"] = iso(self.date_to)
        return data

    @classmethod
    def from_dict(cls, data: dict, fallback: "PrintOptions") -> "PrintOptions":
        """Options remembered earlier, keeping *fallback* for anything missing or unreadable."""
        try:
            return fallback.copy(
                sections=frozenset(data.get("sections", fallback.sections)),
                leave_out_our_details=bool(data.get("leave_out_our_details",
                                                    fallback.leave_out_our_details)),
                paper=Paper(data.get("paper", fallback.paper.value)),
                large_print=bool(data.get("large_print", fallback.large_print)),
                date_from=from_iso(data.get("date_from")) or fallback.date_from,
                date_to=from_iso(data.get("date_to")) or fallback.date_to,
                language=str(data.get("language", fallback.language)),
            )
        except (TypeError, ValueError):
            return fallback


def date_range_problem(date_from: date | None, date_to: date | None) -> str | None:
    """A plain message when the range cannot be used, else None."""
    if date_from and date_to and date_from > date_to:
        return translate("Print", "The start date is after the end date.")
    return None


def last_month(today: date) -> tuple[date, date]:
    """The first and last day of the month before *today*'s (a monthly record is for a
    whole month, and the current one is not over)."""
    last = date.fromordinal(today.replace(day=1).toordinal() - 1)
    return last.replace(day=1), last


def default_date_range(today: date) -> tuple[date, date]:
    """The last three months up to *today* (the same day three months back, or the
    month's last day when that month is shorter)."""
    months = today.year * 12 + today.month - 1 - 3
    year, month = divmod(months, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day), today
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")
