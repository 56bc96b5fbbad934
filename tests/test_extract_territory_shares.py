"""Ground counted as a share of a whole ("14 of Rakhine's 17 townships") is one territory claim with the share as its
count (GOLD_FORMAT: an unnamed number of places is one claim with that count).

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2021, 8, 12)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Arakan Army now controls 14 of Rakhine's 17 townships.", (14, 14)),
        ("The rebels have seized nine of the state's 11 districts.", (9, 9)),
        ("The Taliban took control of 26 of the country's 34 provincial capitals.", (26, 26)),
        ("Jihadists overran three of the region's five military posts.", (3, 3)),
    ],
)
def test_a_share_of_the_places_of_a_whole_counts_the_share(text: str, count: tuple[int, int]) -> None:
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]
    assert [c.count for c in found] == [count]
