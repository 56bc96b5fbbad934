"""Fire traded between two sides that kills people (GOLD_FORMAT: fire traded with no attacker named is one claim with
`subject` and `object` null; civilians take the code of the state where they live). The people killed "on the X side"
are X's, and the killing names no attacker for the traded fire. A short name in brackets after a target repeats
the target's name: it is no killer. An attack charged to a side and denied by it ("a charge Islamabad denied") is
also that side's denial, and the side accused of a second charge ("of using ... and of firing ...") is its attacker.
A backer named after the forces ("backed by Turkish drones") is not the killer, and an attack that opened
an assault ("after a suicide car bomb attack") is the assailants'. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 7, 26)


def claims(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.type, c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("attack", "casualty")]


def test_traded_fire_that_kills_names_no_attacker_and_the_dead_are_of_the_side_named() -> None:
    found = claims("Thai soldiers and Cambodian troops traded rocket fire near the border, killing four civilians on the Thai side.")
    assert ("attack", None, None, "shelling") in found
    assert [(subject, outcome) for kind, subject, _, outcome in found if kind == "casualty"] == [("THA", "killed")]


def test_the_side_named_after_the_victims_is_theirs_when_no_side_fired_alone() -> None:
    found = claims("The two armies exchanged fire across the Line of Control, wounding six civilians on the Pakistani side.")
    assert [(subject, outcome) for kind, subject, _, outcome in found if kind == "casualty"] == [("PAK", "wounded")]


def test_a_short_name_in_brackets_after_the_target_is_not_the_killer() -> None:
    found = claims("Al-Shabaab fighters overran a base of the African Union mission (ATMIS), killing 12 soldiers.")
    assert [obj for kind, _, obj, _ in found if kind == "casualty"] == ["SHABAAB"]


def test_an_attack_charged_and_denied_by_a_noun_is_also_the_accused_sides_denial() -> None:
    # GOLD_FORMAT: denying an attack is an attack claim with stance deny, its denier the claimant
    claims = extract_from_cleaned_text("Thailand blamed Cambodia for the rocket attack on Surin, a charge Phnom Penh rejected.", PUBLISHED)
    assert sorted((c.subject, c.claimant, c.stance) for c in claims if c.type == "attack") == [("KHM", "KHM", "deny"), ("KHM", "THA", "assert")]


def test_an_accusation_named_again_as_rejected_is_the_accuseds_denial() -> None:
    claims = extract_from_cleaned_text("The army blamed the RSF for the massacre in Wad al-Nura, an accusation the RSF rejected.", PUBLISHED)
    assert sorted((c.subject, c.claimant, c.stance) for c in claims if c.type == "attack") == [("RSF", "RSF", "deny"), ("RSF", "SDN", "assert")]


def test_the_accused_of_a_second_charge_is_its_attacker() -> None:
    text = "Pakistan accused India of violating its airspace and of firing missiles at mosques in Muzaffarabad."
    assert {(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"} == {("IND", "PAK")}


def test_the_backer_named_after_the_forces_is_not_the_killer() -> None:
    text = "Somali troops backed by Turkish drones killed 25 al-Shabaab fighters near Adan Yabaal, state media reported."
    assert [(c.subject, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [("SHABAAB", "SOM")]


def test_the_attack_that_opened_an_assault_is_the_same_attackers() -> None:
    text = "Al-Shabaab fighters overran an army base in Mahas, Hiiraan region, after a suicide car bomb attack, residents said."
    assert sorted((c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack") == [
        ("SHABAAB", "bombing"), ("SHABAAB", "offensive")]
