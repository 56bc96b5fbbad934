"""Troops one side keeps or sends to back another are `fighters` support (GOLD_FORMAT), whether the troops head the
backing ("troops in Congo backing the Congolese army") or the backing is done "with" them.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundi has about 10,000 troops in eastern Congo backing the Congolese army.", ("BDI", "COD")),
        ("Burundian troops are backing the Congolese army in South Kivu.", ("BDI", "COD")),
        ("Burundi backs the Congolese army with some 10,000 troops.", ("BDI", "COD")),
        ("Rwanda is assisting the M23 with troops and heavy weapons, UN experts said.", ("RWA", "M23")),
        ("Eritrean soldiers were fighting alongside the Ethiopian army in Tigray.", ("ERI", "ETH")),
    ],
)
def test_troops_backing_a_side_are_fighters(text: str, expected: tuple[str, str]) -> None:
    found = {(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"}
    assert found == {(*expected, "fighters")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and China offered diplomatic cover to Myanmar's junta.", {("CHN", "MMR"), ("RUS", "MMR")}),
        ("China shielded Myanmar's military government at the Security Council.", {("CHN", "MMR")}),
        ("The US has given Israel diplomatic cover throughout the war.", {("USA", "ISR")}),
    ],
)
def test_diplomatic_cover_is_political_support(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(c.subject, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support" and c.outcome == "political"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("North Korean troops helped Russia retake Kursk.", "fighters"),
        ("North Korea helped Russia retake Kursk with artillery shells.", "military_aid"),
    ],
)
def test_men_who_helped_are_fighters_and_arms_that_helped_are_aid(text: str, outcome: str) -> None:
    found = {(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"}
    assert found == {("PRK", "RUS", outcome)}


def test_a_participle_after_a_comma_takes_the_clause_s_head_as_provider() -> None:
    text = "The United States vetoed a Security Council resolution, offering diplomatic cover to Israel."
    found = {(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"}
    assert found == {("USA", "ISR", "political")}
