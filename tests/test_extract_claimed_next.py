"""An attack told right before a claim of responsibility for "the attack" is the claimer's, also when its sentence is set
apart as another incident (GOLD_FORMAT: unnamed attackers take the group that claimed responsibility for the same attack).

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 10, 21)


def first_attacker(text: str) -> str | None:
    return next(c.subject for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack")


def test_a_separate_incident_claimed_in_the_next_sentence_is_the_claimer_s() -> None:
    text = ("Israeli strikes killed 30 people in Gaza City on Tuesday, the civil defence agency said.\n"
            "In a separate incident, two Israeli soldiers were killed when an explosive device detonated near their vehicle "
            "in Rafah, the army said. The Qassam Brigades claimed responsibility for the attack.")
    attacks = [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert ("HAMAS", "bombing") in attacks and (None, "bombing") not in attacks


def test_elsewhere_a_roadside_bomb_claimed_next_is_the_claimer_s() -> None:
    text = ("Elsewhere, a roadside bomb struck a police patrol near Quetta, killing three officers. "
            "The BLA claimed responsibility for the attack in a statement.")
    assert first_attacker(text) == "BLA"
