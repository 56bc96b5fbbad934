"""A count before an armed group's full name, its acronym in brackets, and the people word ("six New People's Army
(NPA) rebels"): the count is of the people after the name; a people word inside the name ("Army", "People") is
no head of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 7, 24)


@pytest.mark.parametrize(
    ("text", "subject", "count"),
    [
        ("Six New People's Army (NPA) rebels were killed in a firefight in Samar, the army said.", "NPA", (6, 6)),
        ("Troops killed five New People's Army (NPA) guerrillas in Negros on Monday.", "NPA", (5, 5)),
        ("Four Kachin Independence Army (KIA) fighters were killed near Bhamo, the junta said.", "KIA", (4, 4)),
        ("Three Tehreek-e-Taliban Pakistan (TTP) militants were killed in Khyber, police said.", "TTP", (3, 3)),
    ],
)
def test_count_reaches_the_people_after_a_bracketed_acronym(text: str, subject: str, count: tuple[int, int]) -> None:
    killed = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "casualty"]
    assert [(c.subject, c.category, tuple(c.count) if c.count else None) for c in killed] == [(subject, "military", count)]


def test_an_agency_in_brackets_after_a_dateline_day_is_no_part_of_the_people() -> None:
    text = "SRINAGAR, June 3 (PTI) Two Indian Army soldiers were killed when Pakistani troops fired across the LoC, officials said."
    killed = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "casualty"]
    assert [tuple(c.count) if c.count else None for c in killed] == [(2, 2)]
