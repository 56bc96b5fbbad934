"""`counterclaim eval` / `eval-acled` report the same figures as the reference scorers in ../shared/tools.

The reference scorers run as black boxes (subprocess) on the same output: the real pipeline, and a
stand-in extractor (this file run as a script) that prints gold-derived claims with deliberate errors,
so agreement is checked on non-trivial matches whatever the state of extraction. Skipped without ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from counterclaim.evaluate import (
    acled_summary_line,
    acled_total_of,
    evaluate_acled_notes,
    evaluate_gold_file,
    gold_summary_line,
    read_acled_notes,
    score_acled_note,
    score_article,
    total_of,
)

SHARED = Path(os.environ.get("COUNTERCLAIM_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
GOLD_FILES = sorted((SHARED / "gold").glob("*.json"))
ACLED_FILE = SHARED / "dev" / "acled" / "acled_2022h1_dev.jsonl"
ACLED_LIMIT = 200
# The reference scorer starts `counterclaim extract` once per gold file; on the real pipeline the check runs on
# every fifth file (seed included) to keep the suite quick. The stand-in test covers every file, and
# `benchmarks/accuracy.py --check-reference` compares the whole set.
REAL_PIPELINE_GOLD = GOLD_FILES[::5]
needs_shared = pytest.mark.skipif(not (SHARED / "tools" / "score_gold.py").exists() or not GOLD_FILES,
                                  reason=f"reference scorers and gold not found at {SHARED}")


# --------------------------------------------------------------------------------------------------
# The stand-in extractor: gold claims with deliberate, deterministic errors
# --------------------------------------------------------------------------------------------------

def perturbed_gold_claims(text: str, gold_claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims derived from gold, in reverse order, with misses, wrong fields, shifted spans and extras."""
    low = text.lower()
    out: list[dict[str, Any]] = []
    for i, gold in enumerate(gold_claims):
        quote = gold["quote"].lower()
        at = low.find(quote)
        if at < 0 or i % 7 == 3:  # a miss
            continue
        if i % 4 == 0:  # the last occurrence: a repeated headline
            at = low.rfind(quote)
        claim = {k: v for k, v in gold.items() if k != "quote"}
        claim["span"] = [at, at + len(quote)]
        if i % 5 == 1:
            claim["count"] = [1, 1] if claim.get("count") is None else [claim["count"][0], None]
        if i % 6 == 2:
            claim["claimant"] = "XXX"
        if i % 9 == 4:
            claim["category"] = "other"
        if i % 8 == 5:
            claim["hedged"] = not claim.get("hedged")
            claim["date"] = None
        if i % 10 == 6:
            claim["span"] = [0, 5]
        if i % 11 == 7:
            del claim["stance"]
        out.append(claim)
        if i % 3 == 0:  # a duplicate: one of the two must stay unmatched
            out.append(dict(claim))
    out.append({"type": "casualty", "subject": None, "outcome": "killed", "category": "unknown",
                "count": [2, 2], "claimant": None, "stance": "assert", "span": [0, 3]})
    return out[::-1]


