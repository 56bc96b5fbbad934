"""Whose equipment a side word opening its name makes it, and captives held by a named side (written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 6, 1)


def test_equipment_named_with_a_side_word_is_that_side_s() -> None:
    text = ("Jihadists attacked a military base in Diapaga, Burkina Faso, on Sunday, the army said. "
            "Two military vehicles were torched during the assault, a security source said.")
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 6, 1)) if c.type == "materiel"]
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("BFA", "destroyed", "vehicle", (2, 2))]


def test_people_held_in_a_side_s_captivity_are_captured() -> None:
    text = "Ukraine's coordination headquarters said more than 8,000 Ukrainians remain in Russian captivity."
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 6, 1)) if c.type == "casualty"]
    assert [(c.subject, c.outcome, c.count) for c in found] == [("UKR", "captured", (8001, None))]



def test_the_user_named_after_the_means_is_the_agent() -> None:
    # the equipment hit is the side the means' user fights, not the claimant's adversary by default
    def materiel(text: str) -> list[tuple[str | None, str | None, str | None]]:
        return [(c.subject, c.object, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]

    assert materiel("Drones launched by the RSF struck an army air base in Port Sudan, destroying a cargo plane, the Sudanese army said.") == [
        ("SDN", "RSF", "SDN")]
    assert materiel("Rockets fired by Hezbollah damaged three military vehicles near Metula, the Israeli army said.") == [("ISR", "HEZBOLLAH", "ISR")]
