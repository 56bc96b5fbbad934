"""A bare institution noun as a speaker ("The ministry said ...") refers back to the party whose institution of that
name spoke last, not to whoever spoke last ("the Gaza health ministry said ... the Israeli military said ... The
ministry said": the Palestinian ministry), on sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Israeli strikes killed 30 people in Khan Younis, the Gaza health ministry said. The Israeli military said it struck "
         "a Hamas command post. The ministry said 12 more people were killed in Rafah.", "PSE"),
        ("Russian drones killed four civilians in Kharkiv, Ukraine's interior ministry said. The Russian military said it "
         "had struck an arms depot. The ministry said five more people were wounded in Sumy.", "UKR"),
    ],
)
def test_the_ministry_is_the_ministry_that_spoke_last(text: str, claimant: str) -> None:
    last = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"][-1]
    assert last.claimant == claimant


def test_the_ministry_after_its_own_ministry_spoke_keeps_that_speaker() -> None:
    text = ("Ukraine's defence ministry said it downed 20 drones. Russia's defence ministry said its forces shot down "
            "12 Ukrainian drones. The ministry said three of them were downed over Belgorod.")
    last = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"][-1]
    assert last.claimant == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "14:02 The Lebanese health ministry said Israeli strikes killed 14 people.\n15:45 Israel's army says it intercepted two "
        "drones launched from Lebanon.\n16:30 The ministry raises the day's toll to 19 dead.",
        "The Lebanese health ministry said Israeli strikes killed 14 people. The Israeli army said it hit Hezbollah sites. "
        "The ministry raised the day's toll to 19 dead.",
    ],
)
def test_the_ministry_raising_the_days_toll_is_the_ministry_that_spoke_before(text: str) -> None:
    toll = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (19, 19)]
    assert [c.claimant for c in toll] == ["LBN"]
