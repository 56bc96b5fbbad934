"""Casualty recall probes of session 16 (sentences written for these tests, several wars and styles)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, dt.date(2024, 9, 21)) if c.type == "casualty"]


def fields(text: str) -> list[tuple[object, ...]]:
    return [(c.subject, c.outcome, c.category, c.count) for c in casualties(text)]


def test_a_nationality_named_with_the_first_conjunct_carries_to_the_next() -> None:
    found = fields("BANGKOK (AP) — Cambodian troops fired rockets and artillery at several Thai border districts on Thursday, "
                   "killing at least 11 Thai civilians and a soldier, the Thai army said.")
    assert ("THA", "killed", "military", (1, 1)) in found
    found = fields("Kyrgyz forces shelled border villages on Wednesday, killing three Tajik civilians and a border guard, Tajikistan's border service said.")
    assert ("TJK", "killed", "military", (1, 1)) in found


def test_armed_group_men_do_not_take_the_nationality_of_the_first_conjunct() -> None:
    found = fields("Fighting near Boulkessi killed two Malian soldiers and 12 militants on Monday, residents said.")
    assert ("MLI", "killed", "military", (12, 12)) not in found
