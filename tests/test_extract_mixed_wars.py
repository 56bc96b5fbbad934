"""Whose losses an armed group inflicts when a text tells of two wars of one state (written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

TEXT = (
    "TTP militants attacked a police post in Bannu on Sunday, killing three policemen, officials said. "
    "The TTP said it had killed ten soldiers in Khyber district. "
    "In Balochistan, BLA fighters blew up a military truck with a roadside bomb in Kech district on Monday, the military said. "
    "The BLA said its fighters had captured an armoured personnel carrier and set fire to two others."
)


def test_equipment_an_armed_group_outside_the_text_s_war_destroys_is_its_own_enemy_s() -> None:
    found = [c for c in extract_from_cleaned_text(TEXT, dt.date(2024, 6, 1)) if c.type == "materiel"]
    assert found, "no materiel claims"
    assert {(c.outcome, c.category, c.subject) for c in found} >= {("destroyed", "vehicle", "PAK"), ("captured", "armored_vehicle", "PAK")}
