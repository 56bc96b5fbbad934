"""A possessive heading "came under fire" names the target, not the attacker: "their base came under fire" is an
attack on the speaker's side, never by it, on sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("MONUSCO said two peacekeepers were wounded when their base came under fire near Sake.", "UN"),
        ("The African Union mission said its convoy came under fire near Baidoa on Monday.", "AU"),
        ("Nigeria's army said its checkpoint came under fire in Borno state overnight.", "NGA"),
    ],
)
def test_a_possessive_before_came_under_fire_is_the_target(text: str, speaker: str) -> None:
    attacks = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert attacks and all(c.subject != speaker for c in attacks)
