"""Series keys and periods: which ledger line a claim belongs to (conflict, side, type, outcome, category, period).

Pure functions over dates and labels; sides come from relation.py, figures from policy.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Period = Literal["day", "week", "month", "whole"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "whole")
WHOLE = "whole"
UNDATED = "undated"

# Claims with no side and no place, in a report with no located claim and no state named, belong to no
# conflict and no country: they are kept in series of their own report ("report-<document id>" in the
# conflict slot), so unrelated events never add up in one figure of unknown side.
REPORT_FRAME_PREFIX = "report-"


def report_frame(document_id: int) -> str:
    """The conflict slot of the series of one report's claims that have no side and no place."""
    return f"{REPORT_FRAME_PREFIX}{document_id}"


def report_of_frame(conflict: str | None) -> int | None:
    """The document id of a report frame (`report_frame`), None for a conflict profile or no conflict."""
    if conflict and conflict.startswith(REPORT_FRAME_PREFIX) and conflict[len(REPORT_FRAME_PREFIX):].isdigit():
        return int(conflict[len(REPORT_FRAME_PREFIX):])
    return None


# Outcomes that name the same loss for reconciliation: a side "lost" a helicopter and its adversary
# "destroyed" (shot down) it are two claims about one series of equipment losses (Oryx counts them together).
SERIES_OUTCOME: dict[tuple[str, str], str] = {
    ("materiel", "destroyed"): "lost",
    ("materiel", "lost"): "lost",
}


def series_outcome(claim_type: str, outcome: str | None) -> str | None:
    """The outcome a series is keyed on (destroyed and lost equipment are one loss series)."""
    if outcome is None:
        return None
    return SERIES_OUTCOME.get((claim_type, outcome), outcome)


def period_key(date: dt.date | None, by: str) -> str:
    """`whole`, `2020-09-28` (day), `2020-W40` (ISO week) or `2020-09` (month); `undated` when no date is known."""
    if by == WHOLE:
        return WHOLE
    if date is None:
        return UNDATED
    if by == "day":
        return date.isoformat()
    if by == "week":
        year, week, _ = date.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{date.year:04d}-{date.month:02d}"
    raise ValueError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")


def period_bounds(period: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a period key (None for `whole` and `undated`)."""
    if period in (WHOLE, UNDATED):
        return None
    if "-W" in period:
        year, week = period.split("-W")
        start = dt.date.fromisocalendar(int(year), int(week), 1)
        return start, start + dt.timedelta(days=6)
    if len(period) == 7:
        year, month = (int(p) for p in period.split("-"))
        start = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    day = dt.date.fromisoformat(period)
    return day, day
