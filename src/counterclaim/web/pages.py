"""Server-rendered pages: ledger, timeline, map, claims table, documents and the article view.

Pages read the same library objects as the API (Store, ClaimFilter, the ledger) and hand plain data to
Jinja templates, which escape everything; the small scripts in static/ only draw and reveal.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from counterclaim.store import ClaimFilter
from counterclaim.web import views
from counterclaim.web.api import (
    DEFAULT_PAGE,
    MAX_ID,
    MAX_PAGE,
    ClaimOut,
    StateDep,
    cached_bytes,
    cached_view,
    claim_filter_params,
    claim_out,
    document_detail,
    document_summary,
    ledger_query_params,
)
from counterclaim.web.app import WebState, leaflet_dir
from counterclaim.web.highlight import cut_into_runs
from counterclaim.web.ledger_view import CachedLedger, LedgerQuery

router = APIRouter(include_in_schema=False)
logger = logging.getLogger("counterclaim.web")

# (href, label, key) of the main navigation, in order.
NAVIGATION: tuple[tuple[str, str, str], ...] = (
    ("/", "Ledger", "ledger"),
    ("/timeline", "Timeline", "timeline"),
    ("/map", "Map", "map"),
    ("/claims", "Claims", "claims"),
    ("/documents", "Documents", "documents"),
    ("/search", "Search", "search"),
    ("/docs", "API", "api"),
)
# Rows of the timeline's data table (the chart draws every point; /api/timeline lists them all).
TIMELINE_TABLE_ROWS = 400
# Columns of the claims table: (key, header, sort kind).
CLAIM_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "#", "num"),
    ("date", "Date", "text"),
    ("type", "Type", "text"),
    ("subject", "Side", "text"),
    ("outcome", "Outcome", "text"),
    ("category", "Category", "text"),
    ("count", "Count", "num"),
    ("claimant", "Claimant", "text"),
    ("stance", "Stance", "text"),
    ("place", "Place", "text"),
    ("quote", "Words", "text"),
)

# Columns of the claims table hidden on a phone, so the key ones (date, side, outcome, count, claimant, words)
# fit without sideways scrolling; the claim's own page shows them all.
PHONE_HIDDEN_COLUMNS = frozenset({"id", "type", "category", "stance", "place"})

FilterDep = Annotated[ClaimFilter, Depends(claim_filter_params)]


def format_count(count: Any) -> str:
    """[low, high] as people read it: 31, 200-999, at least 5, up to 10."""
    if not count:
        return ""
    low, high = count[0], count[1]
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}–{high}"
    if low is not None:
        return f"≥{low}"
    if high is not None:
        return f"≤{high}"
    return "?"


def _render(request: Request, template: str, active: str, context: dict[str, Any]) -> Response:
    state: WebState = request.app.state.counterclaim
    return state.templates.TemplateResponse(request, template, {"active": active, **context})


def form_facets(state: WebState) -> views.Facets:
    """The values the filter forms list (every stored claim's), cached until the claims change."""
    return cached_view(state, "facets", ClaimFilter(), views.facets)  # type: ignore[no-any-return]


def filter_query(claim_filter: ClaimFilter, **extra: Any) -> str:
    """The filters as a URL query string (for links that keep them)."""
    values = {k: v for k, v in claim_filter.model_dump().items() if v not in (None, "")}
    values.update({k: v for k, v in extra.items() if v not in (None, "")})
    return urlencode(values)


# -- claims and documents --------------------------------------------------------------------------


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request,
    state: StateDep,
    claim_filter: FilterDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    cursor: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
) -> Response:
    stored = state.store.query_claims(claim_filter, limit=limit + 1, cursor=cursor)
    next_cursor = stored[limit - 1].id if len(stored) > limit else None
    claims: list[ClaimOut] = [claim_out(c) for c in stored[:limit]]
    return _render(
        request,
        "claims.html",
        "claims",
        {
            "filters": claim_filter,
            "facets": form_facets(state),
            "claims": claims,
            "columns": CLAIM_COLUMNS,
            "optional_columns": PHONE_HIDDEN_COLUMNS,
            "total": views.count_claims(state.store, claim_filter),
            "cursor": cursor,
            "next_cursor": next_cursor,
            "next_query": filter_query(claim_filter, cursor=next_cursor, limit=limit if limit != DEFAULT_PAGE else None),
            "first_query": filter_query(claim_filter),
            "export_query": filter_query(claim_filter, format="csv"),
        },
    )


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request,
    state: StateDep,
    cursor: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
) -> Response:
    docs = state.store.list_documents(limit=DEFAULT_PAGE + 1, cursor=cursor)
    next_cursor = docs[DEFAULT_PAGE - 1].id if len(docs) > DEFAULT_PAGE else None
    return _render(
        request,
        "documents.html",
        "documents",
        {
            "documents": [document_summary(d) for d in docs[:DEFAULT_PAGE]],
            "total": state.store.count_documents(),
            "cursor": cursor,
            "next_cursor": next_cursor,
        },
    )


