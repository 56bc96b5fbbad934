"""Statements in quotations and their wording (sentences written for these tests). A statement quoted and then
credited with a verb of its kind ('"...will pay dearly," the army chief warned'): the verb only names who spoke the
quotation, so the sentence holds one statement of that kind by that speaker. An act of war named is an accusation; a
response claimed as a right is a warning."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 8, 2)


def statements(text: str) -> list[tuple[str | None, str]]:
    return sorted((c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"Whoever attacks our soldiers will pay a heavy price,\" Pakistan's army chief warned.", [("PAK", "warn")]),
        ("\"Any strike on our cities will be met with a crushing response,\" the Houthi leader warned.", [("HOUTHIS", "warn")]),
    ],
)
def test_a_quoted_warning_credited_by_warned_is_one_warning(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


def test_a_second_speaker_after_a_statement_outside_quotes_keeps_its_own() -> None:
    assert statements("Egypt condemned the raid on the camp, while Jordan denounced it as a war crime.") == [
        ("EGY", "condemn"), ("JOR", "condemn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act of war named: a general accusation (GOLD_FORMAT: "aggression", "provocations" are `accuse`)
        ("\"Our nation will not bow to this act of war by India,\" Pakistan's prime minister said.", [("PAK", "accuse")]),
        # a response claimed as a right: a warning of force to come
        ("Thailand's army chief said the kingdom had every right to retaliate.", [("THA", "warn")]),
    ],
)
def test_acts_of_war_and_rights_to_respond(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected
