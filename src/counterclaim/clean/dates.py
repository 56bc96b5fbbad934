"""A publication date read from a plain text's first lines ("Nov 16th, 2012", "MOSCOW, March 2, 2022 -")
or from the date in a URL's path ("/2024/08/20/").

Used only when the source gave no date; full dates with a year only (no guessing of a missing year).
"""

from __future__ import annotations

import datetime as dt
import re

# How many leading lines (kept or dropped) may hold the date line or dateline.
DATE_SEARCH_LINES = 10
# A date further into a line than this is part of the story ("the war that began on February 24, 2022"),
# not a dateline ("MOSCOW, March 2, 2022 - ...").
DATELINE_MAX_OFFSET = 40
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Date forms, most specific first: ISO, "March 2, 2022", "2 March 2022", US numeric "8/20/2024".
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month_number>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<month_number>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d{2})\b"),
)


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["month_number"]) if groups.get("month_number") else MONTHS[groups["month"].lower()]
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def find_leading_date(lines: list[str]) -> dt.date | None:
    """The first full date in the first few lines, or None."""
    for line in lines[:DATE_SEARCH_LINES]:
        for pattern in DATE_PATTERNS:
            match = pattern.search(line)
            if match and match.start() <= DATELINE_MAX_OFFSET:
                found = _date_from_match(match)
                if found:
                    return found
    return None


# Dates in a URL's path, as news sites write them: "/2024/08/20/", "/2024-08-20-slug", "/20240820/".
URL_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})/(?P<month_number>\d{1,2})/(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<month_number>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(r"(?<![\d])(?P<year>(?:19|20)\d{2})(?P<month_number>[01]\d)(?P<day>[0-3]\d)(?!\d)"),
)
# The scheme and host of a URL: a date is looked for in what follows.
_URL_SCHEME_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*", re.IGNORECASE)


def date_from_url(url: str | None) -> dt.date | None:
    """The first full date in a URL's path ("https://example.org/2024/08/20/story" → 2024-08-20), or None.

    Only the path counts (not the host, the query or the fragment); a year-month folder alone is no date.
    """
    if not url:
        return None
    path = _URL_SCHEME_HOST.sub("", url.strip()).split("?", 1)[0].split("#", 1)[0]
    for pattern in URL_DATE_PATTERNS:
        for match in pattern.finditer(path):
            found = _date_from_match(match)
            if found:
                return found
    return None
