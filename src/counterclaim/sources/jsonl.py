"""JSONL documents: one `{"id", "text" or "html", "url", "title", "published", "source"}` object per line.

A broken line is one `parse` error naming the line; the good lines are kept. It reads; it does not clean.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import IO

from counterclaim.records import RawDocument
from counterclaim.sources.decoding import (
    DecodeFailure,
    check_size,
    decode_bytes,
    has_binary_characters,
    max_bytes,
    strip_binary_characters,
)
from counterclaim.sources.options import SourceItem, SourceItems, SourceOptions, error, with_defaults

# Keys holding metadata, copied as strings when present.
STRING_FIELDS: tuple[str, ...] = ("url", "title", "source")


def parse_published(value: object) -> dt.date | None:
    """An ISO date or date-time string (or null) -> date; anything else -> ValueError."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string, not {type(value).__name__}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def document_from_json(item: str, record: object) -> RawDocument:
    """Build a RawDocument from one decoded JSON line; raises ValueError on a bad shape, DecodeFailure on bad text.

    JSON escapes can smuggle NULs (`\\u0000`) past the byte-level binary test: a `text` or `html` holding
    them is a DecodeFailure('binary'); metadata strings lose them.
    """
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str | None) or not isinstance(html, str | None):
        raise ValueError("'text' and 'html' must be strings")
    if not (text and text.strip()) and not (html and html.strip()):
        raise ValueError("no 'text' or 'html'")
    body = text if text and text.strip() else html or ""
    if has_binary_characters(body):
        raise DecodeFailure("binary", "the 'text' or 'html' string holds NUL or control characters")
    try:
        body.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DecodeFailure(
            "decode", f"the 'text' or 'html' string is not valid Unicode: {exc.reason}"
        ) from exc
    fields: dict[str, object] = {
        key: _clean_metadata(record[key]) for key in STRING_FIELDS if record.get(key) not in (None, "")
    }
    if record.get("id") not in (None, ""):
        fields["source_id"] = _clean_metadata(record["id"])
    fields["published"] = parse_published(record.get("published"))
    if text and text.strip():
        return RawDocument(item=item, text=text, **fields)  # type: ignore[arg-type]
    return RawDocument(item=item, html=html, **fields)  # type: ignore[arg-type]


def _clean_metadata(value: object) -> str:
    """A metadata value as a string storable everywhere: no control characters, no lone surrogates."""
    text = strip_binary_characters(str(value))
    return text.encode("utf-8", "replace").decode("utf-8")


# Bytes read at a time while skipping the rest of a line over the size cap.
SKIP_CHUNK_BYTES = 1 << 20


def iter_capped_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """The lines of a binary stream; a line over `limit` bytes is never held whole: its size (an int) comes instead."""
    while line := handle.readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(SKIP_CHUNK_BYTES)
            if not line:
                break
            size += len(line)
        yield size


def read_jsonl_records(
    name: str, lines: Iterable[bytes | int], options: SourceOptions
) -> Iterator[tuple[SourceItem, object]]:
    """(document or error, the line's own `id` as written, or None) per non-blank line; items are `name:LINE`.

    `lines` holds bytes, or an int (the size) for a line already found over the size cap.
    """
    limit = max_bytes(options.max_bytes)
    for number, line in enumerate(lines, start=1):
        item = f"{name}:{number}"
        if isinstance(line, int):
            yield error(item, "too_large", f"{line} bytes exceeds the size cap of {limit} bytes"), None
            continue
        if not line.strip():
            continue
        identifier: object = None
        try:
            check_size(len(line), limit)
            record = json.loads(decode_bytes(line).lstrip("\ufeff"))
            if isinstance(record, dict):
                identifier = record.get("id")
            document = document_from_json(item, record)
        except DecodeFailure as exc:
            yield error(item, exc.reason, exc.message), identifier
            continue
        except json.JSONDecodeError as exc:
            yield error(item, "parse", f"broken JSON line: {exc.msg} at column {exc.colno}"), identifier
            continue
        except (ValueError, RecursionError) as exc:
            yield error(item, "parse", f"bad JSONL record: {exc}"), identifier
            continue
        yield with_defaults(document, options), identifier


def read_jsonl_lines(name: str, lines: Iterable[bytes | int], options: SourceOptions) -> SourceItems:
    """Documents from JSONL lines (bytes); items are named `name:LINE`."""
    for item, _identifier in read_jsonl_records(name, lines, options):
        yield item


def read_jsonl_file(path: str, options: SourceOptions) -> SourceItems:
    with open(path, "rb") as handle:
        yield from read_jsonl_lines(path, iter_capped_lines(handle, max_bytes(options.max_bytes)), options)
