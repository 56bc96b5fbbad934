"""`counterclaim extract` reads as `counterclaim ingest` does (issue 12): the same size cap, encoding
detection, error classes and messages; bad JSONL lines print their class and a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.records import IngestError
from counterclaim.sources import SourceOptions, iter_raw_documents

runner = CliRunner()

# Short dispatches written for these tests.
DISPATCH = "The army said 6 soldiers were killed near Bakhmut on 3 May 2023.\n"
OTHER = "Police said 4 civilians were wounded by shelling in Kharkiv on Friday.\n"


def extract_json(*args: str, env: dict[str, str] | None = None) -> tuple[dict[str, object], str]:
    result = runner.invoke(app, ["extract", *args, "--format", "json"], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def extract_lines(*args: str) -> tuple[list[dict[str, object]], str]:
    result = runner.invoke(app, ["extract", *args, "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], result.stderr


def ingest_reason(path: Path, options: SourceOptions | None = None) -> tuple[str, str]:
    (item,) = iter_raw_documents([str(path)], options or SourceOptions())
    assert isinstance(item, IngestError)
    return item.reason, item.message


def test_max_bytes_option_and_environment_cap_extract_like_ingest(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(DISPATCH * 20, encoding="utf-8")
    output, stderr = extract_json(str(article), "--max-bytes", "100")
    assert (output["document"]["error"], output["document"]["message"]) == ingest_reason(
        article, SourceOptions(max_bytes=100)
    )
    assert output["document"]["error"] == "too_large" and output["claims"] == []
    assert "too_large" in stderr
    output, _ = extract_json(str(article), env={"COUNTERCLAIM_MAX_BYTES": "50"})
    assert output["document"]["error"] == "too_large"


def test_utf16_without_bom_gives_the_claims_of_the_utf8_file(tmp_path: Path) -> None:
    plain, wide = tmp_path / "plain.txt", tmp_path / "wide.txt"
    plain.write_text(DISPATCH, encoding="utf-8")
    wide.write_bytes(DISPATCH.encode("utf-16-le"))
    from_plain, _ = extract_json(str(plain))
    from_wide, _ = extract_json(str(wide))
    assert from_plain["claims"] and from_wide["claims"] == from_plain["claims"]


@pytest.mark.parametrize(
    ("name", "data"),
    [("zeros.txt", bytes(2048)), ("nul.txt", DISPATCH.encode() + b"\x00"), ("empty.txt", b" \n")],
)
def test_bad_files_get_ingest_error_class_and_message(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    output, stderr = extract_json(str(path))
    reason, message = ingest_reason(path)
    assert (output["document"]["error"], output["document"]["message"]) == (reason, message)
    assert f"{reason}: {message}" in stderr


def test_bad_jsonl_lines_print_error_class_and_message_and_keep_ids(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": 7, "text": DISPATCH})
        + "\n{not json\n"
        + json.dumps({"id": "no-text", "title": "Nothing here"})
        + "\n"
        + json.dumps({"id": "nul", "text": "Two\u0000 wounded."})
        + "\n\n"
        + json.dumps({"id": "b", "text": OTHER})
        + "\n",
        encoding="utf-8",
    )
    lines, stderr = extract_lines(str(batch))
    assert [line["id"] for line in lines] == [7, None, "no-text", "nul", "b"]
    assert lines[0]["claims"] and lines[4]["claims"] and "error" not in lines[0]
    errors = [(line["error"], line["message"]) for line in lines if "error" in line]
    assert [reason for reason, _ in errors] == ["parse", "parse", "binary"]
    assert all(message for _, message in errors)
    assert errors[0][1].startswith("broken JSON line")
    assert f"{batch}:2: parse: broken JSON line" in stderr


def test_jsonl_line_over_the_cap_is_too_large_and_the_next_line_is_read(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "huge", "text": DISPATCH * 500})
        + "\n"
        + json.dumps({"id": "ok", "text": DISPATCH})
        + "\n",
        encoding="utf-8",
    )
    lines, _ = extract_lines(str(batch), "--max-bytes", "2000")
    assert [(line["id"], line.get("error")) for line in lines] == [(None, "too_large"), ("ok", None)]


def test_standard_input_is_read_like_ingest_reads_it() -> None:
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=DISPATCH.encode("utf-16"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"]


def test_a_feed_file_prints_one_line_per_entry(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>One</title><guid>w-1</guid><description>{DISPATCH}</description></item>"
        f"<item><title>Two</title><guid>w-2</guid><description>{OTHER}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    lines, _ = extract_lines(str(feed))
    assert [line["id"] for line in lines] == ["w-1", "w-2"]
    assert all(line["claims"] for line in lines)


def test_abbreviated_ranks_do_not_end_a_sentence() -> None:
    from counterclaim.extract.sentences import split_sentences

    text = "Lt. Gen. Igor Petrov said the town fell. Brig. Gen. Ali Musa denied it. Col.-Gen. Ivan Orlov spoke. Capt. Aden Nur agreed."
    assert [s.text for s in split_sentences(text)] == [
        "Lt. Gen. Igor Petrov said the town fell.", "Brig. Gen. Ali Musa denied it.", "Col.-Gen. Ivan Orlov spoke.", "Capt. Aden Nur agreed."]


def test_an_opening_quote_mark_belongs_to_the_sentence_it_opens() -> None:
    from counterclaim.extract.sentences import split_sentences

    text = "“We held the line,” he said. “We lost 3 men.”"
    assert [s.text for s in split_sentences(text)] == ["“We held the line,” he said.", "“We lost 3 men.”"]
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


def test_the_sentence_splitter_shares_the_parsers_vocabulary_and_keeps_its_own_exceptions():
    from counterclaim.extract.sentences import english_pipeline, split_sentences
    from counterclaim.extract.syntax import language_model, parse

    assert english_pipeline().vocab is language_model().vocab  # one lexeme per word, made once
    text = "Lt. Col. Ali Khan said two soldiers were killed. The army denied it."
    assert [s.text for s in split_sentences(text)] == ["Lt. Col. Ali Khan said two soldiers were killed.", "The army denied it."]
    # the rank abbreviations are the splitter's exceptions, not the parser's: the parse tokenizes as the model does
    assert [t.text for t in parse("Lt. Col. Ali Khan said.")] == [t.text for t in language_model().make_doc("Lt. Col. Ali Khan said.")]
