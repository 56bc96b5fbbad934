"""Scraped plain text: drop debris lines and a repeated headline/teaser, keep the rest verbatim.

The cleaned text is made of whole kept lines of the original (stripped), joined by "\\n" where the
original lines were adjacent and "\\n\\n" across a blank line or a dropped line; the OffsetMap leads back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from counterclaim.clean.dates import find_leading_date
from counterclaim.clean.debris import debris_kind, neighbour_debris
from counterclaim.clean.offsets import CleanedTextBuilder
from counterclaim.records import OffsetMap

# Characters stripped from both ends of a line (U+FEFF: a kept UTF-8 byte-order mark; NBSP; zero-width space).
LINE_PADDING = " \t\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029\ufeff\u00a0\u200b"
# A headline or teaser repeated near the top of a page: both copies lie within this many text lines.
HEADLINE_ZONE_LINES = 8
# A teaser repeated inside a later paragraph is dropped only when it is at least this long (in words).
MIN_TEASER_WORDS = 8
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Line:
    start: int  # offsets of the stripped line in the original
    end: int
    text: str
    blank_before: bool  # a blank line separates it from the previous non-blank line


# Markdown decoration around a whole line: a heading's hashes, a quote mark, emphasis wrapping the line.
MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s+)")
MARKDOWN_EMPHASIS = re.compile(r"^([*_]{1,3})(?=\S)(.*\S)\1$")


def _undecorated(start: int, text: str) -> tuple[int, str]:
    """The line without Markdown heading/quote marks and whole-line emphasis (still a verbatim slice)."""
    prefix = MARKDOWN_PREFIX.match(text)
    if prefix and len(text) > prefix.end():
        start, text = start + prefix.end(), text[prefix.end() :]
    emphasis = MARKDOWN_EMPHASIS.match(text)
    if emphasis:
        marker = len(emphasis.group(1))
        start, text = start + marker, text[marker:-marker]
    return start, text


def split_lines(original: str) -> list[Line]:
    """Non-blank lines of `original`, stripped (and without Markdown line decoration), with their offsets."""
    lines: list[Line] = []
    position = 0
    blank_before = False
    for raw in original.splitlines(keepends=True):
        stripped = raw.strip(LINE_PADDING)
        if stripped:
            start, stripped = _undecorated(position + (len(raw) - len(raw.lstrip(LINE_PADDING))), stripped)
            lines.append(Line(start, start + len(stripped), stripped, blank_before and bool(lines)))
            blank_before = False
        else:
            blank_before = True
        position += len(raw)
    return lines


def _normalised(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def repeated_top_lines(lines: list[Line], kept: list[bool]) -> set[int]:
    """Indexes of later copies of a headline repeated at the top, and of teasers repeated in a later line."""
    zone = [i for i, keep in enumerate(kept) if keep][:HEADLINE_ZONE_LINES]
    drop: set[int] = set()
    seen: dict[str, int] = {}
    for i in zone:
        key = _normalised(lines[i].text)
        if key in seen:
            drop.add(i)  # keep the first copy of a repeated headline
        else:
            seen[key] = i
    # A teaser that a following paragraph repeats word for word (with a dateline before it): keep the paragraph.
    for position, i in enumerate(zone):
        if i in drop:
            continue
        key = _normalised(lines[i].text)
        if len(key.split()) < MIN_TEASER_WORDS:
            continue
        for j in zone[position + 1 :]:
            other = _normalised(lines[j].text)
            if j not in drop and len(other) > len(key) and f" {key} " in f" {other} ":
                drop.add(i)
                break
    return drop


@dataclass(frozen=True)
class CleanedText:
    text: str
    offset_map: OffsetMap
    dropped: list[tuple[str, str]]  # (rule, line) for every dropped line
    published: dt.date | None  # a full date from the first lines (date line or dateline), if any


def clean_plain_text(original: str) -> CleanedText:
    """Cleaned text, its OffsetMap to `original`, the dropped lines, and a date found at the top."""
    lines = split_lines(original)
    kinds = [debris_kind(line.text) for line in lines]
    isolated = [
        (i == 0 or line.blank_before) and (i + 1 == len(lines) or lines[i + 1].blank_before)
        for i, line in enumerate(lines)
    ]
    kinds = neighbour_debris([line.text for line in lines], isolated, kinds)
    kept = [kind is None for kind in kinds]
    for i in repeated_top_lines(lines, kept):
        kept[i] = False
        kinds[i] = "repeated_headline"
    builder = CleanedTextBuilder(original)
    dropped: list[tuple[str, str]] = []
    gap_has_break = False
    for line, keep, kind in zip(lines, kept, kinds, strict=True):
        if not keep:
            dropped.append((kind or "", line.text))
            gap_has_break = True
            continue
        builder.add_separator("\n\n" if gap_has_break or line.blank_before else "\n")
        builder.add_slice(line.start, line.end)
        gap_has_break = False
    cleaned, offset_map = builder.build()
    return CleanedText(cleaned, offset_map, dropped, find_leading_date([line.text for line in lines]))
