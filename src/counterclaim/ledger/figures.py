"""low / best / high of one series under a LedgerPolicy, each with the assertions and claims it rests on.

Per claimant, a running figure for the period (totals.Trajectory); then low from admissions and
evidence, high from the largest claim, best from third parties and evidence or the median of claimants.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass

from counterclaim.ledger.assertions import MergedAssertion
from counterclaim.ledger.policy import LedgerPolicy
from counterclaim.ledger.results import Citation, Figure, construct
from counterclaim.ledger.totals import RunningValue, Trajectory, counted

EVIDENCE_LABEL = "evidence"


@dataclass(slots=True)
class Estimate:
    """One claimant's figure (or the pooled evidence-backed claims' figure) for a series and period."""

    label: str
    relation: str
    value: RunningValue

    @property
    def upper(self) -> int:
        return self.value.high if self.value.high is not None else self.value.low

    def point(self, policy: LedgerPolicy) -> int:
        if policy.range_point == "low" or self.value.high is None:
            return self.value.low
        if policy.range_point == "high":
            return self.value.high
        return (self.value.low + self.value.high) // 2


class SeriesRecord:
    """The trajectories of one series' claimants: everyone's, the ones the policy trusts, and the evidence's."""

    def __init__(self, assertions: list[MergedAssertion], policy: LedgerPolicy) -> None:
        everyone = counted(assertions)
        trusted = everyone if policy.hedged_counts else [a for a in everyone if not a.hedged]
        self.everyone = self._by_claimant(everyone)
        self.trusted = self.everyone if trusted is everyone else self._by_claimant(trusted)
        backed = [a for a in trusted if a.evidence is not None]
        self.evidence = Trajectory(backed) if backed else None

    @staticmethod
    def _by_claimant(assertions: list[MergedAssertion]) -> list[tuple[str, str, Trajectory]]:
        groups: dict[str | None, list[MergedAssertion]] = defaultdict(list)
        for assertion in assertions:
            groups[assertion.claimant].append(assertion)
        return [(claimant or "outlet", members[0].relation, Trajectory(members))
                for claimant, members in sorted(groups.items(), key=lambda kv: kv[0] or "")]

    @staticmethod
    def _value(trajectory: Trajectory, bounds: tuple[dt.date, dt.date] | None) -> RunningValue:
        return trajectory.at() if bounds is None else trajectory.within(bounds)

    def estimates(self, bounds: tuple[dt.date, dt.date] | None, trusted: bool) -> list[Estimate]:
        found = []
        for label, relation, trajectory in self.trusted if trusted else self.everyone:
            value = self._value(trajectory, bounds)
            if value.assertions:
                found.append(Estimate(label=label, relation=relation, value=value))
        return found

    def evidence_estimate(self, bounds: tuple[dt.date, dt.date] | None) -> Estimate | None:
        if self.evidence is None:
            return None
        value = self._value(self.evidence, bounds)
        return Estimate(label=EVIDENCE_LABEL, relation=EVIDENCE_LABEL, value=value) if value.assertions else None


def _figure(value: int | None, rule: str, resting_on: list[Estimate], whole: bool = True) -> Figure:
    assertions: dict[str, MergedAssertion] = {}
    for estimate in resting_on:
        for assertion in estimate.value.assertions:
            assertions.setdefault(assertion.model.id, assertion)
    citations: list[Citation] = [c for a in assertions.values() for c in a.model.citations]
    parts = [p for e in resting_on if (p := sum_parts(e, whole))]
    return construct(Figure, value=value, rule=rule, assertions=list(assertions), citations=citations, parts=parts)


def _empty(rule: str) -> Figure:
    return construct(Figure, value=None, rule=rule, assertions=[], citations=[], parts=[])


def _count_text(bounds: tuple[int, int | None]) -> str:
    low, high = bounds
    if high == low:
        return f"{low:,}"
    return f"{low:,}–{high:,}" if high is not None else f"{low:,}+"


# A sum's parts are spelled out up to this many; past it, the increments are counted.
MAX_PARTS_SPELLED_OUT = 8


def sum_parts(estimate: Estimate, whole: bool = True) -> str | None:
    """'ARM: 1,280 (total, 2020-10-01) + 15 (2020-10-02) = 1,295' for a figure that adds assertions up; None
    when one assertion states it. Within a period (`whole` False) the figure is the growth over the period."""
    used = estimate.value.assertions
    if len(used) < 2:
        return None
    terms = []
    for assertion in used[:MAX_PARTS_SPELLED_OUT]:
        kind = "total, " if assertion.running else ""
        terms.append(f"{_count_text(assertion.bounds)} ({kind}{assertion.date or 'undated'})")
    if len(used) > MAX_PARTS_SPELLED_OUT:
        rest = used[MAX_PARTS_SPELLED_OUT:]
        terms.append(f"{len(rest)} more increments ({rest[0].date} to {rest[-1].date})")
    value = estimate.value
    result = _count_text((value.low, value.high))
    label = "video/photo evidence" if estimate.label == EVIDENCE_LABEL else estimate.label
    if not whole:
        return f"{label}: growth within the period, {result}, from " + " + ".join(terms)
    return f"{label}: " + " + ".join(terms) + f" = {result}"


def _who(estimates: list[Estimate]) -> str:
    names = sorted({e.label for e in estimates})
    return ", ".join("video/photo evidence" if n == EVIDENCE_LABEL else n for n in names)


def _median(values: list[int], how: str) -> int:
    if how == "high":
        return int(statistics.median_high(values))
    if how == "mean":
        return int(statistics.median(values))
    return int(statistics.median_low(values))


def compute_figures(
    record: SeriesRecord, policy: LedgerPolicy, bounds: tuple[dt.date, dt.date] | None = None
) -> tuple[Figure, Figure, Figure]:
    """(low, best, high) of one series in one period (bounds None: everything the record holds)."""
    everyone = record.estimates(bounds, trusted=False)
    if not everyone:
        empty = "no claim gives a number"
        return _empty(empty), _empty(empty), _empty(empty)
    trusted = record.estimates(bounds, trusted=True)
    evidence = record.evidence_estimate(bounds)

    top = max(e.upper for e in everyone)
    high_from = [e for e in everyone if e.upper == top]
    whole = bounds is None
    high = _figure(top, f"largest claim: {_who(high_from)}", high_from, whole)

    low_pool = [e for e in trusted if e.relation in policy.low_relations]
    if policy.low_evidence and evidence is not None:
        low_pool.append(evidence)
    low_value: int | None = None
    if low_pool:
        low_value = min(max(e.value.low for e in low_pool), top)
        low_from = [e for e in low_pool if e.value.low == low_value] or low_pool
        low = _figure(low_value, f"admitted or shown: {_who(low_from)}", low_from, whole)
    else:
        low = _empty("no admission by the side and no video/photo evidence")

    preferred = [e for e in trusted if e.relation in policy.best_relations]
    if policy.best_evidence and evidence is not None:
        preferred.append(evidence)
    pool, rule = (preferred, "median of third-party/evidence figures") if preferred else (
        trusted or everyone, "median of the claimants' figures")
    best_value = _median([e.point(policy) for e in pool], policy.best_median)
    if low_value is not None and best_value < low_value:
        best_value, rule = low_value, rule + ", raised to low"
    if best_value > top:
        best_value, rule = top, rule + ", capped at high"
    best_from = [e for e in pool if e.point(policy) == best_value] or pool
    best = _figure(best_value, f"{rule}: {_who(best_from)}", best_from, whole)
    return low, best, high
