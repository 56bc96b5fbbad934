"""'X carried out the attack on <target>' tells an attack and its attacker; 'helped carry out the attacks', with no target,
points back to attacks told before (GOLD_FORMAT: a later mention adding nothing is not coded again)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


def _attacks(text: str) -> list[str | None]:
    return [c.subject for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Hamas carried out the attack on the checkpoint.", "HAMAS"),
    ("The Pakistani Taliban said they carried out the assault on the police station.", "TTP"),
])
def test_the_attack_carried_out_on_a_target_is_told(text, attacker):
    assert attacker in _attacks(text)


def test_attacks_carried_out_with_no_target_point_back_to_those_told():
    text = ("Islamic State claimed responsibility for a wave of bombings in the capital, saying one of its cells helped "
            "carry out the attacks.")
    assert len(_attacks(text)) == 1
