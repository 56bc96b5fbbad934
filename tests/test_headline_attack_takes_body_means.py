"""A headline's attack told by the bare word ("... in attack on military base") takes the means the body's first attack
by the same attacker gives (GOLD_FORMAT: unnamed means come from the text around it, the same event)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 7, 24)


def test_headline_attack_takes_the_drones_of_the_body() -> None:
    text = ("TNLA kills four soldiers in attack on junta base near Lashio\n\n"
            "YANGON (AP) - Four soldiers were killed when TNLA fighters attacked a junta base near Lashio with armed drones on Tuesday, "
            "the military said.\n")
    attacks = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "attack" and c.span[0] < 60]
    assert [c.outcome for c in attacks] == ["airstrike"]


def test_headline_with_means_of_its_own_keeps_them() -> None:
    text = ("Rebels shell army base near Lashio\n\n"
            "YANGON (AP) - TNLA fighters attacked a junta base near Lashio with armed drones on Tuesday, the military said.\n")
    attacks = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "attack" and c.span[0] < 30]
    assert all(c.outcome == "shelling" for c in attacks)
