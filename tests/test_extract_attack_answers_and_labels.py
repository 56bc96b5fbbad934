"""An attack a speaker says it answered with ("said it retaliated by striking positions") is its own attack; a label a
condemnation puts on attacks told before ("condemned the attacks as 'a new massacre'") is no new attack, whichever
side of the quote mark its article stands.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 10, 21)


def attacks(text: str) -> list[tuple[str | None, str]]:
    return [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli army said it retaliated by striking Hezbollah positions in southern Lebanon.", [("ISR", "ISR")]),
        ("Pakistan's military said it responded by targeting Afghan Taliban posts along the border.", [("PAK", "PAK")]),
        ("The Thai army said it retaliated by hitting Cambodian artillery positions near the temple.", [("THA", "THA")]),
    ],
)
def test_a_speaker_answering_by_striking_is_the_attacker(text: str, expected: list[tuple[str, str]]) -> None:
    assert attacks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Hamas condemned the attacks as "a new massacre".',
        "The governor described the strike as “a barbaric massacre”.",
    ],
)
def test_a_label_on_attacks_told_before_is_no_new_attack(text: str) -> None:
    assert attacks(text) == []
