"""Local files, directories (recursive, sorted) and stdin, dispatched to a reader by file suffix.

Readers are looked up in `FILE_READERS` (suffix -> reader); `register_file_reader` adds one (e.g. Parquet).
A file with an unknown suffix is sniffed: web page, feed or plain text, else an `unsupported` error.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

from counterclaim.sources.decoding import DecodeFailure, check_size, decode_bytes, max_bytes, sniff_kind
from counterclaim.sources.options import SourceItems, SourceOptions, error, raw_from_text, with_defaults

FileReader = Callable[[str, SourceOptions], SourceItems]
STDIN_ITEM = "<stdin>"


def read_capped(path: str, options: SourceOptions) -> bytes:
    """A file's bytes, refusing (DecodeFailure 'too_large') before reading one over the size cap."""
    limit = max_bytes(options.max_bytes)
    check_size(Path(path).stat().st_size, limit)
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    check_size(len(data), limit)
    return data


def _read_as(kind: str) -> FileReader:
    """A reader that decodes a whole file and holds it as `kind` ('text' or 'html')."""

    def read(path: str, options: SourceOptions) -> SourceItems:
        try:
            text = decode_bytes(read_capped(path, options))
        except DecodeFailure as exc:
            yield error(path, exc.reason, exc.message)
            return
        yield with_defaults(raw_from_text(path, text, kind), options)

    return read


def read_feed_file(path: str, options: SourceOptions) -> SourceItems:
    """A .rss/.atom/.xml file: a feed (or a web page saved as XML) by its content; anything else is unsupported."""
    yield from read_sniffed_file(path, options, allow_plain_text=False)


def read_sniffed_file(path: str, options: SourceOptions, allow_plain_text: bool = True) -> SourceItems:
    """A file of unknown suffix: decoded, then read as a feed, a web page or plain text by its content."""
    try:
        data = read_capped(path, options)
        text = decode_bytes(data)
    except DecodeFailure as exc:
        yield error(path, exc.reason, exc.message)
        return
    yield from _read_decoded(path, data, text, options, allow_plain_text)


def _read_decoded(
    item: str, data: bytes, text: str, options: SourceOptions, allow_plain_text: bool = True
) -> SourceItems:
    kind = sniff_kind(text)
    if kind == "feed":
        from counterclaim.sources.feeds import read_feed

        yield from read_feed(item, data, options)
    elif kind == "xml" or (kind == "text" and not allow_plain_text):
        yield error(item, "unsupported", "neither an RSS/Atom feed nor a web page")
    else:
        yield with_defaults(raw_from_text(item, text, kind), options)


def _read_jsonl(path: str, options: SourceOptions) -> SourceItems:
    from counterclaim.sources.jsonl import read_jsonl_file

    yield from read_jsonl_file(path, options)


def _read_warc(path: str, options: SourceOptions) -> SourceItems:
    from counterclaim.sources.warc import read_warc_file

    yield from read_warc_file(path, options)


# Suffix (lower case, compound suffixes like ".warc.gz" included) -> reader. Longest suffix wins.
FILE_READERS: dict[str, FileReader] = {
    ".txt": _read_as("text"),
    ".text": _read_as("text"),
    ".md": _read_as("text"),
    ".html": _read_as("html"),
    ".htm": _read_as("html"),
    ".xhtml": _read_as("html"),
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".warc": _read_warc,
    ".warc.gz": _read_warc,
}


def register_file_reader(suffixes: tuple[str, ...], reader: FileReader) -> None:
    """Make `reader` handle files ending in any of `suffixes` (e.g. ('.parquet',) for Spark output)."""
    for suffix in suffixes:
        FILE_READERS[suffix.lower()] = reader


def reader_for(path: str) -> FileReader:
    name = Path(path).name.lower()
    matches = [suffix for suffix in FILE_READERS if name.endswith(suffix)]
    return FILE_READERS[max(matches, key=len)] if matches else read_sniffed_file


def iter_directory_files(directory: Path) -> list[Path]:
    """Every non-hidden file under `directory`, recursively, in sorted (deterministic) order."""
    found = []
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(directory).as_posix())


def read_path(spec: str, options: SourceOptions) -> SourceItems:
    """Documents from a file or a directory tree named on the command line."""
    path = Path(spec)
    if path.is_dir():
        files = [str(p) for p in iter_directory_files(path)]
        if not files:
            yield error(spec, "empty", "directory holds no files")
        for file in files:
            yield from read_file(file, options)
    elif path.exists():
        yield from read_file(spec, options)
    else:
        yield error(spec, "not_found", "no such file or directory")


def read_file(path: str, options: SourceOptions) -> SourceItems:
    try:
        yield from reader_for(path)(path, options)
    except OSError as exc:
        yield error(path, "unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")


def read_stdin(options: SourceOptions, stream: io.BufferedIOBase | None = None) -> SourceItems:
    """Standard input: JSONL when every line is a JSON object, else a feed, a web page or plain text."""
    source = stream if stream is not None else sys.stdin.buffer
    limit = max_bytes(options.max_bytes)
    data = source.read(limit + 1)
    try:
        check_size(len(data), limit)
        text = decode_bytes(data)
    except DecodeFailure as exc:
        yield error(STDIN_ITEM, exc.reason, exc.message)
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip("\ufeff").lstrip().startswith("{") for line in lines):
        from counterclaim.sources.jsonl import read_jsonl_lines

        yield from read_jsonl_lines(STDIN_ITEM, io.BytesIO(data), options)
        return
    yield from _read_decoded(STDIN_ITEM, data, text, options)
