"""Men out of the force they served in ("three former soldiers", "a retired police officer") are no longer its
fighters: their deaths are civilian deaths."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 1)


@pytest.mark.parametrize("text", [
    "The Taliban executed three former soldiers in Kandahar.",
    "Gunmen shot dead a retired police officer outside his home in Peshawar.",
])
def test_former_members_of_a_force_killed_are_civilians(text):
    assert [c.category for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == ["civilian"]


def test_serving_soldiers_are_still_military():
    text = "The Taliban killed three soldiers in Kandahar."
    assert [c.category for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == ["military"]
