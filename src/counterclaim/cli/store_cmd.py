"""Database commands: ingest, documents, claims, errors, export, reextract, demo and `db upgrade`.

Thin: parse options, call counterclaim.ingest / counterclaim.store, print with Rich.
Exit codes: 0 done (bad items are reported, not fatal), 2 usage error, 3 database unreachable or outdated.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterclaim.cli.app import EXTRACTOR_HELP, app, chosen_extractor
from counterclaim.cli.fit import Column, escape, fitted_table, piped, write_tsv

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from counterclaim.records import StoredClaim
    from counterclaim.store import ClaimFilter, Store

DB_HELP = "database: a URL (sqlite:///x.db, postgresql+psycopg://user@host/db) or a plain file path; default $COUNTERCLAIM_DB or the default SQLite file"
EXIT_DATABASE = 3
# Claims shown by `counterclaim demo` (the rest are counted).
DEMO_TABLE_ROWS = 60

db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")

# Width of tables written to a pipe or file (a terminal uses its own width).
PIPE_WIDTH = 160


class _LazyConsole:
    """A Rich console bound to the current stdout/stderr when used (so tests and pipes get plain, wide output)."""

    def __init__(self, stderr: bool) -> None:
        self.stderr = stderr

    def _console(self) -> Console:
        from rich.console import Console

        stream = sys.stderr if self.stderr else sys.stdout
        width = None if stream.isatty() else PIPE_WIDTH
        return Console(file=stream, width=width, stderr=self.stderr)

    def __getattr__(self, name: str) -> object:
        return getattr(self._console(), name)


def make_console(stderr: bool) -> Console:
    """A console on the current stdout/stderr: the stream's own width on a terminal, PIPE_WIDTH elsewhere."""
    return _LazyConsole(stderr)._console()


out_console: Console = _LazyConsole(stderr=False)  # type: ignore[assignment]
err_console: Console = _LazyConsole(stderr=True)  # type: ignore[assignment]


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected a date YYYY-MM-DD, got {value!r}", param_hint=name) from exc


def _shown_database(db: str | None) -> str:
    """The database as a user may see it: its password hidden, the default file named."""
    from sqlalchemy.engine import make_url

    from counterclaim.config import database_url

    try:
        url = make_url(database_url(db))
    except Exception:  # noqa: BLE001 - not even a URL: show what was given
        return db or "(default)"
    if url.get_backend_name() == "sqlite" and db and "://" not in db:
        return db
    return url.render_as_string(hide_password=True)


def database_problem(db: str | None, exc: BaseException) -> str:
    """One line saying why the database named by `--db` cannot be used (no traceback, no SQL)."""
    from sqlalchemy.exc import NoSuchModuleError

    from counterclaim.store import DatabaseMissing, SchemaOutOfDate

    name = _shown_database(db)
    if isinstance(exc, SchemaOutOfDate | DatabaseMissing):
        return str(exc)
    if isinstance(exc, NoSuchModuleError) or (isinstance(exc, ImportError) and "://" in name):
        scheme = name.split("://", 1)[0]
        return (
            f"unknown database scheme {scheme!r} in {name}: use a file path, sqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DB"
        )
    reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
    if "file is not a database" in reason:
        return f"cannot open database {name}: the file is not a SQLite database"
    return f"cannot open database {name}: {reason}"


