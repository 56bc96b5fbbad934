"""Series outside every conflict profile: grouped by the country where they happened, never one 'unknown' pool."""

from __future__ import annotations

import datetime as dt

from counterclaim.ledger import build_ledger
from ledger_fixtures import REGISTRY, ClaimFactory, killed

# Points inside two countries far from the test profile's (Bamako, Mali; Maiduguri, Nigeria).
BAMAKO = (12.64, -8.0)
MAIDUGURI = (11.85, 13.16)


def test_events_of_unknown_side_outside_profiles_are_grouped_by_country() -> None:
    factory = ClaimFactory()
    claims = factory.document("Gunmen killed 12 people in an attack on a market.", dt.date(2022, 2, 1), [
        killed(None, "unknown", (12, 12), None, place="Bamako", coordinates=BAMAKO, quote="killed 12 people")])  # type: ignore[arg-type]
    claims += factory.document("Nine people died in a blast at a bus station.", dt.date(2022, 2, 3), [
        killed(None, "unknown", (9, 9), None, place="Maiduguri", coordinates=MAIDUGURI, quote="Nine people died")])  # type: ignore[arg-type]
    ledger = build_ledger(claims, registry=REGISTRY)
    by_side = {s.side: s.high.value for s in ledger.series}
    assert by_side == {"MLI": 12, "NGA": 9}
    assert all(s.conflict is None for s in ledger.series)


def test_a_claim_with_no_place_in_a_report_of_no_place_stays_apart_from_located_ones() -> None:
    factory = ClaimFactory()
    claims = factory.document("Gunmen killed 12 people in an attack on a market.", dt.date(2022, 2, 1), [
        killed(None, "unknown", (12, 12), None, place="Bamako", coordinates=BAMAKO, quote="killed 12 people")])  # type: ignore[arg-type]
    claims += factory.document("Four people were killed in an attack.", dt.date(2022, 2, 4), [
        killed(None, "unknown", (4, 4), None, quote="Four people were killed")])  # type: ignore[arg-type]
    by_side = {s.side: (s.conflict, s.high.value) for s in build_ledger(claims, registry=REGISTRY).series}
    assert by_side == {"MLI": (None, 12), None: ("report-2", 4)}


def test_reports_with_no_side_place_or_state_are_never_pooled_together() -> None:
    factory = ClaimFactory()
    claims = factory.document("Four people were killed in an attack.", dt.date(2022, 2, 4), [
        killed(None, "unknown", (4, 4), None, quote="Four people were killed")])  # type: ignore[arg-type]
    claims += factory.document("Gunmen killed 6 villagers overnight.", dt.date(2022, 2, 5), [
        killed(None, "unknown", (6, 6), None, quote="killed 6 villagers")])  # type: ignore[arg-type]
    ledger = build_ledger(claims, registry=REGISTRY)
    assert {(s.conflict, s.side): s.high.value for s in ledger.series} == {("report-1", None): 4, ("report-2", None): 6}
    assert [s.high.value for s in build_ledger(claims, registry=REGISTRY, conflict="report-2").series] == [6]


def test_a_claim_with_no_place_takes_the_country_of_its_documents_located_claims() -> None:
    factory = ClaimFactory()
    text = "Gunmen killed 12 people at a market in Bamako. Four more people died of their wounds."
    claims = factory.document(text, dt.date(2022, 2, 1), [
        killed(None, "unknown", (12, 12), None, place="Bamako", coordinates=BAMAKO, quote="killed 12 people"),  # type: ignore[arg-type]
        killed(None, "unknown", (4, 4), None, quote="Four more people died")])  # type: ignore[arg-type]
    claims += factory.document("Nine people died in a blast.", dt.date(2022, 2, 3), [
        killed(None, "unknown", (9, 9), None, place="Maiduguri", coordinates=MAIDUGURI, quote="Nine people died")])  # type: ignore[arg-type]
    by_side = {s.side: s.high.value for s in build_ledger(claims, registry=REGISTRY).series}
    assert by_side == {"MLI": 16, "NGA": 9}


def test_a_report_with_no_place_takes_the_state_its_claims_name() -> None:
    factory = ClaimFactory()
    claims = factory.document("Gunmen killed 7 people; the army of Burkina Faso said 3 soldiers died.",
                              dt.date(2022, 3, 1), [
        killed(None, "unknown", (7, 7), None, quote="killed 7 people"),  # type: ignore[arg-type]
        killed("BFA", "military", (3, 3), "BFA", quote="3 soldiers died")])
    claims += factory.document("Five people died in an ambush.", dt.date(2022, 3, 2), [
        killed(None, "unknown", (5, 5), None, quote="Five people died")])  # type: ignore[arg-type]
    registry = type(REGISTRY)(REGISTRY.profiles, kinds={**REGISTRY.kinds, "BFA": "state"})
    by_side = {(s.side, s.category): s.high.value for s in build_ledger(claims, registry=registry).series}
    assert by_side == {("BFA", "unknown"): 7, ("BFA", "military"): 3, (None, "unknown"): 5}  # 5: report 2's own
