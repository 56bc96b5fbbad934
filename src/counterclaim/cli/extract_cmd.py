"""`counterclaim extract`: one file (or a JSONL batch) to claims, no database.

Output follows the contract in GOLD_FORMAT.md: spans index the file's text as decoded; a JSONL batch
prints one line per document, in input order, whatever happens to a document.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterclaim.cli.app import app
from counterclaim.records import Claim, Document, IngestError, RawDocument

if TYPE_CHECKING:
    from counterclaim.sources import SourceOptions


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


# Suffixes read as a batch of documents, one per line (as `counterclaim ingest` reads them).
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson")
STDIN_SPEC = "-"


@app.command()
def extract(
    file: Annotated[
        Path, typer.Argument(help="a text/HTML file, `-` for standard input, or a .jsonl batch of {id, text, published}")
    ],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table, json or jsonl")] = ExtractFormat.table,
    published: Annotated[str | None, typer.Option("--published", help="publication date YYYY-MM-DD")] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option("--max-bytes", min=1, help="per-document size cap (default $COUNTERCLAIM_MAX_BYTES or 10 MB)"),
    ] = None,
) -> None:
    """Extract the claims of one article without touching a database.

    The file is read exactly as `counterclaim ingest` reads it: same size cap, encoding detection
    and error classes. A file holding several documents (JSONL, a feed, a WARC) prints one line each.

    Examples:

      counterclaim extract page.html

      counterclaim extract article.txt --format json --published 2020-09-28

      counterclaim extract batch.jsonl --format jsonl
    """
    from counterclaim.sources import SourceOptions, iter_raw_documents
    from counterclaim.sources.jsonl import parse_published

    try:
        published_date = parse_published(published)
    except ValueError as error:
        raise typer.BadParameter(f"--published: {error}") from error
    spec = str(file)
    if spec != STDIN_SPEC and not file.is_file():
        raise typer.BadParameter(f"{file}: no such file")
    options = SourceOptions(published=published_date, max_bytes=max_bytes)
    if file.name.lower().endswith(JSONL_SUFFIXES):
        _extract_batch(_jsonl_items(spec, options))
        return
    items = list(iter_raw_documents([spec], options))
    if len(items) != 1:
        _extract_batch((item, item.source_id if isinstance(item, RawDocument) else None) for item in items)
        return
    (raw,) = items
    document, claims = _extract_one(raw)
    text = "" if isinstance(raw, IngestError) else raw.text or raw.html or ""
    if isinstance(document, IngestError):
        typer.echo(f"{document.item}: {document.reason}: {document.message}", err=True)
    if format is ExtractFormat.table:
        _print_table(file, text, claims)
        return
    payload = {"document": _document_summary(file, document), "claims": [c.contract_dict() for c in claims]}
    indent = None if format is ExtractFormat.jsonl else 2
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")


def _prepare(raw: RawDocument | IngestError) -> Document | IngestError:
    """Clean a raw document as ingest does; a reading error, or a cleaning failure, comes back as an IngestError."""
    from counterclaim.clean import prepare_document

    if isinstance(raw, IngestError):
        return raw
    try:
        return prepare_document(raw)
    except Exception as exc:  # a cleaning bug is this document's error, as in ingest
        return IngestError(item=raw.item, reason="clean", message=f"{type(exc).__name__}: {exc}")


def _extract_one(raw: RawDocument | IngestError) -> tuple[Document | IngestError, list[Claim]]:
    """The cleaned document and its claims; a document that fails anywhere gives its IngestError and no claims."""
    document = _prepare(raw)
    if isinstance(document, IngestError):
        return document, []
    try:
        return document, _claims_of(document)
    except Exception as exc:  # an extraction bug is this document's error, as in ingest
        return IngestError(item=document.item, reason="extract", message=f"{type(exc).__name__}: {exc}"), []


def _claims_of(document: Document) -> list[Claim]:
    from counterclaim.extract import extract_claims

    return extract_claims(document)


def _jsonl_items(spec: str, options: SourceOptions) -> Iterator[tuple[RawDocument | IngestError, object]]:
    """(document or error, the line's own id) per line of a JSONL file, read as ingest reads it."""
    from counterclaim.sources.decoding import max_bytes
    from counterclaim.sources.jsonl import iter_capped_lines, read_jsonl_records

    with open(spec, "rb") as handle:
        yield from read_jsonl_records(spec, iter_capped_lines(handle, max_bytes(options.max_bytes)), options)


def _extract_batch(items: Iterable[tuple[RawDocument | IngestError, object]]) -> None:
    """One output line per input document: `{"id", "claims"}`, plus `"error"` (its class) and `"message"`
    when it could not be read, cleaned or extracted; the error also goes to stderr as `ITEM: class: message`."""
    out = sys.stdout
    for raw, identifier in items:
        document, claims = _extract_one(raw)
        result: dict[str, object] = {"id": identifier, "claims": [c.contract_dict() for c in claims]}
        if isinstance(document, IngestError):
            result["error"] = document.reason
            result["message"] = document.message
            typer.echo(f"{document.item}: {document.reason}: {document.message}", err=True)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")


def _document_summary(file: Path, document: Document | IngestError) -> dict[str, object]:
    if isinstance(document, IngestError):
        return {"item": str(file), "error": document.reason, "message": document.message}
    return {
        "item": document.item,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "language": document.language,
        "content_hash": document.content_hash,
    }


# The extract table's columns; drop_rank says which go first on a narrow terminal (0: always shown).
EXTRACT_COLUMNS_ORDER = ("type", "subject", "outcome", "category", "count", "claimant", "stance", "date", "text")
EXTRACT_DROP_RANKS = {"stance": 3, "claimant": 2, "category": 1}
QUOTE_CHARS = 80


def _print_table(file: Path, text: str, claims: list[Claim]) -> None:
    """The claims as a table that fits the terminal (160 columns in a pipe): no value is split or cut short."""
    from counterclaim.cli.fit import Column, fitted_table
    from counterclaim.cli.store_cmd import make_console

    columns = [
        Column(name, drop_rank=EXTRACT_DROP_RANKS.get(name, 0), free_text=name == "text")
        for name in EXTRACT_COLUMNS_ORDER
    ]
    rows = [
        (
            c.type, c.subject or "", c.outcome or "", c.category or "",
            str(list(c.count)) if c.count else "", c.claimant or "", c.stance,
            c.date.isoformat() if c.date else "", text[c.span[0] : c.span[1]],
        )
        for c in claims
    ]
    console = make_console(stderr=False)
    console.print(fitted_table(columns, rows, width=console.width, title=str(file), free_text_chars=QUOTE_CHARS))
