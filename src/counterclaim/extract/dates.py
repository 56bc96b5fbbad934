"""Event dates: find date expressions in a sentence and resolve them against the publication date.

Handles "on 12 January 2022", "September 28th", "the morning of Sept. 28", "Oct. 7", weekday
names (the latest such day on or before publication), "today", "yesterday", "overnight",
"last night". dateparser is only a fallback for forms the rules do not know (it is slow).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"

DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.I)
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
WEEKDAY = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
RELATIVE = re.compile(
    r"\b(?P<rel>today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|overnight|yesterday|last\s+night|the\s+day\s+before\s+yesterday|on\s+the\s+same\s+day|"
    r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)|over\s+the\s+day|at\s+night)\b",
    re.I,
)
RELATIVE_DAYS = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
                 "earlier today": 0, "overnight": 0, "yesterday": -1, "last night": -1, "the day before yesterday": -2}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    from_report: bool = False  # "overnight", "in the past 24 hours": counted back from the day of the report


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate and candidate > published + dt.timedelta(days=7):
        return published.year - 1  # "December 30" in a January article is last year's
    return published.year


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Date mentions in `text`, resolved against `published`, in text order."""
    found: list[DateMention] = []

    def add(start: int, end: int, date: dt.date | None, from_report: bool = False) -> None:
        if date is not None and not any(m.start <= start < m.end for m in found):
            found.append(DateMention(start, end, date, from_report))

    for match in ISO_DATE.finditer(text):
        add(match.start(), match.end(), _safe_date(int(match["year"]), int(match["month"]), int(match["day"])))
    for pattern in (DAY_MONTH, MONTH_DAY):
        for match in pattern.finditer(text):
            month = MONTHS[match["month"].lower()]
            day = int(match["day"])
            if match["month"].lower() == "may" and pattern is MONTH_DAY and not match["year"] and day > 31:
                continue
            year = int(match["year"]) if match["year"] else _infer_year(month, day, published)
            if year is None:
                continue
            add(match.start(), match.end(), _safe_date(year, month, day))
    if published is not None:
        for match in WEEKDAY.finditer(text):
            target = WEEKDAYS[match["weekday"].lower()]
            delta = (published.weekday() - target) % 7
            add(match.start(), match.end(), published - dt.timedelta(days=delta))
        for match in RELATIVE.finditer(text):
            key = re.sub(r"\s+", " ", match["rel"].lower())
            if key == "on the same day":
                continue
            # "in the past 24 hours", "at night": the day of the report they count back from (GOLD_FORMAT)
            add(match.start(), match.end(), published + dt.timedelta(days=RELATIVE_DAYS.get(key, 0)), key not in RELATIVE_DAYS or key == "overnight")
    found.sort(key=lambda m: m.start)
    return found


def date_for(position: int, mentions: list[DateMention]) -> dt.date | None:
    """The date mention nearest before `position`, else the first after it."""
    before = [m for m in mentions if m.start <= position]
    if before:
        return before[-1].date
    return mentions[0].date if mentions else None
