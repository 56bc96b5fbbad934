"""Stored claims as CSV, JSON Lines, GeoJSON and Parquet (shared by `counterclaim export` and the web API).

Each claim is its output-contract fields (GOLD_FORMAT.md) plus where it is stored and read from.
Reading from the database is the caller's job; these functions only serialise.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from counterclaim.records import StoredClaim

# Flat column order of CSV and Parquet exports.
FLAT_COLUMNS: tuple[str, ...] = (
    "id",
    "document_id",
    "position",
    "type",
    "subject",
    "object",
    "outcome",
    "category",
    "count_low",
    "count_high",
    "cumulative",
    "claimant",
    "stance",
    "hedged",
    "evidence",
    "date",
    "place",
    "latitude",
    "longitude",
    "part_of",
    "span_start",
    "span_end",
    "quote",
    "extractor_version",
    "published",
    "source",
    "url",
    "title",
    "content_hash",
)


def claim_record(stored: StoredClaim) -> dict[str, Any]:
    """The claim's contract fields plus id, document, provenance and quote (JSON-ready)."""
    record: dict[str, Any] = {"id": stored.id, "document_id": stored.document_id, "position": stored.position}
    record.update(stored.claim.contract_dict())
    record.update(
        {
            "quote": stored.quote,
            "extractor_version": stored.extractor_version,
            "published": stored.published.isoformat() if stored.published else None,
            "source": stored.source,
            "url": stored.url,
            "title": stored.title,
            "content_hash": stored.content_hash,
        }
    )
    return record


def flat_claim_record(stored: StoredClaim) -> dict[str, Any]:
    """One row of FLAT_COLUMNS: count and coordinates split into scalar columns."""
    claim = stored.claim
    record = claim_record(stored)
    record["count_low"] = claim.count[0] if claim.count else None
    record["count_high"] = claim.count[1] if claim.count else None
    record["latitude"] = claim.coordinates[0] if claim.coordinates else None
    record["longitude"] = claim.coordinates[1] if claim.coordinates else None
    record["span_start"], record["span_end"] = claim.span
    return {column: record.get(column) for column in FLAT_COLUMNS}


def write_csv(claims: Iterable[StoredClaim], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    written = 0
    for stored in claims:
        writer.writerow(flat_claim_record(stored))
        written += 1
    return written


def write_jsonl(claims: Iterable[StoredClaim], out: IO[str]) -> int:
    written = 0
    for stored in claims:
        out.write(json.dumps(claim_record(stored), ensure_ascii=False) + "\n")
        written += 1
    return written


def geojson(claims: Iterable[StoredClaim]) -> dict[str, Any]:
    """A FeatureCollection of the claims that have coordinates (points are [lon, lat])."""
    features = []
    for stored in claims:
        if stored.claim.coordinates is None:
            continue
        latitude, longitude = stored.claim.coordinates
        properties = claim_record(stored)
        properties.pop("coordinates", None)
        features.append(
            {
                "type": "Feature",
                "id": stored.id,
                "geometry": {"type": "Point", "coordinates": [round(longitude, 5), round(latitude, 5)]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(claims: Iterable[StoredClaim], out: IO[str]) -> int:
    collection = geojson(claims)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


def write_parquet(claims: Iterable[StoredClaim], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.int64()),
            ("document_id", pa.int64()),
            ("position", pa.int32()),
            ("type", pa.string()),
            ("subject", pa.string()),
            ("object", pa.string()),
            ("outcome", pa.string()),
            ("category", pa.string()),
            ("count_low", pa.int64()),
            ("count_high", pa.int64()),
            ("cumulative", pa.bool_()),
            ("claimant", pa.string()),
            ("stance", pa.string()),
            ("hedged", pa.bool_()),
            ("evidence", pa.string()),
            ("date", pa.string()),
            ("place", pa.string()),
            ("latitude", pa.float64()),
            ("longitude", pa.float64()),
            ("part_of", pa.int32()),
            ("span_start", pa.int64()),
            ("span_end", pa.int64()),
            ("quote", pa.string()),
            ("extractor_version", pa.string()),
            ("published", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("title", pa.string()),
            ("content_hash", pa.string()),
        ]
    )
    rows = [flat_claim_record(stored) for stored in claims]
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)
