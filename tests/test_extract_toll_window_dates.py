"""A running toll whose window names a full date ("the death toll since October 7, 2023 has risen to ...") or an
abbreviated month ("since Oct. 7"): the date's comma and full stop do not end the window, on sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The health ministry said the death toll since October 7, 2023 has risen to 41,200.", 41200),
        ("The death toll since Oct. 7 rose to 1,850, officials in Beirut said.", 1850),
        ("The toll since April 15, 2023 has reached 20,000, the UN said of Sudan.", 20000),
    ],
)
def test_a_toll_since_a_written_date_is_a_running_total(text: str, count: int) -> None:
    tolls = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.outcome == "killed"]
    assert [(c.count[0] if c.count else None, c.cumulative) for c in tolls] == [(count, True)]
