"""Running totals and increments: a claimant's figure for a period, and totals checked against increments.

A running total ("31 in total") supersedes the increments ("15 more") dated on or before it;
increments after it add on. Checks go both ways: a total smaller than the increments reported up to
it, or two totals whose difference is smaller than the increments between them, are flagged.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from counterclaim.ledger.assertions import BaseKey, MergedAssertion
from counterclaim.ledger.results import SeriesKeyModel, TotalsCheck, construct

# Pool name for the claims the losing side, outlets and third parties make (checked together).
NON_ADVERSARY_POOL = "admitted and neutral"
# Undated assertions sort before every dated one.
EARLIEST = dt.date.min
# A totals check's sentence names each increment up to this many, then only says how many.
MAX_TERMS_SPELLED_OUT = 6


@dataclass(slots=True)
class RunningValue:
    """A [low, high] figure (high None = open) and the assertions that make it up."""

    low: int
    high: int | None
    assertions: list[MergedAssertion]


def _order(assertion: MergedAssertion) -> tuple[dt.date, int]:
    return (assertion.date or EARLIEST, assertion.bounds[0])


def _stated_until(assertion: MergedAssertion) -> dt.date:
    """The last day a running figure was stated: a claimant repeating its figure restates it as of then."""
    return assertion.latest or EARLIEST


def _running_order(assertion: MergedAssertion) -> tuple[dt.date, int, float]:
    """Running figures by the last day they were stated; on one day they only grow, so the larger (by low, then
    high, open largest) is the later. Which figure is the latest then does not depend on how equal claims merged."""
    low, high = assertion.bounds
    return (_stated_until(assertion), low, high if high is not None else float("inf"))


def counted(assertions: Iterable[MergedAssertion]) -> list[MergedAssertion]:
    """The assertions that carry a figure: asserted (not denied) with a count."""
    return [a for a in assertions if not a.denied and a.count is not None]


class Trajectory:
    """One claimant's running figure over time, answering "how many as of day t" by bisection."""

    __slots__ = ("all", "all_dates", "totals", "total_dates", "increments", "increment_dates",
                 "low_sums", "high_sums", "open_counts")

    def __init__(self, assertions: list[MergedAssertion]) -> None:
        self.all = sorted(assertions, key=_order)
        self.all_dates = [a.date or EARLIEST for a in self.all]
        # Running figures: totals the text calls totals, and figures it does not mark as new (increments.py).
        self.totals = sorted((a for a in self.all if a.running), key=_running_order)
        self.total_dates = [_stated_until(a) for a in self.totals]
        self.increments = [a for a in self.all if not a.running]
        self.increment_dates = [a.date or EARLIEST for a in self.increments]
        bounds = [a.bounds for a in self.increments]
        self.low_sums = [0, *accumulate(b[0] for b in bounds)]
        self.high_sums = [0, *accumulate(b[1] or 0 for b in bounds)]
        self.open_counts = [0, *accumulate(b[1] is None for b in bounds)]

    def at(self, until: dt.date | None = None) -> RunningValue:
        """The figure as of `until` (None: everything): the latest total plus the increments after it."""
        limit = until or dt.date.max
        low, high, high_open = 0, 0, False
        used: list[MergedAssertion] = []
        start = 0
        latest = bisect_right(self.total_dates, limit)
        if latest:
            total = self.totals[latest - 1]
            low, total_high = total.bounds
            high_open, high = total_high is None, total_high or 0
            used.append(total)
            start = bisect_right(self.increment_dates, self.total_dates[latest - 1])
        end = bisect_right(self.increment_dates, limit)
        if end > start:
            low += self.low_sums[end] - self.low_sums[start]
            high += self.high_sums[end] - self.high_sums[start]
            high_open = high_open or self.open_counts[end] > self.open_counts[start]
            used.extend(self.increments[start:end])
        return RunningValue(low=low, high=None if high_open else max(high, low), assertions=used)

    def within(self, bounds: tuple[dt.date, dt.date]) -> RunningValue:
        """The growth of the figure within a period: as of its last day minus as of the day before it."""
        start, end = bounds
        at_end = self.at(end)
        before = self.at(start - dt.timedelta(days=1))
        low = max(0, at_end.low - before.low)
        high = None if at_end.high is None or before.high is None else max(low, at_end.high - before.high)
        in_period = [a for a in at_end.assertions if a.date is not None and a.date >= start]
        if not in_period:
            in_period = self.all[bisect_left(self.all_dates, start):bisect_right(self.all_dates, end)]
        return RunningValue(low=low, high=high, assertions=in_period)


def _series_model(base: BaseKey, period: str) -> SeriesKeyModel:
    conflict, side, claim_type, outcome, category = base
    return construct(SeriesKeyModel, conflict=conflict, side=side, type=claim_type, outcome=outcome,
                     category=category, period=period)


def _format(bounds: tuple[int, int | None]) -> str:
    low, high = bounds
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
    series_models: dict[str, SeriesKeyModel] = {}
    for pool, members in sorted(pools.items()):
        totals = sorted((a for a in members if a.cumulative), key=_order)
        if not totals:
            continue
        increments = _distinct_reports(sorted((a for a in members if not a.running), key=_order))
        dates = [a.date or EARLIEST for a in increments]
        low_sums = [0, *accumulate(a.bounds[0] for a in increments)]
        previous: MergedAssertion | None = None
        for total in totals:
            total_low, total_high = total.bounds
            assert total.date is not None
            first = bisect_right(dates, previous.date) if previous is not None and previous.date else 0
            last = bisect_right(dates, total.date)
            window = increments[first:last] if last > first else []
            increments_sum = low_sums[last] - low_sums[first] if last > first else 0
            problems: list[str] = []
            if previous is None:
                if total_high is not None and increments_sum > total_high:
                    problems.append(f"the increments add up to {increments_sum}, more than the total "
                                    f"{_format((total_low, total_high))}")
            else:
                previous_low, previous_high = previous.bounds
                if total_high is not None and total_high < previous_low:
                    problems.append(f"the total fell from {_format((previous_low, previous_high))}")
                elif total_high is not None and increments_sum > total_high - previous_low:
                    problems.append(
                        f"the increments since {previous.date} add up to {increments_sum}, more than the rise "
                        f"from {_format((previous_low, previous_high))}"
                    )
            status = "inconsistent" if problems else "consistent"
            period = period_of(total.date)
            series = series_models.get(period)
            if series is None:
                series = series_models[period] = _series_model(base, period)
            terms = [f"previous total {_format(previous.bounds)} ({previous.date})"] if previous is not None else []
            if len(window) <= MAX_TERMS_SPELLED_OUT:
                terms += [f"{_format(a.bounds)} ({a.date})" for a in window]
            else:
                terms.append(f"{len(window)} increments ({window[0].date} to {window[-1].date})")
            reached = increments_sum + (previous.bounds[0] if previous is not None else 0)
            sentence = f"total {_format((total_low, total_high))} on {total.date}; "
            sentence += (" + ".join(terms) + f" = {reached}") if terms else "no increments reported before it"
            sentence += ": " + ", ".join([status, *problems])
            checks.append(
                construct(
                    TotalsCheck,
                    series=series,
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
