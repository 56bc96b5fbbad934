"""A period that ranks the event among others ("the third strike on the plant this year", "the deadliest attack this
month") places the claim at no other time: it keeps the date the text gives the event (GOLD_FORMAT); a period that
places it elsewhere ("earlier this month") still leaves it undated.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 3)
LEAD = "Drones launched by the RSF struck a power station in Kosti on Sunday, the state government said.\n"


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("The strike, the third on the facility this year, killed two workers.", dt.date(2025, 3, 2)),
        ("It was the deadliest attack on the city this month, killing two workers.", dt.date(2025, 3, 2)),
        ("Earlier this month, another strike killed two workers at the plant.", None),
    ],
)
def test_a_period_ranking_the_event_keeps_its_date(second: str, date: dt.date | None) -> None:
    found = [c.date for c in extract_from_cleaned_text(LEAD + second, PUBLISHED) if c.type == "casualty"]
    assert found == [date]
