"""RSS/Atom/RDF feeds via feedparser: one document per entry, its page fetched or (no-follow) its summary.

A malformed or truncated feed keeps the entries that could be read and reports one `parse` error.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any

from counterclaim.records import RawDocument
from counterclaim.sources.options import SourceItems, SourceOptions, error, with_defaults

# Markup that tells an entry's summary is HTML rather than plain text.
HTML_TAG_HINTS: tuple[str, ...] = ("<p", "<br", "<div", "<a ", "<span", "<em", "<strong", "<ul", "<li")


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_body(entry: Any) -> str:
    """The fullest text an entry carries: content:encoded / Atom content, else its summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def read_feed(item: str, data: bytes, options: SourceOptions) -> SourceItems:
    """Entries of a feed given as bytes (the XML declaration names its encoding)."""
    import feedparser  # lazy: only feed ingest needs it

    parsed = feedparser.parse(io.BytesIO(data))
    entries = list(parsed.entries)
    if not entries:
        if parsed.bozo:
            yield error(item, "parse", f"not a readable feed: {parsed.get('bozo_exception')}")
        else:
            yield error(item, "empty", "feed has no entries")
        return
    feed_title = parsed.feed.get("title") or None
    for number, entry in enumerate(entries, start=1):
        yield from _read_entry(f"{item}#{number}", entry, feed_title, options)
    if parsed.bozo:
        yield error(
            item,
            "parse",
            f"malformed or truncated feed ({parsed.get('bozo_exception')}); {len(entries)} entries read",
        )


def _read_entry(entry_item: str, entry: Any, feed_title: str | None, options: SourceOptions) -> SourceItems:
    link = entry.get("link") or None
    metadata: dict[str, Any] = {
        "title": entry.get("title") or None,
        "published": _entry_date(entry),
        "source": feed_title,
        "source_id": entry.get("id") or None,
    }
    if options.follow and link and link.lower().startswith(("http://", "https://")):
        from counterclaim.sources.http import read_url

        yield from read_url(link, options, **metadata)
        return
    body = _entry_body(entry)
    if not body.strip():
        yield error(entry_item, "empty", "feed entry has no summary or content")
        return
    is_html = any(hint in body.lower() for hint in HTML_TAG_HINTS)
    document = RawDocument(
        item=entry_item, url=link, html=body if is_html else None, text=None if is_html else body, **metadata
    )
    yield with_defaults(document, options)
