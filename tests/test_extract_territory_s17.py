"""Territory recall, session 17: ground changing hands and ground held (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 10)


def _territory(text: str) -> list[tuple[str | None, str | None, str | None, bool | None]]:
    return [(c.subject, c.object, c.outcome, c.cumulative) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_ground_under_a_side_named_by_its_adjective_is_held_by_it() -> None:
    assert _territory("Azerbaijan's defence ministry said the village was now under Azerbaijani control.") == [("ARM", "AZE", "lost", True)]
    assert _territory("Most of the district remains under Houthi control, Yemeni officials said.") == [("YEM", "HOUTHIS", "lost", True)]


def test_taking_control_and_entering_a_town_s_centre_are_ground_changing_hands() -> None:
    assert _territory("Ethiopian troops advanced on Gondar, taking control of the Azezo airport, the army said.") == [("FANO", "ETH", "lost", False)]
    assert _territory("Sudanese troops entered the centre of Nyala on Friday, the army said.") == [("RSF", "SDN", "lost", False)]


def test_ground_held_told_from_the_ground_s_side_is_cumulative() -> None:
    assert _territory("The town of Babanusa has been held by the RSF since last year.") == [("SDN", "RSF", "lost", True)]
    assert _territory("The peninsula of Crimea has been occupied by Russia since 2014.") == [("UKR", "RUS", "lost", True)]


def test_ground_taken_in_the_passive_with_no_agent_is_the_speaker_s_gain() -> None:
    assert _territory("The village of Novoselivka has been liberated, the Russian defence ministry said.") == [("UKR", None, "retaken", False)]
    assert _territory("The Sudanese army said the town of Singa had been fully liberated.") == [("RSF", None, "retaken", False)]
    # with no speaker, no side is said to have taken it
    assert _territory("The village of Novoselivka has been liberated.") == []


def test_advancing_into_a_town_and_area_gained_are_ground_changing_hands() -> None:
    assert _territory("Russian forces advanced into the town of Chasiv Yar, the Russian defence ministry said.") == [("UKR", "RUS", "lost", False)]
    assert _territory("Russian forces gained more than 400 square kilometres in the Donetsk region in October.") == [("UKR", "RUS", "lost", False)]


def test_an_advance_into_a_wide_area_takes_no_place() -> None:
    assert _territory("Ukrainian forces pushed into the Belgorod region and seized the village of Krasnoye.") == [("RUS", "UKR", "lost", False)]


def test_ground_a_plural_force_occupies_is_held_and_plans_to_occupy_are_not() -> None:
    assert _territory("Russian troops occupy large areas of the Zaporizhzhia region.") == [("UKR", "RUS", "lost", True)]
    assert _territory("Russia plans to occupy the rest of the Donetsk region.") == []


def test_allies_entering_a_place_to_help_a_side_take_no_ground() -> None:
    assert _territory("Rwandan troops entered North Kivu to back the M23 rebels, UN experts said.") == []
    assert _territory("M23 rebels entered Goma overnight, residents said.") == [("COD", "M23", "lost", False)]


def test_forces_moving_into_a_place_to_help_a_side_support_it_and_take_no_ground() -> None:
    text = "Russian mercenaries moved into Kidal to help the Malian army."
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [c for c in claims if c.type == "territory"] == []
    assert [(c.subject, c.object, c.outcome) for c in claims if c.type == "support"] == [("WAGNER", "MLI", "fighters")]
