""""Since" as an adverb before a past participle ("the army has since regained the town, killing 70 rebels") marks no
running total; "since" before a start ("since Wednesday", "since fighting erupted", "since then") does. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


def _killed(text: str) -> list[bool]:
    return [c.cumulative for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.outcome == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army has since regained control of the area, killing 70 rebels.",
        "Troops have since killed 12 militants near Mopti, the army said.",
        "The militants have since withdrawn from Moqokori, and five soldiers were killed.",
    ],
)
def test_since_before_a_participle_is_no_running_total(text: str) -> None:
    assert _killed(text) == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Since then, 40 people have been killed in the district.",
        "Since fighting erupted, 400 people have been killed in Darfur.",
        "Since Wednesday, 30 soldiers were killed in Borno.",
    ],
)
def test_since_before_a_start_is_a_running_total(text: str) -> None:
    assert _killed(text) == [True]
