"""Members of a gang, cartel or trafficking group are armed men (GOLD_FORMAT: cartel gunmen are armed men), so a
shooting between such groups is a fight; the Central American maras are armed groups of the registry with a war of
their own against the states of the region."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2023, 3, 20)


@pytest.mark.parametrize(("text", "victims"), [
    ("Two members of a drug trafficking group were shot dead by members of a rival group in Recife.", None),
    ("Armed men shot and killed an MS-13 member in Soyapango on Saturday.", "MS13"),
    ("Police said three members of the Barrio 18 gang died in a shootout in San Salvador.", "BARRIO18"),
])
def test_members_of_a_gang_killed_are_fighters(text, victims):
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [(c.subject, c.category) for c in claims if c.type == "casualty"] == [(victims, "military")]
    assert "assault" not in [c.outcome for c in claims if c.type == "attack"]


def test_a_shopkeeper_shot_by_gunmen_is_still_a_civilian_attacked():
    claims = extract_from_cleaned_text("Gunmen killed a shopkeeper in Culiacan, Sinaloa, on Saturday.", PUBLISHED)
    assert [c.category for c in claims if c.type == "casualty"] == ["civilian"]
    assert [c.outcome for c in claims if c.type == "attack"] == ["assault"]
