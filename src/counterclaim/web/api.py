"""REST API under /api: documents, claims, ledger, contradictions, exports, and token-guarded ingest.

Thin handlers over the library objects the CLI uses (Store, ClaimFilter, the ledger); the response
models below are what /openapi.json documents. No figure is computed here.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hmac
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from counterclaim.ledger import Series, SeriesKeyModel
from counterclaim.records import CLAIM_TYPES, StoredClaim
from counterclaim.store import ClaimFilter, StoredDocument
from counterclaim.web import views
from counterclaim.web.app import GZIP_LEVEL, GZIP_MINIMUM_BYTES, WebState, web_state
from counterclaim.web.highlight import span_in_cleaned
from counterclaim.web.ledger_view import CachedLedger, LedgerQuery

CLAIM_TYPE_NAMES: tuple[str, ...] = CLAIM_TYPES
# Ids and cursors beyond this cannot exist (SQLite and PostgreSQL integers are 64-bit).
MAX_ID = 2**62
MAX_PAGE = 1000
DEFAULT_PAGE = 100
MAX_FILTER_TEXT = 200
# Countries one outline request may name: every state in the shipped outlines fits (about 250).
MAX_OUTLINE_COUNTRIES = 300

router = APIRouter(prefix="/api", tags=["api"])

ClaimTypeName = Literal["casualty", "materiel", "territory", "attack", "support", "statement", "mobilization"]
StanceName = Literal["assert", "deny"]
ExportFormat = Literal["csv", "jsonl", "geojson"]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """Dates come written YYYY-MM-DD, as the schema's `format: date` says (pydantic alone would also read
    `0` or `1700000000` as Unix times)."""
    if isinstance(value, dt.date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("expected a date written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


# Free-text filters: bounded, no control characters (PostgreSQL refuses NUL; none is meaningful). Checked by
# FastAPI from the schema, so /openapi.json says what is refused (a 422 naming the field).
FILTER_TEXT_PATTERN = r"^[^\x00-\x1f]*$"


def text_query(description: str | None = None) -> Any:
    """A free-text query parameter: at most MAX_FILTER_TEXT characters, none of them a control character."""
    return Query(description=description, max_length=MAX_FILTER_TEXT, pattern=FILTER_TEXT_PATTERN)


def _trimmed(value: str | None) -> str | None:
    """A filter string without surrounding blanks; None when nothing is left."""
    return (value or "").strip() or None


def claim_filter_params(
    type: Annotated[ClaimTypeName | None, Query(description="claim type")] = None,
    side: Annotated[str | None, text_query("actor code the claim is about (its subject), e.g. AZE")] = None,
    claimant: Annotated[str | None, text_query("actor code of who makes the claim")] = None,
    outcome: Annotated[str | None, text_query("killed, wounded, destroyed ...")] = None,
    category: Annotated[str | None, text_query("military, civilian, tank, drone ...")] = None,
    stance: Annotated[StanceName | None, Query()] = None,
    since: Annotated[IsoDate | None, Query(description="claims dated on or after (YYYY-MM-DD)")] = None,
    until: Annotated[IsoDate | None, Query(description="claims dated on or before (YYYY-MM-DD)")] = None,
    place: Annotated[str | None, text_query("substring of the place name, any case")] = None,
    document_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
) -> ClaimFilter:
    """The same filters as `counterclaim claims`."""
    return ClaimFilter(
        type=type,
        side=_trimmed(side),
        claimant=_trimmed(claimant),
        outcome=_trimmed(outcome),
        category=_trimmed(category),
        stance=stance,
        since=since,
        until=until,
        place=_trimmed(place),
        document_id=document_id,
    )


FilterDep = Annotated[ClaimFilter, Depends(claim_filter_params)]
StateDep = Annotated[WebState, Depends(web_state)]
# Aggregates (timeline, map) kept per filter until the claims change.
VIEW_CACHE_SIZE = 32


def cached_bytes(request: Request, derived: dict[Any, Any], key: Any, media_type: str,
                 produce: Callable[[], bytes]) -> Response:
    """A response body kept with a cached ledger, also kept gzip-compressed for clients that take it
    (compressing a multi-megabyte answer on every request cost more than building it once)."""
    body = derived.get(key)
    if body is None:
        body = derived[key] = produce()
    headers = {"Vary": "Accept-Encoding"}
    if len(body) >= GZIP_MINIMUM_BYTES and "gzip" in request.headers.get("accept-encoding", "").lower():
        packed = derived.get(("gzip", key))
        if packed is None:
            packed = derived[("gzip", key)] = gzip.compress(body, compresslevel=GZIP_LEVEL)
        return Response(packed, media_type=media_type, headers={**headers, "Content-Encoding": "gzip"})
    return Response(body, media_type=media_type, headers=headers)


def cached_view(state: WebState, name: str, claim_filter: ClaimFilter, compute: Any) -> Any:
    """`compute(store, claim_filter)`, cached by filter until the store's fingerprint changes."""
    fingerprint = views.store_fingerprint(state.store)
    key = (name, claim_filter.model_dump_json())
    cache: OrderedDict[Any, Any] = state.caches.setdefault("views", OrderedDict())
    hit = cache.get(key)
    if hit is not None and hit[0] == fingerprint:
        cache.move_to_end(key)
        return hit[1]
    value = compute(state.store, claim_filter)
    cache[key] = (fingerprint, value)
    while len(cache) > VIEW_CACHE_SIZE:
        cache.popitem(last=False)
    return value


