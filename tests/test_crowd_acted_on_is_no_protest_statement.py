"""Protesters who are shot, killed or attacked are acted on: the sentence tells no protest of theirs (no statement
with a protest note); a crowd that marches against something still does."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


def _protest_statements(text: str) -> list[str | None]:
    return [c.outcome for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"]


@pytest.mark.parametrize("text", [
    "The army denied that its soldiers had shot the protesters.",
    "Witnesses said security forces opened fire on demonstrators near the central bank.",
])
def test_a_crowd_acted_on_makes_no_protest_statement(text):
    assert _protest_statements(text) == []


def test_a_crowd_that_marches_still_protests():
    assert _protest_statements("Thousands of protesters marched through Nairobi against the new tax bill.") == ["condemn"]
