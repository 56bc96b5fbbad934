"""The database commands end to end (Typer's CliRunner, one subprocess): ingest, documents, claims,
errors, export, reextract, db upgrade, demo, and their exit codes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.records import Claim, Document, OffsetMap, content_hash
from counterclaim.store import Store

runner = CliRunner()

REPORT = (
    "Kyiv said 14 Russian tanks were destroyed near Izium on 2 March 2022. Moscow denied losing any tanks. "
    "Local officials said at least 5 civilians were reportedly killed by shelling in Kharkiv."
)


def span_of(words: str) -> tuple[int, int]:
    start = REPORT.index(words)
    return (start, start + len(words))


def seed_store(db_url: str) -> int:
    """One document with three known claims, stored through the library (independent of the extractor)."""
    claims = [
        Claim(type="materiel", subject="RUS", outcome="destroyed", category="tank", count=(14, 14), claimant="UKR",
              date=dt.date(2022, 3, 2), place="Izium", coordinates=(49.2083, 37.2567),
              span=span_of("14 Russian tanks were destroyed")),
        Claim(type="materiel", subject="RUS", outcome="lost", category="tank", count=(0, 0), claimant="RUS",
              stance="deny", span=span_of("denied losing any tanks")),
        Claim(type="casualty", subject="UKR", outcome="killed", category="civilian", count=(5, None), hedged=True,
              place="Kharkiv", coordinates=(49.9935, 36.2304), span=span_of("at least 5 civilians were reportedly killed")),
    ]
    document = Document(
        content_hash=content_hash(REPORT), item="report.txt", source="Test Wire", title="Izium report",
        published=dt.date(2022, 3, 3), original_text=REPORT, cleaned_text=REPORT,
        offset_map=OffsetMap.identity(len(REPORT)),
    )
    with Store(db_url) as store:
        document_id, _ = store.add_document(document, claims, "rules-test")
    return document_id


def invoke(*args: str) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_reports_bad_items_and_summary_then_changes_nothing(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said 3 soldiers were killed near Avdiivka on Monday.\n")
    (folder / "b.txt").write_text("Police said 6 people were wounded in a blast in Mogadishu on Friday.\n")
    (folder / "c.bin").write_bytes(bytes(range(256)) * 4)
    first = invoke("ingest", str(folder), "--db", db_url)
    assert first.exit_code == 0, first.output
    assert f"{folder / 'c.bin'}: binary" in first.stderr
    assert "stored" in first.stderr and "failed: binary" in first.stderr
    second = invoke("ingest", str(folder), "--db", db_url)
    assert second.exit_code == 0
    with Store(db_url) as store:
        assert store.count_documents() == 2
        assert store.error_counts() == {"binary": 2}
    rows = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in second.stderr.splitlines() if line.count("│") == 3}
    assert rows["stored"] == "0" and rows["unchanged"] == "2" and rows["failed: binary"] == "1"


def test_ingest_stdin_with_published_and_source(sqlite_url: str) -> None:
    result = runner.invoke(
        app, ["ingest", "-", "--db", sqlite_url, "--published", "2022-04-01", "--source", "Pipe News"],
        input="Officials said 2 civilians were wounded in Sumy yesterday.\n",
    )
    assert result.exit_code == 0, result.output
    with Store(sqlite_url) as store:
        (document,) = store.list_documents()
    assert (document.published, document.source) == (dt.date(2022, 4, 1), "Pipe News")


def test_usage_errors_exit_2(sqlite_url: str) -> None:
    assert invoke("ingest", "x.txt", "--db", sqlite_url, "--published", "yesterday").exit_code == 2
    assert invoke("claims", "--db", sqlite_url, "--type", "casualties").exit_code == 2
    assert invoke("claims", "--db", sqlite_url, "--since", "2022-13-01").exit_code == 2
    assert invoke("export", "--db", sqlite_url, "--format", "parquet").exit_code == 2
    assert invoke("ingest").exit_code == 2


def test_unreachable_database_exits_3_with_reason(tmp_path: Path) -> None:
    closed = "postgresql+psycopg://postgres@127.0.0.1:9/nowhere?connect_timeout=3"
    result = subprocess.run(
        [sys.executable, "-m", "counterclaim", "ingest", str(tmp_path), "--db", closed],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 3
    assert "cannot open database" in result.stderr
    assert "Traceback" not in result.stderr


def test_documents_lists_stored_documents(db_url: str) -> None:
    document_id = seed_store(db_url)
    result = invoke("documents", "--db", db_url, "--format", "json")
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert record["id"] == document_id and record["title"] == "Izium report" and record["claim_count"] == 3
    table = invoke("documents", "--db", db_url)
    assert "Izium report" in table.stdout
    as_csv = list(csv.DictReader(io.StringIO(invoke("documents", "--db", db_url, "--format", "csv").stdout)))
    assert as_csv[0]["source"] == "Test Wire"


def test_claims_filters_and_formats(db_url: str) -> None:
    seed_store(db_url)

    def claims_json(*filters: str) -> list[dict[str, object]]:
        result = invoke("claims", "--db", db_url, "--format", "json", *filters)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert len(claims_json()) == 3
    assert [c["stance"] for c in claims_json("--side", "RUS", "--type", "materiel")] == ["assert", "deny"]
    assert [c["count"] for c in claims_json("--claimant", "UKR")] == [[14, 14]]
    assert [c["place"] for c in claims_json("--since", "2022-03-03")] == [None, "Kharkiv"]
    assert [c["place"] for c in claims_json("--until", "2022-03-02")] == ["Izium"]
    assert [c["type"] for c in claims_json("--place", "kharkiv")] == ["casualty"]
    first = claims_json("--type", "materiel")[0]
    assert first["quote"] == "14 Russian tanks were destroyed" and first["coordinates"] == [49.2083, 37.2567]
    rows = list(csv.DictReader(io.StringIO(invoke("claims", "--db", db_url, "--format", "csv").stdout)))
    assert [(r["count_low"], r["count_high"]) for r in rows] == [("14", "14"), ("0", "0"), ("5", "")]
    table = invoke("claims", "--db", db_url, "--side", "UKR")
    assert "casualty" in table.stdout and "materiel" not in table.stdout


def test_export_formats(db_url: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    seed_store(db_url)
    jsonl = invoke("export", "--db", db_url, "--format", "jsonl")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [r["type"] for r in records] == ["materiel", "materiel", "casualty"]
    assert records[2]["count"] == [5, None] and records[2]["hedged"] is True

    out = tmp_path / "claims.geojson"
    assert invoke("export", "--db", db_url, "--format", "geojson", "--out", str(out)).exit_code == 0
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection"
    assert [f["geometry"]["coordinates"] for f in collection["features"]] == [[37.2567, 49.2083], [36.2304, 49.9935]]

    csv_out = tmp_path / "claims.csv"
    invoke("export", "--db", db_url, "--format", "csv", "--out", str(csv_out), "--type", "casualty")
    (row,) = list(csv.DictReader(csv_out.open()))
    assert row["category"] == "civilian" and row["latitude"] == "49.9935"

    parquet_out = tmp_path / "claims.parquet"
    result = invoke("export", "--db", db_url, "--format", "parquet", "--out", str(parquet_out))
    assert result.exit_code == 0 and "exported 3 claims" in result.stderr
    table = pq.read_table(parquet_out)
    assert table.num_rows == 3 and table.column("count_high").to_pylist() == [14, 0, None]


def test_reextract_replaces_outdated_claims(db_url: str) -> None:
    from counterclaim.extract import EXTRACTOR_VERSION

    seed_store(db_url)
    result = invoke("reextract", "--db", db_url)
    assert result.exit_code == 0
    assert f"re-extracted 1 documents with {EXTRACTOR_VERSION}" in result.stderr
    with Store(db_url) as store:
        assert store.document_ids_to_reextract(EXTRACTOR_VERSION) == []
        assert {s.extractor_version for s in store.iter_claims()} <= {EXTRACTOR_VERSION}
    assert "re-extracted 0 documents" in invoke("reextract", "--db", db_url).stderr


def test_db_upgrade_creates_then_is_idempotent(db_url: str) -> None:
    from counterclaim.store import head_revision

    first = invoke("db", "upgrade", "--db", db_url)
    assert first.exit_code == 0 and f"empty -> {head_revision()}" in first.stdout
    second = invoke("db", "upgrade", "--db", db_url)
    assert f"{head_revision()} -> {head_revision()}" in second.stdout


def test_older_database_is_refused_until_db_upgrade(db_url: str) -> None:
    from alembic import command

    from counterclaim.store import SchemaOutOfDate, current_revision, head_revision
    from counterclaim.store.engine import alembic_config, make_engine

    seed_store(db_url)
    engine = make_engine(db_url)
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    assert current_revision(engine) == "0001_initial"
    with pytest.raises(SchemaOutOfDate):
        Store(db_url)
    refused = invoke("claims", "--db", db_url)
    assert refused.exit_code == 3 and "run `counterclaim db upgrade`" in refused.stderr
    upgraded = invoke("db", "upgrade", "--db", db_url)
    assert upgraded.exit_code == 0 and f"0001_initial -> {head_revision()}" in upgraded.stdout
    assert current_revision(engine) == head_revision()
    engine.dispose()
    with Store(db_url) as store:
        assert store.count_claims(type="materiel") == 2  # data kept across the migrations


def test_database_at_unknown_revision_is_refused_with_exit_3(db_url: str) -> None:
    from sqlalchemy import text

    with Store(db_url) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    result = invoke("claims", "--db", db_url)
    assert result.exit_code == 3 and "counterclaim db upgrade" in result.stderr
    upgrade = invoke("db", "upgrade", "--db", db_url)
    assert upgrade.exit_code == 3 and "9999_from_the_future" in upgrade.stderr


def test_errors_lists_recorded_items(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    invoke("ingest", str(tmp_path / "empty.txt"), "--db", sqlite_url)
    result = invoke("errors", "--db", sqlite_url)
    assert "empty" in result.stdout and "empty.txt" in result.stdout


def test_demo_ingests_bundled_samples_once(tmp_path: Path) -> None:
    from counterclaim.cli.store_cmd import samples_dir

    if not samples_dir().is_dir():
        pytest.fail(f"bundled samples missing at {samples_dir()}")
    db = str(tmp_path / "demo.db")
    first = invoke("demo", "--db", db)
    assert first.exit_code == 0, first.output
    assert "sample documents" in first.stdout and "claims of the bundled samples" in first.stdout
    with Store(db) as store:
        documents = store.count_documents()
        claims = store.count_claims()
    assert documents >= 5 and claims > 0
    second = invoke("demo", "--db", db)
    assert f"(0 new, {documents} already stored)" in second.stdout
    with Store(db) as store:
        assert (store.count_documents(), store.count_claims()) == (documents, claims)


@pytest.mark.parametrize("command", ["ingest", "documents", "claims", "errors", "export", "reextract", "demo", "db upgrade"])
def test_every_command_help_has_examples(command: str) -> None:
    result = invoke(*command.split(), "--help")
    assert result.exit_code == 0 and "Examples" in result.stdout
