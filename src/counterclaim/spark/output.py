"""Loading Spark output: a `spark-extract` directory back to (Document, claims) pairs, with pyarrow only.

Needs no Spark or Java, so `counterclaim ingest DIR` works on any machine. Order is deterministic:
months ascending ('undated' last), then documents by item, claims in extraction order.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from counterclaim.records import Claim, Document
from counterclaim.spark.rows import (
    CLAIMS_TABLE,
    DOCUMENTS_TABLE,
    FAILURES_TABLE,
    MONTH_COLUMN,
    SPARK_OUTPUT_FORMAT,
    SPARK_OUTPUT_MARKER,
    UNDATED_MONTH,
    claim_from_row,
    document_from_row,
)

# Items end in a record number or byte offset ('in.jsonl@1088', 'crawl.warc.gz#12'): numbers
# compare as numbers so that documents come back in input order within a file.
ITEM_NUMBER = re.compile(r"(\d+)")

# Columns read for loading: everything but the analysts' copies of claim fields.
CLAIM_LOAD_COLUMNS: tuple[str, ...] = ("item", "claim_index", "claim_json")


class NotSparkOutput(ValueError):
    """Raised for a directory that is not (complete) `counterclaim spark-extract` output."""


def is_spark_output(path: str | Path) -> bool:
    """True for a directory holding the marker `spark-extract` writes last."""
    return (Path(path) / SPARK_OUTPUT_MARKER).is_file()


def read_spark_summary(path: str | Path) -> dict[str, Any]:
    """The run summary of a Spark output directory (documents, claims, failures by reason ...)."""
    marker = Path(path) / SPARK_OUTPUT_MARKER
    if not marker.is_file():
        raise NotSparkOutput(f"{path}: no {SPARK_OUTPUT_MARKER}; not counterclaim spark-extract output, or the run did not finish")
    summary: dict[str, Any] = json.loads(marker.read_text(encoding="utf-8"))
    if summary.get("format") != SPARK_OUTPUT_FORMAT:
        raise NotSparkOutput(f"{marker}: format is {summary.get('format')!r}, expected {SPARK_OUTPUT_FORMAT!r}")
    return summary


def _month_dirs(table: Path) -> dict[str, Path]:
    prefix = f"{MONTH_COLUMN}="
    if not table.is_dir():
        return {}
    return {child.name[len(prefix) :]: child for child in table.iterdir() if child.is_dir() and child.name.startswith(prefix)}


def _item_order(item: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((1, int(part)) if part.isdigit() else (0, part) for part in ITEM_NUMBER.split(item) if part)


def _month_order(month: str) -> tuple[int, str]:
    return (1 if month == UNDATED_MONTH else 0, month)


def _read_rows(directory: Path, columns: list[str] | None = None) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted(p for p in directory.glob("*.parquet") if not p.name.startswith(("_", ".")))
    rows: list[dict[str, Any]] = []
    for file in files:
        rows.extend(pq.read_table(file, columns=columns).to_pylist())
    return rows


def iter_spark_output(directory: str | Path) -> Iterator[tuple[Document, list[Claim]]]:
    """Every document of a Spark output directory with its claims, as the job extracted them.

    Reads one publication month at a time, so memory is bounded by the largest month.
    """
    root = Path(directory)
    read_spark_summary(root)
    documents_by_month = _month_dirs(root / DOCUMENTS_TABLE)
    claims_by_month = _month_dirs(root / CLAIMS_TABLE)
    for month in sorted(documents_by_month, key=_month_order):
        claims_of_item: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
        if month in claims_by_month:
            for row in _read_rows(claims_by_month[month], list(CLAIM_LOAD_COLUMNS)):
                claims_of_item[row["item"]].append((row["claim_index"], claim_from_row(row)))
        rows = _read_rows(documents_by_month[month])
        for row in sorted(rows, key=lambda r: _item_order(r["item"])):
            row[MONTH_COLUMN] = month
            claims = [claim for _, claim in sorted(claims_of_item.pop(row["item"], []), key=lambda pair: pair[0])]
            yield document_from_row(row), claims


def iter_spark_failures(directory: str | Path) -> Iterator[dict[str, Any]]:
    """The failures table's rows (item, source_id, stage, reason, message), ordered by item."""
    root = Path(directory)
    read_spark_summary(root)
    table = root / FAILURES_TABLE
    if table.is_dir():
        yield from sorted(_read_rows(table), key=lambda r: (_item_order(r["item"]), r["reason"]))
