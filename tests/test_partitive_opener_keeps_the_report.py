"""A sentence opening on a part of the figure the sentence before gave ("Of those, 87 were shot down") goes on with
that sentence's report: its claims keep that sentence's claimant."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 3, 14)


def test_of_those_keeps_the_air_force_as_claimant() -> None:
    text = ("Russia launched 140 drones at Ukraine overnight, Ukraine's air force said.\n"
            "Of those, 95 drones were shot down and 30 were lost to electronic jamming.")
    downed = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "materiel"]
    assert downed and all(c.claimant == "UKR" for c in downed)


def test_among_them_keeps_the_ministry_as_claimant() -> None:
    text = ("Azerbaijan's defence ministry said Armenian forces had fired 40 rockets at its positions in Lachin.\n"
            "Among them, two rockets were shot down over the town.")
    downed = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "materiel"]
    assert downed and all(c.claimant == "AZE" for c in downed)


def test_without_a_reported_sentence_before_the_outlet_speaks() -> None:
    text = "Russian drones attacked Kharkiv overnight.\nOf those, 12 drones were shot down."
    downed = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "materiel"]
    assert all(c.claimant is None for c in downed)
