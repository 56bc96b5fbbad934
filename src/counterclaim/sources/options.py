"""What every source reader shares: the options of one ingest run and the item type readers yield."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from counterclaim.records import IngestError, RawDocument

# A reader yields documents and per-item errors, in a deterministic order, and never raises for bad input.
SourceItem = RawDocument | IngestError
SourceItems = Iterator[SourceItem]

DEFAULT_TIMEOUT_SECONDS = 20.0
# The whole download of one URL (connect, redirects, body) ends within this many seconds.
DEFAULT_DEADLINE_SECONDS = 60.0
DEFAULT_MAX_REDIRECTS = 5


@dataclass(frozen=True)
class SourceOptions:
    """Options of one ingest run.

    `published` and `source` fill in documents that carry none of their own; `allow_private` lets URLs
    reach loopback/private/link-local addresses (tests, intranets); `follow` fetches each feed entry's page
    (else its summary is used); `max_bytes` overrides the per-document size cap (config.max_document_bytes);
    `timeout` bounds each connect or read of a URL, `deadline` its whole download.
    """

    published: dt.date | None = None
    source: str | None = None
    allow_private: bool = False
    follow: bool = True
    max_bytes: int | None = None
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    deadline: float = DEFAULT_DEADLINE_SECONDS
    max_redirects: int = DEFAULT_MAX_REDIRECTS


def with_defaults(document: RawDocument, options: SourceOptions) -> RawDocument:
    """Fill the run's `published`/`source` into a document that lacks them."""
    updates: dict[str, object] = {}
    if document.published is None and options.published is not None:
        updates["published"] = options.published
    if document.source is None and options.source is not None:
        updates["source"] = options.source
    return document.model_copy(update=updates) if updates else document


def raw_from_text(item: str, text: str, kind: str, **metadata: object) -> RawDocument:
    """A RawDocument holding `text` as HTML or as plain text according to `kind`."""
    if kind == "html":
        return RawDocument(item=item, html=text, **metadata)  # type: ignore[arg-type]
    return RawDocument(item=item, text=text, **metadata)  # type: ignore[arg-type]


def error(item: str, reason: str, message: str) -> IngestError:
    return IngestError(item=item, reason=reason, message=message)