def _claim_title(claim: ClaimOut) -> str:
    """One line for the native tooltip (the scripted tooltip shows every field)."""
    parts = [claim.type, claim.subject or "?", claim.outcome or "", claim.category or "", format_count(claim.count)]
    if claim.claimant:
        parts.append(f"per {claim.claimant}")
    if claim.stance == "deny":
        parts.append("(denied)")
    if claim.hedged:
        parts.append("(hedged)")
    return " ".join(p for p in parts if p)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def article_page(request: Request, state: StateDep, document_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Response:
    detail = document_detail(state, document_id)
    spans = [tuple(c.cleaned_span) if c.cleaned_span else None for c in detail.claims]
    runs = cut_into_runs(detail.cleaned_text, spans)  # type: ignore[arg-type]
    titles = [
        "; ".join(_claim_title(detail.claims[i]) for i in run.claims) if run.claims else "" for run in runs
    ]
    claims_json = [
        {
            k: v
            for k, v in c.model_dump(mode="json").items()
            if k in ("type", "subject", "object", "outcome", "category", "count", "cumulative", "claimant",
                     "stance", "hedged", "evidence", "date", "place", "part_of", "span")
        }
        for c in detail.claims
    ]
    return _render(
        request,
        "article.html",
        "documents",
        {"doc": detail, "runs": runs, "run_titles": titles, "claims_json": claims_json},
    )


# -- one claim: its sentence, source, related claims and the ledger rows that use it ----------------


def sentence_runs(stored: Any) -> list[tuple[str, bool]]:
    """The claim's sentence cut into (text, is the claim's own words) runs; the quote alone without a sentence."""
    sentence, quote = stored.sentence, stored.quote or ""
    if not sentence:
        return [(quote, True)] if quote else []
    span, around = stored.claim.span, stored.claim.sentence_span
    if around is not None and around[0] <= span[0] <= span[1] <= around[1]:
        start, end = span[0] - around[0], span[1] - around[0]
    else:
        start = sentence.find(quote) if quote else -1
        if start < 0:
            return [(sentence, False)]
        end = start + len(quote)
    return [(text, own) for text, own in ((sentence[:start], False), (sentence[start:end], True), (sentence[end:], False))
            if text]


def ledger_uses(state: WebState) -> tuple[CachedLedger, dict[int, dict[int, list[str]]], dict[int, list[int]]]:
    """From the whole ledger: claim id -> {series index: figures (low/best/high, or 'cited')} and claim id ->
    contradiction indexes; kept with the built ledger."""
    cached = state.ledgers.get(state.store, LedgerQuery())
    index = cached.derived.get("claim-uses")
    if index is None:
        uses: dict[int, dict[int, list[str]]] = {}
        for number, series in enumerate(cached.ledger.series):
            for assertion in series.assertions:
                for citation in assertion.citations:
                    uses.setdefault(citation.claim_id, {}).setdefault(number, [])
            for name in ("low", "best", "high"):
                for citation in getattr(series, name).citations:
                    uses.setdefault(citation.claim_id, {}).setdefault(number, []).append(name)
        contradictions: dict[int, list[int]] = {}
        for number, contradiction in enumerate(cached.ledger.contradictions):
            for assertion in contradiction.first + contradiction.second:
                for citation in assertion.citations:
                    contradictions.setdefault(citation.claim_id, []).append(number)
        index = cached.derived["claim-uses"] = (uses, contradictions)
    return cached, index[0], index[1]


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, state: StateDep, claim_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Response:
    from fastapi import HTTPException

    from counterclaim.web.names import actor_label

    found = views.claims_by_ids(state.store, [claim_id])
    if not found:
        raise HTTPException(status_code=404, detail=f"no claim {claim_id}")
    stored = found[0]
    claim = claim_out(stored)
    cached, uses, contradiction_uses = ledger_uses(state)
    rows = []
    for number, figures in sorted(uses.get(claim_id, {}).items()):
        series = cached.ledger.series[number]
        offset = number - number % LEDGER_PAGE_SERIES
        rows.append({
            "href": f"/?offset={offset}#series-{number}" if offset else f"/#series-{number}",
            "label": " ".join(p for p in (actor_label(series.side), (series.category or "").replace("_", " "),
                                          series.outcome, f"({series.period})" if series.period != "whole" else "") if p),
            "figures": ", ".join(f"{name} {getattr(series, name).value}" for name in figures) or "listed, sets no figure",
        })
    contradictions = [cached.ledger.contradictions[i].sentence for i in dict.fromkeys(contradiction_uses.get(claim_id, []))]
    related = [claim_out(c) for c in views.related_claims(state.store, stored)]
    return _render(request, "claim.html", "claims", {
        "c": claim, "runs": sentence_runs(stored), "ledger_rows": rows, "contradictions": contradictions,
        "related": related, "title": _claim_title(claim),
    })


# -- search ------------------------------------------------------------------------------------------


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, state: StateDep,
    q: Annotated[str | None, Query(max_length=200, description="words to find")] = None,
) -> Response:
    from counterclaim.store.search import query_words
    from counterclaim.web.api import search_claims

    results = search_claims(state, q, 100) if q and q.strip() else []
    return _render(request, "search.html", "search", {"q": q or "", "results": results, "words": query_words(q or "")})


