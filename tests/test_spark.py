"""The Spark job in real Spark local mode: parity with the single-process CLI, failures, inputs, layout.

One SparkSession (local[2]) is shared by the module; each test runs one small job.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from synthetic_news import synthetic_corpus, warc_gz_bytes, write_jsonl

pytest.importorskip("pyspark")

from counterclaim.records import Claim, Document, content_hash  # noqa: E402
from counterclaim.spark import (  # noqa: E402
    SPARK_OUTPUT_MARKER,
    NotSparkOutput,
    is_spark_output,
    iter_spark_failures,
    iter_spark_output,
    read_spark_summary,
)

pytestmark = pytest.mark.spark

PARITY_DOCUMENTS = 300
SEED_ARTICLE = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_abbfd2975814eb6a.txt"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail("Spark tests need Java (openjdk headless) under CI=true")
        pytest.skip("no java on PATH and no JAVA_HOME")
    from counterclaim.spark.job import create_session

    session = create_session(
        "local[2]",
        {
            "spark.ui.enabled": "false",
            "spark.sql.shuffle.partitions": "4",
            "spark.driver.memory": "1g",
        },
        app_name="counterclaim-tests",
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _run(spark: Any, inputs: list[Path | str], out: Path, **options: Any) -> dict[str, Any]:
    from counterclaim.spark.job import run_spark_extract

    return run_spark_extract(spark, [str(path) for path in inputs], str(out), **options)


def _start_single_process_extract(jsonl: Path) -> subprocess.Popen[str]:
    """`counterclaim extract --format jsonl FILE`, the single-process reference (runs beside Spark)."""
    return subprocess.Popen(
        [sys.executable, "-m", "counterclaim", "extract", "--format", "jsonl", str(jsonl)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish_single_process_extract(process: subprocess.Popen[str]) -> list[dict[str, Any]]:
    """One output line per document, in input order."""
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr[-2000:]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _contract(claims: list[Claim]) -> list[dict[str, Any]]:
    return json.loads(json.dumps([claim.contract_dict() for claim in claims], ensure_ascii=False))


def test_spark_output_equals_single_process_extract_claim_for_claim(spark: Any, tmp_path: Path) -> None:
    records = synthetic_corpus(PARITY_DOCUMENTS)
    if SEED_ARTICLE.is_file():
        records.append({"id": "seed", "text": SEED_ARTICLE.read_text(encoding="utf-8"), "published": "2020-09-28"})
    jsonl = write_jsonl(records, tmp_path / "corpus.jsonl")

    single_process = _start_single_process_extract(jsonl)
    summary = _run(spark, [jsonl], tmp_path / "out")
    reference = {str(line["id"]): line["claims"] for line in _finish_single_process_extract(single_process)}
    by_id = {document.source_id: (document, claims) for document, claims in iter_spark_output(tmp_path / "out")}
    failed = {row["source_id"] for row in iter_spark_failures(tmp_path / "out")}

    assert len(reference) == len(records)
    assert set(by_id) | failed == set(reference)
    assert len(by_id) == summary["documents"] >= len(records) * 0.9
    for record_id, expected in reference.items():
        if record_id in failed:
            assert expected == [], f"{record_id}: failed in Spark but has claims in the CLI"
            continue
        document, claims = by_id[record_id]
        assert _contract(claims) == expected, f"{record_id}: Spark and CLI claims differ"
        for claim in claims:
            assert 0 <= claim.span[0] <= claim.span[1] <= len(document.original_text)
    assert summary["claims"] == sum(len(claims) for _, claims in by_id.values())
    assert summary["claims"] == sum(len(claims) for claims in reference.values())


def test_bad_records_go_to_failures_table_and_never_stop_the_job(spark: Any, tmp_path: Path) -> None:
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok-1", "text": "Azerbaijan said 12 Armenian tanks were destroyed.", "published": "2020-10-01"}),
                "{this is not json",
                json.dumps({"id": "empty", "text": "   "}),
                "[1, 2, 3]",
                json.dumps({"id": "bad-date", "text": "Two drones were shot down.", "published": "someday"}),
                "",
                json.dumps({"id": "ok-2", "html": "<p>Ukraine said five Russian helicopters were shot down.</p>"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    summary = _run(spark, [jsonl], tmp_path / "out")
    failures = list(iter_spark_failures(tmp_path / "out"))
    documents = {document.source_id for document, _ in iter_spark_output(tmp_path / "out")}

    assert documents == {"ok-1", "ok-2"}
    assert summary["records"] == 6 and summary["documents"] == 2
    assert summary["failures"]["total"] == len(failures) == 4
    assert summary["failures"]["by_reason"] == {"parse": 4}
    assert [row["item"].rsplit(":", 1)[1] for row in failures] == ["2", "3", "4", "5"]  # FILE:LINE as ingest names them
    assert all(row["item"].startswith("file:") and row["item"].endswith(f"mixed.jsonl:{row['item'].rsplit(':', 1)[1]}") for row in failures)
    assert all(row["message"] for row in failures)
    assert {row["source_id"] for row in failures} == {None}


def test_items_name_the_jsonl_line_when_a_file_is_read_in_many_splits(spark: Any, tmp_path: Path) -> None:
    records = [{"id": f"line-{n}", "text": f"Officials said {n + 2} civilians were wounded.", "published": "2020-10-01"} for n in range(1, 121)]
    jsonl = tmp_path / "split.jsonl"
    jsonl.write_text("\n" + "\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")  # line 1 is blank
    spark.conf.set("spark.sql.files.maxPartitionBytes", "2048")
    try:
        summary = _run(spark, [jsonl], tmp_path / "out")
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")
    assert summary["documents"] == 120
    for document, _ in iter_spark_output(tmp_path / "out"):
        line = int(document.item.rsplit(":", 1)[1])
        assert document.source_id == f"line-{line - 1}"


def test_documents_and_claims_are_partitioned_by_publication_month(spark: Any, tmp_path: Path) -> None:
    jsonl = write_jsonl(
        [
            {"id": "sep", "text": "Armenia said 15 more servicemen were killed overnight.", "published": "2020-09-28"},
            {"id": "oct", "text": "Azerbaijan said 12 Armenian tanks were destroyed.", "published": "2020-10-03"},
            {"id": "nodate", "text": "Officials said 7 civilians were wounded.", "published": None},
        ],
        tmp_path / "months.jsonl",
    )
    summary = _run(spark, [jsonl], tmp_path / "out")
    months = sorted(p.name for p in (tmp_path / "out" / "documents").iterdir() if p.is_dir())
    assert months == ["published_month=2020-09", "published_month=2020-10", "published_month=undated"]
    assert summary["documents_by_month"] == {"2020-09": 1, "2020-10": 1, "undated": 1}
    claim_months = {p.name for p in (tmp_path / "out" / "claims").iterdir() if p.is_dir()}
    assert claim_months <= set(months)
    loaded = [(document.source_id, document.published) for document, _ in iter_spark_output(tmp_path / "out")]
    assert loaded == [("sep", dt.date(2020, 9, 28)), ("oct", dt.date(2020, 10, 3)), ("nodate", None)]


def test_warc_gz_input_yields_its_html_pages(spark: Any, tmp_path: Path) -> None:
    pages = [
        ("https://example.org/a", "<html><body><p>Azerbaijan said 12 Armenian tanks were destroyed.</p></body></html>"),
        ("https://example.org/b", "<html><body><p>Ukraine said five Russian drones were shot down.</p></body></html>"),
    ]
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "part-1.warc.gz").write_bytes(warc_gz_bytes(pages))
    _run(spark, [tmp_path / "crawl" / "*.warc.gz"], tmp_path / "out")
    loaded = list(iter_spark_output(tmp_path / "out"))
    assert sorted(document.url for document, _ in loaded) == ["https://example.org/a", "https://example.org/b"]
    assert all(".warc.gz@" in document.item for document, _ in loaded)
    assert any("12 Armenian tanks" in document.original_text for document, _ in loaded)


def test_parquet_input_reads_documents_with_their_dates(spark: Any, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "id": ["p1", "p2"],
            "text": ["Armenia said 31 soldiers were killed since Sunday.", "Russia said 140 Ukrainian troops were killed."],
            "published": pa.array([dt.date(2020, 9, 28), dt.date(2022, 3, 1)], pa.date32()),
            "unrelated": [1, 2],
        }
    )
    pq.write_table(table, tmp_path / "docs.parquet")
    _run(spark, [tmp_path / "docs.parquet"], tmp_path / "out")
    loaded = {document.source_id: document for document, _ in iter_spark_output(tmp_path / "out")}
    assert set(loaded) == {"p1", "p2"}
    assert loaded["p2"].published == dt.date(2022, 3, 1)
    assert loaded["p1"].content_hash == content_hash(loaded["p1"].original_text)


def test_written_claims_load_back_unchanged(spark: Any, tmp_path: Path) -> None:
    """Claims of every shape survive the Parquet tables, whatever the extractor emits today."""
    from counterclaim.records import OffsetMap
    from counterclaim.spark.job import result_schema, write_spark_output
    from counterclaim.spark.rows import claim_rows, document_row

    text = "Armenia said 15 more servicemen were killed overnight. Azerbaijan denied losing any tanks."
    document = Document(
        content_hash=content_hash(text),
        item="mem#1",
        source_id="m1",
        published=dt.date(2020, 9, 28),
        original_text=text,
        cleaned_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
    claims = [
        Claim(type="casualty", subject="ARM", outcome="killed", category="military", count=(15, 15), claimant="ARM",
              date=dt.date(2020, 9, 27), coordinates=(39.8, 46.75), span=(13, 52), sentence_span=(0, 53)),
        Claim(type="materiel", subject="AZE", outcome="lost", category="tank", count=(0, 0), stance="deny", span=(54, 90)),
        Claim(type="statement", subject="AZE", outcome="deny", count=(1, None), part_of=1, span=(54, 90)),
    ]
    rows = [(document_row(document, "test"), claim_rows(document, claims, "test"), None)]
    frame = spark.createDataFrame(spark.sparkContext.parallelize(rows, 1), result_schema())
    summary = write_spark_output(spark, frame, str(tmp_path / "out"), {"inputs": []})
    ((loaded_document, loaded_claims),) = list(iter_spark_output(tmp_path / "out"))
    assert loaded_document == document
    assert loaded_claims == claims
    assert summary["claims"] == 3 and summary["documents"] == 1


def test_spark_extract_command_writes_marker_and_refuses_to_overwrite(spark: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from counterclaim.cli import app

    jsonl = write_jsonl(synthetic_corpus(20), tmp_path / "small.jsonl")
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(app, ["spark-extract", str(jsonl), "--out", str(out), "--partitions", "3"])
    assert first.exit_code == 0, first.output
    assert "20 documents" in first.output
    assert is_spark_output(out) and (out / SPARK_OUTPUT_MARKER).is_file()
    assert read_spark_summary(out)["partitions"] == 3
    again = runner.invoke(app, ["spark-extract", str(jsonl), "--out", str(out)])
    assert again.exit_code == 2 and "exists" in again.output
    missing = runner.invoke(app, ["spark-extract", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o2")])
    assert missing.exit_code == 2 and "no input matches" in missing.output
    assert spark.sparkContext._jsc is not None  # the shared session survived the command


def test_a_directory_without_the_marker_is_not_spark_output(tmp_path: Path) -> None:
    (tmp_path / "documents").mkdir()
    assert not is_spark_output(tmp_path)
    with pytest.raises(NotSparkOutput):
        list(iter_spark_output(tmp_path))


def test_ingest_loads_spark_output_once_with_the_claims_spark_extracted(spark: Any, tmp_path: Path, db_url: str) -> None:
    from typer.testing import CliRunner

    from counterclaim.cli import app
    from counterclaim.store import Store

    jsonl = write_jsonl(synthetic_corpus(25, seed=7), tmp_path / "batch.jsonl")
    with jsonl.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    out = tmp_path / "out"
    summary = _run(spark, [jsonl], out)
    extracted = list(iter_spark_output(out))

    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(out), "--db", db_url])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", str(out), "--db", db_url])
    assert second.exit_code == 0, second.output

    with Store(db_url) as store:
        assert store.count_documents() == summary["documents"] == len(extracted)
        assert store.count_claims() == summary["claims"]
        for document, claims in extracted:
            stored = store.get_document_by_hash(document.content_hash)
            assert stored is not None and stored.original_text == document.original_text
            stored_claims = [stored_claim.claim for stored_claim in store.document_claims(stored.id)]
            assert _contract(stored_claims) == _contract(claims)
        assert store.error_counts().get("parse", 0) >= 1
