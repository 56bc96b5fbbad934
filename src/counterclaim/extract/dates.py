"""Event dates: find date expressions in a sentence and resolve them against the publication date.

Handles "on 12 January 2022", "September 28th", "the morning of Sept. 28", "Oct. 7", weekday
names (the latest such day on or before publication), "today", "yesterday", "overnight",
"last night". dateparser is only a fallback for forms the rules do not know (it is slow).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from counterclaim.extract.literal_prefilter import prefiltered

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
MONTH_DAY = prefiltered(re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I))
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
WEEKDAY = prefiltered(re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I))
RELATIVE = prefiltered(re.compile(
    r"\b(?P<rel>today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|overnight|yesterday|last\s+night|the\s+day\s+before\s+yesterday|on\s+the\s+same\s+day|"
    r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)|over\s+the\s+day|at\s+night)\b",
    re.I,
))
# A day counted back from the report ("two days ago"): a day named, as "yesterday" is.
DAYS_AGO = prefiltered(re.compile(r"\b(?P<days>a|one|two|three|four|five|six|[1-6])\s+days?\s+ago\b", re.I))
DAYS_AGO_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
RELATIVE_DAYS = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
                 "earlier today": 0, "overnight": 0, "yesterday": -1, "last night": -1, "the day before yesterday": -2}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    from_report: bool = False  # "overnight", "in the past 24 hours": counted back from the day of the report
    year_written: bool | None = None  # a calendar day's year: written (True), inferred from publication (False); None for other days


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
    return list(_dates_in(text, published))


@lru_cache(maxsize=256)
def _dates_in(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """The mentions of `find_dates`, kept for the last texts: a sentence's dates are read for its actors' day and
    again for its claims' dates."""
    found: list[DateMention] = []

    def add(start: int, end: int, date: dt.date | None, from_report: bool = False, year_written: bool | None = None) -> None:
        if date is not None and not any(m.start <= start < m.end for m in found):
            found.append(DateMention(start, end, date, from_report, year_written))

    for match in ISO_DATE.finditer(text):
        add(match.start(), match.end(), _safe_date(int(match["year"]), int(match["month"]), int(match["day"])), year_written=True)
    for pattern in (DAY_MONTH, MONTH_DAY):
        for match in pattern.finditer(text):
            month = MONTHS[match["month"].lower()]
            day = int(match["day"])
            if match["month"].lower() == "may" and pattern is MONTH_DAY and not match["year"] and day > 31:
                continue
            year = int(match["year"]) if match["year"] else _infer_year(month, day, published)
            if year is None:
                continue
            add(match.start(), match.end(), _safe_date(year, month, day), year_written=bool(match["year"]))
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
        for match in DAYS_AGO.finditer(text):
            days = match["days"].lower()
            add(match.start(), match.end(), published - dt.timedelta(days=int(days) if days.isdigit() else DAYS_AGO_NUMBERS[days]))
    found.sort(key=lambda m: m.start)
    return tuple(found)


def days_with_their_year(mentions: list[DateMention]) -> dict[tuple[int, int], int]:
    """The calendar days written with their year ("Oct. 7, 2023"), as (month, day) -> year."""
    return {(m.date.month, m.date.day): m.date.year for m in mentions if m.year_written}


def with_years_told(mentions: list[DateMention], years: dict[tuple[int, int], int]) -> list[DateMention]:
    """A day written without its year takes the year the text gave the same day before ("the war began on Oct. 7,
    2023 ... the Oct. 7 attack"), not the one inferred from the publication day."""
    told = [(m, years.get((m.date.month, m.date.day))) for m in mentions]
    return [dataclasses.replace(m, date=_safe_date(year, m.date.month, m.date.day) or m.date, year_written=True)
            if m.year_written is False and year is not None and year != m.date.year else m for m, year in told]


# "said on Monday", "told AFP Thursday": the day of a statement, not of the events it reports (GOLD_FORMAT)
SAID_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,3}?|announced|reported|stated|added|claimed|confirmed|denied|condemned|rejected|disclosed(?:\s+this)?|revealed|"
    # the occasion of speaking: "at a news briefing in Abuja on Thursday", "during a press conference on Monday"
    r"(?:at|during)\s+an?\s+(?:news\s+|press\s+|media\s+)?(?:briefing|conference)(?:\s+in\s+[A-Z][\w'’-]+)?|"
    r"wrote(?:\s+about\s+(?:this|it))?|tweeted|(?:posted|published|released|shared)(?:\s+(?:a|an|the))?(?:\s+(?:video|statement|photos?|footage))?|"
    r"in\s+a\s+statement(?:\s+to\s+\w+)?)\s+(?:on\s+|late\s+|early\s+|earlier\s+|(?:late|early)\s+on\s+)?$",
    re.I,
)
# "The army on Monday denied ...": the day set between a speaker and the reporting verb
SAID_AFTER = re.compile(
    r"^(?:,\s*[\w. ]{3,12}\s\d{1,2},\s*\d{4})?\s*,?\s*(?:said|denied|condemned|claimed|announced|rejected|confirmed|reported|accused|warned|vowed|called)\b", re.I
)


