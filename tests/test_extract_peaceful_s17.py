"""Games told with the words of war stay quiet (issue 10: sport gives no claims of harm); a fight near a stadium or a
side beating back an assault is still war. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 10, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Afghanistan beat Pakistan by 21 runs in a tense T20 clash in Sharjah.",
        "Morocco beat Nigeria in the semi-final of the Africa Cup of Nations.",
        "Thailand and Cambodia clash in the final of the SEA Games football tournament.",
    ],
)
def test_games_named_as_clashes_or_wins_give_no_claims(text: str) -> None:
    assert extract_from_cleaned_text(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Government troops clashed with RSF fighters near the football stadium in El Obeid.",
        "Ukrainian forces beat back a Russian assault near the stadium in Toretsk.",
    ],
)
def test_fighting_near_a_stadium_is_still_an_attack(text: str) -> None:
    assert [c.type for c in extract_from_cleaned_text(text, PUBLISHED)] == ["attack"]
