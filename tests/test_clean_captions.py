"""Captions after "Photo:" are text (GOLD_FORMAT: photo captions are text; credit lines on their own are boilerplate):
a line naming who made the picture is a credit, a line telling what it shows is kept. Lines written for these tests."""

from __future__ import annotations

import pytest

from counterclaim.clean.debris import debris_kind


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AFP",
        "Photo: Reuters/File",
        "PHOTO: Anadolu Agency",
        "Photo / Ahmad Salem, AFP via Getty Images",
        "Photo: EPA-EFE/Oleg Petrasyuk",
    ],
)
def test_credit_lines_are_debris(line: str) -> None:
    assert debris_kind(line) == "image_prompt"


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Smoke rises after a Russian strike on Kharkiv.",
        "Image: Rescuers search the rubble of a building in Khan Younis",
        "Photo: Sudanese soldiers patrol a street in Omdurman",
    ],
)
def test_captions_telling_what_the_picture_shows_are_text(line: str) -> None:
    assert debris_kind(line) is None
