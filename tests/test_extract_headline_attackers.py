"""A headline's attack with no attacker takes the one the body names for an attack by the same means (GOLD_FORMAT: unnamed
attackers take the group the outlet identifies for the same attack); fighting with no attacker keeps none.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 5, 6)


def headline_attacks(text: str) -> list[tuple[str | None, str]]:
    headline_end = text.index("\n")
    return [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED)
            if c.type == "attack" and c.span[0] < headline_end]


def test_the_headline_s_strike_takes_the_attacker_the_body_names() -> None:
    text = ("Drone strike hits fuel depot in Port Sudan\n"
            "Drones launched by the RSF struck a fuel depot in Port Sudan on Sunday, officials said.")
    assert headline_attacks(text) == [("RSF", "airstrike")]


def test_two_attackers_in_the_body_leave_the_headline_s_strike_unattributed() -> None:
    text = ("Shelling kills five in border towns\n"
            "Russian artillery shelled Kupiansk on Monday, the governor said.\n"
            "Ukrainian forces shelled Belgorod later that day, the Russian governor said.")
    assert headline_attacks(text) == [(None, "shelling")]


def test_fighting_in_a_headline_keeps_no_attacker() -> None:
    text = ("Six soldiers killed in fighting in Cauca\n"
            "ELN guerrillas attacked an army patrol in Cauca, killing six soldiers, the army said.")
    assert [outcome for subject, outcome in headline_attacks(text) if subject is None] == ["clash"]
