"""Sources: turn command-line specs (files, directories, `-`, URLs, feeds, JSONL, WARC) into raw documents.

`iter_raw_documents` yields RawDocument or IngestError per item, in a deterministic order, and never
raises for bad input. It reads and decodes; cleaning is `counterclaim.clean`.
"""

from __future__ import annotations

from collections.abc import Iterable

from counterclaim.sources.files import FILE_READERS, read_path, read_stdin, register_file_reader
from counterclaim.sources.http import is_url, read_url
from counterclaim.sources.options import SourceItem, SourceItems, SourceOptions

STDIN_SPEC = "-"


def iter_raw_documents(specs: Iterable[str], options: SourceOptions | None = None) -> SourceItems:
    """Every document (or per-item error) named by `specs`, in order; directories are walked sorted."""
    options = options or SourceOptions()
    for spec in specs:
        if spec == STDIN_SPEC:
            yield from read_stdin(options)
        elif is_url(spec):
            yield from read_url(spec, options)
        else:
            yield from read_path(spec, options)


__all__ = [
    "FILE_READERS",
    "SourceItem",
    "SourceItems",
    "SourceOptions",
    "iter_raw_documents",
    "register_file_reader",
]
