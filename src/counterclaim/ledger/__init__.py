"""The ledger: stored claims reconciled into low / best / high per side, category and period.

`build_ledger(claims)` is a pure function over StoredClaim records (no database access): it merges
duplicates (assertions.py), labels who stands behind each assertion (relation.py), sets figures by
the policy (policy.py, figures.py), checks running totals (totals.py) and lists contradictions
(contradictions.py). `summarize_ledger` renders it for a terminal.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from counterclaim.ledger.assertions import (
    BaseKey,
    ClaimItem,
    MergedAssertion,
    MergeKey,
    by_sort_id,
    find_duplicate_documents,
    merge_assertions,
    merge_key_of,
)
from counterclaim.ledger.contradictions import find_contradictions, format_count
from counterclaim.ledger.figures import SeriesRecord, compute_figures
from counterclaim.ledger.policy import LedgerPolicy, PolicyError, load_policy
from counterclaim.ledger.relation import ConflictRegistry, SideResolver, default_registry
from counterclaim.ledger.results import (
    Assertion,
    Citation,
    Contradiction,
    Figure,
    Ledger,
    Series,
    SeriesKeyModel,
    TotalsCheck,
    construct,
)
from counterclaim.ledger.series import (
    PERIODS,
    UNDATED,
    WHOLE,
    period_bounds,
    period_key,
    report_frame,
    series_outcome,
)
from counterclaim.ledger.totals import check_totals
from counterclaim.ledger.views import ClaimView, view_of
from counterclaim.records import CATEGORIES, QUANTITATIVE_TYPES, StoredClaim

__all__ = [
    "Assertion",
    "Citation",
    "Contradiction",
    "Figure",
    "Ledger",
    "LedgerPolicy",
    "PolicyError",
    "Series",
    "SeriesKeyModel",
    "TotalsCheck",
    "ClaimView",
    "build_ledger",
    "format_count",
    "load_policy",
    "summarize_ledger",
]

# Marks "use the shipped actor registry" (None means: no registry, sides are subjects).
_DEFAULT_REGISTRY: Any = object()


def country_of(coordinates: tuple[float, float]) -> str | None:
    """ISO code of the country holding a point (counterclaim.data.countries), None when unknown or unavailable."""
    try:
        from counterclaim.data.countries import country_at
    except ImportError:  # pragma: no cover - the data package ships with the project
        return None
    return country_at(*coordinates)


def _as_set(value: str | Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset(v.strip() for v in value.split(",") if v.strip())
    return frozenset(value)


def _sort_key(key: tuple[BaseKey, str]) -> tuple[str, ...]:
    (conflict, side, claim_type, outcome, category), period = key
    return (conflict or "", side or "", claim_type, outcome or "", category or "", period)


def build_ledger(
    claims: Iterable[StoredClaim | Any],
    *,
    by: str = WHOLE,
    side: str | Iterable[str] | None = None,
    type: str | Iterable[str] | None = None,
    conflict: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    policy: LedgerPolicy | None = None,
    registry: ConflictRegistry | None = _DEFAULT_REGISTRY,
    documents: Mapping[int, str] | None = None,
    merge: bool = True,
) -> Ledger:
    """Reconcile stored claims (StoredClaim records, ClaimViews, or rows of `Store.iter_claim_rows`) into a Ledger.

    by: "whole" (default), "day", "week" or "month". side / type: a code or several (comma-separated
    or a list); type defaults to the quantitative types (casualty, materiel). conflict: a profile id.
    since / until: bounds on each claim's date (else its document's publication date), inclusive.
    policy: figures policy (default: policy.toml). registry: the actor registry giving conflict
    profiles and sides (default: counterclaim.data's; None: each claim's side is its subject).
    documents: document id -> text, to find near-copies by text (else by their claims).
    merge: False keeps every claim its own assertion (only for comparisons).
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    policy = policy or load_policy()
    with collector_paused():
        return _build(claims, by, side, type, conflict, since, until, policy, registry, documents, merge)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused: the build makes ~500,000 small acyclic objects per 100,000
    claims, which the collector would rescan over and over (nearly half the time). Nests."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _build(
    claims: Iterable[StoredClaim | Any], by: str, side: str | Iterable[str] | None, type: str | Iterable[str] | None,
    conflict: str | None, since: dt.date | None, until: dt.date | None, policy: LedgerPolicy,
    registry: ConflictRegistry | None, documents: Mapping[int, str] | None, merge: bool,
) -> Ledger:
    resolver = SideResolver(default_registry() if registry is _DEFAULT_REGISTRY else registry)
    items, read = place_claims(claims, resolver, types=_as_set(type) or QUANTITATIVE_TYPES, sides=_as_set(side),
                               conflict=conflict, since=since, until=until)
    groups = find_duplicate_documents(items, policy, documents) if merge else {}
    merged = merge_assertions(items, groups, policy, merge=merge)
    duplicates = sum(1 for document, representative in groups.items() if document != representative)
    return _assemble(merged, by, policy, read=read, documents=len(groups) or len({i.claim.document_id for i in items}),
                     duplicates=duplicates)


