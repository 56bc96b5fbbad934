"""Support of session 18: armed men acting in support of a side, troops deployed inside a country to fight its enemy,
refuge given to armed men, and the owner of fighters a side relies on. Sentences are invented, from many wars."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def support(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwandan troops are operating inside Congo in support of the M23, a UN report said.", ("RWA", "M23", "fighters")),
        ("Hezbollah fighters have joined the battle in support of Hamas.", ("HEZBOLLAH", "HAMAS", "fighters")),
        ("Eritrean soldiers crossed the border on behalf of the Ethiopian army.", ("ERI", "ETH", "fighters")),
    ],
)
def test_armed_men_acting_in_support_of_a_side(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in support(text)


def test_men_joined_by_others_in_support_of_a_cause_are_not_the_providers() -> None:
    text = "Ethnic armed groups in Karen and Kachin states began joining resistance fighters in March in support of the pro-democracy movement."
    assert all(provider != "PDF" for provider, _, _ in support(text))


def test_troops_deployed_inside_a_country_to_fight_its_enemy_help_that_country() -> None:
    assert support("Burundi has deployed about 10,000 soldiers in eastern Congo to fight the M23.") == [("BDI", "COD", "fighters")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India said Pakistan gives shelter to militants who attack Kashmir.", ("PAK", None, "military_aid")),
        ("Islamabad says Kabul provides safe haven to the TTP.", ("AFG", "TTP", "military_aid")),
    ],
)
def test_refuge_given_to_armed_men_is_backing(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in support(text)


def test_fighters_relied_on_belong_to_their_named_owner_not_a_later_party() -> None:
    found = support("Burkina Faso's junta has relied on Russian mercenaries since the French withdrawal.")
    assert all(provider != "FRA" for provider, _, _ in found)


def claims_of(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(c.type, c.subject, c.outcome, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("support", "statement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda has repeatedly rejected accusations that it supports the rebels.", ("support", "RWA", "military_aid", "deny")),
        ("Iran denies claims it armed the Houthis.", ("support", "IRN", "military_aid", "deny")),
        ("Abu Dhabi dismissed reports that it had funded the RSF.", ("support", "ARE", "military_aid", "deny")),
    ],
)
def test_backing_named_inside_the_words_denied_is_support_denied(text: str, expected: tuple[str, str, str, str]) -> None:
    found = claims_of(text)
    assert expected in found
    assert not any(kind == "statement" and outcome == "deny" for kind, _, outcome, _ in found)  # no general denial besides


def test_accusations_called_fabricated_are_denied() -> None:
    assert ("statement", "RSF", "deny", "assert") in claims_of("The RSF called the accusations \"fabricated\".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran has armed and trained the Houthis for years.", ("IRN", "HOUTHIS", "military_aid")),
        ("Tehran funded, armed and trained Hezbollah.", ("IRN", "HEZBOLLAH", "military_aid")),
        ("The UAE has been supplying the RSF via Chad, according to a UN panel.", ("ARE", "RSF", "military_aid")),
        ("Turkish drones helped Azerbaijan win the war.", ("TUR", "AZE", "military_aid")),
    ],
)
def test_backing_by_coordinated_verbs_bare_supply_and_help_to_win(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in support(text)


def test_goods_supplied_to_a_state_in_peace_are_no_support() -> None:
    assert support("Qatar supplies Europe with gas.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's Western allies have sent billions of dollars in weapons.", (None, "UKR", "military_aid")),
        ("Israel's allies have supplied bombs and interceptors.", (None, "ISR", "military_aid")),
    ],
)
def test_a_sides_unnamed_allies_give_and_the_side_receives(text: str, expected: tuple[None, str, str]) -> None:
    assert support(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah, Iran's most powerful proxy, fired rockets at northern Israel.", ("IRN", "HEZBOLLAH", "military_aid")),
        ("Iran's proxy Hezbollah has been weakened by the war.", ("IRN", "HEZBOLLAH", "military_aid")),
    ],
)
def test_a_proxy_named_by_its_patrons_noun_is_backed_by_the_patron(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in support(text)


def test_a_proxy_war_names_no_patron() -> None:
    assert support("Analysts call the war in Sudan a proxy war.") == []
