"""`counterclaim extract`: one file (or a JSONL batch) to claims, no database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path

import typer

from counterclaim.cli.app import app


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@app.command()
def extract(
    file: Path = typer.Argument(..., help="a text/HTML file, or a .jsonl batch of {id, text, published}"),
    format: ExtractFormat = typer.Option(ExtractFormat.table, "--format", "-f", help="table, json or jsonl"),
    published: str | None = typer.Option(None, "--published", help="publication date YYYY-MM-DD"),
) -> None:
    """Extract the claims of one article without touching a database.

    Examples:

      counterclaim extract page.html

      counterclaim extract article.txt --format json --published 2020-09-28

      counterclaim extract batch.jsonl --format jsonl
    """
    from counterclaim.clean import prepare_document
    from counterclaim.extract import extract_claims
    from counterclaim.records import IngestError, RawDocument

    if format is ExtractFormat.jsonl and file.suffix == ".jsonl":
        out = sys.stdout
        with file.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                raw = RawDocument(
                    item=f"{file}:{number}",
                    source_id=str(record.get("id")),
                    text=record.get("text"),
                    html=record.get("html"),
                    published=_parse_date(record.get("published")),
                )
                document = prepare_document(raw)
                claims = [] if isinstance(document, IngestError) else extract_claims(document)
                out.write(json.dumps({"id": record.get("id"), "claims": [c.contract_dict() for c in claims]}, ensure_ascii=False) + "\n")
        return
    data = file.read_bytes()
    text = data.decode("utf-8", errors="replace")
    is_html = file.suffix.lower() in {".html", ".htm"}
    raw = RawDocument(item=str(file), text=None if is_html else text, html=text if is_html else None, published=_parse_date(published))
    document = prepare_document(raw)
    if isinstance(document, IngestError):
        typer.echo(f"{file}: {document.reason}: {document.message}", err=True)
        claims = []
        doc_info: dict[str, object] = {"item": str(file), "error": document.reason}
    else:
        claims = extract_claims(document)
        doc_info = {
            "item": document.item,
            "title": document.title,
            "published": document.published.isoformat() if document.published else None,
            "language": document.language,
            "content_hash": document.content_hash,
        }
    if format is ExtractFormat.table:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=str(file))
        for column in ("type", "subject", "outcome", "category", "count", "claimant", "stance", "date", "text"):
            table.add_column(column)
        for c in claims:
            table.add_row(c.type, c.subject or "", c.outcome or "", c.category or "", str(list(c.count)) if c.count else "",
                          c.claimant or "", c.stance, c.date.isoformat() if c.date else "", text[c.span[0]:c.span[1]][:80])
        Console().print(table)
        return
    payload = {"document": doc_info, "claims": [c.contract_dict() for c in claims]}
    if format is ExtractFormat.jsonl:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
