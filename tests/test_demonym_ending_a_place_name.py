"""A singular demonym after a capitalized word of a name ends a place's name ("Zelene Pole", "Chyste Pole" in
Ukraine): no actor mention of the nation, so the place gives no party to the attack."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.mentions import registry_matcher
from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 3, 4)


def _codes(text: str) -> list[str]:
    return [m.code for m in registry_matcher().find(text, DAY)]


def test_pole_ending_a_village_name_is_no_pole() -> None:
    assert "POL" not in _codes("Russian troops advanced near Chyste Pole and Velyka Novosilka.")


def test_a_pole_as_a_person_is_still_one() -> None:
    assert "POL" in _codes("A Pole was among the volunteers wounded near Kupiansk.")


def test_attack_near_a_village_ending_in_pole_has_no_polish_target() -> None:
    attacks = [c for c in extract_from_cleaned_text("Russian forces attacked near Zelene Pole on Monday.", DAY) if c.type == "attack"]
    assert attacks and all(c.object != "POL" for c in attacks)
