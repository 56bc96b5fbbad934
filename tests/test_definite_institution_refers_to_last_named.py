"""A definite institution as speaker ("the ministry also said", "the General Staff added") is the institution of that
kind named last, even when another party spoke in between (English definite reference); "the army" keeps the
speaker before."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 3, 14)


def _claimants(text: str, kind: str) -> list[str | None]:
    return [c.claimant for c in extract_from_cleaned_text(text, DAY) if c.type == kind]


def test_the_ministry_after_another_party_spoke_is_the_ministry_named_before() -> None:
    text = ("Azerbaijan's Defence Ministry said its units had destroyed two Armenian howitzers near Lachin.\n"
            "Armenia rejected the report.\n"
            "The ministry also said its forces had shot down an Armenian drone over Kalbajar.")
    assert _claimants(text, "materiel")[-1] == "AZE"


def test_the_general_staff_after_a_moscow_denial_is_kyiv() -> None:
    text = ("Ukraine's General Staff said Russian forces had lost 12 tanks over the past day.\n"
            "Moscow dismissed the figures.\n"
            "The General Staff added that Ukrainian troops had destroyed 30 Russian drones.")
    assert _claimants(text, "materiel")[-1] == "UKR"


def test_the_ministry_right_after_it_spoke_keeps_its_side() -> None:
    text = ("Russia's Defence Ministry said its air defences had shot down 20 Ukrainian drones.\n"
            "The ministry said two more drones were downed over Kursk.")
    assert _claimants(text, "materiel") == ["RUS", "RUS"]
