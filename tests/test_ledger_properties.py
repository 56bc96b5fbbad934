"""Property tests of the ledger over random hand-built claims (hypothesis)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterclaim.ledger import Ledger, build_ledger
from counterclaim.records import Claim, StoredClaim
from ledger_fixtures import REGISTRY

DAYS = [dt.date(2020, 9, 27) + dt.timedelta(days=n) for n in range(5)]


@st.composite
def counts(draw: st.DrawFn) -> tuple[int | None, int | None] | None:
    if draw(st.booleans()) and draw(st.booleans()):
        return None
    low = draw(st.integers(0, 60))
    shape = draw(st.sampled_from(["exact", "range", "at_least", "up_to"]))
    if shape == "exact":
        return (low, low)
    if shape == "range":
        return (low, low + draw(st.integers(1, 900)))
    if shape == "at_least":
        return (low, None)
    return (None, low)


@st.composite
def claim_fields(draw: st.DrawFn) -> dict[str, Any]:
    claim_type = draw(st.sampled_from(["casualty", "materiel"]))
    return {
        "type": claim_type,
        "subject": draw(st.sampled_from(["ARM", "AZE", "NKR"])),
        "outcome": "killed" if claim_type == "casualty" else draw(st.sampled_from(["destroyed", "lost"])),
        "category": draw(st.sampled_from(["military", "civilian"] if claim_type == "casualty" else ["tank", None])),
        "count": draw(counts()),
        "cumulative": draw(st.booleans()),
        "claimant": draw(st.sampled_from([None, "ARM", "AZE", "NKR", "UN"])),
        "stance": draw(st.sampled_from(["assert", "assert", "assert", "deny"])),
        "hedged": draw(st.booleans()),
        "evidence": draw(st.sampled_from([None, None, "video"])),
        "date": draw(st.sampled_from([None, *DAYS])),
    }


@st.composite
def corpora(draw: st.DrawFn) -> list[StoredClaim]:
    documents = draw(st.lists(st.lists(claim_fields(), min_size=1, max_size=5), min_size=1, max_size=6))
    stored: list[StoredClaim] = []
    for document_id, fields_list in enumerate(documents, 1):
        published = draw(st.sampled_from(DAYS))
        for fields in fields_list:
            stored.append(StoredClaim(id=len(stored) + 1, document_id=document_id, content_hash=f"h{document_id}",
                                      claim=Claim(span=(0, 10), **fields), extractor_version="t", published=published))
    return stored


def copies(claims: list[StoredClaim]) -> list[StoredClaim]:
    """The same documents ingested again under new document ids (a wire copy of each)."""
    offset = max(c.document_id for c in claims)
    top = max(c.id for c in claims)
    return [c.model_copy(update={"id": c.id + top, "document_id": c.document_id + offset}) for c in claims]


def figure_map(ledger: Ledger) -> dict[tuple[Any, ...], tuple[int | None, int | None, int | None]]:
    return {(s.conflict, s.side, s.type, s.outcome, s.category, s.period): (s.low.value, s.best.value, s.high.value)
            for s in ledger.series}


PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(corpora(), st.sampled_from(["whole", "day", "month"]))
def test_low_never_exceeds_best_and_best_never_exceeds_high(claims: list[StoredClaim], by: str) -> None:
    for low, best, high in figure_map(build_ledger(claims, registry=REGISTRY, by=by)).values():
        if low is not None and best is not None:
            assert low <= best
        if best is not None and high is not None:
            assert best <= high
        if low is not None and high is not None:
            assert low <= high


@PROPERTY_SETTINGS
@given(corpora())
def test_merging_duplicates_never_raises_a_figure(claims: list[StoredClaim]) -> None:
    merged = figure_map(build_ledger(claims, registry=REGISTRY))
    unmerged = figure_map(build_ledger(claims, registry=REGISTRY, merge=False))
    assert merged.keys() == unmerged.keys()
    for key, figures in merged.items():
        for value, without_merging in zip(figures, unmerged[key], strict=True):
            if value is not None and without_merging is not None:
                assert value <= without_merging, key


@PROPERTY_SETTINGS
@given(corpora())
def test_ingesting_every_document_twice_changes_no_figure(claims: list[StoredClaim]) -> None:
    once = figure_map(build_ledger(claims, registry=REGISTRY))
    twice = figure_map(build_ledger(claims + copies(claims), registry=REGISTRY))
    assert once == twice
