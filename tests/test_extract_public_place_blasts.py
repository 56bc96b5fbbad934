"""A blast in a public place ("an explosion at a market", "a blast in a hotel") is an accident in a text about peace
and a bombing in a text that tells of attacks; blasts at factories and plants stay accidents. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


def test_a_market_explosion_in_a_report_of_attacks_is_counted() -> None:
    text = ("Al-Shabaab fighters attacked an army base near Jowhar on Tuesday, the army said.\n\n"
            "Meanwhile, an explosion at a market in Baidoa killed three people and wounded nine, police said.")
    found = extract_from_cleaned_text(text, PUBLISHED)
    dead = [c for c in found if c.type == "casualty" and c.outcome == "killed"]
    assert [c.count for c in dead] == [(3, 3)]
    assert any(c.type == "attack" and c.outcome == "bombing" for c in found)


def test_a_hotel_blast_in_a_report_of_attacks_is_counted() -> None:
    text = ("ISWAP fighters raided a military base in Borno state on Monday, killing five soldiers.\n\n"
            "A blast in a hotel in Maiduguri killed four people on Tuesday, residents said.")
    dead = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (4, 4)]
    assert len(dead) == 1


def test_a_market_explosion_in_a_peaceful_text_stays_quiet() -> None:
    text = "An explosion at a market in Lagos killed three people on Tuesday, police said. Firefighters put out the blaze."
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == []


def test_a_factory_blast_in_a_report_of_attacks_stays_an_accident() -> None:
    text = ("Gunmen attacked a village in Zamfara state on Monday, police said.\n\n"
            "Separately, an explosion at a factory in Kano killed six workers, officials said.")
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (6, 6)] == []
