"""Contradictions: two claimants on one series whose assertions cannot both hold, listed, never averaged.

Counts contradict when their ranges are disjoint (same kind: totals with totals, increments with
increments, about the same day); a denial contradicts any other claimant's assertion.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from counterclaim.ledger.assertions import MergedAssertion
from counterclaim.ledger.results import Contradiction, SeriesKeyModel

# Who speaks first in a contradiction's sentence: the claim, then the answer of the side concerned.
RELATION_ORDER: dict[str, int] = {"adversary": 0, "third_party": 1, "outlet": 2, "self": 3}


def format_count(count: tuple[int | None, int | None] | None) -> str:
    """200–999, 15, 'at least 5' or 'up to 5' (GOLD_FORMAT count ranges, as a reader says them)."""
    if count is None:
        return "an unstated number of"
    low, high = count
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}–{high}"
    if low is not None:
        return f"at least {low}"
    return f"up to {high}"


def claimant_name(claimant: str | None) -> str:
    return claimant or "the outlet"


def _disjoint(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    a_low, a_high = a[0] if a[0] is not None else 0, a[1]
    b_low, b_high = b[0] if b[0] is not None else 0, b[1]
    return (a_high is not None and a_high < b_low) or (b_high is not None and b_high < a_low)


def _same_event_day(a: MergedAssertion, b: MergedAssertion, window: int) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    if a.explicit_date and b.explicit_date:
        return a.date == b.date
    return abs((a.date - b.date).days) <= window


def _conflict(a: MergedAssertion, b: MergedAssertion, window: int) -> str | None:
    if not _same_event_day(a, b, window) and not (a.denied or b.denied):
        return None
    if a.denied != b.denied:
        return "denial"
    if a.denied or a.cumulative != b.cumulative or a.count is None or b.count is None:
        return None
    return "counts" if _disjoint(a.count, b.count) else None


def _describe(series: SeriesKeyModel, assertions: list[MergedAssertion], subject_first: bool) -> str:
    claimant = claimant_name(assertions[0].claimant)
    asserted = sorted({format_count(a.count) for a in assertions if not a.denied and a.count is not None})
    denied = [a for a in assertions if a.denied]
    what = " ".join(p for p in (series.side, series.category, series.outcome or series.type) if p)
    phrases: list[str] = []
    if asserted:
        figure = " or ".join(asserted)
        phrases.append(f"claims {figure} {what}" if subject_first else f"claims {figure}")
    for denial in denied:
        if denial.count is not None:
            phrases.append(f"denies {format_count(denial.count)}")
        elif asserted or (denial.first.stored.claim.category is None and series.category is not None):
            phrases.append("denies other losses")
        else:
            phrases.append(f"denies any {what}" if subject_first else "denies it")
    if not phrases:
        phrases.append(f"reports {what}" if subject_first else "reports it")
    return f"{claimant} " + " and ".join(dict.fromkeys(phrases))


def find_contradictions(
    series: SeriesKeyModel, assertions: list[MergedAssertion], window: int
) -> list[Contradiction]:
    """One Contradiction per pair of claimants at odds on this series, with both sides' assertions."""
    by_claimant: dict[str | None, list[MergedAssertion]] = defaultdict(list)
    for assertion in assertions:
        by_claimant[assertion.claimant].append(assertion)
    if len(by_claimant) < 2:
        return []
    claimants = sorted(by_claimant, key=lambda c: (RELATION_ORDER[by_claimant[c][0].relation], c or ""))
    found: list[Contradiction] = []
    for i, first in enumerate(claimants):
        for second in claimants[i + 1 :]:
            kinds: set[str] = set()
            first_involved: dict[int, MergedAssertion] = {}
            second_involved: dict[int, MergedAssertion] = {}
            index = _DateIndex(by_claimant[second])
            for a in _bucketed(by_claimant[first]):
                for b in index.candidates(a, window):
                    kind = _conflict(a, b, window)
                    if kind is not None:
                        kinds.add(kind)
                        first_involved[id(a)] = a
                        second_involved[id(b)] = b
            if not kinds:
                continue
            first_list = sorted(first_involved.values(), key=lambda a: a.first.stored.id)
            second_list = sorted(second_involved.values(), key=lambda a: a.first.stored.id)
            sentence = _describe(series, first_list, True) + "; " + _describe(series, second_list, False)
            found.append(
                Contradiction.model_construct(
                    series=series,
                    kind="counts" if "counts" in kinds else "denial",
                    first_claimant=first,
                    second_claimant=second,
                    first=[a.model for a in first_list],
                    second=[a.model for a in second_list],
                    sentence=sentence,
                )
            )
    return found


def _bucketed(assertions: list[MergedAssertion]) -> list[MergedAssertion]:
    return sorted(assertions, key=lambda a: (a.date or dt.date.min, a.first.stored.id))


class _DateIndex:
    """One claimant's assertions by date, so a pair of claimants is compared day by day, not all against all."""

    def __init__(self, assertions: list[MergedAssertion]) -> None:
        self.all = assertions
        self.denials = [a for a in assertions if a.denied]
        self.by_date: dict[dt.date | None, list[MergedAssertion]] = defaultdict(list)
        for assertion in assertions:
            if not assertion.denied:
                self.by_date[assertion.date].append(assertion)

    def candidates(self, other: MergedAssertion, window: int) -> list[MergedAssertion]:
        """The assertions that could contradict `other`: denials always, counts only about a nearby day."""
        if other.denied:
            return self.all
        if other.date is None:
            return self.denials + self.by_date.get(None, [])
        nearby = [
            a
            for offset in range(-window, window + 1)
            for a in self.by_date.get(other.date + dt.timedelta(days=offset), [])
        ]
        return self.denials + nearby
