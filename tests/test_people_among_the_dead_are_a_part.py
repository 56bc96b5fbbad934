"""People said to be among the dead after their phrase ("Two children were among the dead", "A 64-year-old woman was
among those killed") are a part of the toll told before (GOLD_FORMAT: `part_of` for "among the dead", in the same or a
later sentence), like "Among the dead were two children"."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 3, 14)


def _killed(text: str) -> list[tuple[tuple[int, int] | None, int | None]]:
    return [(c.count, c.part_of) for c in extract_from_cleaned_text(text, DAY) if c.type == "casualty" and c.outcome == "killed"]


def test_children_among_the_dead_are_part_of_the_toll_before() -> None:
    claims = extract_from_cleaned_text("Junta air strikes killed nine villagers in Sagaing on Monday.\nThree children were among the dead.", DAY)
    total = next(i for i, c in enumerate(claims) if c.type == "casualty" and c.count == (9, 9))
    assert [c.part_of for c in claims if c.type == "casualty" and c.count == (3, 3)] == [total]


def test_a_woman_among_those_killed_is_part_of_the_toll_before() -> None:
    claims = extract_from_cleaned_text("Shelling killed two civilians in Nikopol on Thursday.\nA 70-year-old woman was among those killed.", DAY)
    total = next(i for i, c in enumerate(claims) if c.type == "casualty" and c.count == (2, 2))
    assert [c.part_of for c in claims if c.type == "casualty" and c.count == (1, 1)] == [total]


def test_with_no_toll_before_no_part() -> None:
    assert all(part is None for _, part in _killed("Two children were among the dead after the strike on Kherson."))
