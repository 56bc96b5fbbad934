"""Dates named again without their year, session 18 (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.dates import find_dates, with_years_told
from counterclaim.extract.pipeline import extract_from_cleaned_text


def test_a_day_named_again_without_its_year_takes_the_year_given_before() -> None:
    text = ("The health ministry says 61,000 people have been killed since the war began on Oct. 7, 2023. "
            "Militants killed about 1,200 people in the Oct. 7 attack on southern towns.")
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2025, 8, 1)) if c.type == "casualty"]
    assert [(c.count, c.date) for c in claims][-1] == ((1200, 1200), dt.date(2023, 10, 7))


def test_without_an_earlier_year_the_publication_day_decides() -> None:
    text = "Militants killed 14 soldiers in an attack on an army post on March 3."
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2024, 3, 9)) if c.type == "casualty"]
    assert [c.date for c in claims] == [dt.date(2024, 3, 3)]


def test_only_days_whose_year_was_inferred_change() -> None:
    published = dt.date(2024, 2, 1)
    told = {(2, 24): 2022}
    inferred, written = find_dates("on February 24", published), find_dates("on February 24, 2023", published)
    assert [m.date for m in with_years_told(inferred, told)] == [dt.date(2022, 2, 24)]
    assert [m.date for m in with_years_told(written, told)] == [dt.date(2023, 2, 24)]
