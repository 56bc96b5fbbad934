"""Wording of reports from the wars in Gaza, Yemen and the Red Sea, eastern Congo, Ethiopia and Iraq, on sentences
written for these tests: whole-war tolls told in the past, named forces that are no call-up, fighters called
extremists, and a side that "lost only" some men.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 12)


def claims(text: str, of_type: str | None = None) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if of_type is None or c.type == of_type]


@pytest.mark.parametrize(
    "text",
    [
        "The two-year war in Tigray killed hundreds of thousands of people, researchers say.",
        "In 2014 the army launched a war against the rebels that killed as many as 60,000 people.",
        "The civil war in Yemen, which killed an estimated 150,000 people, has eased since a truce.",
    ],
)
def test_a_war_told_in_the_past_as_the_killer_is_a_toll_of_all_sides(text: str) -> None:
    tolls = [c for c in claims(text, "casualty") if c.outcome == "killed"]
    assert tolls and all(c.subject is None for c in tolls)


def test_one_battle_told_in_the_past_keeps_the_people_of_its_place() -> None:
    tolls = claims("Fighting in Goma killed 12 people on Monday, hospital staff said.", "casualty")
    assert [c.subject for c in tolls] == ["COD"]


@pytest.mark.parametrize(
    "text",
    [
        "An Islamic State cell ambushed a convoy of the Popular Mobilization Forces near Haditha.",
        "Drones struck a headquarters of the Popular Mobilisation Forces in Baghdad on Thursday.",
    ],
)
def test_a_force_named_for_mobilisation_is_no_call_up(text: str) -> None:
    assert claims(text, "mobilization") == []


def test_a_call_up_beside_such_a_name_is_still_one() -> None:
    found = claims("Baghdad ordered a general mobilization, a spokesman for the Popular Mobilization Forces said.", "mobilization")
    assert [c.outcome for c in found] == ["mobilization"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The army said it had eliminated 120 Fano extremists in North Gondar.", "FANO"),
        ("Troops killed 14 al-Shabaab extremists in an operation near Kismayo, the ministry said.", "SHABAAB"),
    ],
)
def test_extremists_are_fighters_of_their_group(text: str, subject: str) -> None:
    found = [c for c in claims(text, "casualty") if c.outcome == "killed"]
    assert [(c.subject, c.category) for c in found] == [(subject, "military")]


def test_a_side_that_lost_only_some_men_lost_fighters() -> None:
    found = claims("A rebel commander said the militia had lost only a handful of men near Masisi.", "casualty")
    assert [c.category for c in found] == ["military"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Hamas rejected the Israeli account as "a blatant lie".', "HAMAS"),
        ("Kigali dismissed the Congolese account as an outright fabrication.", "RWA"),
        ('Israel\'s military called the group\'s claims "psychological terror".', "ISR"),
        ("Ethiopia's government called the TPLF's accusations an utter fabrication.", "ETH"),
    ],
)
def test_words_called_lies_are_denied(text: str, speaker: str) -> None:
    found = claims(text, "statement")
    assert [(c.subject, c.outcome) for c in found] == [(speaker, "deny")]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they had targeted the USS Eisenhower aircraft carrier in the Red Sea with ballistic missiles.",
        "Yemen's Houthis said they targeted a US aircraft carrier with drones on Friday.",
    ],
)
def test_an_aircraft_carrier_targeted_is_an_attack_not_a_shooting_down(text: str) -> None:
    attacks = claims(text, "attack")
    assert [c.subject for c in attacks] == ["HOUTHIS"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said its troops had killed 50 gunmen over the past three days and that five soldiers died when a tank fired on their position.",
        "Rebels held the town for four months and 30 civilians died during that time.",
    ],
)
def test_days_and_months_are_no_victims(text: str) -> None:
    found = claims(text, "casualty")
    assert found and all(c.count not in ((3, 3), (4, 4)) for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said its fighters had killed or wounded dozens of Israeli troops in ambushes near Rafah.",
        "The Houthis said they had killed or injured more than 100 mercenaries south of Marib.",
        "The army said it had killed and wounded 40 M23 rebels near Sake.",
    ],
)
def test_killed_or_wounded_together_is_neither_toll(text: str) -> None:
    assert claims(text, "casualty") == []


@pytest.mark.parametrize(
    ("text", "subject", "category"),
    [
        ("The deaths bring the number of Israeli soldiers killed since the ground offensive began to 278, the army said.", "ISR", "military"),
        ("The number of Russian troops killed has reached 50,000, the BBC said.", "RUS", "military"),
    ],
)
def test_a_toll_counting_named_people_takes_their_category(text: str, subject: str, category: str) -> None:
    found = claims(text, "casualty")
    assert [(c.subject, c.category) for c in found] == [(subject, category)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Among the dead in Gaza are at least 224 aid workers, according to the UN.", (224, None)),
        ("Among the wounded in Goma were 12 children, doctors said.", (12, 12)),
    ],
)
def test_among_the_dead_of_a_place(text: str, count: tuple[int, int | None]) -> None:
    found = claims(text, "casualty")
    assert [(c.category, c.count) for c in found] == [("civilian", count)]


@pytest.mark.parametrize(
    ("text", "loser"),
    [
        ("US and British jets struck Houthi radar sites in Hodeidah overnight. A Houthi spokesman said 40 strikes had hit Sanaa. "
         "The group's negotiator said the attacks were an aggression and vowed it would keep targeting Israel-linked ships. "
         "The Houthis, who control much of northern Yemen, have fought a Saudi-led coalition since 2015.", "YEM"),
        ("Ugandan and Congolese troops pursued ADF fighters near Beni. The M23 rebels, meanwhile, captured the town of Kanyabayonga in North Kivu.", "COD"),
    ],
)
def test_an_armed_groups_gain_is_the_loss_of_the_country_it_lies_in(text: str, loser: str) -> None:
    found = claims(text, "territory")
    assert [c.subject for c in found] == [loser]


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("The Islamic Resistance in Iraq said it had attacked the U.S. base at al-Tanf in southern Syria with two drones.", "airstrike"),
        ("Kataib Hezbollah said its fighters attacked a U.S. outpost near the border with rockets.", "shelling"),
    ],
)
def test_the_weapon_after_an_abbreviated_target_names_the_means(text: str, means: str) -> None:
    assert [c.outcome for c in claims(text, "attack")] == [means]


@pytest.mark.parametrize(
    "text",
    [
        "A report by U.N. experts seen by Reuters said Rwanda was backing the M23 rebels.",
        "A confidential UN report said 120 civilians were killed in the attacks in Ituri.",
        "A new report from the UN said Rwanda was backing the M23 rebels.",
    ],
)
def test_a_bodys_report_speaks_for_the_body(text: str) -> None:
    found = claims(text)
    assert found and all(c.claimant == "UN" for c in found)


def test_a_states_media_reports_still_speak_for_no_one() -> None:
    assert [c.claimant for c in claims("Iranian reports said 12 people were killed in the strike.", "casualty")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi missile struck a British-registered cargo ship in the Gulf of Aden, badly damaging it.",
        "A Houthi missile hit the Liberian-flagged, Greek-owned vessel in the Gulf of Aden.",
        "The Houthis said they had damaged a merchant ship and two oil tankers in the Red Sea.",
        "Houthi drones struck a bulk carrier and a container ship off Hodeidah.",
    ],
)
def test_merchant_ships_hit_are_no_materiel(text: str) -> None:
    assert claims(text, "materiel") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said it had destroyed a Russian navy vessel near Crimea.",
        "Ukrainian sea drones hit two Russian ships in Sevastopol.",
    ],
)
def test_navy_ships_hit_stay_materiel(text: str) -> None:
    assert [c.category for c in claims(text, "materiel")] == ["ship"]


def test_a_mother_and_her_children_within_civilians_are_no_claim_of_their_own() -> None:
    found = claims("A resident said at least nine civilians, including a mother and her two children, were killed by stray bullets.", "casualty")
    assert [(c.category, c.count) for c in found] == [("civilian", (9, None))]


def test_a_father_and_his_sons_within_people_are_one_civilian_part() -> None:
    found = claims("An air strike on a house in Deir el-Balah killed 11 people, including a father and his three sons, medics said.", "casualty")
    assert [(c.category, c.count, c.part_of is not None) for c in found] == [("unknown", (11, 11), False), ("civilian", (4, 4), True)]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Three U.S. soldiers killed in drone attack on base in Jordan", None),
        ("Two Israeli soldiers killed in Hezbollah drone attack", "HEZBOLLAH"),
        ("Five Nigerian soldiers killed in ambush in Borno", None),
    ],
)
def test_a_headlines_victims_are_not_the_attackers(text: str, attacker: str | None) -> None:
    assert [c.subject for c in claims(text, "attack")] == [attacker]


@pytest.mark.parametrize(
    "text",
    [
        "Three U.S. soldiers killed in drone attack on base in Jordan; Biden blames Iran-backed militias",
        "Dozens killed in attacks on villages in eastern Congo; ADF blamed",
    ],
)
def test_a_headlines_second_half_does_not_report_the_first(text: str) -> None:
    found = claims(text, "casualty")
    assert found and all(c.claimant is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        'Hamas described the strike as a "horrific massacre" and said it held the United States responsible.',
        "The RSF called the army's bombing of the market a massacre.",
        "Egypt condemned the Israeli strike on the camp as a massacre.",
    ],
)
def test_the_describer_of_an_attack_is_not_its_attacker(text: str) -> None:
    speaker = {"H": "HAMAS", "T": "RSF", "E": "EGY"}[text[0]]
    assert all(c.subject != speaker for c in claims(text, "attack"))
    assert not any(c.outcome == "assault" for c in claims(text, "attack"))


def test_a_partys_right_to_defend_itself_voiced_is_support() -> None:
    found = claims("Washington said Israel had the right to defend itself.", "statement")
    assert [(c.subject, c.outcome, c.object) for c in found] == [("USA", "support", "ISR")]


def test_a_sides_own_right_is_no_support_of_another() -> None:
    assert claims("Russia says it has every right to defend its territory.", "statement") == []


@pytest.mark.parametrize(
    "text",
    [
        "The State Department said Israel must take more steps to protect civilians in Rafah.",
        "The African Union said the parties must take all necessary precautions to spare civilians in Goma.",
    ],
)
def test_must_take_more_steps_is_an_appeal(text: str) -> None:
    assert [c.outcome for c in claims(text, "statement")] == ["appeal"]


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli strike on a school in Gaza City killed 15 people, the Hamas-run civil defence agency said.",
        "Hamas-run health authorities say more than 37,000 people have been killed in Gaza.",
        "The Hamas-controlled health ministry said 40 people were killed in Khan Younis.",
    ],
)
def test_gazas_civil_services_speak_for_pse_whoever_runs_them(text: str) -> None:
    found = claims(text, "casualty")
    assert [(c.subject, c.claimant) for c in found] == [("PSE", "PSE")]


def test_hamas_itself_still_speaks_for_hamas() -> None:
    found = claims("Hamas said its fighters killed three Israeli soldiers in Rafah.", "casualty")
    assert [c.claimant for c in found] == ["HAMAS"]


@pytest.mark.parametrize(
    "text",
    ["COGAT said 300 aid trucks entered Gaza through Kerem Shalom on Sunday.", "Displaced families entered Khan Younis after the army withdrew."],
)
def test_aid_and_people_entering_a_place_take_no_ground(text: str) -> None:
    assert claims(text, "territory") == []


def test_troops_entering_a_town_still_take_it() -> None:
    assert [c.subject for c in claims("M23 rebels entered Goma overnight.", "territory")] == ["COD"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("M23 spokesman Lawrence Kanyuka said the rebels had killed 40 government soldiers.", (40, 40)),
        ("Police said the militants had killed three villagers before fleeing into the bush.", (3, 3)),
    ],
)
def test_killers_in_the_perfect_are_no_victims(text: str, count: tuple[int, int]) -> None:
    assert [c.count for c in claims(text, "casualty")] == [count]


@pytest.mark.parametrize(
    ("speaker", "code"),
    [("The AFC", "M23"), ("Tigrayan rebels", "TPLF"), ("Fano insurgents", "FANO")],
)
def test_names_of_the_groups_in_congo_and_ethiopia(speaker: str, code: str) -> None:
    found = claims(f"{speaker} said they had killed 12 soldiers near the town.", "casualty")
    assert [c.claimant for c in found] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "A drone launched by the Houthis struck an apartment building in Tel Aviv, killing a man, Israeli police said.",
        "A drone flown by RSF fighters hit a fuel depot in Port Sudan on Sunday.",
    ],
)
def test_a_drone_sent_by_a_side_strikes_from_the_air(text: str) -> None:
    assert [c.outcome for c in claims(text, "attack")] == ["airstrike"]


@pytest.mark.parametrize(
    "text",
    [
        "UN experts said Rwandan troops were fighting alongside the M23 in North Kivu.",
        "Eritrean troops fought alongside Ethiopian federal forces during the Tigray war.",
    ],
)
def test_fighting_alongside_a_party_is_support_not_a_clash(text: str) -> None:
    assert claims(text, "attack") == []
    assert [c.outcome for c in claims(text, "support")] == ["fighters"]


def test_fighting_alongside_against_an_enemy_is_still_a_clash() -> None:
    found = claims("Wazalendo fighters fought alongside the army against the M23 near Sake on Tuesday.", "attack")
    assert [c.outcome for c in found] == ["clash"]


def test_the_receiver_of_supplies_is_the_verbs_object_not_the_source() -> None:
    found = claims("Iran supplies the Houthis with missiles and drones, according to the United States.", "support")
    assert [(c.subject, c.object, c.claimant) for c in found] == [("IRN", "HOUTHIS", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "The UAE has been accused of sending weapons to the RSF, which it denies.",
        "Kinshasa accuses Kigali of backing the M23, a charge it has repeatedly denied.",
    ],
)
def test_the_accused_denying_by_a_pronoun_denies_the_backing(text: str) -> None:
    found = claims(text, "support")
    assert [c.stance for c in found] == ["assert", "deny"]
    assert found[1].claimant == found[1].subject


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Two soldiers were killed when Daesh militants attacked an army checkpoint in Diyala.", "ISIS"),
        ("Four policemen were wounded as Fano fighters attacked a police station in Bahir Dar.", "FANO"),
    ],
)
def test_the_actor_of_a_clause_after_the_victims_is_the_attacker(text: str, attacker: str) -> None:
    assert [c.subject for c in claims(text, "attack")] == [attacker]


@pytest.mark.parametrize(
    "text",
    ["An IS sleeper cell killed three shepherds in the Anbar desert, police said.", "Daesh remnants killed two farmers near Kirkuk on Monday."],
)
def test_a_cell_or_remnants_killing_civilians_is_an_attack(text: str) -> None:
    assert [(c.subject, c.outcome) for c in claims(text, "attack")] == [("ISIS", "assault")]


def test_a_counter_terrorism_operation_is_the_states_even_after_a_group_claimed_an_attack() -> None:
    """An intelligence-based or counter-terrorism operation is conducted by security forces: in a war of a state and
    a group it is the state's, not the group that claimed another attack in the text."""
    text = ("Security forces killed nine terrorists, including a commander, during an intelligence-based operation in Khyber "
            "district, the military's media wing said. "
            "The TTP claimed responsibility for an attack on a police station in Lakki Marwat on Monday.")
    assert [c.subject for c in claims(text, "attack")] == ["PAK", "TTP"]


