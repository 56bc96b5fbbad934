"""GET /api/export: stream claims in the formats of `counterclaim export` (same columns and records).

Claims are read with the store's bulk row path in keyset batches and written chunk by chunk, so memory
stays flat however many match. CSV columns are the store's FLAT_COLUMNS; JSON records its claim_record.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import operator
from collections.abc import Iterator
from typing import Any

from counterclaim.store import ClaimFilter, Store
from counterclaim.store.export import FLAT_COLUMNS

EXPORT_MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "geojson": "application/geo+json",
}
# Claims read per query and serialised per chunk sent to the client: small enough that the first bytes
# leave quickly even when a substring filter (place) makes each keyset batch a scan.
EXPORT_CHUNK_CLAIMS = 1000
# Spreadsheets run cells that start with these as formulas; such text cells get a leading apostrophe.
SPREADSHEET_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# CSV columns that hold free text from documents (the others are codes, numbers and dates).
FREE_TEXT_COLUMNS = frozenset({"quote", "title", "source", "url", "place"})


def _defuse_formula(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(SPREADSHEET_FORMULA_PREFIXES):
        return "'" + value
    return value


# Row field layout -> a getter of FLAT_COLUMNS by position (rows are tuples: positions beat names).
_FLAT_GETTERS: dict[tuple[str, ...], Any] = {}
_COUNT_SLOTS = (FLAT_COLUMNS.index("count_low"), FLAT_COLUMNS.index("count_high"))
_DATE_SLOTS = tuple(FLAT_COLUMNS.index(c) for c in ("date", "published"))
_BOOL_SLOTS = tuple(FLAT_COLUMNS.index(c) for c in ("cumulative", "hedged"))
_TEXT_SLOTS = tuple(FLAT_COLUMNS.index(c) for c in sorted(FREE_TEXT_COLUMNS))


def _flat_row(row: Any) -> list[Any]:
    """A FLAT_COLUMNS row straight from a claim row (the store's CSV layout, without building records).

    Every flat column is a column of the row under the same name; only counts without a number,
    dates, flags and free text need a touch.
    """
    getter = _FLAT_GETTERS.get(row._fields)
    if getter is None:
        fields = list(row._fields)
        getter = _FLAT_GETTERS[row._fields] = operator.itemgetter(*(fields.index(c) for c in FLAT_COLUMNS))
    values = list(getter(row))
    if not row.has_count:
        for slot in _COUNT_SLOTS:
            values[slot] = None
    for slot in _DATE_SLOTS:
        if values[slot] is not None:
            values[slot] = values[slot].isoformat()
    for slot in _BOOL_SLOTS:
        values[slot] = bool(values[slot])
    for slot in _TEXT_SLOTS:
        values[slot] = _defuse_formula(values[slot])
    return values


def row_record(row: Any) -> dict[str, Any]:
    """store.export.claim_record built straight from a claim row (same keys, order and values; a unit test
    holds them equal), skipping the pydantic objects that made JSON exports several times slower."""
    v = row._mapping
    record: dict[str, Any] = {
        "id": v["id"], "document_id": v["document_id"], "position": v["position"],
        "type": v["type"], "subject": v["subject"], "object": v["object"], "outcome": v["outcome"],
        "category": v["category"],
        "count": [v["count_low"], v["count_high"]] if v["has_count"] else None,
        "cumulative": bool(v["cumulative"]), "claimant": v["claimant"], "stance": v["stance"],
        "hedged": bool(v["hedged"]), "evidence": v["evidence"],
        "date": v["date"].isoformat() if v["date"] else None,
        "place": v["place"], "part_of": v["part_of"], "span": [v["span_start"], v["span_end"]],
    }
    if v["latitude"] is not None and v["longitude"] is not None:
        record["coordinates"] = [round(v["latitude"], 5), round(v["longitude"], 5)]
    record.update({
        "quote": v["quote"], "extractor_version": v["extractor_version"],
        "published": v["published"].isoformat() if v["published"] else None,
        "source": v["source"], "url": v["url"], "title": v["title"], "content_hash": v["content_hash"],
    })
    return record


def _row_batches(store: Store, claim_filter: ClaimFilter) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in store.iter_claim_rows(claim_filter, batch_size=EXPORT_CHUNK_CLAIMS, with_sentence=False):
        batch.append(row)
        if len(batch) >= EXPORT_CHUNK_CLAIMS:
            yield batch
            batch = []
    if batch:
        yield batch


def export_stream(store: Store, claim_filter: ClaimFilter, format: str) -> Iterator[str]:
    """The export as text chunks. The first database read happens before the first chunk is yielded,
    so a failing database surfaces while the response can still be a clean error."""
    batches = _row_batches(store, claim_filter)
    first = next(batches, None)
    pending = itertools.chain([first] if first is not None else [], batches)
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FLAT_COLUMNS)
        yield out.getvalue()
        for batch in pending:
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerows(_flat_row(row) for row in batch)
            yield out.getvalue()
    elif format == "jsonl":
        yield ""
        for batch in pending:
            yield "".join(json.dumps(row_record(row), ensure_ascii=False) + "\n" for row in batch)
    else:
        yield '{"type": "FeatureCollection", "features": ['
        first_feature = True
        for batch in pending:
            parts = []
            for row in batch:
                if row.latitude is None or row.longitude is None:
                    continue
                properties = row_record(row)
                properties.pop("coordinates", None)
                feature = {
                    "type": "Feature",
                    "id": row.id,
                    "geometry": {"type": "Point", "coordinates": [round(row.longitude, 5), round(row.latitude, 5)]},
                    "properties": properties,
                }
                parts.append(("" if first_feature else ",\n") + json.dumps(feature, ensure_ascii=False))
                first_feature = False
            yield "".join(parts)
        yield "]}\n"


__all__ = ["EXPORT_MEDIA_TYPES", "export_stream"]
