"""Materiel phrasing of war reports, on sentences written for these tests: headline present tense,
equipment recovered, counted and uncounted small arms, parts of a counted whole, the means of a verb,
and whose equipment it was in a war no profile covers.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 5)


def materiel(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def summary(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in materiel(text)]


def test_headline_present_tense_shoots_down() -> None:
    assert summary("Air Defences Shoot Down 12 Drones Over Port Sudan") == [("destroyed", "drone", (12, 12))]
    assert summary("Army Shoots Down Three Drones Near Goma") == [("destroyed", "drone", (3, 3))]


def test_equipment_recovered_is_captured() -> None:
    assert summary("Troops recovered two pickups after the clash near Kidal.") == [("captured", "vehicle", (2, 2))]


def test_counted_small_arms_are_other() -> None:
    assert summary("The rebels seized nine rifles from the outpost in Chin state.") == [("captured", "other", (9, 9))]


def test_uncounted_small_arms_are_not_coded_but_heavy_weapons_are() -> None:
    assert summary("The militia seized rifles from the police station.") == []
    assert summary("The militia seized heavy machine guns from the barracks.") == [("captured", "other", None)]


def test_part_of_a_counted_whole_that_was_downed() -> None:
    found = summary("The air force said the drones, of which 14 were downed, came from the east.")
    assert found == [("destroyed", "drone", (14, 14))]
    assert summary("Air defences shot down 20 of the 26 drones launched overnight.") == [("destroyed", "drone", (20, 20))]


def test_equipment_named_as_the_means_is_not_a_loss() -> None:
    assert summary("The bridge was destroyed by a drone on Tuesday.") == []


def test_equipment_without_an_owner_is_the_claimants_enemys_in_a_war_without_profile() -> None:
    text = (
        "Fighting between the army and the Arakan Army continued in Rakhine state. "
        "The Arakan Army said its fighters seized two armored vehicles near Sittwe."
    )
    found = [(c.subject, c.outcome, c.category, c.claimant) for c in materiel(text)]
    assert found == [("MMR", "captured", "armored_vehicle", "AA")]


def test_a_singular_noun_without_a_number_counts_one() -> None:
    assert summary("Russian warship sunk by Ukrainian sea drones") == [("destroyed", "ship", (1, 1))]
    assert summary("Rebels said the pilot ejected before his aircraft was shot down over Kayah state.") == [("destroyed", "aircraft", (1, 1))]
    assert summary("Government forces destroyed the rebels' armour near Sirte.") == [("destroyed", "armored_vehicle", None)]


def test_an_aircraft_carrier_is_a_ship_and_the_missiles_that_hit_it_are_its_attackers_means() -> None:
    assert summary("French aircraft carrier hit by missiles, militia claims") == [("damaged", "ship", (1, 1))]
    assert summary("The militia said it destroyed a Merkava tank with a guided missile.") == [("destroyed", "tank", (1, 1))]


def test_equipment_acting_on_a_counted_object_is_no_loss() -> None:
    # "most of the 180" gives no figure of its own: counted null, like "most of which were downed"
    assert summary("Israel's air defences intercepted most of the 180 missiles fired by Iran.") == [("destroyed", "other", None)]


def test_a_list_of_losses_without_a_verb_of_destruction() -> None:
    claims = materiel("The enemy's losses amounted to two tanks, three armoured personnel carriers and 40 automobiles.")
    assert [(c.outcome, c.category, c.count) for c in claims] == [("lost", "tank", (2, 2)), ("lost", "armored_vehicle", (3, 3)), ("lost", "vehicle", (40, 40))]


def test_brought_down_and_abandoned_equipment() -> None:
    assert summary("Jamming brought down two Orlan drones near Kupiansk.") == [("destroyed", "drone", (2, 2))]
    assert summary("Retreating troops abandoned dozens of tanks outside Izium.") == [("lost", "tank", (24, 99))]


def test_aerial_targets_are_drones() -> None:
    assert summary("Air defences shot down three aerial targets over the Bryansk region.") == [("destroyed", "drone", (3, 3))]


def test_a_sides_losses_named_by_its_adjective() -> None:
    claims = materiel("Russian losses over the past day were 3 tanks and 15 artillery systems.")
    assert [(c.subject, c.outcome, c.category, c.count) for c in claims] == [("RUS", "lost", "tank", (3, 3)), ("RUS", "lost", "artillery", (15, 15))]


def test_british_spelling_of_air_defence_systems() -> None:
    found = summary("The enemy lost 9 tanks, 20 armoured vehicles and 3 air defence systems over the day, Kyiv said.")
    assert found == [("lost", "tank", (9, 9)), ("lost", "armored_vehicle", (20, 20)), ("lost", "air_defense", (3, 3))]


def test_air_defences_as_the_agent_of_an_interception() -> None:
    assert summary("Israeli air defences intercepted 11 rockets fired from Lebanon, the army said.") == [("destroyed", "other", (11, 11))]


def test_named_models_are_read_only_when_capitalized() -> None:
    assert summary("Troops destroyed a Tor system near Kupiansk, the ministry said.") == [("destroyed", "air_defense", (1, 1))]
    assert summary("The convoy was destroyed in the urals, local press said.") == []


def test_model_codes_the_lexicon_does_not_list_are_read_by_family() -> None:
    assert summary("Ukrainian forces shot down two Su-24M bombers over the sea.") == [("destroyed", "aircraft", (2, 2))]
    assert summary("A Ka-52M was shot down near Robotyne, the air force said.") == [("destroyed", "helicopter", (1, 1))]


def test_a_part_of_a_bare_count_that_was_downed() -> None:
    assert summary("Air defences shot down 23 of 26 cruise missiles overnight, the air force said.") == [("destroyed", "other", (23, 23))]


def test_munitions_and_vehicles_of_wider_wars() -> None:
    assert summary("Russia said it intercepted four ATACMS, two Storm Shadow missiles and six JDAM guided bombs.") == [("destroyed", "other", (12, 12))]
    assert summary("The jihadists burned five motorbikes and a lorry near Djibo.") == [("destroyed", "vehicle", (6, 6))]
    assert summary("Pakistan said it downed three Rafale jets.") == [("destroyed", "aircraft", (3, 3))]


def test_taken_out_is_destroyed() -> None:
    assert summary("Drone teams took out two tanks near Toretsk, the brigade said.") == [("destroyed", "tank", (2, 2))]


def test_peaceful_uses_of_the_new_words_give_no_materiel() -> None:
    assert summary("She took out a loan to buy a motorbike.") == []
    assert summary("The Neptune festival drew crowds to the port.") == []


def test_unclaimed_shoot_down_belongs_to_the_enemy_of_the_country_it_was_over() -> None:
    found = [(c.subject, c.outcome, c.category, c.count) for c in materiel("Air defences shot down 12 drones over the Belgorod region overnight.")]
    assert found == [("UKR", "destroyed", "drone", (12, 12))]


def test_unclaimed_shoot_down_belongs_to_the_enemy_of_the_side_last_quoted() -> None:
    text = ("The Sudanese army said fighting continued around El Fasher on Friday. "
            "Ground defences also downed five drones that evening.")
    found = [(c.subject, c.outcome, c.category) for c in materiel(text)]
    assert found == [("RSF", "destroyed", "drone")]


def test_a_tally_prints_its_counts_after_the_nouns() -> None:
    found = summary("Enemy losses over the past day: tanks – 6, armoured combat vehicles – 11, drones – 95.")
    assert found == [("lost", "tank", (6, 6)), ("lost", "armored_vehicle", (11, 11)), ("lost", "drone", (95, 95))]


def test_losses_that_include_equipment() -> None:
    assert summary("Kyiv said Moscow's losses include 410 tanks and 900 armoured vehicles.") == [("lost", "tank", (410, 410)), ("lost", "armored_vehicle", (900, 900))]


def test_set_fire_to_is_destroyed() -> None:
    assert summary("Insurgents set fire to three army trucks near Palma.") == [("destroyed", "vehicle", (3, 3))]


def test_a_model_with_a_letter_suffix_before_its_missiles_is_a_munition() -> None:
    assert summary("Air defences downed all three Iskander-M ballistic missiles, the air force said.") == [("destroyed", "other", (3, 3))]


def test_aircraft_that_struck_and_destroyed_are_the_agent_not_a_loss() -> None:
    found = [(c.subject, c.outcome, c.category) for c in materiel("Israeli jets struck and destroyed a Hezbollah rocket launcher near Tyre.")]
    assert found == [("HEZBOLLAH", "destroyed", "artillery")]


def test_equipment_destroyed_after_striking_a_side_is_that_sides() -> None:
    found = [(c.subject, c.category, c.count) for c in materiel("Ukraine said it struck a Russian S-400 battery in Crimea, destroying two launchers.")]
    assert ("RUS", "artillery", (2, 2)) in found


def test_elliptical_counts_over_other_places_add_up() -> None:
    assert summary("Air defences destroyed 10 drones over the Oryol region and six more over Kursk.") == [("destroyed", "drone", (16, 16))]
    assert summary("Troops shot down two drones near Goma, one over Sake and three near Rutshuru.") == [("destroyed", "drone", (6, 6))]


def test_a_count_does_not_reach_across_a_clause_to_equipment() -> None:
    found = summary("Militants captured a pilot after his helicopter was shot down near Gao.")
    assert found == [("destroyed", "helicopter", (1, 1))]


def test_equipment_left_behind_is_lost() -> None:
    assert summary("The insurgents fled, leaving behind four motorbikes and a pickup.") == [("lost", "vehicle", (5, 5))]


def test_a_second_outcome_counted_without_its_noun() -> None:
    found = summary("Drones destroyed two Su-34 bombers at the airfield and damaged four more, the agency said.")
    assert found == [("destroyed", "aircraft", (2, 2)), ("damaged", "aircraft", (4, 4))]
    assert summary("Two tanks were destroyed and three damaged near Kreminna.") == [("destroyed", "tank", (2, 2)), ("damaged", "tank", (3, 3))]
    assert summary("Troops destroyed two tanks and killed 14, the brigade said.") == [("destroyed", "tank", (2, 2))]


def test_crippled_and_put_out_of_action_are_damaged_and_booty_is_captured() -> None:
    assert summary("A missile strike crippled a landing ship in Sevastopol.") == [("damaged", "ship", (1, 1))]
    assert summary("The rebels took three armoured vehicles as booty.") == [("captured", "armored_vehicle", (3, 3))]


def test_a_side_modifier_names_the_owner_in_a_state_versus_group_war() -> None:
    text = ("Fighting between the Sudanese army and the RSF continued in Darfur. "
            "The RSF said it shot down an army cargo plane near El Fasher.")
    assert [(c.subject, c.outcome, c.category) for c in materiel(text)] == [("SDN", "destroyed", "aircraft")]


def test_a_count_before_of_the_counts_the_part() -> None:
    assert summary("Air defences shot down 51 of the drones over eleven regions.") == [("destroyed", "drone", (51, 51))]


def test_launch_barrels_are_artillery() -> None:
    assert summary("The army said it destroyed 12 launch barrels in the south.") == [("destroyed", "artillery", (12, 12))]


def test_an_owner_that_fights_the_claimant_in_a_known_war_is_no_maker() -> None:
    text = "The Houthis said they shot down an American MQ-9 Reaper drone over Marib in Yemen."
    assert [(c.subject, c.outcome, c.category) for c in materiel(text)] == [("USA", "destroyed", "drone")]
    text = "The Russian Defence Ministry said its forces destroyed eight German Leopard tanks near Orikhiv in Ukraine."
    assert [(c.subject, c.category, c.count) for c in materiel(text)] == [("UKR", "tank", (8, 8))]


def test_a_collective_noun_counts_no_one() -> None:
    assert summary("Air defences intercepted a wave of drones over Odesa.") == [("destroyed", "drone", None)]
    assert summary("The army destroyed a convoy of trucks near Mellit.") == [("destroyed", "vehicle", None)]


def test_the_targets_of_downed_drones_are_not_downed() -> None:
    assert summary("Troops shot down 11 drones targeting the airport and fuel depots.") == [("destroyed", "drone", (11, 11))]


def test_an_appositive_names_the_same_item_once() -> None:
    assert summary("An Israeli drone, a Hermes 450, was shot down over Nabatieh.") == [("destroyed", "drone", (1, 1))]


def test_a_vague_part_of_launched_drones_that_was_downed_belongs_to_the_launcher() -> None:
    found = [(c.subject, c.outcome, c.category, c.count) for c in materiel("Russia launched 40 drones overnight, most of which were shot down.")]
    assert found == [("RUS", "destroyed", "drone", None)]


def test_a_kind_before_type_names_the_noun_after_it() -> None:
    assert summary("Air defences destroyed 25 aircraft-type drones over the Oryol region.") == [("destroyed", "drone", (25, 25))]
    assert summary("Troops shot down 40 Shahed-type attack drones overnight.") == [("destroyed", "drone", (40, 40))]


def test_equipment_nouns_that_qualify_another_noun_are_not_items() -> None:
    assert summary("The army destroyed three enemy fortifications and a mortar position.") == []
    assert summary("Drone attacks destroyed two tanks near Chasiv Yar.") == [("destroyed", "tank", (2, 2))]


def test_artillery_that_hit_enemy_positions_is_the_agent() -> None:
    assert summary("Artillery hit enemy positions near Kupiansk, the ministry said.") == []


def test_looted_is_captured_and_troop_carriers_are_armoured() -> None:
    assert summary("Fighters looted two troop carriers from the barracks.") == [("captured", "armored_vehicle", (2, 2))]


def test_losses_including_equipment() -> None:
    found = [(c.subject, c.outcome, c.category, c.count) for c in materiel("Russian forces suffered heavy losses, including 12 tanks, near Vuhledar.")]
    assert found == [("RUS", "lost", "tank", (12, 12))]


def test_a_sides_aircraft_that_crashed_is_lost_but_an_airliner_is_not_materiel() -> None:
    assert summary("A Russian Su-34 bomber crashed in the Voronezh region during a training flight.") == [("lost", "aircraft", (1, 1))]
    assert summary("A passenger plane crashed near Aktau, killing 38 people.") == []


def test_the_object_of_a_first_verb_is_not_the_agent_of_a_second() -> None:
    found = [(c.subject, c.outcome, c.category) for c in materiel("Colombian troops destroyed an ELN cocaine lab and seized 3 rifles.")]
    assert found == [("ELN", "captured", "other")]


def test_a_state_named_as_losing_equipment_outside_the_war_profile_keeps_it() -> None:
    text = "Fighting between Somali troops and al-Shabaab continued. The Kenyan military lost a helicopter in Somalia on Tuesday."
    assert [(c.subject, c.outcome, c.category) for c in materiel(text)] == [("KEN", "lost", "helicopter")]


def test_equipment_brought_down_or_blown_apart_by_fire_is_destroyed() -> None:
    assert summary("A Sudanese army Antonov crashed after being hit by RSF fire near El Fasher.") == [("destroyed", "aircraft", (1, 1))]
    assert summary("An Armenian T-72 exploded after an Azerbaijani drone strike near Hadrut.") == [("destroyed", "tank", (1, 1))]
    assert summary("A Houthi patrol boat was struck and later sank off Hodeidah.") == [("destroyed", "ship", (1, 1))]
    assert summary("Two junta armoured vehicles were hit and burned out in Sagaing.") == [("destroyed", "armored_vehicle", (2, 2))]


def test_crashes_and_blasts_without_fire_stay_as_they_were() -> None:
    assert summary("A Russian Su-34 crashed during a training flight.") == [("lost", "aircraft", (1, 1))]
    assert summary("The airliner crashed after being hit by lightning.") == []
    assert summary("A car bomb exploded after the morning prayers in Mogadishu.") == []


def test_nearly_all_of_a_salvo_downed_is_an_uncounted_part() -> None:
    assert summary("The Houthis launched 18 drones at the fleet, nearly all of which were shot down.") == [("destroyed", "drone", None)]


def test_the_owner_of_the_people_opening_a_list_owns_its_equipment() -> None:
    found = materiel("Up to 60 Armenian servicemen, three trucks and a Grad launcher were eliminated, Baku said.")
    assert [(c.subject, c.category, c.count) for c in found] == [("ARM", "vehicle", (3, 3)), ("ARM", "artillery", (1, 1))]


def test_a_makers_name_hyphened_to_a_number_is_one_model() -> None:
    # "Sukhoi-25", "Antonov-26": the maker's name stands for the code's letters; the article counts one
    assert summary("Rebels shot down a Sukhoi-25 jet of the army near Bunia.") == [("destroyed", "aircraft", (1, 1))]
    assert summary("The RSF said it downed an Antonov-26 over El Obeid.") == [("destroyed", "aircraft", (1, 1))]


def test_no_equipment_lost_is_a_zero_count() -> None:
    # GOLD_FORMAT: a plain negative is an assertion with count [0, 0]
    assert summary("The Armenian defence ministry said no aircraft were lost in the fighting.") == [("lost", "aircraft", (0, 0))]
    assert summary("Kyiv said no Ukrainian tanks had been destroyed near Kupiansk.") == [("destroyed", "tank", (0, 0))]


def test_counted_weapons_are_other_and_never_people() -> None:
    assert summary("Troops seized 40 weapons from the insurgents near Palma.") == [("captured", "other", (40, 40))]
    claims = extract_from_cleaned_text("The militants captured 25 weapons and two armoured vehicles.", PUBLISHED)
    assert [c.type for c in claims if c.type == "casualty"] == []
    assert sorted((c.category, c.count) for c in claims if c.type == "materiel") == [("armored_vehicle", (2, 2)), ("other", (25, 25))]


def test_uncounted_weapons_are_not_coded_but_a_counted_part_is() -> None:
    assert summary("Police seized weapons and ammunition in a raid in Bamenda.") == []
    assert summary("We seized the weapons, including three pistols, the commander said.") == [("captured", "other", (3, 3))]


def test_the_side_fought_before_a_loss_is_no_agent_of_it() -> None:
    found = materiel("Hezbollah said its fighters had clashed with Israeli troops and destroyed two tanks.")
    assert [(c.subject, c.claimant) for c in found] == [("ISR", "HEZBOLLAH")]
    found = materiel("The army said it fought RSF fighters near Bara and destroyed 12 combat vehicles.")
    assert [(c.subject, c.claimant) for c in found] == [("RSF", "SDN")]


def test_losses_put_at_a_figure_are_listed_losses() -> None:
    claims = [(c.type, c.subject, c.outcome, c.category, c.count) for c in extract_from_cleaned_text(
        "Kyiv put Russian losses over the past week at 8,200 personnel, 41 tanks and 96 artillery systems.", PUBLISHED)]
    assert claims == [
        ("casualty", "RUS", "killed", "military", (8200, 8200)),
        ("materiel", "RUS", "lost", "tank", (41, 41)),
        ("materiel", "RUS", "lost", "artillery", (96, 96)),
    ]
    # a figure spelled out counts too; "at" a place does not put losses at a figure
    assert summary("The rebels put the army's losses at two tanks.") == [("lost", "tank", (2, 2))]
    assert summary("Losses at the bridgehead ran high, while 12 tanks waited in reserve.") == []


def test_damage_a_side_plays_down_is_its_own() -> None:
    found = materiel("Russia's defence ministry said a frigate was lightly damaged and its crew were safe.")
    assert [(c.subject, c.outcome, c.category) for c in found] == [("RUS", "damaged", "ship")]


def test_an_ordinal_names_an_item_told_already() -> None:
    found = materiel("The Houthis said they had shot down an American MQ-9 Reaper drone, the 14th such drone since the war began.")
    assert [(c.outcome, c.category, c.count) for c in found] == [("destroyed", "drone", (1, 1))]


def test_equipment_targeted_with_a_direct_hit_is_damaged() -> None:
    # a warship: a cargo ship is a civilian vehicle, no materiel (GOLD_FORMAT)
    assert summary("The Houthis said they had targeted a US destroyer in the Gulf of Aden with missiles, achieving direct hits.") == [
        ("damaged", "ship", (1, 1))]
    assert summary("Hezbollah said it targeted a Merkava tank near the border with a guided missile.") == []


def test_equipment_in_a_clause_before_a_verb_with_a_counted_object_is_no_loss() -> None:
    # the verb after the comma has its own object ("lost about 30 fighters"): the motorcycles were the attackers' ride
    assert summary("The army said the militants, who came on dozens of motorcycles, lost about 30 fighters.") == []
    assert summary("Witnesses said the convoy of pickup trucks, then lost nearly 20 men in the ambush.") == []


def test_the_part_shot_down_in_a_clause_of_its_own() -> None:
    # "launched 120 drones; 85 were shot down": 85 destroyed, never the 120 launched
    for text in ("Russia launched 120 drones overnight; 85 were shot down, Ukraine's air force said.",
                 "Russia launched 120 drones overnight, and 85 were shot down, Ukraine's air force said."):
        assert summary(text) == [("destroyed", "drone", (85, 85))], summary(text)


def test_air_defences_shooting_down_some_of_what_the_sentence_before_named() -> None:
    text = "Iran launched 40 drones at Israel on Saturday. Israeli air defences shot down 35 of them."
    assert ("destroyed", "drone", (35, 35)) in summary(text), summary(text)


def test_civilian_vehicles_are_no_materiel() -> None:
    # GOLD_FORMAT: civilian vehicles hit are no side's equipment, like merchant ships
    assert summary("A Russian drone hit a civilian car in Kherson, wounding the driver.") == []
    assert summary("An Israeli strike destroyed an aid truck near Rafah.") == []
    assert summary("Ukrainian forces destroyed three Russian trucks and a car.") == [("destroyed", "vehicle", (4, 4))]


def test_the_noun_of_a_seizure_captures_equipment() -> None:
    assert summary("The M23 claimed the seizure of five armoured vehicles from the Congolese army.") == [("captured", "armored_vehicle", (5, 5))]


def test_a_car_hit_is_a_civilian_vehicle_not_materiel() -> None:
    """GOLD_FORMAT: damage to civilian vehicles is not materiel; armies' vehicles keep their words."""
    text = "An Israeli drone hit a car near Bint Jbeil, killing two men."
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"] == []
    text = "Ukrainian drones destroyed two Russian military vehicles near Pokrovsk."
    assert [c.category for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"] == ["vehicle"]


def test_a_number_inside_a_hyphenated_modifier_counts_nothing() -> None:
    """'four one-way attack drones': four drones, not one."""
    assert summary("US forces intercepted four one-way attack drones over the Red Sea, CENTCOM said.") == [("destroyed", "drone", (4, 4))]
    assert summary("Ukrainian troops destroyed two three-axle army trucks near Tokmak.") == [("destroyed", "vehicle", (2, 2))]


def test_people_counted_after_equipment_in_the_sentence_before_are_no_equipment() -> None:
    text = ("The Arakan Army said it seized two naval vessels near Sittwe. "
            "Three resistance fighters died in the fighting and eleven more were taken prisoner.")
    assert summary(text) == [("captured", "ship", (2, 2))]


def test_a_loss_ranked_since_a_time_is_no_running_total() -> None:
    text = ("The Houthis said their air defences shot down a US MQ-9 Reaper over Marib, the 19th such drone downed since "
            "October 2023.")
    assert [(c.count, c.cumulative) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"] == [((1, 1), False)]
