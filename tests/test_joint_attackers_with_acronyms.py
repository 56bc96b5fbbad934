"""Several armed groups heading one attack verb make one attack claim each (GOLD_FORMAT), also when a group is named
with its acronym in brackets ("the Kachin Independence Army (KIA) and ...") or the second with a modifier ("and local
PDF units")."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("The TNLA and local PDF units attacked a junta outpost near Kyaukme on Saturday.", ["TNLA", "PDF"]),
        ("The Arakan Army (AA) and the KIA attacked a military base near Bhamo on Friday.", ["AA", "KIA"]),
        ("The Kachin Independence Army (KIA) and local People's Defence Force (PDF) units stormed a police post on Sunday.", ["KIA", "PDF"]),
    ],
)
def test_each_joined_group_is_an_attacker(text: str, attackers: list[str]) -> None:
    assert [c.subject for c in extract_from_cleaned_text(text, DAY) if c.type == "attack"] == attackers


def test_a_group_named_with_its_acronym_alone_is_one_attacker() -> None:
    text = "The Arakan Army (AA) attacked a police post in Maungdaw on Friday."
    assert [c.subject for c in extract_from_cleaned_text(text, DAY) if c.type == "attack"] == ["AA"]
