"""Cleaning: decode raw documents, strip page debris, keep an offset map back to the original.

(First cut: identity cleaning; the cleaning stage proper replaces this.)
"""

from __future__ import annotations

from counterclaim.records import Document, IngestError, OffsetMap, RawDocument, content_hash


def prepare_document(raw: RawDocument) -> Document | IngestError:
    text = raw.text or raw.html or ""
    if not text.strip():
        return IngestError(item=raw.item, reason="empty", message="no text")
    return Document(
        content_hash=content_hash(text),
        item=raw.item,
        source_id=raw.source_id,
        url=raw.url,
        source=raw.source,
        title=raw.title,
        published=raw.published,
        original_text=text,
        cleaned_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
