"""Unnamed irregulars who storm a post take the state's ground; unnamed irregulars who withdraw from a town give up
their own: the state is no loser there."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2021, 6, 30)


def _territory(text: str) -> list[str | None]:
    return [c.subject for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_unnamed_rebels_withdrawing_are_no_loss_of_the_state():
    assert "ETH" not in _territory("The rebels withdrew from Mekelle as federal forces advanced.")


def test_unnamed_insurgents_storming_a_post_take_the_states_ground():
    assert _territory("Gunmen stormed the army base in Gao and occupied it.") == ["MLI"]
