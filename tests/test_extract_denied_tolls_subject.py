"""A denial of a toll told before keeps that toll's subject (GOLD_FORMAT: denying a toll is the same claim with stance
deny), also when the toll has none (a whole war's dead, all sides).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 10, 21)


@pytest.mark.parametrize(
    ("toll", "subject"),
    [
        ("The UN says the war in Sudan has killed more than 150,000 people since April 2023.", None),
        ("The Gaza health ministry says more than 68,000 Palestinians have been killed since the war began.", "PSE"),
    ],
)
def test_a_denied_toll_keeps_its_subject(toll: str, subject: str | None) -> None:
    text = toll + (" Israel disputes the ministry's figures." if "Gaza" in toll else " The army disputes the UN's figures.")
    denied = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.stance == "deny"]
    assert [c.subject for c in denied] == [subject]
