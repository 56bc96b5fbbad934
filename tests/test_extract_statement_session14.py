"""Statements, support and claimants of session 14: labels and charges in more words, a second judgement after
"and a", lies qualified, modal appeals for more help, police and troops lent to a country, people named by a
state's office without an article, reports called fantasies, and a state's own media. Sentences are invented,
from many wars."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def claims(text: str, claim_type: str) -> list[tuple]:
    return [(c.subject, c.object, c.outcome, c.claimant, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == claim_type]


# --- statements -----------------------------------------------------------------------------------------


def test_a_second_judgement_after_and_a_is_its_own_accusation() -> None:
    text = "\"The shelling was cowardly and a clear act of aggression,\" Armenia's foreign ministry said in a statement."
    outcomes = [c[2] for c in claims(text, "statement")]
    assert "condemn" in outcomes and "accuse" in outcomes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania's foreign minister said the Kremlin's drills near the border amounted to nuclear blackmail.", ("LTU", "accuse")),
        ("The Sudanese army said the RSF militia was terrorising Darfuris with night raids.", ("SDN", "accuse")),
        ("The Nigerian army said the kidnappers were a criminal gang and would be hunted down.", ("NGA", "accuse")),
        ("The Sahel junta in Bamako said the French reports were a blatant lie.", ("MLI", "deny")),
        ("The EU foreign policy chief said member states must step up deliveries of shells to Kyiv.", ("EU", "appeal")),
    ],
)
def test_statement_acts_in_more_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c[0], c[2]) for c in claims(text, "statement")]


# --- support -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Benin has sent 2,000 police officers to Haiti.", ("BEN", "HTI", "fighters")),
        ("Chad deployed 1,000 soldiers to Mali as part of the UN mission there.", ("TCD", "MLI", "fighters")),
        ("Tanzania dispatched a contingent of 500 troops to Mozambique at the request of Maputo.", ("TZA", "MOZ", "fighters")),
    ],
)
def test_personnel_sent_to_help_a_country_are_fighters_lent(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [c[:3] for c in claims(text, "support")]


def test_troops_sent_with_no_mission_told_are_no_support() -> None:
    assert claims("Russia sent thousands of soldiers to Ukraine's border.", "support") == []


# --- claimants -----------------------------------------------------------------------------------------


def test_a_person_titled_head_of_a_state_body_without_article_speaks_for_the_state() -> None:
    text = ("Russia's defence ministry said its forces had destroyed 9 Ukrainian tanks near Bakhmut.\n"
            "Mykola Petrenko, head of Ukraine's Centre for Strategic Communications, rejected the report.")
    assert ("UKR", "RUS", "destroyed", "UKR", "deny") in claims(text, "materiel")


def test_a_report_called_a_fantasy_is_denied_by_the_speaker() -> None:
    text = ("Mykola Petrenko, head of Ukraine's Centre for Strategic Communications, spoke on Monday.\n"
            "Petrenko said Russian claims of destroyed tanks were fantasies.")
    found = claims(text, "materiel")
    assert found and all(c[3:] == ("UKR", "deny") for c in found)


def test_state_media_with_no_state_named_speak_for_the_home_state() -> None:
    text = "Government troops killed 14 insurgents near Marib on Sunday, state media reported."
    found = claims(text, "casualty")
    assert found and found[0][3] == "YEM"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's foreign ministry said Washington was pouring fuel on the flames in Yemen.", ("IRN", "accuse")),
        ("Moldova's president called Russia an occupying power in Transnistria.", ("MDA", "accuse")),
        ("A spokesman for Hezbollah said the group would target Israeli army bases.", ("HEZBOLLAH", "warn")),
        ("Ethiopia came under sharp criticism from Egypt over the dam on the Nile.", ("EGY", "condemn")),
    ],
)
def test_charges_threats_and_criticism_in_more_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c[0], c[2]) for c in claims(text, "statement")]


def test_came_under_fire_from_a_side_with_no_reason_is_no_criticism() -> None:
    assert claims("The convoy came under fire from Russian positions near Vuhledar.", "statement") == []


def test_a_participle_after_the_comma_shares_the_sentence_subject() -> None:
    text = "Azerbaijan hit back at Yerevan, saying Armenia had committed war crimes in Khojaly."
    assert ("AZE", "accuse") in [(c[0], c[2]) for c in claims(text, "statement")]


# --- attacks denied ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Drone strikes hit a convoy of militiamen near Al-Bukamal on Friday.\nTurkey denied any involvement in the strikes.",
        "Gunmen stormed a village in Plateau state on Sunday.\nNigeria's army denied involvement in the attack.",
    ],
)
def test_a_party_denying_its_part_in_an_attack_denies_the_attack(text: str) -> None:
    denied = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack" and c.stance == "deny"]
    assert denied and denied[0].subject == denied[0].claimant and denied[0].subject in ("TUR", "NGA")


def test_aid_groups_speaking_after_a_denial_are_an_outside_source() -> None:
    text = "Al-Shabaab denied attacking the market, where relief agencies said 23 people were killed."
    deaths = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert deaths and deaths[0].claimant is None and deaths[0].stance == "assert"


def test_experts_a_body_sends_speak_for_it_after_according_to() -> None:
    text = "Eritrea is sending rifles and mortars to the TPLF, according to UN experts."
    found = claims(text, "support")
    assert found and found[0][3] == "UN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haftar's Libyan National Army has been flying arms to the RSF, investigators said.", ("LNA", "RSF")),
        ("The US Congress passed a $95 billion aid package for Taiwan and Israel.", ("USA", "TWN")),
        ("Armenia's prime minister thanked France for its military support.", ("FRA", "ARM")),
    ],
)
def test_support_flown_agreed_or_thanked_for(text: str, expected: tuple[str, str]) -> None:
    assert expected in [c[:2] for c in claims(text, "support")]


def test_accused_of_harbouring_them_is_backing_by_the_accused() -> None:
    text = "Pakistan's army said it killed 12 militants near Khost and accused Kabul of sheltering them."
    assert ("AFG", "military_aid", "PAK") in [(c[0], c[2], c[3]) for c in claims(text, "support")]


def test_a_leader_called_a_war_criminal_is_an_accusation() -> None:
    text = "\"Putin is a war criminal,\" Estonia's prime minister told reporters in Tallinn."
    assert ("EST", "accuse") in [(c[0], c[2]) for c in claims(text, "statement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel's foreign minister said Turkey was supporting Hamas.", [("TUR", "HAMAS")]),
        ("Germany supports Moldova in its bid to join the EU.", []),
    ],
)
def test_supporting_an_armed_group_is_backing_and_a_state_is_not(text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in claims(text, "support")] == expected