def place_claims(
    claims: Iterable[StoredClaim | Any], resolver: SideResolver, *, types: frozenset[str],
    sides: frozenset[str] | None = None, conflict: str | None = None, since: dt.date | None = None,
    until: dt.date | None = None,
) -> tuple[list[ClaimItem], int]:
    """The claims that pass the filters, each placed in its series with its relation (ClaimItems), and
    how many claims were read."""
    items: list[ClaimItem] = []
    # Equal series and merge keys are shared by their claims (a tuple each per claim would cost ~20 MB).
    bases: dict[BaseKey, BaseKey] = {}
    merge_ids: dict[MergeKey, int] = {}
    merge_keys: list[MergeKey] = []
    # Claims outside every profile with no side and no place: placed after the pass, in the country where
    # their document's located claims happened (the same report), else the state its claims name, else in
    # a frame of their own report (series.report_frame), so unrelated events are never pooled.
    deferred: list[tuple[ClaimView, dt.date | None]] = []
    # Every claim that passed the type and date filters: read again only for the documents of deferred claims.
    placed: list[ClaimView] = []

    def add(claim: ClaimView, when: dt.date | None, claim_conflict: str | None, claim_side: str | None,
            relation: Any) -> None:
        if sides is not None and claim_side not in sides:
            return
        base: BaseKey = (claim_conflict, claim_side, claim.type, series_outcome(claim.type, claim.outcome), claim.category)
        base = bases.setdefault(base, base)
        key = merge_key_of(claim, base)
        merge_id = merge_ids.get(key)
        if merge_id is None:
            merge_id = merge_ids[key] = len(merge_ids)
            merge_keys.append(key)
        items.append(ClaimItem(claim, base, relation, when, claim.date is not None, merge_keys[merge_id], merge_id))

    read = 0
    for record in claims:
        read += 1
        claim = record if isinstance(record, ClaimView) else view_of(record)
        if claim.type not in types:
            continue
        when = claim.date or claim.published
        if (since is not None or until is not None) and when is None:
            continue
        if (since is not None and when < since) or (until is not None and when > until):  # type: ignore[operator]
            continue
        claim_conflict, claim_side, relation = resolver.place(claim, when)
        placed.append(claim)
        if claim_side is None and claim_conflict is None:
            # Outside every profile with no side: the country where it happened (the codebook gives people
            # of unknown side the code of the state where they live), never one pool of unrelated events.
            if claim.coordinates is None:
                deferred.append((claim, when))
                continue
            claim_side = country_of(claim.coordinates)
            if claim_side is not None:
                relation = resolver.relation(claim, None, claim_side)
        if conflict is not None and claim_conflict != conflict:
            continue
        add(claim, when, claim_conflict, claim_side, relation)
    points_by_document: dict[int, list[tuple[float, float]]] = defaultdict(list)
    actors_by_document: dict[int, list[str]] = defaultdict(list)
    if deferred:
        reports = {claim.document_id for claim, _ in deferred}
        for claim in placed:
            if claim.document_id in reports:
                if claim.coordinates is not None:
                    points_by_document[claim.document_id].append(claim.coordinates)
                actors_by_document[claim.document_id].extend(
                    code for code in (claim.subject, claim.object, claim.claimant) if code is not None)
    countries: dict[int, str | None] = {}
    for claim, when in deferred:
        document = claim.document_id
        if document not in countries:
            # The country its located claims lie in, else the state its claims name most.
            found = Counter(c for point in points_by_document.get(document, ()) if (c := country_of(point)))
            if not found:
                found = Counter(c for c in actors_by_document.get(document, ()) if resolver.is_state(c))
            countries[document] = min(found, key=lambda c: (-found[c], c)) if found else None
        country = countries[document]
        if country is None:
            # No country either: the report is its own frame, never pooled with other reports' claims.
            frame = report_frame(document)
            if conflict is None or conflict == frame:
                add(claim, when, frame, None, resolver.place(claim, when)[2])
        elif conflict is None:
            add(claim, when, None, country, resolver.relation(claim, None, country))
    return items, read


