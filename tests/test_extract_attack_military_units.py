"""Military units named by their parts and numbers ("elements of the Russian 20th Motorized Rifle Division", "the 47th
Mechanized Brigade") head the attacks they make: their side attacks, and ground units went in (GOLD_FORMAT: with no cue an
attack is `assault` when the attacker's forces went in, `shelling` when it fires from a distance).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elements of the Russian 20th Motorized Rifle Division attacked near Pokrovsk.", ("RUS", "assault")),
        ("The Russian 20th Motorized Rifle Division attacked near Pokrovsk on Thursday.", ("RUS", "assault")),
        ("Elements of the Ukrainian 47th Mechanized Brigade attacked near Robotyne.", ("UKR", "assault")),
    ],
)
def test_a_ground_unit_heads_its_attack(text: str, expected: tuple[str, str]) -> None:
    assert [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"] == [expected]
