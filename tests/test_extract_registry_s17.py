"""Names of Myanmar's ruling body (sentences written for these tests): the State Security and Peace Commission that
replaced the State Administration Council in 2025, and the "military council" of news copy, are the state of Myanmar
as a speaker; "military council" holds only in Myanmar's war."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 3)


def claimants(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.type, c.claimant, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


def test_the_military_council_speaks_for_myanmar_in_its_war() -> None:
    text = ("Air strike on Sagaing village.\n"
            "A spokesman for the ruling military council denied that any civilians had been killed in Sagaing.")
    assert claimants(text) == [("casualty", "MMR", "deny")]


def test_the_security_and_peace_commission_is_myanmar() -> None:
    text = "The State Security and Peace Commission said 12 soldiers were killed in an attack by the Arakan Army."
    assert [c for c in claimants(text) if c[1] == "MMR"]


def test_a_military_council_elsewhere_names_no_myanmar() -> None:
    text = "Niger's military council said 12 soldiers were killed in an ambush near Tillaberi."
    assert "MMR" not in {c.claimant for c in extract_from_cleaned_text(text, PUBLISHED)}
