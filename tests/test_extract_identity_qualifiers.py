"""A hedge word that tells who people are ("12 suspected militants", "suspected jihadists attacked", "alleged members of
the cartel") does not hedge the claim (GOLD_FORMAT: "alleged" or "presumed" qualifying who the dead or detained are);
one that tells whether the act happened still does ("were reportedly killed").

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 2)


def casualty_hedges(text: str) -> list[bool]:
    return [c.hedged for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed 12 suspected militants in Borno on Sunday.",
        "Suspected jihadists killed 15 villagers in northern Burkina Faso.",
        "The army killed 20 presumed insurgents near Menaka.",
        "Marines shot dead four alleged members of the cartel in Sinaloa.",
    ],
)
def test_a_qualifier_of_who_people_are_hedges_nothing(text: str) -> None:
    assert casualty_hedges(text) == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were reportedly killed in the strike on Kherson.",
        "Twelve soldiers were allegedly killed in the ambush near Djibo.",
        "The rebels are suspected of killing 30 villagers near Beni.",
    ],
)
def test_a_hedge_on_the_act_still_hedges(text: str) -> None:
    assert casualty_hedges(text) == [True]


def test_a_qualifier_after_a_copula_hedges_the_act() -> None:
    assert casualty_hedges("Two soldiers were presumed dead after the attack near Kidal.") == [True]
