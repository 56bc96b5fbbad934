"""POST /api/ingest: one document from a JSON body through the same ingest path as `counterclaim ingest`.

Text and HTML go straight to `counterclaim.ingest`; a URL is fetched by `counterclaim.sources.http`
with its usual guards (timeouts, size cap, no private addresses). Authentication is the API's job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from counterclaim.ingest import ItemResult, ingest_raw_documents
from counterclaim.records import IngestError, RawDocument
from counterclaim.sources.decoding import BINARY_MESSAGE, has_binary_characters
from counterclaim.sources.options import SourceItem, SourceOptions
from counterclaim.store import Store

if TYPE_CHECKING:
    from counterclaim.web.api import IngestRequest, IngestResult

# How a web-ingested item is named in the store and in error records.
WEB_ITEM_NAME = "web:ingest"


def _raw_items(body: IngestRequest) -> list[SourceItem]:
    metadata = {"title": body.title, "published": body.published, "source": body.source}
    if body.url:
        from counterclaim.sources.http import is_url, read_url

        if not is_url(body.url):
            return [IngestError(item=body.url[:200], reason="url", message="not an http(s) URL")]
        return list(read_url(body.url, SourceOptions(published=body.published, source=body.source), title=body.title))
    if has_binary_characters(body.html or body.text or ""):
        return [IngestError(item=WEB_ITEM_NAME, reason="binary", message=BINARY_MESSAGE)]
    if body.html:
        return [RawDocument(item=WEB_ITEM_NAME, html=body.html, **metadata)]  # type: ignore[arg-type]
    return [RawDocument(item=WEB_ITEM_NAME, text=body.text, **metadata)]  # type: ignore[arg-type]


def ingest_one(store: Store, body: IngestRequest, extractor: str | None = None) -> IngestResult:
    """Clean, extract (with the registry's extractor `extractor`) and store the body's document; failures
    are recorded and reported, not raised."""
    from counterclaim.ingest import default_extract
    from counterclaim.web.api import IngestResult

    results: list[ItemResult] = []
    extract, version = default_extract(extractor)
    ingest_raw_documents(_raw_items(body), store, published=body.published, source=body.source, extract=extract,
                         extractor_version=version, on_item=results.append)
    if not results:
        return IngestResult(status="failed", reason="empty", message="the URL yielded no document")
    stored = [r for r in results if r.outcome == "stored"]
    first = stored[0] if stored else results[0]
    if first.outcome == "failed" and first.error is not None:
        return IngestResult(status="failed", reason=first.error.reason, message=first.error.message)
    return IngestResult(
        status=first.outcome, document_id=first.document_id, claims=sum(r.claims for r in results if r.outcome == "stored")
    )
