"""A party denying a massacre denies killing unarmed people: a civilian toll denied by it, not its own dead."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(("text", "denier"), [
    ("The RSF denied responsibility for the massacre in the village.", "RSF"),
    ("The junta rejected reports of a massacre in the Sagaing region.", "MMR"),
])
def test_a_denied_massacre_is_a_civilian_toll_denied(text, denier):
    tolls = [(c.category, c.claimant, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert tolls == [("civilian", denier, "deny")]
