"""Support told by its goods, on sentences written for these tests: bombs, helicopters or launchers received from a
provider, and intelligence handed to a side, are military aid (GOLD_FORMAT: support of arms is `military_aid`)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 2, 20)


def support(text: str) -> list[tuple[str | None, str | None, str]]:
    return sorted((c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine has received about 3,000 glide bombs from France since the spring.", [("FRA", "UKR", "military_aid")]),
        ("The Sudanese army obtained attack helicopters from Russia last year.", [("RUS", "SDN", "military_aid")]),
        ("Tehran gave intelligence to Hezbollah on Israeli troop movements.", [("IRN", "HEZBOLLAH", "military_aid")]),
        ("Washington provided intelligence to Kyiv before the strikes on Crimea.", [("USA", "UKR", "military_aid")]),
    ],
)
def test_goods_received_or_handed_over_are_military_aid(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert support(text) == expected


def test_intelligence_gathered_about_an_enemy_is_no_support() -> None:
    assert support("Israeli intelligence about Hezbollah commanders guided the strikes in Beirut.") == []
