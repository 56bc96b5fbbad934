"""`counterclaim eval` and `counterclaim eval-acled`: score the pipeline against gold files and ACLED notes.

Thin: reads arguments, calls counterclaim.evaluate, prints tables or JSON. Scoring rules live in evaluate.py.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from counterclaim.cli.app import EXTRACTOR_HELP, app, chosen_extractor


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def gold_report(paths: list[Path], extractor: str | None = None) -> dict[str, Any]:
    """Score every gold file; the JSON form `eval --format json` prints."""
    from counterclaim.evaluate import evaluate_gold_file, total_of

    scores = [evaluate_gold_file(path, extractor) for path in paths]
    total = total_of(scores)
    return {
        "articles": [s.as_dict() for s in scores],
        "overall": {"tally": asdict(total), "figures": total.figures(), "failed": [s.id for s in scores if s.failure]},
    }


def _print_gold_table(report: dict[str, Any], show_errors: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from counterclaim.evaluate import gold_summary_line

    console = Console(width=max(Console().width, 150))
    per_file = Table(title="gold articles (quant = casualty and materiel; boilerplate = lines left in cleaned text)")
    per_file.add_column("article", no_wrap=True, overflow="ellipsis", max_width=40)
    for column in ("gold", "pred", "core P", "core R", "core F1", "quant gold", "quant pred",
                   "strict P", "strict R", "strict F1", "boilerplate"):
        per_file.add_column(column, justify="right", no_wrap=True, min_width=len(column))
    rows = report["articles"] + [{"id": "OVERALL", **report["overall"]}]
    for row in rows:
        tally, figures = row["tally"], row["figures"]
        per_file.add_row(
            ("[red]FAILED[/red] " if row.get("failure") else "") + escape(row["id"]),
            str(tally["gold"]), str(tally["predicted"]),
            _pct(figures["core_p"]), _pct(figures["core_r"]), _pct(figures["core_f1"]),
            str(tally["quant_gold"]), str(tally["quant_predicted"]),
            _pct(figures["strict_p"]), _pct(figures["strict_r"]), _pct(figures["strict_f1"]),
            f"{tally['boilerplate_left']}/{tally['boilerplate_lines']}",
        )
    console.print(per_file)

    overall = report["overall"]["tally"]
    by_type = Table(title="per type (overall)")
    for column in ("type", "gold", "pred", "matched", "F1"):
        by_type.add_column(column)
    for claim_type, (gold, pred, matched) in sorted(overall["by_type"].items()):
        by_type.add_row(claim_type, str(gold), str(pred), str(matched), _pct(report["overall"]["figures"]["type_f1"][claim_type]))
    console.print(by_type)
    fields = Table(title="field accuracy over matched pairs (overall)")
    for column in ("field", "agree", "pairs", "accuracy"):
        fields.add_column(column)
    for name, (ok, n) in overall["fields"].items():
        fields.add_row(name, str(ok), str(n), _pct(report["overall"]["figures"]["field_acc"][name]))
    console.print(fields)

    for article in report["articles"]:
        if article.get("failure"):
            console.print(f"[red]{escape(article['id'])}: {escape(article['failure'])}[/red]")
        for line in article["boilerplate_left"]:
            console.print(f"[yellow]{escape(article['id'])}: boilerplate left in cleaned text: {escape(line)!s}[/yellow]")
        for quote in article["unlocatable_quotes"]:
            console.print(f"[yellow]{escape(article['id'])}: gold quote not found in text: {escape(quote)}[/yellow]")
    if show_errors:
        labels = {"miss": "MISSED", "false": "FALSE", "strict": "STRICT"}
        for article in report["articles"]:
            if article["errors"]:
                console.rule(escape(article["id"]))
            for error in article["errors"]:
                console.print(f"{labels[error['kind']]:7} {escape(error['key'])}  {escape(error['detail'])}")
                console.print(f"        [dim]{escape(error['sentence'][:400])}[/dim]")
    figures = report["overall"]["figures"]
    cleaning = "clean" if figures["boilerplate_clean"] else f"{overall['boilerplate_left']} boilerplate lines left"
    console.print(f"core P={figures['core_p']:.3f} R={figures['core_r']:.3f} F1={figures['core_f1']:.3f}; "
                  f"strict-quantitative P={figures['strict_p']:.3f} R={figures['strict_r']:.3f} "
                  f"F1={figures['strict_f1']:.3f}; cleaning: {cleaning}; failed={len(report['overall']['failed'])}")
    print(gold_summary_line(figures))  # last line in the reference scorer's form, for scripts


@app.command("eval")
def eval_gold(
    gold_files: Annotated[list[Path], typer.Argument(help="gold annotation files (GOLD_FORMAT.md layout)")],
    errors: Annotated[bool, typer.Option("--errors", help="list each miss, false claim and strict mismatch with its sentence")] = False,
    format: Annotated[EvalFormat, typer.Option("--format", "-f", help="table or json")] = EvalFormat.table,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
) -> None:
    """Score the extraction pipeline against gold files: core and strict F1, per type, per field, cleaning.

    Examples:

      counterclaim eval ../shared/gold/*.json

      counterclaim eval ../shared/gold/seed-southfront-2020-09-28.json --errors

      counterclaim eval ../shared/gold/*.json --format json
    """
    notes = [path for path in gold_files if path.suffix.lower() == ".jsonl"]
    if notes:
        raise typer.BadParameter(f"{notes[0]} holds one JSON object a line, as ACLED notes do, not a gold article: "
                                 f"score notes with `counterclaim eval-acled {notes[0]}`", param_hint="GOLD_FILES")
    report = gold_report(gold_files, chosen_extractor(extractor).name)
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    else:
        _print_gold_table(report, errors)
    if report["overall"]["failed"]:
        raise typer.Exit(1)


def acled_report(path: Path, limit: int = 0, extractor: str | None = None) -> dict[str, Any]:
    """Score the pipeline on ACLED notes; the JSON form `eval-acled --format json` prints."""
    import time

    from counterclaim.evaluate import acled_total_of, evaluate_acled_notes, read_acled_notes

    notes = read_acled_notes(path, limit)
    started = time.perf_counter()
    scores = evaluate_acled_notes(notes, str(path), extractor)
    seconds = time.perf_counter() - started
    total = acled_total_of(scores)
    texts = {str(n["id"]): n["text"] for n in notes}
    return {
        "file": str(path),
        "seconds": seconds,
        "overall": {**asdict(total), "figures": total.figures()},
        "notes": [{"id": s.id, "gold_fatalities": s.gold_fatalities, "predicted_fatalities": s.predicted_fatalities,
                   "problems": s.problems, "text": texts[s.id]} for s in scores if s.problems],
    }


@app.command("eval-acled")
def eval_acled(
    file: Annotated[Path, typer.Argument(help="ACLED notes, one JSON object a line: {id, text, published, gold}")],
    limit: Annotated[int, typer.Option("--limit", help="score only the first N notes (0: all)")] = 0,
    errors: Annotated[bool, typer.Option("--errors", help="list each note whose fatalities or event type is wrong")] = False,
    format: Annotated[EvalFormat, typer.Option("--format", "-f", help="table or json")] = EvalFormat.table,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
) -> None:
    """Score the pipeline on ACLED event notes: fatalities exact, MAE, date, place within 25 km, event type.

    Examples:

      counterclaim eval-acled ../shared/dev/acled/acled_2022h1_dev.jsonl

      counterclaim eval-acled ../shared/dev/acled/acled_2022h1_dev.jsonl --limit 200 --errors
    """
    try:
        report = acled_report(file, limit, chosen_extractor(extractor).name)
    except (OSError, ValueError, KeyError) as exc:
        typer.echo(f"{file}: cannot read ACLED notes: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(2) from exc
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        return
    from counterclaim.evaluate import acled_summary_line

    o, f = report["overall"], report["overall"]["figures"]
    if errors:
        for note in report["notes"]:
            shown = [p for p in note["problems"] if p in ("fatalities", "type") or p.startswith("failed")]
            if shown:
                print(f"{note['id']}: {', '.join(shown)} (gold fatalities {note['gold_fatalities']}, "
                      f"predicted {note['predicted_fatalities']}) :: {note['text'][:200]}")
    print(f"notes={o['notes']} failed={o['failed']} seconds={report['seconds']:.1f} "
          f"notes_per_s={o['notes'] / max(report['seconds'], 1e-9):.1f}")
    print(f"fatalities exact: all {o['fatal_ok']}/{o['fatal_notes']}  with deaths {o['deadly_ok']}/{o['deadly_notes']}  "
          f"without {o['bloodless_ok']}/{o['bloodless_notes']}  MAE={f['fatal_mae']:.3f}")
    print(f"date given on {o['dated']}/{o['notes']}, equal to ACLED event_date on {o['date_ok']}/{o['dated']}; "
          f"place coordinates on {o['located']}/{o['notes']}, within 25 km on {o['geo_ok']}/{o['located']}")
    print(f"event type recovered (attack/territory sub-event types) on {o['kind_ok']}/{o['kind_notes']}")
    print(acled_summary_line(f))
