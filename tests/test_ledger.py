"""Ledger behaviour on hand-built claims from short texts written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counterclaim.ledger import Ledger, Series, build_ledger, load_policy
from counterclaim.ledger.policy import PolicyError
from counterclaim.ledger.series import period_key
from ledger_fixtures import REGISTRY, ClaimFactory, killed, losses

SEP28 = dt.date(2020, 9, 28)
SEP27 = dt.date(2020, 9, 27)


def only(ledger: Ledger, side: str, category: str, outcome: str | None = None) -> Series:
    found = [s for s in ledger.series if s.side == side and s.category == category
             and (outcome is None or s.outcome == outcome)]
    assert len(found) == 1, [(s.side, s.category, s.outcome) for s in ledger.series]
    return found[0]


def figures(series: Series) -> tuple[int | None, int | None, int | None]:
    return series.low.value, series.best.value, series.high.value


HELICOPTER_TEXT = (
    "Yerevan said it shot down two helicopters. Baku confirmed the loss of one helicopter "
    "and denied any other losses."
)


def helicopter_claims(factory: ClaimFactory, published: dt.date = SEP28, text: str = HELICOPTER_TEXT):
    return factory.document(text, published, [
        losses("AZE", "helicopter", (2, 2), "ARM", object="ARM", quote="shot down two helicopters"),
        losses("AZE", "helicopter", (1, 1), "AZE", outcome="lost", quote="loss of one helicopter"),
        losses("AZE", None, None, "AZE", outcome="lost", stance="deny", quote="denied any other losses"),  # type: ignore[arg-type]
    ])


def test_admission_sets_low_and_adversary_claim_sets_high_with_denial_attached() -> None:
    ledger = build_ledger(helicopter_claims(ClaimFactory()), registry=REGISTRY)
    series = only(ledger, "AZE", "helicopter")
    assert series.outcome == "lost"
    assert series.low.value == 1 and series.high.value == 2
    assert "AZE" in series.low.rule and "ARM" in series.high.rule
    relations = {(a.claimant, a.relation, a.stance) for a in series.assertions}
    assert relations == {("ARM", "adversary", "assert"), ("AZE", "self", "assert"), ("AZE", "self", "deny")}
    [contradiction] = series.contradictions
    assert contradiction.sentence == "ARM claims 2 AZE helicopter lost; AZE claims 1 and denies other losses"


def test_every_figure_lists_the_claims_and_spans_it_rests_on() -> None:
    claims = helicopter_claims(ClaimFactory())
    series = only(build_ledger(claims, registry=REGISTRY), "AZE", "helicopter")
    [citation] = series.high.citations
    assert HELICOPTER_TEXT[citation.span[0]:citation.span[1]] == "shot down two helicopters"
    assert series.high.assertions == [a.id for a in series.assertions if a.claimant == "ARM"]
    [low_citation] = series.low.citations
    assert HELICOPTER_TEXT[low_citation.span[0]:low_citation.span[1]] == "loss of one helicopter"


def test_disjoint_counts_are_a_contradiction_with_both_sides() -> None:
    text = "Armenia said hundreds of Azerbaijani soldiers died; Azerbaijan said it lost none."
    claims = ClaimFactory().document(text, SEP28, [
        killed("AZE", "military", (200, 999), "ARM", quote="hundreds of Azerbaijani soldiers died"),
        killed("AZE", "military", (0, 0), "AZE", quote="it lost none"),
    ])
    ledger = build_ledger(claims, registry=REGISTRY)
    [contradiction] = ledger.contradictions
    assert contradiction.sentence == "ARM claims 200–999 AZE military killed; AZE claims 0"
    assert contradiction.kind == "counts"
    assert [a.claimant for a in contradiction.first] == ["ARM"] and [a.claimant for a in contradiction.second] == ["AZE"]
    assert figures(only(ledger, "AZE", "military")) == (0, 0, 999)


def test_a_claimant_with_many_figures_is_summed_up_as_a_range() -> None:
    """Spelling out dozens of daily figures would bury the sentence: past six, their range and number."""
    factory = ClaimFactory()
    claims = []
    for day in range(9):
        text = f"Day {day}: Armenia said {day + 10} Azerbaijani soldiers died; Azerbaijan said it lost none."
        published = SEP27 + dt.timedelta(days=day)
        claims += factory.document(text, published, [
            killed("AZE", "military", (day + 10, day + 10), "ARM", date=published,
                   quote=f"{day + 10} Azerbaijani soldiers died"),
            killed("AZE", "military", (0, 0), "AZE", date=published, quote="it lost none"),
        ])
    [contradiction] = build_ledger(claims, registry=REGISTRY).contradictions
    assert contradiction.sentence == "ARM claims 10 to 18 (9 figures) AZE military killed; AZE claims 0"
    assert len(contradiction.first) == 9


def test_terminal_table_tallies_long_series_by_claimant() -> None:
    from rich.console import Console

    from counterclaim.ledger import summarize_ledger

    factory = ClaimFactory()
    claims = []
    for day in range(14):
        text = f"Report {day}: Armenia said {day + 1} Azerbaijani soldiers died."
        claims += factory.document(text, SEP27 + dt.timedelta(days=day), [
            killed("AZE", "military", (day + 1, day + 1), "ARM", quote=f"{day + 1} Azerbaijani soldiers died")])
    claims += factory.document("Baku denied it.", SEP28, [killed("AZE", "military", None, "AZE", stance="deny")])
    console = Console(width=200, record=True)
    console.print(summarize_ledger(build_ledger(claims, registry=REGISTRY)))
    output = console.export_text()
    assert "ARM(adv): 14 assertions ×14; AZE(sel): 0 assertions, 1 denial ×1" in output


def test_overlapping_counts_are_not_a_contradiction() -> None:
    text = "Kyiv said dozens were killed; the UN counted thirty dead."
    claims = ClaimFactory().document(text, SEP28, [
        killed("AZE", "military", (24, 99), "ARM", quote="dozens were killed"),
        killed("AZE", "military", (30, 30), "UN", quote="thirty dead"),
    ])
    ledger = build_ledger(claims, registry=REGISTRY)
    assert ledger.contradictions == []
    series = only(ledger, "AZE", "military")
    assert series.best.value == 30 and "third-party" in series.best.rule
    assert {a.relation for a in series.assertions} == {"adversary", "third_party"}


def test_claim_without_admission_has_no_low() -> None:
    text = "Baku said twelve Armenian air defence systems were destroyed."
    claims = ClaimFactory().document(text, SEP28, [
        losses("ARM", "air_defense", (12, 12), "AZE", object="AZE", quote="twelve Armenian air defence systems"),
    ])
    assert figures(only(build_ledger(claims, registry=REGISTRY), "ARM", "air_defense")) == (None, 12, 12)


def test_evidence_backed_claim_sets_low_and_best() -> None:
    text = "A video shows three tanks burning. Baku says it destroyed ten tanks."
    claims = ClaimFactory().document(text, SEP28, [
        losses("ARM", "tank", (3, 3), None, evidence="video", quote="three tanks burning"),
        losses("ARM", "tank", (10, 10), "AZE", quote="destroyed ten tanks"),
    ])
    series = only(build_ledger(claims, registry=REGISTRY), "ARM", "tank")
    assert figures(series) == (3, 3, 10)
    assert "evidence" in series.low.rule


def test_unattributed_claim_is_labelled_outlet() -> None:
    claims = ClaimFactory().document("Two soldiers were killed.", SEP28, [killed("ARM", "military", (2, 2), None)])
    [series] = build_ledger(claims, registry=REGISTRY).series
    assert series.assertions[0].relation == "outlet"


def test_member_actor_counts_for_its_side() -> None:
    text = "Karabakh authorities said 16 of their troops were killed."
    claims = ClaimFactory().document(text, SEP27, [killed("NKR", "military", (16, 16), "NKR", date=SEP27)])
    [series] = build_ledger(claims, registry=REGISTRY).series
    assert (series.conflict, series.side, series.low.value) == ("caucasus-2020", "ARM", 16)


def test_without_registry_side_is_the_subject() -> None:
    claims = ClaimFactory().document("Three fighters died, the rebels said.", SEP28,
                                     [killed("M23", "military", (3, 3), "M23")])
    [series] = build_ledger(claims, registry=None).series
    assert (series.conflict, series.side, series.assertions[0].relation, series.low.value) == (None, "M23", "self", 3)


TOTALS_TEXT_1 = "Karabakh authorities said 16 of their troops were killed on Sunday."
TOTALS_TEXT_2 = "Fifteen more servicemen were killed overnight; the military toll is now 31."


def test_running_total_supersedes_increments_and_is_consistent() -> None:
    factory = ClaimFactory()
    claims = factory.document(TOTALS_TEXT_1, SEP27, [killed("NKR", "military", (16, 16), "NKR", date=SEP27)])
    claims += factory.document(TOTALS_TEXT_2, SEP28, [
        killed("ARM", "military", (15, 15), None, date=SEP28, quote="Fifteen more"),
        killed("ARM", "military", (31, 31), None, date=SEP28, cumulative=True, quote="now 31"),
    ])
    ledger = build_ledger(claims, registry=REGISTRY)
    series = only(ledger, "ARM", "military")
    assert series.high.value == 31  # the total, not 31 + 15
    [check] = series.totals
    assert check.status == "consistent" and check.increments_sum == 31
    assert check.sentence == "total 31 on 2020-09-28; 16 (2020-09-27) + 15 (2020-09-28) = 31: consistent"


def test_total_smaller_than_increments_is_flagged() -> None:
    factory = ClaimFactory()
    claims = factory.document("Ten soldiers died on Monday.", dt.date(2020, 9, 29),
                              [killed("ARM", "military", (10, 10), None, date=dt.date(2020, 9, 28))])
    claims += factory.document("Eight more died on Tuesday. In all six soldiers have died.", dt.date(2020, 9, 30), [
        killed("ARM", "military", (8, 8), None, date=dt.date(2020, 9, 29)),
        killed("ARM", "military", (6, 6), None, date=dt.date(2020, 9, 29), cumulative=True),
    ])
    [check] = build_ledger(claims, registry=REGISTRY).totals
    assert check.status == "inconsistent" and "more than the total 6" in check.sentence


def test_total_rise_smaller_than_increments_between_totals_is_flagged() -> None:
    factory = ClaimFactory()
    claims = factory.document("So far 20 soldiers have died.", SEP28,
                              [killed("ARM", "military", (20, 20), None, date=SEP28, cumulative=True)])
    claims += factory.document("Nine more died; the toll is 25.", dt.date(2020, 9, 30), [
        killed("ARM", "military", (9, 9), None, date=dt.date(2020, 9, 30)),
        killed("ARM", "military", (25, 25), None, date=dt.date(2020, 9, 30), cumulative=True),
    ])
    checks = build_ledger(claims, registry=REGISTRY).totals
    assert [c.status for c in checks] == ["consistent", "inconsistent"]
    assert "more than the rise from 20" in checks[1].sentence


def test_same_article_ingested_twice_leaves_figures_unchanged() -> None:
    once = build_ledger(helicopter_claims(ClaimFactory()), registry=REGISTRY)
    factory = ClaimFactory()
    twice = build_ledger(helicopter_claims(factory) + helicopter_claims(factory), registry=REGISTRY)
    assert [figures(s) for s in once.series] == [figures(s) for s in twice.series]
    series = only(twice, "AZE", "helicopter")
    assert all(len(a.citations) == 2 for a in series.assertions)


def test_wire_copy_published_days_later_is_merged_by_document_similarity() -> None:
    factory = ClaimFactory()
    text = "Yerevan said it shot down two more helicopters, three more drones and four more tanks."
    rows = [losses("AZE", c, (n, n), "ARM", quote=text) for c, n in (("helicopter", 2), ("drone", 3), ("tank", 4))]
    original = factory.document(text, SEP28, [dict(r) for r in rows], source="wire")
    copy = factory.document(text + " (Reprinted.)", dt.date(2020, 10, 5), [dict(r) for r in rows], source="reprint")
    alone = build_ledger(original, registry=REGISTRY)
    ledger = build_ledger(original + copy, registry=REGISTRY)
    assert ledger.duplicate_documents == 1
    assert [figures(s) for s in ledger.series] == [figures(s) for s in alone.series]
    unmerged = build_ledger(original + copy, registry=REGISTRY, merge=False)
    assert only(unmerged, "AZE", "tank").high.value == 8


def test_near_duplicate_texts_found_with_minhash_when_texts_given() -> None:
    factory = ClaimFactory()
    body = ("Officials in the capital said on Monday that two soldiers were killed when their position came "
            "under heavy fire near the border village before dawn, and that fighting went on all day. ")
    first = factory.document(body + "More to follow.", SEP28, [killed("ARM", "military", (2, 2), "ARM")])
    second = factory.document(body + "Updated with new details.", dt.date(2020, 10, 3),
                              [killed("ARM", "military", (2, 2), "ARM")])
    texts = {1: body + "More to follow.", 2: body + "Updated with new details."}
    ledger = build_ledger(first + second, registry=REGISTRY, documents=texts)
    assert ledger.duplicate_documents == 1
    assert only(ledger, "ARM", "military").high.value == 2
    different = {1: texts[1], 2: "A wholly different report about another day of fighting far away."}
    apart = build_ledger(first + second, registry=REGISTRY, documents=different)
    assert apart.duplicate_documents == 0 and only(apart, "ARM", "military").high.value == 4


def test_equal_claims_with_different_explicit_dates_are_not_merged() -> None:
    factory = ClaimFactory()
    claims = factory.document("Two soldiers died on Monday.", SEP28,
                              [killed("ARM", "military", (2, 2), "ARM", date=dt.date(2020, 9, 28))])
    claims += factory.document("Two soldiers died on Tuesday.", dt.date(2020, 9, 29),
                               [killed("ARM", "military", (2, 2), "ARM", date=dt.date(2020, 9, 29))])
    assert only(build_ledger(claims, registry=REGISTRY), "ARM", "military").low.value == 4


def test_by_day_splits_increments_and_running_totals_into_growth() -> None:
    factory = ClaimFactory()
    claims = factory.document(TOTALS_TEXT_1, SEP27, [killed("ARM", "military", (16, 16), "ARM", date=SEP27)])
    claims += factory.document("The toll is now 31.", SEP28,
                               [killed("ARM", "military", (31, 31), "ARM", date=SEP28, cumulative=True)])
    ledger = build_ledger(claims, registry=REGISTRY, by="day")
    by_period = {s.period: s.low.value for s in ledger.series}
    assert by_period == {"2020-09-27": 16, "2020-09-28": 15}


def test_filters_select_side_type_and_dates() -> None:
    factory = ClaimFactory()
    claims = helicopter_claims(factory) + factory.document("Five soldiers died.", dt.date(2020, 10, 20),
                                                           [killed("ARM", "military", (5, 5), "ARM")])
    assert {s.side for s in build_ledger(claims, registry=REGISTRY, side="ARM").series} == {"ARM"}
    assert {s.type for s in build_ledger(claims, registry=REGISTRY, type="materiel").series} == {"materiel"}
    recent = build_ledger(claims, registry=REGISTRY, since=dt.date(2020, 10, 1))
    assert [(s.side, s.category) for s in recent.series] == [("ARM", "military")]
    assert build_ledger(claims, registry=REGISTRY, conflict="elsewhere").series == []


def test_statements_are_left_out_unless_asked_for() -> None:
    claims = ClaimFactory().document("The UN appealed for calm.", SEP28,
                                     [{"type": "statement", "subject": "UN", "outcome": "appeal", "claimant": "UN"}])
    assert build_ledger(claims, registry=REGISTRY).series == []
    assert len(build_ledger(claims, registry=REGISTRY, type="statement").series) == 1


def test_period_keys() -> None:
    day = dt.date(2020, 9, 28)
    assert [period_key(day, by) for by in ("day", "week", "month", "whole")] == [
        "2020-09-28", "2020-W40", "2020-09", "whole"]
    assert period_key(None, "day") == "undated"
    with pytest.raises(ValueError, match="unknown period"):
        build_ledger([], by="year")


def test_policy_file_changes_best(tmp_path: Path) -> None:
    text = "Baku said ten tanks were destroyed; Yerevan admitted two; the UN counted four."
    claims = ClaimFactory().document(text, SEP28, [
        losses("ARM", "tank", (10, 10), "AZE"), losses("ARM", "tank", (2, 2), "ARM"), losses("ARM", "tank", (4, 4), "UN"),
    ])
    assert figures(only(build_ledger(claims, registry=REGISTRY), "ARM", "tank")) == (2, 4, 10)
    custom = tmp_path / "policy.toml"
    custom.write_text('name = "claimants"\nbest_relations = []\nbest_median = "high"\n', encoding="utf-8")
    ledger = build_ledger(claims, registry=REGISTRY, policy=load_policy(custom))
    assert ledger.policy == "claimants" and only(ledger, "ARM", "tank").best.value == 4
    custom.write_text('low_relations = ["self", "third_party"]\n', encoding="utf-8")
    assert figures(only(build_ledger(claims, registry=REGISTRY, policy=load_policy(custom)), "ARM", "tank")) == (4, 4, 10)


def test_bad_policy_file_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('best_median = "average"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="best_median"):
        load_policy(bad)
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "missing.toml")


def test_ledger_serialises_to_json() -> None:
    ledger = build_ledger(helicopter_claims(ClaimFactory()), registry=REGISTRY)
    data = ledger.model_dump(mode="json")
    series = data["series"][0]
    assert set(series) >= {"low", "best", "high", "assertions", "contradictions"}
    assert series["assertions"][0]["citations"][0]["span"]
    assert Ledger.model_validate(data).series[0].high.value == ledger.series[0].high.value


def test_batch_minhash_signatures_equal_datasketch_minhash() -> None:
    from datasketch import MinHash

    from counterclaim.ledger.assertions import minhash_signatures

    sets = [frozenset({b"two soldiers killed", b"near the village", b"before dawn"}), frozenset({b"one"})]
    for shingles, signature in zip(sets, minhash_signatures(sets, 32), strict=True):
        reference = MinHash(num_perm=32, seed=1, scheme="legacy")
        reference.update_batch(sorted(shingles))
        assert list(signature.hashvalues) == list(reference.hashvalues)


def test_index_candidates_are_what_datasketch_query_returns() -> None:
    import random

    from counterclaim.ledger.assertions import DuplicateIndex, minhash_signatures

    rng = random.Random(7)
    words = [f"w{i}".encode() for i in range(40)]
    sets = {d: ("hash", frozenset(rng.sample(words, 8))) for d in range(60)}
    sets[60] = ("copy", sets[3][1])
    index = DuplicateIndex(threshold=0.7, num_perm=32)
    pairs = index.near_copies(sets)
    assert (3, 60) in pairs
    signatures = minhash_signatures([shingles for _, shingles in sets.values()], 32)
    for document_id, signature in zip(sets, signatures, strict=True):
        assert index._lsh_candidates(document_id) == set(index.lsh.query(signature))


def test_kept_duplicate_index_follows_changed_documents() -> None:
    body = ("Officials said on Monday that two soldiers were killed when their position came under heavy "
            "fire near the border village before dawn, and that the fighting went on all day long. ")
    other = "A wholly different report about another day of fighting somewhere far away from there."
    factory = ClaimFactory()
    claims = factory.document(body, SEP28, [killed("ARM", "military", (2, 2), "ARM")])
    claims += factory.document(body + "Updated.", dt.date(2020, 10, 3), [killed("ARM", "military", (2, 2), "ARM")])
    first = build_ledger(claims, registry=REGISTRY, documents={1: body, 2: body + "Updated."})
    assert first.duplicate_documents == 1
    changed = [c.model_copy(update={"content_hash": "changed"}) if c.document_id == 2 else c for c in claims]
    second = build_ledger(changed, registry=REGISTRY, documents={1: body, 2: other})
    assert second.duplicate_documents == 0
    again = build_ledger(claims, registry=REGISTRY, documents={1: body, 2: body + "Updated."})
    assert again.duplicate_documents == 1
