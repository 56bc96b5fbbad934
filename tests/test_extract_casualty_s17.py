"""Casualty recall probes of session 17 (sentences written for these tests, several wars and styles)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, dt.date(2025, 6, 10)) if c.type == "casualty"]


def fields(text: str) -> list[tuple[object, ...]]:
    return [(c.outcome, c.category, c.count) for c in casualties(text)]


def test_victims_named_as_the_kin_of_another_victim_are_counted() -> None:
    assert ("wounded", "civilian", (2, 2)) in fields("A mortar round killed a woman and injured her two children in a market in Beledweyne.")
    assert ("wounded", "civilian", (3, 3)) in fields("Gunmen shot dead a farmer near Jos and wounded his three sons, police said.")
