"""Materiel phrasing of war reports, on sentences written for these tests: headline present tense,
equipment recovered, counted and uncounted small arms, parts of a counted whole, the means of a verb,
and whose equipment it was in a war no profile covers.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 5)


def materiel(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def summary(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in materiel(text)]


def test_headline_present_tense_shoots_down() -> None:
    assert summary("Air Defences Shoot Down 12 Drones Over Port Sudan") == [("destroyed", "drone", (12, 12))]
    assert summary("Army Shoots Down Three Drones Near Goma") == [("destroyed", "drone", (3, 3))]


def test_equipment_recovered_is_captured() -> None:
    assert summary("Troops recovered two pickups after the clash near Kidal.") == [("captured", "vehicle", (2, 2))]


def test_counted_small_arms_are_other() -> None:
    assert summary("The rebels seized nine rifles from the outpost in Chin state.") == [("captured", "other", (9, 9))]


def test_uncounted_small_arms_are_not_coded_but_heavy_weapons_are() -> None:
    assert summary("The militia seized rifles from the police station.") == []
    assert summary("The militia seized heavy machine guns from the barracks.") == [("captured", "other", None)]


def test_part_of_a_counted_whole_that_was_downed() -> None:
    found = summary("The air force said the drones, of which 14 were downed, came from the east.")
    assert found == [("destroyed", "drone", (14, 14))]
    assert summary("Air defences shot down 20 of the 26 drones launched overnight.") == [("destroyed", "drone", (20, 20))]


def test_equipment_named_as_the_means_is_not_a_loss() -> None:
    assert summary("The bridge was destroyed by a drone on Tuesday.") == []


def test_equipment_without_an_owner_is_the_claimants_enemys_in_a_war_without_profile() -> None:
    text = (
        "Fighting between the army and the Arakan Army continued in Rakhine state. "
        "The Arakan Army said its fighters seized two armored vehicles near Sittwe."
    )
    found = [(c.subject, c.outcome, c.category, c.claimant) for c in materiel(text)]
    assert found == [("MMR", "captured", "armored_vehicle", "AA")]