@contextlib.contextmanager
def opened_store(db: str | None, *, create: bool = False) -> Iterator[Store]:
    """Open the store or exit with code 3 and a one-line reason.

    Only commands that write (`ingest`, `demo`) pass `create`: reading commands never make a database
    or a folder, and say so when there is none.
    """
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from counterclaim.store import DatabaseMissing, SchemaOutOfDate, Store

    try:
        store = Store(db, create=create)
    except (SchemaOutOfDate, DatabaseMissing, DatabaseError, ArgumentError, ImportError) as exc:
        err_console.print(f"[red]error:[/red] {escape(database_problem(db, exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_DATABASE) from exc
    try:
        yield store
    except DatabaseError as exc:  # the server went away mid-command: what was committed stays
        reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
        err_console.print(f"[red]error:[/red] database {escape(store.url)} failed: {escape(reason)}", soft_wrap=True)
        raise typer.Exit(EXIT_DATABASE) from exc
    finally:
        store.close()


def claim_filter_from_options(
    type: str | None,
    side: str | None,
    claimant: str | None,
    since: str | None,
    until: str | None,
    place: str | None,
    document: int | None = None,
) -> ClaimFilter:
    from counterclaim.records import CLAIM_TYPES
    from counterclaim.store import ClaimFilter

    if type is not None and type not in CLAIM_TYPES:
        raise typer.BadParameter(f"{type!r} is not one of {', '.join(CLAIM_TYPES)}", param_hint="--type")
    return ClaimFilter(
        type=type,
        side=side,
        claimant=claimant,
        since=parse_date_option(since, "--since"),
        until=parse_date_option(until, "--until"),
        place=place,
        document_id=document,
    )


def _count_text(count: tuple[int | None, int | None] | None) -> str:
    if count is None:
        return ""
    low, high = count
    if low == high:
        return str(low)
    return f"{'' if low is None else low}–{'' if high is None else high}"


# The claims table's columns; drop_rank says which go first on a narrow terminal (0: always shown).
CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", drop_rank=3, justify="right"),
    Column("doc", drop_rank=6, justify="right"),
    Column("type"),
    Column("subject"),
    Column("outcome"),
    Column("category", drop_rank=2),
    Column("count", justify="right"),
    Column("claimant", drop_rank=1),
    Column("stance", drop_rank=4),
    Column("date"),
    Column("place", drop_rank=5),
    Column("quote", free_text=True),
)
# A quote is cut after a whole word at this many characters (`--wide`: whole).
QUOTE_CHARS = 80


def claims_table(
    claims: list[StoredClaim], title: str | None = None, *, width: int | None = None, wide: bool = False
) -> Table:
    """The claims as a table that fits `width` (the console's): no code, date or number is ever split."""
    return fitted_table(CLAIM_COLUMNS, claim_rows(claims), width=width, wide=wide, title=title, free_text_chars=QUOTE_CHARS)


def claim_rows(claims: list[StoredClaim]) -> list[tuple[str, ...]]:
    """The claims as rows of plain strings, in CLAIM_COLUMNS order."""
    rows = []
    for stored in claims:
        c = stored.claim
        stance = c.stance + (" (hedged)" if c.hedged else "") + (f" [{c.evidence}]" if c.evidence else "")
        rows.append(
            (
                str(stored.id),
                str(stored.document_id),
                c.type,
                c.subject or "",
                c.outcome or "",
                c.category or "",
                _count_text(c.count),
                c.claimant or "",
                stance,
                c.date.isoformat() if c.date else "",
                c.place or "",
                stored.quote or "",
            )
        )
    return rows


