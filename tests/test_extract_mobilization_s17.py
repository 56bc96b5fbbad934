"""A state of emergency declared over a war is an emergency regime of the martial-law kind (GOLD_FORMAT's
`martial_law`); one declared for a flood, an epidemic or the economy is a civil measure and no claim. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 2, 1)


def measures(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "mobilization"]


def test_a_state_of_emergency_over_fighting_is_martial_law() -> None:
    assert measures("Mali's transitional government declared a state of emergency in the Mopti region after jihadist attacks.") == [
        ("MLI", "martial_law")]


@pytest.mark.parametrize(
    "text",
    [
        "Malawi declared a state of emergency after Cyclone Freddy killed hundreds.",
        "Ethiopia declared a state of emergency over the cholera outbreak in Oromia.",
    ],
)
def test_a_civil_state_of_emergency_is_no_claim(text: str) -> None:
    assert measures(text) == []
