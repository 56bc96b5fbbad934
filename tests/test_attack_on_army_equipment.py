"""An attack on a force's equipment ("attacked army helicopters", "attacked army artillery batteries") is an attack, an
offensive on a military target; it is no attack on the force's men, and it is not dropped either."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2023, 6, 7)


@pytest.mark.parametrize(("text", "attacker"), [
    ("PKK fighters attacked two Turkish military helicopters at a base near Zakho on Tuesday.", "PKK"),
    ("Houthi fighters attacked Saudi army artillery batteries near the border on Sunday.", "HOUTHIS"),
])
def test_an_attack_on_army_equipment_is_an_offensive(text, attacker):
    attacks = [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert attacks == [(attacker, "offensive")]
