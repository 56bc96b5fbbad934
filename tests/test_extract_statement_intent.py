"""Statement wording of intent, judgement and rejection, on sentences written for these tests from many wars: a day
or adverb between a vow or threat and its infinitive, a fight promised to its end, a party to be held to account,
war declared, acts judged "unacceptable" or "unprovoked", "labelled" as terrorists, human shields, a figment of
imagination, and an accusation named again to say who denies it. A source asking not to be named asks nothing,
and war bloggers give no claimant."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def statements(text: str) -> list[tuple[str | None, str]]:
    return sorted(
        (c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah vowed on Sunday to avenge the killing of its commander in Tyre.",
            [("HEZBOLLAH", "warn")],
        ),
        ("The Arakan Army vowed again to capture Sittwe.", [("AA", "warn")]),
        ("Russia threatened on Monday to strike Kyiv's government quarter.", [("RUS", "warn")]),
        ('Netanyahu said Israel would fight until "total victory" over Hamas.', [("ISR", "warn")]),
        ("The Sudanese army said it would fight to the last soldier against the RSF.", [("SDN", "warn")]),
        (
            "The Pentagon said it would hold Iran accountable for the drone attack on its troops.",
            [("USA", "warn")],
        ),
        ('Somalia\'s president declared "total war" on al-Shabaab.', [("SOM", "warn")]),
        (
            'Cambodian Prime Minister Hun Manet called the Thai strikes "unprovoked and premeditated".',
            [("KHM", "condemn")],
        ),
        ("The EU's foreign policy chief said the siege of El Fasher was unacceptable.", [("EU", "condemn")]),
        (
            'Britain\'s foreign secretary said the killing of the aid workers was "utterly unacceptable".',
            [("GBR", "condemn")],
        ),
        ("Myanmar's junta labelled the resistance forces terrorists.", [("MMR", "accuse")]),
        ("Israel's military said Hamas hides behind civilians as human shields.", [("ISR", "accuse")]),
        ("Kyiv dismissed Moscow's version as a figment of imagination.", [("UKR", "deny")]),
        (
            "Armenia accused Azerbaijan of provocations, an accusation Baku rejected.",
            [("ARM", "accuse"), ("AZE", "deny")],
        ),
        (
            "Khartoum accused the UAE of prolonging the war, a charge Abu Dhabi has repeatedly denied.",
            [("ARE", "deny"), ("SDN", "accuse")],
        ),
    ],
)
def test_statement_intent_and_judgement(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Malian officer, who asked not to be named, said the convoy reached Kidal.",
        "A Congolese official, who asked to remain anonymous, said talks would resume in Luanda.",
    ],
)
def test_a_source_asking_not_to_be_named_makes_no_appeal(text: str) -> None:
    assert statements(text) == []


def test_war_bloggers_give_no_claimant_to_the_losses_they_report() -> None:
    claims = extract_from_cleaned_text(
        "Russian war bloggers reported that Ukrainian forces lost four Leopard tanks near Avdiivka.",
        PUBLISHED,
    )
    assert [(c.type, c.subject, c.claimant) for c in claims] == [("materiel", "UKR", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow denied any involvement.", [("RUS", "deny")]),
        ("Kigali rubbished the claims.", [("RWA", "deny")]),
        ("Asmara mocked the claims.", [("ERI", "deny")]),
        ('Islamabad said the accusations were "a desperate attempt to divert attention".', [("PAK", "deny")]),
        ("Yerevan pointed the finger at Baku.", [("ARM", "accuse")]),
        ("Israel said Hezbollah had crossed a red line.", [("ISR", "accuse")]),
        ("Zelensky called Russia a terrorist state.", [("UKR", "accuse")]),
        ("The Ethiopian government described the TPLF as terrorists.", [("ETH", "accuse")]),
        ('The RSF said the army was "a terrorist militia".', [("RSF", "accuse")]),
        ('Nigeria\'s army chief said troops would "flush out" the insurgents.', [("NGA", "warn")]),
        ("Tehran said all options were on the table.", [("IRN", "warn")]),
        ("Pyongyang said it was prepared to use force.", [("PRK", "warn")]),
        ('Beijing said it would take "resolute measures" against Taiwan.', [("CHN", "warn")]),
        ('Iran said Washington was "playing with fire".', [("IRN", "warn")]),
        ("Lebanon's prime minister said the region was on the brink of a full-scale war.", [("LBN", "warn")]),
        ("Kenya's president vowed to bring the perpetrators to justice.", [("KEN", "warn")]),
        ("Israel threatens Hezbollah", [("ISR", "warn")]),
        ('Moscow called the drills "provocative".', [("RUS", "condemn")]),
        ("Beijing objected to the arms sale.", [("CHN", "condemn")]),
        ("China protested the visit of the US delegation to Taipei.", [("CHN", "condemn")]),
        ("Qatar pushed for a ceasefire in Gaza.", [("QAT", "appeal")]),
        ("Egypt's foreign minister made an urgent plea for a humanitarian truce.", [("EGY", "appeal")]),
        (
            "The ICRC reminded the parties of their obligations under international humanitarian law.",
            [("ICRC", "appeal")],
        ),
    ],
)
def test_more_statement_wording(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_a_crowd_protest_stays_the_crowds_and_a_denied_act_is_no_general_denial() -> None:
    assert ("SRB", "condemn") not in statements("Serbs from the north were protesting the new mayors.")
    assert statements("The Sudanese army said it had nothing to do with the massacre in the village.") == []


def test_harm_to_civilians_charged_in_general_is_an_accusation_and_no_attack() -> None:
    claims = extract_from_cleaned_text("Kyiv accused Moscow of deliberately attacking civilians.", PUBLISHED)
    assert [(c.type, c.subject, c.outcome) for c in claims] == [("statement", "UKR", "accuse")]
    claims = extract_from_cleaned_text("Ukraine accused Russia of targeting civilians.", PUBLISHED)
    assert [c.type for c in claims] == ["statement"]


def test_harm_to_civilians_charged_at_a_named_place_stays_an_attack() -> None:
    claims = extract_from_cleaned_text(
        "The Sudanese army accused the RSF of shelling civilians in El Fasher.", PUBLISHED
    )
    assert "attack" in [c.type for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Palestinian foreign ministry expressed its strong denunciation of the settler raids.",
            [("PSE", "condemn")],
        ),
        ("Hezbollah considered the assassination a dangerous escalation.", [("HEZBOLLAH", "condemn")]),
        ("Moscow regards the deployment of NATO troops in Ukraine as unacceptable.", [("RUS", "condemn")]),
        ("Jordan expressed its categorical rejection of the targeting of aid convoys.", [("JOR", "condemn")]),
        ("The Houthis affirmed their readiness to confront any American aggression.", [("HOUTHIS", "warn")]),
        ("The Fano militia said it was ready for a long war.", [("FANO", "warn")]),
    ],
)
def test_judgements_and_resolve_told_as_nouns_or_by_verbs_of_regard(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert statements(text) == expected


def test_a_pronoun_subject_goes_on_standing_for_the_speaker_heard_before() -> None:
    text = (
        "Sudan's foreign ministry issued a statement on Monday.\n\n"
        "The statement condemned the RSF raid on the camp.\n\n"
        "It urged the world to act."
    )
    assert statements(text) == [("SDN", "appeal"), ("SDN", "condemn")]


def test_the_source_after_according_to_is_no_victim_and_gives_the_claimant() -> None:
    claims = extract_from_cleaned_text(
        "According to the regional governor, four civilians were killed in the shelling of Kherson.",
        PUBLISHED,
    )
    killed = [c for c in claims if c.type == "casualty"]
    assert [(c.count, c.category, c.claimant) for c in killed] == [((4, 4), "civilian", "UKR")]


def test_a_person_in_apposition_with_a_states_envoy_post_speaks_for_the_state() -> None:
    text = "Vassily Orlov, Russia's deputy envoy to the UN, dismissed the allegations as lies."
    assert statements(text) == [("RUS", "deny")]


def test_a_march_vowed_on_a_capital_is_the_vowers_warning_no_protest() -> None:
    assert statements("Asres Mare, a Fano leader in Gojam, vowed to march on Addis Ababa.") == [
        ("FANO", "warn")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan's army spokesman said the militia would be defeated.", [("SDN", "warn")]),
        ("Kyiv said the missile attack on Sumy amounted to a deliberate massacre.", [("UKR", "condemn")]),
    ],
)
def test_defeat_foretold_and_a_massacre_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_a_crowd_protesting_in_a_named_country_stays_the_crowds_protest() -> None:
    text = (
        "On 3 March, retired nurses in Iran protested in front of the governorate demanding unpaid pensions."
    )
    assert statements(text) == [("IRN", "appeal")]


def test_support_voiced_as_a_named_partys_own_is_political_support() -> None:
    claims = extract_from_cleaned_text(
        "NATO's chief reaffirmed the alliance's support for Ukraine.", PUBLISHED
    )
    assert [(c.type, c.subject, c.outcome, c.object) for c in claims] == [
        ("support", "NATO", "political", "UKR")
    ]
