"""Claim filters and the conversions between store rows and records. Builds statements, runs none.

`ClaimFilter` is the one filter vocabulary of the CLI (`counterclaim claims --type ...`), the API
(`/api/claims?type=...`), the ledger and exports.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Integer, Select, String, and_, case, func, literal, null, select, type_coerce

from counterclaim.records import Claim, StoredClaim
from counterclaim.store.schema import ClaimRow, DocumentRow


class ClaimFilter(BaseModel):
    """Which claims to read. Every field is optional; set fields are combined with AND.

    `side` is the claim's `subject` (whose people, equipment or ground; who acts); `since` and
    `until` are inclusive and apply to the claim's date, or its document's publication date when
    the claim has none; `place` matches case-insensitively anywhere in the place name.
    """

    type: str | None = None
    side: str | None = None
    claimant: str | None = None
    outcome: str | None = None
    category: str | None = None
    stance: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    document_id: int | None = None


# The sentence holding a claim, cut from its document's text in SQL (the text itself never leaves the
# database): SQLite and PostgreSQL substr both count characters from 1, as Python offsets count code points.
SENTENCE = func.substr(
    DocumentRow.original_text, ClaimRow.sentence_start + 1, ClaimRow.sentence_end - ClaimRow.sentence_start
).label("sentence")

# Columns read for a StoredClaim, in the order `stored_claim_from_row` expects them.
CLAIM_COLUMNS = (
    ClaimRow.id,
    ClaimRow.document_id,
    ClaimRow.position,
    ClaimRow.type,
    ClaimRow.subject,
    ClaimRow.object,
    ClaimRow.outcome,
    ClaimRow.category,
    ClaimRow.has_count,
    ClaimRow.count_low,
    ClaimRow.count_high,
    ClaimRow.cumulative,
    ClaimRow.claimant,
    ClaimRow.stance,
    ClaimRow.hedged,
    ClaimRow.evidence,
    ClaimRow.date,
    ClaimRow.place,
    ClaimRow.latitude,
    ClaimRow.longitude,
    ClaimRow.part_of,
    ClaimRow.span_start,
    ClaimRow.span_end,
    ClaimRow.sentence_start,
    ClaimRow.sentence_end,
    ClaimRow.quote,
    ClaimRow.extractor_version,
    DocumentRow.content_hash,
    DocumentRow.published,
    DocumentRow.source,
    DocumentRow.url,
    DocumentRow.title,
    SENTENCE,
)


# Columns the ledger reads of each claim (`Store.iter_ledger_rows`), and of each document
# (`Store.iter_ledger_documents`): read apart, so a document's fields are decoded once, not once per
# claim. Dates and booleans come back raw (no per-value conversion in SQLAlchemy): the reader
# converts the few distinct dates once each; booleans stay 0/1 on SQLite.
# The words the ledger reads to tell a new increment from a running figure (ledger.increments): the
# sentence (else the quote) of figures not marked as running totals; null for the others, whose
# words it does not need (one correlated read of the document's text per such claim).
LEDGER_WORDS = case(
    (
        and_(ClaimRow.cumulative.is_(False), ClaimRow.has_count.is_(True)),
        func.coalesce(
            select(func.substr(DocumentRow.original_text, ClaimRow.sentence_start + 1,
                               ClaimRow.sentence_end - ClaimRow.sentence_start))
            .where(DocumentRow.id == ClaimRow.document_id).scalar_subquery(),
            ClaimRow.quote,
        ),
    ),
    else_=None,
).label("words")
LEDGER_CLAIM_COLUMNS = (
    ClaimRow.id,
    ClaimRow.document_id,
    ClaimRow.type,
    ClaimRow.subject,
    ClaimRow.object,
    ClaimRow.outcome,
    ClaimRow.category,
    type_coerce(ClaimRow.has_count, Integer),
    ClaimRow.count_low,
    ClaimRow.count_high,
    type_coerce(ClaimRow.cumulative, Integer),
    ClaimRow.claimant,
    ClaimRow.stance,
    type_coerce(ClaimRow.hedged, Integer),
    ClaimRow.evidence,
    type_coerce(ClaimRow.date, String),
    ClaimRow.span_start,
    ClaimRow.span_end,
    ClaimRow.place,
    LEDGER_WORDS,
    ClaimRow.latitude,
    ClaimRow.longitude,
)
LEDGER_DOCUMENT_COLUMNS = (
    DocumentRow.id,
    DocumentRow.content_hash,
    type_coerce(DocumentRow.published, String),
    DocumentRow.source,
    DocumentRow.url,
)


def apply_claim_filter(statement: Select[*tuple[Any, ...]], claim_filter: ClaimFilter | None) -> Select[*tuple[Any, ...]]:
    if claim_filter is None:
        return statement
    f = claim_filter
    if f.type:
        statement = statement.where(ClaimRow.type == f.type)
    if f.side:
        statement = statement.where(ClaimRow.subject == f.side.upper())
    if f.claimant:
        statement = statement.where(ClaimRow.claimant == f.claimant.upper())
    if f.outcome:
        statement = statement.where(ClaimRow.outcome == f.outcome)
    if f.category:
        statement = statement.where(ClaimRow.category == f.category)
    if f.stance:
        statement = statement.where(ClaimRow.stance == f.stance)
    if f.since:
        statement = statement.where(ClaimRow.effective_date >= f.since)
    if f.until:
        statement = statement.where(ClaimRow.effective_date <= f.until)
    if f.place:
        statement = statement.where(func.lower(ClaimRow.place).contains(f.place.lower(), autoescape=True))
    if f.document_id is not None:
        statement = statement.where(ClaimRow.document_id == f.document_id)
    return statement


# In place of SENTENCE for readers that do not show it (exports): cutting it reads each claim's document text.
NO_SENTENCE = null().label("sentence")


def select_claims(claim_filter: ClaimFilter | None = None, *, with_sentence: bool = True) -> Select[*tuple[Any, ...]]:
    columns = CLAIM_COLUMNS if with_sentence else (*CLAIM_COLUMNS[:-1], NO_SENTENCE)
    statement = select(*columns).join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
    return apply_claim_filter(statement, claim_filter)


def _flag_text(column: Any) -> Any:
    return case((column.is_(True), literal("True")), else_=literal("False"))


def _spreadsheet_safe(column: Any, formula_prefixes: tuple[str, ...]) -> Any:
    """The text, with a leading apostrophe when it starts like a spreadsheet formula (so it is not run as one)."""
    if not formula_prefixes:
        return column
    return case((func.substr(column, 1, 1).in_(formula_prefixes), literal("'") + column), else_=column)


def select_flat_claims(claim_filter: ClaimFilter | None = None, *,
                       formula_prefixes: tuple[str, ...] = ()) -> Select[*tuple[Any, ...]]:
    """The columns of `store.export.FLAT_COLUMNS`, each already the text a CSV cell holds, computed by the
    database: a count's bounds only when it has one, flags as True/False, dates as ISO text (SQLite keeps
    them so; PostgreSQL's dates print so), free text guarded against formulas. Rows go to a CSV writer as
    they come, with no Python object per value."""
    def text(column: Any) -> Any:
        return _spreadsheet_safe(column, formula_prefixes)

    columns = (
        ClaimRow.id, ClaimRow.document_id, ClaimRow.position, ClaimRow.type, ClaimRow.subject, ClaimRow.object,
        ClaimRow.outcome, ClaimRow.category,
        case((ClaimRow.has_count.is_(True), ClaimRow.count_low), else_=None),
        case((ClaimRow.has_count.is_(True), ClaimRow.count_high), else_=None),
        _flag_text(ClaimRow.cumulative), ClaimRow.claimant, ClaimRow.stance, _flag_text(ClaimRow.hedged),
        ClaimRow.evidence, type_coerce(ClaimRow.date, String), text(ClaimRow.place), ClaimRow.latitude,
        ClaimRow.longitude, ClaimRow.part_of, ClaimRow.span_start, ClaimRow.span_end, text(ClaimRow.quote),
        ClaimRow.extractor_version, type_coerce(DocumentRow.published, String), text(DocumentRow.source),
        text(DocumentRow.url), text(DocumentRow.title), DocumentRow.content_hash,
    )
    statement = select(*columns).join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
    return apply_claim_filter(statement, claim_filter)


def select_ledger_claims(claim_filter: ClaimFilter | None = None) -> Select[*tuple[Any, ...]]:
    return apply_claim_filter(select(*LEDGER_CLAIM_COLUMNS), claim_filter)


def stored_claim_from_row(row: Any) -> StoredClaim:
    """A StoredClaim from one row of `select_claims` (validated in pydantic's core: faster than model_construct)."""
    (
        claim_id, document_id, position, type_, subject, object_, outcome, category, has_count, low, high,
        cumulative, claimant, stance, hedged, evidence, date, place, latitude, longitude, part_of,
        span_start, span_end, sentence_start, sentence_end, quote, extractor_version,
        content_hash, published, source, url, title, sentence,
    ) = row
    return StoredClaim.model_validate(
        {
            "id": claim_id,
            "document_id": document_id,
            "content_hash": content_hash,
            "claim": {
                "type": type_,
                "subject": subject,
                "object": object_,
                "outcome": outcome,
                "category": category,
                "count": (low, high) if has_count else None,
                "cumulative": bool(cumulative),
                "claimant": claimant,
                "stance": stance,
                "hedged": bool(hedged),
                "evidence": evidence,
                "date": date,
                "place": place,
                "coordinates": (latitude, longitude) if latitude is not None and longitude is not None else None,
                "part_of": part_of,
                "span": (span_start, span_end),
                "sentence_span": (sentence_start, sentence_end) if sentence_start is not None else None,
            },
            "extractor_version": extractor_version,
            "published": published,
            "source": source,
            "url": url,
            "title": title,
            "position": position,
            "quote": quote,
            "sentence": sentence,
        }
    )


def claim_row_values(
    claim: Claim,
    *,
    document_id: int,
    position: int,
    original_text: str,
    published: dt.date | None,
    extractor_version: str,
) -> dict[str, Any]:
    """The `claim` table values of one extracted claim."""
    start, end = claim.span
    return {
        "document_id": document_id,
        "position": position,
        "type": claim.type,
        "subject": claim.subject,
        "object": claim.object,
        "outcome": claim.outcome,
        "category": claim.category,
        "has_count": claim.count is not None,
        "count_low": claim.count[0] if claim.count is not None else None,
        "count_high": claim.count[1] if claim.count is not None else None,
        "cumulative": claim.cumulative,
        "claimant": claim.claimant,
        "stance": claim.stance,
        "hedged": claim.hedged,
        "evidence": claim.evidence,
        "date": claim.date,
        "effective_date": claim.date or published,
        "place": claim.place,
        "latitude": claim.coordinates[0] if claim.coordinates else None,
        "longitude": claim.coordinates[1] if claim.coordinates else None,
        "part_of": claim.part_of,
        "span_start": start,
        "span_end": end,
        "sentence_start": claim.sentence_span[0] if claim.sentence_span else None,
        "sentence_end": claim.sentence_span[1] if claim.sentence_span else None,
        "quote": original_text[start:end],
        "extractor_version": extractor_version,
    }
