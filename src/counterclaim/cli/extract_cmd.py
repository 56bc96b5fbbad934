"""`counterclaim extract`: one file (or a JSONL batch) to claims, no database.

Output follows the contract in GOLD_FORMAT.md: spans index the file's text as decoded; a JSONL batch
prints one line per document, in input order, whatever happens to a document.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterclaim.cli.app import EXTRACTOR_HELP, app, chosen_extractor
from counterclaim.records import Claim, Document, IngestError, RawDocument

if TYPE_CHECKING:
    from counterclaim.extract import Extractor


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


HTML_SUFFIXES = frozenset({".html", ".htm"})


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="a text/HTML file, or a .jsonl batch of {id, text, published}")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table, json or jsonl")] = ExtractFormat.table,
    published: Annotated[str | None, typer.Option("--published", help="publication date YYYY-MM-DD")] = None,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
    explain: Annotated[bool, typer.Option("--explain", help="why each claim came out (pattern, arguments, resolution steps) and why sentences with a trigger gave none")] = False,
) -> None:
    """Extract the claims of one article without touching a database.

    Examples:

      counterclaim extract page.html

      counterclaim extract article.txt --format json --published 2020-09-28

      counterclaim extract batch.jsonl --format jsonl

      counterclaim extract article.txt --explain
    """
    from counterclaim.sources.jsonl import parse_published

    try:
        published_date = parse_published(published)
    except ValueError as error:
        raise typer.BadParameter(f"--published: {error}") from error
    if not file.is_file():
        raise typer.BadParameter(f"{file}: no such file")
    engine = chosen_extractor(extractor)
    if explain and (file.suffix.lower() == ".jsonl" or not hasattr(engine, "explain")):
        raise typer.BadParameter("explains one article with an extractor that can explain itself (the rules engine)",
                                 param_hint="--explain")
    if file.suffix.lower() == ".jsonl":
        _extract_batch(file, engine)
        return
    text, document = _prepare_file(file, published_date)
    if isinstance(document, IngestError):
        typer.echo(f"{file}: {document.reason}: {document.message}", err=True)
    if explain:
        report = {"claims": [], "sentences_without_claims": []} if isinstance(document, IngestError) else engine.explain(document)  # type: ignore[attr-defined]
        _print_explanation(text, report, format)
        return
    claims = [] if isinstance(document, IngestError) else engine.extract(document)
    if format is ExtractFormat.table:
        _print_table(file, text, claims)
        return
    payload = {"document": _document_summary(file, document), "claims": [c.contract_dict() for c in claims]}
    indent = None if format is ExtractFormat.jsonl else 2
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")


def _prepare_file(file: Path, published: object) -> tuple[str, Document | IngestError]:
    from counterclaim.clean import prepare_document
    from counterclaim.sources.decoding import DecodeFailure, decode_bytes

    data = file.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = decode_bytes(data)
        except DecodeFailure as error:
            return "", IngestError(item=str(file), reason="decode", message=str(error))
    is_html = file.suffix.lower() in HTML_SUFFIXES
    raw = RawDocument(item=str(file), text=None if is_html else text, html=text if is_html else None, published=published)  # type: ignore[arg-type]
    return text, prepare_document(raw)


def _extract_batch(file: Path, engine: Extractor) -> None:
    """One output line per input document: `{"id", "claims"}` (plus `"error"` when it could not be read)."""
    from counterclaim.clean import prepare_document
    from counterclaim.sources.jsonl import document_from_json

    out = sys.stdout
    with file.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                typer.echo(f"{file}:{number}: not JSON: {error}", err=True)
                continue
            identifier = record.get("id") if isinstance(record, dict) else None
            result: dict[str, object] = {"id": identifier, "claims": []}
            try:
                document = prepare_document(document_from_json(f"{file}:{number}", record))
            except ValueError as error:
                document = IngestError(item=f"{file}:{number}", reason="parse", message=str(error))
            if isinstance(document, IngestError):
                result["error"] = document.reason
            else:
                result["claims"] = [c.contract_dict() for c in engine.extract(document)]
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


def _print_table(file: Path, text: str, claims: list[Claim]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=str(file))
    for column in ("type", "subject", "outcome", "category", "count", "claimant", "stance", "date", "text"):
        table.add_column(column)
    for c in claims:
        table.add_row(
            c.type, c.subject or "", c.outcome or "", c.category or "",
            str(list(c.count)) if c.count else "", c.claimant or "", c.stance,
            c.date.isoformat() if c.date else "", text[c.span[0] : c.span[1]][:80],
        )
    Console().print(table)


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
