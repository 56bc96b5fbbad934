"""Whose equipment a side word opening its name makes it, and captives held by a named side (written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text


def test_equipment_named_with_a_side_word_is_that_side_s() -> None:
    text = ("Jihadists attacked a military base in Diapaga, Burkina Faso, on Sunday, the army said. "
            "Two military vehicles were torched during the assault, a security source said.")
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 6, 1)) if c.type == "materiel"]
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("BFA", "destroyed", "vehicle", (2, 2))]


def test_people_held_in_a_side_s_captivity_are_captured() -> None:
    text = "Ukraine's coordination headquarters said more than 8,000 Ukrainians remain in Russian captivity."
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 6, 1)) if c.type == "casualty"]
    assert [(c.subject, c.outcome, c.count) for c in found] == [("UKR", "captured", (8001, None))]
