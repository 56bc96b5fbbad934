"""Cut a document's cleaned text into runs for the article page, each run tagged with the claims covering it.

Claim spans are stored in ORIGINAL-text offsets; the article page shows the cleaned text, so spans are
mapped back through the document's offset map. Pure functions: no HTML is built here (templates escape).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from counterclaim.records import OffsetMap, Span


def original_to_cleaned(offset_map: OffsetMap, offset: int) -> int | None:
    """The cleaned-text offset of an original-text offset, or None when cleaning dropped that character."""
    segments = offset_map.segments
    if not segments:
        return offset
    by_original = sorted(segments, key=lambda s: s[1])
    starts = [s[1] for s in by_original]
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return None
    clean_start, orig_start, length = by_original[i]
    if offset <= orig_start + length:
        return clean_start + (offset - orig_start)
    return None


def span_in_cleaned(offset_map: OffsetMap, span: Span, cleaned_length: int) -> Span | None:
    """A claim's span moved into cleaned-text offsets; None when it does not survive cleaning."""
    start = original_to_cleaned(offset_map, span[0])
    end = original_to_cleaned(offset_map, span[1])
    if start is None or end is None:
        return None
    start, end = max(0, min(start, cleaned_length)), max(0, min(end, cleaned_length))
    return (start, end) if end > start else None


@dataclass
class TextRun:
    """A stretch of text and the claims (by their position in the claim list) whose spans cover it."""

    text: str
    claims: list[int] = field(default_factory=list)

    @property
    def innermost(self) -> int | None:
        """The claim shown for this run: the last-starting (narrowest) cover, as the list is ordered by start."""
        return self.claims[-1] if self.claims else None


def cut_into_runs(text: str, spans: Sequence[Span | None]) -> list[TextRun]:
    """Split `text` at every span boundary; each run lists the spans (by index) that cover it.

    Overlapping and nested spans are allowed (a total and its parts); a None span is skipped.
    """
    boundaries = {0, len(text)}
    for span in spans:
        if span is not None:
            boundaries.update((span[0], span[1]))
    points = sorted(b for b in boundaries if 0 <= b <= len(text))
    order = sorted(
        (i for i, s in enumerate(spans) if s is not None),
        key=lambda i: (spans[i][0], -spans[i][1], i),  # type: ignore[index]
    )
    runs: list[TextRun] = []
    for start, end in zip(points, points[1:], strict=False):
        if end <= start:
            continue
        covering = [i for i in order if spans[i][0] <= start and end <= spans[i][1]]  # type: ignore[index]
        runs.append(TextRun(text=text[start:end], claims=covering))
    return runs
