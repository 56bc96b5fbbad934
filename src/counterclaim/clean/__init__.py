"""Cleaning: turn a RawDocument into a Document — main text without page debris, an OffsetMap back to
the original text, title/date/author, language and content hash. Pure: no I/O, no network.

Plain text keeps whole lines of the original (see `clean.text`); HTML goes through trafilatura
(`clean.html`), with spans mapped into the HTML source as on disk.
"""

from __future__ import annotations

import re

from counterclaim.clean.dates import date_from_url
from counterclaim.clean.language import ENGLISH, identify_language
from counterclaim.clean.text import clean_plain_text
from counterclaim.records import Document, IngestError, RawDocument, content_hash

STATUS_OK = "ok"
# Documents in another language are stored and marked with this status, not dropped.
STATUS_NON_ENGLISH = "non_english"
# A first line this short, without a sentence end, is taken as the headline of a plain text.
MAX_HEADLINE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")


def _plain_title(cleaned: str) -> str | None:
    first = cleaned.split("\n", 1)[0].strip()
    if first and len(first.split()) <= MAX_HEADLINE_WORDS and not _SENTENCE_END.search(first):
        return first
    return None


def prepare_document(raw: RawDocument) -> Document | IngestError:
    """Clean one raw document; an IngestError (reason `empty` or `parse`) when nothing usable is left."""
    author = None
    published = raw.published
    if raw.text is not None and raw.text.strip():
        original = raw.text
        result = clean_plain_text(original)
        cleaned, offset_map = result.text, result.offset_map
        title = raw.title or _plain_title(cleaned)
        published = published or result.published
    elif raw.html is not None and raw.html.strip():
        from counterclaim.clean.html import clean_html

        original = raw.html
        try:
            page = clean_html(original)
        except Exception as exc:  # noqa: BLE001 — a page the HTML tools choke on is that item's error
            return IngestError(
                item=raw.item, reason="parse", message=f"cannot read HTML: {type(exc).__name__}: {exc}"
            )
        cleaned, offset_map = page.text, page.offset_map
        title = raw.title or page.title
        author = page.author
        published = published or page.published
    else:
        return IngestError(item=raw.item, reason="empty", message="no text")
    if not cleaned.strip():
        return IngestError(item=raw.item, reason="empty", message="no text left after removing page debris")
    # With no date from the source or the page's header, the date in the URL's path (GOLD_FORMAT.md).
    published = published or date_from_url(raw.url)
    language = identify_language(cleaned)
    return Document(
        content_hash=content_hash(cleaned),
        item=raw.item,
        source_id=raw.source_id,
        url=raw.url,
        source=raw.source,
        title=title,
        author=author,
        published=published,
        language=language,
        original_text=original,
        cleaned_text=cleaned,
        offset_map=offset_map,
        status=STATUS_NON_ENGLISH if language not in (None, ENGLISH) else STATUS_OK,
    )


__all__ = ["STATUS_NON_ENGLISH", "STATUS_OK", "prepare_document"]
