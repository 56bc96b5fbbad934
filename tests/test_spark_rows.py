"""Spark output layout without Spark: record <-> row round trips, input format detection, record readers."""

from __future__ import annotations

import datetime as dt

from counterclaim.records import Claim, Document, IngestError, OffsetMap, RawDocument, content_hash
from counterclaim.spark.readers import (
    detect_input_format,
    raw_document_from_json_line,
    raw_document_from_record,
    raw_documents_from_warc,
)
from counterclaim.spark.rows import (
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    FAILURE_COLUMNS,
    MONTH_COLUMN,
    UNDATED_MONTH,
    claim_from_row,
    claim_rows,
    document_from_row,
    document_row,
    failure_row,
)
from synthetic_news import warc_gz_bytes

ORIGINAL = "Nav | Home\nArmenia said 15 more servicemen were killed overnight.\nShare this"
CLEANED = "Armenia said 15 more servicemen were killed overnight."


def _document(published: dt.date | None = dt.date(2020, 9, 28)) -> Document:
    return Document(
        content_hash=content_hash(ORIGINAL),
        item="batch.jsonl:3",
        source_id="a-1",
        url="https://example.org/a",
        title="Fighting continues",
        published=published,
        language="en",
        original_text=ORIGINAL,
        cleaned_text=CLEANED,
        offset_map=OffsetMap(segments=[(0, 11, len(CLEANED))]),
    )


def _claims() -> list[Claim]:
    return [
        Claim(
            type="casualty",
            subject="ARM",
            object="AZE",
            outcome="killed",
            category="military",
            count=(15, 15),
            cumulative=False,
            claimant="ARM",
            hedged=True,
            evidence="video",
            date=dt.date(2020, 9, 27),
            place="Stepanakert",
            coordinates=(39.8177, 46.7528),
            span=(24, 55),
            sentence_span=(11, 65),
        ),
        Claim(type="statement", subject="UN", outcome="appeal", count=(200, None), part_of=0, span=(11, 18)),
    ]


def test_claim_row_round_trip_keeps_every_field() -> None:
    document, claims = _document(), _claims()
    rows = [dict(zip([name for name, _ in CLAIM_COLUMNS], row, strict=True)) for row in claim_rows(document, claims, "v1")]
    assert [claim_from_row(row) for row in rows] == claims
    first = rows[0]
    assert (first["count_low"], first["count_high"], first["claim_index"]) == (15, 15, 0)
    assert first["quote"] == ORIGINAL[24:55]
    assert first[MONTH_COLUMN] == "2020-09"
    assert rows[1]["count_high"] is None and rows[1]["latitude"] is None


def test_document_row_round_trip_keeps_offset_map_and_texts() -> None:
    document = _document()
    row = dict(zip([name for name, _ in DOCUMENT_COLUMNS], document_row(document, "v1"), strict=True))
    assert row["offset_map"] == [[0, 11, len(CLEANED)]]
    restored = document_from_row(row)
    assert restored == document
    assert restored.offset_map.span_to_original((0, 7)) == (11, 18)


def test_undated_document_goes_to_undated_partition() -> None:
    row = dict(zip([name for name, _ in DOCUMENT_COLUMNS], document_row(_document(None), "v1"), strict=True))
    assert row[MONTH_COLUMN] == UNDATED_MONTH


def test_failure_row_names_stage_and_reason() -> None:
    row = failure_row(IngestError(item="x.jsonl@0", reason="empty", message="no text"), "clean", "id-7")
    assert dict(zip([name for name, _ in FAILURE_COLUMNS], row, strict=True)) == {
        "item": "x.jsonl@0",
        "source_id": "id-7",
        "stage": "clean",
        "reason": "empty",
        "message": "no text",
    }


def test_input_format_is_detected_from_the_name() -> None:
    assert detect_input_format("s3a://bucket/news/2020-09.jsonl.gz") == "jsonl"
    assert detect_input_format("/data/crawl/CC-MAIN-1.warc.gz") == "warc"
    assert detect_input_format("hdfs:///corpus/docs.parquet") == "parquet"
    assert detect_input_format("hdfs:///corpus/docs/") == "parquet"


def test_json_line_reads_like_ingest_and_keeps_the_spark_item_name() -> None:
    raw = raw_document_from_json_line('{"id": 7, "text": "Five soldiers died.", "published": "2020-10-02T08:00:00Z"}', "f.jsonl@0")
    assert isinstance(raw, RawDocument)
    assert (raw.item, raw.source_id, raw.text, raw.published) == ("f.jsonl@0", "7", "Five soldiers died.", dt.date(2020, 10, 2))
    broken = raw_document_from_json_line("{not json", "f.jsonl@40")
    assert isinstance(broken, IngestError) and (broken.item, broken.reason) == ("f.jsonl@40", "parse")
    not_object = raw_document_from_json_line("[1, 2]", "f.jsonl@60")
    assert isinstance(not_object, IngestError) and not_object.reason == "parse"


def test_parquet_record_without_text_is_a_parse_failure() -> None:
    failure = raw_document_from_record({"id": "9", "text": None, "html": None}, "t.parquet#9")
    assert isinstance(failure, IngestError) and failure.reason == "parse"
    raw = raw_document_from_record({"id": "9", "html": "<p>Two drones were shot down.</p>", "published": "2020-10-01"}, "t#9")
    assert isinstance(raw, RawDocument) and raw.html and raw.published == dt.date(2020, 10, 1)


def test_warc_bytes_give_html_documents_named_by_their_uri() -> None:
    data = warc_gz_bytes([("https://example.org/a", "<html><body><p>Three tanks were destroyed.</p></body></html>")])
    records = list(raw_documents_from_warc(data, "hdfs:///crawl/part-1.warc.gz"))
    assert len(records) == 1
    (record,) = records
    assert isinstance(record, RawDocument)
    assert record.item.startswith("hdfs:///crawl/part-1.warc.gz@")
    assert record.url == "https://example.org/a" and "Three tanks" in (record.html or "")


def test_a_crashing_extractor_becomes_a_failure_row_not_a_dead_job() -> None:
    from counterclaim.extract import get_extractor, register_extractor
    from counterclaim.extract import registry as registry_module
    from counterclaim.spark.job import process_record

    class Crashing:
        name, version = "crashing", "crashing-0"

        def extract(self, document: Document) -> list[Claim]:
            raise RuntimeError("pattern table broken")

    register_extractor("crashing", Crashing)
    try:
        record = RawDocument(item="f.jsonl:4", source_id="d4", text="Five soldiers died.")
        document, claims, failure = process_record(record, "crashing")
    finally:
        registry_module._registered.pop("crashing", None)
        get_extractor.cache_clear()
    assert document is None and claims == []
    assert failure == ("f.jsonl:4", "d4", "extract", "extract", "RuntimeError: pattern table broken")


def test_a_record_the_source_could_not_read_is_a_read_failure() -> None:
    from counterclaim.spark.job import process_record

    _, _, failure = process_record(IngestError(item="f.jsonl:9", reason="parse", message="broken JSON line"))
    assert failure == ("f.jsonl:9", None, "read", "parse", "broken JSON line")
