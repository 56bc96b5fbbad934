"""Tables that fit the terminal (issue 12): columns chosen by width, no word or date split, `--wide`,
and the ledger's legend for its marks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.cli.fit import shorten_at_word
from counterclaim.cli.store_cmd import claims_table
from counterclaim.records import Claim, Document, OffsetMap, StoredClaim, content_hash
from counterclaim.store import ClaimFilter, Store

REPORT = (
    "The separatist command said 37 government soldiers were killed near Kramatorsk on 5 June 2024, "
    "and that reinforcements had reportedly withdrawn from the hills east of the town overnight."
)


def stored_claims(tmp_path: Path) -> tuple[str, list[StoredClaim]]:
    url = f"sqlite:///{tmp_path / 'tables.db'}"
    words = "37 government soldiers were killed near Kramatorsk on 5 June 2024"
    start = REPORT.index(words)
    claim = Claim(
        type="casualty",
        subject="UKR",
        outcome="killed",
        category="military",
        count=(37, 37),
        claimant="RUS",
        date=dt.date(2024, 6, 5),
        place="Kramatorsk",
        span=(start, start + len(words)),
    )
    document = Document(
        content_hash=content_hash(REPORT),
        item="report.txt",
        original_text=REPORT,
        cleaned_text=REPORT,
        offset_map=OffsetMap.identity(len(REPORT)),
    )
    with Store(url) as store:
        store.add_document(document, [claim], "test")
        return url, store.query_claims(ClaimFilter())


def rendered(table: object, width: int) -> list[str]:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(table)
    return console.export_text().splitlines()


@pytest.mark.parametrize("width", [160, 120, 100, 80, 72])
def test_claims_table_fits_the_width_without_splitting_words_or_dates(tmp_path: Path, width: int) -> None:
    _, claims = stored_claims(tmp_path)
    lines = rendered(claims_table(claims, width=width), width)
    assert all(len(line) <= width for line in lines)
    text = "\n".join(lines)
    for whole in ("casualty", "2024-06-05", "killed", "UKR", "37"):
        assert whole in text, (width, whole, text)


def test_narrow_terminals_drop_the_least_useful_columns_first(tmp_path: Path) -> None:
    _, claims = stored_claims(tmp_path)
    header_160 = rendered(claims_table(claims, width=160), 160)[1]
    header_80 = rendered(claims_table(claims, width=80), 80)[1]
    assert "doc" in header_160 and "place" in header_160
    assert "doc" not in header_80 and "place" not in header_80
    assert "date" in header_80 and "count" in header_80


def test_wide_shows_every_column_and_the_whole_quote(tmp_path: Path) -> None:
    url, claims = stored_claims(tmp_path)
    lines = rendered(claims_table(claims, width=80, wide=True), 400)
    assert "doc" in lines[1] and "place" in lines[1]
    assert any("on 5 June 2024" in line for line in lines)
    result = CliRunner().invoke(app, ["claims", "--db", url, "--wide"])
    assert result.exit_code == 0 and "Kramatorsk" in result.stdout


def test_quotes_are_cut_after_a_whole_word() -> None:
    assert shorten_at_word("37 government soldiers were killed", 20) == "37 government…"
    assert shorten_at_word("short", 20) == "short"
    assert shorten_at_word("one\n  two   three", 40) == "one two three"


def test_ledger_table_explains_its_marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url, _ = stored_claims(tmp_path)
    monkeypatch.setattr("counterclaim.cli.ledger_cmd.piped", lambda: False)  # as on a terminal
    result = CliRunner().invoke(app, ["ledger", "--db", url])
    assert result.exit_code == 0
    assert "sel the side itself" in result.stdout and "▶ video/photo evidence" in result.stdout


# Commands whose --help examples are kept within an 80-column terminal (the help adds 4 columns).
EXAMPLE_COMMANDS = (
    "ingest",
    "documents",
    "claims",
    "errors",
    "export",
    "reextract",
    "demo",
    "ledger",
    "contradictions",
    "serve",
    "extract",
)
MAX_EXAMPLE_CHARS = 72


@pytest.mark.parametrize("command", EXAMPLE_COMMANDS)
def test_help_examples_fit_80_columns_so_none_wraps(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    examples = [
        line.strip()
        for line in result.stdout.splitlines()
        if line.strip().startswith(("counterclaim ", "cat ", "COUNTERCLAIM_"))
    ]
    assert examples, result.stdout
    lines = result.stdout.splitlines()
    for example in examples:
        assert len(example) <= MAX_EXAMPLE_CHARS, example
        index = next(i for i, line in enumerate(lines) if line.strip() == example)
        assert lines[index + 1].strip() == "", f"wrapped: {example!r} then {lines[index + 1]!r}"


def test_piped_extract_and_claims_are_plain_tsv_with_whole_values(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "The army said 12 soldiers were killed near Bakhmut on 3 May 2023.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["extract", str(article)])  # CliRunner's stdout is no terminal: a pipe
    assert result.exit_code == 0
    header, *rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert header == ["type", "subject", "outcome", "category", "count", "claimant", "stance", "date", "text"]
    casualty = next(row for row in rows if row[0] == "casualty")
    assert len(casualty) == len(header) and casualty[7] == "2023-05-03" and "12 soldiers" in casualty[8]

    url, _ = stored_claims(tmp_path)
    lines = CliRunner().invoke(app, ["claims", "--db", url]).stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "doc", "type"] and "casualty" in lines[1].split("\t")
    assert "┃" not in "\n".join(lines) and all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)
