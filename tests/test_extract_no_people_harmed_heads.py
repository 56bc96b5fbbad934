"""Zero tolls of named people ("no peacekeepers were hurt") are those people's, as counted ones are: peacekeepers are
the mission's (UN, AU), whoever fired at them. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("UNIFIL said one of its positions near Naqoura was hit by Israeli fire; no peacekeepers were hurt.", "UN"),
        ("MONUSCO said its base near Goma was shelled by M23 rebels overnight. No peacekeepers were injured.", "UN"),
        ("The AU mission said its convoy was attacked by al-Shabaab near Afgoye; no peacekeepers were wounded.", "AU"),
    ],
)
def test_no_peacekeepers_hurt_is_the_missions_zero_toll(text: str, mission: str) -> None:
    zero = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (0, 0)]
    assert zero and all(c.subject == mission for c in zero)