# -- timeline and map ------------------------------------------------------------------------------


# Rendered pages (timeline, map) kept per URL until the claims change.
PAGE_CACHE_SIZE = 32


def cached_page(request: Request, state: WebState, render: Any) -> Response:
    """`render()` (a page Response) kept, with its gzip form, per URL until the store's fingerprint changes."""
    fingerprint = views.store_fingerprint(state.store)
    key = (request.url.path, str(request.url.query))
    pages: OrderedDict[Any, Any] = state.caches.setdefault("pages", OrderedDict())
    hit = pages.get(key)
    if hit is None or hit[0] != fingerprint:
        response = render()
        if response.status_code != 200:
            return response
        hit = pages[key] = (fingerprint, {"body": bytes(response.body)})
        while len(pages) > PAGE_CACHE_SIZE:
            pages.popitem(last=False)
    else:
        pages.move_to_end(key)
    derived = hit[1]
    return cached_bytes(request, derived, "page", "text/html; charset=utf-8", lambda: derived["body"])


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request, state: StateDep, claim_filter: FilterDep,
    scale: Annotated[Literal["linear", "log"] | None, Query(description="the charts' value axis")] = None,
) -> Response:
    return cached_page(request, state, lambda: _timeline_page(request, state, claim_filter, scale))


def _timeline_page(request: Request, state: WebState, claim_filter: ClaimFilter, scale: str | None = None) -> Response:
    if claim_filter.type is None:
        claim_filter = claim_filter.model_copy(update={"type": "casualty"})
    points = cached_view(state, "timeline", claim_filter, views.timeline_points)
    rows = []
    for p in points[:TIMELINE_TABLE_ROWS]:
        row = p.model_dump(mode="json")
        row["claims_query"] = filter_query(
            claim_filter.model_copy(update={"side": p.side if p.side != "unknown" else None, "since": p.date, "until": p.date,
                                            "outcome": p.outcome})
        )
        rows.append(row)
    return _render(
        request,
        "timeline.html",
        "timeline",
        {"filters": claim_filter, "facets": form_facets(state), "extra_hidden": [("scale", scale)] if scale else [],
         "points": rows, "points_total": len(points), "table_rows": TIMELINE_TABLE_ROWS,
         "api_query": filter_query(claim_filter), "points_json": [p.model_dump(mode="json") for p in points]},
    )


