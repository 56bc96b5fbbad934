"""Terminal rendering of a Ledger with Rich: figures table, contradictions, totals checks. No computing here."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Group
from rich.table import Table
from rich.text import Text

from counterclaim.ledger.contradictions import format_count
from counterclaim.ledger.results import Assertion, Contradiction, Figure, Ledger, Series

# A series with more assertions than this shows a tally per claimant instead of each assertion.
MAX_ASSERTIONS_LISTED = 12
# A contradiction's documents are listed up to this many, then counted.
MAX_DOCUMENTS_LISTED = 12


def _figure(figure: Figure) -> str:
    return "" if figure.value is None else str(figure.value)


def _claimants(series: Series) -> str:
    """Each assertion (claimant, relation, figure, flags, citations) or, for a long series, each claimant's tally."""
    if len(series.assertions) > MAX_ASSERTIONS_LISTED:
        return _claimant_tallies(series)
    parts = []
    for assertion in series.assertions:
        who = assertion.claimant or "outlet"
        verb = "denies" if assertion.stance == "deny" else format_count(assertion.count) if assertion.count else "?"
        flags = ("~" if assertion.hedged else "") + ("▶" if assertion.evidence else "")
        total = " total" if assertion.cumulative else ""
        parts.append(f"{who}({assertion.relation[:3]}): {verb}{total}{flags} ×{len(assertion.citations)}")
    return "; ".join(dict.fromkeys(parts))


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _claimant_tallies(series: Series) -> str:
    tallies: dict[tuple[str, str], list[Assertion]] = defaultdict(list)
    for assertion in series.assertions:
        tallies[(assertion.claimant or "outlet", assertion.relation)].append(assertion)
    parts = []
    for (who, relation), assertions in sorted(tallies.items()):
        denials = sum(a.stance == "deny" for a in assertions)
        citations = sum(len(a.citations) for a in assertions)
        tally = _plural(len(assertions) - denials, "assertion") + (f", {_plural(denials, 'denial')}" if denials else "")
        parts.append(f"{who}({relation[:3]}): {tally} ×{citations}")
    return "; ".join(parts)


# The marks of the claims column, explained under the ledger table.
LEGEND = (
    "claims: WHO(rel): figure ×citations · rel: sel the side itself, adv its adversary, thi a third party, "
    "out the outlet · total running total · ~ hedged · ▶ video/photo evidence · ? no figure"
)


SERIES_CSV_COLUMNS = (
    "conflict", "side", "type", "outcome", "category", "period", "low", "best", "high",
    "low_rule", "best_rule", "high_rule", "assertions", "citations", "claimants", "contradictions", "totals_checks",
    "sums",  # how a figure that adds assertions up was reached, with its parts (Figure.parts)
)


def series_csv_rows(ledger: Ledger) -> list[list[object]]:
    """One row of SERIES_CSV_COLUMNS per series (`counterclaim ledger --format csv` and the dashboard's export)."""
    rows: list[list[object]] = []
    for series in ledger.series:
        claimants = sorted({f"{a.claimant or 'outlet'}:{a.relation}" for a in series.assertions})
        rows.append([
            series.conflict, series.side, series.type, series.outcome, series.category, series.period,
            series.low.value, series.best.value, series.high.value, series.low.rule, series.best.rule,
            series.high.rule, len(series.assertions), sum(len(a.citations) for a in series.assertions),
            " ".join(claimants), len(series.contradictions), len(series.totals),
            " | ".join(dict.fromkeys(series.low.parts + series.best.parts + series.high.parts)),
        ])
    return rows


def series_table(ledger: Ledger, limit: int | None = None) -> Table:
    table = Table(title=f"Ledger ({ledger.by}, policy {ledger.policy}): {ledger.claims} claims → "
                        f"{ledger.assertions} assertions, {ledger.duplicate_documents} duplicate documents",
                  caption=LEGEND if ledger.series else None, caption_justify="left")
    for column in ("conflict", "side", "type", "outcome", "category", "period", "low", "best", "high", "claims"):
        justify = "right" if column in ("low", "best", "high") else "left"
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for series in ledger.series[:limit]:
        table.add_row(series.conflict or "", series.side or "", series.type, series.outcome or "",
                      series.category or "", series.period, _figure(series.low), _figure(series.best),
                      _figure(series.high), _claimants(series))
    return table


def contradictions_table(contradictions: list[Contradiction], limit: int | None = None) -> Table:
    table = Table(title=f"Contradictions ({len(contradictions)})")
    for column in ("conflict", "period", "kind", "contradiction", "documents"):
        table.add_column(column, overflow="fold")
    for contradiction in contradictions[:limit]:
        documents = sorted({c.document_id for a in contradiction.first + contradiction.second for c in a.citations})
        listed = ", ".join(str(d) for d in documents[:MAX_DOCUMENTS_LISTED])
        if len(documents) > MAX_DOCUMENTS_LISTED:
            listed += f", … ({len(documents)} documents)"
        table.add_row(contradiction.series.conflict or "", contradiction.series.period, contradiction.kind,
                      contradiction.sentence, listed)
    return table


def ledger_renderable(ledger: Ledger, limit: int | None = None) -> Group:
    parts: list[Table | Text] = [series_table(ledger, limit)]
    if ledger.contradictions:
        parts.append(contradictions_table(ledger.contradictions, limit))
    sums = [(series, figure_name, part) for series in ledger.series[:limit]
            for figure_name in ("low", "best", "high") for part in getattr(series, figure_name).parts]
    if sums:
        table = Table(title="Figures that add claims up, with their parts (a running figure plus the increments after it)")
        for column in ("side", "series", "figure", "sum"):
            table.add_column(column, overflow="fold")
        for series, figure_name, part in sums:
            table.add_row(series.side or "", " ".join(p for p in (series.category, series.outcome, series.period) if p),
                          figure_name, part)
        parts.append(table)
    if ledger.totals:
        checks = Table(title="Running totals checked against increments")
        for column in ("side", "series", "status", "check"):
            checks.add_column(column, overflow="fold")
        for check in ledger.totals[:limit]:
            key = check.series
            checks.add_row(key.side or "", " ".join(p for p in (key.category, key.outcome) if p), check.status,
                           check.sentence)
        parts.append(checks)
    return Group(*parts)
