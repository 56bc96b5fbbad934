"""Generic state nouns ("the military said") stand for the state the text names on the war's state side, when the side's
leading state is never named (a text naming Israel and the Houthis is read as the Red Sea war, led by the United States,
but its "military" is Israel's).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


def test_the_military_of_a_text_naming_only_an_ally_of_the_side_is_that_ally_s() -> None:
    text = ("Yemen's Houthis claim missile attack on Tel Aviv\n"
            "The Houthis said they fired a ballistic missile at a military target near Tel Aviv. Israel said the missile was "
            "intercepted.\n"
            "The military said a reservist was killed during fighting in Beit Hanoun, in northern Gaza.")
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert [(c.subject, c.claimant) for c in found] == [("ISR", "ISR")]
