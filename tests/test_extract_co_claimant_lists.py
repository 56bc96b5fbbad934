"""Several speakers of one reporting verb ("Russia, France and the US said") are read only from a list whose "and"
stands right before the last speaker; a list of places ending the reported clause ("struck targets in Sanaa and
Hodeidah, the group's TV channel said") names no speaker, on sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("On Monday, US warplanes struck Houthi targets in Sanaa and Hodeidah, the group's Al-Masirah TV said, reporting "
         "that three people were killed.", "HOUTHIS"),
        ("Israeli jets struck sites near Damascus and Homs, Syria's defence ministry said, adding that two soldiers were "
         "killed.", "SYR"),
    ],
)
def test_places_listed_before_the_speaker_are_no_speakers(text: str, claimant: str) -> None:
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("attack", "casualty")]
    assert found and {c.claimant for c in found} == {claimant}


def test_speakers_listed_with_and_before_the_last_each_claim() -> None:
    text = "Armenia and Azerbaijan said 12 soldiers were killed in the clashes on Tuesday."
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert sorted(c.claimant for c in found) == ["ARM", "AZE"]