def _assemble(merged: list[MergedAssertion], by: str, policy: LedgerPolicy, *, read: int, documents: int,
              duplicates: int) -> Ledger:
    by_base: dict[BaseKey, list[MergedAssertion]] = defaultdict(list)
    for assertion in merged:
        by_base[assertion.base].append(assertion)

    # A denial naming no category ("denied other losses") belongs to every category of its series.
    categorised = {base[:4] for base in by_base if base[4] is not None}
    for base in [b for b in by_base if b[4] is None and b[2] in CATEGORIES and b[:4] in categorised]:
        denials = [a for a in by_base[base] if a.denied and a.count is None]
        if not denials:
            continue
        remaining = [a for a in by_base[base] if not (a.denied and a.count is None)]
        for other in [b for b in by_base if b[:4] == base[:4] and b[4] is not None]:
            by_base[other].extend(denials)
        if remaining:
            by_base[base] = remaining
        else:
            del by_base[base]

    cells: dict[tuple[BaseKey, str], list[MergedAssertion]] = defaultdict(list)
    for base, assertions in by_base.items():
        if by == WHOLE:
            cells[(base, WHOLE)] = assertions
            continue
        for assertion in assertions:
            cells[(base, period_key(assertion.date, by))].append(assertion)

    def period_of(date: dt.date | None) -> str:
        return period_key(date, by)

    totals_by_cell: dict[tuple[BaseKey, str], list[TotalsCheck]] = defaultdict(list)
    for base, assertions in by_base.items():
        if any(a.cumulative for a in assertions):
            for check in check_totals(base, assertions, period_of):
                totals_by_cell[(base, check.series.period)].append(check)

    series_list: list[Series] = []
    records: dict[BaseKey, SeriesRecord] = {}
    all_contradictions: list[Contradiction] = []
    all_totals: list[TotalsCheck] = []
    for cell in sorted(cells, key=_sort_key):
        base, period = cell
        conflict, side, claim_type, outcome, category = base
        assertions = sorted(cells[cell], key=by_sort_id)
        if period in (WHOLE, UNDATED):
            low, best, high = compute_figures(SeriesRecord(assertions, policy), policy)
        else:
            # Growth within the period needs each claimant's record before it: the whole base's record.
            if base not in records:
                records[base] = SeriesRecord(by_base[base], policy)
            low, best, high = compute_figures(records[base], policy, bounds=period_bounds(period))
        key = construct(SeriesKeyModel, conflict=conflict, side=side, type=claim_type, outcome=outcome,
                        category=category, period=period)
        contradictions = find_contradictions(key, assertions)
        totals = totals_by_cell.get(cell, [])
        all_contradictions.extend(contradictions)
        all_totals.extend(totals)
        series_list.append(
            construct(
                Series,
                conflict=conflict, side=side, type=claim_type, outcome=outcome, category=category, period=period,
                low=low, best=best, high=high, assertions=[a.model for a in assertions],
                contradictions=contradictions, totals=totals,
            )
        )
    return construct(
        Ledger,
        by=by, policy=policy.name, claims=read, assertions=len(merged), documents=documents,
        duplicate_documents=duplicates, series=series_list, contradictions=all_contradictions, totals=all_totals,
    )


def summarize_ledger(ledger: Ledger, *, limit: int | None = None) -> Any:
    """A Rich renderable (table of figures, then contradictions and totals checks) for a terminal."""
    from counterclaim.ledger.render import ledger_renderable

    return ledger_renderable(ledger, limit=limit)