def map_outline_codes(state: WebState, claim_filter: ClaimFilter | None = None) -> list[str]:
    """Countries to outline: the sides the claims name, plus the countries their places lie in."""
    from counterclaim.web.outlines import countries_containing

    claim_filter = claim_filter or ClaimFilter()
    key = ("outline-codes", filter_query(claim_filter), views.store_fingerprint(state.store))
    cached = state.caches.get("outline-codes")
    if cached is not None and cached[0] == key:
        return list(cached[1])
    codes = {c for c in cached_view(state, "sides", claim_filter, views.sides_in_claims) if len(c) == 3 and c.isalpha()}
    points = cached_view(state, "map", claim_filter, views.map_points)
    codes |= countries_containing((p.lat, p.lon) for p in points)
    result = sorted(codes)
    state.caches["outline-codes"] = (key, result)
    return result


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, state: StateDep, claim_filter: FilterDep) -> Response:
    return cached_page(request, state, lambda: _map_page(request, state, claim_filter))


def _map_page(request: Request, state: WebState, claim_filter: ClaimFilter) -> Response:
    points = cached_view(state, "map", claim_filter, views.map_points)
    rows = []
    for p in points:
        row = p.model_dump(mode="json")
        row["claims_query"] = filter_query(claim_filter.model_copy(update={"place": p.place}) if p.place else claim_filter)
        rows.append(row)
    return _render(
        request,
        "map.html",
        "map",
        {
            "filters": claim_filter,
            "facets": form_facets(state),
            "points": rows,
            "points_json": rows,
            "leaflet": leaflet_dir() is not None,
            "api_query": filter_query(claim_filter),
            "outline_query": urlencode([("country", c) for c in map_outline_codes(state, claim_filter)]),
        },
    )


# -- API docs page ---------------------------------------------------------------------------------


