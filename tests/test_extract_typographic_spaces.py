"""Typographic spaces (no-break, thin, narrow no-break) read as plain ones, and as a thousands separator between digit
groups; offsets stay those of the text.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text, reading_copy

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army said it had killed 1\u202f200 militants since January.", (1200, 1200)),
        ("The ministry said 12\u00a0500 soldiers had been killed so far.", (12500, 12500)),
        ("Shelling killed 12\u00a0civilians in Kharkiv on Monday.", (12, 12)),
    ],
)
def test_a_typographic_space_inside_a_count(text: str, count: tuple[int, int]) -> None:
    assert [c.count for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [count]


def test_a_place_written_with_a_no_break_space_is_found_and_offsets_hold() -> None:
    text = "RSF shelling killed 23 people in El\u00a0Fasher on Sunday."
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert {c.place for c in claims} == {"El Fasher"}
    assert len(reading_copy(text)) == len(text)


@pytest.mark.parametrize("slug", ["UPDATE 2-", "EXCLUSIVE-", "WRAPUP 1-", "ANALYSIS-"])
def test_a_wire_slug_glued_to_a_headline_hides_no_speaker(slug: str) -> None:
    text = f"{slug}Houthis say they shot down US MQ-9 drone over Yemen"
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]
    assert [(c.subject, c.claimant) for c in found] == [("USA", "HOUTHIS")]
    assert len(reading_copy(text)) == len(text)
