"""Read-only views the dashboard needs beyond the store's API: claim lookups by id, timeline and map aggregates.

Each is one SQL statement over the store's tables, built on the store's own filter (`apply_claim_filter`)
so that every page filters exactly as the CLI does. Nothing here reconciles figures: that is the ledger's job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from counterclaim.records import StoredClaim
from counterclaim.store import ClaimFilter, Store
from counterclaim.store.queries import apply_claim_filter, select_claims, stored_claim_from_row
from counterclaim.store.schema import ClaimRow

# Most map points drawn at once (the busiest places first).
MAX_MAP_POINTS = 2000
# Most timeline points returned (one per date, side and kind of figure).
MAX_TIMELINE_POINTS = 5000


def claims_by_ids(store: Store, ids: Sequence[int]) -> list[StoredClaim]:
    """The claims with these ids, in ascending id order (unknown ids are skipped)."""
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return []
    statement = select_claims(None).where(ClaimRow.id.in_(wanted)).order_by(ClaimRow.id)
    with store.session() as session:
        return [stored_claim_from_row(row) for row in session.execute(statement)]


def store_fingerprint(store: Store) -> tuple[int, int]:
    """(claim count, largest claim id): changes whenever claims are added, replaced or removed.

    Two statements on purpose: count(*) alone reads the smallest index and max(id) the rowid's end,
    while asking both in one statement makes SQLite scan (3 ms + 0.2 ms against 55 ms at 100,000 claims).
    """
    with store.session() as session:
        count = session.execute(select(func.count()).select_from(ClaimRow)).scalar()
        largest = session.execute(select(func.max(ClaimRow.id))).scalar()
    return int(count or 0), int(largest or 0)


def count_claims(store: Store, claim_filter: ClaimFilter | None = None) -> int:
    """How many claims match: the store's count without its join to `document` (every filter is on `claim`).

    tests/test_web_units.py checks it against Store.count_claims for each filter.
    """
    statement = apply_claim_filter(select(func.count()).select_from(ClaimRow), claim_filter)
    with store.session() as session:
        return int(session.execute(statement).scalar() or 0)


class TimelinePoint(BaseModel):
    """Claimed figures for one side on one date: the span of counts claimed, split by kind of figure."""

    date: dt.date
    side: str
    outcome: str | None = Field(default=None, description="killed, wounded, destroyed ...: the chart draws one panel each")
    cumulative: bool = False  # a running total ("the toll rose to 31") rather than an increment ("15 more")
    low: int | None = None
    high: int | None = None
    claims: int


def timeline_points(store: Store, claim_filter: ClaimFilter) -> list[TimelinePoint]:
    """Per (date, side, running total or increment): lowest and highest count claimed, and how many claims.

    Denials are left out (a denial claims no figure); claims with no date and no publication date too.
    """
    low = func.min(ClaimRow.count_low)
    high = func.max(func.coalesce(ClaimRow.count_high, ClaimRow.count_low))
    statement = (
        select(ClaimRow.effective_date, ClaimRow.subject, ClaimRow.outcome, ClaimRow.cumulative, low, high,
               func.count(ClaimRow.id))
        .where(ClaimRow.has_count.is_(True), ClaimRow.effective_date.is_not(None), ClaimRow.stance == "assert")
        .group_by(ClaimRow.effective_date, ClaimRow.subject, ClaimRow.outcome, ClaimRow.cumulative)
        .order_by(ClaimRow.effective_date, ClaimRow.subject, ClaimRow.outcome, ClaimRow.cumulative)
        .limit(MAX_TIMELINE_POINTS)
    )
    statement = apply_claim_filter(statement, claim_filter)
    with store.session() as session:
        rows = session.execute(statement).all()
    return [
        TimelinePoint(date=d, side=side or "unknown", outcome=outcome, cumulative=bool(cum), low=lo, high=hi, claims=n)
        for d, side, outcome, cum, lo, hi, n in rows
        if d is not None
    ]


class MapPoint(BaseModel):
    """A place with coordinates and the claims made about it."""

    place: str | None
    lat: float
    lon: float
    claims: int
    types: dict[str, int]


def map_points(store: Store, claim_filter: ClaimFilter) -> list[MapPoint]:
    """Places with coordinates, busiest first, with a count of claims per type."""
    statement = (
        select(ClaimRow.place, ClaimRow.latitude, ClaimRow.longitude, ClaimRow.type, func.count(ClaimRow.id))
        .where(ClaimRow.latitude.is_not(None), ClaimRow.longitude.is_not(None))
        .group_by(ClaimRow.place, ClaimRow.latitude, ClaimRow.longitude, ClaimRow.type)
    )
    statement = apply_claim_filter(statement, claim_filter)
    points: dict[tuple[Any, float, float], MapPoint] = {}
    with store.session() as session:
        for place, lat, lon, type_, count in session.execute(statement):
            if lat is None or lon is None:
                continue
            key = (place, round(lat, 5), round(lon, 5))
            point = points.get(key)
            if point is None:
                point = points[key] = MapPoint(place=place, lat=key[1], lon=key[2], claims=0, types={})
            point.claims += count
            point.types[type_] = point.types.get(type_, 0) + count
    ranked = sorted(points.values(), key=lambda p: (-p.claims, p.place or "", p.lat, p.lon))
    return ranked[:MAX_MAP_POINTS]


def sides_in_claims(store: Store, claim_filter: ClaimFilter) -> list[str]:
    """The distinct actor codes claims are about (subject) or aimed at (object), for outlining countries."""
    found: set[str] = set()
    with store.session() as session:
        for column in (ClaimRow.subject, ClaimRow.object):
            statement = apply_claim_filter(select(column).where(column.is_not(None)).distinct(), claim_filter)
            found.update(str(v) for v in session.execute(statement).scalars() if v)
    return sorted(found)


class FacetValue(BaseModel):
    """One value of a filter with how many stored claims have it."""

    value: str
    claims: int


class Facets(BaseModel):
    """The values the filter forms offer, read from the stored claims (not typed by hand)."""

    sides: list[FacetValue]
    claimants: list[FacetValue]
    types: list[FacetValue]
    outcomes: list[FacetValue]
    categories: list[FacetValue]
    first_date: dt.date | None
    last_date: dt.date | None


# Facet lists are capped (the busiest values first, then by name): a form's list stays readable.
MAX_FACET_VALUES = 400


def facets(store: Store, claim_filter: ClaimFilter | None = None) -> Facets:
    """Distinct sides, claimants, types, outcomes and categories with their claim counts, and the date range."""
    lists: dict[str, list[FacetValue]] = {}
    with store.session() as session:
        for name, column in (("sides", ClaimRow.subject), ("claimants", ClaimRow.claimant), ("types", ClaimRow.type),
                             ("outcomes", ClaimRow.outcome), ("categories", ClaimRow.category)):
            statement = apply_claim_filter(
                select(column, func.count()).where(column.is_not(None)).group_by(column), claim_filter)
            rows = [(str(v), int(n)) for v, n in session.execute(statement) if v]
            rows.sort(key=lambda r: (-r[1], r[0]))
            lists[name] = sorted((FacetValue(value=v, claims=n) for v, n in rows[:MAX_FACET_VALUES]),
                                 key=lambda f: f.value)
        bounds = apply_claim_filter(select(func.min(ClaimRow.effective_date), func.max(ClaimRow.effective_date)),
                                    claim_filter)
        first, last = session.execute(bounds).one()
    return Facets(**lists, first_date=_as_date(first), last_date=_as_date(last))


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# Related claims listed on a claim's page (the rest are a filtered claims list away).
MAX_RELATED_CLAIMS = 30


def related_claims(store: Store, stored: StoredClaim) -> list[StoredClaim]:
    """Claims about the same thing as `stored` (same type, side, outcome and category) from any document,
    the same claimant's and the other claimants' alike, nearest in date first; `stored` itself left out."""
    claim = stored.claim
    statement = select_claims(None).where(ClaimRow.type == claim.type, ClaimRow.id != stored.id)
    for column, value in ((ClaimRow.subject, claim.subject), (ClaimRow.outcome, claim.outcome),
                          (ClaimRow.category, claim.category)):
        statement = statement.where(column.is_(None) if value is None else column == value)
    when = claim.date or stored.published
    if when is not None:
        distance = func.abs(func.julianday(ClaimRow.effective_date) - func.julianday(when.isoformat())) \
            if store.engine.dialect.name == "sqlite" else func.abs(ClaimRow.effective_date - when)
        statement = statement.order_by(ClaimRow.effective_date.is_(None), distance, ClaimRow.id)
    else:
        statement = statement.order_by(ClaimRow.id)
    with store.session() as session:
        return [stored_claim_from_row(row) for row in session.execute(statement.limit(MAX_RELATED_CLAIMS))]
