"""Attack claims: means, attacker, one claim per clause, framing mentions and peaceful uses.

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


# --- peaceful and figurative uses stay quiet ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The opposition attacked the plan as reckless.",
        "The senator attacked the government over fuel prices.",
        "The director shot a film in the Sahel last year.",
        "A strike by teachers closed schools across Bogota.",
        "Workers went on strike in Yangon on Monday.",
        "Dockers began a general strike in Mombasa.",
        "The two parties struck a deal on Monday.",
        "Oil prices hit record highs on Tuesday.",
        "A gas explosion at a factory in Aden injured three workers.",
        "Madrid's attack was too strong for the defence.",
        "The striker fired a shot at goal in the final minute.",
        "The company launched an offensive in the smartphone market.",
        "Hackers attacked the bank's servers overnight.",
        "He fought cancer for years.",
        "Traders battled for market share in Lagos.",
        "Firefighters battled the blaze for six hours.",
        "The minister suffered a heart attack in Nairobi.",
        "The envoy began a charm offensive in Brussels.",
        "The senator clashed with the minister over the budget.",
        "Tickets must be booked in advance.",
    ],
)
def test_peaceful_and_figurative_uses_make_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- weapons: only inside an attack frame ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Air defences intercepted 12 missiles over Kyiv overnight.",
        "The army shot down 16 drones over El Fasher.",
        "Soldiers destroyed three Grad rocket launchers near Kupiansk.",
        "The militia displayed rockets and mortars at a parade in Sanaa.",
    ],
)
def test_weapons_intercepted_destroyed_or_shown_are_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "outcome", "subject"),
    [
        ("Houthi drones targeted a tanker off Hodeidah.", "airstrike", "HOUTHIS"),
        ("A Pakistani drone struck a house in Poonch.", "airstrike", "PAK"),
        ("Hezbollah fired a salvo of rockets at Kiryat Shmona.", "shelling", "HEZBOLLAH"),
        ("Al Shabaab militants fired mortar shells at an AU base near Jowhar.", "shelling", "SHABAAB"),
        ("Russian forces fired multiple rocket launchers and mortars at Nikopol.", "shelling", "RUS"),
        ("Ukrainian drones dropped explosives on a depot in Belgorod.", "airstrike", "UKR"),
        ("An Israeli missile strike hit a house in Rafah.", "shelling", "ISR"),
        ("Artillery shells fired by the Sudanese army hit a market in Omdurman.", "shelling", None),
    ],
)
def test_weapon_in_an_attack_frame(text: str, outcome: str, subject: str | None) -> None:
    claim = only_attack(text)
    assert claim.outcome == outcome
    if subject is not None:
        assert claim.subject == subject


# --- strikes and attacks as events -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("US strikes in eastern Syria killed 12 militants.", "USA"),
        ("Turkish strikes on Kurdish positions near Qamishli left four dead.", "TUR"),
        ("The coalition carried out strikes against Houthi targets near Sanaa.", None),
        ("Precise strikes by Azerbaijani units destroyed two Armenian tanks.", "AZE"),
    ],
)
def test_a_strike_noun_with_attacker_target_or_launch_verb_is_an_airstrike(text: str, subject: str | None) -> None:
    claim = only_attack(text)
    assert claim.outcome == "airstrike"
    if subject is not None:
        assert claim.subject == subject


def test_plural_attacks_with_a_group_as_subject() -> None:
    claim = only_attack("The Islamic State has stepped up attacks on Shiite pilgrims in Iraq.")
    assert claim.subject == "ISIS"


# --- one attack claim per clause; mixed means ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched six missiles and 20 drones at Kharkiv in an overnight attack.",
        "The city of Zaporizhzhia was attacked by drones and missiles on Sunday.",
        "Russia carried out artillery shelling and air strikes in the Sumy region.",
        "Moscow launched overnight missile and drone attacks on Lviv.",
    ],
)
def test_one_clause_with_mixed_means_is_one_shelling(text: str) -> None:
    claim = only_attack(text)
    assert claim.outcome == "shelling"


def test_two_clauses_are_two_attacks() -> None:
    found = attacks("Houthi forces shelled Taiz on Monday, while Saudi jets bombed Saada.")
    assert [c.outcome for c in found] == ["shelling", "airstrike"]


# --- clashes, ambushes, raids --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eight soldiers died in a firefight in Kidal on Monday.",
        "Malian soldiers were killed in a clash with militants near Mopti.",
        "Army troops had an encounter with NPA rebels in Davao del Norte.",
        "The army and the RSF exchanged gunfire in Omdurman until dusk.",
    ],
)
def test_a_clash_names_no_attacker(text: str) -> None:
    claim = only_attack(text)
    assert (claim.outcome, claim.subject, claim.object) == ("clash", None, None)


def test_traded_artillery_fire_is_shelling_with_no_attacker() -> None:
    claim = only_attack("The army and the RSF traded artillery fire across the Nile.")
    assert (claim.outcome, claim.subject) == ("shelling", None)


def test_an_ambush_has_the_ambusher_as_subject() -> None:
    claim = only_attack("JNIM fighters ambushed a convoy near Djibo.")
    assert (claim.outcome, claim.subject) == ("clash", "JNIM")


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters raided a police outpost in Helmand.",
        "ISWAP fighters launched an attack on an army camp in Borno.",
        "Arakan Army fighters attacked a police post in Rakhine.",
        "Somali commandos raided an al-Shabaab hideout near Jilib.",
        "Indian troops attacked militant launch pads across the border.",
    ],
)
def test_raids_and_attacks_on_bases_and_posts_are_offensives(text: str) -> None:
    assert only_attack(text).outcome == "offensive"


def test_a_raid_on_a_clinic_is_an_assault() -> None:
    assert only_attack("RSF fighters raided a clinic in Nyala.").outcome == "assault"


def test_shooting_at_labourers_is_an_assault() -> None:
    assert only_attack("Gunmen fired at two labourers in Srinagar.").outcome == "assault"


# --- the whole war as one side's act -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Amid Russia's invasion of Ukraine, grain prices rose.", "RUS"),
        ("Grain exports fell sharply amid Russia's attack on Ukraine.", "RUS"),
        ("Ukraine launched an incursion into the Kursk region.", "UKR"),
    ],
)
def test_the_war_named_as_one_sides_act_is_an_offensive(text: str, subject: str) -> None:
    claim = only_attack(text)
    assert (claim.outcome, claim.subject) == ("offensive", subject)


def test_a_protest_against_an_invasion_keeps_its_protest_statement() -> None:
    claims = extract_from_cleaned_text("Hundreds rallied in Tbilisi against the Russian invasion of Ukraine.", PUBLISHED)
    assert any(c.type == "statement" for c in claims)


# --- attacks repelled: the other side attacked -------------------------------------------------


def test_repelled_counterattacks_are_the_other_sides_offensive() -> None:
    claim = only_attack("Ukrainian forces repelled 12 counterattacks near Kupiansk, the ministry said.")
    assert (claim.outcome, claim.subject) == ("offensive", "RUS")


@pytest.mark.parametrize(
    ("text", "attacker", "claimant"),
    [
        ("The Sudanese army said it repelled an assault by the RSF on the town of Babanusa.", "RSF", "SDN"),
        ("Nigerian troops fended off a raid by ISWAP fighters on a base near Damboa, the army said.", "ISWAP", "NGA"),
        ("The Malian army said it thwarted an attack by JNIM on its camp in Ansongo.", "JNIM", "MLI"),
        ("Somali soldiers beat back an al-Shabaab assault on a base in Hiraan, the defence ministry said.", "SHABAAB", "SOM"),
        ("The Congolese army said it held off an offensive by M23 rebels towards Minova.", "M23", "COD"),
        ("Colombian troops rebuffed an ELN raid on a post in Catatumbo, the army said.", "ELN", "COL"),
    ],
)
def test_an_attack_turned_back_is_the_named_attackers_offensive(text: str, attacker: str, claimant: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome, claim.claimant) == (attacker, "offensive", claimant)


@pytest.mark.parametrize(
    "text",
    [
        "Police thwarted a terrorist attack on a checkpoint in Bannu, the provincial government said.",
        "Gunmen attempted to storm an army post near Sokoto but were repelled by troops.",
        "Militants attacked a gendarmerie post in the Tahoua region but were repulsed, the army said.",
    ],
)
def test_an_attack_turned_back_by_unnamed_attackers_is_not_the_defenders_enemys(text: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (None, "offensive")


def test_beating_back_an_attack_is_no_beating_by_the_defender() -> None:
    claim = only_attack("Kenyan police beat back an al-Shabaab raid on a police camp in Lamu county.")
    assert (claim.subject, claim.outcome) == ("SHABAAB", "offensive")


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The army said an attempt by the RSF to storm the town of Kadugli was repelled.", "RSF"),
        ("Hamas's attempt to infiltrate a border post was foiled, the Israeli military said.", "HAMAS"),
        ("The Syrian army said it thwarted an attempt by HTS fighters to break through its lines near Saraqeb.", "HTS"),
        ("ISWAP fighters attempted to overrun a military base in Marte on Sunday, the army said.", "ISWAP"),
    ],
)
def test_an_attempt_to_storm_or_break_through_is_an_offensive(text: str, attacker: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "offensive")


def test_an_incursion_by_a_named_group_is_its_offensive() -> None:
    claim = only_attack("FARDC troops pushed back an incursion by M23 rebels near Kitshanga on Monday.")
    assert (claim.subject, claim.outcome) == ("M23", "offensive")


@pytest.mark.parametrize(
    "text",
    [
        "The general was charged with assault in Nairobi.",
        "Police arrested the men on suspicion of assault.",
        "The rebels bought assault rifles from traffickers.",
        "The army deployed an assault brigade to the front.",
        "Officials fear a possible assault on the city of Sittwe.",
        "The mayor warned of an imminent offensive on Kharkiv.",
        "Rival factions attempted to seize power in the capital.",
    ],
)
def test_the_assault_noun_in_other_senses_and_attacks_not_yet_made_give_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- sieges: a side closing on a place ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("RSF fighters laid siege to the city of El Obeid in March.", "RSF"),
        ("The Arakan Army has besieged the town of Kyauktaw since January.", "AA"),
        ("M23 rebels encircled the town of Sake on Saturday.", "M23"),
        ("The town of Diapaga has been under siege by JNIM fighters for a year.", "JNIM"),
        ("Russian troops have encircled the town of Chasiv Yar, the governor said.", "RUS"),
    ],
)
def test_a_siege_is_the_besiegers_offensive(text: str, attacker: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "offensive")


@pytest.mark.parametrize(
    "text",
    [
        "Aid trucks reached the besieged city of El Fasher on Monday.",
        "Residents of encircled towns in Tigray lack food.",
    ],
)
def test_a_siege_label_of_a_place_gives_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- later mentions that only frame another claim ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in the airstrike, officials said.",
        "The fighting comes as talks stall in Jeddah.",
        "Following the clash, a video of the dead went viral.",
        "The clashes are part of a wider war between the army and the rebels.",
        "Tehran denied any links to the bombings.",
    ],
)
def test_a_mention_that_only_frames_another_claim_is_not_a_new_attack(text: str) -> None:
    assert attacks(text) == []


def test_a_definite_mention_that_adds_a_target_is_coded() -> None:
    assert len(attacks("The strikes hit a power plant near Lviv.")) == 1


# --- who attacked ------------------------------------------------------------------------------


def test_the_group_claiming_responsibility_is_the_attacker_not_the_capital() -> None:
    claim = only_attack("The Islamic State claimed responsibility for the Baghdad bomb attacks.")
    assert (claim.outcome, claim.subject) == ("bombing", "ISIS")


def test_a_nationality_adjective_on_the_strike_names_the_attacker_after_in() -> None:
    claim = only_attack("Nine fishermen were killed in Indian strikes near Muzaffarabad.")
    assert claim.subject == "IND"


def test_blaming_an_attack_on_a_group_makes_it_the_attacker() -> None:
    claim = only_attack("Mogadishu blamed the hotel attack on al Shabaab.")
    assert claim.subject == "SHABAAB"


def test_a_pronoun_after_the_speaker_attacks_for_the_speaker() -> None:
    claim = only_attack("Al Shabaab said it had ambushed an army convoy near Baidoa.")
    assert (claim.outcome, claim.subject) == ("clash", "SHABAAB")


# --- no event ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Both sides said there was no fighting near Bunia on Friday.",
        "It was the second attack on the convoy this month.",
        "The army said it destroyed 10 tanks during the battles.",
        "Analysts said the invasion had reshaped European security.",
        "The general vowed to launch an offensive on Kidal.",
        # a warning to someone of attacks to come
        "Trump warned Iran of far greater attacks if it did not make peace.",
        # a kind of craft
        "The ministry confirmed the loss of a Su-25 attack jet over the sea.",
    ],
)
def test_negated_framing_or_future_attacks_are_not_claims(text: str) -> None:
    assert attacks(text) == []


def test_the_war_by_its_official_name_is_russias() -> None:
    claim = only_attack("Losses have mounted since the start of the special military operation.")
    assert (claim.outcome, claim.subject) == ("offensive", "RUS")


def test_the_killer_of_the_sentence_made_the_strike() -> None:
    claim = only_attack("Turkey killed three PKK commanders in an airstrike on Sinjar on Monday.")
    assert (claim.outcome, claim.subject) == ("airstrike", "TUR")


def test_an_unnamed_attacker_is_the_only_one_the_text_has_named() -> None:
    found = attacks("The RSF shelled El Fasher on Monday.\n\nResidents said the shelling hit the main market in the north of the city.")
    assert [c.subject for c in found] == ["RSF", "RSF"]


def test_an_unnamed_attacker_stays_unknown_when_the_text_names_several() -> None:
    found = attacks("The RSF shelled El Fasher on Monday. The army bombed Nyala from the air.\n\n"
                    "Residents said the shelling hit the main market in the north of the city.")
    assert found[-1].subject is None


# --- means from the context --------------------------------------------------------------------


def test_a_bombardment_takes_the_means_its_attacker_used_before() -> None:
    found = attacks("Pakistani jets bombed Paktika overnight. The bombardment lasted two hours, Afghan officials said.")
    assert [(c.subject, c.outcome) for c in found] == [("PAK", "airstrike"), ("PAK", "airstrike")]


def test_a_strike_with_no_cue_is_an_airstrike_even_beside_shelling() -> None:
    found = attacks("Five villagers died in shelling near Kupiansk, days after Russian strikes on Kharkiv.")
    assert ("RUS", "airstrike") in [(c.subject, c.outcome) for c in found]


def test_attacks_by_militants_are_not_offensives_on_the_militants() -> None:
    claim = only_attack("Six traders were killed in two separate attacks by suspected militants near Gao.")
    assert claim.outcome == "assault"


def test_a_generic_attack_after_drones_is_an_airstrike() -> None:
    claim = only_attack("Air defences shot down Ukrainian drones over Kursk as they attempted to attack an airfield.")
    assert claim.outcome == "airstrike"


def test_an_attack_on_an_army_camp_claimed_by_a_group_is_an_offensive() -> None:
    claim = only_attack("ISWAP claimed responsibility for an attack on an army camp in Borno.")
    assert (claim.outcome, claim.subject) == ("offensive", "ISWAP")


def test_soldiers_advancing_as_the_target_of_an_ambush_make_one_claim() -> None:
    claim = only_attack("Kachin Independence Army fighters ambushed junta soldiers advancing to the town of Bhamo.")
    assert (claim.outcome, claim.subject) == ("clash", "KIA")


def test_an_attack_by_two_named_states_is_one_claim_each() -> None:
    found = attacks("Russian and Syrian jets bombed Idlib on Monday.")
    assert [(c.subject, c.outcome) for c in found] == [("RUS", "airstrike"), ("SYR", "airstrike")]


def test_shelling_each_other_names_no_attacker() -> None:
    claim = only_attack("Indian and Pakistani troops shelled each other across the Line of Control.")
    assert (claim.outcome, claim.subject) == ("shelling", None)


def test_a_ship_hit_by_missiles_is_the_target_not_the_attacker() -> None:
    claim = only_attack("A Greek tanker was hit by missiles off Hodeidah.")
    assert (claim.outcome, claim.subject, claim.object) == ("shelling", None, "GRC")


def test_a_reported_attack_that_struck_places_is_coded() -> None:
    claim = only_attack("The governor said that the attacks struck four villages near Sumy.")
    assert claim.outcome in ("shelling", "airstrike", "assault")


def test_accused_of_targeting_homes_is_an_attack_by_the_accused() -> None:
    claim = only_attack("The rebels accused the army of deliberately targeting homes in Kidal.")
    assert (claim.subject, claim.outcome) == ("MLI", "shelling")  # a state's attack with no cue: fired from a distance
    claim = only_attack("The army accused the rebels of deliberately targeting homes in Kidal.")
    assert claim.outcome == "assault"


@pytest.mark.parametrize(
    "text",
    [
        "SpaceX launched two rockets from Florida on Sunday.",
        "North Korea fired a ballistic missile into the sea on Tuesday in a weapons test.",
        "New folding drones hit the shelves in Seoul this week.",
        "A small plane crashed into a building in Medan.",
        "A passenger jet slammed into a hillside near Kathmandu, killing 18 people.",
        "Police fired tear gas at protesters in Nairobi.",
        "A farmer found a grenade in his field near Ypres.",
        "Deminers cleared 300 landmines near Kharkiv last month.",
        "Army engineers defused an IED on the road to Gao.",
        "The troops fought back tears at the memorial in Kigali.",
        "The minister fired his spokesman on Monday.",
        "A boiler explosion at a textile plant in Dhaka killed four workers.",
    ],
)
def test_weapons_and_blasts_outside_an_attack_stay_quiet(text: str) -> None:
    assert attacks(text) == []


def test_planting_an_ied_that_kills_is_a_bombing() -> None:
    assert only_attack("Militants planted an IED that killed three soldiers near Wana.").outcome == "bombing"


def test_a_reporter_before_a_strike_toll_is_not_the_attacker() -> None:
    claim = only_attack("Lebanon's health ministry said Friday's strike killed 12 people in Tyre.")
    assert claim.subject is None


def test_two_attack_verbs_are_two_attacks_even_without_a_clause_word() -> None:
    found = attacks("Russian forces shelled Nikopol all day, attacking civilians with drones.")
    assert [(c.subject, c.outcome) for c in found] == [("RUS", "shelling"), ("RUS", "airstrike")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russia launched its full-scale invasion of Ukraine in February 2022.", "RUS"),
        ("Moscow's troops were still resisting Kyiv's largest incursion into Russian territory.", "UKR"),
    ],
)
def test_whose_war_from_its_possessive_or_the_subject_that_launched_it(text: str, subject: str) -> None:
    assert any((c.outcome, c.subject) == ("offensive", subject) for c in attacks(text))


def test_a_war_noun_after_the_invaded_state_names_no_side() -> None:
    assert attacks("Combat losses among Russian personnel in the Ukraine invasion rose.") == []


def test_habitual_attacks_on_troops_and_towns_are_assaults() -> None:
    claim = only_attack("The Islamic State carries out frequent attacks on soldiers and villagers in Diyala.")
    assert (claim.outcome, claim.subject, claim.date) == ("assault", "ISIS", None)


def test_an_attack_by_forces_that_killed_fighters_is_a_fight_not_an_assault() -> None:
    claim = only_attack("Two ISKP fighters were killed following an attack by rival armed forces near Jalalabad.")
    assert claim.outcome == "offensive"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Fighter jets of the Saudi coalition carried out airstrikes on Sanaa on Monday.", "SAU"),
        ("Units of the Russian army shelled Kupiansk overnight.", "RUS"),
    ],
)
def test_forces_of_a_side_are_its_attack_not_a_target(text: str, subject: str) -> None:
    assert [c.subject for c in attacks(text)] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "Junta artillery landed in a village near Lashio in Shan State, killing four villagers.",
        "Junta jets bombed a school in Monywa in Sagaing Region on Monday.",
    ],
)
def test_the_junta_is_the_state_its_places_are_in(text: str) -> None:
    assert [c.subject for c in attacks(text)] == ["MMR"]


def test_an_attack_on_a_base_after_a_time_phrase_is_an_offensive_whatever_the_attacker_used_before() -> None:
    found = attacks(
        "JNIM fighters planted a mine that killed two soldiers near Boni in Mali. "
        "JNIM was also behind an attack on Sunday on a military post near Douentza."
    )
    assert [(c.subject, c.outcome) for c in found] == [("JNIM", "bombing"), ("JNIM", "offensive")]


def test_a_raid_on_a_camp_for_the_displaced_is_no_offensive() -> None:
    claim = only_attack("Gunmen raided a displacement camp near Djibo, killing seven civilians.")
    assert claim.outcome == "assault"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houthi rebels targeted a merchant vessel in the Red Sea with a ballistic missile.", ("HOUTHIS", "shelling")),
        ("Ukraine struck a Russian airbase in Crimea with drones.", ("UKR", "airstrike")),
        ("Russian forces pounded Avdiivka with glide bombs.", ("RUS", "airstrike")),
        ("Russia hit Ukraine with 40 missiles on Friday.", ("RUS", "shelling")),
        ("A Russian glide bomb hit a residential building in Kharkiv.", ("RUS", "airstrike")),
    ],
)
def test_a_verb_of_attack_with_its_weapon_after_the_target(text: str, expected: tuple[str, str]) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of rockets were launched at Haifa from southern Lebanon on Friday.",
        "Two mortar shells were fired towards a camp near Goma.",
    ],
)
def test_weapons_sent_at_a_target_in_the_passive_are_shelling(text: str) -> None:
    assert only_attack(text).outcome == "shelling"


def test_a_convoy_that_came_under_fire_is_the_target_of_a_fight() -> None:
    claim = only_attack("A Ukrainian army convoy came under fire near Bakhmut on Tuesday.")
    assert (claim.subject, claim.outcome) == (None, "clash")


def test_sniper_fire_on_civilians_is_an_assault() -> None:
    assert only_attack("Sniper fire killed a civilian in Kherson on Monday.").outcome == "assault"


def test_a_military_operation_launched_against_a_group_is_an_offensive() -> None:
    claim = only_attack("Security forces launched a military operation against ADF rebels in Beni territory.")
    assert claim.outcome == "offensive"


def test_houses_destroyed_in_a_bombardment_still_tell_the_bombardment() -> None:
    assert only_attack("Several houses were destroyed in the bombardment of Rafah on Sunday.").outcome == "shelling"


def test_a_fight_retold_as_its_toll_is_not_coded_again() -> None:
    found = attacks(
        "Militants stormed an army base in Tillaberi region on Monday. "
        "The ministry said the attackers killed 17 soldiers."
    )
    assert [(c.subject, c.outcome) for c in found] == [(None, "offensive")]


def test_a_killing_of_soldiers_by_armed_men_is_a_fight_when_the_text_names_no_attack() -> None:
    found = attacks("Gunmen killed three soldiers near Kidal on Sunday.")
    assert [c.outcome for c in found] == ["clash"]


def test_assaults_repelled_are_the_other_sides_offensives() -> None:
    claim = only_attack("Ukrainian forces repelled 40 Russian assaults near Pokrovsk on Sunday.")
    assert (claim.subject, claim.outcome) == ("RUS", "offensive")


def test_overrunning_a_base_is_an_offensive() -> None:
    claim = only_attack("Al-Shabaab fighters overran a military base in Lower Shabelle.")
    assert (claim.subject, claim.outcome) == ("SHABAAB", "offensive")


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("US-British strikes hit rebel positions near Hodeidah on Saturday.", ["USA", "GBR"]),
        ("Russian-Syrian jets bombed Idlib on Monday.", ["RUS", "SYR"]),
        ("The strikes followed a TTP-claimed raid on a military outpost near Miranshah.", ["TTP"]),
    ],
)
def test_actors_joined_by_a_hyphen_to_an_actor_or_a_word_of_agency_are_attackers(text: str, subjects: list[str]) -> None:
    assert [c.subject for c in attacks(text)] == subjects


def test_a_label_of_backing_names_no_attacker() -> None:
    assert only_attack("Iran-backed Houthis fired a missile at a tanker in the Red Sea.").subject == "HOUTHIS"


@pytest.mark.parametrize(
    "text",
    [
        "The enemy suffered heavy losses from strikes launched by the Azerbaijani army near Fuzuli.",
        "The Russian navy's strikes hit Odesa overnight.",
    ],
)
def test_strikes_by_ground_or_naval_forces_are_shelling(text: str) -> None:
    assert only_attack(text).outcome == "shelling"


def test_a_massacre_takes_the_means_its_attacker_used() -> None:
    found = attacks("Israeli jets bombed a school in Gaza City on Monday. Hamas called the Israeli massacre a war crime.")
    assert [(c.subject, c.outcome) for c in found] == [("ISR", "airstrike"), ("ISR", "airstrike")]


def test_an_attack_told_at_another_time_does_not_take_the_attacker_named_for_the_event() -> None:
    found = attacks("JNIM fighters attacked an army post near Boni on Sunday. Earlier this month, an IED blast struck a convoy near Djibo.")
    assert [(c.subject, c.outcome) for c in found] == [("JNIM", "offensive"), (None, "bombing")]


def test_generic_militants_name_no_attacker_of_an_attack_told_apart() -> None:
    text = (
        "JNIM claimed the killing of six soldiers near Boni in Mali. "
        "The following day, two villagers were killed in an attack by suspected militants near Douentza."
    )
    assert [(c.subject, c.outcome) for c in attacks(text)] == [(None, "assault")]


def test_a_village_near_a_post_is_no_military_place() -> None:
    assert only_attack("Gunmen attacked a village near the army post of Boni, killing nine civilians.").outcome == "assault"


@pytest.mark.parametrize(
    "text",
    [
        "The army accused the RSF of shelling the market in El Fasher.",
        "Israeli jets bombed the market in Jabalia on Sunday.",
    ],
)
def test_a_market_shelled_or_bombed_is_a_target_not_a_figure_of_speech(text: str) -> None:
    assert len(attacks(text)) == 1


def test_a_product_that_hit_the_market_is_no_attack() -> None:
    assert attacks("The new phone hit the market in March.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missiles fired by Iran hit Tel Aviv and Haifa on Tuesday night.", ("IRN", "shelling")),
        ("M23 rebels shelled positions of the Congolese army near Sake.", ("M23", "shelling")),
        ("Israeli airstrikes pounded southern Lebanon overnight.", ("ISR", "airstrike")),
    ],
)
def test_sender_inside_the_trigger_verbs_before_positions_and_pounding_by_aircraft(text: str, expected: tuple[str, str]) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("A man was shot in a drive-by attack in Acapulco on Sunday.", "assault"),
        ("A sniper shot and injured a civilian in Taizz.", "assault"),
        ("Two soldiers were shot and wounded by militants in Peshawar.", "clash"),
        ("Police officers were shot at by armed men on the highway near Orizaba.", "clash"),
    ],
)
def test_shootings_are_assaults_on_civilians_and_fights_with_armed_men(text: str, outcome: str) -> None:
    assert only_attack(text).outcome == outcome


def test_attacks_only_planned_or_prepared_are_no_attack() -> None:
    assert attacks("Police said the cell had planned attacks on churches in Makhachkala.") == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Armed men opened fire on members of a drug trafficking group in Celaya.", "clash"),
        ("Gunmen opened fire on family members in Kaduna, killing three.", "assault"),
    ],
)
def test_members_of_a_gang_or_armed_group_are_armed_men(text: str, outcome: str) -> None:
    assert only_attack(text).outcome == outcome


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan jets bombed Jilib on Sunday in retaliation for a roadside bomb attack on a convoy.",
        "Israeli jets struck Gaza on Tuesday in response to a rocket attack on Sderot.",
        "Pakistani jets struck hideouts in Khyber in retaliation for a suicide bombing at a police station.",
        "The army shelled rebel villages to avenge an ambush on a patrol near Bunia.",
    ],
)
def test_an_attack_answered_by_another_is_a_second_attack_with_no_borrowed_attacker(text: str) -> None:
    found = attacks(text)
    assert len(found) == 2
    assert found[0].subject is not None and found[1].subject is None


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Turkey launched Operation Claw-Lock against PKK positions in northern Iraq on Monday.", "offensive"),
        ("Nigerian troops began Operation Hadin Kai in Borno on Friday.", "offensive"),
        ("Israel launched Operation Rising Lion, striking dozens of sites across Iran.", "airstrike"),
        ("The Houthi navy carried out an operation targeting a tanker in the Gulf of Aden with ballistic missiles.", "shelling"),
    ],
)
def test_a_named_or_targeted_operation_is_an_attack_by_its_means(text: str, outcome: str) -> None:
    assert only_attack(text).outcome == outcome


def test_an_operation_of_rescue_is_no_attack() -> None:
    assert attacks("The ministry launched an operation to rescue stranded migrants.") == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Pakistani troops resorted to unprovoked firing along the Line of Control in Poonch.", "PAK"),
        ("Indian troops violated the ceasefire in the Neelum valley on Sunday.", "IND"),
        ("Armenian forces violated the ceasefire, firing at Azerbaijani positions.", "ARM"),
    ],
)
def test_fire_across_a_line_of_contact_and_ceasefire_violations_are_shelling(text: str, subject: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.outcome) == (subject, "shelling")


def test_a_truce_kept_is_no_attack() -> None:
    assert attacks("The truce was largely respected on Monday.") == []


def test_a_denied_attack_keeps_the_attacker_told_before_not_the_denier() -> None:
    found = attacks("Hamas said its fighters shelled an Israeli base. The Israeli army denied the attack.")
    assert [(c.subject, c.outcome, c.stance) for c in found] == [("HAMAS", "shelling", "assert"), ("HAMAS", "shelling", "deny")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Israel denied a Hezbollah drone attack on Haifa.", "HEZBOLLAH"),
        ("Moscow denied that its forces shelled the market.", "RUS"),
    ],
)
def test_an_attacker_named_in_the_denial_stays_the_attacker(text: str, subject: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.stance) == (subject, "deny")


def test_a_side_denying_its_own_attacking_stays_the_attacker() -> None:
    found = only_attack("Sudan's army denied shelling the camp near El Fasher.")
    assert (found.subject, found.stance) == ("SDN", "deny")


# --- a side striking a target, told by the verb alone ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "outcome"),
    [
        ("Ukrainian forces struck a Russian command post in Kherson region.", "UKR", "shelling"),
        ("Pakistani troops targeted militant hideouts in North Waziristan on Sunday.", "PAK", "shelling"),
        ("Ukrainian forces hit a Russian air defence system near Donetsk.", "UKR", "shelling"),
        ("The Sudanese army said its aircraft struck RSF supply lines near Nyala.", "SDN", "airstrike"),
        ("Israeli forces struck a weapons depot in Tyre with drones.", "ISR", "airstrike"),
    ],
)
def test_a_side_striking_a_target_is_an_attack(text: str, subject: str, outcome: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.outcome) == (subject, outcome)


def test_strikes_hitting_a_target_are_one_attack() -> None:
    found = only_attack("Russian strikes hit energy facilities in Lviv overnight.")
    assert (found.subject, found.outcome) == ("RUS", "airstrike")


@pytest.mark.parametrize(
    "text",
    [
        "Washington targeted Russian banks with new sanctions.",
        "Inflation in Nigeria hit a record high in March.",
        "The minister hit back at critics of the budget in Kampala.",
        "Russia's economy was hit hard by the sanctions.",
        "Kenya and Uganda struck an agreement on fuel imports.",
        "The storm hit the coast of Mozambique on Friday.",
    ],
)
def test_figurative_striking_makes_no_attack(text: str) -> None:
    assert attacks(text) == []


def test_air_defences_striking_aircraft_make_no_attack() -> None:
    assert attacks("The army's air defence units struck and destroyed two enemy drones over Belgorod.") == []
    assert attacks("The Iranian army said it had targeted an Israeli F-35 in the west of the country.") == []


def test_a_side_saying_it_struck_is_the_attacker() -> None:
    found = only_attack("Hezbollah said it targeted an Israeli army post in Metula.")
    assert (found.subject, found.claimant) == ("HEZBOLLAH", "HEZBOLLAH")


# --- unnamed attackers take the group that claimed the attack ----------------------------------------


def test_an_unnamed_bomber_takes_the_group_claiming_the_attack_later() -> None:
    found = attacks("A suicide bomber blew himself up inside a mosque in Kabul during Friday prayers, killing 20 worshippers. "
                    "Islamic State Khorasan claimed the bombing through its news agency.")
    assert [(c.subject, c.outcome) for c in found] == [("ISKP", "bombing"), ("ISKP", "bombing")]


def test_no_claim_of_responsibility_names_no_attacker() -> None:
    found = attacks("A bomb exploded at a bus station in Quetta on Monday, killing six people. No group has claimed responsibility for the blast.")
    assert [(c.subject, c.outcome) for c in found] == [(None, "bombing")]


def test_claiming_that_strikes_hit_targets_is_no_claim_of_responsibility() -> None:
    found = attacks("Strikes hit two villages in Paktika province overnight, the Taliban said. "
                    "Pakistan claimed the strikes targeted militant hideouts.")
    assert [(c.subject, c.claimant) for c in found] == [(None, "AFG"), ("PAK", "PAK")]


@pytest.mark.parametrize(
    ("text", "subject", "outcome"),
    [
        ("The town came under attack from RSF fighters overnight.", "RSF", "offensive"),
        ("The village came under mortar fire from Russian positions on Sunday.", "RUS", "shelling"),
        ("Russia unleashed a wave of drones on Kyiv.", "RUS", "airstrike"),
        ("Israeli gunfire killed two Palestinians in Nablus.", "ISR", "assault"),
        ("Azerbaijani forces launched a massive attack along the entire front line.", "AZE", "offensive"),
        ("Russian aviation struck Huliaipole twice on Monday.", "RUS", "airstrike"),
    ],
)
def test_attack_vocabulary_sources_waves_gunfire_and_aviation(text: str, subject: str, outcome: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.outcome) == (subject, outcome)


def test_militias_of_a_country_are_not_its_state() -> None:
    assert only_attack("The base came under rocket fire from Iraqi militias on Sunday.").subject is None


@pytest.mark.parametrize("text", ["Gunfire was heard across Juba overnight.", "The army fired its spokesman in Kinshasa."])
def test_gunfire_heard_makes_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- "that" opening a reported clause points back to nothing -------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "outcome"),
    [
        ("Officials said that Russian drones struck a power plant in Odesa.", "RUS", "airstrike"),
        ("Residents said that the RSF shelled the camp again on Monday.", "RSF", "shelling"),
        ("Witnesses told reporters that Israeli tanks shelled the area near the hospital.", "ISR", "shelling"),
    ],
)
def test_an_attack_reported_after_that_is_an_attack(text: str, subject: str, outcome: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.outcome) == (subject, outcome)


def test_gunmen_reported_after_said_that_are_not_the_speaker() -> None:
    found = only_attack("The army said that gunmen attacked a village near Mopti.")
    assert (found.subject, found.claimant) == (None, "MLI")


def test_an_attack_retold_with_its_perpetrator_is_coded_with_it() -> None:
    found = only_attack("The ministry said this attack was carried out by the PKK.")
    assert found.subject == "PKK"


def test_a_time_possessive_is_no_reference_back() -> None:
    assert only_attack("This week's strikes on Khan Younis killed 40 people.").outcome == "airstrike"


def test_that_attack_after_a_preposition_points_back() -> None:
    found = attacks("Gunmen stormed a hotel in Mogadishu on Friday. Six guards were killed in that attack.")
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The region has seen two days of clashes between the army and Fano militias.", "clash"),
        ("Residents reported a wave of attacks on villages near Djibo.", "assault"),
    ],
)
def test_a_count_or_series_of_attacks_names_the_events(text: str, outcome: str) -> None:
    assert only_attack(text).outcome == outcome


@pytest.mark.parametrize("text", ["Relatives of the victims of the attack gathered in Kano.", "The scale of the offensive surprised analysts."])
def test_of_the_attack_points_back(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Three civilians were killed in crossfire between the army and rebels in Beni.", "clash"),
        ("Over the past day, 142 combat engagements took place along the front line, the General Staff said.", "clash"),
        ("Hostilities continued in Khartoum's Bahri district on Monday.", "clash"),
        ("Rockets fired from Gaza set off sirens in Sderot.", "shelling"),
    ],
)
def test_crossfire_engagements_hostilities_and_rockets_fired_from(text: str, outcome: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.outcome) == (None, outcome)


def test_a_call_to_end_hostilities_is_no_clash() -> None:
    assert attacks("The envoy urged both parties to end hostilities in Sudan.") == []


@pytest.mark.parametrize(
    ("text", "subject", "outcome"),
    [
        ("ISWAP attacked a military convoy on the Maiduguri-Damboa road.", "ISWAP", "clash"),
        ("Al-Shabaab fighters attacked Somali soldiers near Jowhar.", "SHABAAB", "clash"),
        ("JNIM fighters attacked an army position near Boni.", "JNIM", "offensive"),
        ("The TTP attacked a police station in Lakki Marwat.", "TTP", "offensive"),
    ],
)
def test_an_attack_on_armed_men_on_the_move_is_a_clash_on_a_post_an_offensive(text: str, subject: str, outcome: str) -> None:
    found = only_attack(text)
    assert (found.subject, found.outcome) == (subject, outcome)


def test_a_headline_in_the_present_tense_strikes() -> None:
    found = only_attack("Ukraine hits Russian oil depot with drones")
    assert (found.subject, found.outcome) == ("UKR", "airstrike")


def test_the_reporting_police_are_not_the_target_of_an_attack() -> None:
    found = only_attack("Gunmen attacked a passenger bus in Mandera county on Tuesday, killing eight people, police said.")
    assert found.outcome == "assault"


def test_killed_in_the_strike_frames_the_toll() -> None:
    found = attacks("An Israeli airstrike hit a house in Rafah. Five people were killed in the strike, medics said.")
    assert len(found) == 1


def test_taking_part_in_the_attack_tells_the_attack_again() -> None:
    found = attacks("Gunmen stormed the village at dawn. Dozens of fighters took part in the attack, residents said.")
    assert len(found) == 2


def test_in_the_attack_after_a_list_of_the_dead_still_frames() -> None:
    found = attacks("Israeli jets struck a building in Beirut on Friday. The commander was killed along with two aides "
                    "and several members of his unit in the airstrike, officials said.")
    assert len(found) == 1


# --- headlines in the present tense ---------------------------------------------------------------


def test_headline_verbs_in_the_present_storm_and_pound() -> None:
    stormed = only_attack("Al-Shabaab militants storm hotel in Mogadishu")
    assert (stormed.subject, stormed.outcome) == ("SHABAAB", "assault")  # a hotel is a civilian place
    assert only_attack("Rebels storm army base in the east").outcome == "offensive"
    pounded = [(c.subject, c.outcome) for c in attacks("Israel pounds southern Lebanon as Hezbollah fires rockets")]
    assert ("ISR", "shelling") in pounded and ("HEZBOLLAH", "shelling") in pounded


def test_storms_of_weather_and_pounds_of_money_are_no_attacks() -> None:
    assert attacks("Storms batter the coast as forces prepare for the worst.") == []
    assert attacks("The insurer paid two million pounds in compensation to the families.") == []
    assert attacks("The soldiers carried 40 pounds of kit on the march.") == []


def test_the_victims_of_a_headline_verb_do_not_head_the_attack() -> None:
    assert only_attack("Jihadists kill 20 soldiers in Burkina Faso ambush").subject != "BFA"


@pytest.mark.parametrize(
    "text",
    [
        "Five Malian soldiers were killed in an ambush near Gao, the army said.",
        "Eight Nigerian soldiers were killed in an attack on their base in Borno on Sunday.",
        "Four Kenyan police officers were killed in an IED attack in Mandera.",
        "A convoy carrying UN peacekeepers was hit by a roadside bomb in northern Mali.",
        "Burkinabe troops were ambushed near Djibo on Friday, killing 12.",
    ],
)
def test_the_victims_of_a_passive_harm_are_not_the_attacker(text: str) -> None:
    assert only_attack(text).subject is None


def test_troops_attempting_to_attack_are_still_the_attacker() -> None:
    claim = only_attack("Ukrainian troops that were attempting to attack were destroyed near Bakhmut, the Russian ministry said.")
    assert claim.subject == "UKR"


def test_the_speakers_own_forces_striking_is_the_speakers_attack() -> None:
    found = attacks("Sudan's army said its forces struck an RSF command post in Nyala.")
    assert [(c.subject, c.outcome) for c in found] == [("SDN", "shelling")]


def test_the_reporter_after_an_attack_is_not_its_armed_target() -> None:
    claim = only_attack("The RSF attacked the town of Tawila on Friday, the army said.")
    assert (claim.subject, claim.outcome) == ("RSF", "assault")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Russia attacked the city of Sumy overnight, the regional governor said.", "RUS"),
        ("A Russian attack on Odesa damaged the port, officials said.", "RUS"),
        ("Azerbaijan's attack on civilian settlements near Martuni began at dawn, Yerevan said.", "AZE"),
    ],
)
def test_a_states_attack_with_no_cue_is_fired_from_a_distance(text: str, subject: str) -> None:
    found = [(c.subject, c.outcome) for c in attacks(text)]
    assert (subject, "shelling") in found


@pytest.mark.parametrize(
    "text",
    [
        "Israeli soldiers attacked a farmer near Hebron, the family said.",
        "Gunmen attacked worshippers at a church in Ondo State.",
    ],
)
def test_ground_forces_or_gunmen_attacking_people_is_an_assault(text: str) -> None:
    assert only_attack(text).outcome == "assault"


def test_named_weapons_name_the_means() -> None:
    assert only_attack("Five soldiers were killed in a HIMARS strike near Donetsk.").outcome == "shelling"
    assert only_attack("An Israeli F-16 struck a building in the southern suburbs of Beirut.").outcome == "airstrike"


def test_an_appositive_or_coordinated_forces_keep_the_head_as_attacker() -> None:
    assert only_attack("Hezbollah, Iran's ally, fired dozens of rockets into northern Israel.").subject == "HEZBOLLAH"
    assert only_attack("Israeli tanks and drones opened fire on people waiting for aid in Gaza City.").subject == "ISR"
    assert only_attack("Fighters from the Kachin Independence Army attacked a military outpost.").subject == "KIA"


def test_an_attack_reported_by_two_claimants_is_one_claim_each() -> None:
    found = attacks("Russia and Ukraine said fighting raged around Bakhmut on Sunday.")
    assert sorted((c.subject, c.outcome, c.claimant) for c in found) == [(None, "clash", "RUS"), (None, "clash", "UKR")]
    found = attacks("Israel's military and Lebanon's health ministry said an Israeli strike hit a car in Tyre.")
    assert sorted(c.claimant for c in found) == ["ISR", "LBN"]


def test_a_second_clause_with_the_same_attacker_and_means_is_another_attack() -> None:
    found = attacks("Israeli jets struck Tyre on Monday, and Israeli drones hit a car near Nabatieh, Lebanese media said.")
    assert [(c.subject, c.outcome) for c in found] == [("ISR", "airstrike"), ("ISR", "airstrike")]
    assert len(attacks("Israeli jets and drones struck Tyre and Sidon on Monday.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Residential areas of Kherson were targeted overnight, the governor said.",
        "Two hospitals in Khartoum were hit on Sunday.",
    ],
)
def test_places_struck_in_the_passive_are_an_attack_by_an_unnamed_attacker(text: str) -> None:
    assert only_attack(text).subject is None


@pytest.mark.parametrize(
    "text",
    [
        "The economy was hit hard by inflation.",
        "Fortunately, no homes or critical infrastructure were hit.",
        "The town was hit by a storm.",
    ],
)
def test_passive_hits_of_no_place_or_negated_make_no_attack(text: str) -> None:
    assert attacks(text) == []


def test_a_participle_after_an_attack_tells_its_target_not_another_attack() -> None:
    found = attacks("The RSF shelled Omdurman on Sunday, targeting a crowded market.")
    assert [(c.subject, c.outcome) for c in found] == [("RSF", "shelling")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Gunmen attacked an army post in northern Burkina Faso. The army said it responded with airstrikes.", "BFA"),
        ("ISWAP fighters raided a town in Borno. The Nigerian army said it retaliated by shelling their camps.", "NGA"),
    ],
)
def test_a_speaker_answering_an_attack_is_the_attacker_of_its_response(text: str, subject: str) -> None:
    assert [c.subject for c in attacks(text)][-1] == subject


def test_a_peaceful_response_is_no_attack() -> None:
    assert attacks("The ministry said it responded with a letter to the embassy.") == []


def test_the_side_attacked_does_not_inherit_the_attack() -> None:
    found = attacks("Russian forces shelled Kharkiv on Monday. On Tuesday, drones were launched at Russian positions near Kupiansk.")
    assert found[-1].subject != "RUS"


def test_the_attack_told_before_keeps_its_means_when_blamed_on_another() -> None:
    found = attacks("A drone struck a US base in eastern Syria on Sunday. Washington blamed the attack on an Iran-aligned militia, Kataib Hezbollah.")
    assert found[-1].outcome == "airstrike"


def test_the_speakers_forces_shelled_are_the_target_not_the_attacker() -> None:
    found = attacks("The Ukrainian military said its positions near Toretsk were shelled 80 times on Sunday.")
    assert [c.subject for c in found] != ["UKR"]


def test_irregular_fighters_do_not_inherit_a_states_attack() -> None:
    found = attacks("Junta jets bombed a market in Sagaing on Monday. Resistance fighters stormed a police post nearby.")
    assert found[-1].subject == "PDF"  # the resistance of the war its places are in, not the state whose jets bombed


def test_the_side_firing_on_troops_under_fire_is_the_subject_of_the_clash() -> None:
    claim = only_attack("Afghan border guards came under fire from Pakistani posts near Torkham, officials said.")
    assert (claim.subject, claim.outcome) == ("PAK", "clash")


def test_troops_under_fire_with_no_source_name_no_attacker() -> None:
    assert only_attack("A patrol of Malian soldiers came under fire near Gao on Monday.").subject is None


def test_retaliating_or_responding_with_weapons_is_an_attack_and_with_words_is_none() -> None:
    claim = only_attack("Pakistani troops retaliated with mortars along the Line of Control.")
    assert (claim.subject, claim.outcome) == ("PAK", "shelling")
    assert only_attack("Indian forces responded with artillery fire, the army said.").outcome == "shelling"
    assert attacks("The finance ministry responded with a statement on Monday.") == []


# --- the attacker named as the passive's agent, and verbs of headlines and habits ------------------


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Zaporizhzhia was struck by Russian guided bombs on Sunday.", "RUS", "airstrike"),
        ("The tanker was hit by a Houthi missile off Hodeidah.", "HOUTHIS", "shelling"),
        ("Khan Younis was pounded by Israeli artillery overnight.", "ISR", "shelling"),
        ("An army camp near Ménaka was attacked by JNIM fighters on Friday.", "JNIM", "offensive"),
        ("RSF storms Al-Fula, army says", "RSF", "offensive"),
        ("The junta has been bombing villages in Magway region for weeks.", "MMR", "airstrike"),
    ],
)
def test_passive_agents_headline_verbs_and_habits_name_attacker_and_means(text: str, attacker: str, means: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


def test_have_been_attacking_is_active_not_an_attack_on_the_forces() -> None:
    claim = only_attack("Russian forces have been attacking Huliaipole for weeks.")
    assert claim.subject == "RUS"
    assert claim.outcome != "clash"


@pytest.mark.parametrize("text", ["Storms lashed the coast of Mozambique on Monday.", "Heavy storms flooded camps near Kassala."])
def test_weather_storms_are_no_attack(text: str) -> None:
    assert attacks(text) == []


def test_killed_in_an_attack_on_a_named_target_is_the_event_not_its_background() -> None:
    claim = only_attack("Gunmen killed nine soldiers in an attack on an army post in northern Niger on Sunday, security sources said.")
    assert claim.outcome == "offensive"


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Two Palestinians were killed by Israeli fire near Khan Younis on Tuesday.", "ISR"),
        ("A woman was wounded by Russian gunfire in Nikopol, the governor said.", "RUS"),
    ],
)
def test_harm_by_a_sides_fire_is_that_sides_attack(text: str, attacker: str) -> None:
    claim = only_attack(text)
    assert claim.subject == attacker


@pytest.mark.parametrize("text", ["A soldier was killed by friendly fire near Bakhmut.", "The market was destroyed by fire on Monday."])
def test_fire_without_a_side_is_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- appeals, generic rules and general accusations name no attack -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The fighting in Darfur must stop, the Sudanese foreign minister said on Monday.",
        "The shelling of civilian areas must end immediately, the Pope said.",
        "The bombing of hospitals has to stop, the aid agency said.",
        "The clashes in Tripoli should cease at once, the envoy said.",
        "Stoltenberg said that an attack on one member is an attack on all.",
        "An attack on any ally would be considered an attack on us all, the minister said.",
        "Any attack on Iranian soil will be met with a crushing response, Tehran warned.",
        "Every act of aggression against our villages will be answered, the militia said.",
        '"Whoever attacks our villages will regret it," the Azerbaijani defence minister said.',
        "Any further shelling of Kyiv will be punished, the Ukrainian president said.",
    ],
)
def test_appeals_and_generic_rules_make_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia accused Eritrea of violating the ceasefire on Tuesday.",
        "Pakistan accused India of violating the truce along the Line of Control.",
        "The rebels blamed the army for repeatedly violating the cease-fire.",
        "Baku accused Yerevan of ceasefire violations.",
    ],
)
def test_general_accusation_of_ceasefire_violation_is_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("India accused Pakistan of violating the ceasefire by firing mortars at villages in Poonch.", "PAK"),
        ("Russian planes did not carry out any air strikes in Idlib, the Russian defence ministry said.", "RUS"),
        ("Russian forces shelled Kharkiv on Monday, killing three people.", "RUS"),
    ],
)
def test_specific_acts_beside_appeal_rules_stay(text: str, subject: str) -> None:
    assert only_attack(text).subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Sniper fire from RSF positions killed a nurse in Omdurman on Tuesday.",
        "Machine-gun fire from al-Shabaab fighters killed three shepherds near Baidoa.",
        "Sniper fire from the army's rooftops wounded a teacher in Mandalay.",
        "Gunfire from Serb positions killed two boys in Sarajevo.",
    ],
)
def test_fire_from_a_side_on_civilians_is_assault(text: str) -> None:
    assert only_attack(text).outcome == "assault"


@pytest.mark.parametrize(
    "text",
    [
        "The ICC is investigating the 2022 massacre in Bucha.",
        "The UN Security Council met to discuss the Houthi attack on the tanker.",
        "The UN will investigate the attack on the convoy in Gaza.",
        "Colombian prosecutors are examining the bombing of a police station in Cauca.",
        "The African Union said it would look into the attack on the peacekeepers in Mali.",
    ],
)
def test_attack_as_topic_of_a_meeting_or_inquiry_is_no_new_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("UN peacekeepers said two blue helmets were killed by ADF rebels near Beni.", "ADF"),
        ("Three soldiers were killed by al-Shabaab fighters near Kismayo, the army said.", "SHABAAB"),
        ("Two soldiers were killed by militants in North Waziristan.", None),
    ],
)
def test_named_agent_of_soldiers_killed_is_the_attacker(text: str, subject: str | None) -> None:
    claim = only_attack(text)
    assert (claim.outcome, claim.subject) == ("clash", subject)


@pytest.mark.parametrize(
    "text",
    [
        "Israelis marked the anniversary of the October 7 attack by Hamas.",
        "Rwandans commemorated the 1994 massacres in Kigali.",
        "A memorial to the victims of the Beslan school siege was unveiled.",
        "Bosnians marked the anniversary of the Srebrenica massacre on Thursday.",
    ],
)
def test_anniversaries_and_memorials_name_no_new_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "PKK militants attacked Turkish army units in the Cudi area.",
        "Militants attacked an army patrol near Kidal on Sunday.",
        "Al-Shabaab attacked a Kenyan army convoy in Lamu county.",
    ],
)
def test_an_attack_on_army_units_patrols_or_convoys_is_a_clash(text: str) -> None:
    attacks = [c for c in extract_from_cleaned_text(text, dt.date(2023, 5, 25)) if c.type == "attack"]
    assert [c.outcome for c in attacks] == ["clash"]


def test_a_place_after_the_agent_of_an_attack_is_no_attacker() -> None:
    text = "A customs official was wounded in an attack by unidentified gunmen in Manila."
    attacks = [c for c in extract_from_cleaned_text(text, dt.date(2023, 5, 25)) if c.type == "attack"]
    assert [(c.subject, c.outcome) for c in attacks] == [(None, "assault")]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Indian and Pakistani troops exchanged heavy artillery fire along the Line of Control.", "shelling"),
        ("The two sides exchanged intense small-arms fire near the village.", "clash"),
    ],
)
def test_fire_traded_in_any_wording_is_one_claim_with_no_attacker(text: str, outcome: str) -> None:
    attacks = [c for c in extract_from_cleaned_text(text, dt.date(2025, 5, 7)) if c.type == "attack"]
    assert [(c.subject, c.outcome) for c in attacks] == [(None, outcome)]


def test_fighters_infiltrating_a_named_territory_is_an_offensive_but_spies_in_a_ministry_are_not() -> None:
    attacks = [c for c in extract_from_cleaned_text("Hamas militants infiltrated southern Israel at dawn.", dt.date(2023, 10, 8)) if c.type == "attack"]
    assert [(c.subject, c.outcome) for c in attacks] == [("HAMAS", "offensive")]
    assert extract_from_cleaned_text("Spies infiltrated the ministry of finance.", dt.date(2023, 10, 8)) == []


def test_aircraft_firing_are_air_strikes_whatever_they_fire() -> None:
    # GOLD_FORMAT: airstrike (aircraft, drones); what the aircraft fire does not make it shelling
    for text in ("Pakistani warplanes shelled Afghan border posts in Kunar.", "Russian helicopters fired rockets at Ukrainian positions near Kupiansk.",
                 "Israeli drones fired missiles at a car in Tyre."):
        assert [c.outcome for c in attacks(text)] == ["airstrike"], text
    assert [c.outcome for c in attacks("Russian artillery shelled Kherson.")] == ["shelling"]


def test_headlines_present_after_plural_aircraft() -> None:
    assert [(c.subject, c.outcome) for c in attacks("Israeli jets pound Gaza")] == [("ISR", "airstrike")]
    assert [(c.subject, c.outcome) for c in attacks("Junta jets bomb village in Sagaing")] == [("MMR", "airstrike")]


def test_a_weapon_used_to_strike_names_the_means() -> None:
    assert [(c.subject, c.outcome) for c in attacks("Ukrainian forces used HIMARS to strike a Russian command post near Melitopol.")] == [("UKR", "shelling")]
    assert [(c.subject, c.outcome) for c in attacks("Russia used glide bombs to strike Kharkiv.")] == [("RUS", "airstrike")]
    # no weapon put to use: the attack verb itself is read
    assert [c.outcome for c in attacks("Hamas used the tunnels to attack Israeli troops.")] == ["offensive"]
    assert attacks("The army used tear gas to disperse protesters.") == []


def test_raids_by_aircraft_named_a_few_words_before() -> None:
    assert [c.outcome for c in attacks("Israeli fighter jets carried out a series of raids on southern Lebanon.")] == ["airstrike"]


def test_a_grenade_dropped_by_a_drone_is_its_payload_one_air_strike() -> None:
    assert [(c.subject, c.outcome) for c in attacks("A Russian drone dropped a grenade on a car in Kherson.")] == [("RUS", "airstrike")]
    assert [c.outcome for c in attacks("Militants hurled a grenade at a police station in Pulwama.")] == ["bombing"]


def test_aircraft_opening_fire_raiding_or_strafing_strike_from_the_air() -> None:
    for text in ("Junta helicopter gunships opened fire on the village.", "Israeli warplanes raided the Bekaa Valley.",
                 "Army helicopters strafed rebel positions near Laukkai."):
        assert [c.outcome for c in attacks(text)] == ["airstrike"], text
    assert [c.outcome for c in attacks("Gunmen opened fire on a bus in Plateau state.")] == ["assault"]


def test_an_attack_whose_trigger_names_unarmed_people_is_no_clash() -> None:
    # civilians among the targets the trigger names make it an assault, soldiers beside them or not
    found = attacks("JNIM has stepped up attacks targeting civilians and soldiers in central Mali.")
    assert found and all(c.outcome != "clash" for c in found), [c.contract_dict() for c in found]


def test_an_ambush_of_a_convoy_of_civilians_is_an_assault() -> None:
    assert [c.outcome for c in attacks("Militants ambushed a convoy of aid workers near Gao.")] == ["assault"]
    assert [c.outcome for c in attacks("Rebels ambushed an army convoy near Beni.")] == ["clash"]


def test_the_trigger_pattern_finds_what_the_plain_alternation_of_its_means_finds():
    import re

    from counterclaim.extract.attack import ATTACK_TRIGGERS, TRIGGER

    plain = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in ATTACK_TRIGGERS), re.I)
    text = ("Rebels shelled the town and drones struck a depot; troops came under fire, a car bomb exploded, "
            "killed by Israeli fire. The army launched an offensive, fighting raged, and jets pound the valley. "
            "Gunmen opened fire on a bus; 'airstrikes' hit (the base) at dawn.")
    assert [(m.span(), m.lastgroup) for m in TRIGGER.finditer(text)] == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(list(TRIGGER.finditer(text))) >= 8


@pytest.mark.parametrize("text, subject", [
    ("Defence Minister Ivan Velasquez blamed the attack on the ELN guerrilla group.", "ELN"),
    ("Al-Shabaab claimed responsibility for the blast in a statement posted on a pro-group website.", "SHABAAB"),
    ("The defence secretary blamed the bombing on the Pakistani Taliban.", "TTP"),
])
def test_a_defence_official_or_a_website_makes_no_sports_or_cyber_sentence(text: str, subject: str) -> None:
    assert [c.subject for c in attacks(text)] == [subject]


@pytest.mark.parametrize("text", [
    "We are fighting a battle against famine in Darfur, a WFP official said.",
    "Doctors in Tigray are fighting a war against cholera.",
])
def test_a_battle_against_famine_or_disease_is_no_clash(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize("text, subject, outcome", [
    ("M23 rebels shell Goma suburbs as residents flee", "M23", "shelling"),
    ("ELN rebels bomb army base in Arauca", "ELN", "bombing"),
    ("Russian missiles pound Kharkiv energy grid", "RUS", "shelling"),
    ("Gaza: Israeli tanks shell Rafah as troops push deeper", "ISR", "shelling"),
    ("Mortar rounds slam into Mogadishu airport zone", None, "shelling"),
    ("Rockets land near US embassy in Baghdad", None, "shelling"),
    ("Russian shells rain down on Kherson as residents flee", "RUS", "shelling"),
])
def test_a_headline_present_after_a_plural_head_tells_an_attack(text: str, subject: str | None, outcome: str) -> None:
    assert [(c.subject, c.outcome) for c in attacks(text)] == [(subject, outcome)]


def test_a_shell_or_bomb_noun_after_a_side_is_no_present_verb() -> None:
    assert [c.outcome for c in attacks("A Russian shell hit a bus stop in Kherson.")] == ["shelling"]
    assert attacks("Rebels said the shell casings were found in a field.") == []


@pytest.mark.parametrize("text, outcome", [
    ("Islamic State claimed responsibility for the ambush near Palmyra through its Amaq news agency.", "clash"),
    ("Al-Shabaab claimed responsibility for Friday's car bomb in Mogadishu.", "bombing"),
    ("The TTP claimed credit for the suicide attack on the police station in Bannu.", "bombing"),
])
def test_a_claim_of_responsibility_for_a_named_attack_is_one_claim(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]


@pytest.mark.parametrize("text, outcome", [
    ("A Russian glide bomb attack on Zaporizhzhia damaged a hospital on Friday.", "airstrike"),
    ("Militants attacked a Frontier Corps checkpost in Zhob with rocket-propelled grenades on Wednesday night.", "offensive"),
    ("Taliban fighters fired rocket-propelled grenades at a police post in Helmand.", "clash"),
])
def test_glide_bombs_fall_from_the_air_and_rpgs_are_no_rockets_or_thrown_grenades(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]


@pytest.mark.parametrize("text, subject, outcome", [
    ("Ukrainian forces made a cross-border incursion into Russia's Kursk region in August.", "UKR", "offensive"),
    ("Hundreds of JNIM fighters besieged the town of Djibo for months.", "JNIM", "offensive"),
    ("The Sudanese army has been trying to recapture Wad Madani from the RSF.", "SDN", "offensive"),
    ("Junta troops have been trying to recapture the town from the Arakan Army.", "MMR", "offensive"),
    ("The three journalists were killed by an Israeli tank shell in southern Lebanon.", "ISR", "shelling"),
    ("Two children were wounded by Russian shellfire in Kherson on Sunday.", "RUS", "shelling"),
])
def test_pushes_and_shells_with_their_side(text: str, subject: str, outcome: str) -> None:
    assert [(c.subject, c.outcome) for c in attacks(text)] == [(subject, outcome)]


@pytest.mark.parametrize("text, outcome", [
    ("Iskander strike destroys Ukrainian HIMARS", "shelling"),
    ("Strike kills 12 at market in Sudan's El Fasher", "airstrike"),
])
def test_a_headline_strike_with_a_present_verb_of_harm_is_an_attack(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]


@pytest.mark.parametrize("text", ["Teachers' strike hits schools in Nairobi", "Strike by dockworkers hits ports across the US east coast"])
def test_a_labour_strike_in_a_headline_is_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize("text", [
    "The attackers arrived on motorcycles and opened fire on the congregation, police spokesman William Aya said.",
    "Gunmen opened fire on a minibus near Kananga, provincial army spokesman Lieutenant Jules Ngongo said.",
])
def test_a_long_titled_armed_reporter_is_not_the_target_of_an_assault(text: str) -> None:
    assert [c.outcome for c in attacks(text)] == ["assault"]


@pytest.mark.parametrize("place", ["a battalion headquarters", "the regional command post", "an army stronghold"])
def test_overrunning_a_headquarters_or_stronghold_is_an_offensive(place: str) -> None:
    claim = only_attack(f"Kachin Independence Army fighters overran {place} near Bhamo on Friday, the group said.")
    assert (claim.subject, claim.outcome) == ("KIA", "offensive")


def test_an_attack_noun_its_actor_owns_joins_no_forces_named_with_their_own_noun() -> None:
    found = attacks("Somali troops backed by Kenyan soldiers and U.S. airstrikes pushed al-Shabaab out of the town, officials said.")
    assert [c.subject for c in found if c.outcome == "airstrike"] == ["USA"]
    # forces coordinated as the subject of a verb of attack are each an attacker
    both = attacks("Malian troops and Wagner fighters attacked the village of Moura on Sunday, residents said.")
    assert sorted(c.subject for c in both) == ["MLI", "WAGNER"]


def test_the_one_condemning_an_attack_told_in_a_relative_clause_is_not_its_attacker() -> None:
    found = attacks("The African Union chairman condemned the attack, which killed five peacekeepers near Beledweyne on Monday.")
    assert [c.subject for c in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "About 150 people displaced by fighting had been sheltering in the monastery.",
        "Thailand said it was ready to help people fleeing the fighting.",
        "Aid workers said the families had fled the clashes in the north with nothing.",
        "Schools in the district stayed shut because of the shelling.",
    ],
)
def test_fighting_people_flee_or_are_displaced_by_is_background(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopian government drones killed at least 30 people at a market in Amhara region, witnesses said.", ("ETH", "airstrike")),
        ("Government warplanes killed 12 villagers in Sagaing on Monday, residents said.", ("MMR", "airstrike")),
    ],
)
def test_weapons_heading_a_killing_name_the_kind_of_attack(text: str, expected: tuple[str, str]) -> None:
    assert [(c.subject, c.outcome) for c in attacks(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rockets fired by Hezbollah damaged three military vehicles near Metula, the Israeli army said.", "HEZBOLLAH"),
        ("Ballistic missiles fired by Iran hit two air bases in southern Israel, the IDF said.", "IRN"),
        ("Mortar rounds fired by the Taliban landed in a Pakistani border village, police said.", "AFG"),  # the Taliban govern
    ],
)
def test_the_sender_right_after_weapons_fired_by_is_the_attacker(text: str, expected: str) -> None:
    assert [c.subject for c in attacks(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling, which Ukraine blamed on Russian forces, damaged a school in Kherson.", "RUS"),
        ("The strike on the hospital was carried out by Saudi-led coalition jets, the Houthis said.", "SAU"),
        ("Three civilians were killed when their car hit a landmine planted by Fano militiamen, the government said.", "FANO"),
        ("A mortar round fired from the Cambodian side landed in a Thai village, the Thai army said.", "KHM"),
        ("Several shells fired from Pakistani positions landed in Poonch, the Indian army said.", "PAK"),
        ("Two rockets fired from Lebanon fell in an open area near Kiryat Shmona, the IDF said.", None),  # a country, no side
    ],
)
def test_the_attacker_named_in_a_predicate_after_the_attack(text: str, expected: str | None) -> None:
    assert [c.subject for c in attacks(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A series of attacks by Russian drones on Odesa damaged port infrastructure, the regional governor said.", "RUS"),
        ("Attacks by suspected jihadists killed 15 soldiers in northern Burkina Faso, security sources said.", None),
        ("Raids by Israeli troops on the Jenin camp continued for a third day.", "ISR"),
        ("Mali has faced deadly attacks by armed groups affiliated to al-Qaeda since 2012.", "JNIM"),  # named by allegiance
    ],
)
def test_the_agent_of_an_attack_noun_stands_right_after_by(text: str, expected: str | None) -> None:
    # not the victims' side further on ("by suspected jihadists killed 15 soldiers": the soldiers are no attacker)
    assert [c.subject for c in attacks(text)][0] == expected


def test_a_strike_verb_heading_a_new_clause_is_a_new_attack() -> None:
    # "glide bombs as Ukraine hits": the weapons before belong to the first clause, not the subject of "hits"
    found = attacks("Russia pounds Kharkiv with glide bombs as Ukraine hits refinery")
    assert [c.subject for c in found] == ["RUS", "UKR"]
    assert [c.subject for c in attacks("Russian drones hit a power plant in Odesa, the governor said.")] == ["RUS"]


def test_a_participle_after_a_comma_attacks_for_the_sentences_armed_head() -> None:
    found = attacks("Pakistan's army said Afghan Taliban forces opened fire on border posts in Kurram. "
                    "Pakistani troops responded, destroying several Afghan posts.")
    assert [c.subject for c in found] == ["AFG", "PAK"]
    assert attacks("The RSF shelled Omdurman on Sunday, targeting a crowded market.")[-1].subject == "RSF"  # its target, no second attack


@pytest.mark.parametrize(
    "text",
    [
        "The al-Qaida-linked group has been fighting to overthrow Somalia's government for more than 15 years.",
        "The separatists have been fighting for independence since 2017.",
    ],
)
def test_the_aim_a_group_fights_for_is_no_clash(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian army said it had neutralised 30 terrorists in airstrikes near the Mauritanian border on Monday.", ("MLI", "airstrike")),
        ("The Nigerian air force said it killed dozens of bandits in air raids in Zamfara state.", ("NGA", "airstrike")),
    ],
)
def test_the_strikes_a_speaker_says_it_killed_with_are_its_own(text: str, expected: tuple[str, str]) -> None:
    assert [(c.subject, c.outcome) for c in attacks(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia said its troops had come under fire near Sotk.", "AZE"),  # the speaker's own forces were fired on
        ("Armenia blamed Azerbaijan for the clashes, saying its troops had come under fire near Sotk.", "AZE"),
        ("The army blames the RSF for this week's attack on El Obeid.", "RSF"),
    ],
)
def test_the_side_blamed_for_an_attack_or_firing_on_the_speakers_forces_attacked(text: str, expected: str) -> None:
    assert [c.subject for c in attacks(text)] == [expected]


def test_irregulars_named_by_a_sides_adjective_take_no_killer_from_the_sentence() -> None:
    text = "Palestinian militants detonated a roadside bomb as an Israeli army convoy passed through Tubas, wounding three soldiers."
    assert [c.subject for c in attacks(text)] == [None]  # the convoy was the target, not the bomber
