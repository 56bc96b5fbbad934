"""A state named by its government or regime before a coordinated attacker of one attack noun ("Syrian government and
Russian airstrikes") is one of the attackers: one attack claim per attacker (GOLD_FORMAT). Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2020, 2, 20)


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Syrian government and Russian airstrikes killed 10 civilians in Idlib on Monday.", ["RUS", "SYR"]),
        ("Syrian regime and Russian warplanes pounded Maarat al-Numan on Tuesday.", ["RUS", "SYR"]),
    ],
)
def test_a_government_coordinated_with_another_attacker_attacks_too(text: str, attackers: list[str]) -> None:
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert sorted(c.subject for c in found) == attackers