@router.get("/docs", response_class=HTMLResponse)
def api_docs_page(request: Request) -> Response:
    """The endpoints, listed from the OpenAPI document (Swagger UI would need a CDN)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            params = [p.get("name", "") for p in operation.get("parameters", [])]
            endpoints.append({"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                              "params": params})
    return _render(request, "docs.html", "api", {"endpoints": endpoints, "info": schema.get("info", {})})


def warm_caches(state: WebState) -> None:
    """Fill the slow caches (ledger, outlines) once at start-up so the first visitor does not wait."""
    try:
        render_ledger_page(state, LedgerQuery())
        codes = map_outline_codes(state)
        from counterclaim.web.outlines import outlines_feature_collection

        outlines_feature_collection(codes)
        from counterclaim.web.api import claim_search

        claim_search(state).sync()  # the full-text index, filled once here rather than on the first search
        if state.settings.token:  # ingest is enabled: load the extractor's tables before the first POST
            from counterclaim.clean import prepare_document
            from counterclaim.extract import get_extractor
            from counterclaim.records import Document, RawDocument

            for raw in (RawDocument(item="warm-up", text="The ministry said 2 soldiers were wounded on Monday."),
                        RawDocument(item="warm-up", html="<html><body><p>The army said 3 tanks were hit.</p></body></html>")):
                document = prepare_document(raw)
                if isinstance(document, Document):
                    get_extractor(state.settings.extractor).extract(document)
        state.app_openapi()
    except Exception:  # a cold cache only costs time; never stop the server for it
        logger.exception("warming caches failed")


# -- ledger ----------------------------------------------------------------------------------------

# Series shown on one ledger page (the rest are a "next page" away; the API serves them all).
LEDGER_PAGE_SERIES = 300
# Contradictions (and inconsistent totals) listed at the top of the ledger page; the API lists them all.
CONTRADICTIONS_SHOWN = 50
# Contradiction and totals sentences shown under one series row (the rest are counted).
SERIES_NOTES_SHOWN = 2
PERIOD_LABELS: dict[str, str] = {"whole": "whole conflict", "day": "by day", "week": "by week", "month": "by month"}


def _figure_view(figure: Any, name: str, label: str) -> dict[str, Any]:
    return {
        "name": name,
        "value": figure.value,
        "rule": figure.rule,
        "claim_count": len({c.claim_id for c in figure.citations}),
        "parts": list(figure.parts),
        "label": f"{name} {figure.value if figure.value is not None else '—'} ({label})",
    }


def _claim_count(assertions: list[Any]) -> int:
    return len({c.claim_id for a in assertions for c in a.citations})


# Claimants listed in a series' who-claims-what table, and figures spelled out per claimant (the rest counted).
WHO_CLAIMS_ROWS = 8
WHO_CLAIMS_FIGURES = 6


def _assertion_text(assertion: Any) -> str:
    """'1,280 (total, 2020-10-01)', 'denies (2020-09-28)' for the who-claims-what table."""
    when = str(assertion.date) if assertion.date else "undated"
    if assertion.stance == "deny":
        return f"denies{' ' + format_count(assertion.count) if assertion.count else ''} ({when})"
    count = format_count(assertion.count) if assertion.count else "no number"
    flags = [assertion.reading if assertion.count else None, when, "hedged" if assertion.hedged else None,
             assertion.evidence]
    return f"{count} ({', '.join(f for f in flags if f)})"


def who_claims_what(series: Any) -> list[dict[str, Any]]:
    """One row per claimant of a series: who (name and code), relation in words, each figure claimed."""
    from counterclaim.web.names import actor_label, relation_words

    by_claimant: dict[tuple[str | None, str], list[Any]] = {}
    for assertion in series.assertions:
        by_claimant.setdefault((assertion.claimant, assertion.relation), []).append(assertion)
    rows = []
    for (claimant, relation), assertions in sorted(by_claimant.items(), key=lambda kv: (kv[0][1] != "self", kv[0][0] or "")):
        figures = [_assertion_text(a) for a in sorted(assertions, key=lambda a: (a.date or dt.date.min, a.id))]
        shown = figures[:WHO_CLAIMS_FIGURES]
        if len(figures) > WHO_CLAIMS_FIGURES:
            shown.append(f"and {len(figures) - WHO_CLAIMS_FIGURES} more")
        rows.append({
            "claimant": actor_label(claimant, empty="the outlet (unattributed)"),
            "relation": relation_words(relation),
            "figures": shown,
            "citations": sum(len(a.citations) for a in assertions),
        })
    return rows[:WHO_CLAIMS_ROWS]


def _group_order(conflict: str | None, side: str | None) -> tuple[int, int, str, int, str]:
    """Conflicts by name first, events outside every profile after them (by country), then single reports with
    no side, place or country (by document); sides by name, unknown last."""
    from counterclaim.ledger.series import report_of_frame
    from counterclaim.web.names import actor_label, conflict_label

    report = report_of_frame(conflict)
    rank = 2 if report is not None else 1 if conflict is None else 0
    return (rank, report or 0, conflict_label(conflict), side is None, actor_label(side))


def _block_note(conflict: str | None) -> str | None:
    from counterclaim.ledger.series import report_of_frame

    if conflict is None:
        return "events outside every conflict profile, grouped by the country where they happened"
    if report_of_frame(conflict) is not None:
        return ("claims of one report that names no side, no place and no state: its figures stand alone, "
                "never added to other reports'")
    return None


def ledger_view_model(ledger: Any, offset: int) -> dict[str, Any]:
    """Plain data for ledger.html: series grouped by conflict, then side, each with who claims what;
    bars share one scale per conflict, type and outcome (the scale is printed beside the bar)."""
    from counterclaim.ledger.series import report_of_frame
    from counterclaim.web.names import actor_label, conflict_label

    page = ledger.series[offset : offset + LEDGER_PAGE_SERIES]
    scale: dict[tuple[str | None, str, str | None], int] = {}
    for s in page:
        top = max((f.value for f in (s.low, s.best, s.high) if f.value is not None), default=0)
        key = (s.conflict, s.type, s.outcome)
        scale[key] = max(scale.get(key, 0), top)
    groups: dict[tuple[str | None, str | None], list[dict[str, Any]]] = {}
    for index, s in enumerate(page, start=offset):
        label = " ".join(p for p in (s.side, s.category, s.type, s.outcome) if p)
        if s.period not in ("whole",):
            label += f" ({s.period})"
        top = scale.get((s.conflict, s.type, s.outcome)) or 1

        def pct(value: int | None, top: int = top) -> float:
            return round(100.0 * (value or 0) / top, 2)

        row = {
            "index": index,
            "title": " ".join(p for p in ((s.category or "").replace("_", " "), s.outcome) if p) or s.type,
            "subtitle": " · ".join(p for p in (s.type, s.period if s.period != "whole" else None) if p),
            "figures": [_figure_view(s.low, "low", label), _figure_view(s.best, "best", label), _figure_view(s.high, "high", label)],
            "scale": top,
            "bar": {
                "range_x": pct(s.low.value),
                "range_width": round(max(pct(s.high.value) - pct(s.low.value), 0.6), 2),
                "low_x": round(max(pct(s.low.value) - 0.4, 0), 2) if s.low.value is not None else None,
                "best_x": round(max(pct(s.best.value) - 0.5, 0), 2) if s.best.value is not None else None,
            },
            "who": who_claims_what(s),
            "sums": list(dict.fromkeys(p for f in (s.low, s.best, s.high) for p in f.parts)),
            "contradictions": [c.sentence for c in s.contradictions[:SERIES_NOTES_SHOWN]],
            "contradictions_total": len(s.contradictions),
            "totals": [t.sentence for t in s.totals if t.status == "inconsistent"][:SERIES_NOTES_SHOWN],
            "totals_consistent": sum(1 for t in s.totals if t.status == "consistent"),
            "totals_inconsistent": sum(1 for t in s.totals if t.status == "inconsistent"),
            "assertions": len(s.assertions),
        }
        groups.setdefault((s.conflict, s.side), []).append(row)
    conflicts: dict[str | None, dict[str, Any]] = {}
    for conflict, side in sorted(groups, key=lambda k: _group_order(*k)):
        block = conflicts.setdefault(conflict, {
            "conflict": conflict, "label": conflict_label(conflict), "sides": [],
            "note": _block_note(conflict), "document": report_of_frame(conflict),
        })
        block["sides"].append({
            "side": side, "conflict": conflict, "rows": groups[(conflict, side)],
            "label": actor_label(side, empty="Side unknown" if conflict else "Side and country unknown"),
        })
    return {
        "conflicts": list(conflicts.values()),
        "groups": [side for block in conflicts.values() for side in block["sides"]],
        "contradictions": [
            {"sentence": c.sentence, "kind": c.kind, "period": c.series.period, "first": _claim_count(c.first),
             "second": _claim_count(c.second), "first_claimant": c.first_claimant or "outlet",
             "second_claimant": c.second_claimant or "outlet", "index": i,
             "conflict": conflict_label(c.series.conflict)}
            for i, c in enumerate(ledger.contradictions[:CONTRADICTIONS_SHOWN])
        ],
        "contradictions_total": len(ledger.contradictions),
        "claims_shown": len({c.claim_id for s in ledger.series for a in s.assertions for c in a.citations}),
        "inconsistent_totals": [t.sentence for t in ledger.totals if t.status == "inconsistent"][:CONTRADICTIONS_SHOWN],
        "inconsistent_totals_total": sum(1 for t in ledger.totals if t.status == "inconsistent"),
        "series_total": len(ledger.series),
        "offset": offset,
        "next_offset": offset + LEDGER_PAGE_SERIES if offset + LEDGER_PAGE_SERIES < len(ledger.series) else None,
    }


def ledger_choices_of(ledger: Any) -> dict[str, Any]:
    """The sides, conflicts and outcomes a ledger's series name, for the ledger form's lists (by name)."""
    from counterclaim.ledger.series import report_of_frame
    from counterclaim.web.names import actor_label, conflict_label

    sides: dict[str, int] = {}
    conflicts: dict[str, int] = {}
    outcomes: dict[str, int] = {}
    for s in ledger.series:
        if s.outcome:
            outcomes[s.outcome] = outcomes.get(s.outcome, 0) + 1
        if s.side:
            sides[s.side] = sides.get(s.side, 0) + 1
        if s.conflict and report_of_frame(s.conflict) is None:  # single reports are reached from their rows
            conflicts[s.conflict] = conflicts.get(s.conflict, 0) + 1
    return {
        "sides": sorted(({"value": k, "label": actor_label(k), "series": n} for k, n in sides.items()),
                        key=lambda c: c["label"]),
        "conflicts": sorted(({"value": k, "label": conflict_label(k), "series": n} for k, n in conflicts.items()),
                            key=lambda c: c["label"]),
        "outcomes": sorted(outcomes),
    }


def ledger_choices(state: WebState) -> dict[str, Any]:
    """The ledger form's lists from the unfiltered whole ledger (so a filter never hides the other choices)."""
    cached = state.ledgers.get(state.store, LedgerQuery())
    choices = cached.derived.get("form-choices")
    if choices is None:
        choices = cached.derived["form-choices"] = ledger_choices_of(cached.ledger)
    return choices  # type: ignore[no-any-return]


