"""Places taken, besieged or lost named after a headline's present verb or its participle ("captures", "capturing",
"retakes", "besieges", "took control of"), so that ground changing hands is placed where it changed hands. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels push on after capturing Bukavu", "Bukavu"),
        ("Sudan army retakes Wad Madani from RSF", "Wad Madani"),
        ("Jihadists besiege Djibo for a third month", "Djibo"),
        ("The insurgents took control of Mocimboa da Praia in August.", "Mocimboa da Praia"),
    ],
)
def test_places_after_verbs_of_ground(text: str, name: str) -> None:
    assert name in [p.name for p in find_places(text, ("COD", "SDN", "BFA", "MOZ"))]


def test_the_place_of_a_capture_is_the_place_captured() -> None:
    claims = extract_from_cleaned_text("M23 rebels push towards Uvira after capturing Bukavu", dt.date(2025, 2, 16))
    assert [c.place for c in claims if c.type == "territory"] == ["Bukavu"]
