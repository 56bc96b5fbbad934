"""Unnamed attackers in a sentence set in another country than the text's ("In Burkina Faso, gunmen attacked ..." in
a Mali report) are not the group the text named or that claimed an attack at home: that is another attack, and
GOLD_FORMAT gives unnamed attackers only the group named for the same attack. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


def test_gunmen_abroad_are_not_the_group_that_claimed_an_attack_at_home() -> None:
    text = ("Malian soldiers were ambushed near Kayes in western Mali on Sunday. JNIM claimed responsibility for the ambush. "
            "Five soldiers were killed near Gao, the army said.\n\n"
            "In Burkina Faso, gunmen attacked the village of Djibo on Monday, killing at least 15 villagers, residents said.")
    village = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack" and c.place == "Djibo"]
    assert village and all(c.subject is None for c in village)


def test_gunmen_at_home_still_take_the_group_that_claimed_the_attack() -> None:
    text = ("JNIM claimed responsibility for an ambush near Kayes in western Mali on Sunday.\n\n"
            "In Mali, gunmen attacked the village of Diafarabe on Monday, killing 15 villagers, residents said.")
    village = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack" and c.outcome == "assault"]
    assert [c.subject for c in village] == ["JNIM"]