def statement_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions giving the day someone spoke ("said on Friday", "on Friday denied", and the date set
    beside such a day: "said on Friday, March 14")."""
    spoken: list[DateMention] = []
    for mention in mentions:
        beside_spoken = bool(spoken) and re.fullmatch(r",?\s*", text[spoken[-1].end : mention.start]) is not None
        if beside_spoken or SAID_BEFORE.search(text[max(0, mention.start - 50) : mention.start]) or SAID_AFTER.match(text[mention.end : mention.end + 40]):
            spoken.append(mention)
    return spoken


def sentence_date(text: str, position: int, mentions: list[DateMention], is_statement: bool, running_total: bool = False) -> dt.date | None:
    """The date of a claim read at `position` of `text`, from the sentence's own date mentions.

    A statement claim takes the day it was made; any other claim takes the event date nearest before it,
    never the day of the statement reporting it (GOLD_FORMAT): with only a statement's day in the sentence
    it has no date of its own (None). A date counted back from the report ("over the past day") is the
    report's day when the sentence gives it. A running total is as of the day it was given, never as of
    the start of its window ("since Monday").
    """
    spoken = statement_dates(text, mentions)
    events = [m for m in mentions if m not in spoken and not in_dateline(text, m)]
    if is_statement:
        return date_for(position, spoken or events)
    if running_total:
        as_of = [m for m in events if not opens_window(text, m)]
        return date_for(position, as_of or spoken)
    date = date_for(position, events)
    chosen = _mention_for(position, events)
    if chosen is not None and (opens_window(text, chosen) or in_span_of_days(text, chosen, mentions)):
        return None  # "shelling since Wednesday", "drones launched on Thursday and Friday": several days, no one day (GOLD_FORMAT)
    before = [m for m in events if m.start <= position]
    if before and ANOTHER_TIME_BETWEEN.search(text, before[-1].end, position):
        return None  # "struck on Wednesday the sites behind last month's attack that killed 26": another time than the day
    if spoken and any(m.date == date and m.from_report for m in events):
        return spoken[0].date  # "over the past day ..., the ministry said on Friday": the report's day
    return date


# A time cue that names no day ("earlier this month", "the following day", "in 2015", "last week"): a claim
# with one is not of the day the text reports and keeps no date (GOLD_FORMAT)
# Words that put an event before the one a text reports without naming its day ("six years ago", "last
# month", "in 2014"; "the past week" is a window up to now, not another time), and words that put it at
# any other time ("the following day", "since March"): one vocabulary for every stage that must not give
# such an event the reported day (dates), attacker (resolve) or toll (deaths).
_MONTH_NAME = _MONTH.replace("(?P<month>", "(?:")
_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_UNITS_OF_TIME = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|few)\s+(?:days?|weeks?|months?|years?|decades?)"
EARLIER = (
    rf"\b(?:{_UNITS_OF_TIME}\s+(?:ago|earlier|before)|(?<!the\s)(?:last|previous|past)\s+(?:week|month|year)|"
    r"(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d(?!\s*\)))\b"
)
# Words that put an event in another year than the one reported ("six years ago", "in 2014", "during the 2020
# war"): a death told with them is another event's, while one of "last week" or "two days ago" is still news.
LONG_AGO = (
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|few)\s+(?:years?|decades?)\s+(?:ago|earlier|before)|"
    r"(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d(?!\s*\)))\b"
)
ELSEWHEN = (
    EARLIER + rf"|\b(?:{_UNITS_OF_TIME}\s+(?:later|after)|"
    r"(?:next|earlier\s+(?:this|that|in\s+the)|later\s+(?:this|that))\s+(?:week|month|year)|"
    r"the\s+(?:following|next|previous|preceding)\s+(?:day|week|month|year|morning|night)|the\s+day\s+(?:after|before)|"
    r"(?:in|since|during|last)\s+(?:early\s+|late\s+|mid-?)?" + _MONTH_NAME + r"|since\s+(?:19|20)\d\d)\b"
)
# A claim in a sentence with such words, or with a vague time of its own, does not inherit the lead date.
VAGUE_TIME = re.compile(
    ELSEWHEN + r"|\b(?:(?:this|last|past|previous|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)|"
    r"(?:by|until)\s+(?:early\s+|late\s+|mid-?)?(?:(?:19|20)\d\d|" + _MONTH_NAME + r")|"
    r"recently|in\s+recent\s+(?:days|weeks|months|years)|over\s+the\s+(?:(?:past|last)\s+)?(?:\w+\s+)?(?:years|decades?)|for\s+(?:many\s+)?years|"
    # a closed window of months or years ("between December 2023 and February 2024", "from January to March"): no one day
    r"(?:between|from)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:" + _MONTH_NAME + r"|(?:19|20)\d\d)[^.;]{0,25}?\s+(?:and|to|until|through)\s+|"
    # a window from a day or a span of days ("since Wednesday", "on Thursday and Friday"): no one day (GOLD_FORMAT)
    r"since\s+(?:last\s+)?" + _WEEKDAY_NAME + r"|" + _WEEKDAY_NAME + r"\s*(?:,\s*)?(?:and|or|to|through|until|till|[-–—/])\s*(?:on\s+)?" + _WEEKDAY_NAME + r"|"
    # a week or a month as the window of a tally ("over the week, the enemy's losses amounted to", "during the month")
    r"(?:over|during|in|throughout)\s+the\s+(?:past\s+|last\s+|previous\s+|whole\s+|entire\s+)?(?:week|month|weekend)|"
    # a rolling window of several days or more ("in the past three months", "over the last few weeks"): no one day
    r"(?:over|during|in|throughout|within)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|couple\s+of|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\d+)\s+)?(?:days|weeks?|months?|years?))\b",
    re.I,
)


# A day named by the sentence before: "earlier in the day", "later that day", "on the same day", "that same evening".
SAME_DAY = prefiltered(re.compile(
    r"\b(?:(?:earlier|later)\s+(?:in\s+the|that|on\s+the\s+same|the\s+same)\s+(?:day|morning|afternoon|evening|night)|"
    r"(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night))\b",
    re.I,
))


# A time cue between a day and a claim after it that puts the claim at another time ("last month's attack").
ANOTHER_TIME_BETWEEN = re.compile(ELSEWHEN, re.I)


# A sentence that turns to another incident ("Separately, ...", "In another attack", "Elsewhere"): not the lead event.
OTHER_INCIDENT = prefiltered(re.compile(
    r"(?:^|[.;]\s+)(?:\W*)(?:separately|elsewhere|meanwhile)\b|\bin\s+(?:a\s+separate|another)\s+(?:incident|attack|strike|development|raid|clash|ambush)\b"
    r"|\bin\s+a\s+separate\s+\w+", re.I))


def inherited_date(text: str, lead: dt.date | None) -> dt.date | None:
    """The date a claim with no date of its own takes: the event the text reports (`lead`), unless its
    sentence `text` places it at another time it does not name ("earlier this month"). A period that ranks the event
    among others ("the third strike on the plant this year", "the deadliest attack this month") places it nowhere else."""
    elsewhen = any(not RANKED_IN_PERIOD.search(text, max(0, vague.start() - 60), vague.start()) for vague in VAGUE_TIME.finditer(text))
    return None if elsewhen or OTHER_INCIDENT.search(text) else lead


# An event ranked among those of a period, before the period: "the third on the facility this year", "the deadliest so far".
RANKED_IN_PERIOD = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|deadliest|"
                              r"biggest|largest|worst|heaviest|most\s+\w+)\b[^.;:]{0,45}$", re.I)


def lead_event_date(text: str, published: dt.date | None) -> dt.date | None:
    """The first event date a text gives, not counting the days its speakers spoke: the date of the event
    it reports, for claims of that event with no time cue of their own (GOLD_FORMAT)."""
    mentions = find_dates(text, published)
    spoken = statement_dates(text, mentions)
    lead = next((m for m in mentions if m not in spoken and not _page_date(text, m) and not in_span_of_days(text, m, mentions)), None)
    if lead is None:
        return None
    if lead.from_report:
        # "the ministry said on Tuesday that ... overnight": counted back from the day the report was given in
        # its sentence, as a claim in that sentence is (sentence_date), not from the publication day
        told = [m for m in spoken if not SENTENCE_BREAK.search(text, min(m.end, lead.end), max(m.start, lead.start))]
        if told:
            return min(told, key=lambda m: abs(m.start - lead.start)).date
    return lead.date


# The end of one sentence and the start of the next: a report's day does not reach across it.
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


# "KYIV, March 3 (Reuters) -", "MOSCOW, June 6. /TASS/.": a dateline, the day of the dispatch
DATELINE = re.compile(
    r"(?:^|\n)[^\S\n]*(?:[A-Z][\w.'/-]*(?:[^\S\n][A-Z][\w.'/-]*){0,3},|[A-Z][A-Z.'/-]{2,}(?:[^\S\n][A-Z][A-Z.'/-]+){0,3})"
    r"[^\S\n]*(?:\([^)\n]*\)[^\S\n]*)?$"
)


def _page_date(text: str, mention: DateMention) -> bool:
    """Whether `mention` dates the page rather than an event: a date with its year (header dates, photo
    captions: "Ukraine May 20, 2022."), a dateline's date, or the start of a window."""
    if re.search(r"(?:19|20)\d\d", text[mention.start : mention.end]):
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end) % (len(text) + 1)
    words = re.sub(rf"{WEEKDAY.pattern}|\b{_MONTH}", " ", text[line_start:line_end], flags=re.I)
    if not re.search(r"[^\W\d_]{3,}", words):
        return True  # a line of dates only: the page's date ("Wednesday, February 05 | 11:37 PM")
    return opens_window(text, mention) or in_dateline(text, mention)


