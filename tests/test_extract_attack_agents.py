"""Attack claims: who the attacker is when the agent, the defender or the reporter stand near the attack noun.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 5, 1)


def attacks(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Nigerien troops repelled an attack by gunmen on a base in Tillaberi, killing 20 assailants, the army said.",
        "Chadian soldiers fought off a raid by suspected jihadists on a post near Lake Chad, the army said.",
        "Burkinabe troops and volunteers repelled a jihadist attack on a camp in Djibo, killing about 30 assailants, the army said.",
    ],
)
def test_an_attack_by_unnamed_men_turned_back_names_no_attacker(text: str) -> None:
    # the defenders who killed the assailants, and the army reporting it, did not attack (GOLD_FORMAT: unnamed attackers
    # with no group identified give a null subject)
    found = attacks(text)
    assert [(c.subject, c.outcome) for c in found] == [(None, "offensive")]


def test_an_attack_by_a_named_group_turned_back_stays_the_groups() -> None:
    found = attacks("Somali troops repelled an attack by al-Shabaab on a base in Hiraan, killing 12 fighters, the army said.")
    assert [(c.subject, c.outcome) for c in found] == [("SHABAAB", "offensive")]


@pytest.mark.parametrize(
    "text",
    [
        "Drone strikes by the Malian air force later targeted the fleeing attackers, according to the army.",
        "Air strikes by the junta later hit a monastery in Sagaing, residents said.",
    ],
)
def test_a_strike_noun_with_its_agent_heading_a_verb_of_impact_is_one_attack(text: str) -> None:
    # the noun is the verb's subject: one attack told once (GOLD_FORMAT: one attack claim per clause)
    assert len(attacks(text)) == 1


def test_a_list_of_weapons_downed_goes_on_past_and_with_a_number() -> None:
    # "shot down three drones and one missile launched from ...": the missile was downed, no attack of its own
    text = "The US Central Command said its forces had shot down three drones and one anti-ship missile launched from Houthi-held areas."
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [c.type for c in claims if c.type == "attack"] == []
    assert sorted(c.category for c in claims if c.type == "materiel") == ["drone", "other"]


def test_a_second_verb_after_weapons_downed_is_still_an_attack() -> None:
    found = attacks("Pakistan said it shot down two Indian drones and retaliated with artillery fire on Indian posts.")
    assert [(c.subject, c.outcome) for c in found] == [("PAK", "shelling")]


def test_fighting_off_a_raid_is_no_clash_of_its_own() -> None:
    found = attacks("Kenyan police fought off a raid by al-Shabaab on a camp in Lamu county, officials said.")
    assert [(c.subject, c.outcome) for c in found] == [("SHABAAB", "offensive")]


# --- vocabulary of attacks and of what a weapon struck -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A suicide car bomber rammed an army checkpoint in Mogadishu, killing seven soldiers.",
        "A truck bomber blew through the gate of a police compound in Quetta.",
    ],
)
def test_car_and_truck_bombers_are_bombings(text: str) -> None:
    assert [c.outcome for c in attacks(text)] == ["bombing"]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents torched a health centre and looted shops in Cabo Delgado, residents said.",
        "Unidentified assailants set fire to a police station in Kidal overnight.",
    ],
)
def test_burning_a_health_centre_or_police_station_is_an_attack(text: str) -> None:
    assert [c.outcome for c in attacks(text)] == ["assault"]


def test_jets_striking_what_officials_named_lose_no_jet() -> None:
    claims = extract_from_cleaned_text("Pakistani jets struck what officials called militant hideouts in Khost province.", PUBLISHED)
    assert [(c.type, c.subject, c.outcome) for c in claims if c.type in ("attack", "materiel")] == [("attack", "PAK", "airstrike")]


def test_drones_that_were_hit_struck_nothing() -> None:
    claims = extract_from_cleaned_text("Two Ukrainian drones were hit over Belgorod, the governor said.", PUBLISHED)
    assert [(c.type, c.category) for c in claims if c.type in ("attack", "materiel")] == [("materiel", "drone")]


def test_the_attack_blamed_after_an_unattributed_strike_takes_that_strikes_means() -> None:
    text = ("Paramilitary fighters of the RSF shelled the centre of El Obeid on Thursday, killing six people.\n\n"
            "Separately, a drone strike hit a fuel depot in Kosti, a local official said. "
            "Residents blamed the RSF for the attack.")
    found = attacks(text)
    assert [(c.subject, c.outcome) for c in found][-1] == ("RSF", "airstrike")


def test_an_attack_on_another_post_does_not_take_the_group_that_claimed_the_first() -> None:
    text = ("Islamic State West Africa Province claimed responsibility for a raid on an army camp in Diffa that killed 30 soldiers.\n\n"
            "Four soldiers were also killed on Tuesday in an attack on another army post near Bosso, the defence ministry said.\n\n"
            "Armed men on motorbikes led the attack at dawn on the post, the ministry said.")
    found = attacks(text)
    assert [c.subject for c in found] == ["ISWAP", None, None]


def test_armoured_personnel_carriers_captured_are_no_people_and_no_attack() -> None:
    claims = extract_from_cleaned_text("The rebels captured three armoured personnel carriers near Rutshuru, a local official said.", PUBLISHED)
    assert [(c.type, c.category) for c in claims] == [("materiel", "armored_vehicle")]


def test_army_fuel_tankers_set_ablaze_are_vehicles_lost() -> None:
    claims = extract_from_cleaned_text("JNIM fighters set ablaze two army fuel tankers near Timbuktu, residents said.", PUBLISHED)
    assert [(c.type, c.subject, c.category, c.count) for c in claims if c.type == "materiel"] == [("materiel", "MLI", "vehicle", (2, 2))]


def test_ground_weapons_joined_before_an_air_weapon_make_one_shelling() -> None:
    # GOLD_FORMAT: one attack with mixed means, missiles among them, is one `shelling`
    found = attacks("Russian missiles and glide bombs struck Kharkiv on Tuesday, killing 11 people, officials said.")
    assert [(c.subject, c.outcome) for c in found] == [("RUS", "shelling")]


def test_a_rocket_fired_from_elsewhere_is_not_the_reporting_sides() -> None:
    text = ("Israeli jets struck a house in Rafah on Monday, medics said.\n\n"
            "The Israeli military said a rocket launched from southern Gaza had fallen in an open area.")
    found = attacks(text)
    assert [(c.subject, c.claimant) for c in found][-1] == (None, "ISR")


def test_gunmen_who_attacked_went_in_whatever_their_group_fired_elsewhere() -> None:
    text = ("Hamas fighters fired rockets at Ashkelon on Monday, the army said. "
            "The war began when Hamas-led gunmen attacked Israel on Oct. 7, 2023, killing about 1,200 people.")
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("HAMAS", "shelling"), ("HAMAS", "assault")]


def test_an_attack_named_right_after_after_is_the_one_answered_not_the_main_attackers() -> None:
    text = ("US jets struck an Iran-backed militia in Iraq on Friday, the Pentagon said.\n\n"
            "The strikes came after a drone attack on a base in Jordan killed three soldiers.")
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("USA", "airstrike"), (None, "airstrike")]


def test_a_weapon_in_a_clause_after_the_object_struck_is_no_air_defence_target() -> None:
    # "hits ... sites after rocket fire": the sites were struck, the rockets are another attack's
    text = "Israel hits Hezbollah sites after rocket fire"
    found = attacks(text)
    assert ("ISR", "hits") in [(c.subject, text[c.span[0] : c.span[1]]) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits kill 18, abduct scores in northwest Nigeria attack",
        "Gunmen kill 9 in eastern Congo attack",
        "Six herders shot dead in southern Ethiopia attack",
    ],
)
def test_a_state_named_after_a_compass_word_in_a_headline_is_where_not_who(text: str) -> None:
    # "in northwest Nigeria attack": the country is the attack's place (GOLD_FORMAT: the subject is the attacker)
    found = attacks(text)
    assert len(found) == 1 and found[0].subject is None


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Jihadists attack Niger village, killing several", None),
        ("A roadside bomb hit a truck carrying Kenyan soldiers near Mandera, wounding four.", None),
        ("Rebels ambush convoy escorting Congolese troops, killing six", None),
    ],
)
def test_the_target_or_its_passengers_before_a_toll_are_not_the_attack_s_killer(text: str, attacker: str | None) -> None:
    # "attack Niger village, killing": the state is the place attacked; "a truck carrying Kenyan soldiers": its passengers
    # (GOLD_FORMAT: the attack's subject is its attacker)
    assert [c.subject for c in attacks(text)] == [attacker]


@pytest.mark.parametrize(
    "text",
    [
        "Attacks by armed groups in eastern Congo have displaced thousands this year.",
        "A raid by gunmen from northern Nigeria left a market in ruins on Sunday.",
    ],
)
def test_a_state_after_the_agent_s_place_preposition_and_a_compass_word_is_no_agent(text: str) -> None:
    # "by armed groups in eastern Congo": the state is where the agents are, not the agent (GOLD_FORMAT: unnamed
    # attackers give a null subject)
    assert [c.subject for c in attacks(text)] == [None]


def test_the_source_framing_a_sentence_is_not_a_coordinated_attacker() -> None:
    # "According to the UN, the RSF has ...": the UN reports, the RSF attacked (GOLD_FORMAT: the source is the claimant)
    found = attacks("According to the UN, the RSF has committed mass killings in El Geneina.")
    assert [(c.subject, c.claimant) for c in found] == [("RSF", "UN")]


def test_the_object_of_blowing_up_is_not_the_bomber() -> None:
    # "blew up a police vehicle with an IED": the police are the target, the unnamed rebels the bombers
    found = attacks("Maoist rebels blew up a police vehicle with an IED in Chhattisgarh, killing eight policemen.")
    assert [(c.subject, c.outcome) for c in found] == [(None, "bombing")]


def test_defenders_fighting_back_an_attack_make_no_clash_of_their_own() -> None:
    # "fought back an attack by al-Shabaab": the attack is the group's push on the base, the defence no second event
    found = attacks("Somali troops fought back an attack by al-Shabaab on a base in Galmudug, the army said.")
    assert [(c.subject, c.outcome) for c in found] == [("SHABAAB", "offensive")]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The police post in Kpalang was set ablaze by assailants overnight.", None),
        ("Dozens of homes were torched by RSF fighters in the village of Wad Madani, witnesses said.", "RSF"),
    ],
)
def test_arson_told_in_the_passive_with_its_agent_is_an_assault(text: str, attacker: str | None) -> None:
    # burning homes and posts is an armed attack on a place (GOLD_FORMAT: `assault`), in either voice
    assert [(c.subject, c.outcome) for c in attacks(text)] == [(attacker, "assault")]
