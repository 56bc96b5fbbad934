"""Whose equipment is seized or destroyed after a position is overrun, from sentences written for these tests
in the styles of several wars (Myanmar, Mali, Sudan)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 5, 10)


def claims_of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind]


def test_equipment_seized_in_an_overrun_post_is_the_post_s_side_s() -> None:
    found = claims_of("The KIA said it overran a Myanmar army outpost near Bhamo, killing 23 soldiers and seizing two mortars.", "materiel")
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("MMR", "captured", "artillery", (2, 2))]


def test_equipment_seized_in_a_stormed_camp_is_the_camp_s_side_s() -> None:
    found = claims_of("JNIM fighters stormed a Malian army camp near Boni and seized four armoured vehicles.", "materiel")
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("MLI", "captured", "armored_vehicle", (4, 4))]


def test_an_abbreviation_in_brackets_glosses_the_equipment_before_it() -> None:
    found = claims_of("Russia lost 330 personnel, 14 tanks and 26 armored fighting vehicles (AFV) in one day, the Ukrainian military said.",
                      "materiel")
    assert sorted((c.category, c.count) for c in found) == [("armored_vehicle", (26, 26)), ("tank", (14, 14))]