def test_the_pakistani_states_word_for_the_ttps_fighters_counts_people() -> None:
    text = '"Own troops engaged the location and eight khwarij were sent to hell," the ISPR said of the TTP hideout.'
    assert [(c.subject, c.outcome, c.category, c.count) for c in claims(text, "casualty")] == [("TTP", "killed", "military", (8, 8))]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Government drones struck a market in Gojjam on Sunday, Fano said.", "ETH"),
        ("Federal troops shelled Fano positions near Bahir Dar, the militia said.", "ETH"),
    ],
)
def test_forces_named_by_their_government_in_a_war_on_the_states_own_soil_are_the_states(text: str, attacker: str) -> None:
    assert [c.subject for c in claims(text, "attack")] == [attacker]


def test_government_troops_in_a_war_fought_on_another_states_soil_are_not_the_warring_states() -> None:
    text = "Israeli jets struck Hezbollah positions near Tyre. Lebanese government troops were deployed south of the Litani."
    assert "ISR" not in [a for c in claims(text) for a in (c.subject, c.object) if c.span[0] > 50]


def test_strikes_counted_with_a_bound_are_carried_out() -> None:
    text = "Fano said government drones had carried out at least 12 strikes in Gojjam this month."
    assert [(c.subject, c.outcome) for c in claims(text, "attack")] == [("ETH", "airstrike")]


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's anti-junta resistance forces said they had killed at least 40 regime soldiers in Sagaing.",
        "Anti-junta fighters in Myanmar's Sagaing region said they had killed 12 regime soldiers near Kalay.",
    ],
)
def test_myanmars_resistance_forces_are_the_pdf_side(text: str) -> None:
    assert [(c.subject, c.claimant) for c in claims(text, "casualty")] == [("MMR", "PDF")]


