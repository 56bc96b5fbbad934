"""Attack claims' roles: the attacker is never the victims named before the attack, a subordinate clause with its own
subject ends the walk back to the clause's head, and generic attacks take the means the text tells later.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 4)


def attacks(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


def only_attack(text: str) -> Claim:
    found = attacks(text)
    assert len(found) == 1, f"expected one attack in {text!r}, got {[c.contract_dict() for c in found]}"
    return found[0]


# --- the victims are not the attackers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("Six Pakistani soldiers were martyred when militants attacked a check post in North Waziristan.", "offensive"),
        ("Three Thai rangers were hurt by a landmine near the Cambodian border.", "bombing"),
        ("Four Somali soldiers were blown up by a roadside bomb in Lower Shabelle.", "bombing"),
        ("Two Malian soldiers were slain in an ambush near Gao.", "clash"),
        ("Two Nigerian policemen went missing after gunmen ambushed their patrol in Zamfara.", "clash"),
        ("Five Kenyan soldiers lost their lives when their truck ran over an IED in Lamu.", "bombing"),
        ("Three Colombian soldiers were kidnapped when guerrillas attacked an army post in Arauca.", "offensive"),
    ],
)
def test_victims_named_before_the_attack_are_not_its_attacker(text: str, means: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (None, means)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Five Indian soldiers were killed when Pakistani troops opened fire across the Line of Control.", "PAK"),
        ("Eight Nigerien soldiers were killed in an attack claimed by ISSP.", "ISSP"),
        ("Kenyan police officers were caught in an ambush by al-Shabaab near the Somali border.", "SHABAAB"),
        ("Colombian soldiers were wounded in an ELN attack in Arauca.", "ELN"),
    ],
)
def test_the_attacker_named_after_the_victims_is_kept(text: str, attacker: str) -> None:
    assert only_attack(text).subject == attacker


def test_an_attack_claimed_by_a_group_is_no_report_by_the_victims_side() -> None:
    claims = extract_from_cleaned_text("Eight Nigerien soldiers were killed in an attack claimed by ISSP.", PUBLISHED)
    killed = next(c for c in claims if c.type == "casualty")
    assert (killed.subject, killed.claimant) == ("NER", None)


def test_a_subordinate_clause_with_its_own_subject_ends_the_head_clause() -> None:
    claim = only_attack("Ukrainian officials said the town was quiet until Russian drones struck a school in Sumy.")
    assert (claim.subject, claim.outcome) == ("RUS", "airstrike")


# --- means told later in the text ---------------------------------------------------------------------


def test_a_generic_attack_takes_the_means_the_same_attacker_is_said_to_use_later() -> None:
    text = ("Nine Burkinabe soldiers were killed in an attack claimed by JNIM near Djibo.\n"
            "JNIM fighters planted roadside bombs along the road used by the convoy.")
    found = attacks(text)
    assert [(c.subject, c.outcome) for c in found] == [("JNIM", "bombing"), ("JNIM", "bombing")]


def test_a_state_attack_with_no_cue_stays_fired_from_a_distance() -> None:
    text = "A Russian attack on Kharkiv killed two people.\nLater, Russian warplanes bombed Izium."
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("RUS", "shelling"), ("RUS", "airstrike")]


# --- unnamed attackers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill 12 villagers in Nigeria's Plateau state",
        "Gunmen killed seven farmers in Zamfara on Sunday.",
    ],
)
def test_gunmen_standing_for_the_war_s_group_name_no_attacker(text: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (None, "assault")


def test_gunmen_take_the_group_the_text_says_claimed_the_attack() -> None:
    text = "Gunmen killed seven farmers in Borno on Sunday.\nISWAP claimed responsibility for the attack."
    assert [c.subject for c in attacks(text)][0] == "ISWAP"


# --- gerunds of attack after verbs of denying, admitting, accusing and going on -----------------------


@pytest.mark.parametrize(
    ("text", "attacker", "means", "stance"),
    [
        ("Russia denied hitting a children's hospital in Kyiv on Monday.", "RUS", "shelling", "deny"),
        ("Israel denied striking the hospital in Gaza City.", "ISR", "shelling", "deny"),
        ("Kyiv accused Moscow of striking a residential building in Dnipro.", "RUS", "shelling", "assert"),
        ("Ukraine accused Russia of hitting a shopping centre in Kremenchuk.", "RUS", "shelling", "assert"),
        ("Israel admitted striking an aid convoy in Deir al-Balah.", "ISR", "shelling", "assert"),
        ("Russia denied responsibility for striking the hospital.", "RUS", "shelling", "deny"),
        ("Moscow denied bombing the maternity ward in Mariupol.", "RUS", "airstrike", "deny"),
        ("The junta denied bombing the school in Sagaing.", "MMR", "airstrike", "deny"),
        ("Armenia accused Azerbaijan of firing on its positions.", "AZE", "shelling", "assert"),
        ("Hezbollah said it was targeting Israeli positions along the border.", "HEZBOLLAH", "shelling", "assert"),
        ("Iran continued striking Kurdish groups in northern Iraq.", "IRN", "shelling", "assert"),
    ],
)
def test_a_gerund_of_attack_is_an_attack_claim(text: str, attacker: str, means: str, stance: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome, claim.stance) == (attacker, means, stance)


@pytest.mark.parametrize(
    "text",
    [
        "The striking workers blocked the port in Mombasa.",
        "The storm kept hitting the coast of Mozambique.",
        "Inflation is hitting households in Kenya hard.",
        "Sanctions are hitting Russia's economy.",
        "The president denied striking a deal with the rebels.",
        "What is striking is the number of children among the dead.",
        "The firing squad was disbanded in 1990.",
    ],
)
def test_gerunds_in_other_senses_make_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("RSF fighters looted and burned homes in the village of Wad al-Nourah.", "RSF"),
        ("The militants set fire to a school in Borno state.", None),
        ("Russian soldiers executed unarmed civilians in Bucha, Ukrainian officials said.", "RUS"),
        ("Human rights groups documented extrajudicial killings by Ethiopian soldiers in Tigray.", "ETH"),
    ],
)
def test_burning_homes_and_executions_are_assaults(text: str, attacker: str | None) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "assault")


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("A Ukrainian drone crashed into an apartment building in Voronezh.", "UKR"),
        ("Israel hammered southern Beirut with airstrikes overnight.", "ISR"),
        ("Russian bombers dropped glide bombs on Kharkiv.", "RUS"),
    ],
)
def test_air_attacks_told_by_their_impact_or_aircraft(text: str, attacker: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "airstrike")


@pytest.mark.parametrize("text", ["Air raid sirens sounded across Ukraine on Monday night.", "An air raid alert was declared in Kyiv."])
def test_air_raid_warnings_are_no_attack(text: str) -> None:
    assert attacks(text) == []


def test_an_operation_named_by_its_kind_in_which_the_speaker_killed_is_its_offensive() -> None:
    claim = only_attack("The Pakistani army said it killed eight militants in an intelligence-based operation in North Waziristan.")
    assert (claim.subject, claim.outcome) == ("PAK", "offensive")


# --- a speaker or the victims before an attack noun are not its attacker --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Niger says 17 soldiers killed in jihadist ambush near Mali border",
        "Mozambique reports 12 troops wounded in insurgent raid on Mocimboa da Praia",
        "Burkina Faso says dozens of volunteers dead after militant assault on Djibo",
    ],
)
def test_a_reporting_state_or_its_victims_are_not_the_attacker(text: str) -> None:
    assert all(c.subject is None for c in attacks(text)), [c.contract_dict() for c in attacks(text)]


def test_a_speaker_naming_its_own_forces_stays_the_attacker() -> None:
    assert only_attack("Israel says its forces raided a Hamas command centre in Rafah").subject == "ISR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan said it shot down Indian drones and retaliated with artillery fire after India launched missile strikes on nine sites.",
         {("PAK", "shelling"), ("IND", "shelling")}),
        ("Thailand said it intercepted two Cambodian rockets and then fired artillery at Cambodian positions after Cambodia shelled Surin.",
         {("THA", "shelling"), ("KHM", "shelling")}),
    ],
)
def test_an_answer_and_the_attack_it_answers_are_two_attacks(text: str, expected: set[tuple[str, str]]) -> None:
    # the speaker's pronoun heads the answering verb; "after <side> launched" tells the other side's attack apart
    assert {(c.subject, c.outcome) for c in attacks(text)} == expected, [c.contract_dict() for c in attacks(text)]


def test_a_claimer_named_after_the_attack_with_its_day_names_the_unnamed_attackers() -> None:
    """"The attack, claimed on Thursday by ISWAP, ..." names the attacker of that mention and, as the group that
    claimed it, the gunmen the text told of before (GOLD_FORMAT)."""
    text = ("Gunmen attacked a military base in Borno State on Tuesday, killing 12 soldiers. "
            "The attack, claimed on Thursday by ISWAP, the Islamic State's West Africa branch, was the deadliest this year.")
    assert [c.subject for c in attacks(text)] == ["ISWAP", "ISWAP"]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Washington wants to cut off fuel for the Houthis, who have attacked shipping in the Red Sea.", "HOUTHIS"),
        ("Kenyan troops pursued al-Shabaab, which attacked a police base in Lamu last week.", "SHABAAB"),
    ],
)
def test_an_actor_heading_a_non_restrictive_relative_clause_attacks(text: str, attacker: str) -> None:
    assert [c.subject for c in attacks(text) if c.outcome != "clash"] == [attacker]


def test_an_attack_ranked_in_an_apposition_is_the_one_told_before() -> None:
    text = "Israeli air strikes killed 31 people in Khan Younis on Tuesday, in the deadliest attack on the city this month."
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("ISR", "airstrike")]
    text = "Two Russian missile strikes hit Odesa's port, the worst such attack since July."
    assert len(attacks(text)) == 1


def test_the_owner_of_a_base_overrun_is_not_the_bomber() -> None:
    text = "Al-Shabaab militants on Tuesday overran a Somali army base near Jowhar after a suicide car bomb blew open its gates."
    assert ("SOM", "bombing") not in [(c.subject, c.outcome) for c in attacks(text)]


def test_a_base_named_by_its_owners_long_name_is_overrun_by_the_head_despite_a_day_between() -> None:
    text = "Al-Shabaab militants on Tuesday overran a Somali National Army base in Middle Shabelle, residents said."
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("SHABAAB", "offensive")]


def test_an_attack_a_side_is_said_to_be_responsible_for_is_its_own() -> None:
    text = "The Sudanese army said the RSF was responsible for the bombing of a market in Omdurman."
    assert [(c.subject, c.claimant) for c in attacks(text)] == [("RSF", "SDN")]


@pytest.mark.parametrize(
    "text",
    [
        "Suspected jihadists killed about 100 villagers and Burkinabe soldiers in an attack on Barsalogho.",
        "Gunmen killed at least 30 farmers and Nigerian policemen in a raid on a village in Zamfara.",
        "Unidentified assailants wounded two traders and Congolese troops in an attack on a market in Beni.",
    ],
)
def test_a_victim_coordinated_after_the_first_victims_is_not_the_attacker(text: str) -> None:
    assert [c.subject for c in attacks(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces kill IS commander in Anbar raid",
        "Somali commandos killed seven al-Shabaab fighters in a raid near Jilib on Monday.",
        "Colombian troops killed three ELN guerrillas in a raid in Arauca.",
    ],
)
def test_a_raid_that_kills_armed_men_is_an_offensive_not_a_clash(text: str) -> None:
    assert [c.outcome for c in attacks(text)] == ["offensive"]


@pytest.mark.parametrize(
    "text",
    [
        "The military said it had killed 12 members of a FARC dissident group in an aerial bombardment of a camp in Cauca.",
        "Government forces killed nine commanders of the OLA in a drone strike in western Oromia.",
        "The army said it killed 20 fighters of the ADF in an offensive near Beni.",
    ],
)
def test_the_group_the_victims_belong_to_is_not_the_attacker(text: str) -> None:
    victims = {"FARC_DISSIDENTS", "OLA", "ADF"}
    assert not [c for c in attacks(text) if c.subject in victims]
