"""Quantities: digits, number words, bounds, ranges, vague amounts and zero, as [low, high] counts.

Finds candidate quantities only; whether a quantity counts people or equipment is decided by the
claim patterns, which also reject years, dates, times, ages, unit numbers and prices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counterclaim.records import Count

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}

# Vague quantities (GOLD_FORMAT.md): phrase -> [low, high]; None means "no number given".
VAGUE_QUANTITIES: dict[str, Count | None] = {
    "a few": (2, 5),
    "few": (2, 5),
    "a couple of": (2, 2),
    "a pair of": (2, 2),
    "several": (3, 9),
    "dozens of": (24, 99),
    "dozens": (24, 99),
    "scores of": (40, 99),
    "scores": (40, 99),  # elided people ("left 12 dead and scores injured", "injured scores")
    "hundreds of": (200, 999),
    "hundreds": (200, 999),
    "thousands of": (2000, 9999),
    "thousands": (2000, 9999),
    "tens of thousands of": (20000, 99999),
    "tens of thousands": (20000, 99999),
    # the same reading one scale up ("hundreds" [200, 999] -> "hundreds of thousands" [200000, 999999])
    "hundreds of thousands of": (200_000, 999_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions of": (2_000_000, 9_999_999),
    "millions": (2_000_000, 9_999_999),
    # a vague multiplier of a scale reads like the scale's plural ("several hundred" as "hundreds"), and "tens" like
    # "tens of thousands" one scale down
    "several hundred": (200, 999),
    "several thousand": (2000, 9999),
    "several dozen": (24, 99),
    "tens of": (20, 99),
    "half a dozen": (6, 6),
    "a dozen": (12, 12),
    "dozen": (12, 12),
    "a handful of": (2, 5),
    "both": (2, 2),
}

# Bounds before a number ("at least 23", "more than 1,500", "up to 40", "about 30").
LOWER_BOUND = r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|minimum"
STRICT_LOWER = r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above"
# "almost N" and "nearly N" stop short of N (GOLD_FORMAT: [null, N], like "up to N").
UPPER_BOUND = r"up\s+to|as\s+many\s+as|at\s+most|a\s+maximum\s+of|nearly|almost|just\s+under|close\s+to"
STRICT_UPPER = r"fewer\s+than|less\s+than|under|below"
APPROXIMATE = r"about|around|approximately|some|roughly|an\s+estimated|estimated|circa"

_SMALL = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[\s-](?:" + "|".join(k for k in UNITS if UNITS[k] < 10 and k != "zero") + r"))?"
    r"|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
)
# "two thousand five hundred and twelve", "a hundred", "two dozen"
_SCALE = r"(?:hundred|thousand|million|dozen)"
_WORD_NUMBER = (
    rf"(?:{_SMALL}|an?)\s+{_SCALE}(?:\s+(?:and\s+)?{_SMALL}\s+{_SCALE})*(?:\s+(?:and\s+)?{_SMALL}(?!\s+{_SCALE}))?"
    rf"|{_SMALL}"
)
_DIGIT_NUMBER = r"\d{1,3}(?:,\d{3})+(?![\d,]*\d)|\d+(?:\.\d+)?(?:\s*(?:million|thousand))?"
NUMBER = rf"(?:{_DIGIT_NUMBER}|{_WORD_NUMBER})"

_VAGUE = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(VAGUE_QUANTITIES, key=len, reverse=True))
QUANTITY = re.compile(
    rf"""(?ix)
    (?<![\w$€£.,-])
    (?:
        (?P<between>between\s+(?P<b1>{NUMBER})\s+and\s+(?P<b2>{NUMBER}))
      | (?P<range>(?P<r1>{NUMBER})(?:\s*(?:-|–|to)\s*|\s+or\s+)(?P<r2>{NUMBER}))
      | (?:(?P<bound>{LOWER_BOUND}|{STRICT_LOWER}|{UPPER_BOUND}|{STRICT_UPPER}|{APPROXIMATE})\s+)?(?P<number>{NUMBER})
      | (?P<vague>{_VAGUE})
    )
    (?![\w-]*\d)(?!\w)
    """
)


@dataclass(frozen=True)
class Quantity:
    """A quantity found in a text, with offsets relative to that text."""

    start: int
    end: int
    count: Count | None
    text: str
    exact: bool  # a single precise number, not a bound, range or vague amount


def parse_number(text: str) -> int | None:
    """'1,280' -> 1280, 'twenty-five' -> 25, 'two hundred' -> 200, '1.5 million' -> 1500000."""
    cleaned = text.lower().replace(",", "").strip()
    cleaned = re.sub(r"\s+", " ", cleaned)
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(million|thousand)?", cleaned)
    if match:
        value = float(match.group(1)) * (SCALES[match.group(2)] if match.group(2) else 1)
        return int(round(value))
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", cleaned):
        if word in ("and", ""):
            continue
        if word in ("a", "an", "one") and not seen:
            current = 1
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            if scale in (12, 100):
                current = max(current, 1) * scale
            else:
                total += max(current, 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _bounded(value: int, bound: str | None) -> Count:
    if not bound:
        return (value, value)
    bound = re.sub(r"\s+", " ", bound.lower())
    if re.fullmatch(LOWER_BOUND, bound):
        return (value, None)
    if re.fullmatch(STRICT_LOWER, bound):
        return (value + 1, None)
    if re.fullmatch(UPPER_BOUND, bound):
        return (None, value)
    if re.fullmatch(STRICT_UPPER, bound):
        return (None, max(value - 1, 0))
    return (value, value)


SCALE_AT_END = re.compile(rf"\b(?P<scale>{_SCALE})$", re.I)


def _with_shared_scale(first: str, low: int, second: str, high: int) -> int:
    """The first number of a range whose scale is written once, after the second ("two to three hundred",
    "between 20 and 30 thousand"): the first one counted on that scale."""
    scale = SCALE_AT_END.search(second.strip())
    if scale is None or SCALE_AT_END.search(first.strip()) is not None:
        return low
    scaled = low * SCALES[scale.group("scale").lower()]
    return scaled if low < high and scaled <= high else low


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in `text`, left to right, longest first at each position."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        count: Count | None
        exact = False
        if match.group("between"):
            low, high = parse_number(match.group("b1")), parse_number(match.group("b2"))
            if low is None or high is None:
                continue
            count = (_with_shared_scale(match.group("b1"), low, match.group("b2"), high), high)
        elif match.group("range"):
            low, high = parse_number(match.group("r1")), parse_number(match.group("r2"))
            if low is not None and high is not None:
                low = _with_shared_scale(match.group("r1"), low, match.group("r2"), high)
            if re.search(r"\sor\s", match.group("range")) and (low is None or high is None or high <= low):
                # "2 or 1": no range, two numbers ("three or four soldiers" is one, from 3 to 4)
                found.extend(Quantity(match.start(g), match.end(g), (n, n), match.group(g), True)
                             for g, n in (("r1", low), ("r2", high)) if n is not None)
                continue
            if DAY_OF_MONTH_BEFORE.search(text, 0, match.start()) and re.search(r"\sto\s", match.group("range")) and high is not None:
                # "the toll since October 7 to 34,535": a day of a month, then the figure the toll came to
                found.append(Quantity(match.start("r2"), match.end("r2"), (high, high), match.group("r2"), True))
                continue
            if low is None or high is None or high <= low:
                # "10-15" is a range; "twenty-five" is one number; "1-0" is neither
                value = parse_number(match.group())
                if value is None:
                    continue
                count, exact = (value, value), True
            else:
                count = (low, high)
        elif match.group("number"):
            value = parse_number(match.group("number"))
            if value is None:
                continue
            count = _bounded(value, match.group("bound"))
            exact = not match.group("bound")
        else:
            vague = re.sub(r"\s+", " ", match.group("vague").lower())
            count = VAGUE_QUANTITIES[vague]
        if count == (2, 2) and match.group().lower() == "both" and NOT_A_PAIR_AFTER.match(text, match.end()):
            continue  # "wounded both among civilians and soldiers": both groups, not two people
        if match.group("number") and not match.group("bound") and COMPOUND_MODIFIER_AFTER.match(text, match.end()):
            continue  # "four one-way attack drones", "a two-storey house": a number inside a modifier counts nothing
        if (MEASURE_AFTER.match(text, match.end()) or LABEL_BEFORE.search(text, 0, match.start()) or AGE_BEFORE.search(text, 0, match.start())
                or UNIT_NAME_AFTER.match(text, match.end())):
            continue  # "5 km from Bakhmut", "$800 million", "Highway 1", "aged 19": a measure or a label, not a count
        found.append(Quantity(match.start(), match.end(), count, match.group(), exact))
    return found


# A hyphenated modifier a number begins ("one-way", "two-storey", "three-day"): a word of its own.
COMPOUND_MODIFIER_AFTER = re.compile(r"-(?!(?:year|month|week|day)s?-old\b)[a-z]", re.I)
# A month's name before a day ("since October 7 to 34,535"): the number is a date, no end of a range.
DAY_OF_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
# What follows or precedes a number that measures or names something rather than counting it.
MEASURE_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|mm|cm|kg|tons?|tonnes?|%|per\s*cent|percent|"
    r"hours?|minutes?|o['’]clock|a\.?m\.?|p\.?m\.?|GMT|UTC)\b",
    re.I,
)
# "both among civilians and soldiers", "both sides", "Armenia and Azerbaijan both reported": two groups or two
# speakers, not two people.
NOT_A_PAIR_AFTER = re.compile(
    r"\s+(?:among|in|on|at|for|to|by|with|from|within|inside|sides?|parties|countries|"
    r"said|say|says|reported|report|reports|claimed|claim|claims|announced|confirmed|denied|deny|accused|accuse|blamed|blame|stated)\b",
    re.I,
)
# A number that names a unit, as Indian and British armies write them ("5 Field Regiment", "9 Para", "3 Commando
# Brigade", "15 Corps"): a label, not a count.
UNIT_NAME_AFTER = re.compile(
    r"\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?-i:Regiment|Battalion|Brigade|Division|Corps|Squadron|Rifles|Infantry|Para|Commando|Fleet|Wing|Flotilla)\b")
AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+(?:between\s+|from\s+)?$", re.I)
LABEL_BEFORE = re.compile(
    r"(?:[$€£]\s*|\b(?:Highway|Route|Road|Street|Avenue|Block|Gate|Sector|Brigade|Battalion|Regiment|Unit|Platoon|"
    r"Resolution|Article|No\.|Number|Section|Zone|Phase|Level|Building|Hill|Height|Post|Flight|Channel|Kilomet(?:er|re)|Km)\s+)$"
)
