"""Ledger checks on the founding seed article (issue 4), run when ../shared is present.

Two sources of claims: the hand-made gold claims of the seed (checks the ledger alone), and the
claims the project's own extractor reads from the seed text (the end-to-end check; these pass only
once extraction finds the seed's casualty and materiel claims). Nothing from ../shared is copied here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from counterclaim.ledger import Ledger, Series, build_ledger
from counterclaim.records import Claim, IngestError, RawDocument, StoredClaim, content_hash
from ledger_fixtures import sentence_around

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_TEXT = SHARED / "seed" / "000_abbfd2975814eb6a.txt"
SEED_GOLD = SHARED / "gold" / "seed-southfront-2020-09-28.json"
PUBLISHED = dt.date(2020, 9, 28)
# A wire copy: the same story under an agency dateline, published a day later.
WIRE_PREFIX = "(Wire service copy, distributed to subscribers.)\n\n"

pytestmark = pytest.mark.skipif(not SEED_TEXT.exists() or not SEED_GOLD.exists(), reason="../shared seed not present")


def words_as_stored(text: str, claim: Claim) -> dict[str, str]:
    """The quote and sentence the store keeps with a claim (the ledger reads them to tell increments apart)."""
    sentence = claim.sentence_span or None
    return {"quote": text[claim.span[0]:claim.span[1]],
            "sentence": text[sentence[0]:sentence[1]] if sentence else sentence_around(text, claim.span)}


def gold_claims(text: str, document_id: int, published: dt.date, first_id: int) -> list[StoredClaim]:
    """The seed's gold claims as stored claims of a document whose text is `text`."""
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    stored = []
    for number, raw in enumerate(gold["claims"]):
        start = text.find(raw["quote"])
        fields = {k: v for k, v in raw.items() if k in Claim.model_fields and k != "quote"}
        claim = Claim(span=(start, start + len(raw["quote"])), **fields)
        stored.append(StoredClaim(id=first_id + number, document_id=document_id, content_hash=content_hash(text),
                                  claim=claim, extractor_version="gold", published=published,
                                  **words_as_stored(text, claim)))
    return stored


def extracted_claims(text: str, document_id: int, published: dt.date, first_id: int) -> list[StoredClaim]:
    """The seed's claims as the project's cleaner and extractor read them."""
    from counterclaim.clean import prepare_document
    from counterclaim.extract import EXTRACTOR_VERSION, extract_claims

    document = prepare_document(RawDocument(item=f"seed-{document_id}", text=text, published=published))
    assert not isinstance(document, IngestError), document
    return [
        StoredClaim(id=first_id + number, document_id=document_id, content_hash=document.content_hash, claim=claim,
                    extractor_version=EXTRACTOR_VERSION, published=published, **words_as_stored(text, claim))
        for number, claim in enumerate(extract_claims(document))
    ]


Reader = Callable[[str, int, dt.date, int], list[StoredClaim]]
READERS = [pytest.param(gold_claims, id="gold-claims"), pytest.param(extracted_claims, id="extracted-claims")]


def seed_ledger(read: Reader) -> Ledger:
    return build_ledger(read(SEED_TEXT.read_text(encoding="utf-8"), 1, PUBLISHED, 1))


def series(ledger: Ledger, side: str, claim_type: str, category: str, outcome: str) -> Series:
    found = [s for s in ledger.series if (s.side, s.type, s.category, s.outcome) == (side, claim_type, category, outcome)]
    assert found, f"no {side} {category} {outcome} series; have {[(s.side, s.category, s.outcome) for s in ledger.series]}"
    return found[0]


@pytest.mark.parametrize("read", READERS)
def test_seed_aze_helicopters_low_admitted_high_claimed_denial_attached(read: Reader) -> None:
    helicopters = series(seed_ledger(read), "AZE", "materiel", "helicopter", "lost")
    assert (helicopters.low.value, helicopters.high.value) == (1, 2)
    assert any(a.claimant == "AZE" and a.stance == "deny" for a in helicopters.assertions)
    assert any(c.first_claimant == "ARM" and c.second_claimant == "AZE" for c in helicopters.contradictions)


@pytest.mark.parametrize("read", READERS)
def test_seed_aze_military_killed_contradiction_hundreds_against_none(read: Reader) -> None:
    killed = series(seed_ledger(read), "AZE", "casualty", "military", "killed")
    sentences = [c.sentence for c in killed.contradictions]
    assert "ARM claims 200–999 AZE military killed; AZE claims 0" in sentences


@pytest.mark.parametrize("read", READERS)
def test_seed_arm_military_total_31_consistent_with_increment_15(read: Reader) -> None:
    killed = series(seed_ledger(read), "ARM", "casualty", "military", "killed")
    assert killed.high.value == 31
    [check] = [c for c in killed.totals if c.total.count == (31, 31)]
    assert check.status == "consistent"
    assert any(a.count == (15, 15) for a in check.increments)


@pytest.mark.parametrize("read", READERS)
def test_seed_arm_air_defence_claimed_by_aze_without_admission(read: Reader) -> None:
    air_defence = series(seed_ledger(read), "ARM", "materiel", "air_defense", "lost")
    assert air_defence.low.value in (None, 0) and air_defence.high.value == 12
    assert {a.claimant for a in air_defence.assertions} == {"AZE"}


def figures(ledger: Ledger) -> list[tuple[object, ...]]:
    return [(s.side, s.type, s.outcome, s.category, s.low.value, s.best.value, s.high.value) for s in ledger.series]


@pytest.mark.parametrize("read", READERS)
def test_seed_ingested_twice_or_as_wire_copy_changes_no_figure(read: Reader) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    once = read(text, 1, PUBLISHED, 1)
    again = read(text, 2, PUBLISHED, 1000)
    wire = read(WIRE_PREFIX + text, 3, PUBLISHED + dt.timedelta(days=1), 2000)
    baseline = figures(build_ledger(once))
    assert baseline, "the seed gives no ledger series"
    assert figures(build_ledger(once + again)) == baseline
    with_wire = build_ledger(once + wire)
    assert with_wire.duplicate_documents == 1
    assert figures(with_wire) == baseline
