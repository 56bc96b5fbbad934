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


def test_an_unnamed_ministry_telling_a_side_s_success_after_the_other_side_spoke_is_that_side_s() -> None:
    text = ("Artsakh's army said it had knocked out 12 Azerbaijani tanks on the southern front.\n\n"
            "Azerbaijani forces seized 22 Armenian tanks and 16 artillery pieces as trophies, the ministry said.")
    found = [c for c in claims_of(text, "materiel") if c.outcome == "captured"]
    assert [(c.subject, c.category, c.count, c.claimant) for c in found] == [
        ("ARM", "tank", (22, 22), "AZE"), ("ARM", "artillery", (16, 16), "AZE")]


def test_a_report_between_launched_and_shot_down_equipment_keeps_them_apart() -> None:
    found = claims_of("Russia launched 145 drones and four ballistic missiles at Ukraine overnight, Ukraine's air force said, adding "
                      "that 89 drones were shot down.", "materiel")
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("RUS", "destroyed", "drone", (89, 89))]


def test_the_part_of_launched_equipment_shot_down_after_a_report_is_the_launcher_s() -> None:
    found = claims_of("Russia launched 40 drones at Ukraine overnight, the Ukrainian air force said, adding that 35 were shot down.",
                      "materiel")
    assert [(c.subject, c.outcome, c.category, c.count, c.claimant) for c in found] == [("RUS", "destroyed", "drone", (35, 35), "UKR")]