# A dateline that opens with its date: "May 14, 2024 (EL FASHER) –", "14 May 2024 – KHARTOUM:".
DATE_FIRST_DATELINE = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?[-–—]")


def in_dateline(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the date of a dateline ("KYIV, March 3 (Reuters) -", "May 14, 2024 (EL FASHER) –"):
    the day of the dispatch."""
    if DATELINE.search(text[max(0, mention.start - 40) : mention.start]):
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    return not text[line_start : mention.start].strip() and DATE_FIRST_DATELINE.match(text, mention.end) is not None


def opens_window(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the start of a window ("since Wednesday"), not an event's day."""
    return bool(re.search(r"\b(?:since|until|from)\s+$", text[max(0, mention.start - 8) : mention.start], re.I)
                or WINDOW_OPENED_ON.search(text, max(0, mention.start - 80), mention.start))


# A window opened by an event's start: "since the offensive began on Nov. 27", "since the war erupted in April", "since
# Israel began its attacks on Friday", "since Russia launched its invasion on Feb. 24".
WINDOW_OPENED_ON = re.compile(
    r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:began|begun|started|erupted|broke\s+out|was\s+launched|were\s+launched)"
    r"|(?:[\w'’-]+\s+){1,3}?(?:began|started|launched|opened)\s+(?:its|their|his|her|the|a)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|offensive|invasion|operations?|war|campaign|assault|bombardment|incursion|raids?)"
    r"|(?:beginning|start|outbreak|onset)\s+of\s+(?:[\w'’-]+\s+){0,4}?)\s*(?:on|in)\s+$",  # "since the start of its invasion on Feb. 24"
    re.I,
)


