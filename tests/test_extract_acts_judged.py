"""A statement act that judges a party for a specific act ("castigated the UAE for arming the RSF", "condemned Russia
for shelling a hospital") charges that act: its claim has the one judging as claimant (GOLD_FORMAT: an accusation naming a
specific act is coded as that act's claim with the accuser as claimant).

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Sudan's foreign ministry castigated the UAE for arming the RSF.", "support", ("ARE", "SDN")),
        ("Sudan condemned the UAE for supplying the RSF with drones.", "support", ("ARE", "SDN")),
        ("Ukraine condemned Russia for shelling a hospital in Kherson.", "attack", ("RUS", "UKR")),
    ],
)
def test_the_act_a_party_is_judged_for_is_claimed_by_the_judge(text: str, kind: str, expected: tuple[str, str]) -> None:
    assert [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind] == [expected]


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("Moscow blasted the decision to send long-range missiles to Kyiv.", None),
        ("Moscow condemned Washington's decision to send long-range missiles to Kyiv.", "USA"),
    ],
)
def test_who_judges_a_decision_to_give_arms_does_not_give_them(text: str, provider: str | None) -> None:
    assert [(c.subject, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"] == [(provider, "UKR")]
