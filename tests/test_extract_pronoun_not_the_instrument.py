"""A pronoun after an attack ("..., destroying it") stands for the equipment attacked, not for the weapon it was
attacked with ("targeted a tank with two guided missiles, destroying it.: the tank). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hezbollah says it targeted an Israeli tank near Metula with two guided missiles, destroying it.", "tank"),
        ("The Houthis said they attacked a US drone with two surface-to-air missiles over Marib, downing it.", "drone"),
        ("Fano said its fighters ambushed an army truck with three rocket-propelled grenades, destroying it.", "vehicle"),
    ],
)
def test_the_pronoun_is_the_equipment_attacked(text: str, category: str) -> None:
    lost = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]
    assert [c.category for c in lost] == [category]
