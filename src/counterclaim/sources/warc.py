"""WARC / WARC.gz archives via warcio: one document per HTML response record.

A corrupt record is one `parse` error naming its byte offset; reading resumes at the next record
(the next `WARC/1.` header, or the next gzip member in a .warc.gz). Non-HTML records are skipped.
A record cut short (a payload shorter than its Content-Length, a gzip member that ends early, headers
cut off at the end of the file) is one `truncated` error, never a document; the records before it stay.
"""

from __future__ import annotations

import os
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


class TruncatedRecord(Exception):
    """A record whose bytes end before its headers say (a cut file)."""


def _check_complete(records: Any, record: Any, handle: IO[bytes], file_size: int) -> None:
    """Read the record to its end; raise TruncatedRecord when its payload or its gzip member is cut short."""
    records.read_to_end()
    declared = record.rec_headers.get_header("Content-Length")
    if declared is None or not declared.strip().isdigit():
        raise TruncatedRecord("record headers end without a Content-Length (the file is cut)")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        raise TruncatedRecord(
            f"payload is {int(declared) - missing} bytes, its Content-Length says {declared} (the file is cut)"
        )
    decompressor = records.reader.decompressor
    at_end_of_file = handle.tell() >= file_size and records.reader.empty()
    if decompressor is not None and not decompressor.eof and at_end_of_file:
        raise TruncatedRecord("the gzip member ends early (the file is cut)")


def _has_content_after(handle: IO[bytes], offset: int) -> bool:
    """True when anything but blank space follows `offset` (the end of the last record read whole)."""
    handle.seek(offset)
    while chunk := handle.read(SCAN_CHUNK_BYTES):
        if chunk.strip():
            return True
    return False


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
        file_size = os.fstat(handle.fileno()).st_size
        while True:
            handle.seek(base)
            records = ArchiveIterator(handle)  # its `offset` is absolute: it starts from handle.tell()
            complete_until = base  # where the records read whole so far end
            try:
                for record in records:
                    item = f"{path}@{records.offset}"  # the start of the record just yielded
                    failure: DecodeFailure | None = None
                    try:
                        document = _html_document(item, record, limit)
                    except DecodeFailure as exc:
                        document, failure = None, exc
                    try:
                        _check_complete(records, record, handle, file_size)
                    except TruncatedRecord as exc:
                        yield error(item, "truncated", f"WARC record cut short: {exc}")
                        return
                    complete_until = int(records.offset)
                    if failure is not None:
                        yield error(item, failure.reason, failure.message)
                    elif document is not None:
                        yield with_defaults(document, options)
                if _has_content_after(handle, complete_until):
                    # warcio ends quietly on a record whose headers are cut: it is still a cut record.
                    yield error(
                        f"{path}@{complete_until}",
                        "truncated",
                        "WARC record cut short: the file ends inside its headers",
                    )
                return
            except Exception as exc:  # noqa: BLE001 — any failure inside a record is that record's error
                failed_at = int(records.offset)  # the start of the record that could not be read
                why = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
                resume = _next_record_start(handle, failed_at)
                if resume is None:  # an unreadable last record runs to the end of the file: it is cut
                    yield error(
                        f"{path}@{failed_at}",
                        "truncated",
                        f"WARC record cut short: unreadable to the end of the file ({why})",
                    )
                    return
                yield error(f"{path}@{failed_at}", "parse", f"corrupt WARC record: {why}")
                base = resume
