"""Dates met in wire copy, on sentences written for these tests: a day counted back from the report ("three days ago")
dates the event as "yesterday" does, and the year of a full date standing before the verb ("on 14 May 2023 killed
...") or the day after its month ("on March 17 killed ...") is no count of dead. A toll told over its own window of days
takes no day from the lead event."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.dates import find_dates
from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 4, 17)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Three days ago, drones hit the fuel depot.", dt.date(2025, 4, 14)),
        ("The convoy was ambushed a day ago near the border.", dt.date(2025, 4, 16)),
        ("The shelling began 2 days ago.", dt.date(2025, 4, 15)),
    ],
)
def test_days_counted_back_from_the_report(text: str, day: dt.date) -> None:
    assert [m.date for m in find_dates(text, PUBLISHED)] == [day]


def test_weeks_and_years_ago_name_no_day() -> None:
    assert find_dates("Two weeks ago the town fell; six years ago it was rebuilt.", PUBLISHED) == []


def test_an_event_told_days_ago_takes_that_day() -> None:
    claims = extract_from_cleaned_text("Four days ago, a Russian missile strike killed nine people in Sumy, officials said.", PUBLISHED)
    assert {c.date for c in claims if c.type == "casualty"} == {dt.date(2025, 4, 13)}


@pytest.mark.parametrize(
    "text",
    [
        "The massacre in the village of Solhan on June 5, 2021 killed at least 130 people.",
        "The suicide attack at the Peshawar mosque on 30 January 2023 killed 84 people.",
        "The raid on the village on March 17 killed 84 people, survivors said.",
    ],
)
def test_the_year_or_day_of_a_date_is_no_toll(text: str) -> None:
    counts = [c.count for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert len(counts) == 1 and counts[0][0] in (84, 130)


def test_a_toll_over_its_own_window_takes_no_day_from_the_lead() -> None:
    text = ("Weekly update on Sudan\n"
            "From 3 to 9 March, 210 civilians were killed in North Darfur, the UN said.\n"
            "On 5 March, an RSF drone struck a market in Al Fashir, killing 19 people.")
    dates = [(c.type, c.count, c.date) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert dates == [("casualty", (210, 210), None), ("casualty", (19, 19), dt.date(2025, 3, 5))]


def test_a_toll_over_a_rolling_window_of_months_takes_no_day_from_the_lead() -> None:
    text = ("Drone strike kills 12 at a wedding in Sagaing\n"
            "A military drone struck a wedding party in Sagaing on Monday, killing 12 guests, residents said.\n"
            "More than 300 civilians have died in air strikes in the region over the past four months, a rights group said.")
    window = [c.date for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (301, None)]
    assert window == [None]
