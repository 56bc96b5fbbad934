"""GET /api/export: stream claims in the formats of `counterclaim export` (same columns and records).

Claims are read with the store's bulk row path in keyset batches and written chunk by chunk, so memory
stays flat however many match. CSV columns are the store's FLAT_COLUMNS; JSON records its claim_record.
A finished export is kept (web.export_cache) and sent again as is, with an ETag, until the claims change.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import zlib
from collections.abc import Iterator
from typing import Any

from fastapi import Request
from fastapi.responses import Response, StreamingResponse

from counterclaim.store import ClaimFilter, Store
from counterclaim.store.export import FLAT_COLUMNS
from counterclaim.web.app import GZIP_LEVEL, GZIP_MINIMUM_BYTES, WebState
from counterclaim.web.export_cache import ExportCache, ExportKey, Fingerprint, etag_matches
from counterclaim.web.views import store_fingerprint

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


def _defuse_formula(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(SPREADSHEET_FORMULA_PREFIXES):
        return "'" + value
    return value


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


def _csv_chunk(rows: Any) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def export_stream(store: Store, claim_filter: ClaimFilter, format: str) -> Iterator[str]:
    """The export as text chunks. The first database read happens before the first chunk is yielded,
    so a failing database surfaces while the response can still be a clean error."""
    if format == "csv":
        # CSV cells come computed by the database (queries.select_flat_claims): rows go to the writer as read.
        batches = store.iter_flat_row_batches(claim_filter, batch_size=EXPORT_CHUNK_CLAIMS,
                                              formula_prefixes=SPREADSHEET_FORMULA_PREFIXES)
        first = next(batches, [])
        yield _csv_chunk([FLAT_COLUMNS, *first])
        for rows in batches:
            yield _csv_chunk(rows)
        return
    pending = _row_batches(store, claim_filter)
    first_batch = next(pending, None)
    pending = itertools.chain([first_batch] if first_batch is not None else [], pending)
    if format == "jsonl":
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


def export_response(request: Request, state: WebState, claim_filter: ClaimFilter, format: str,
                    file_name: str) -> Response:
    """GET /api/export's answer: 304 when the client holds this export of these claims (If-None-Match),
    the kept bytes when an earlier request finished it, else the export streamed and kept on the way."""
    cache = state.exports
    fingerprint = store_fingerprint(state.store)
    key: ExportKey = (format, claim_filter.model_dump_json())
    # no-cache: a client may keep the file but asks again each time, and gets a 304 while claims are unchanged.
    validators = {"ETag": cache.etag(key, fingerprint), "Vary": "Accept-Encoding", "Cache-Control": "no-cache"}
    if etag_matches(request.headers.get("if-none-match"), validators["ETag"]):
        return Response(status_code=304, headers=validators)
    headers = {**validators, "Content-Disposition": f'attachment; filename="{file_name}"'}
    media_type = EXPORT_MEDIA_TYPES[format]
    wants_gzip = "gzip" in request.headers.get("accept-encoding", "").lower()
    kept = cache.get(key, fingerprint)
    if kept is not None:
        if wants_gzip and len(kept.body) >= GZIP_MINIMUM_BYTES:
            packed = kept.packed
            if packed is None:
                packed = gzip_bytes(kept.body)
                cache.keep_packed(key, kept, packed)
            return Response(packed, media_type=media_type, headers={**headers, "Content-Encoding": "gzip"})
        return Response(kept.body, media_type=media_type, headers=headers)
    chunks = (chunk.encode("utf-8") for chunk in export_stream(state.store, claim_filter, format))
    first = next(chunks)  # runs the first query now: a database error is still a clean 500
    stream = itertools.chain([first], chunks)
    if wants_gzip:
        # Compressed here rather than by the gzip middleware, so the compressed bytes can be kept too.
        headers["Content-Encoding"] = "gzip"
    return StreamingResponse(_kept_while_sent(stream, cache, key, fingerprint, state.store, wants_gzip),
                             media_type=media_type, headers=headers)


def gzip_bytes(body: bytes) -> bytes:
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
    return packer.compress(body) + packer.flush()


def _kept_while_sent(chunks: Iterator[bytes], cache: ExportCache, key: ExportKey, fingerprint: Fingerprint,
                     store: Store, packing: bool) -> Iterator[bytes]:
    """The chunks as sent (gzip-compressed when `packing`), collected on the way and kept once the last
    is sent, if the claims did not change meanwhile. A client leaving early keeps nothing."""
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31) if packing else None
    filling = collecting = cache.begin_fill(key)
    # One growing buffer each (not a list of chunks joined at the end): the finished export is not copied.
    body, packed = io.BytesIO(), io.BytesIO()
    try:
        for chunk in chunks:
            out = packer.compress(chunk) if packer is not None else chunk
            if collecting:
                body.write(chunk)
                if packer is not None:
                    packed.write(out)
                if body.tell() + packed.tell() > cache.max_bytes:  # too large to keep: stop holding it
                    collecting, body, packed = False, io.BytesIO(), io.BytesIO()
            if out:
                yield out
        if packer is not None:
            tail = packer.flush()
            packed.write(tail)
            yield tail
        if collecting and store_fingerprint(store) == fingerprint:
            cache.put(key, fingerprint, body.getvalue(), packed.getvalue() if packer is not None else None)
    finally:
        if filling:
            cache.end_fill(key)


__all__ = ["EXPORT_MEDIA_TYPES", "export_response", "export_stream", "gzip_bytes"]
