"""Dates and ages as people say them, in the user's language and locale."""
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.dates import age_parts



def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def long_date(value: date | None) -> str:
    """'Tuesday 4 March 2025' (in the locale's words and order)."""
    return QLocale().toString(qdate(value), QLocale.FormatType.LongFormat) if value else ""


def short_date(value: date | None, today: date | None = None) -> str:
    """'3 Mar' this year, '3 Mar 2023' otherwise."""
    if value is None:
        return ""
    today = today or date.today()
    if value.year != today.year:
        return day_month_year(value)
    return QLocale().toString(qdate(value), "d MMM")


def day_month_year(value: date) -> str:
    """'3 Mar 2025', always with the year."""
    return QLocale().toString(qdate(value), "d MMM yyyy")


def month_year(value: date) -> str:
    """'November 2026', 'noviembre de 2026': a month as a sentence names it."""
    return QCoreApplication.translate("Dates", "{month} {year}").format(
        month=QLocale().standaloneMonthName(value.month), year=value.year)


def span_text(start: date, end: date) -> str:
    """How long from *start* to *end*: '12 days', '8 months', '2 years and 3 months'."""
    translate = QCoreApplication.translate
    years, months = age_parts(start, end)
    total = years * 12 + months
    if total == 0:
        return translate("Format", "%n days", None, max((end - start).days, 0))
    if total < 24:
        return translate("Format", "%n months", None, total)
    in_years = translate("Format", "%n years", None, years)
    if months == 0:
        return in_years
    return translate("Format", "{years} and {months}").format(
        years=in_years, months=translate("Format", "%n months", None, months))


def age_text(child: Child, today: date) -> str:
    age = child.age(today)
    if age is None:
        return ""
    years, months = age
    if years >= 2:
        return QCoreApplication.translate("Format", "%n years old", None, years)
    total = years * 12 + months
    if total == 0:
        return QCoreApplication.translate("Format", "under a month old")
    return QCoreApplication.translate("Format", "%n months old", None, total)


def days_ago_text(value: date, today: date) -> str:
    days = (today - value).days
    if days == 0:
        return QCoreApplication.translate("Format", "today")
    if days == 1:
        return QCoreApplication.translate("Format", "yesterday")
    if days > 1:
        return QCoreApplication.translate("Format", "%n days ago", None, days)
    if days == -1:
        return QCoreApplication.translate("Format", "tomorrow")
    return QCoreApplication.translate("Format", "in %n days", None, -days)


_LONG_RUN = re.compile(r"\S{30,}")


def breakable(text: str) -> str:
    """Allow line breaks inside very long unbroken runs (pasted links, "AAAA…").

    A zero-width space every 20 characters lets the label wrap instead of
    pushing the page wider than the window; the stored text is unchanged.
    """
    return _LONG_RUN.sub(lambda m: "\u200b".join(
        m.group(0)[i:i + 20] for i in range(0, len(m.group(0)), 20)), text)