# -- response models -------------------------------------------------------------------------------


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    database: str = Field(description="database backend: sqlite or postgresql")
    documents: int
    claims: int
    ingest_enabled: bool


class ClaimOut(BaseModel):
    """A stored claim: the output-contract fields plus where it was read from."""

    id: int
    document_id: int
    position: int
    type: str
    subject: str | None = None
    object: str | None = None
    outcome: str | None = None
    category: str | None = None
    count: list[int | None] | None = None
    cumulative: bool = False
    claimant: str | None = None
    stance: str = "assert"
    hedged: bool = False
    evidence: str | None = None
    date: dt.date | None = None
    place: str | None = None
    coordinates: list[float] | None = None
    part_of: int | None = None
    span: list[int] = Field(description="character offsets in the document's ORIGINAL text")
    quote: str | None = Field(default=None, description="the words the claim was read from")
    sentence: str | None = Field(default=None, description="the sentence holding those words")
    sentence_span: list[int] | None = Field(default=None, description="the sentence's offsets in the ORIGINAL text")
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


def claim_out(stored: StoredClaim) -> ClaimOut:
    """The API form of a stored claim (trusted store data: constructed without re-validation)."""
    c = stored.claim
    return ClaimOut.model_construct(
        id=stored.id,
        document_id=stored.document_id,
        position=stored.position,
        type=c.type,
        subject=c.subject,
        object=c.object,
        outcome=c.outcome,
        category=c.category,
        count=list(c.count) if c.count is not None else None,
        cumulative=c.cumulative,
        claimant=c.claimant,
        stance=c.stance,
        hedged=c.hedged,
        evidence=c.evidence,
        date=c.date,
        place=c.place,
        coordinates=[round(c.coordinates[0], 5), round(c.coordinates[1], 5)] if c.coordinates else None,
        part_of=c.part_of,
        span=list(c.span),
        quote=stored.quote,
        sentence=stored.sentence,
        sentence_span=list(c.sentence_span) if c.sentence_span else None,
        published=stored.published,
        source=stored.source,
        url=stored.url,
        title=stored.title,
    )


class ClaimPage(BaseModel):
    items: list[ClaimOut]
    next_cursor: int | None = Field(description="pass as `cursor` for the next page; null on the last page")
    total: int = Field(description="claims matching the filters")


class DocumentSummary(BaseModel):
    id: int
    title: str | None = None
    url: str | None = None
    source: str | None = None
    item: str
    published: dt.date | None = None
    language: str | None = None
    status: str
    claim_count: int
    ingested_at: dt.datetime


