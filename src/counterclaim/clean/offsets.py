"""Build a cleaned text from verbatim slices of an original, with the OffsetMap back to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from counterclaim.records import OffsetMap


@dataclass
class CleanedTextBuilder:
    """Appends pieces of the original (and joining separators) and records where each piece came from.

    `add_slice(start, end)` copies original[start:end] verbatim; `add_mapped(text, segments)` appends a text
    whose parts were located in the original by other means (HTML); separators map to the preceding offset.
    """

    original: str
    parts: list[str] = field(default_factory=list)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    length: int = 0

    def add_separator(self, separator: str) -> None:
        if self.parts:
            self.parts.append(separator)
            self.length += len(separator)

    def add_slice(self, start: int, end: int) -> None:
        self._add_segment(self.length, start, end - start)
        self.parts.append(self.original[start:end])
        self.length += end - start

    def add_mapped(self, text: str, segments: list[tuple[int, int, int]]) -> None:
        """`segments` are (offset in text, offset in original, length) with text and original equal there."""
        for text_start, orig_start, length in segments:
            self._add_segment(self.length + text_start, orig_start, length)
        self.parts.append(text)
        self.length += len(text)

    def _add_segment(self, clean_start: int, orig_start: int, length: int) -> None:
        if self.segments:
            last_clean, last_orig, last_length = self.segments[-1]
            if last_clean + last_length == clean_start and last_orig + last_length == orig_start:
                self.segments[-1] = (last_clean, last_orig, last_length + length)
                return
        self.segments.append((clean_start, orig_start, length))

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(segments=self.segments)
