"""Claimants, dates and actor codes of claims that are found: titled speakers, bodies and groups of current wars."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 5, 10)


def quantitative(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "materiel")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Israeli jets struck Rafah overnight. Civil defence spokesman Mahmoud Basal said rescuers recovered 12 bodies from a house.", "PSE"),
        ("Russian missiles hit Dnipro on Tuesday. Emergency service spokesman Oleksandr Khorunzhyi said nine people were killed.", "UKR"),
        ("RSF shells fell on El Obeid. Health ministry spokeswoman Amna Idris said 14 civilians were killed in the market.", "SDN"),
    ],
)
def test_a_spokesperson_titled_by_a_service_of_several_words_speaks_for_it(text: str, claimant: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]
