"""A state's adjective heading those who fight it ("Myanmar resistance", "Sudanese opposition militias") names the state
they fight, for the ground they take as for the words they speak: one vocabulary (lexicon.COUNTRY_REBELS) for both.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "loser"),
    [
        ("Sudanese opposition militias seized the town of Bara.", "SDN"),
        ("Myanmar resistance seized the town of Lashio.", "MMR"),
        ("Syrian Rebels seized the town of Saraqib.", "SYR"),
    ],
)
def test_ground_taken_by_a_state_s_rebels_is_that_state_s_loss(text: str, loser: str) -> None:
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]
    assert [c.subject for c in found] == [loser] and all(c.object != loser for c in found)
