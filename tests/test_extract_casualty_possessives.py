"""Whose people a possessive pronoun counts ("killed 20 of its fighters", "dozens of their fighters"): the side named
last before them that is not their killer; the speaker when the sentence names no other.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 10)


def casualty_sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side named last before the pronoun, not the speaker
        ("The army said it had destroyed six pickups belonging to the RSF near Bara and killed dozens of their fighters.",
         [("RSF", "SDN")]),
        ("The Pakistani military said troops raided a TTP hideout in North Waziristan, killing nine of its members.",
         [("TTP", "PAK")]),
        # the speaker is the side named last that did not kill them
        ("Kyiv said Russian strikes killed 12 of its civilians in Sumy.", [("UKR", "UKR")]),
        ("Hamas said Israeli strikes killed 20 of its fighters in Rafah.", [("HAMAS", "HAMAS")]),
    ],
)
def test_a_possessive_counts_the_people_of_the_side_it_points_back_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert casualty_sides(text) == expected
