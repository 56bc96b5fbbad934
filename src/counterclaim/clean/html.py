"""Web pages: main text, title, author and date via trafilatura (htmldate as the date fallback).

Each extracted paragraph is located in the HTML source (verbatim where it can be found, word by word
otherwise), so spans map back to offsets in the file as on disk; text that cannot be found maps to the
nearest preceding located offset. Debris rules for scraped text run on the paragraphs too.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass

from counterclaim.clean.debris import debris_kind, neighbour_debris
from counterclaim.clean.offsets import CleanedTextBuilder
from counterclaim.clean.text import HEADLINE_ZONE_LINES
from counterclaim.records import OffsetMap

# Markup blanked out (same length, so offsets stay) before searching for text in the source.
_MARKUP = re.compile(
    r"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE
)
# How far past the previous match a word of a paragraph is looked for.
WORD_SEARCH_WINDOW = 5000
# Block-level tags: text on either side of one is a separate paragraph (fallback extraction only).
_BLOCK_BOUNDARY = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|footer|blockquote|title|pre|dd|dt)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class CleanedPage:
    text: str
    offset_map: OffsetMap
    title: str | None
    author: str | None
    published: dt.date | None


def mask_markup(source: str) -> str:
    """The source with tags, comments, scripts and styles replaced by spaces (offsets unchanged)."""
    return _MARKUP.sub(lambda match: " " * len(match.group(0)), source)


def locate_paragraph(
    paragraph: str, source: str, masked: str, cursor: int
) -> tuple[list[tuple[int, int, int]], int]:
    """Segments (offset in paragraph, offset in source, length) where the paragraph's text is in the source.

    Tries the whole paragraph first, then each word (joining neighbours whose gap is equal in both);
    returns the segments and the advanced cursor.
    """
    found = masked.find(paragraph, cursor)
    if found >= 0:
        return [(0, found, len(paragraph))], found + len(paragraph)
    segments: list[tuple[int, int, int]] = []
    for word in _WORD.finditer(paragraph):
        position = masked.find(word.group(0), cursor, cursor + WORD_SEARCH_WINDOW)
        if position < 0:
            continue
        if segments:
            text_start, orig_start, length = segments[-1]
            text_gap = paragraph[text_start + length : word.start()]
            if source[orig_start + length : position] == text_gap:
                segments[-1] = (text_start, orig_start, word.end() - text_start)
                cursor = position + len(word.group(0))
                continue
        segments.append((word.start(), position, len(word.group(0))))
        cursor = position + len(word.group(0))
    return segments, cursor


def fallback_paragraphs(source: str) -> list[str]:
    """Text between block-level tags, unescaped and whitespace-collapsed (for fragments trafilatura skips)."""
    masked = _MARKUP.sub(lambda m: "\n" if _BLOCK_BOUNDARY.match(m.group(0)) else " ", source)
    paragraphs = []
    for block in masked.split("\n"):
        text = " ".join(html_lib.unescape(block).split())
        if text:
            paragraphs.append(text)
    return paragraphs


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def clean_html(source: str) -> CleanedPage:
    """Main text of a page with an OffsetMap into `source`, plus its title, author and date."""
    import trafilatura  # lazy: plain text never needs it

    extracted = trafilatura.bare_extraction(
        source, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    text = getattr(extracted, "text", None) or ""
    title = getattr(extracted, "title", None) or None
    author = getattr(extracted, "author", None) or None
    published = _parse_date(getattr(extracted, "date", None))
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if not paragraphs:
        paragraphs = fallback_paragraphs(source)
    if published is None:
        from htmldate import find_date  # the fallback the brief names; only when trafilatura found none

        published = _parse_date(find_date(source, extensive_search=False, original_date=True))
    if title and (not paragraphs or paragraphs[0].casefold() != title.casefold()):
        paragraphs.insert(0, title)
    masked = mask_markup(source)
    body_start = max(source.lower().find("<body"), 0)
    builder = CleanedTextBuilder(source)
    cursor = 0
    seen: set[str] = set()
    # Each extracted paragraph is its own block: isolated, as between blank lines.
    kinds = neighbour_debris(paragraphs, [True] * len(paragraphs), [debris_kind(p) for p in paragraphs])
    for index, paragraph in enumerate(paragraphs):
        if kinds[index] is not None:
            continue
        if index < HEADLINE_ZONE_LINES:  # a headline or teaser repeated at the top is kept once
            if paragraph.casefold() in seen:
                continue
            seen.add(paragraph.casefold())
        # The headline is looked for in the body (its <h1>) before the <title> in the head.
        start = body_start if index == 0 else cursor
        segments, new_cursor = locate_paragraph(paragraph, source, masked, start)
        if not segments and index == 0:
            segments, new_cursor = locate_paragraph(paragraph, source, masked, 0)
        if not segments:
            # Not found: map the whole paragraph to where the previous one ended.
            segments, new_cursor = [(0, cursor, 0)], cursor
        builder.add_separator("\n")
        builder.add_mapped(paragraph, segments)
        cursor = max(cursor, new_cursor)
    cleaned, offset_map = builder.build()
    return CleanedPage(cleaned, offset_map, title, author, published)
