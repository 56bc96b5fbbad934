"""Tables that fit the terminal: columns chosen by priority, values shortened at word boundaries.

A short value (a code, a date, a number) is never wrapped or split; when the terminal is too narrow
for every column, the least useful columns are left out (`--wide` shows them all, unshortened) and
the long free-text column (a quote) is cut after a whole word with an ellipsis.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.table import Table


def escape(text: str) -> str:
    """Rich's markup escape; Rich is imported when something is printed with it (`extract --format jsonl` never is)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


# Rich's heavy-edged table spends this many characters per column (padding and a border) plus one.
COLUMN_OVERHEAD = 3
ELLIPSIS = "…"
# Narrower than this, the free-text column is left out rather than shown a few letters a line.
MIN_FREE_TEXT_WIDTH = 16


@dataclass(frozen=True)
class Column:
    """One column: `drop_rank` orders which go first when space runs out (0: never dropped);
    `free_text` marks the one column that takes the remaining width and is shortened at words."""

    name: str
    drop_rank: int = 0
    free_text: bool = False
    justify: str = "left"
    min_free_width: int = 24


def shorten_at_word(text: str, width: int) -> str:
    """`text` cut to at most `width` characters after a whole word, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    room = max(width - len(ELLIPSIS), 1)
    cut = text[:room]
    if " " in cut and not text[room].isspace():
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + ELLIPSIS


def fitted_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: int | None,
    wide: bool = False,
    title: str | None = None,
    free_text_lines: int = 2,
    free_text_chars: int | None = None,
) -> Table:
    """A Rich table of `rows` (plain strings) that fits `width` characters (None or `wide`: everything).

    The free-text column is cut at a word to `free_text_lines` lines of its width, and to at most
    `free_text_chars` characters (unless `wide`).
    """
    natural = [max([len(column.name), *(len(row[i]) for row in rows)]) for i, column in enumerate(columns)]
    shown = list(range(len(columns)))
    free = next((i for i, column in enumerate(columns) if column.free_text), None)
    free_width: int | None = None
    if width is not None and not wide:

        def needed(indexes: list[int]) -> int:
            fixed = sum(natural[i] for i in indexes if i != free)
            text = (
                min(natural[free], columns[free].min_free_width)
                if free in indexes and free is not None
                else 0
            )
            return fixed + text + COLUMN_OVERHEAD * len(indexes) + 1

        for rank in sorted({c.drop_rank for c in columns if c.drop_rank}, reverse=True):
            if needed(shown) <= width:
                break
            shown = [i for i in shown if columns[i].drop_rank != rank]
        if free is not None and free in shown:
            fixed = sum(natural[i] for i in shown if i != free) + COLUMN_OVERHEAD * len(shown) + 1
            free_width = width - fixed
            if free_width < MIN_FREE_TEXT_WIDTH:  # a sliver of quote is no quote: `--wide` or JSON show it
                shown.remove(free)
    from rich.table import Table

    table = Table(title=title)
    for i in shown:
        column = columns[i]
        if i == free:
            table.add_column(column.name, overflow="ellipsis", max_width=free_width)
        else:
            table.add_column(column.name, no_wrap=True, overflow="ellipsis", justify=column.justify)  # type: ignore[arg-type]
    for row in rows:
        cells = []
        for i in shown:
            value = row[i]
            if i == free and not wide:
                limits = [free_text_chars or len(value)]
                if free_width is not None:
                    limits.append(free_width * free_text_lines)
                value = shorten_at_word(value, min(limits))
            cells.append(escape(value))
        table.add_row(*cells)
    return table


def piped() -> bool:
    """Standard output is a pipe or a file: tables are written as plain TSV for other tools to read."""
    return not sys.stdout.isatty()


def write_tsv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A header line and one line a row, tab-separated; tabs and line breaks inside values become spaces, a
    missing value (None) an empty cell."""
    out = sys.stdout
    for values in (header, *rows):
        out.write("\t".join("" if value is None else " ".join(str(value).split()) for value in values) + "\n")
