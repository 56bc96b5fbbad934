"""More statement phrasing, on sentences written for these tests from many wars: condemnation verbs and labels
("blasted", "hit out at", "called the vote a sham", "termed the strikes an act of war"), denials of findings and
reports ("refuted", "called the report biased"), threats of a named operation, the accusation noun of a denial
that leaves the speaker's own blame standing, and speakers continued by "the foreign ministry" or "the
paramilitary group". Peaceful sentences stay quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def statements(text: str) -> list[tuple[str | None, str]]:
    return sorted((c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv blasted the decision as a gift to the Kremlin.", [("UKR", "condemn")]),
        ("Beijing hit out at Washington over the arms sale.", [("CHN", "condemn")]),
        ("Israel's foreign minister lashed out at the UN chief.", [("ISR", "condemn")]),
        ("The White House said it was \"outraged\" by the killing of the aid workers.", [("USA", "condemn")]),
        ("Jordan expressed its outrage at the raid on the mosque.", [("JOR", "condemn")]),
        ("The Kremlin has called the sanctions illegal.", [("RUS", "condemn")]),
        ("Pakistan's foreign office termed the Indian strikes an act of war.", [("PAK", "condemn")]),
        ("Ukraine branded the referendum in Kherson a sham.", [("UKR", "condemn")]),
        ("Myanmar's junta refuted the allegations.", [("MMR", "deny")]),
        ("Peskov told reporters the accusations were \"absurd\".", [("RUS", "deny")]),
        ("The Sudanese government called the accusations politically motivated.", [("SDN", "deny")]),
        ("Ethiopia rejected the commission's findings.", [("ETH", "deny")]),
        ("Turkey's defence minister threatened a new ground operation in northern Syria.", [("TUR", "warn")]),
        ("Houthi spokesman Yahya Saree threatened further attacks on shipping in the Red Sea.", [("HOUTHIS", "warn")]),
        ("Hamas said Israel bore full responsibility for the lives of the hostages.", [("HAMAS", "accuse")]),
        ("Lebanon's prime minister said the Israeli strikes amounted to a declaration of war.", [("LBN", "condemn")]),
        ("Beijing firmly opposes the new sanctions on Chinese firms, the foreign ministry said.", [("CHN", "condemn")]),
        ("India said it \"strongly rejects\" the remarks made by Pakistan.", [("IND", "deny")]),
        ("Guterres stressed the need for an immediate ceasefire in Gaza.", [("UN", "appeal")]),
        ("Germany emphasized the need to de-escalate.", [("DEU", "appeal")]),
        ("France insisted that civilians must be protected.", [("FRA", "appeal")]),
        ("The African Union said it was gravely concerned that the fighting could spread to neighbouring countries.", [("AU", "warn")]),
        ("The Sudanese army rejected the call for talks.", []),
    ],
)
def test_statement_vocabulary(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_a_bomb_that_blasted_is_no_statement() -> None:
    assert statements("A car bomb blasted the market in Mogadishu on Friday.") == []


def test_voiced_support_for_a_party_is_a_support_claim_only() -> None:
    claims = extract_from_cleaned_text("Russia expressed support for Niger's junta.", PUBLISHED)
    assert [(c.type, c.subject, c.outcome) for c in claims] == [("support", "RUS", "political")]


def test_a_denied_accusation_leaves_the_speakers_own_blame() -> None:
    assert statements("The RSF rejected the accusations and blamed the army for the atrocities.") == [("RSF", "accuse"), ("RSF", "deny")]


def test_a_general_denial_leaves_the_blame_after_it() -> None:
    assert statements("Israel has denied targeting civilians and blames Hamas for operating from hospitals.") == [("ISR", "accuse"), ("ISR", "deny")]


def test_an_act_charged_that_no_claim_codes_stays_an_accusation() -> None:
    assert statements("Ethiopia's government accused the TPLF of recruiting child soldiers.") == [("ETH", "accuse")]
    assert statements("Kinshasa accused Rwanda of backing the M23.") == []  # coded as the support itself


def test_the_foreign_ministry_continues_the_speaker_of_the_sentence_before() -> None:
    text = ("Qatar on Sunday condemned the Israeli strike on a school in Gaza City. "
            "The foreign ministry also called on the international community to act.")
    assert statements(text) == [("QAT", "appeal"), ("QAT", "condemn")]


def test_the_paramilitary_group_is_the_armed_group_named_before() -> None:
    text = "The Sudanese army accused the RSF of genocide. The paramilitary group rejected the accusations."
    assert statements(text) == [("RSF", "deny"), ("SDN", "accuse")]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister hit out at critics of the new pension law.",
        "The committee called the budget illegal under the constitution.",
        "Fans blasted the referee after the match in Lagos.",
        "Kenya's central bank stressed the need for lower inflation.",
        "Germany firmly opposes the new tariff on steel imports.",
        "Egypt won the match, while Jordan lost to Iraq.",
    ],
)
def test_peaceful_text_stays_quiet(text: str) -> None:
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("statement", "support", "territory")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt condemned the raid, while Jordan denounced it as a massacre.", [("EGY", "condemn"), ("JOR", "condemn")]),
        ("Russia accused Ukraine of provocations, and Kyiv accused Moscow of aggression.", [("RUS", "accuse"), ("UKR", "accuse")]),
        ("The UN urged restraint; the African Union also called for calm.", [("AU", "appeal"), ("UN", "appeal")]),
        ("Israel warned Hezbollah against escalation, and Hezbollah warned Israel it would respond.", [("HEZBOLLAH", "warn"), ("ISR", "warn")]),
    ],
)
def test_each_speaker_heading_its_own_verb_makes_its_own_statement(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_the_party_inside_a_warning_is_no_speaker() -> None:
    assert statements("Somalia's president warned that al-Shabaab would be crushed.") == [("SOM", "warn")]
    assert statements("Kenya condemned the attack and condemned the kidnapping of aid workers.") == [("KEN", "condemn")]
def test_a_straight_quoted_sentence_closes_its_own_quotation() -> None:
    text = ('Kenya has accused the militants of crossing from Somalia. "Mogadishu was asked many times to act, but little has '
            'changed," the Kenyan defence ministry added. "Such operations will continue as necessary."')
    assert ("KEN", "warn") in statements(text)


def test_acts_named_as_the_subject_of_will_continue_are_a_warning() -> None:
    assert statements('"Our operations will continue until the enemy is defeated," the Israeli army chief said.') == [("ISR", "warn")]


@pytest.mark.parametrize(
    "text",
    [
        "Health officials said the outbreak had spread to three districts since March.",
        "The ceasefire signed in March has largely held, the monitors said.",
        "Thousands took to the streets of the capital to celebrate the national team's victory.",
        "Crowds gathered outside the cathedral to mourn the late archbishop.",
    ],
)
def test_the_month_of_march_and_crowds_that_celebrate_or_mourn_are_no_protest(text: str) -> None:
    assert statements(text) == []


def test_a_march_to_demand_an_end_to_the_war_is_still_a_protest() -> None:
    assert [outcome for _, outcome in statements("Thousands marched through the capital on Saturday to demand an end to the war.")] == ["appeal"]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Hundreds of taxi drivers blocked traffic on the ring road on Monday.", "appeal"),
    ],
)
def test_a_crowd_blocking_traffic_holds_a_protest(text: str, outcome: str) -> None:
    assert [o for _, o in statements(text)] == [outcome]


def test_troops_blocking_access_to_a_town_hold_no_protest() -> None:
    assert statements("Troops blocked access to the border town and shelled rebel positions.") == []