def perturbed_acled_claims(index: int, gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Claims for one ACLED note from its coding, right on some notes and wrong in varied ways on others."""
    deaths = gold["fatalities"]
    claims: list[dict[str, Any]] = [{"type": "casualty", "outcome": "killed", "category": "unknown",
                                     "count": [deaths + (index % 5 == 1), deaths], "cumulative": False,
                                     "stance": "assert", "part_of": None, "span": [0, 1]}]
    if index % 4 == 2:
        claims.append({"type": "casualty", "outcome": "killed", "count": [1, 1], "part_of": 0})
    if index % 6 == 3:
        claims.append({"type": "casualty", "outcome": "killed", "count": [5, 5], "cumulative": True})
    if index % 9 == 5:
        claims.append({"type": "casualty", "outcome": "killed", "count": [2, 2], "stance": "deny"})
    if index % 3 != 1:
        claims[0]["date"] = gold["event_date"] if index % 7 else "2000-01-01"
    if index % 2 == 0:
        shift = 0.1 if index % 8 else 0.4  # about 11 km, or about 44 km
        claims[0]["coordinates"] = [gold["latitude"] + shift, gold["longitude"]]
    kinds = {"Armed clash": ("attack", "offensive"), "Air/drone strike": ("attack", "airstrike"),
             "Attack": ("attack", "assault"), "Shelling/artillery/missile attack": ("attack", "shelling"),
             "Non-state actor overtakes territory": ("territory", "lost")}
    if gold.get("sub_event_type") in kinds and index % 5 != 2:
        claim_type, outcome = kinds[gold["sub_event_type"]]
        claims.append({"type": claim_type, "outcome": outcome if index % 10 != 3 else "clash"})
    return claims


def stand_in_main(argv: list[str]) -> None:
    """Behave like `counterclaim extract --format json FILE [--published D]` (gold) or `--format jsonl` (ACLED)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold-dir")
    parser.add_argument("--acled")
    parser.add_argument("--published")
    parser.add_argument("file")
    args = parser.parse_args(argv)
    if args.acled:
        coding = {}
        with open(args.acled, encoding="utf-8") as lines:
            for index, line in enumerate(lines):
                note = json.loads(line)
                coding[note["id"]] = (index, note["gold"])
        with open(args.file, encoding="utf-8") as lines:
            for line in lines:
                note_id = json.loads(line)["id"]
                print(json.dumps({"id": note_id, "claims": perturbed_acled_claims(*coding[note_id])}))
        return
    target = Path(args.file).resolve()
    for gold_path in sorted(Path(args.gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if (gold_path.parent / gold["text"]).resolve() == target:
            text = target.read_bytes().decode("utf-8")
            print(json.dumps({"document": {}, "claims": perturbed_gold_claims(text, gold["claims"])}))
            return
    sys.exit(f"no gold for {target}")


# --------------------------------------------------------------------------------------------------
# Running the reference scorers and ours
# --------------------------------------------------------------------------------------------------

REFERENCE_FILE_LINE = re.compile(r"^(?P<id>\S+): gold=(?P<gold>\d+) pred=(?P<pred>\d+) core_tp=(?P<core_tp>\d+) "
                                 r"q_gold=(?P<q_gold>\d+) q_pred=(?P<q_pred>\d+) strict_tp=(?P<strict_tp>\d+) (?P<fields>.*)$")


def run_reference(script: str, args: list[str]) -> list[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run([sys.executable, str(SHARED / "tools" / script), *args], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()


def reference_per_file(lines: list[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for line in lines:
        m = REFERENCE_FILE_LINE.match(line)
        if m:
            row = {k: int(v) for k, v in m.groupdict().items() if k not in ("id", "fields")}
            row["fields"] = {f: [int(a), int(b)] for f, a, b in re.findall(r"(\w+)=(\d+)/(\d+)", m["fields"])}
            out[m["id"]] = row
    return out


def our_per_file(scores: list[Any]) -> dict[str, dict[str, Any]]:
    return {s.id: {"gold": s.tally.gold, "pred": s.tally.predicted, "core_tp": s.tally.core_tp,
                   "q_gold": s.tally.quant_gold, "q_pred": s.tally.quant_predicted, "strict_tp": s.tally.strict_tp,
                   "fields": s.tally.fields} for s in scores}


@needs_shared
def test_eval_agrees_with_reference_scorer_on_the_pipeline_output() -> None:
    reference = run_reference("score_gold.py", [str(p) for p in REAL_PIPELINE_GOLD])
    crashed = [line for line in reference if ": ERROR" in line]
    assert not crashed, f"counterclaim extract failed on gold articles: {crashed}"
    scores = [evaluate_gold_file(p) for p in REAL_PIPELINE_GOLD]
    assert our_per_file(scores) == reference_per_file(reference)
    assert gold_summary_line(total_of(scores).figures()) == reference[-1]


@needs_shared
def test_eval_agrees_with_reference_scorer_on_imperfect_predictions() -> None:
    command = shlex.join([sys.executable, __file__, "--gold-dir", str(SHARED / "gold")])
    reference = run_reference("score_gold.py", ["--cmd", command, *map(str, GOLD_FILES)])
    scores = []
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text"]).read_bytes().decode("utf-8")
        scores.append(score_article(gold["id"], text, gold["claims"], perturbed_gold_claims(text, gold["claims"])))
    ours = total_of(scores)
    assert 0 < ours.strict_tp < ours.quant_gold and 0 < ours.core_tp < ours.gold  # the check is not trivial
    assert our_per_file(scores) == reference_per_file(reference)
    assert gold_summary_line(ours.figures()) == reference[-1]


needs_acled = pytest.mark.skipif(not ACLED_FILE.exists() or not (SHARED / "tools" / "score_acled.py").exists(),
                                 reason=f"ACLED dev notes or reference scorer not found under {SHARED}")


@needs_acled
def test_eval_acled_agrees_with_reference_scorer_on_the_pipeline_output() -> None:
    reference = run_reference("score_acled.py", ["--limit", str(ACLED_LIMIT), str(ACLED_FILE)])
    scores = evaluate_acled_notes(read_acled_notes(ACLED_FILE, ACLED_LIMIT))
    assert acled_summary_line(acled_total_of(scores).figures()) == reference[-1]


@needs_acled
def test_eval_acled_agrees_with_reference_scorer_on_imperfect_predictions() -> None:
    command = shlex.join([sys.executable, __file__, "--acled", str(ACLED_FILE)])
    reference = run_reference("score_acled.py", ["--cmd", command, "--limit", str(ACLED_LIMIT), str(ACLED_FILE)])
    notes = read_acled_notes(ACLED_FILE, ACLED_LIMIT)
    total = acled_total_of(score_acled_note(n["id"], n["gold"], perturbed_acled_claims(i, n["gold"]))
                           for i, n in enumerate(notes))
    figures = total.figures()
    assert all(0 < figures[name] < 1 for name in ("fatal_acc", "fatal_acc_pos", "date_acc", "geo_acc", "type_acc"))
    assert acled_summary_line(figures) == reference[-1]
    assert (f"fatalities exact: all {total.fatal_ok}/{total.fatal_notes}  with deaths {total.deadly_ok}/"
            f"{total.deadly_notes}  without {total.bloodless_ok}/{total.bloodless_notes}  MAE={figures['fatal_mae']:.3f}"
            ) in reference


if __name__ == "__main__":
    stand_in_main(sys.argv[1:])
