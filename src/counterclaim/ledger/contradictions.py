"""Contradictions: two claimants on one series whose assertions cannot both hold, listed, never averaged.

Counts contradict when their ranges are disjoint (same kind: totals with totals, increments with
increments, about the same day); a denial contradicts any other claimant's assertion.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from counterclaim.ledger.assertions import MergedAssertion, by_sort_id
from counterclaim.ledger.results import Contradiction, SeriesKeyModel, construct

# A claimant's figures in a contradiction's sentence are each spelled out up to this many, else given as a range.
MAX_FIGURES_SPELLED_OUT = 6
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


def _figures(counts: set[tuple[int | None, int | None]]) -> list[str]:
    """Each count as a reader says it, or, past MAX_FIGURES_SPELLED_OUT of them, their range:
    '3 to 950 (41 figures)', so a claimant with hundreds of reports does not bury the sentence."""
    figures = sorted({format_count(c) for c in counts})
    if len(figures) <= MAX_FIGURES_SPELLED_OUT:
        return figures
    lowest = min(low or 0 for low, _ in counts)
    top = "more" if any(high is None for _, high in counts) else str(max(high or 0 for _, high in counts))
    return [f"{lowest} to {top} ({len(figures)} figures)"]


def _describe(series: SeriesKeyModel, assertions: list[MergedAssertion], subject_first: bool) -> str:
    claimant = claimant_name(assertions[0].claimant)
    asserted = _figures({a.count for a in assertions if not a.denied and a.count is not None})
    denied = [a for a in assertions if a.denied]
    denied_counts = {a.count for a in denied if a.count is not None}
    what = " ".join(p for p in (series.side, series.category, series.outcome or series.type) if p)
    phrases: list[str] = []
    if asserted:
        figure = " or ".join(asserted)
        phrases.append(f"claims {figure} {what}" if subject_first else f"claims {figure}")
    if len(denied_counts) > MAX_FIGURES_SPELLED_OUT:
        phrases.append("denies " + _figures(denied_counts)[0])
    for denial in denied:
        if denial.count is not None:
            if len(denied_counts) <= MAX_FIGURES_SPELLED_OUT:
                phrases.append(f"denies {format_count(denial.count)}")
        elif asserted or (denial.first.claim.category is None and series.category is not None):
            phrases.append("denies other losses")
        else:
            phrases.append(f"denies any {what}" if subject_first else "denies it")
    if not phrases:
        phrases.append(f"reports {what}" if subject_first else "reports it")
    return f"{claimant} " + " and ".join(dict.fromkeys(phrases))


def find_contradictions(
    series: SeriesKeyModel, assertions: list[MergedAssertion], window: int = 0
) -> list[Contradiction]:
    """One Contradiction per pair of claimants at odds on this series, with both sides' assertions.

    Assertions are compared when they are about the same day (their event date, else their first
    publication date; within `window` days) and of the same kind (totals with totals, increments
    with increments); a denial is compared with every assertion of that day.
    """
    by_claimant: dict[str | None, _DayBuckets] = {}
    relations: dict[str | None, str] = {}
    for assertion in assertions:
        if assertion.claimant not in by_claimant:
            by_claimant[assertion.claimant] = _DayBuckets()
            relations[assertion.claimant] = assertion.relation
        by_claimant[assertion.claimant].add(assertion)
    if len(by_claimant) < 2:
        return []
    claimants = sorted(by_claimant, key=lambda c: (RELATION_ORDER[relations[c]], c or ""))
    found: list[Contradiction] = []
    for i, first in enumerate(claimants):
        for second in claimants[i + 1 :]:
            kinds, first_involved, second_involved = _at_odds(by_claimant[first], by_claimant[second], window)
            if not kinds:
                continue
            first_list = sorted(first_involved, key=by_sort_id)
            second_list = sorted(second_involved, key=by_sort_id)
            sentence = _describe(series, first_list, True) + "; " + _describe(series, second_list, False)
            found.append(
                construct(
                    Contradiction,
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


class _Bucket:
    """One claimant's assertions about one day: denials, uncounted and counted ones by kind (total or not)."""

    __slots__ = ("denials", "counted", "uncounted", "_extremes")

    def __init__(self) -> None:
        self.denials: list[MergedAssertion] = []
        self.counted: dict[bool, list[MergedAssertion]] = {}
        self.uncounted: list[MergedAssertion] = []
        self._extremes: dict[bool, tuple[int, float]] = {}

    def asserted(self) -> list[MergedAssertion]:
        return [a for kind in self.counted.values() for a in kind] + self.uncounted

    def extremes(self, cumulative: bool) -> tuple[int, float]:
        if cumulative not in self._extremes:
            self._extremes[cumulative] = _lows_and_highs(self.counted[cumulative])
        return self._extremes[cumulative]


