"""People lost after a side's listed equipment, and nouns beside people that are none (written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, dt.date(2024, 6, 1)) if c.type == "casualty"]


def test_men_a_side_lost_after_its_listed_equipment_are_its_dead() -> None:
    found = casualties("Russia's defence ministry said Ukraine lost two tanks, five armoured vehicles and up to 340 servicemen near Kupiansk.")
    assert [(c.subject, c.outcome, c.category, c.count, c.claimant) for c in found] == [("UKR", "killed", "military", (None, 340), "RUS")]
    found = casualties("The army said the RSF lost 12 combat vehicles and 90 fighters in the battle for Bara.")
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("RSF", "killed", "military", (90, 90))]


def test_people_after_a_list_of_things_that_are_not_equipment_are_not_lost() -> None:
    assert casualties("The club lost two matches and three players to injury this season.") == []


def test_a_military_unit_or_equipment_beside_people_is_no_victim() -> None:
    found = casualties("The commander of a Russian brigade was killed in a HIMARS strike near Kherson, Ukrainian officials said.")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "military", (1, 1))]
    found = casualties("The Sudanese army lost two helicopters and a pilot was killed near El Obeid.")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "military", (1, 1))]


def test_a_person_named_after_the_victims_who_speaks_is_no_victim() -> None:
    text = "Fano militiamen ambushed a federal army convoy near Debre Markos, killing dozens of soldiers, a Fano commander claimed."
    assert [(c.category, c.count) for c in casualties(text)] == [("military", (24, 99))]
    text = "Gunmen shot dead two traders in the market, a local official told reporters."
    assert [c.count for c in casualties(text)] == [(2, 2)]