# ---------------------------------------------------------------------------------------------- ingest


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="files, directories, '-' (stdin), http(s) URLs, RSS/Atom feeds, .jsonl, .warc(.gz)")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    published: Annotated[str | None, typer.Option("--published", help="publication date YYYY-MM-DD for items that carry none")] = None,
    source: Annotated[str | None, typer.Option("--source", help="outlet name for items that carry none")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="allow URLs that resolve to loopback/private/link-local addresses")] = False,
    no_follow: Annotated[bool, typer.Option("--no-follow", help="feeds: store each entry's summary instead of fetching its page")] = False,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", min=1, help="per-document size cap in bytes (default $COUNTERCLAIM_MAX_BYTES or 10 MB)")] = None,
    deadline: Annotated[float | None, typer.Option("--deadline", min=0.1, help="seconds a URL's whole download may take (default 60)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="clean and extract in N processes (stored in input order)")] = 1,
) -> None:
    """Clean, extract and store documents; re-ingesting the same text changes nothing.

    Each document is stored with its claims in one transaction, so an interrupted run keeps every
    stored document whole and re-running it finishes the rest. Bad items get a one-line error,
    are recorded in the ingest_error table, and the batch goes on (exit 0).

    Examples:

      counterclaim ingest articles/ feed.xml https://example.org/a.html

      counterclaim ingest dump.jsonl crawl.warc.gz --db postgresql://db/news

      cat article.txt | counterclaim ingest - --published 2020-09-28
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from counterclaim.ingest import IngestSummary, ItemResult, ingest_sources

    published_date = parse_date_option(published, "--published")
    extractor_name = chosen_extractor(extractor).name
    console = make_console(stderr=True)  # one real console: the live progress display keeps state on it
    with opened_store(db, create=True) as store:
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/bold]"),
            BarColumn(),
            TextColumn("{task.completed} items · {task.fields[stored]} stored · {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=quiet or not console.is_terminal,
        )
        counters = {"stored": 0, "failed": 0}

        def report(result: ItemResult) -> None:
            if result.outcome == "stored":
                counters["stored"] += 1
            elif result.outcome == "failed" and result.error is not None:
                counters["failed"] += 1
                progress.console.print(
                    f"[red]failed[/red] {escape(result.item)}: {escape(result.error.reason)}: {escape(result.error.message)}",
                    soft_wrap=True,
                )
            progress.update(task, advance=1, stored=counters["stored"], failed=counters["failed"])

        with progress:
            task = progress.add_task("ingest", total=None, stored=0, failed=0)
            summary: IngestSummary = ingest_sources(
                sources,
                store,
                published=published_date,
                source=source,
                allow_private=allow_private,
                follow=not no_follow,
                max_bytes=max_bytes,
                extractor=extractor_name,
                jobs=jobs,
                deadline=deadline,
                on_item=report,
            )
    from rich.table import Table

    table = Table(title="ingest summary")
    table.add_column("outcome")
    table.add_column("items", justify="right")
    table.add_row("stored", str(summary.stored))
    table.add_row("unchanged", str(summary.unchanged))
    for reason, count in sorted(summary.failed.items()):
        table.add_row(f"failed: {reason}", str(count))
    table.add_row("claims extracted", str(summary.claims))
    console.print(table)


# ---------------------------------------------------------------------------------------------- reading


@app.command()
def documents(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    source: Annotated[str | None, typer.Option("--source", help="only this outlet")] = None,
    since: Annotated[str | None, typer.Option("--since", help="published on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="published on or before YYYY-MM-DD")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="at most this many (0 = all)")] = 100,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, json or csv")] = TableFormat.table,
) -> None:
    """List stored documents (id, title, published, source, language, claims).

    Examples:

      counterclaim documents

      counterclaim documents --source SouthFront --format json
    """
    with opened_store(db) as store:
        rows = store.list_documents(
            limit=limit or None,
            source=source,
            since=parse_date_option(since, "--since"),
            until=parse_date_option(until, "--until"),
        )
    fields = ("id", "title", "published", "source", "language", "status", "claim_count", "extractor_version", "url", "item", "content_hash", "ingested_at")
    records = [{k: v for k, v in row.model_dump(mode="json").items() if k in fields} for row in rows]
    if format is TableFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    if format is TableFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return
    if piped():
        write_tsv(("id", "published", "source", "lang", "claims", "title / item"),
                  ((str(r.id), r.published.isoformat() if r.published else "", r.source or "", r.language or "",
                    str(r.claim_count), r.title or r.item) for r in rows))
        return
    from rich.table import Table

    table = Table(title=f"documents ({len(rows)})")
    for column in ("id", "published", "source", "lang", "claims", "title / item"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row.id),
            row.published.isoformat() if row.published else "",
            escape(row.source or ""),
            row.language or "",
            str(row.claim_count),
            escape((row.title or row.item)[:90]),
        )
    out_console.print(table)


TYPE_HELP = "claim type: casualty, materiel, territory, attack, support, statement, mobilization"


@app.command()
def claims(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    type: Annotated[str | None, typer.Option("--type", help=TYPE_HELP)] = None,
    side: Annotated[str | None, typer.Option("--side", help="actor code of the claim's subject (whose losses; who acts), e.g. AZE")] = None,
    claimant: Annotated[str | None, typer.Option("--claimant", help="actor code of who asserts it, e.g. ARM")] = None,
    since: Annotated[str | None, typer.Option("--since", help="event date (else publication date) on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="event date (else publication date) on or before YYYY-MM-DD")] = None,
    place: Annotated[str | None, typer.Option("--place", help="place name contains this (case-insensitive)")] = None,
    document: Annotated[int | None, typer.Option("--document", help="only claims of this document id")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="at most this many (0 = all)")] = 100,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, json or csv")] = TableFormat.table,
    wide: Annotated[bool, typer.Option("--wide", help="table: every column and whole quotes, whatever the width")] = False,
) -> None:
    """List stored claims, filtered.

    Examples:

      counterclaim claims --side AZE --type casualty

      counterclaim claims --claimant ARM --since 2020-09-27 --format json

      counterclaim claims --place Stepanakert --format csv > claims.csv
    """
    from counterclaim.store.export import claim_record, write_csv

    claim_filter = claim_filter_from_options(type, side, claimant, since, until, place, document)
    with opened_store(db) as store:
        rows = store.query_claims(claim_filter, limit=limit or None)
        total = store.count_claims(claim_filter)
    if format is TableFormat.json:
        sys.stdout.write(json.dumps([claim_record(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return
    if format is TableFormat.csv:
        write_csv(rows, sys.stdout)
        return
    if piped():
        write_tsv([c.name for c in CLAIM_COLUMNS], claim_rows(rows))
        return
    table = claims_table(rows, title=f"claims ({len(rows)} of {total})", width=out_console.width, wide=wide)
    out_console.print(table, crop=not wide, soft_wrap=wide)


@app.command()
def errors(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="only this reason class (empty, binary, too_large, http ...)")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="at most this many (0 = all)")] = 100,
) -> None:
    """List the bad items ingest recorded (item, reason, message, time).

    Examples:

      counterclaim errors

      counterclaim errors --reason binary
    """
    with opened_store(db) as store:
        rows = store.list_errors(limit=limit or None, reason=reason)
    if piped():
        write_tsv(("id", "time", "reason", "item", "message"),
                  ((str(r.id), r.occurred_at.strftime("%Y-%m-%d %H:%M:%S"), r.reason, r.item, r.message) for r in rows))
        return
    from rich.table import Table

    table = Table(title=f"ingest errors ({len(rows)})")
    for column in ("id", "time", "reason", "item", "message"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row.id), row.occurred_at.strftime("%Y-%m-%d %H:%M:%S"), row.reason, escape(row.item), escape(row.message))
    out_console.print(table)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl, geojson or parquet")] = ExportFormat.csv,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="output file (default: stdout; required for parquet)")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    type: Annotated[str | None, typer.Option("--type", help=TYPE_HELP)] = None,
    side: Annotated[str | None, typer.Option("--side", help="actor code of the claim's subject")] = None,
    claimant: Annotated[str | None, typer.Option("--claimant", help="actor code of who asserts it")] = None,
    since: Annotated[str | None, typer.Option("--since", help="on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="on or before YYYY-MM-DD")] = None,
    place: Annotated[str | None, typer.Option("--place", help="place name contains this")] = None,
) -> None:
    """Export every (filtered) stored claim with its provenance.

    GeoJSON holds the claims whose place was resolved to coordinates.

    Examples:

      counterclaim export --format csv --out claims.csv

      counterclaim export --format geojson --type attack > attacks.geojson

      counterclaim export --format parquet --out claims.parquet
    """
    from counterclaim.store import export as exporters

    if format is ExportFormat.parquet and out is None:
        raise typer.BadParameter("parquet needs --out FILE", param_hint="--out")
    claim_filter = claim_filter_from_options(type, side, claimant, since, until, place)
    with opened_store(db) as store:
        rows = store.iter_claims(claim_filter, with_sentence=False)  # exports carry the quote, not the sentence
        if format is ExportFormat.parquet:
            assert out is not None
            written = exporters.write_parquet(rows, out)
        else:
            writer = {
                ExportFormat.csv: exporters.write_csv,
                ExportFormat.jsonl: exporters.write_jsonl,
                ExportFormat.geojson: exporters.write_geojson,
            }[format]
            if out is None:
                written = writer(rows, sys.stdout)
                sys.stdout.flush()
            else:
                with out.open("w", encoding="utf-8", newline="") as handle:
                    written = writer(rows, handle)
    err_console.print(f"exported {written} claims as {format.value}" + (f" to {out}" if out else ""))


# ---------------------------------------------------------------------------------------------- maintenance


@app.command()
def reextract(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    all_documents: Annotated[bool, typer.Option("--all", help="re-extract every document, not only outdated ones")] = False,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
) -> None:
    """Re-extract documents whose claims came from an older extractor version.

    Each document's claims are swapped in one transaction.

    Examples:

      counterclaim reextract

      counterclaim reextract --all --db postgresql://db/news
    """
    from counterclaim.ingest import reextract as run_reextract

    engine = chosen_extractor(extractor)
    with opened_store(db) as store:
        summary = run_reextract(store, extract=engine.extract, extractor_version=engine.version, everything=all_documents)
    for error in summary.failed:
        err_console.print(f"[red]failed[/red] {escape(error.item)}: {error.reason}: {escape(error.message)}")
    err_console.print(
        f"re-extracted {summary.documents} documents with {engine.version}: {summary.claims} claims"
        + (f", {len(summary.failed)} failed" if summary.failed else "")
    )


@db_app.command("upgrade")
def db_upgrade(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    revision: Annotated[str, typer.Option("--revision", help="target Alembic revision")] = "head",
) -> None:
    """Create the database or bring its schema to the latest revision (Alembic migrations).

    Examples:

      counterclaim db upgrade

      counterclaim db upgrade --db postgresql://postgres@127.0.0.1/test
    """
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from counterclaim.store import DatabaseMissing, current_revision, make_engine, upgrade

    try:
        engine = make_engine(db)
        before = current_revision(engine)
        after = upgrade(engine, revision)
    except CommandError as exc:
        err_console.print(f"[red]error:[/red] cannot migrate {escape(db or '(default)')}: {escape(str(exc))}")
        raise typer.Exit(EXIT_DATABASE) from exc
    except (DatabaseMissing, DatabaseError, ArgumentError, ImportError) as exc:
        err_console.print(f"[red]error:[/red] {escape(database_problem(db, exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_DATABASE) from exc
    out_console.print(
        f"{escape(engine.url.render_as_string(hide_password=True))}: {before or 'empty'} -> {after}"
    )
    engine.dispose()


# ---------------------------------------------------------------------------------------------- demo


def samples_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "samples"


@app.command()
def demo(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Ingest the bundled sample documents, then print their claims (and the ledger summary).

    Examples:

      counterclaim demo

      counterclaim demo --db /tmp/demo.db
    """
    from counterclaim.ingest import ItemResult, ingest_sources

    folder = samples_dir()
    if not folder.is_dir():
        err_console.print(f"[red]error:[/red] no bundled samples at {folder}")
        raise typer.Exit(1)
    specs = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name != "SOURCES.md" and not p.name.startswith("."))
    document_ids: list[int] = []

    def collect(result: ItemResult) -> None:
        if result.document_id is not None and result.document_id not in document_ids:
            document_ids.append(result.document_id)

    with opened_store(db, create=True) as store:
        summary = ingest_sources(specs, store, allow_private=False, follow=False, on_item=collect)
        for error in summary.errors:
            err_console.print(f"[red]failed[/red] {escape(error.item)}: {error.reason}: {escape(error.message)}")
        rows = [c for document_id in document_ids for c in store.document_claims(document_id)]
        out_console.print(
            f"[bold]{len(document_ids)} sample documents[/bold] in {escape(store.url)} "
            f"({summary.stored} new, {summary.unchanged} already stored), {len(rows)} claims"
        )
        title = f"claims of the bundled samples ({min(len(rows), DEMO_TABLE_ROWS)} of {len(rows)} shown)"
        out_console.print(claims_table(rows[:DEMO_TABLE_ROWS], title=title, width=out_console.width))
        _print_ledger_summary(store)


# Ledger series shown by `counterclaim demo` (the ledger command shows them all).
DEMO_LEDGER_ROWS = 25


def _print_ledger_summary(store: Store) -> None:
    """The ledger's summary of everything stored (counterclaim.ledger: build_ledger_from_store + summarize_ledger)."""
    try:
        from counterclaim.ledger import summarize_ledger
        from counterclaim.ledger.from_store import build_ledger_from_store
    except ImportError:
        return
    ledger = build_ledger_from_store(store)
    out_console.print(summarize_ledger(ledger, limit=DEMO_LEDGER_ROWS))
