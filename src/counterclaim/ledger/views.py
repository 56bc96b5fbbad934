"""ClaimView: the flat, slotted read-only view of a stored claim the ledger works on.

Built from a StoredClaim or, without any pydantic work, from a row of the store's fast path
(`Store.iter_claim_rows`), so 100,000 claims reconcile in well under the 2 s budget.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

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
        )
    return ClaimView(
        record.id, record.document_id, record.content_hash, record.published, record.source, record.url,
        record.type, record.subject, record.object, record.outcome, record.category,
        (record.count_low, record.count_high) if record.has_count else None, bool(record.cumulative),
        record.claimant, record.stance, bool(record.hedged), record.evidence, record.date,
        (record.span_start, record.span_end),
    )