@pytest.mark.parametrize(
    ("text", "count", "state"),
    [
        ("JNIM fighters ambushed a Malian army convoy near Kidal. In neighbouring Niger, fighters of the Islamic State Sahel Province "
         "attacked an army post near Tahoua, killing 12 soldiers.", (12, 12), "NER"),
        ("Al-Shabaab militants stormed a Somali army base near Baidoa. Elsewhere in Kenya, gunmen ambushed a patrol, killing four soldiers.",
         (4, 4), "KEN"),
        ("ADF rebels killed 20 villagers in North Kivu. In Uganda, rebels ambushed a convoy and killed six soldiers near the border.",
         (6, 6), "UGA"),
    ],
)
def test_the_soldiers_of_a_sentence_set_in_another_country_are_that_countrys(text: str, count: tuple, state: str) -> None:
    assert [c.subject for c in claims(text, "casualty") if c.count == count] == [state]


@pytest.mark.parametrize(
    ("text", "category", "owner"),
    [
        ("Israeli warplanes carried out dozens of strikes on military sites across Syria, destroying air defence batteries.",
         "air_defense", "SYR"),
        ("Turkish jets bombed military positions in northern Iraq, destroying two Iraqi-army tanks.", "tank", "IRQ"),
        ("US warplanes struck Houthi positions near Hodeidah, destroying three drones.", "drone", "HOUTHIS"),
    ],
)
def test_equipment_a_strike_destroyed_is_the_struck_sides(text: str, category: str, owner: str) -> None:
    assert [(c.category, c.subject) for c in claims(text, "materiel")] == [(category, owner)]


