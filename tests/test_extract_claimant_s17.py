"""Claimants of tolls told by a state's executive named without its state (sentences written for these tests): "the
prime minister's office", "the presidency", "the cabinet" are institutions on the record (GOLD_FORMAT: institutions
take their side's code), so the losses of their own side they report are claimed by that side; so is a ministry named
by its initials ("according to MoH"). A national human rights commission watches the state, and a project counting the dead
("the Yemen Data Project") is no state: both are outside sources. A side speaking with its unnamed allies ("Kyiv and its
Western allies accused") is the claimant; the territory a body serves ("the UN office for the occupied Palestinian
territory") is not its speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 19)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("In Ukraine, 14 people were killed by Russian drones overnight, according to the presidential office.", "UKR"),
        ("Sudanese army shelling killed 11 people in Nyala, the RSF said. In Port Sudan, eight people died in an RSF drone attack, "
         "according to the prime minister's office.", "SDN"),
    ],
)
def test_the_executive_reports_its_own_sides_losses(text: str, claimant: str) -> None:
    last = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"][-1]
    assert (last.subject, last.claimant) == (claimant, claimant)


def test_a_doctor_at_the_hospital_stays_an_outside_source() -> None:
    claims = extract_from_cleaned_text("In Israel, four people were killed by Iranian missiles, a doctor at the hospital said.", PUBLISHED)
    assert [c.claimant for c in claims if c.type == "casualty"] == [None]


def test_a_ministry_named_by_its_initials_reports_its_sides_dead() -> None:
    text = "Gaza update\nAt least 61 Palestinians were killed in the past day, according to MoH."
    assert [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [("PSE", "PSE")]


@pytest.mark.parametrize(
    "text",
    [
        "The Afghanistan Independent Human Rights Commission said 40 civilians were killed in the Kunduz strikes.",
        "Nigeria's National Human Rights Commission said 12 villagers were killed by soldiers in Zamfara.",
        "More than 300 civilians were killed in the air strikes, according to the Sudan Data Project.",
    ],
)
def test_a_national_rights_commission_or_a_counting_project_is_an_outside_source(text: str) -> None:
    # GOLD_FORMAT: sources outside the registry (rights groups, monitors) give claimant null
    assert [c.claimant for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [None]


def test_a_side_speaking_with_its_unnamed_allies_is_the_claimant() -> None:
    text = "Ukraine and its European partners accused Russia of shelling the Zaporizhzhia nuclear plant."
    assert {c.claimant for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"} == {"UKR"}


def test_the_territory_a_body_serves_is_not_its_speaker() -> None:
    text = "The UN office for the occupied Palestinian territory said 31 people were wounded in Jenin."
    assert [c.claimant for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == ["UN"]
