"""Reading dates typed by people, and the small date sums the app needs."""
import calendar
import re
from datetime import date

from bfpp_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# Month names are read in every language we ship, whichever the app speaks: the
# English and Spanish names and short forms never name two different months.
_ENGLISH = [calendar.month_name[i].lower() for i in range(1, 13)]
_SPANISH = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS = {name: i for names in (_ENGLISH, _SPANISH) for i, name in enumerate(names, 1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS.update({"sept": 9, "setiembre": 9, "set": 9})
MONTH_NAMES = (QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
               QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
               QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
               QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
               QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
               QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"))

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
# "15 March 2024", "15 de marzo de 2024", "15 mar. 2024"
_DAY_MONTH_YEAR = re.compile(
    r"^\s*(\d{1,2})\s+(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})\s*$")
_MONTH_DAY_YEAR = re.compile(r"^\s*([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})\s*$")


class DateError(ValueError):
    """A date that cannot be read, with a message a person can act on."""


def parse_date(text: str) -> date | None:
    """Read a date; return None for empty text, raise DateError otherwise.

    Accepts ISO (2024-03-15) and written forms in English or Spanish (15 March 2024,
    March 15, 2024, 15 de marzo de 2024).
    Numeric day/month orders are refused because 03/04 means different days
    in different countries.
    """
    if text is None or not text.strip():
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DAY_MONTH_YEAR.match(text)
        if match:
            day, month_name, year = match.groups()
        else:
            match = _MONTH_DAY_YEAR.match(text)
            if not match:
                raise DateError(translate(
                    "Dates", "Please write the date as year-month-day, for example "
                    "2024-03-15, or pick it from the calendar."))
            month_name, day, year = match.groups()
        month = MONTHS.get(month_name.lower())
        if month is None:
            raise DateError(translate("Dates", "That month name is not one we know."))
        day, year = int(day), int(year)
    return _checked(year, month, day)


def _checked(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise DateError(translate("Dates", "There is no month {month}; months go from 1 to 12.")
                        .format(month=month))
    if year < 1900 or year > 2200:
        raise DateError(translate("Dates", "Please check the year."))
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise DateError(translate(
            "Dates", "That day does not exist: {month} {year} has {days} days.")
            .format(month=translate("Dates", MONTH_NAMES[month - 1]), year=year, days=last_day))
    return date(year, month, day)


def age_parts(birth: date, today: date) -> tuple[int, int]:
    """Whole years and months between birth and today."""
    months = (today.year - birth.year) * 12 + (today.month - birth.month)
    if today.day < birth.day:
        months -= 1
    months = max(months, 0)
    return divmod(months, 12)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