def render_ledger_page(state: WebState, query: LedgerQuery, offset: int = 0) -> tuple[bytes, CachedLedger]:
    """The ledger page's HTML for `query`, rendered once per built ledger and kept with it."""
    cached = state.ledgers.get(state.store, query)
    built, derived = cached.ledger, cached.derived
    rendered_key = ("page-ledger-html", offset, cached.stale)
    if rendered_key in derived:  # the page depends only on the ledger and the query
        return bytes(derived[rendered_key]), cached
    view = ledger_view_model(built, offset)
    choices = ledger_choices(state) if query != LedgerQuery() else ledger_choices_of(built)
    query_values = {k: v for k, v in vars(query).items() if v not in (None, "") and not (k == "by" and v == "whole")}
    html = state.templates.env.get_template("ledger.html").render(
        active="ledger",
        ledger=built,
        view=view,
        query=query,
        periods=PERIOD_LABELS,
        page_size=LEDGER_PAGE_SERIES,
        next_query=urlencode({**query_values, "offset": view["next_offset"]}) if view["next_offset"] else None,
        ledger_query=urlencode(query_values),
        version=cached.version,
        stale=cached.stale,
        choices=choices,
    ).encode()
    derived[rendered_key] = html
    return html, cached


@router.get("/", response_class=HTMLResponse)
@router.get("/ledger", response_class=HTMLResponse)
def ledger_page(
    request: Request,
    state: StateDep,
    query: Annotated[LedgerQuery, Depends(ledger_query_params)],
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> Response:
    html, cached = render_ledger_page(state, query, offset)
    return cached_bytes(request, cached.derived, ("page-ledger-response", offset, cached.stale),
                        "text/html; charset=utf-8", lambda: html)
