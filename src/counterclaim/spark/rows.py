"""The layout of a Spark output directory: table names, columns, and record <-> row conversion.

Pure Python (no pyspark import) so that loading Spark output needs only pyarrow. The job writes
rows built here; `output.py` turns them back into the very same Document and Claim records.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from counterclaim.records import Claim, Document, IngestError, OffsetMap

# A file the job writes last into its output directory: its presence says "complete counterclaim
# Spark output" (ingest detects the directory by it) and it holds the run summary. Hadoop and Spark
# readers skip names starting with "_", so it never pollutes the Parquet tables.
SPARK_OUTPUT_MARKER = "_counterclaim_spark.json"
SPARK_OUTPUT_FORMAT = "counterclaim-spark-output"
SPARK_OUTPUT_FORMAT_VERSION = 1

DOCUMENTS_TABLE = "documents"
CLAIMS_TABLE = "claims"
FAILURES_TABLE = "failures"

# Documents and claims are partitioned by the month the document was published ("2020-09");
# documents without a publication date go to this partition.
MONTH_COLUMN = "published_month"
UNDATED_MONTH = "undated"

# Column name -> column kind. Kinds are mapped to Spark types in job.py; the order is the row order.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("content_hash", "string"),
    ("item", "string"),
    ("source_id", "string"),
    ("url", "string"),
    ("source", "string"),
    ("title", "string"),
    ("published", "date"),
    ("language", "string"),
    ("status", "string"),
    ("original_text", "string"),
    ("cleaned_text", "string"),
    ("offset_map", "segments"),  # [[clean_start, orig_start, length], ...]
    ("extractor_version", "string"),
    (MONTH_COLUMN, "string"),
)

# Claims carry the contract fields as typed columns (for analysts querying the Parquet directly)
# and `claim_json`, the complete record, which is what loading reads: a field added to Claim later
# survives the round trip without a schema change here.
CLAIM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("content_hash", "string"),
    ("item", "string"),
    ("source_id", "string"),
    ("claim_index", "int"),
    ("type", "string"),
    ("subject", "string"),
    ("object", "string"),
    ("outcome", "string"),
    ("category", "string"),
    ("count_low", "long"),
    ("count_high", "long"),
    ("cumulative", "bool"),
    ("claimant", "string"),
    ("stance", "string"),
    ("hedged", "bool"),
    ("evidence", "string"),
    ("date", "date"),
    ("place", "string"),
    ("latitude", "double"),
    ("longitude", "double"),
    ("part_of", "int"),
    ("span_start", "int"),
    ("span_end", "int"),
    ("quote", "string"),
    ("claim_json", "string"),
    ("extractor_version", "string"),
    (MONTH_COLUMN, "string"),
)

FAILURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("item", "string"),
    ("source_id", "string"),
    ("stage", "string"),  # read, clean, extract
    ("reason", "string"),
    ("message", "string"),
)

DocumentRow = tuple[Any, ...]
ClaimRow = tuple[Any, ...]
FailureRow = tuple[Any, ...]


def publication_month(published: dt.date | None) -> str:
    return published.strftime("%Y-%m") if published else UNDATED_MONTH


def _ordered(values: dict[str, Any], columns: tuple[tuple[str, str], ...]) -> tuple[Any, ...]:
    return tuple(values[name] for name, _ in columns)


def document_row(document: Document, extractor_version: str) -> DocumentRow:
    values = document.model_dump(exclude={"offset_map"})
    values["offset_map"] = [list(segment) for segment in document.offset_map.segments]
    values["extractor_version"] = extractor_version
    values[MONTH_COLUMN] = publication_month(document.published)
    return _ordered(values, DOCUMENT_COLUMNS)


def claim_rows(document: Document, claims: list[Claim], extractor_version: str) -> list[ClaimRow]:
    month = publication_month(document.published)
    rows: list[ClaimRow] = []
    for index, claim in enumerate(claims):
        low, high = claim.count if claim.count is not None else (None, None)
        latitude, longitude = claim.coordinates if claim.coordinates is not None else (None, None)
        values: dict[str, Any] = {
            "content_hash": document.content_hash,
            "item": document.item,
            "source_id": document.source_id,
            "claim_index": index,
            "type": claim.type,
            "subject": claim.subject,
            "object": claim.object,
            "outcome": claim.outcome,
            "category": claim.category,
            "count_low": low,
            "count_high": high,
            "cumulative": claim.cumulative,
            "claimant": claim.claimant,
            "stance": claim.stance,
            "hedged": claim.hedged,
            "evidence": claim.evidence,
            "date": claim.date,
            "place": claim.place,
            "latitude": latitude,
            "longitude": longitude,
            "part_of": claim.part_of,
            "span_start": claim.span[0],
            "span_end": claim.span[1],
            "quote": document.original_text[claim.span[0] : claim.span[1]],
            "claim_json": claim.model_dump_json(),
            "extractor_version": extractor_version,
            MONTH_COLUMN: month,
        }
        rows.append(_ordered(values, CLAIM_COLUMNS))
    return rows


def failure_row(error: IngestError, stage: str, source_id: str | None = None) -> FailureRow:
    values = {"item": error.item, "source_id": source_id, "stage": stage, "reason": error.reason, "message": error.message}
    return _ordered(values, FAILURE_COLUMNS)


def document_from_row(row: dict[str, Any]) -> Document:
    """The Document a documents-table row was written from (columns Document lacks are ignored)."""
    fields = {name: row[name] for name in Document.model_fields if name in row and name != "offset_map"}
    segments = row.get("offset_map") or []
    fields["offset_map"] = OffsetMap(segments=[tuple(segment) for segment in segments])
    return Document.model_validate(fields)


def claim_from_row(row: dict[str, Any]) -> Claim:
    """The Claim a claims-table row was written from."""
    return Claim.model_validate_json(row["claim_json"])


def summary_json(summary: dict[str, Any]) -> str:
    return json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
