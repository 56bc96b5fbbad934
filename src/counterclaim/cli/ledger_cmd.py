"""`counterclaim ledger` and `counterclaim contradictions`: the reconciled figures of the stored claims.

Thin: parse options, call counterclaim.ledger (build_ledger_from_store), print a Rich table, JSON or CSV;
the table is plain TSV when standard output is a pipe or a file.
Exit codes: 0 done, 2 usage error (bad option, bad policy file), 3 database unreachable or outdated.
"""

from __future__ import annotations

import csv
import gc
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from counterclaim.cli.app import app, exits_after_command
from counterclaim.cli.fit import piped, write_tsv
from counterclaim.cli.store_cmd import DB_HELP, err_console, opened_store, out_console, parse_date_option

CONTRADICTION_CSV_COLUMNS = (
    "conflict", "side", "type", "outcome", "category", "period", "kind", "first_claimant", "second_claimant",
    "sentence", "documents",
)


class LedgerFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Period(StrEnum):
    whole = "whole"
    day = "day"
    week = "week"
    month = "month"


SideOption = Annotated[str | None, typer.Option("--side", help="side code(s), comma-separated: whose losses, e.g. AZE")]
TypeOption = Annotated[str | None, typer.Option("--type", help="claim type(s), comma-separated (default casualty,materiel)")]
ConflictOption = Annotated[str | None, typer.Option("--conflict", help="conflict profile id, e.g. nagorno-karabakh-2020")]
SinceOption = Annotated[str | None, typer.Option("--since", help="claims dated (else published) on or after YYYY-MM-DD")]
UntilOption = Annotated[str | None, typer.Option("--until", help="claims dated (else published) on or before YYYY-MM-DD")]
ByOption = Annotated[Period, typer.Option("--by", help="period of each series: whole, day, week or month")]
PolicyOption = Annotated[Path | None, typer.Option("--policy", help="ledger policy TOML (default: the shipped policy.toml)")]
FormatOption = Annotated[LedgerFormat, typer.Option("--format", "-f", help="table, json or csv")]
DbOption = Annotated[str | None, typer.Option("--db", help=DB_HELP)]
LimitOption = Annotated[int, typer.Option("--limit", min=0, help="table rows shown (0 = all; json/csv give all)")]


def _build(db: str | None, side: str | None, type: str | None, conflict: str | None, since: str | None,
           until: str | None, by: Period, policy: Path | None) -> Any:
    from counterclaim.ledger import PolicyError, load_policy
    from counterclaim.ledger.from_store import build_ledger_from_store
    from counterclaim.records import CLAIM_TYPES

    types = [t.strip() for t in type.split(",")] if type else None
    for claim_type in types or []:
        if claim_type not in CLAIM_TYPES:
            raise typer.BadParameter(f"{claim_type!r} is not one of {', '.join(CLAIM_TYPES)}", param_hint="--type")
    try:
        chosen_policy = load_policy(policy)
    except PolicyError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    with opened_store(db) as store:
        return build_ledger_from_store(
            store, by=by.value, side=side, type=types, conflict=conflict, since=parse_date_option(since, "--since"),
            until=parse_date_option(until, "--until"), policy=chosen_policy,
        )


@contextmanager
def _ledger_sized() -> Iterator[None]:
    """The cyclic collector paused while a command builds and prints the ledger (~500,000 acyclic records
    per 100,000 claims). In the console script, which exits next, they are then frozen (gc.freeze)
    rather than walked by one full collection on the way out (~0.4 s per 100,000 claims)."""
    from counterclaim.ledger import collector_paused

    with collector_paused():
        yield
        if exits_after_command():
            gc.freeze()


def _contradiction_rows(contradictions: Sequence[Any]) -> Iterator[list[object]]:
    """One row of CONTRADICTION_CSV_COLUMNS per contradiction."""
    for c in contradictions:
        key = c.series
        yield [key.conflict, key.side, key.type, key.outcome, key.category, key.period, c.kind,
               c.first_claimant, c.second_claimant, c.sentence, _documents(c)]


def _documents(contradiction: Any) -> str:
    ids = sorted({c.document_id for a in contradiction.first + contradiction.second for c in a.citations})
    return " ".join(str(i) for i in ids)


@app.command()
def ledger(
    db: DbOption = None,
    side: SideOption = None,
    type: TypeOption = None,
    conflict: ConflictOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    by: ByOption = Period.whole,
    format: FormatOption = LedgerFormat.table,
    policy: PolicyOption = None,
    limit: LimitOption = 0,
) -> None:
    """Reconciled low / best / high per side, category and period, with the claims behind each figure.

    Examples:

      counterclaim ledger

      counterclaim ledger --side AZE --type materiel --by day

      counterclaim ledger --conflict nagorno-karabakh-2020 --format json

      counterclaim ledger --by month --policy my.toml --format csv
    """
    with _ledger_sized():
        _print_ledger(_build(db, side, type, conflict, since, until, by, policy), format, limit)


def _print_ledger(result: Any, format: LedgerFormat, limit: int) -> None:
    from counterclaim.ledger import summarize_ledger
    from counterclaim.ledger.render import (  # the ledger loads only when asked
        SERIES_CSV_COLUMNS,
        series_csv_rows,
    )

    if format is LedgerFormat.json:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n")
        return
    if format is LedgerFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(SERIES_CSV_COLUMNS)
        writer.writerows(series_csv_rows(result))
        return
    if piped():
        write_tsv(SERIES_CSV_COLUMNS, series_csv_rows(result)[: limit or None])
        return
    out_console.print(summarize_ledger(result, limit=limit or None))


@app.command()
def contradictions(
    db: DbOption = None,
    side: SideOption = None,
    type: TypeOption = None,
    conflict: ConflictOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    by: ByOption = Period.whole,
    format: FormatOption = LedgerFormat.table,
    policy: PolicyOption = None,
    limit: LimitOption = 0,
) -> None:
    """Claims that cannot all be true, side by side: "ARM claims 200–999 AZE military killed; AZE claims 0".

    Examples:

      counterclaim contradictions

      counterclaim contradictions --side AZE --by day --format json
    """
    with _ledger_sized():
        _print_contradictions(_build(db, side, type, conflict, since, until, by, policy), format, limit)


def _print_contradictions(result: Any, format: LedgerFormat, limit: int) -> None:
    from counterclaim.ledger.render import contradictions_table

    if format is LedgerFormat.json:
        payload = [c.model_dump(mode="json") for c in result.contradictions]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    if format is LedgerFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CONTRADICTION_CSV_COLUMNS)
        writer.writerows(_contradiction_rows(result.contradictions))
        return
    if piped():
        write_tsv(CONTRADICTION_CSV_COLUMNS, _contradiction_rows(result.contradictions[: limit or None]))
        return
    out_console.print(contradictions_table(result.contradictions, limit=limit or None))
