"""Storage: documents, claims and ingest errors in SQLite (default, WAL) or PostgreSQL.

The library API every consumer uses (CLI, ledger, web, Spark loader)::

    from counterclaim.store import ClaimFilter, Store, open_store

    with open_store("counterclaim.db") as store:      # URL, plain path, or None = COUNTERCLAIM_DB / default file
        doc_id, created = store.add_document(document, claims, EXTRACTOR_VERSION)  # ONE transaction
        store.has_hash(document.content_hash)          # -> bool
        store.record_error(IngestError(item=..., reason="binary", message=...))
        store.list_documents(limit=100, cursor=None, source=None, since=None, until=None)  # no texts
        store.get_document(doc_id)                     # StoredDocument with texts + OffsetMap, or None
        store.get_document_by_hash(content_hash)
        store.document_claims(doc_id)                  # list[StoredClaim] in position order (part_of indexes it)
        store.query_claims(type="casualty", side="AZE", claimant=None, since=date, until=date,
                           place="tartar", document_id=None, limit=100, cursor=None)  # list[StoredClaim]
        store.query_claims(ClaimFilter(type="materiel"), limit=50, cursor=last.id)    # next page
        store.count_claims(type="casualty"); store.count_documents()
        for stored in store.iter_claims(ClaimFilter(...)): ...   # all claims, one streamed query
        for row in store.iter_claim_rows(ClaimFilter(...)): ...  # same as plain rows: the fast path
        store.replace_claims(doc_id, claims, EXTRACTOR_VERSION)  # re-extraction, one transaction
        store.document_ids_to_reextract(EXTRACTOR_VERSION)
        store.list_errors(limit=100, reason=None); store.error_counts()   # {"binary": 2, ...}

Records: `records.StoredClaim` (id, document_id, content_hash, claim: Claim, extractor_version,
published, source, url, title, position, quote); `StoredDocument` (listing fields + original_text,
cleaned_text, offset_map when read one by one; `.to_document()`); `StoredIngestError`.
Filters: `ClaimFilter` — `side` is the claim's subject; `since`/`until` (inclusive) use the claim's
date, else the document's publication date; `place` is a case-insensitive substring. Pagination:
results come by ascending id; pass the last id as `cursor` for the next page.

Schema: `schema.py` (tables `document`, `claim`, `ingest_error`), migrations in `migrations/`
(Alembic). A new database is created at the latest revision when first opened; an older one
raises `SchemaOutOfDate` until `counterclaim db upgrade` (`engine.upgrade(engine)`) is run.
"""

from counterclaim.store.api import Store, StoredDocument, StoredIngestError, open_store
from counterclaim.store.engine import (
    DatabaseMissing,
    SchemaOutOfDate,
    current_revision,
    head_revision,
    make_engine,
    upgrade,
)
from counterclaim.store.queries import ClaimFilter

__all__ = [
    "ClaimFilter",
    "DatabaseMissing",
    "SchemaOutOfDate",
    "Store",
    "StoredDocument",
    "StoredIngestError",
    "current_revision",
    "head_revision",
    "make_engine",
    "open_store",
    "upgrade",
]
