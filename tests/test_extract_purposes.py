"""What a side is sent to help another do is a purpose, no act ("sent troops to help Russia retake Kursk"); help given in
the past tells the act ("helped Russia retake Kursk").

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


def territory(text: str) -> list[tuple[str | None, str]]:
    return [(c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent some 11,000 soldiers to help Russia retake Kursk.",
        "Rwanda deployed special forces to help the rebels seize Goma, UN experts said.",
        "Chad flew in reinforcements to assist the Nigerian army to recapture the base.",
    ],
)
def test_ground_a_side_is_sent_to_help_take_is_no_ground_taken(text: str) -> None:
    assert territory(text) == []


def test_ground_a_side_helped_take_was_taken() -> None:
    assert territory("North Korean troops helped Russia retake Kursk.") == [("RUS", "retaken")]
