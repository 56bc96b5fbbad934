"""Training another side's forces is military aid; "training" naming a side's own flight, drill or range is not."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


def _support(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.subject, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"]


@pytest.mark.parametrize("text", [
    "A Russian Su-34 fighter-bomber crashed during a training flight, killing both pilots.",
    "Two Indian air force jets collided during a training exercise, and the pilots ejected safely.",
    "A Chinese navy helicopter went down on a training sortie near Hainan with three airmen aboard.",
])
def test_a_sides_own_training_flight_or_drill_is_no_support(text):
    assert _support(text) == []


def test_training_another_sides_soldiers_is_still_military_aid():
    assert ("GBR", "UKR") in _support("British instructors trained 2,000 Ukrainian soldiers at a camp in England.")