def document_summary(doc: StoredDocument) -> DocumentSummary:
    return DocumentSummary(
        id=doc.id,
        title=doc.title,
        url=doc.url,
        source=doc.source,
        item=doc.item,
        published=doc.published,
        language=doc.language,
        status=doc.status,
        claim_count=doc.claim_count,
        ingested_at=doc.ingested_at,
    )


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    next_cursor: int | None
    total: int


class ArticleClaim(ClaimOut):
    cleaned_span: list[int] | None = Field(description="the span in `cleaned_text` offsets; null if cleaning cut it")


class DocumentDetail(DocumentSummary):
    content_hash: str
    extractor_version: str | None = None
    cleaned_text: str
    claims: list[ArticleClaim]


class TimelineOut(BaseModel):
    points: list[views.TimelinePoint]


class MapOut(BaseModel):
    points: list[views.MapPoint]
    sides: list[str] = Field(description="actor codes the claims are about: their countries are outlined")


def _one_body_given(name: str) -> dict[str, Any]:
    return {"required": [name], "properties": {name: {"type": "string", "minLength": 1}}}


class IngestRequest(BaseModel):
    """One document to ingest: exactly one of text, html or url."""

    # The rule the validator below enforces, stated in the schema (a non-empty string for exactly one).
    model_config = ConfigDict(json_schema_extra={"oneOf": [_one_body_given(name) for name in ("text", "html", "url")]})

    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = Field(default=None, max_length=1000)
    published: IsoDate | None = None
    source: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def exactly_one_body(self) -> IngestRequest:
        given = [name for name in ("text", "html", "url") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class IngestResult(BaseModel):
    status: Literal["stored", "unchanged", "failed"]
    document_id: int | None = None
    claims: int = 0
    reason: str | None = None
    message: str | None = None


# -- endpoints -------------------------------------------------------------------------------------


@router.get("/health", response_model=Health, summary="Liveness and database counts")
def health(state: StateDep) -> Health:
    from counterclaim.web.app import _package_version

    store = state.store
    return Health(
        version=_package_version(),
        database=store.engine.dialect.name,
        documents=store.count_documents(),
        claims=views.count_claims(store),
        ingest_enabled=bool(state.settings.token),
    )


@router.get("/documents", response_model=DocumentPage, summary="Stored documents, by ascending id")
def list_documents(
    state: StateDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    cursor: Annotated[int | None, Query(ge=0, le=MAX_ID, description="id of the last document of the previous page")] = None,
    source: Annotated[str | None, text_query("the outlet, exactly")] = None,
    since: Annotated[IsoDate | None, Query(description="on or after (YYYY-MM-DD)")] = None,
    until: Annotated[IsoDate | None, Query(description="on or before (YYYY-MM-DD)")] = None,
) -> DocumentPage:
    docs = state.store.list_documents(
        limit=limit + 1, cursor=cursor, source=_trimmed(source), since=since, until=until
    )
    more = len(docs) > limit
    docs = docs[:limit]
    return DocumentPage(
        items=[document_summary(d) for d in docs],
        next_cursor=docs[-1].id if more and docs else None,
        total=state.store.count_documents(),
    )


def document_detail(state: WebState, document_id: int) -> DocumentDetail:
    doc = state.store.get_document(document_id)
    if doc is None:
        raise HTTPException(status_code=404, detail=f"no document {document_id}")
    cleaned = doc.cleaned_text or ""
    claims = []
    for stored in state.store.document_claims(document_id):
        base = claim_out(stored).model_dump()
        cleaned_span = span_in_cleaned(doc.offset_map, stored.claim.span, len(cleaned)) if doc.offset_map else None
        claims.append(ArticleClaim(**base, cleaned_span=list(cleaned_span) if cleaned_span else None))
    summary = document_summary(doc).model_dump()
    return DocumentDetail(
        **summary,
        content_hash=doc.content_hash,
        extractor_version=doc.extractor_version,
        cleaned_text=cleaned,
        claims=claims,
    )


@router.get("/documents/{document_id}", response_model=DocumentDetail, summary="A document's cleaned text and its claims",
            responses={404: {"description": "no such document"}})
def get_document(state: StateDep, document_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> DocumentDetail:
    return document_detail(state, document_id)


@router.get("/claims", response_model=ClaimPage, summary="Claims matching the CLI's filters, paginated by cursor")
def list_claims(
    state: StateDep,
    claim_filter: FilterDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    cursor: Annotated[int | None, Query(ge=0, le=MAX_ID, description="id of the last claim of the previous page")] = None,
    id: Annotated[list[int] | None, Query(description="only these claim ids (repeat the parameter)", max_length=MAX_PAGE)] = None,
) -> Response:
    if id:
        found = views.claims_by_ids(state.store, [i for i in id if 0 < i <= MAX_ID])
        page = ClaimPage.model_construct(items=[claim_out(c) for c in found], next_cursor=None, total=len(found))
        return Response(page.model_dump_json(), media_type="application/json")
    stored = state.store.query_claims(claim_filter, limit=limit + 1, cursor=cursor)
    more = len(stored) > limit
    stored = stored[:limit]
    page = ClaimPage.model_construct(
        items=[claim_out(c) for c in stored],
        next_cursor=stored[-1].id if more and stored else None,
        total=views.count_claims(state.store, claim_filter),
    )
    # Serialised here: returning the model would make FastAPI validate every claim a second time.
    return Response(page.model_dump_json(), media_type="application/json")


@router.get("/timeline", response_model=TimelineOut, summary="Claimed figures per side and date (running totals apart)")
def timeline(
    state: StateDep,
    claim_filter: FilterDep,
) -> TimelineOut:
    if claim_filter.type is None:
        claim_filter = claim_filter.model_copy(update={"type": "casualty"})
    return TimelineOut(points=cached_view(state, "timeline", claim_filter, views.timeline_points))


@router.get("/map", response_model=MapOut, summary="Places with coordinates and their claim counts")
def map_data(state: StateDep, claim_filter: FilterDep) -> MapOut:
    return MapOut(points=cached_view(state, "map", claim_filter, views.map_points),
                  sides=cached_view(state, "sides", claim_filter, views.sides_in_claims))


@router.get("/outlines", summary="Country outlines (GeoJSON) for the sides and places on the map, offline")
def outlines(
    state: StateDep,
    country: Annotated[list[CountryCode] | None, Query(description="ISO 3166 alpha-3 codes (repeat); default: those the claims name",
                                                       max_length=MAX_OUTLINE_COUNTRIES)] = None,
) -> dict[str, Any]:
    from counterclaim.web.outlines import outlines_feature_collection
    from counterclaim.web.pages import map_outline_codes

    codes = list(country) if country else map_outline_codes(state)
    return outlines_feature_collection(codes)


def require_token(state: StateDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer <COUNTERCLAIM_TOKEN>`; with no token configured there are none."""
    expected = state.settings.token
    challenge = {"WWW-Authenticate": "Bearer"}
    if not expected:
        raise HTTPException(status_code=401, detail="ingest is disabled: start the server with COUNTERCLAIM_TOKEN set",
                            headers=challenge)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status_code=401, detail="missing or wrong bearer token", headers=challenge)


@router.post(
    "/ingest",
    response_model=IngestResult,
    summary="Ingest one document (text, HTML or URL); needs the bearer token",
    dependencies=[Depends(require_token)],
    responses={400: {"description": "the body is not JSON"}, 401: {"description": "no token configured, or a wrong one"},
               413: {"description": "request too large"}},
)
def ingest(state: StateDep, body: IngestRequest, request: Request) -> IngestResult:
    from counterclaim.web.ingest import ingest_one

    result = ingest_one(state.store, body, state.settings.extractor)
    if result.status == "stored":
        state.caches.clear()
        state.exports.clear()
    return result


@router.get(
    "/export",
    summary="All claims matching the filters as CSV, JSON lines or GeoJSON",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}, "application/geo+json": {}}},
               304: {"description": "the export named by If-None-Match is still current (claims unchanged)"}},
)
def export(
    request: Request,
    state: StateDep,
    claim_filter: FilterDep,
    format: Annotated[ExportFormat, Query()] = "csv",
) -> Response:
    from counterclaim.web.export import export_response

    return export_response(request, state, claim_filter, format, export_file_name("claims", claim_filter, format))


def export_file_name(view: str, values: Any, extension: str) -> str:
    """'counterclaim-claims-side-AZE-type-casualty.csv': the view and its filters, in safe characters only."""

    fields = values.model_dump() if hasattr(values, "model_dump") else dict(values)
    parts = [f"{k}-{v}" for k, v in fields.items() if v not in (None, "", "whole")]
    stem = "-".join(["counterclaim", view, *parts])
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)[:180] + "." + extension


# -- ledger ----------------------------------------------------------------------------------------

PeriodName = Literal["whole", "day", "week", "month"]
QuantitativeTypeName = Literal["casualty", "materiel"]
MAX_SERIES_PAGE = 500
DEFAULT_SERIES_PAGE = 50
FigureName = Literal["low", "best", "high", "all"]
ContradictionPart = Literal["first", "second", "both"]
# Claims returned per call by the "claims behind a figure" endpoints.
MAX_FIGURE_CLAIMS = 200


def ledger_query_params(
    by: Annotated[PeriodName, Query(description="period of each series")] = "whole",
    side: Annotated[str | None, text_query("side code(s), comma-separated, e.g. ARM,AZE")] = None,
    type: Annotated[QuantitativeTypeName | None, Query(description="casualty or materiel (default both)")] = None,
    conflict: Annotated[str | None, text_query("conflict profile id")] = None,
    since: Annotated[IsoDate | None, Query(description="on or after (YYYY-MM-DD)")] = None,
    until: Annotated[IsoDate | None, Query(description="on or before (YYYY-MM-DD)")] = None,
    outcome: Annotated[str | None, text_query("series outcome, e.g. killed, wounded, captured, lost, damaged")] = None,
) -> LedgerQuery:
    """The filters of `counterclaim ledger`, and the series outcome."""
    side_value = _trimmed(side)
    return LedgerQuery(
        by=by,
        side=",".join(s.strip().upper() for s in side_value.split(",") if s.strip()) if side_value else None,
        type=type,
        conflict=_trimmed(conflict),
        since=since,
        until=until,
        outcome=(_trimmed(outcome) or "").lower() or None,
    )


LedgerQueryDep = Annotated[LedgerQuery, Depends(ledger_query_params)]


class FigureSummary(BaseModel):
    value: int | None
    rule: str = Field(description="the policy rule that set it")
    assertions: list[str] = Field(description="ids of the assertions it rests on")
    claims: int = Field(description="stored claims behind it: /api/ledger/series/{index}/claims?figure=...")
    parts: list[str] = Field(default_factory=list, description="for a figure that adds assertions up: each sum with its parts")


class ContradictionSummary(BaseModel):
    index: int | None = Field(default=None, description="position in /api/contradictions (for its claims)")
    series: SeriesKeyModel
    kind: str
    sentence: str
    first_claimant: str | None
    second_claimant: str | None
    first_claims: int
    second_claims: int


class TotalsSummary(BaseModel):
    status: str
    pool: str
    sentence: str


class SeriesSummary(BaseModel):
    """One ledger line with its figures; the full series (every assertion) is /api/ledger/series/{index}."""

    index: int
    conflict: str | None
    side: str | None
    type: str
    outcome: str | None
    category: str | None
    period: str
    low: FigureSummary
    best: FigureSummary
    high: FigureSummary
    assertions: int
    contradictions: list[ContradictionSummary]
    totals: list[TotalsSummary]


class LedgerOut(BaseModel):
    """The ledger (counterclaim.ledger.Ledger) summarised per series, paginated by offset."""

    by: str
    policy: str
    claims: int
    assertions: int
    documents: int
    duplicate_documents: int
    version: str = Field(description="the stored claims this ledger was built from (pass back to the claims endpoints)")
    stale: bool = Field(description="true while a rebuild for newer claims is still running")
    series_total: int
    contradictions_total: int
    offset: int
    next_offset: int | None
    series: list[SeriesSummary]


class ContradictionsOut(BaseModel):
    version: str
    total: int
    offset: int
    next_offset: int | None
    items: list[ContradictionSummary]


def _claims_behind(assertions: list[Any]) -> int:
    return len({c.claim_id for a in assertions for c in a.citations})


def figure_summary(figure: Any) -> FigureSummary:
    return FigureSummary.model_construct(value=figure.value, rule=figure.rule, assertions=list(figure.assertions),
                                         claims=len({c.claim_id for c in figure.citations}), parts=list(figure.parts))


def contradiction_summary(contradiction: Any, index: int | None) -> ContradictionSummary:
    return ContradictionSummary.model_construct(
        index=index, series=contradiction.series, kind=contradiction.kind, sentence=contradiction.sentence,
        first_claimant=contradiction.first_claimant, second_claimant=contradiction.second_claimant,
        first_claims=_claims_behind(contradiction.first), second_claims=_claims_behind(contradiction.second),
    )


def series_summary(series: Any, index: int, contradiction_index: dict[int, int]) -> SeriesSummary:
    return SeriesSummary.model_construct(
        index=index, conflict=series.conflict, side=series.side, type=series.type, outcome=series.outcome,
        category=series.category, period=series.period, low=figure_summary(series.low),
        best=figure_summary(series.best), high=figure_summary(series.high), assertions=len(series.assertions),
        contradictions=[contradiction_summary(c, contradiction_index.get(id(c))) for c in series.contradictions],
        totals=[TotalsSummary.model_construct(status=t.status, pool=t.pool, sentence=t.sentence) for t in series.totals],
    )


@router.get("/ledger", response_model=LedgerOut, summary="Low / best / high per side, category and period")
def ledger(
    request: Request,
    state: StateDep,
    query: LedgerQueryDep,
    limit: Annotated[int, Query(ge=1, le=MAX_SERIES_PAGE, description="series per page")] = DEFAULT_SERIES_PAGE,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> Response:
    cached = state.ledgers.get(state.store, query)
    built = cached.ledger

    def produce() -> bytes:
        positions = {id(c): i for i, c in enumerate(built.contradictions)}
        page = built.series[offset : offset + limit]
        out = LedgerOut.model_construct(
            by=built.by, policy=built.policy, claims=built.claims, assertions=built.assertions,
            documents=built.documents, duplicate_documents=built.duplicate_documents,
            version=cached.version, stale=cached.stale, series_total=len(built.series),
            contradictions_total=len(built.contradictions), offset=offset,
            next_offset=offset + limit if offset + limit < len(built.series) else None,
            series=[series_summary(s, offset + i, positions) for i, s in enumerate(page)],
        )
        return out.model_dump_json().encode()

    return cached_bytes(request, cached.derived, ("api-ledger", limit, offset, cached.stale), "application/json", produce)


@router.get(
    "/ledger/series/{index}",
    response_model=Series,
    summary="One ledger series in full: figures, every assertion with its citations, contradictions, totals",
    responses={404: {"description": "no such series"}, 409: {"description": "the ledger changed: reload it"}},
)
def ledger_series(
    request: Request,
    state: StateDep,
    query: LedgerQueryDep,
    index: Annotated[int, Path(ge=0, le=MAX_ID)],
    version: Annotated[str | None, Query(max_length=64, description="`version` from /api/ledger")] = None,
) -> Response:
    cached = state.ledgers.get(state.store, query)
    _check_version(cached, version)
    if index >= len(cached.ledger.series):
        raise HTTPException(status_code=404, detail=f"no series {index}")
    series = cached.ledger.series[index]
    return cached_bytes(request, cached.derived, ("api-series", index), "application/json",
                        lambda: series.model_dump_json().encode())


@router.get("/contradictions", response_model=ContradictionsOut, summary="Claims that cannot all be true, side by side")
def contradictions(
    request: Request,
    state: StateDep,
    query: LedgerQueryDep,
    limit: Annotated[int, Query(ge=1, le=MAX_SERIES_PAGE)] = DEFAULT_SERIES_PAGE,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> Response:
    cached = state.ledgers.get(state.store, query)
    built = cached.ledger

    def produce() -> bytes:
        items = [contradiction_summary(c, offset + i) for i, c in enumerate(built.contradictions[offset : offset + limit])]
        out = ContradictionsOut.model_construct(
            version=cached.version, total=len(built.contradictions), offset=offset,
            next_offset=offset + limit if offset + limit < len(built.contradictions) else None, items=items,
        )
        return out.model_dump_json().encode()

    return cached_bytes(request, cached.derived, ("api-contradictions", limit, offset), "application/json", produce)


def _check_version(cached: CachedLedger, version: str | None) -> None:
    if version and version != cached.version:
        raise HTTPException(status_code=409, detail="the claims changed since this ledger was read; reload it")


def _claims_page_for_ids(state: WebState, ids: list[int], limit: int, offset: int) -> ClaimPage:
    unique = list(dict.fromkeys(ids))
    chosen = unique[offset : offset + limit]
    found = {c.id: c for c in views.claims_by_ids(state.store, chosen)}
    items = [claim_out(found[i]) for i in chosen if i in found]
    return ClaimPage(items=items, next_cursor=None, total=len(unique))


@router.get(
    "/ledger/series/{index}/claims",
    response_model=ClaimPage,
    summary="The claims a ledger figure rests on (series by its position in /api/ledger)",
    responses={404: {"description": "no such series"}, 409: {"description": "the ledger changed: reload it"}},
)
def series_claims(
    state: StateDep,
    query: LedgerQueryDep,
    index: Annotated[int, Path(ge=0, le=MAX_ID)],
    figure: Annotated[FigureName, Query(description="low, best, high, or all the series' assertions")] = "all",
    version: Annotated[str | None, Query(max_length=64, description="`version` from /api/ledger")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_FIGURE_CLAIMS)] = 60,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> ClaimPage:
    cached = state.ledgers.get(state.store, query)
    _check_version(cached, version)
    built = cached.ledger
    if index >= len(built.series):
        raise HTTPException(status_code=404, detail=f"no series {index}")
    series = built.series[index]
    if figure == "all":
        ids = [c.claim_id for a in series.assertions for c in a.citations]
    else:
        ids = [c.claim_id for c in getattr(series, figure).citations]
    return _claims_page_for_ids(state, ids, limit, offset)


@router.get(
    "/contradictions/{index}/claims",
    response_model=ClaimPage,
    summary="The claims on either side of a contradiction (by its position in /api/contradictions)",
    responses={404: {"description": "no such contradiction"}, 409: {"description": "the ledger changed: reload it"}},
)
def contradiction_claims(
    state: StateDep,
    query: LedgerQueryDep,
    index: Annotated[int, Path(ge=0, le=MAX_ID)],
    part: Annotated[ContradictionPart, Query()] = "both",
    version: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_FIGURE_CLAIMS)] = 60,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> ClaimPage:
    cached = state.ledgers.get(state.store, query)
    _check_version(cached, version)
    built = cached.ledger
    if index >= len(built.contradictions):
        raise HTTPException(status_code=404, detail=f"no contradiction {index}")
    contradiction = built.contradictions[index]
    assertions = {"first": contradiction.first, "second": contradiction.second}.get(
        part, contradiction.first + contradiction.second
    )
    ids = [c.claim_id for a in assertions for c in a.citations]
    return _claims_page_for_ids(state, ids, limit, offset)



# -- exports of what each view shows ----------------------------------------------------------------

ViewExportFormat = Literal["csv", "json"]
MapExportFormat = Literal["csv", "json", "geojson"]
VIEW_EXPORT_TYPES: dict[str, str] = {"csv": "text/csv; charset=utf-8", "json": "application/json",
                                     "geojson": "application/geo+json"}


def _download(body: str, view: str, filters: Any, format: str) -> Response:
    return Response(body, media_type=VIEW_EXPORT_TYPES[format], headers={
        "Content-Disposition": f'attachment; filename="{export_file_name(view, filters, format)}"'})


def _csv_text(columns: Any, rows: Any) -> str:
    import csv
    import io

    from counterclaim.web.export import _defuse_formula

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_defuse_formula(v) for v in row] for row in rows])
    return out.getvalue()


@router.get("/ledger/export", summary="The ledger's series for these filters as CSV (the CLI's columns) or JSON",
            response_class=Response,
            responses={200: {"content": {"text/csv": {}, "application/json": {}}}})
def ledger_export(state: StateDep, query: LedgerQueryDep, format: Annotated[ViewExportFormat, Query()] = "csv") -> Response:
    from counterclaim.ledger.render import SERIES_CSV_COLUMNS, series_csv_rows

    built = state.ledgers.get(state.store, query).ledger
    body = built.model_dump_json() if format == "json" else _csv_text(SERIES_CSV_COLUMNS, series_csv_rows(built))
    return _download(body, "ledger", vars(query), format)


TIMELINE_COLUMNS = ("date", "side", "outcome", "cumulative", "low", "high", "claims")


@router.get("/timeline/export", summary="The timeline's points for these filters as CSV or JSON",
            response_class=Response, responses={200: {"content": {"text/csv": {}, "application/json": {}}}})
def timeline_export(state: StateDep, claim_filter: FilterDep,
                    format: Annotated[ViewExportFormat, Query()] = "csv") -> Response:
    if claim_filter.type is None:
        claim_filter = claim_filter.model_copy(update={"type": "casualty"})
    points = cached_view(state, "timeline", claim_filter, views.timeline_points)
    if format == "json":
        body = TimelineOut(points=points).model_dump_json()
    else:
        body = _csv_text(TIMELINE_COLUMNS, ([getattr(p, c) for c in TIMELINE_COLUMNS] for p in points))
    return _download(body, "timeline", claim_filter, format)


MAP_COLUMNS = ("place", "lat", "lon", "claims", "types")


@router.get("/map/export", summary="The map's places for these filters as CSV, JSON or GeoJSON",
            response_class=Response,
            responses={200: {"content": {"text/csv": {}, "application/json": {}, "application/geo+json": {}}}})
def map_export(state: StateDep, claim_filter: FilterDep, format: Annotated[MapExportFormat, Query()] = "csv") -> Response:
    import json

    points = cached_view(state, "map", claim_filter, views.map_points)
    if format == "json":
        body = MapOut(points=points, sides=cached_view(state, "sides", claim_filter, views.sides_in_claims)).model_dump_json()
    elif format == "geojson":
        body = json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
             "properties": {"place": p.place, "claims": p.claims, "types": p.types}} for p in points]})
    else:
        body = _csv_text(MAP_COLUMNS, ([p.place, p.lat, p.lon, p.claims,
                                        " ".join(f"{k}:{v}" for k, v in sorted(p.types.items()))] for p in points))
    return _download(body, "map", claim_filter, format)



# -- search -------------------------------------------------------------------------------------------

MAX_SEARCH_RESULTS = 200


def claim_search(state: WebState) -> Any:
    """The store's full-text search index (one per app)."""
    from counterclaim.store.search import ClaimSearch

    search = state.caches.get("search-index")
    if search is None:
        search = state.caches["search-index"] = ClaimSearch(state.store)
    return search


def search_claims(state: WebState, q: str, limit: int) -> list[ClaimOut]:
    hits = claim_search(state).search(q, limit=limit)
    found = {c.id: c for c in views.claims_by_ids(state.store, [h.claim_id for h in hits])}
    return [claim_out(found[h.claim_id]) for h in hits if h.claim_id in found]


SearchQuery = Annotated[str, Query(min_length=1, max_length=MAX_FILTER_TEXT, pattern=FILTER_TEXT_PATTERN,
                                   description="words to find (all of them) in claim sentences, titles, sources, places")]


@router.get("/search", response_model=ClaimPage, summary="Full-text search over claim sentences and their documents")
def search(state: StateDep, q: SearchQuery,
           limit: Annotated[int, Query(ge=1, le=MAX_SEARCH_RESULTS)] = 50) -> Response:
    items = search_claims(state, _trimmed(q) or "", limit)
    page = ClaimPage.model_construct(items=items, next_cursor=None, total=len(items))
    return Response(page.model_dump_json(), media_type="application/json")