# Two days joined into a span: "on Thursday and Friday", "from Monday to Wednesday", "between May 3 and May 5", "Saturday-Sunday".
SPAN_JOINER = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|thru|till|until|into|[-–—/])\s*(?:on\s+|the\s+)?", re.I)
SPAN_OPENER = re.compile(r"\b(?:between|from)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


def in_span_of_days(text: str, mention: DateMention, mentions: list[DateMention]) -> bool:
    """Whether `mention` is one end of a span of days ("on Thursday and Friday", "between Monday and Wednesday")."""
    for other in mentions:
        if other is mention or other.date == mention.date:
            continue
        first, second = (mention, other) if mention.start < other.start else (other, mention)
        if SPAN_JOINER.fullmatch(text[first.end : second.start]):
            return True
    if BARE_DAY_BEFORE.search(text, max(0, mention.start - 20), mention.start) or BARE_DAY_AFTER.match(text, mention.end):
        return True  # "between 10 and 15 July", "from July 10 to 15": the other end written as a bare day
    return bool(SPAN_OPENER.search(text, max(0, mention.start - 20), mention.start)) and any(
        m.start > mention.end and re.fullmatch(r"\s+(?:and|to|until|till)\s+", text[mention.end : m.start], re.I) for m in mentions)


# The first day of a span written bare before a full date ("between 10 and 15 July"), or the last after one ("July 10 to 15").
BARE_DAY_BEFORE = re.compile(r"\b(?:between|from)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|until|through|till|[-–])\s*$", re.I)
BARE_DAY_AFTER = re.compile(r"\s*(?:and|to|until|through|till|[-–])\s*\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)(?!\s+(?:[a-z]+\s+)?(?:people|persons|civilians|soldiers|fighters|militants|children|women|men)\b)", re.I)


def _mention_for(position: int, mentions: list[DateMention]) -> DateMention | None:
    """The mention `date_for` takes its date from."""
    before = [m for m in mentions if m.start <= position]
    if before:
        return before[-1]
    return mentions[0] if mentions else None


def date_for(position: int, mentions: list[DateMention]) -> dt.date | None:
    """The date mention nearest before `position`, else the first after it."""
    before = [m for m in mentions if m.start <= position]
    if before:
        return before[-1].date
    return mentions[0].date if mentions else None
