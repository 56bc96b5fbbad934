"""WARC / WARC.gz archives via warcio: one document per HTML response record.

A corrupt record is one `parse` error naming its byte offset; reading resumes at the next record
(the next `WARC/1.` header, or the next gzip member in a .warc.gz). Non-HTML records are skipped.
"""

from __future__ import annotations

from typing import IO, Any

from counterclaim.records import RawDocument
from counterclaim.sources.decoding import DecodeFailure, check_size, decode_bytes, max_bytes
from counterclaim.sources.options import SourceItems, SourceOptions, error, with_defaults

# HTTP content types of response records that are read as web pages.
HTML_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
# Where a record can start: an uncompressed WARC header, or a gzip member (one per record in .warc.gz).
RECORD_START_MARKERS: tuple[bytes, ...] = (b"WARC/1.", b"\x1f\x8b\x08")
SCAN_CHUNK_BYTES = 1 << 20


def _next_record_start(handle: IO[bytes], after: int) -> int | None:
    """Offset of the first record-start marker strictly after `after`, or None at the end of the file."""
    position = after + 1
    overlap = max(len(marker) for marker in RECORD_START_MARKERS) - 1
    while True:
        handle.seek(position)
        chunk = handle.read(SCAN_CHUNK_BYTES)
        if not chunk:
            return None
        found = [index for marker in RECORD_START_MARKERS if (index := chunk.find(marker)) >= 0]
        if found:
            return position + min(found)
        if len(chunk) < SCAN_CHUNK_BYTES:
            return None
        position += len(chunk) - overlap


def _html_document(item: str, record: Any, limit: int) -> RawDocument | None:
    """The record as a RawDocument when it is an HTML response; raises DecodeFailure on bad content."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_CONTENT_TYPES):
        return None
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return None
    body = record.content_stream().read(limit + 1)
    check_size(len(body), limit)
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";", 1)[0].strip("\"' ")
    html = decode_bytes(body, charset)
    date = record.rec_headers.get_header("WARC-Date") or ""
    published = None
    if len(date) >= 10:
        import datetime as dt

        try:
            published = dt.date.fromisoformat(date[:10])
        except ValueError:
            published = None
    return RawDocument(
        item=item,
        html=html,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        source_id=record.rec_headers.get_header("WARC-Record-ID"),
        published=published,
    )


def read_warc_file(path: str, options: SourceOptions) -> SourceItems:
    """HTML response records of a WARC or WARC.gz file; items are named `path@OFFSET`."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: only WARC ingest needs it

    limit = max_bytes(options.max_bytes)
    base = 0
    with open(path, "rb") as handle:
        while True:
            handle.seek(base)
            records = ArchiveIterator(handle)  # its `offset` is absolute: it starts from handle.tell()
            try:
                for record in records:
                    item = f"{path}@{records.offset}"  # the start of the record just yielded
                    try:
                        document = _html_document(item, record, limit)
                    except DecodeFailure as exc:
                        yield error(item, exc.reason, exc.message)
                        continue
                    if document is not None:
                        yield with_defaults(document, options)
                return
            except Exception as exc:  # noqa: BLE001 — any failure inside a record is that record's error
                failed_at = int(records.offset)  # the start of the record that could not be read
                yield error(
                    f"{path}@{failed_at}", "parse", f"corrupt WARC record: {str(exc).splitlines()[0][:200]}"
                )
                resume = _next_record_start(handle, failed_at)
                if resume is None:
                    return
                base = resume
