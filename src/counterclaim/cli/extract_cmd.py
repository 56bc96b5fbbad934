"""`counterclaim extract`: one file (or a JSONL batch) to claims, no database.

Output follows the contract in GOLD_FORMAT.md: spans index the file's text as decoded; a JSONL batch
prints one line per document, in input order, whatever happens to a document.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterclaim.cli.app import EXTRACTOR_HELP, app, chosen_extractor, exits_after_command
from counterclaim.records import Claim, Document, IngestError, RawDocument

if TYPE_CHECKING:
    from counterclaim.extract import Extractor
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
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="why each claim came out, and why sentences with a trigger word gave none")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="batches: extract in N processes (output order kept)")] = 1,
) -> None:
    """Extract the claims of one article without touching a database.

    The file is read exactly as `counterclaim ingest` reads it: same size cap, encoding detection
    and error classes. A file holding several documents (JSONL, a feed, a WARC) prints one line each.

    Examples:

      counterclaim extract page.html

      counterclaim extract article.txt --format json --published 2020-09-28

      counterclaim extract batch.jsonl --format jsonl --jobs 2

      counterclaim extract article.txt --explain
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
    engine = _loaded_extractor(extractor)
    options = SourceOptions(published=published_date, max_bytes=max_bytes)
    if file.name.lower().endswith(JSONL_SUFFIXES):
        if explain:
            raise typer.BadParameter("explains one article, not a batch", param_hint="--explain")
        _extract_batch(_jsonl_items(spec, options), engine, jobs)
        return
    items = list(iter_raw_documents([spec], options))
    if len(items) != 1:
        _extract_batch(((item, item.source_id if isinstance(item, RawDocument) else None) for item in items), engine, jobs)
        return
    (raw,) = items
    text = "" if isinstance(raw, IngestError) else raw.text or raw.html or ""
    if explain:
        _explain(raw, engine, text, format)
        return
    document, claims = _extract_one(raw, engine)
    if isinstance(document, IngestError):
        typer.echo(f"{document.item}: {document.reason}: {document.message}", err=True)
    if format is ExtractFormat.table:
        _print_table(file, text, claims)
        return
    payload = {"document": _document_summary(file, document), "claims": [c.contract_dict() for c in claims]}
    indent = None if format is ExtractFormat.jsonl else 2
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")


def _loaded_extractor(name: str | None) -> Extractor:
    """The extractor, loaded with the collector paused: importing the rules compiles ~1,000 patterns and builds their
    tables, long-lived objects and no garbage, which the collector would walk again and again (~0.1 s of start-up).
    The console script, which exits after the command, then freezes them out of the collector's later passes."""
    with _collector_paused():
        engine = chosen_extractor(name)
        if exits_after_command():
            gc.freeze()
    return engine


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic collection inside the block. A zero threshold rather than gc.disable(), which spaCy's model
    loader (srsly) undoes with gc.enable() once the model's files are read."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _prepare(raw: RawDocument | IngestError) -> Document | IngestError:
    """Clean a raw document as ingest does; a reading error, or a cleaning failure, comes back as an IngestError."""
    from counterclaim.clean import prepare_document

    if isinstance(raw, IngestError):
        return raw
    try:
        return prepare_document(raw)
    except Exception as exc:  # a cleaning bug is this document's error, as in ingest
        return IngestError(item=raw.item, reason="clean", message=f"{type(exc).__name__}: {exc}")


def _extract_one(raw: RawDocument | IngestError, engine: Extractor) -> tuple[Document | IngestError, list[Claim]]:
    """The cleaned document and its claims; a document that fails anywhere gives its IngestError and no claims."""
    document = _prepare(raw)
    if isinstance(document, IngestError):
        return document, []
    try:
        return document, engine.extract(document)
    except Exception as exc:  # an extraction bug is this document's error, as in ingest
        return IngestError(item=document.item, reason="extract", message=f"{type(exc).__name__}: {exc}"), []


def _explain(raw: RawDocument | IngestError, engine: Extractor, text: str, format: ExtractFormat) -> None:
    explain = getattr(engine, "explain", None)
    if explain is None:
        raise typer.BadParameter(f"the {engine.name} extractor does not explain its claims", param_hint="--explain")
    document = _prepare(raw)
    if isinstance(document, IngestError):
        typer.echo(f"{document.item}: {document.reason}: {document.message}", err=True)
        raise typer.Exit(1)
    _print_explanation(text, explain(document), format)


def _jsonl_items(spec: str, options: SourceOptions) -> Iterator[tuple[RawDocument | IngestError, object]]:
    """(document or error, the line's own id) per line of a JSONL file, read as ingest reads it."""
    from counterclaim.sources.decoding import max_bytes
    from counterclaim.sources.jsonl import iter_capped_lines, read_jsonl_records

    with open(spec, "rb") as handle:
        yield from read_jsonl_records(spec, iter_capped_lines(handle, max_bytes(options.max_bytes)), options)


