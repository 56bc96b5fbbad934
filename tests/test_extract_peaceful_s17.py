"""Games, trade wars, fights against disease, labour strikes and assaults on freedoms give no claims of harm (issue 10:
sport, figurative uses and disasters stay quiet); a fight near a stadium, a side beating back an assault, or shelling
beside an outbreak is still war. Attacks a side has "not claimed" are none told; attacks a side says it has not carried
out, or has "nothing to do with", are denied (GOLD_FORMAT: denying an attack is an attack claim with stance deny). A
report headed by the name "Occupied Palestinian Territory" tells no capture, aircraft sent to help a side are its
support, no attack, and attacks named in general ("condemns all attacks on aid workers") tell none. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 10, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Afghanistan beat Pakistan by 21 runs in a tense T20 clash in Sharjah.",
        "Morocco beat Nigeria in the semi-final of the Africa Cup of Nations.",
        "Thailand and Cambodia clash in the final of the SEA Games football tournament.",
    ],
)
def test_games_named_as_clashes_or_wins_give_no_claims(text: str) -> None:
    assert extract_from_cleaned_text(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Government troops clashed with RSF fighters near the football stadium in El Obeid.",
        "Ukrainian forces beat back a Russian assault near the stadium in Toretsk.",
    ],
)
def test_fighting_near_a_stadium_is_still_an_attack(text: str) -> None:
    assert [c.type for c in extract_from_cleaned_text(text, PUBLISHED)] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing fired the first shot in a new trade war with tariffs on soybeans.",
        "The opposition called the media law a brazen assault on press freedom.",
        "Teachers launched a general strike over unpaid salaries in Abuja.",
        "Health workers in Goma are fighting a measles outbreak that has killed 60 children.",
    ],
)
def test_figurative_wars_fights_and_assaults_give_no_claims_of_harm(text: str) -> None:
    harm = {"attack", "casualty", "materiel", "territory"}
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in harm] == []


def test_a_war_beside_an_outbreak_is_still_war() -> None:
    text = "RSF shelling killed 14 people in El Fasher, where aid groups are also fighting a cholera outbreak."
    assert {c.type for c in extract_from_cleaned_text(text, PUBLISHED)} >= {"attack", "casualty"}


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis have not claimed any attacks on shipping since the truce in May.",
        "The TTP hasn't claimed a single attack in the province this year.",
    ],
)
def test_attacks_not_claimed_are_no_attacks(text: str) -> None:
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"] == []


def test_a_side_saying_it_made_no_attacks_still_denies_them() -> None:
    claims = extract_from_cleaned_text("The Houthis said they had not carried out any attacks on shipping since May.", PUBLISHED)
    assert [(c.type, c.stance) for c in claims if c.type == "attack"] == [("attack", "deny")]


def test_a_report_headed_by_the_name_of_an_occupied_territory_tells_no_capture() -> None:
    text = "Occupied Palestinian Territory: Humanitarian Situation Update #301\nAid deliveries to northern Gaza remained suspended."
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"] == []


def test_aircraft_sent_to_help_a_side_are_support_not_an_attack() -> None:
    claims = extract_from_cleaned_text("The UAE sent combat drones to support the Ethiopian army in Tigray.", PUBLISHED)
    assert [(c.type, c.subject) for c in claims] == [("support", "ARE")]
    sent_to_strike = extract_from_cleaned_text("Turkey sent warplanes to bomb PKK positions in northern Iraq.", PUBLISHED)
    assert [(c.type, c.subject) for c in sent_to_strike] == [("attack", "TUR")]


def test_a_side_having_nothing_to_do_with_an_attack_denies_it() -> None:
    text = "\"Kigali has nothing to do with the attack on Bukavu,\" Rwanda's government spokeswoman said."
    assert [(c.subject, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"] == [("RWA", "deny")]


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council resolution condemns all attacks on humanitarian workers in Sudan.",
        "Guterres called for an end to all strikes on civilian infrastructure in Ukraine.",
    ],
)
def test_attacks_named_in_general_as_a_kind_condemned_or_to_end_are_none(text: str) -> None:
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"] == []
