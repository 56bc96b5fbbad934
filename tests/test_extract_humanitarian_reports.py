"""Phrases of humanitarian reports: camps of the displaced named before what they hold ("a camp for internally displaced
persons") are civilian places, an organisation inside a counted phrase ("staff members of a national NGO") is no one
killed, and civilians' own vehicles are no materiel (GOLD_FORMAT).

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 4, 17)


def claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.type, c.outcome, c.category) for c in extract_from_cleaned_text(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The RSF attacked a camp for internally displaced persons near El Fasher on Friday.",
        "Gunmen attacked a camp housing 20,000 displaced families near Bunia.",
    ],
)
def test_a_camp_of_the_displaced_named_after_it_is_a_civilian_place(text: str) -> None:
    assert [outcome for kind, outcome, _ in claims(text) if kind == "attack"] == ["assault"]


def test_an_army_camp_is_still_an_armed_place() -> None:
    assert [outcome for kind, outcome, _ in claims("Gunmen attacked an army camp near Beni.") if kind == "attack"] == ["offensive"]


def test_an_organisation_inside_a_counted_phrase_is_no_one_killed() -> None:
    text = "Two staff members of a national NGO were killed near Tawila on Tuesday."
    assert [c for c in claims(text) if c[0] == "casualty"] == [("casualty", "killed", "civilian")]


@pytest.mark.parametrize(
    "text",
    [
        "Two aid workers were killed when their vehicle was hit by a drone near Tawila.",
        "A family of five died when their minibus was struck by a shell outside Kherson.",
    ],
)
def test_civilians_own_vehicles_are_no_materiel(text: str) -> None:
    assert [c for c in claims(text) if c[0] == "materiel"] == []
