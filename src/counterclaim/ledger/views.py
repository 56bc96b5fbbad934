"""ClaimView: the flat, slotted read-only view of a stored claim the ledger works on.

Built from a StoredClaim, from a row of `Store.iter_claim_rows` (no pydantic work), or, on the
ledger's own read path, by `from_store.stored_claim_views` from `Store.iter_ledger_rows`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from counterclaim.ledger.increments import is_marked_increment
from counterclaim.records import StoredClaim


class ClaimView(NamedTuple):
    """The fields of a stored claim (and of its document) the ledger reads."""

    id: int
    document_id: int
    content_hash: str
    published: dt.date | None
    source: str | None
    url: str | None
    type: str
    subject: str | None
    object: str | None
    outcome: str | None
    category: str | None
    count: tuple[int | None, int | None] | None
    cumulative: bool
    claimant: str | None
    stance: str
    hedged: bool
    evidence: str | None
    date: dt.date | None
    span: tuple[int, int]
    # The text marks the figure as a new increment ("15 more", "overnight", an attack, a named place):
    # only such figures of one claimant are added up (ledger.increments); others are running figures.
    marked: bool = False
    # (lat, lon) of the claim's place when resolved: outside every conflict profile, a claim whose side is
    # unknown is grouped with the country holding it (never pooled with unrelated events).
    coordinates: tuple[float, float] | None = None


# The store's fast-path row columns (store.queries.CLAIM_COLUMNS), read by position when a row has exactly these.
ROW_FIELDS = (
    "id", "document_id", "position", "type", "subject", "object", "outcome", "category", "has_count", "count_low",
    "count_high", "cumulative", "claimant", "stance", "hedged", "evidence", "date", "place", "latitude", "longitude",
    "part_of", "span_start", "span_end", "sentence_start", "sentence_end", "quote", "extractor_version",
    "content_hash", "published", "source", "url", "title", "sentence",
)


def view_of_row(row: Any) -> ClaimView:
    """A ClaimView of a store row whose `_fields` are ROW_FIELDS (one tuple unpacking, no attribute lookups)."""
    (claim_id, document_id, _position, claim_type, subject, object_, outcome, category, has_count, low, high,
     cumulative, claimant, stance, hedged, evidence, date, _place, lat, lon, _part_of, span_start, span_end,
     _sentence_start, _sentence_end, quote, _version, digest, published, source, url, _title, sentence) = row
    count = (low, high) if has_count else None
    return ClaimView(claim_id, document_id, digest, published, source, url, claim_type, subject, object_, outcome,
                     category, count, bool(cumulative), claimant, stance, bool(hedged),
                     evidence, date, (span_start, span_end),
                     is_marked_increment(bool(cumulative), count, sentence or quote, _place),
                     (lat, lon) if lat is not None and lon is not None else None)


def view_of(record: StoredClaim | Any) -> ClaimView:
    """A ClaimView of a StoredClaim or of a store row with the columns of `store.queries.CLAIM_COLUMNS`."""
    if isinstance(record, ClaimView):
        return record
    if isinstance(record, StoredClaim):
        claim = record.claim
        return ClaimView(
            record.id, record.document_id, record.content_hash, record.published, record.source, record.url,
            claim.type, claim.subject, claim.object, claim.outcome, claim.category, claim.count, claim.cumulative,
            claim.claimant, claim.stance, claim.hedged, claim.evidence, claim.date, claim.span,
            is_marked_increment(claim.cumulative, claim.count, record.sentence or record.quote, claim.place),
            claim.coordinates,
        )
    if getattr(record, "_fields", None) == ROW_FIELDS:
        return view_of_row(record)
    return ClaimView(
        record.id, record.document_id, record.content_hash, record.published, record.source, record.url,
        record.type, record.subject, record.object, record.outcome, record.category,
        (record.count_low, record.count_high) if record.has_count else None, bool(record.cumulative),
        record.claimant, record.stance, bool(record.hedged), record.evidence, record.date,
        (record.span_start, record.span_end),
        is_marked_increment(bool(record.cumulative), (record.count_low, record.count_high) if record.has_count else None,
                            getattr(record, "sentence", None) or getattr(record, "quote", None),
                            getattr(record, "place", None)),
        (record.latitude, record.longitude) if getattr(record, "latitude", None) is not None
        and getattr(record, "longitude", None) is not None else None,
    )