@pytest.mark.parametrize(
    ("text", "count", "owner"),
    [
        ("Turkish drones struck an SDF convoy near Manbij, killing four fighters.", (4, 4), "SDF"),
        ("Turkish jets bombed PKK positions in the Qandil mountains, killing six fighters.", (6, 6), "PKK"),
        ("Rwandan troops ambushed an ISMP patrol near Mocimboa da Praia, killing nine fighters.", (9, 9), "ISMP"),
    ],
)
def test_fighters_killed_by_a_strike_on_a_named_sides_forces_are_that_sides(text: str, count: tuple, owner: str) -> None:
    assert [c.subject for c in claims(text, "casualty") if c.count == count] == [owner]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Malian soldiers and Russian mercenaries killed 30 villagers in the central town of Moura.", "WAGNER"),
        ("Tuareg rebels said they had killed 47 Malian soldiers near Tinzaouatene.", "FLA"),
        ("Tuareg separatist rebels of the CSP ambushed an army convoy near Kidal, killing nine soldiers.", "FLA"),
        ("Oromo rebels killed 12 police officers in western Ethiopia.", "OLA"),
    ],
)
def test_groups_of_the_sahel_and_oromia_named_by_their_usual_descriptions(text: str, group: str) -> None:
    assert group in {code for c in claims(text) for code in (c.subject, c.object)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Colombian army says it killed 12 dissidents in a bombing of a camp in Cauca", ("casualty", "FARC_DISSIDENTS")),
        ("Dissident fighters detonated a motorcycle bomb outside a police station in Jamundi, Colombia, wounding five civilians.",
         ("attack", "FARC_DISSIDENTS")),
        ("In Colombia's Cauca department, the dissidents accused the army of violating international humanitarian law.",
         ("statement", "FARC_DISSIDENTS")),
    ],
)
def test_dissidents_in_colombia_are_the_farc_dissidents(text: str, kind: tuple[str, str]) -> None:
    assert kind in {(c.type, c.subject) for c in claims(text)}


def test_pakistans_word_for_the_ttps_fighters_and_their_operations_target() -> None:
    """'Khwarij' are the TTP's fighters in Pakistan's wars; a security operation that kills a group's men is the state's."""
    text = ("Security forces kill 11 khwarij in South Waziristan: ISPR\n\n"
            "Security forces killed 11 terrorists belonging to Fitna al Khawarij during an intelligence-based operation "
            "in the Wana area of South Waziristan, the military's media wing said on Sunday.")
    claims = extract_from_cleaned_text(text, dt.date(2025, 3, 17))
    assert [c.subject for c in claims if c.type == "casualty"] == ["TTP", "TTP"]
    assert [c.subject for c in claims if c.type == "attack"] == ["PAK"]


@pytest.mark.parametrize("source", ["resistance fighters said", "a local resistance group said"])
def test_a_text_naming_no_actor_takes_the_war_of_its_places(source: str) -> None:
    # only "the military" and a township of Magway: Myanmar's war, whose resistance speaks as the PDF
    found = claims(f"Junta jets bombed a market in Pauk township, Magway region, on Friday, killing 14 people, {source}.", "casualty")
    assert [(c.count, c.claimant) for c in found] == [((14, 14), "PDF")]
