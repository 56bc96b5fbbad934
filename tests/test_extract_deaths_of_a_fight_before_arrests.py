"""The dead of an armed fight the text tells are no background to the arrests that followed it ("arrested three men after
the shootout, which left two officers dead"); the dead of an accident or a killing that set off a reaction still are.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


def killed(text: str) -> list[tuple[int | None, int | None] | None]:
    return [c.count for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.outcome == "killed"]


def test_the_dead_of_a_shootout_before_arrests_are_counted() -> None:
    assert killed("Police arrested three men after the shootout, which left two officers dead.") == [(2, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the driver after the crash, which left two cyclists dead.",
        "Youths burned tyres after the killing of a trader in the market.",
    ],
)
def test_a_death_that_set_off_a_reaction_stays_background(text: str) -> None:
    assert killed(text) == []
