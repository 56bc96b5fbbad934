"""Running totals and increments: a claimant's figure for a period, and totals checked against increments.

A running total ("31 in total") supersedes the increments ("15 more") dated on or before it;
increments after it add on. Checks go both ways: a total smaller than the increments reported up to
it, or two totals whose difference is smaller than the increments between them, are flagged.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from counterclaim.ledger.assertions import BaseKey, MergedAssertion
from counterclaim.ledger.results import Assertion, SeriesKeyModel, TotalsCheck

# Pool name for the claims the losing side, outlets and third parties make (checked together).
NON_ADVERSARY_POOL = "admitted and neutral"


@dataclass(slots=True)
class RunningValue:
    """A [low, high] figure (high None = open) and the assertions that make it up."""

    low: int
    high: int | None
    assertions: list[MergedAssertion]


def _bounds(assertion: MergedAssertion) -> tuple[int, int | None]:
    count = assertion.count
    assert count is not None
    return (count[0] if count[0] is not None else 0), count[1]


def _order(assertion: MergedAssertion) -> tuple[dt.date, int]:
    low, _ = _bounds(assertion)
    return (assertion.date or dt.date.min, low)


def counted(assertions: Iterable[MergedAssertion]) -> list[MergedAssertion]:
    """The assertions that carry a figure: asserted (not denied) with a count."""
    return [a for a in assertions if not a.denied and a.count is not None]


def running_value(assertions: list[MergedAssertion], until: dt.date | None = None) -> RunningValue:
    """One claimant's running figure up to `until` (None: everything): the latest total plus later increments."""
    chosen = [a for a in assertions if until is None or (a.date is not None and a.date <= until)]
    totals = [a for a in chosen if a.cumulative]
    used: list[MergedAssertion] = []
    low, high = 0, 0
    high_open = False
    since: dt.date | None = None
    if totals:
        latest = max(totals, key=_order)
        low, latest_high = _bounds(latest)
        high_open = latest_high is None
        high = latest_high or 0
        since = latest.date or dt.date.min
        used.append(latest)
    for assertion in chosen:
        if assertion.cumulative:
            continue
        if since is not None and (assertion.date or dt.date.min) <= since:
            continue
        a_low, a_high = _bounds(assertion)
        low += a_low
        if a_high is None:
            high_open = True
        else:
            high += a_high
        used.append(assertion)
    return RunningValue(low=low, high=None if high_open else max(high, low), assertions=used)


def period_value(assertions: list[MergedAssertion], bounds: tuple[dt.date, dt.date] | None, undated: bool) -> RunningValue:
    """One claimant's figure within a period: the whole record, the undated claims, or the growth between bounds."""
    if bounds is None:
        if undated:
            return running_value([a for a in assertions if a.date is None])
        return running_value(assertions)
    start, end = bounds
    at_end = running_value(assertions, end)
    before = running_value(assertions, start - dt.timedelta(days=1))
    low = max(0, at_end.low - before.low)
    high = None if at_end.high is None or before.high is None else max(low, at_end.high - before.high)
    in_period = [a for a in at_end.assertions if a.date is not None and a.date >= start]
    if not in_period:
        in_period = [a for a in assertions if a.date is not None and start <= a.date <= end]
    return RunningValue(low=low, high=high, assertions=in_period)


def _series_model(base: BaseKey, period: str) -> SeriesKeyModel:
    conflict, side, claim_type, outcome, category = base
    return SeriesKeyModel(conflict=conflict, side=side, type=claim_type, outcome=outcome, category=category, period=period)


def _format(value: RunningValue | tuple[int, int | None]) -> str:
    low, high = (value.low, value.high) if isinstance(value, RunningValue) else value
    return str(low) if high == low else f"{low}–{high}" if high is not None else f"{low}+"


def _distinct_reports(assertions: Iterable[MergedAssertion]) -> list[MergedAssertion]:
    """Increments with equal date and count from different claimants of one pool are one report, added once."""
    seen: set[tuple[dt.date | None, object]] = set()
    distinct: list[MergedAssertion] = []
    for assertion in assertions:
        key = (assertion.date, assertion.count)
        if key not in seen:
            seen.add(key)
            distinct.append(assertion)
    return distinct


def check_totals(
    base: BaseKey,
    assertions: list[MergedAssertion],
    period_of: Callable[[dt.date | None], str],
) -> list[TotalsCheck]:
    """Each dated running total against the increments reported up to it and the total before it, per pool."""
    pools: dict[str, list[MergedAssertion]] = defaultdict(list)
    for assertion in counted(assertions):
        if assertion.date is None:
            continue
        name = f"{assertion.claimant or 'outlet'} (adversary)" if assertion.relation == "adversary" else NON_ADVERSARY_POOL
        pools[name].append(assertion)
    checks: list[TotalsCheck] = []
    for pool, members in sorted(pools.items()):
        totals = sorted((a for a in members if a.cumulative), key=_order)
        if not totals:
            continue
        increments = sorted((a for a in members if not a.cumulative), key=_order)
        previous: MergedAssertion | None = None
        for total in totals:
            total_low, total_high = _bounds(total)
            assert total.date is not None
            start = previous.date if previous is not None else None
            window = _distinct_reports(
                a for a in increments if a.date is not None and a.date <= total.date and (start is None or a.date > start)
            )
            increments_sum = sum(_bounds(a)[0] for a in window)
            ceiling = total_high
            problems: list[str] = []
            if previous is None:
                if ceiling is not None and increments_sum > ceiling:
                    problems.append(f"the increments add up to {increments_sum}, more than the total {_format((total_low, total_high))}")
            else:
                previous_low, previous_high = _bounds(previous)
                if ceiling is not None and ceiling < previous_low:
                    problems.append(f"the total fell from {_format((previous_low, previous_high))}")
                elif ceiling is not None and increments_sum > ceiling - previous_low:
                    problems.append(
                        f"the increments since {previous.date} add up to {increments_sum}, more than the rise "
                        f"from {_format((previous_low, previous_high))}"
                    )
            status = "inconsistent" if problems else "consistent"
            terms = [f"previous total {_format(_bounds(previous))} ({previous.date})"] if previous is not None else []
            terms += [f"{_format(_bounds(a))} ({a.date})" for a in window]
            reached = increments_sum + (_bounds(previous)[0] if previous is not None else 0)
            sentence = f"total {_format((total_low, total_high))} on {total.date}; "
            sentence += (" + ".join(terms) + f" = {reached}") if terms else "no increments reported before it"
            sentence += ": " + ", ".join([status, *problems])
            checks.append(
                TotalsCheck.model_construct(
                    series=_series_model(base, period_of(total.date)),
                    pool=pool,
                    total=total.model,
                    previous_total=previous.model if previous is not None else None,
                    increments=[a.model for a in window],
                    increments_sum=increments_sum,
                    status=status,
                    sentence=sentence,
                )
            )
            previous = total
    return checks


def assertion_models(assertions: Iterable[MergedAssertion]) -> list[Assertion]:
    return [a.model for a in assertions]
