"""`counterclaim ledger` / `contradictions` on a real database (SQLite and PostgreSQL) filled with short texts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.ledger import summarize_ledger
from counterclaim.ledger.from_store import build_ledger_from_store
from counterclaim.records import Claim, Document, OffsetMap, content_hash

TEXT_ONE = "Yerevan said it shot down two helicopters. Baku admitted losing one helicopter and denied other losses."
TEXT_TWO = "Hundreds of Azerbaijani soldiers died, Armenia said; Azerbaijan said it lost none."
SEP28 = dt.date(2020, 9, 28)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return (start, start + len(words))


def _document(text: str, published: dt.date) -> Document:
    return Document(content_hash=content_hash(text), item=f"test:{content_hash(text)[:8]}", published=published,
                    source="test-wire", original_text=text, cleaned_text=text, offset_map=OffsetMap.identity(len(text)))


def fill(store: object) -> None:
    first = [
        Claim(type="materiel", subject="AZE", object="ARM", outcome="destroyed", category="helicopter", count=(2, 2),
              claimant="ARM", span=_span(TEXT_ONE, "shot down two helicopters")),
        Claim(type="materiel", subject="AZE", outcome="lost", category="helicopter", count=(1, 1), claimant="AZE",
              span=_span(TEXT_ONE, "losing one helicopter")),
        Claim(type="materiel", subject="AZE", outcome="lost", claimant="AZE", stance="deny",
              span=_span(TEXT_ONE, "denied other losses")),
    ]
    second = [
        Claim(type="casualty", subject="AZE", outcome="killed", category="military", count=(200, 999), claimant="ARM",
              span=_span(TEXT_TWO, "Hundreds of Azerbaijani soldiers died")),
        Claim(type="casualty", subject="AZE", outcome="killed", category="military", count=(0, 0), claimant="AZE",
              span=_span(TEXT_TWO, "it lost none")),
    ]
    store.add_document(_document(TEXT_ONE, SEP28), first, "test")  # type: ignore[attr-defined]
    store.add_document(_document(TEXT_TWO, SEP28), second, "test")  # type: ignore[attr-defined]
    # The same article again: the store keeps one copy, the ledger's figures must not move.
    store.add_document(_document(TEXT_ONE, SEP28), first, "test")  # type: ignore[attr-defined]


def test_ledger_from_store_reads_sides_from_the_shipped_profiles(store: object) -> None:
    fill(store)
    ledger = build_ledger_from_store(store)  # type: ignore[arg-type]
    helicopters = next(s for s in ledger.series if s.category == "helicopter")
    assert (helicopters.conflict, helicopters.side) == ("nagorno-karabakh-2020", "AZE")
    assert (helicopters.low.value, helicopters.high.value) == (1, 2)
    [cited] = helicopters.high.citations
    assert TEXT_ONE[cited.span[0]:cited.span[1]] == "shot down two helicopters"
    sentences = {c.sentence for c in ledger.contradictions}
    assert "ARM claims 200–999 AZE military killed; AZE claims 0" in sentences
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(summarize_ledger(ledger))
    shown = console.export_text()
    assert "helicopter" in shown and "ARM claims 200–999 AZE military killed; AZE claims 0" in shown


def test_ledger_command_prints_tsv_when_piped_json_and_csv(db_url: str) -> None:
    from counterclaim.store import Store

    with Store(db_url) as store:
        fill(store)
    runner = CliRunner()
    piped = runner.invoke(app, ["ledger", "--db", db_url])  # CliRunner's stdout is no terminal: a pipe
    assert piped.exit_code == 0, piped.output
    header, *rows = [line.split("\t") for line in piped.stdout.splitlines()]
    assert header[:6] == ["conflict", "side", "type", "outcome", "category", "period"]
    assert all(len(row) == len(header) for row in rows) and "┃" not in piped.stdout
    helicopter = next(dict(zip(header, row, strict=True)) for row in rows if row[4] == "helicopter")
    assert (helicopter["side"], helicopter["low"], helicopter["high"]) == ("AZE", "1", "2")
    assert "None" not in piped.stdout
    one_row = runner.invoke(app, ["ledger", "--db", db_url, "--limit", "1"])
    assert len(one_row.stdout.splitlines()) == 2

    as_json = runner.invoke(app, ["ledger", "--db", db_url, "--side", "AZE", "--type", "materiel", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    [series] = data["series"]
    assert (series["low"]["value"], series["best"]["value"], series["high"]["value"]) == (1, 1, 2)
    assert {a["relation"] for a in series["assertions"]} == {"self", "adversary"}
    assert series["contradictions"][0]["sentence"].startswith("ARM claims 2 AZE helicopter lost; AZE claims 1")

    as_csv = runner.invoke(app, ["ledger", "--db", db_url, "--format", "csv", "--by", "day"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    killed = next(r for r in rows if r["category"] == "military")
    assert (killed["period"], killed["low"], killed["high"]) == ("2020-09-28", "0", "999")


def test_contradictions_command_lists_them_alone(db_url: str) -> None:
    from counterclaim.store import Store

    with Store(db_url) as store:
        fill(store)
    result = CliRunner().invoke(app, ["contradictions", "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    kinds = {(c["series"]["category"], c["kind"]) for c in json.loads(result.output)}
    assert kinds == {("helicopter", "counts"), ("military", "counts")}
    piped = CliRunner().invoke(app, ["contradictions", "--db", db_url])
    header, *rows = [line.split("\t") for line in piped.stdout.splitlines()]
    assert header[-3:] == ["second_claimant", "sentence", "documents"] and len(rows) == 2
    assert any(row[-2] == "ARM claims 200–999 AZE military killed; AZE claims 0" for row in rows)
    none = CliRunner().invoke(app, ["contradictions", "--db", db_url, "--since", "2021-01-01", "--format", "csv"])
    assert none.exit_code == 0 and none.output.strip().count("\n") == 0  # header only


def test_bad_policy_and_bad_type_are_usage_errors(sqlite_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text("best_median = 3\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["ledger", "--db", sqlite_url, "--policy", str(bad)])
    assert result.exit_code == 2 and "best_median" in result.output
    assert runner.invoke(app, ["ledger", "--db", sqlite_url, "--type", "casualties"]).exit_code == 2


def test_store_rows_and_stored_claims_give_the_same_claim_views(store: object) -> None:
    from counterclaim.ledger.views import ROW_FIELDS, view_of
    from counterclaim.store.queries import stored_claim_from_row

    fill(store)
    rows = list(store.iter_claim_rows())  # type: ignore[attr-defined]
    assert rows and all(row._fields == ROW_FIELDS for row in rows)
    assert [view_of(row) for row in rows] == [view_of(stored_claim_from_row(row)) for row in rows]


def test_ledger_read_path_gives_the_views_of_the_stored_claims(store: object) -> None:
    """`Store.iter_ledger_rows` skips SQLAlchemy's conversions; the views must still carry real dates and booleans."""
    from counterclaim.ledger.from_store import stored_claim_views
    from counterclaim.ledger.views import view_of
    from counterclaim.records import QUANTITATIVE_TYPES

    fill(store)
    dated = Claim(type="casualty", subject="ARM", outcome="killed", category="military", count=(15, 15), claimant="ARM",
                  cumulative=True, hedged=True, date=dt.date(2020, 9, 27), span=_span(TEXT_TWO, "it lost none"))
    store.add_document(_document(TEXT_TWO + " Updated.", SEP28), [dated], "test")  # type: ignore[attr-defined]
    expected = sorted((view_of(c) for c in store.iter_claims() if c.claim.type in QUANTITATIVE_TYPES),  # type: ignore[attr-defined]
                      key=lambda v: (v.type, v.id))
    views = list(stored_claim_views(store))  # type: ignore[arg-type]
    assert views == expected
    assert [(v.date, v.hedged, v.cumulative) for v in views if v.date] == [(dt.date(2020, 9, 27), True, True)]
    assert all(type(v.published) is dt.date and type(v.hedged) is bool for v in views)
    day = dt.date(2020, 9, 27)
    dated = list(stored_claim_views(store, since=day, until=day))  # type: ignore[arg-type]
    assert dated == [v for v in expected if (v.date or v.published) == day] and len(dated) == 1
