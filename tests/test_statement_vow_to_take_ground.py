"""A vow to take a city or control of ground is a threat of force (GOLD_FORMAT statement `warn`), like a vow to capture
or storm it; taking part in talks is no threat."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 1)


def _statements(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The RSF vowed to take the city within days.", "RSF"),
    ("M23 commanders vowed to take full control of North Kivu.", "M23"),
])
def test_a_vow_to_take_ground_is_a_warning(text, speaker):
    assert _statements(text) == [(speaker, "warn")]


def test_a_vow_to_take_part_in_talks_is_no_warning():
    assert _statements("The RSF vowed to take part in the talks in Jeddah.") == []
