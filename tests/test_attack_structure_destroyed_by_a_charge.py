"""A structure destroyed or damaged by a charge ("destroyed a bridge with explosives", "damaged a pipeline using a
mine") tells a bombing (GOLD_FORMAT: bombs, mines, IEDs are `bombing`); destruction by no charge tells no bombing."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2023, 3, 14)


def _attacks(text: str) -> list[str | None]:
    return [c.outcome for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


@pytest.mark.parametrize("text", [
    "Rebels destroyed a bridge near Loikaw with explosives on Monday.",
    "Resistance fighters destroyed a military-owned phone mast with mines in Sagaing.",
    "Saboteurs damaged the gas pipeline using a landmine, the company said.",
])
def test_a_structure_destroyed_by_a_charge_is_a_bombing(text):
    assert _attacks(text) == ["bombing"]


def test_a_building_destroyed_by_fire_is_no_bombing():
    assert "bombing" not in _attacks("A fire destroyed a warehouse with dozens of cars inside, the fire brigade said.")
