"""Weapons shot down belong to whoever launched them (GOLD_FORMAT: missiles shot down are the launcher's). When a text
names the launcher and a later sentence tells the same weapons downed by a definite noun ("the missile", "the drones"),
the launcher owns them, also when the war the text is read as has another enemy for the side that downed them (sentences
written for these tests). Storage tanks for fuel are no battle tanks, and small arms with only a vague quantity
("dozens of weapons") are not coded."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 5, 6)


def materiel(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.subject, c.outcome, c.category) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def test_a_third_party_missile_downed_by_a_definite_noun_is_the_launchers() -> None:
    text = ("Gaza ceasefire talks stall.\n"
            "The Houthis fired a ballistic missile toward Tel Aviv on Monday. The Israeli army said it intercepted the missile.")
    assert materiel(text) == [("HOUTHIS", "destroyed", "other")]


def test_drones_downed_without_a_launcher_named_stay_the_enemys() -> None:
    text = "Ukraine's air force said on Monday that it had shot down 35 drones over the Kyiv and Sumy regions."
    assert materiel(text) == [("RUS", "destroyed", "drone")]


def test_storage_tanks_are_no_battle_tanks() -> None:
    # fuel storage counts with fuel tanks and depots (`other`), never as a `tank`
    found = materiel("Ukraine said its drones destroyed oil storage tanks at a depot in Russia's Bryansk region.")
    assert [category for _, _, category in found] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GOLD_FORMAT: small arms with only a vague quantity are uncounted, not coded; counted ones are `other`
        ("The Kachin Independence Army said it seized dozens of weapons from a junta outpost.", []),
        ("Police recovered several rifles after the ambush in Zamfara.", []),
        ("Fano fighters captured 35 rifles from the federal army.", [("ETH", "captured", "other")]),
    ],
)
def test_small_arms_with_a_vague_quantity_are_not_coded(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert materiel(text) == expected