class _DayBuckets:
    def __init__(self) -> None:
        self.days: dict[dt.date | None, _Bucket] = defaultdict(_Bucket)

    def add(self, assertion: MergedAssertion) -> None:
        bucket = self.days[assertion.date]
        if assertion.denied:
            bucket.denials.append(assertion)
        elif assertion.count is not None:
            bucket.counted.setdefault(assertion.cumulative, []).append(assertion)
        else:
            bucket.uncounted.append(assertion)

    def near(self, day: dt.date | None, window: int) -> _Bucket | None:
        """This claimant's assertions about `day` (and the `window` days either side), as one bucket."""
        if window == 0 or day is None:
            return self.days.get(day)
        found = [self.days[d] for d in (day + dt.timedelta(days=o) for o in range(-window, window + 1)) if d in self.days]
        if not found:
            return None
        merged = _Bucket()
        for bucket in found:
            merged.denials += bucket.denials
            merged.uncounted += bucket.uncounted
            for kind, members in bucket.counted.items():
                merged.counted.setdefault(kind, []).extend(members)
        return merged


def _lows_and_highs(assertions: list[MergedAssertion]) -> tuple[int, float]:
    """The largest low and the smallest high of a set of counts (open bounds read as 0 and infinity)."""
    largest_low = max((a.count[0] or 0) for a in assertions)  # type: ignore[index]
    smallest_high = min((a.count[1] if a.count[1] is not None else float("inf")) for a in assertions)  # type: ignore[index]
    return largest_low, smallest_high


def _disjoint_from_some(assertion: MergedAssertion, largest_low: int, smallest_high: float) -> bool:
    low, high = assertion.count  # type: ignore[misc]
    return (high is not None and high < largest_low) or (low or 0) > smallest_high


def _at_odds(
    first: _DayBuckets, second: _DayBuckets, window: int
) -> tuple[set[str], set[MergedAssertion], set[MergedAssertion]]:
    """Which assertions of two claimants contradict, day by day, in time linear in their number."""
    kinds: set[str] = set()
    first_involved: set[MergedAssertion] = set()
    second_involved: set[MergedAssertion] = set()
    days = first.days.keys() & second.days.keys() if window == 0 else first.days.keys()
    for day in days:
        mine = first.days[day]
        theirs = second.near(day, window)
        if theirs is None:
            continue
        if mine.denials and (theirs.counted or theirs.uncounted):
            kinds.add("denial")
            first_involved.update(mine.denials)
            second_involved.update(theirs.asserted())
        if theirs.denials and (mine.counted or mine.uncounted):
            kinds.add("denial")
            second_involved.update(theirs.denials)
            first_involved.update(mine.asserted())
        for cumulative, my_kind in mine.counted.items():
            their_kind = theirs.counted.get(cumulative)
            if not their_kind:
                continue
            their_low, their_high = theirs.extremes(cumulative)
            my_low, my_high = mine.extremes(cumulative)
            if my_high >= their_low and their_high >= my_low:
                continue  # every count of each side overlaps every count of the other
            mine_at_odds = [a for a in my_kind if _disjoint_from_some(a, their_low, their_high)]
            if mine_at_odds:
                kinds.add("counts")
                first_involved.update(mine_at_odds)
                second_involved.update(a for a in their_kind if _disjoint_from_some(a, my_low, my_high))
    return kinds, first_involved, second_involved
