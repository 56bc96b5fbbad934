"""A sentence with no reporting verb that calls a side "the enemy" or "the occupiers" is in the voice of the side
that spoke last, not the outlet's: its claims keep that side as claimant."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 11, 18)


def test_enemy_losses_after_a_ministry_report_are_the_ministry_s() -> None:
    text = ("Russian forces repelled three attacks near Kupiansk over the past day, the Russian Defence Ministry said.\n"
            "In the south, the enemy lost up to 120 troops and two armoured vehicles.")
    losses = [c for c in extract_from_cleaned_text(text, DAY) if c.type in ("casualty", "materiel")]
    assert losses and all(c.claimant == "RUS" for c in losses)


def test_occupiers_after_a_governor_are_the_governor_s() -> None:
    text = ("Russian drones struck Kherson overnight, Ukrainian regional governor Oleksandr Prokudin said.\n"
            "The occupiers also shelled Antonivka, wounding two civilians.")
    wounded = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "casualty"]
    assert wounded and all(c.claimant == "UKR" for c in wounded)


def test_plain_outlet_sentence_stays_unattributed() -> None:
    text = ("Russian forces repelled three attacks near Kupiansk, the Russian Defence Ministry said.\n"
            "Ukrainian forces lost two tanks in the fighting.")
    losses = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "materiel"]
    assert all(c.claimant is None for c in losses)
