"""GET /api/export: stream claims in the formats of `counterclaim export`, using the store's own serialisers.

Claims are read in keyset batches and written chunk by chunk, so memory stays flat however many match.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from counterclaim.store import ClaimFilter, Store
from counterclaim.store.export import geojson, write_csv, write_jsonl

EXPORT_MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "geojson": "application/geo+json",
}
# Claims serialised per chunk sent to the client.
EXPORT_CHUNK_CLAIMS = 2000
# Spreadsheets run cells that start with these as formulas; such text cells get a leading apostrophe.
SPREADSHEET_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _batches(store: Store, claim_filter: ClaimFilter) -> Iterator[list]:
    batch = []
    for stored in store.iter_claims(claim_filter):
        batch.append(stored)
        if len(batch) >= EXPORT_CHUNK_CLAIMS:
            yield batch
            batch = []
    if batch:
        yield batch


def _defuse_formula(value: str | None) -> str | None:
    if value and value.startswith(SPREADSHEET_FORMULA_PREFIXES):
        return "'" + value
    return value


def _csv_safe(stored):  # type: ignore[no-untyped-def]
    """A copy whose free-text fields cannot act as spreadsheet formulas (document text is untrusted)."""
    updates = {name: _defuse_formula(getattr(stored, name)) for name in ("quote", "title", "source", "url")}
    claim = stored.claim.model_copy(update={"place": _defuse_formula(stored.claim.place)})
    return stored.model_copy(update={**updates, "claim": claim})


def export_stream(store: Store, claim_filter: ClaimFilter, format: str) -> Iterator[str]:
    """The export as text chunks."""
    if format == "csv":
        header_done = False
        for batch in _batches(store, claim_filter):
            out = io.StringIO()
            write_csv([_csv_safe(s) for s in batch], out)
            text = out.getvalue()
            if header_done:
                text = text.split("\n", 1)[1]
            header_done = True
            yield text
        if not header_done:
            out = io.StringIO()
            write_csv([], out)
            yield out.getvalue()
    elif format == "jsonl":
        for batch in _batches(store, claim_filter):
            out = io.StringIO()
            write_jsonl(batch, out)
            yield out.getvalue()
    else:
        yield '{"type": "FeatureCollection", "features": ['
        first = True
        for batch in _batches(store, claim_filter):
            for feature in geojson(batch)["features"]:
                yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
                first = False
        yield "]}\n"


__all__ = ["EXPORT_MEDIA_TYPES", "export_stream"]
