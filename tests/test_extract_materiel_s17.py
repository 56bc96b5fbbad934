"""Materiel and territory recall and owners, session 17 (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 6, 10)


def _materiel(text: str) -> list[tuple[str | None, str | None, str | None, tuple[int | None, int | None] | None]]:
    return [(c.subject, c.outcome, c.category, c.count) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def test_a_force_named_with_the_term_owns_the_equipment() -> None:
    # "Russian military" reads as the actor and "military aircraft" as the term: the force still owns them
    assert _materiel("Six Russian military aircraft were destroyed on the ground at an airbase in Crimea.") == [
        ("RUS", "destroyed", "aircraft", (6, 6))]
    assert _materiel("Four Israeli military vehicles were damaged by an explosive device near Jenin.") == [
        ("ISR", "damaged", "vehicle", (4, 4))]


def test_counts_across_places_add_up_after_a_passive_verb_and_a_place_of_two_names() -> None:
    # GOLD_FORMAT: items of one category add up across places too
    assert _materiel("Five drones were shot down over Sumy, three over Chernihiv and one over the Poltava region, Ukraine's air force said.") == [
        ("RUS", "destroyed", "drone", (9, 9))]
    assert _materiel("Ukrainian air defences downed 31 drones over Kharkiv and the Dnipro region, and six more over Odesa.") == [
        ("RUS", "destroyed", "drone", (37, 37))]


def test_eliminating_and_neutralising_destroy_the_equipment_they_govern() -> None:
    assert _materiel("Russian troops repelled three counterattacks, eliminating up to 90 Ukrainian troops and two armoured vehicles, "
                     "the Russian defence ministry said.") == [("UKR", "destroyed", "armored_vehicle", (2, 2))]
    assert _materiel("Indian troops returned fire, neutralising two Pakistani artillery guns, the Indian army said.") == [
        ("PAK", "destroyed", "artillery", (2, 2))]


def test_the_equipment_before_as_a_pronoun_or_a_part_heading_a_passive_verb() -> None:
    assert _materiel("Hezbollah launched an explosive drone toward Kiryat Shmona. It was shot down by the Israeli air force.") == [
        ("HEZBOLLAH", "destroyed", "drone", (1, 1))]
    assert _materiel("Ukraine launched 27 drones at the Bryansk region. All of them were destroyed, the Russian defence ministry said.") == [
        ("UKR", "destroyed", "drone", (27, 27))]
    assert _materiel("Iran fired about 100 missiles at Israel overnight. The Israeli military said most were intercepted.") == [
        ("IRN", "destroyed", "other", None)]


def test_a_count_lost_to_jamming_after_a_launch_is_the_launcher_s_loss() -> None:
    assert _materiel("Russia attacked with 90 drones overnight. The air force said 70 of them were shot down and 15 were lost to jamming.") == [
        ("RUS", "destroyed", "drone", (70, 70)), ("RUS", "lost", "drone", (15, 15))]


def test_it_after_equipment_that_struck_something_is_not_the_equipment() -> None:
    assert _materiel("A Russian drone struck a warehouse in Odesa. It was damaged, the governor said.") == []


def test_a_long_tally_goes_on_past_each_item_s_change_of_the_day() -> None:
    text = ("Ukraine's General Staff said Russia has lost 9,100 tanks (+4), 18,500 armoured fighting vehicles (+11), 20,100 artillery "
            "systems (+30), 980 air defence systems (+1), 369 aircraft, 331 helicopters, 19,000 drones (+60), 28 warships and 26,500 "
            "vehicles (+50) since the start of the invasion.")
    found = _materiel(text)
    assert ("RUS", "lost", "ship", (28, 28)) in found and ("RUS", "lost", "vehicle", (26500, 26500)) in found


def test_an_ally_s_force_named_with_the_term_keeps_its_equipment() -> None:
    # "Ethiopian military" names the force, not a maker: the trucks stay Ethiopia's in Somalia's war
    assert _materiel("Al-Shabaab said its fighters burned three Ethiopian military trucks near Baidoa.") == [("ETH", "destroyed", "vehicle", (3, 3))]


def test_counted_equipment_taken_up_by_a_pronoun_later_in_its_sentence() -> None:
    assert _materiel("Russia said it had repelled an attack by nine Ukrainian boats, destroying all of them.") == [("UKR", "destroyed", "ship", (9, 9))]
    assert _materiel("The Houthis launched two drones toward the frigate, which shot them down.") == [("HOUTHIS", "destroyed", "drone", (2, 2))]
    # the air defences that intercept them are the agent, not equipment lost
    assert _materiel("Ukraine fired four ATACMS missiles at Crimea, and Russian air defences intercepted them.") == [
        ("UKR", "destroyed", "other", (4, 4))]


def test_a_bulleted_tally_of_what_was_destroyed() -> None:
    text = ("Russia's defence ministry said its forces had repelled attacks near Kupiansk.\n\n"
            "Over the past day, the following were destroyed:\n- 3 tanks;\n- 5 armoured vehicles;\n- 1 Buk launcher.")
    assert _materiel(text) == [("UKR", "destroyed", "tank", (3, 3)), ("UKR", "destroyed", "armored_vehicle", (5, 5)),
                               ("UKR", "destroyed", "air_defense", (1, 1))]


def test_a_pair_counts_two_and_a_percentage_counts_no_equipment() -> None:
    assert _materiel("Hezbollah said it destroyed a pair of Israeli Merkava tanks near Marun al-Ras.") == [("ISR", "destroyed", "tank", (2, 2))]
    assert _materiel("The Israeli army said it destroyed about 60 percent of Hezbollah's rocket launchers.") == [
        ("HEZBOLLAH", "destroyed", "artillery", None)]


def test_it_after_a_munition_that_struck_a_ship_is_the_ship() -> None:
    assert _materiel("A Houthi missile struck a Liberian-flagged tanker in the Red Sea, badly damaging it.") == []


def test_a_force_reporting_the_crash_of_a_military_craft_lost_it() -> None:
    assert _materiel("Myanmar's junta said a fighter jet crashed in Magway region because of a technical fault.") == [("MMR", "lost", "aircraft", (1, 1))]
    # a plane of no side, in no force's report, may be an airliner
    assert _materiel("A plane crashed near the airport on Sunday, local media reported.") == []


def test_rockets_named_by_two_launchers_are_munitions() -> None:
    # GOLD_FORMAT: missiles or rockets shot down are "other", the launcher's
    assert _materiel("Russia's defence ministry said air defences intercepted six HIMARS and Vampire rockets over the past day.") == [
        ("UKR", "destroyed", "other", (6, 6))]


def test_a_system_s_launcher_named_with_its_kind_is_one_item() -> None:
    assert _materiel("Russia's defence ministry said its aircraft struck a Patriot air defence missile system launcher near Dnipro.") == [
        ("UKR", "damaged", "air_defense", (1, 1))]


def test_a_launched_munition_taken_up_as_the_subject_of_its_downing_in_its_sentence() -> None:
    assert _materiel("The Houthis launched a ballistic missile at Israel; the IDF said it was intercepted.") == [("HOUTHIS", "destroyed", "other", (1, 1))]
    # "it" may be the place it was fired at: only a downing takes the munition up
    assert _materiel("Russia fired a missile at the power plant, and it was hit.") == []


def test_a_vehicle_borne_bomb_is_no_vehicle() -> None:
    assert _materiel("Somali troops destroyed a vehicle-borne IED before it reached the base, the army said.") == []
    assert _materiel("The army said troops destroyed a vehicle-mounted anti-aircraft gun belonging to al-Shabaab.") == [
        ("SHABAAB", "destroyed", "air_defense", (1, 1))]
