"""`counterclaim extract --explain`: every claim with its pattern, trigger, arguments and resolution
steps; every sentence with a trigger word but no claim, with the veto or the missing pattern."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from counterclaim.cli import app

runner = CliRunner()
ARTICLE = (
    "Ukraine says 40 Russian soldiers killed near Bakhmut\n"
    "The Ukrainian general staff said on Tuesday that 40 Russian soldiers were killed and 2 tanks destroyed.\n"
    "Moscow threatened to strike government buildings in Kyiv if the attacks went on.\n"
    "Heavy rain killed 9 people in the west of the country.\n"
    "The fate of the missing crew remains unclear.\n"
)


def explain(tmp_path: Path, *options: str) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--published", "2023-05-02", "--explain", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if options else {"text": result.stdout}


def test_each_claim_is_explained_with_its_pattern_trigger_arguments_and_steps(tmp_path: Path) -> None:
    report = explain(tmp_path, "--format", "json")
    article = tmp_path / "article.txt"
    plain = json.loads(runner.invoke(app, ["extract", str(article), "--published", "2023-05-02", "--format", "json"]).stdout)
    explained = [c for c in report["claims"] if c["claim"] is not None]
    assert [c["result"] for c in explained] == plain["claims"]  # the same claims, in the same order
    tanks = next(c for c in explained if c["result"]["type"] == "materiel")
    assert tanks["pattern"] == "materiel/materiel_claims" and "tanks" in tanks["trigger"]
    assert tanks["arguments"]["count"] == [2, 2]
    assert any(step.startswith("claimant UKR: from the reporting words") for step in tanks["steps"])
    assert "subject @claimant-adversary resolved to RUS" in tanks["steps"]


def test_sentences_with_a_trigger_but_no_claim_name_the_veto_or_the_missing_pattern(tmp_path: Path) -> None:
    silent = {s["text"].split()[0]: s for s in explain(tmp_path, "--format", "json")["sentences_without_claims"]}
    assert silent["Heavy"]["reason"] == "vetoed"
    assert silent["Heavy"]["vetoes"] == [{"pattern": "natural-cause-agent", "type": "casualty", "trigger": "killed"}]
    assert silent["The"]["reason"] == "no pattern matched the trigger" and "missing:missing" in silent["The"]["triggers"]
    assert "Moscow" not in silent  # its threat is a statement claim (warn), and the threatened strike none


def test_a_threat_is_a_warning_statement_not_an_attack(tmp_path: Path) -> None:
    claims = [c["result"] for c in explain(tmp_path, "--format", "json")["claims"]]
    threat = [c for c in claims if "Moscow" in ARTICLE[c["span"][0] - 7 : c["span"][1]]]
    assert [(c["type"], c["outcome"], c["subject"]) for c in threat] == [("statement", "warn", "RUS")]


def test_the_plain_explanation_reads_as_lines(tmp_path: Path) -> None:
    text = explain(tmp_path)["text"]
    assert "claim 0: casualty killed military [40, 40]" in text
    assert "  veto      natural-cause-agent dropped a casualty claim on 'killed'" in text


def test_explain_takes_one_article_not_a_batch(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "1", "text": ARTICLE}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(batch), "--explain"])
    assert result.exit_code == 2


def test_a_statement_read_again_alone_is_still_explained(tmp_path: Path) -> None:
    # the attack named inside a general denial is dropped and the sentence's statements are read again alone; the
    # statement drafts of that second reading are the ones the claim comes from, and its explanation follows them
    article = tmp_path / "denial.txt"
    article.write_text("Ethiopia: Drone strike kills 30 in Amhara region\n"
                       "Fighting between federal forces and Fano militiamen intensified.\n"
                       "The government has previously denied targeting civilians.\n", encoding="utf-8")
    report = json.loads(runner.invoke(app, ["extract", str(article), "--published", "2025-03-13", "--explain", "--format", "json"]).stdout)
    plain = json.loads(runner.invoke(app, ["extract", str(article), "--published", "2025-03-13", "--format", "json"]).stdout)
    assert [c["result"] for c in report["claims"] if c["claim"] is not None] == plain["claims"]
    assert any(c["result"]["type"] == "statement" for c in report["claims"])
