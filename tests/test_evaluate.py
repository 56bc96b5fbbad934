"""Scoring functions of counterclaim.evaluate on small hand-made gold and predicted claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.evaluate import (
    boilerplate_left_in,
    evaluate_gold_file,
    fatalities_claimed,
    great_circle_km,
    match_claims,
    prf,
    quote_windows,
    recovers_event_kind,
    score_acled_note,
    score_article,
    sentence_spans,
    total_of,
)

TEXT = (
    "Rebels Say 12 Soldiers Killed Near Ridgeton\n"
    "\n"
    "The rebel command said 12 soldiers were killed near Ridgeton on Monday. "
    "The army denied the report.\n"
    "Officials counted 3.5 tonnes of aid. rebels said more would come.\n"
    "rebels say 12 soldiers killed near Ridgeton"
)


def claim(type_: str = "casualty", subject: str | None = "XAR", outcome: str | None = "killed",
          category: str | None = "military", **fields: object) -> dict[str, object]:
    out: dict[str, object] = {"type": type_, "subject": subject, "outcome": outcome, "category": category,
                              "count": [12, 12], "claimant": "REB", "stance": "assert", "hedged": False,
                              "evidence": None, "date": None, "cumulative": False, "part_of": None}
    out.update(fields)
    return out


def span_of(words: str, nth: int = 0) -> list[int]:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(words, at + 1)
    return [at, at + len(words)]


def test_sentences_split_at_end_punctuation_before_capital_and_at_line_breaks() -> None:
    sentences = [TEXT[s:e] for s, e in sentence_spans(TEXT)]
    assert sentences[0] == "Rebels Say 12 Soldiers Killed Near Ridgeton"
    assert sentences[1] == "The rebel command said 12 soldiers were killed near Ridgeton on Monday."
    assert sentences[2] == "The army denied the report."
    # neither a decimal point nor a full stop before a lower-case word ends a sentence
    assert sentences[3] == "Officials counted 3.5 tonnes of aid. rebels said more would come."
    assert len(sentences) == 5  # the blank line yields no sentence


def test_quote_windows_find_a_repeated_headline_in_any_case() -> None:
    sentences = sentence_spans(TEXT)
    windows = quote_windows(TEXT, "Rebels Say 12 Soldiers Killed", sentences)
    assert [TEXT[s:e] for s, e in windows] == [
        "Rebels Say 12 Soldiers Killed Near Ridgeton",
        "rebels say 12 soldiers killed near Ridgeton",
    ]
    assert quote_windows(TEXT, "not in this text", sentences) == []


def test_quote_spanning_two_sentences_touches_both() -> None:
    sentences = sentence_spans(TEXT)
    windows = quote_windows(TEXT, "on Monday. The army", sentences)
    assert [TEXT[s:e] for s, e in windows] == [
        "The rebel command said 12 soldiers were killed near Ridgeton on Monday.",
        "The army denied the report.",
    ]


def test_prediction_in_the_repeated_headline_matches_the_headline_claim() -> None:
    gold = [claim(quote="Rebels Say 12 Soldiers Killed")]
    predicted = [claim(span=span_of("rebels say 12 soldiers killed"))]
    score = score_article("a", TEXT, gold, predicted)
    assert (score.tally.core_tp, score.tally.strict_tp) == (1, 1)


def test_prediction_in_another_sentence_does_not_match() -> None:
    gold = [claim(quote="12 soldiers were killed")]
    predicted = [claim(span=span_of("Rebels Say 12 Soldiers Killed"))]
    score = score_article("a", TEXT, gold, predicted)
    assert score.tally.core_tp == 0
    assert [e.kind for e in score.errors] == ["miss", "false"]
    assert score.errors[1].sentence == "Rebels Say 12 Soldiers Killed Near Ridgeton"


def test_span_overlapping_the_gold_sentence_partly_matches() -> None:
    gold = [claim(quote="The army denied the report")]
    start = TEXT.index("on Monday.")
    predicted = [claim(span=[start, start + 20])]  # runs from one sentence into the next
    assert score_article("a", TEXT, gold, predicted).tally.core_tp == 1


def test_matching_is_one_to_one() -> None:
    gold = [claim(quote="12 soldiers were killed")]
    twice = [claim(span=span_of("12 soldiers were killed")), claim(span=span_of("were killed"))]
    score = score_article("a", TEXT, gold, twice)
    assert (score.tally.core_tp, score.tally.predicted) == (1, 2)
    two_gold = [claim(quote="12 soldiers were killed"), claim(quote="12 soldiers were killed")]
    assert score_article("a", TEXT, two_gold, twice[:1]).tally.core_tp == 1


def test_matching_is_greedy_in_gold_order_then_output_order() -> None:
    sentences = sentence_spans(TEXT)
    gold = [claim(quote="Rebels Say 12"), claim(quote="12 soldiers were killed")]
    windows = [quote_windows(TEXT, g["quote"], sentences) for g in gold]
    body, headline = claim(span=span_of("12 soldiers were killed")), claim(span=span_of("rebels say 12"))
    # the first gold claim takes the first fitting prediction in output order (the repeated headline)
    assert match_claims(gold, [headline, body], windows) == [(0, 0), (1, 1)]
    assert match_claims(gold, [body, headline], windows) == [(0, 1), (1, 0)]


def test_key_fields_must_all_be_equal_for_a_match() -> None:
    gold = [claim(quote="12 soldiers were killed")]
    where = span_of("12 soldiers were killed")
    for changed in ({"type_": "materiel"}, {"subject": "XGO"}, {"outcome": "wounded"}, {"category": "civilian"}):
        assert score_article("a", TEXT, gold, [claim(span=where, **changed)]).tally.core_tp == 0, changed


def test_strict_match_needs_count_claimant_and_stance() -> None:
    gold = [claim(quote="12 soldiers were killed")]
    where = span_of("12 soldiers were killed")
    assert score_article("a", TEXT, gold, [claim(span=where)]).tally.strict_tp == 1
    for changed in ({"count": [12, None]}, {"claimant": None}, {"stance": "deny"}):
        score = score_article("a", TEXT, gold, [claim(span=where, **changed)])
        assert (score.tally.core_tp, score.tally.strict_tp) == (1, 0), changed
        assert [e.kind for e in score.errors] == ["strict"]
    # fields outside the strict set do not matter for strict F1
    score = score_article("a", TEXT, gold, [claim(span=where, hedged=True, date="2024-01-01")])
    assert score.tally.strict_tp == 1
    assert score.tally.fields["hedged"] == [0, 1] and score.tally.fields["date"] == [0, 1]


def test_missing_stance_counts_as_assert_for_strict_match() -> None:
    gold = [claim(quote="12 soldiers were killed")]
    predicted = claim(span=span_of("12 soldiers were killed"))
    del predicted["stance"]
    score = score_article("a", TEXT, gold, [predicted])
    assert score.tally.strict_tp == 1
    assert score.tally.fields["stance"] == [0, 1]  # but a field left out of the output is not accurate


def test_vague_counts_compare_as_ranges() -> None:
    gold = [claim(quote="12 soldiers were killed", count=[24, 99])]
    where = span_of("12 soldiers were killed")
    assert score_article("a", TEXT, gold, [claim(span=where, count=(24, 99))]).tally.strict_tp == 1
    assert score_article("a", TEXT, gold, [claim(span=where, count=[24, None])]).tally.strict_tp == 0
    no_number = [claim(quote="12 soldiers were killed", count=None)]
    assert score_article("a", TEXT, no_number, [claim(span=where, count=None)]).tally.strict_tp == 1
    assert score_article("a", TEXT, no_number, [claim(span=where, count=[0, 0])]).tally.strict_tp == 0


def test_non_quantitative_claims_count_for_core_but_not_strict() -> None:
    gold = [claim("statement", "XGO", "deny", None, count=None, quote="The army denied the report")]
    predicted = [claim("statement", "XGO", "deny", None, count=None, span=span_of("denied"))]
    score = score_article("a", TEXT, gold, predicted)
    assert (score.tally.core_tp, score.tally.quant_gold, score.tally.quant_predicted, score.tally.strict_tp) == (1, 0, 0, 0)
    assert score.tally.by_type == {"statement": [1, 1, 1]}


def test_prediction_without_span_never_matches() -> None:
    gold = [claim(quote="12 soldiers were killed")]
    assert score_article("a", TEXT, gold, [claim(span=None)]).tally.core_tp == 0


def test_totals_add_over_articles_and_give_micro_f1() -> None:
    where = span_of("12 soldiers were killed")
    first = score_article("a", TEXT, [claim(quote="12 soldiers were killed")], [claim(span=where)])
    second = score_article("b", TEXT, [claim(quote="12 soldiers were killed"), claim(quote="denied", type_="statement")],
                           [claim(span=where, count=[1, 1]), claim(span=where, subject="ZZZ")])
    figures = total_of([first, second]).figures()
    assert figures["core_p"] == pytest.approx(2 / 3) and figures["core_r"] == pytest.approx(2 / 3)
    assert figures["strict_p"] == pytest.approx(1 / 3) and figures["strict_r"] == pytest.approx(1 / 2)
    assert figures["field_acc"]["count"] == pytest.approx(1 / 2)
    assert figures["type_f1"]["statement"] == 0.0


def test_prf_is_zero_when_undefined() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert prf(1, 2, 1) == pytest.approx((1.0, 0.5, 2 / 3))


def test_boilerplate_check_matches_whole_items_only() -> None:
    cleaned = "Donate 2,500 $ now\nClick to see full-size image\nbody"
    assert boilerplate_left_in(["0 $", "2,500 $", "Click to see full-size image", "gone"], cleaned) == [
        "2,500 $", "Click to see full-size image"]


def test_acled_fatalities_sum_asserted_new_top_level_deaths() -> None:
    claims = [
        claim(count=[5, 5]),
        claim(count=[3, None], category="civilian"),
        claim(count=[2, 2], part_of=0),  # a breakdown of the total
        claim(count=[40, 40], cumulative=True),  # a running total
        claim(count=[9, 9], stance="deny"),
        claim(count=[7, 7], outcome="wounded"),
        claim(count=[None, 4]),  # "up to 4": no low bound
        claim(count=None),
    ]
    assert fatalities_claimed(claims) == 8


def test_acled_event_kind_accepts_listed_outcomes_or_any_for_territory() -> None:
    clash = frozenset({("attack", "clash"), ("attack", "offensive")})
    assert recovers_event_kind([claim("attack", outcome="offensive")], clash)
    assert not recovers_event_kind([claim("attack", outcome="shelling")], clash)
    assert recovers_event_kind([claim("territory", outcome="lost")], frozenset({("territory", None)}))


def test_great_circle_distance() -> None:
    assert great_circle_km((0.0, 0.0), (0.0, 1.0)) == pytest.approx(111.19, abs=0.01)


def test_acled_note_score() -> None:
    gold = {"fatalities": 3, "event_date": "2022-03-01", "sub_event_type": "Armed clash",
            "latitude": 10.0, "longitude": 20.0, "fatalities_note_split": False}
    right = [claim("attack", None, "clash", None, count=None, date="2022-03-01", coordinates=[10.1, 20.1]),
             claim(count=[3, 3], date="2022-02-28")]
    score = score_acled_note("n1", gold, right)
    assert score.problems == []
    assert score.tally.figures()["fatal_acc_pos"] == 1.0
    wrong = [claim(count=[2, 2], coordinates=[10.3, 20.0])]
    score = score_acled_note("n1", gold, wrong)
    assert score.problems == ["fatalities", "type", "date", "geo"]
    assert (score.tally.fatal_abs_error, score.tally.located, score.tally.dated) == (1, 1, 0)
    split = score_acled_note("n2", {**gold, "fatalities_note_split": True}, wrong).tally
    assert (split.fatal_notes, split.kind_notes) == (0, 1)


def write_gold(tmp_path: Path, text: str, claims: list[dict[str, object]], **extra: object) -> Path:
    (tmp_path / "texts").mkdir(exist_ok=True)
    (tmp_path / "texts" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold").mkdir(exist_ok=True)
    gold = {"id": "a", "text": "../texts/a.txt", "published": "2024-05-06", "boilerplate": [], "claims": claims, **extra}
    path = tmp_path / "gold" / "a.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_gold_file_text_is_found_relative_to_the_gold_file(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "Nothing happened today.\n", [claim(quote="Nothing happened")],
                      boilerplate=["Nothing happened today."])
    score = evaluate_gold_file(path)
    assert score.failure is None
    assert score.tally.gold == 1 and score.unlocatable_quotes == []
    assert score.tally.boilerplate_lines == 1


def test_gold_file_with_missing_text_is_a_per_file_failure(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "x", [])
    (tmp_path / "texts" / "a.txt").unlink()
    (tmp_path / "other").mkdir()
    good = write_gold(tmp_path / "other", "Quiet day.\n", [])
    result = CliRunner().invoke(app, ["eval", str(path), str(good), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert "cannot read gold file" in report["articles"][0]["failure"]
    assert report["articles"][1]["failure"] is None
    assert report["overall"]["failed"] == ["a"]


def test_eval_command_prints_the_reference_summary_line(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "Quiet day.\n", [])
    result = CliRunner().invoke(app, ["eval", str(path), "--errors"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "strict_f1=0.000 core_f1=0.000"


def test_eval_given_notes_points_to_eval_acled(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"id": "N1", "text": "People gathered to protest.", "gold": {}}) + "\n")
    result = CliRunner().invoke(app, ["eval", str(notes)])
    assert result.exit_code == 2
    assert "counterclaim eval-acled" in result.output


def test_eval_acled_command_scores_each_note(tmp_path: Path) -> None:
    gold = {"fatalities": 0, "event_date": "2022-01-02", "sub_event_type": "Peaceful protest",
            "latitude": 1.0, "longitude": 2.0, "fatalities_note_split": False}
    notes = tmp_path / "notes.jsonl"
    notes.write_text("\n".join(json.dumps({"id": f"N{i}", "text": "People gathered to protest.",
                                           "published": "2022-01-02", "gold": gold}) for i in range(3)) + "\n")
    result = CliRunner().invoke(app, ["eval-acled", str(notes), "--limit", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["overall"]["notes"] == 2 and report["overall"]["fatal_notes"] == 2
