"""Businesses speaking for themselves are sources outside the actor registry (GOLD_FORMAT: claimant null), even when
their spokesperson is named like an institution's.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        ("Drones launched by the RSF struck a power station in Kosti on Sunday, the state government said.\n"
         "The strike killed two workers, a spokesperson for the electricity company told reporters."),
        ("Russian missiles hit the port of Izmail overnight, the regional governor said.\n"
         "Three dock workers were wounded, the port operator said."),
        ("A Houthi missile struck a bulk carrier off Hodeidah, the US military said.\n"
         "Two sailors died in the attack, the ship's owners said in a statement."),
    ],
)
def test_a_business_reporting_harm_after_a_state_spoke_is_no_claimant(text: str) -> None:
    second_line = text.index("\n")
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.span[0] > second_line]
    assert found and all(c.claimant is None for c in found)
