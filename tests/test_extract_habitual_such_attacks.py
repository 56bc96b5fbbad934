""""Such attacks" after a verb of carrying them out ("al-Shabaab frequently carries out such attacks") tells of the kind
of attack a side habitually stages: a habitual attack claim of its own (GOLD_FORMAT), not a reference back to the
attack just told. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A roadside bomb hit a minibus near Mogadishu on Thursday, killing five passengers. No group has claimed "
         "responsibility, but al-Shabaab frequently carries out such attacks.", "SHABAAB"),
        ("Gunmen killed 12 villagers near Djibo on Monday. JNIM regularly stages such attacks in the region.", "JNIM"),
    ],
)
def test_such_attacks_a_group_carries_out_are_its_habitual_attacks(text: str, group: str) -> None:
    attacks = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack" and c.subject == group]
    assert len(attacks) == 1


def test_such_attacks_condemned_stay_a_reference_back() -> None:
    text = "Gunmen killed 12 villagers near Djibo on Monday. The government condemned such attacks."
    attacks = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert len(attacks) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb hit a minibus near Mogadishu on Thursday. No group has claimed the blast, but al-Shabaab "
        "frequently carries out such attacks.",
        "Fighters attacked a post near Menaka on Sunday. ISSP regularly stages attacks in the area, officials said.",
    ],
)
def test_habitual_attacks_have_no_date(text: str) -> None:
    habitual = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack" and c.subject in ("SHABAAB", "ISSP")]
    assert habitual and all(c.date is None for c in habitual)
