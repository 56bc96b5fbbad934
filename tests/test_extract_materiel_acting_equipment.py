"""Equipment that acts is no loss: a participle right after it with an object of its own is an active verb ("helicopters
hit rebel positions"), while one followed by a place, a time, an agent or a break is a loss told headline-style ("two
tanks hit near Kupiansk").

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 10)


def materiel(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


@pytest.mark.parametrize(
    "text",
    [
        "Army helicopters hit rebel positions near Lashio.",
        "The group denied targeting civilians, saying its drones hit only military sites.",
        "Government gunships struck insurgent hideouts in the hills above the valley.",
    ],
)
def test_equipment_striking_an_object_is_not_damaged(text: str) -> None:
    assert materiel(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Russian tanks hit near Kupiansk", [("damaged", "tank", (2, 2))]),
        ("Sudanese army helicopter downed by RSF near El Obeid", [("destroyed", "helicopter", (1, 1))]),
        ("Russian Su-25 downed, Kyiv says", [("destroyed", "aircraft", (1, 1))]),
    ],
)
def test_a_participle_told_without_its_auxiliary_is_still_a_loss(text: str, expected: list) -> None:
    assert materiel(text) == expected


def materiel_sides(text: str) -> list[tuple[str | None, str, int | None]]:
    return [(c.subject, c.outcome, c.count[0] if c.count else None)
            for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def test_a_headline_s_second_clause_has_its_own_agent() -> None:
    # "kills 4 as Ukraine downs ...": the count of the first clause is not the people of the side the second names
    text = "Russian attack on Kharkiv kills 4 as Ukraine downs 48 of 72 drones"
    assert materiel_sides(text) == [("RUS", "destroyed", 48)]


def test_drones_lost_to_jamming_are_those_of_the_side_downed_before_them() -> None:
    text = ("Overnight, Russia launched 72 Shahed-type drones against Ukraine, the air force said. "
            "Air defences shot down 48 drones, while 20 others were lost to electronic warfare.")
    assert materiel_sides(text) == [("RUS", "destroyed", 48), ("RUS", "lost", 20)]
