"""Materiel and statement phrasing from probe articles written for these tests (Ukraine-Russia, Iran-Israel,
India-Pakistan, Sudan, the Red Sea, Nagorno-Karabakh, UN and foreign-ministry reactions)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2025, 6, 14)


def claims(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind]


def summary(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in claims(text, "materiel")]


def test_model_code_named_with_its_role_and_noun_is_one_item() -> None:
    assert summary("The RSF said they had shot down a Sudanese army Ilyushin Il-76 cargo plane over North Darfur.") == [
        ("destroyed", "aircraft", (1, 1))]
    assert summary("Ukraine said a Russian Tu-22M3 long-range bomber was downed over the Stavropol region.") == [
        ("destroyed", "aircraft", (1, 1))]
    assert summary("Ukraine said it struck a Russian S-400 Triumf launcher in Crimea.") == [("damaged", "air_defense", (1, 1))]
    assert summary("The army said it destroyed two Su-25 Frogfoot jets near Bakhmut.") == [("destroyed", "aircraft", (2, 2))]
