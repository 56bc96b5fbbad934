"""Bombers as the attacking side's fighters (written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

TEXT = (
    "Al-Shabaab claims suicide attack on Mogadishu checkpoint\n\n"
    "Al-Shabaab fighters attacked a checkpoint near the presidential palace in Mogadishu on Saturday, killing 12 people, police said. "
    "A second bomber was shot dead by guards before he could detonate his explosives. "
    "Two suicide bombers died in the attack on the base."
)


def test_bombers_killed_are_fighters_of_the_attacking_side() -> None:
    found = [(c.subject, c.outcome, c.category, c.count) for c in extract_from_cleaned_text(TEXT, dt.date(2024, 6, 1)) if c.type == "casualty"]
    assert ("SHABAAB", "killed", "military", (1, 1)) in found
    assert ("SHABAAB", "killed", "military", (2, 2)) in found
