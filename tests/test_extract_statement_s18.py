"""Statement acts of session 18: ultimatums, headline reports without a copula, appeals quoted from their modal,
appeals told with "tells", vows of a bare response and regret promised. Sentences are invented, from many wars."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def statements(text: str) -> list[tuple[str | None, str]]:
    return [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ultimatum is a warning of harm to come
        ("The M23 gave the Congolese army 48 hours to leave Uvira.", ("M23", "warn")),
        ("Al-Shabaab gave government troops three days to withdraw from the town.", ("SHABAAB", "warn")),
        ("The Arakan Army issued an ultimatum to the junta's garrison in Sittwe.", ("AA", "warn")),
        ("The RSF told residents of El Fasher to hand over the soldiers or face the consequences.", ("RSF", "warn")),
    ],
)
def test_ultimatum_is_a_warning(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine says Russia using North Korean missiles against Kharkiv", ("UKR", "accuse")),
        ("Armenia says Azerbaijan preparing new offensive", ("ARM", "accuse")),
        ("Hamas says Israel \"fully responsible\" for fate of hostages", ("HAMAS", "accuse")),
        ("Mali says Algeria meddling in its internal affairs", ("MLI", "accuse")),
    ],
)
def test_headline_report_without_copula_is_an_accusation(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


def test_headline_report_of_an_attack_is_no_general_accusation() -> None:
    assert ("RUS", "accuse") not in statements("Russia says Ukraine responsible for the attack on the Crimea bridge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India's external affairs ministry said Pakistan \"must stop cross-border terrorism\".", ("IND", "appeal")),
        ("The African Union said \"all sides must lay down their arms\" in Sudan.", ("AU", "appeal")),
        ("China tells US to stop military drills near Taiwan", ("CHN", "appeal")),
        ("Qatar is telling Hamas to release the hostages.", ("QAT", "appeal")),
    ],
)
def test_appeal_quoted_or_told(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vows response to attack on Crimea bridge", ("RUS", "warn")),
        ("Hezbollah vowed response to the assassination of its commander.", ("HEZBOLLAH", "warn")),
        ("Iran says US \"will regret\" strikes on nuclear sites", ("IRN", "warn")),
        ("Pakistan's army said India will regret its aggression.", ("PAK", "warn")),
    ],
)
def test_vow_of_response_and_regret_promised_are_warnings(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave farmers three days to register for the subsidy.",
        "The ministry said the talks should resume next week.",
    ],
)
def test_peaceful_deadlines_and_plans_stay_quiet(text: str) -> None:
    assert statements(text) == []
