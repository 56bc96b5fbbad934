"""An attack "carried out by members of" / "by fighters from" a named group is that group's (the agent of the
passive is the group whose men made it)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The raid was carried out by members of the ELN, the army said.", "ELN"),
        ("The ambush was carried out by fighters of the Arakan Army near Buthidaung.", "AA"),
        ("The outpost was attacked by fighters from the TNLA on Friday.", "TNLA"),
    ],
)
def test_the_group_whose_men_attacked_is_the_attacker(text: str, attacker: str) -> None:
    attacks = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "attack"]
    assert attacks and attacks[0].subject == attacker
