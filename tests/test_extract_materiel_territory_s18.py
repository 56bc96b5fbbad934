"""Materiel owners, counts and clauses, and ground lost, session 18 (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


def _materiel(text: str) -> list[tuple[str | None, str | None, str | None, tuple[int | None, int | None] | None]]:
    return [(c.subject, c.outcome, c.category, c.count) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def test_an_aircraft_named_by_its_role_words_after_the_model_is_one() -> None:
    assert _materiel("A Russian Su-25 ground attack jet was shot down near Pokrovsk, Ukraine's air force said.") == [
        ("RUS", "destroyed", "aircraft", (1, 1))]
    assert _materiel("An Indian MiG-21 trainer aircraft crashed in Rajasthan, the Indian air force said.")[0][3] == (1, 1)


def test_a_maker_s_name_stands_for_the_model() -> None:
    assert _materiel("Rebels shot down a Sudanese army Antonov transport plane near El Obeid.") == [
        ("SDN", "destroyed", "aircraft", (1, 1))]
    assert _materiel("The insurgents said they downed a junta Sukhoi fighter jet over Sagaing.")[0][3] == (1, 1)


def test_equipment_heading_its_own_passive_is_not_the_object_of_the_verb_before() -> None:
    # the verb before ("intercepted") governs the missiles; "no ship was damaged" is its own clause, the speaker's own ships
    assert _materiel("The Pentagon said the missiles were intercepted and no ship was damaged.") == [
        ("USA", "damaged", "ship", (0, 0))]
    assert _materiel("Kyiv said the rockets were shot down and no aircraft was hit at the airbase.") == [
        ("UKR", "damaged", "aircraft", (0, 0))]


def _territory(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(c.subject, c.outcome, c.claimant, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_a_side_s_own_forces_in_a_claim_it_rejects_lose_the_ground() -> None:
    # the other side's claim is about the speaker's forces: "its" is the speaker, not the side named just before
    assert _territory("Hezbollah denied Israeli claims that its fighters had withdrawn from the border villages.") == [
        ("HEZBOLLAH", "lost", "HEZBOLLAH", "deny")]
    assert _territory("The Kremlin dismissed Ukrainian reports that its troops were retreating from Kupiansk.") == [
        ("RUS", "lost", "RUS", "deny")]
    # a side named as the subject keeps the loss
    assert _territory("Israel said Hezbollah fighters had withdrawn from the border villages.") == [
        ("HEZBOLLAH", "lost", "ISR", "assert")]


def _places(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.subject, c.outcome, c.place) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_each_place_of_a_list_keeps_the_verb_s_reading_and_its_own_name() -> None:
    # a foreign side's "liberation" is a capture for every place it lists, and a place the gazetteer lacks is named as written
    assert _places("The Russian defence ministry said its troops had liberated the villages of Novoselivka and Pishchanka "
                   "in the Donetsk region.") == [("UKR", "lost", "Novoselivka"), ("UKR", "lost", "Pishchanka")]


def test_ground_held_with_an_adverb_an_area_or_a_zone() -> None:
    assert _territory("Kyiv says Russian troops have now occupied about 18% of Ukrainian territory.") == [
        ("UKR", "lost", "UKR", "assert")]
    assert _territory("Ukrainian forces still hold around 500 square kilometres of Russia's Kursk region, Ukraine's army chief said.") == [
        ("RUS", "lost", "UKR", "assert")]
    assert [t[:2] for t in _territory("Israeli troops hold a buffer zone inside Syria's Quneitra province.")] == [("SYR", "lost")]
    # holding an event a few kilometres away is no ground held
    assert _territory("Farmers held a protest 5 km from Kherson on Sunday.") == []


def test_an_annexation_is_ground_changing_hands_and_a_label_of_it_is_not() -> None:
    assert _territory("Russia annexed Crimea in 2014.") == [("UKR", "lost", None, "assert")]
    assert [(c.subject, c.count) for c in extract_from_cleaned_text("Moscow claims to have annexed four Ukrainian regions in 2022.", PUBLISHED)
            if c.type == "territory"] == [("UKR", (4, 4))]
    assert _territory("Drones struck Russia's illegally annexed regions of Zaporizhzhia and Kherson.") == []


def test_ground_cleared_of_a_side_or_freed_from_it_is_retaken() -> None:
    assert _territory("The Sudanese army cleared the last RSF pockets from Omdurman, the army said.") == [
        ("RSF", "retaken", "SDN", "assert")]
    assert _territory("Nigerian troops freed the town of Gwoza from Boko Haram fighters, the army said.") == [
        ("BOKO_HARAM", "retaken", "NGA", "assert")]
    # people freed are no ground
    assert _territory("Soldiers freed Ahmed Musa and 40 other hostages held by the group.") == []


def test_rebels_named_by_their_people_are_their_armed_group() -> None:
    claims = extract_from_cleaned_text("Kachin rebels overran a junta outpost near Bhamo.", PUBLISHED)
    assert [(c.type, c.subject, c.object) for c in claims if c.type == "territory"] == [("territory", "MMR", "KIA")]
    claims = extract_from_cleaned_text("Kokang rebels captured the town of Laukkai from the military.", PUBLISHED)
    assert [(c.subject, c.object) for c in claims if c.type == "territory"] == [("MMR", "MNDAA")]


def test_a_side_driven_out_by_a_state_loses_ground_the_state_retakes_in_either_voice() -> None:
    active = _territory("Somali forces drove al-Shabaab fighters out of the town of Adan Yabaal.")
    passive = _territory("Al-Shabaab fighters were driven out of the town of Adan Yabaal by Somali forces.")
    assert active == passive == [("SHABAAB", "retaken", None, "assert")]


def test_bombers_and_fighters_lost_as_aircraft_are_no_men_killed() -> None:
    for text in ("Russia lost a Tu-22M3 bomber over the Black Sea, Ukraine said.",
                 "Ukrainian drones destroyed two strategic bombers at the Engels airbase."):
        assert [c.type for c in extract_from_cleaned_text(text, PUBLISHED)] == ["materiel"], text
    # a suicide bomber is a man
    claims = extract_from_cleaned_text("Two suicide bombers were killed by guards at the gate of the base.", PUBLISHED)
    assert [c.type for c in claims if c.type == "casualty"] == ["casualty"]


def test_a_number_standing_alone_is_no_part_of_a_single_thing_named_before_it() -> None:
    # "two were intercepted" are two of the three missiles, not two of the one vessel they were fired at
    assert _materiel("The Houthis fired three anti-ship missiles at the vessel; two were intercepted by a US destroyer.") == [
        ("HOUTHIS", "destroyed", "other", (2, 2))]
    assert _materiel("Russia launched 145 drones; 89 were downed, the air force said.") == [("RUS", "destroyed", "drone", (89, 89))]


def test_the_side_whose_equipment_was_destroyed_in_an_attack_is_not_its_attacker() -> None:
    for text in ("Israeli tank destroyed in Gaza ambush, Hamas says",
                 "An Israeli tank was destroyed in an ambush in Jabalia, Hamas said."):
        assert [c.subject for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"] == [None], text
    # the attacker named on the attack noun stays
    assert [c.subject for c in extract_from_cleaned_text("Russian helicopter downed in Ukrainian strike near Kherson", PUBLISHED)
            if c.type == "attack"] == ["UKR"]
