"""The armed men of drug cartels ("cartel members", "sicarios", "hitmen") are fighters of an armed group:
`military` (GOLD_FORMAT: fighters, militants and gang members are military), like "gang members"."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 7, 24)


@pytest.mark.parametrize(
    "text",
    [
        "Marines killed five suspected cartel members in a shootout in Tamaulipas on Sunday.",
        "Two sicarios were shot dead by soldiers in Michoacan.",
        "Police said three hitmen were killed in a gunfight in Zacatecas.",
    ],
)
def test_cartel_fighters_killed_are_military(text: str) -> None:
    killed = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "casualty"]
    assert killed and all(c.category == "military" for c in killed)


def test_a_cartel_member_sentenced_stays_quiet() -> None:
    assert [c for c in extract_from_cleaned_text("A cartel member was sentenced to 40 years in prison in Texas.", DAY) if c.type == "casualty"] == []
