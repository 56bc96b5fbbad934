"""low / best / high of one series under a LedgerPolicy, each with the assertions and claims it rests on.

Per claimant, a running figure for the period (totals.py); then low from admissions and evidence,
high from the largest claim, best from third parties and evidence or the median of claimants.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass

from counterclaim.ledger.assertions import MergedAssertion
from counterclaim.ledger.policy import LedgerPolicy
from counterclaim.ledger.results import Citation, Figure
from counterclaim.ledger.totals import RunningValue, counted, period_value

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


def _estimates(
    assertions: list[MergedAssertion], bounds: tuple[dt.date, dt.date] | None, undated: bool, hedged: bool
) -> tuple[list[Estimate], Estimate | None]:
    chosen = [a for a in counted(assertions) if hedged or not a.hedged]
    by_claimant: dict[str | None, list[MergedAssertion]] = defaultdict(list)
    for assertion in chosen:
        by_claimant[assertion.claimant].append(assertion)
    estimates = []
    for claimant, members in sorted(by_claimant.items(), key=lambda kv: kv[0] or ""):
        value = period_value(members, bounds, undated)
        if value.assertions:
            estimates.append(Estimate(label=claimant or "outlet", relation=members[0].relation, value=value))
    backed = [a for a in chosen if a.evidence is not None]
    evidence = None
    if backed:
        value = period_value(backed, bounds, undated)
        if value.assertions:
            evidence = Estimate(label=EVIDENCE_LABEL, relation=EVIDENCE_LABEL, value=value)
    return estimates, evidence


def _figure(value: int | None, rule: str, resting_on: list[Estimate]) -> Figure:
    assertions: dict[str, MergedAssertion] = {}
    for estimate in resting_on:
        for assertion in estimate.value.assertions:
            assertions.setdefault(assertion.model.id, assertion)
    citations: list[Citation] = [c for a in assertions.values() for c in a.model.citations]
    return Figure.model_construct(value=value, rule=rule, assertions=list(assertions), citations=citations)


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
    assertions: list[MergedAssertion],
    policy: LedgerPolicy,
    bounds: tuple[dt.date, dt.date] | None = None,
    undated: bool = False,
) -> tuple[Figure, Figure, Figure]:
    """(low, best, high) of one series' assertions in one period (bounds None: the whole record)."""
    everyone, _ = _estimates(assertions, bounds, undated, hedged=True)
    trusted, evidence = _estimates(assertions, bounds, undated, hedged=policy.hedged_counts)
    if not everyone:
        empty = "no claim gives a number"
        return Figure(value=None, rule=empty), Figure(value=None, rule=empty), Figure(value=None, rule=empty)

    top = max(e.upper for e in everyone)
    high_from = [e for e in everyone if e.upper == top]
    high = _figure(top, f"largest claim: {_who(high_from)}", high_from)

    low_pool = [e for e in trusted if e.relation in policy.low_relations]
    if policy.low_evidence and evidence is not None:
        low_pool.append(evidence)
    low_value: int | None = None
    if low_pool:
        low_value = min(max(e.value.low for e in low_pool), top)
        low_from = [e for e in low_pool if e.value.low == low_value] or low_pool
        low = _figure(low_value, f"admitted or shown: {_who(low_from)}", low_from)
    else:
        low = Figure(value=None, rule="no admission by the side and no video/photo evidence")

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
    best = _figure(best_value, f"{rule}: {_who(best_from)}", best_from)
    return low, best, high