def _extract_batch(items: Iterable[tuple[RawDocument | IngestError, object]], engine: Extractor, jobs: int) -> None:
    """One output line per input document: `{"id", "claims"}`, plus `"error"` (its class) and `"message"`
    when it could not be read, cleaned or extracted; the error also goes to stderr as `ITEM: class: message`.
    With `jobs` > 1 the documents are extracted in that many processes and printed in input order."""
    from counterclaim.extract.registry import warm_up
    from counterclaim.parallel import ordered_map

    # The model and the tables load once here (the forked workers share them) and live to the end: the
    # collector is kept out of the load, which makes no garbage, and the loaded objects out of its later passes.
    with _collector_paused():
        warm_up(engine.extract)
        gc.freeze()
    for line, error in ordered_map(_batch_line, items, jobs, initializer=_use_extractor, initargs=(engine.name,)):
        if error:
            typer.echo(error, err=True)
        sys.stdout.write(line)


_worker_engine: dict[str, Extractor] = {}


def _use_extractor(name: str) -> None:
    from counterclaim.extract import get_extractor

    _worker_engine["engine"] = get_extractor(name)


def _batch_line(item: tuple[RawDocument | IngestError, object]) -> tuple[str, str | None]:
    """One batch item's output line and its error line for stderr (None when it went through)."""
    raw, identifier = item
    document, claims = _extract_one(raw, _worker_engine["engine"])
    result: dict[str, object] = {"id": identifier, "claims": [c.contract_dict() for c in claims]}
    error = None
    if isinstance(document, IngestError):
        result["error"] = document.reason
        result["message"] = document.message
        error = f"{document.item}: {document.reason}: {document.message}"
    return json.dumps(result, ensure_ascii=False) + "\n", error


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
    from counterclaim.cli.fit import Column, fitted_table, piped, write_tsv
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
    if piped():
        write_tsv(EXTRACT_COLUMNS_ORDER, rows)
        return
    console = make_console(stderr=False)
    console.print(fitted_table(columns, rows, width=console.width, title=str(file), free_text_chars=QUOTE_CHARS))


@app.command()
def extractors() -> None:
    """List the extractors of the registry: built in, and installed under the entry-point group
    `counterclaim.extractors`.

    Examples:

      counterclaim extractors

      counterclaim extract article.txt --extractor rules
    """
    from counterclaim.extract import default_extractor_name, extractor_names, get_extractor

    default = default_extractor_name()
    for name in extractor_names():
        version = get_extractor(name).version
        sys.stdout.write(f"{name}\t{version}{chr(9) + 'default' if name == default else ''}\n")


def _print_explanation(text: str, report: dict[str, object], format: ExtractFormat) -> None:
    """The explanation as JSON, or as plain lines: each claim with its pattern, trigger, arguments and
    steps; then each sentence that held a trigger but gave no claim, with the reason."""
    if format is not ExtractFormat.table:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=None if format is ExtractFormat.jsonl else 2) + "\n")
        return
    lines: list[str] = []
    for entry in report["claims"]:  # type: ignore[attr-defined]
        result = entry["result"]
        count = result["count"]
        head = " ".join(str(v) for v in (result["type"], result["outcome"], result["category"], count and list(count)) if v)
        label = f"claim {entry['claim']}" if entry["claim"] is not None else f"dropped ({entry['dropped']})"
        lines.append(f"{label}: {head}  subject {result['subject']}  claimant {result['claimant']}  {result['stance']}")
        start, end = result["span"]
        lines.append(f"  words     {text[start:end]!r} (characters {start}-{end}, sentence {entry['sentence']})")
        lines.append(f"  pattern   {entry['pattern']}, trigger {entry['trigger']!r}")
        arguments = ", ".join(f"{k}={v}" for k, v in entry["arguments"].items() if v not in (None, False, {}))
        lines.append(f"  arguments {arguments or '-'}")
        lines.extend(f"  step      {step}" for step in entry["steps"])
    for sentence in report["sentences_without_claims"]:  # type: ignore[attr-defined]
        label = "vetoed in" if sentence["has_claims"] else "no claim:"
        lines.append(f"{label} sentence {sentence['sentence']}: {sentence['text'][:160]!r}")
        lines.append(f"  reason    {sentence['reason']}")
        if sentence["triggers"]:
            lines.append(f"  triggers  {', '.join(sentence['triggers'])}")
        lines.extend(f"  veto      {v['pattern']} dropped a {v['type']} claim on {v['trigger']!r}" for v in sentence["vetoes"])
    sys.stdout.write("\n".join(lines) + ("\n" if lines else "no claims and no trigger words\n"))
