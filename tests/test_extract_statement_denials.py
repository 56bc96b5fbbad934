"""Denials of a charge in general terms (GOLD_FORMAT: "we have never targeted civilians" is a `statement` `deny`),
on sentences written for these tests: a speaker that denies committing atrocities, or says it has not committed war
crimes, rejects an accusation; it does not accuse itself."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 14)


def statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return sorted((c.subject, c.outcome, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Rapid Support Forces have denied committing atrocities in West Darfur.", [("RSF", "deny", None)]),
        ("Moscow has consistently denied carrying out war crimes in Bucha.", [("RUS", "deny", None)]),
        ("Al-Shabaab said it had never committed abuses against Somali civilians.", [("SHABAAB", "deny", None)]),
        ("The Tatmadaw denied that its soldiers had committed genocide in Rakhine.", [("MMR", "deny", None)]),
        ("The Fano militia denied harming civilians during its raids in Gojjam.", [("FANO", "deny", None)]),
        ("The Africa Corps has denied mistreating civilians in northern Mali.", [("WAGNER", "deny", None)]),
    ],
)
def test_a_charge_the_speaker_denies_is_a_denial(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_a_charge_laid_on_another_after_a_denial_stays_an_accusation() -> None:
    # the denial ends at the comma; what follows is the speaker's charge against the other side
    found = statements("Kyiv denied the report, saying Russia committed war crimes in the occupied villages.")
    assert ("UKR", "accuse") in [(subject, outcome) for subject, outcome, _ in found]
