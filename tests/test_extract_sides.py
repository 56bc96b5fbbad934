"""Whose people a casualty claim counts in a war no conflict profile covers: the document's frame.

Sentences written for these tests; the wars (Colombia, Pakistan, Ethiopia, the Sahel) have no profile.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.data.actors import load_registry
from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.extract.sides import document_fighters
from counterclaim.records import Claim

PUBLISHED = dt.date(2023, 5, 10)


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


def test_soldiers_in_a_war_without_profile_are_the_states() -> None:
    text = (
        "ELN guerrillas ambushed an army patrol near Tame in Colombia's Arauca province on Tuesday. "
        "Four soldiers were killed in the ambush, Colombia's defence ministry said. "
        "The ELN has stepped up attacks in Arauca this year."
    )
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.category, c.count) for c in killed] == [("COL", "military", (4, 4))]


def test_militants_in_a_war_without_profile_are_the_groups() -> None:
    text = (
        "Pakistani troops raided a Balochistan Liberation Army hideout in Balochistan's Kech district on Sunday. "
        "Six militants were killed in the raid, Pakistan's army said. "
        "The Balochistan Liberation Army did not comment."
    )
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.category) for c in killed] == [("BLA", "military")]


def test_two_groups_named_equally_give_no_frame() -> None:
    registry = load_registry()
    assert document_fighters(["MLI", "JNIM", "ISSP"], ["MLI"], registry) is None


def test_frame_needs_an_armed_group() -> None:
    registry = load_registry()
    assert document_fighters(["IND", "PAK", "IND"], ["IND"], registry) is None


def test_frame_state_is_where_the_places_are() -> None:
    registry = load_registry()
    assert document_fighters(["ETH", "FANO", "FANO", "USA", "USA", "USA"], ["ETH", "ETH"], registry) == ("ETH", "FANO")


def test_civilians_without_a_place_of_their_own_live_where_the_text_is() -> None:
    text = (
        "Fighting spread across Sagaing and Magway this week. "
        "Residents said an airstrike killed nine villagers and wounded 14 others."
    )
    found = [(c.subject, c.outcome, c.category) for c in casualties(text)]
    assert found == [("MMR", "killed", "civilian"), ("MMR", "wounded", "civilian")]


def test_places_split_evenly_give_no_home_state() -> None:
    from counterclaim.extract.sides import home_state

    registry = load_registry()
    assert home_state(["IND", "PAK"], registry) is None
    assert home_state(["IND", "PAK", "IND"], registry) == "IND"


def test_civilians_killed_by_their_own_state_are_still_its_people() -> None:
    text = (
        "Fano fighters have held much of the countryside around Bahir Dar in Ethiopia's Amhara region since August. "
        "Residents said a drone strike by government forces killed eleven civilians in Amhara."
    )
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.category) for c in killed] == [("ETH", "civilian")]


def test_a_body_named_after_a_country_is_no_place() -> None:
    from counterclaim.extract.places import find_places

    text = "The Amhara Association of America and the University of Khartoum counted the dead in Bakhmut."
    assert [p.name for p in find_places(text, ())] == ["Bakhmut"]


def test_the_end_of_a_longer_name_is_no_namesake_abroad() -> None:
    from counterclaim.extract.places import find_places

    text = "Shells landed across the Line of Control near Uri, and a ship sank in the Sea of Azov."
    names = [(p.name, p.country) for p in find_places(text, ("IND", "PAK"))]
    assert names == [("Uri", "IND")]
    # a place of the war's own countries after a longer name still counts
    assert [p.country for p in find_places("Fighting spread to the Democratic Republic of Congo.", ("COD", "RWA"))] == ["COD"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two drones fell on Blizhneye and Solomino in the Belgorodsky district on Monday.", "RUS"),
        ("A shell hit a school in the village of Solomino in the Belgorod region.", "RUS"),
        ("Russian shells hit houses in Kurakhove in the Pokrovskyi district.", "UKR"),
    ],
)
def test_a_place_lies_in_the_district_written_after_it(text: str, country: str) -> None:
    from counterclaim.extract.places import find_places

    assert find_places(text, ("RUS", "UKR"))[0].country == country


def test_people_in_a_country_outside_the_war_profile_are_that_countrys() -> None:
    text = (
        "Israeli strikes in Gaza killed 30 Palestinians on Monday. "
        "US strikes in western Iraq killed at least 16 people and wounded 23, an Iraqi government spokesman said."
    )
    iraq = [(c.subject, c.outcome) for c in casualties(text) if "16" in str(c.count) or c.count == (23, 23)]
    assert iraq == [("IRQ", "killed"), ("IRQ", "wounded")]


def test_people_killed_by_their_own_governments_forces_are_that_states() -> None:
    text = "Government troops shelled a market in Gondar, Ethiopia, on Monday, killing nine people, residents said."
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.count) for c in killed] == [("ETH", (9, 9))]


def test_people_killed_abroad_live_where_the_strike_fell_not_with_the_attackers_usual_enemy() -> None:
    text = "American air strikes on a depot near Albu Kamal in Syria killed 12 people, a monitoring group said."
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.count) for c in killed] == [("SYR", (12, 12))]


def test_the_junta_is_the_state_side() -> None:
    text = (
        "The Arakan Army said it captured a junta outpost near Kyauktaw. "
        "Junta artillery shelled the village of Sittwe on Monday, the Arakan Army said."
    )
    attacks = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack" and c.outcome == "shelling"]
    assert [c.subject for c in attacks] == ["MMR"]


def test_a_whole_war_toll_has_no_subject() -> None:
    for text in (
        "The conflict in Tigray has killed more than 600,000 people, researchers estimate.",
        "Mali is fighting an insurgency that has claimed more than 10,000 lives since 2012.",
    ):
        killed = [c for c in casualties(text) if c.outcome == "killed"]
        assert [c.subject for c in killed] == [None], text


def test_a_strike_toll_keeps_its_victims_home() -> None:
    text = "Residents said an airstrike on a market in Sagaing has killed 12 people."
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [c.subject for c in killed] == ["MMR"]


def test_civilians_reported_by_a_foreign_state_are_of_where_they_live() -> None:
    text = "Turkey's foreign ministry said air strikes on Idlib killed more than 60 civilians."
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.claimant) for c in killed] == [("SYR", "TUR")]


def test_civilians_reported_by_their_own_state_stay_its_people() -> None:
    text = "Ukraine's interior ministry said Russian shelling of Kharkiv killed 5 civilians."
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.claimant) for c in killed] == [("UKR", "UKR")]


def test_a_state_reporting_its_civilians_killed_by_its_enemy_counts_its_own() -> None:
    text = "Armenia reports that 9 civilians have been killed by Azerbaijani shelling since Sunday."
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.claimant) for c in killed] == [("ARM", "ARM")]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Police opened fire on protesters in Nairobi on Tuesday, killing two people, witnesses said.", "KEN"),
        ("Riot police fired on demonstrators in Mombasa, killing three people, a rights group said.", "KEN"),
    ],
)
def test_police_firing_at_home_are_the_home_states(text: str, home: str) -> None:
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [c.subject for c in claims if c.type == "attack"] == [home]
    assert all(c.subject != "HTI" and c.object != "HTI" for c in claims)


def test_the_bare_acronym_pdf_is_myanmars_peoples_defence_force() -> None:
    text = "PDF fighters overran a junta outpost in Magway Region on Friday, killing seven soldiers, resistance fighters said."
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [c.subject for c in claims if c.type == "attack"] == ["PDF"]
    assert [(c.subject, c.category) for c in claims if c.type == "casualty" and c.count == (7, 7)] == [("MMR", "military")]


def test_a_pdf_file_is_no_actor() -> None:
    from counterclaim.extract.mentions import registry_matcher

    assert not [m for m in registry_matcher().find("The agency released a PDF file with the full list.") if m.code == "PDF"]


def test_civilians_take_the_state_they_live_in_when_the_other_side_reports_them() -> None:
    text = "Junta airstrikes killed 20 villagers in Sagaing Region, the National Unity Government said."
    killed = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
    assert [(c.subject, c.category, c.count) for c in killed] == [("MMR", "civilian", (20, 20))]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Police fired live rounds at protesters in Kampala, killing two people, witnesses said.", "UGA"),
        ("Security forces opened fire on demonstrators in N'Djamena, killing five people, an opposition party said.", "TCD"),
    ],
)
def test_forces_in_an_allys_own_land_are_the_allys(text: str, home: str) -> None:
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [c.subject for c in claims if c.type == "attack"] == [home]
    assert [c.subject for c in claims if c.type == "casualty"] == [home]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The RSF shelled the city again. Twelve people were killed in the market.", "SDN"),
        ("Fighters of the People's Defence Force ambushed a convoy. Nine people were killed in the crossfire.", "MMR"),
        ("Fano militiamen attacked a police station. Seven people died in the attack.", "ETH"),
    ],
)
def test_people_of_a_war_fought_in_one_state_live_in_it_when_no_place_says_otherwise(text: str, home: str) -> None:
    assert [c.subject for c in casualties(text)] == [home]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Two Indian peacekeepers were killed in an ambush in North Kivu.", "UN"),
        ("A Ghanaian peacekeeper serving with UNIFIL was wounded by shelling.", "UN"),
        ("Three Ugandan peacekeepers of the African Union mission were killed near Marka.", "AU"),
        ("Four Nigerian soldiers were killed near Maiduguri.", "NGA"),
    ],
)
def test_peacekeepers_belong_to_their_mission_not_to_the_state_that_sent_them(text: str, subject: str) -> None:
    assert [c.subject for c in casualties(text)] == [subject]


def test_people_of_a_region_or_breakaway_authority_are_the_states_where_they_live() -> None:
    text = "Puntland forces fought Islamic State militants in the hills. Militants executed nine hostages in Mogadishu."
    assert [c.subject for c in casualties(text)] == ["SOM"]


def test_actors_are_named_as_of_the_day_their_sentence_gives() -> None:
    claims = extract_from_cleaned_text("The Taliban seized the district of Kunduz on 3 May 2019, killing 12 Afghan soldiers.", dt.date(2024, 3, 1))
    assert ("territory", "AFG", "TALIBAN") in [(c.type, c.subject, c.object) for c in claims]


def test_separatist_authorities_in_another_war_are_not_karabakhs() -> None:
    claims = extract_from_cleaned_text("Shelling killed two people in Luhansk on Sunday, the separatist authorities said.", PUBLISHED)
    assert claims and all(c.claimant != "NKR" for c in claims)


def test_separatist_authorities_in_the_karabakh_war_are_karabakhs() -> None:
    text = "Azerbaijani shelling killed two civilians in Martuni, the separatist authorities said."
    claims = extract_from_cleaned_text(text, dt.date(2020, 10, 5))
    assert [c.claimant for c in claims if c.type == "casualty"] == ["NKR"]


def test_al_qaeda_linked_militants_in_mali_are_not_somalias() -> None:
    claims = casualties("Al-Qaeda-linked militants killed 20 soldiers in central Mali, the army said.")
    assert [(c.subject, c.object) for c in claims] == [("MLI", "JNIM")]


def test_joint_forces_of_another_war_are_not_sudans() -> None:
    claims = extract_from_cleaned_text("Ukraine's Joint Forces said Russian shelling killed three civilians in Kharkiv.", PUBLISHED)
    assert claims and all(c.claimant == "UKR" for c in claims)


def test_a_place_shared_with_a_town_abroad_is_read_in_the_war_the_actors_fight() -> None:
    # "Cauca" is also an alternate name of a Spanish village: the ELN's war puts it in Colombia
    claims = casualties("ELN rebels killed three soldiers in Cauca, the army said.")
    assert [(c.subject, c.place) for c in claims] == [("COL", "Cauca")]
    assert claims[0].coordinates is not None and claims[0].coordinates[1] < -70


def test_the_group_on_a_side_of_several_groups_is_the_one_named_last() -> None:
    text = "The TNLA captured Hsipaw after the junta's troops withdrew, the group said."
    claims = extract_from_cleaned_text(text, dt.date(2024, 5, 1))
    assert [(c.type, c.object, c.claimant) for c in claims] == [("territory", "TNLA", "TNLA")]


def test_sna_in_syrias_war_is_the_syrian_national_army() -> None:
    claims = casualties("SDF fighters killed eight SNA fighters near Manbij, the SDF said.")
    assert [(c.subject, c.object) for c in claims] == [("SNA_SYR", "SDF")]


def test_sna_in_somalia_stays_somalias_army() -> None:
    claims = casualties("SNA troops killed 15 al-Shabaab fighters in Hiraan, the Somali government said.")
    assert [(c.subject, c.object) for c in claims] == [("SHABAAB", "SOM")]


def test_militants_in_a_somali_text_naming_only_the_army_are_al_shabaab() -> None:
    # al-Shabaab's war is Somalia's main one; the Islamic State's branch there must be named to be meant
    claims = casualties("Somali troops killed 15 militants in Hiraan region, a military commander said.")
    assert [(c.subject, c.object) for c in claims] == [("SHABAAB", "SOM")]


def test_civilians_in_a_small_namesake_abroad_live_in_the_state_the_text_is_about() -> None:
    # the gazetteer knows "Moura" only as a Portuguese town: in a text about Mali it says nothing of whose people died
    claims = casualties("Wagner mercenaries and Malian soldiers killed 30 civilians in Moura, HRW said.")
    assert [(c.subject, c.category) for c in claims] == [("MLI", "civilian")]


def test_people_of_a_town_shelled_by_their_own_states_forces_are_that_states() -> None:
    # GOLD_FORMAT: civilians take the state where they live, whoever holds the area, even when its forces attack
    claims = casualties("Separatist officials said Ukrainian shelling killed two people in Horlivka.")
    assert [c.subject for c in claims] == ["UKR"]


def test_people_of_a_town_across_the_border_stay_that_states() -> None:
    claims = casualties("A Ukrainian drone strike killed two civilians in Belgorod, the regional governor said.")
    assert [c.subject for c in claims] == ["RUS"]


def test_islamic_resistance_in_the_war_on_us_bases_is_iraqs() -> None:
    claims = extract_from_cleaned_text("The Islamic Resistance claimed a drone attack on a US base in Syria.", dt.date(2024, 1, 20))
    assert [(c.type, c.subject) for c in claims] == [("attack", "IRI")]


@pytest.mark.parametrize("verb", ["retook", "overran", "stormed"])
def test_a_place_after_a_verb_of_taking_ground_is_read(verb: str) -> None:
    claims = extract_from_cleaned_text(f"Malian soldiers {verb} Kidal on Tuesday, the army said.", dt.date(2023, 11, 20))
    assert claims and all(c.place == "Kidal" for c in claims)


def test_a_possessive_country_is_the_country_and_a_shops_name_no_town() -> None:
    from counterclaim.extract.places import find_places

    assert [m.country for m in find_places("A drone hit a base close to Jordan’s border with Syria.", ())][:1] == ["JOR"]
    assert [m.name for m in find_places("Drivers gathered outside McDonald's in Sheffield.", ())] == ["Sheffield"]


def test_a_capitalised_word_of_a_title_case_headline_is_no_small_town_abroad() -> None:
    from counterclaim.extract.places import find_places

    headline = "Border Troops Stay on Hunt for Gunmen After Deadly Raid Near Mountain Village"
    assert find_places(headline, ("XKX", "SRB")) == []


def test_an_international_body_alone_names_no_war() -> None:
    # the WHO (the UN) as the only actor: no war of a UN mission (Congo, Mali) gives the wounded a state
    [wounded] = casualties("Four clinic staff were wounded when a shell hit the ward, the WHO said.")
    assert (wounded.subject, wounded.category, wounded.claimant) == (None, "civilian", "UN")


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("Two blue helmets were wounded when their convoy struck a mine near the border.", "UN"),
        ("Two peacekeepers were killed in an ambush on the northern road.", "UN"),
        ("Three peacekeepers of the African Union mission were wounded by a roadside bomb.", "AU"),
    ],
)
def test_peacekeepers_named_by_no_state_are_their_missions(text: str, mission: str) -> None:
    assert [(c.subject, c.category) for c in casualties(text)] == [(mission, "military")]


def test_aid_agency_staff_are_civilians() -> None:
    assert [(c.count, c.category) for c in casualties("The agency said three of its staff were killed in the strike.")] == [((3, 3), "civilian")]


@pytest.mark.parametrize(
    ("text", "published", "home"),
    [
        ("The TPLF said federal troops had massacred more than 100 civilians.", dt.date(2021, 6, 1), "ETH"),
        ("The Houthis said US strikes killed 8 civilians.", dt.date(2024, 5, 1), "YEM"),
        ("The RSF said army airstrikes had killed 30 civilians.", dt.date(2024, 5, 1), "SDN"),
    ],
)
def test_civilians_named_by_an_armed_group_with_no_place_are_of_the_wars_country(text: str, published: dt.date, home: str) -> None:
    dead = [c for c in extract_from_cleaned_text(text, published) if c.type == "casualty"]
    assert dead and all(c.subject == home and c.category == "civilian" for c in dead)


def test_a_group_backed_by_one_state_of_a_war_of_states_fights_the_other() -> None:
    # Pakistan and Taliban-ruled Afghanistan; the TTP, which Afghanistan is said to shelter, fights Pakistan: unnamed
    # soldiers are Pakistan's even when the text's places lie in Afghanistan
    text = ("Pakistan said on Sunday that 11 soldiers were killed when TTP fighters attacked a post near the border.\n\n"
            "Pakistani jets later struck TTP hideouts in Khost and Paktika provinces of Afghanistan, "
            "and the Afghan Taliban condemned the strikes on Kabul and Khost.")
    found = [c for c in extract_from_cleaned_text(text, dt.date(2025, 3, 2)) if c.type == "casualty"]
    assert [(c.subject, c.count) for c in found] == [("PAK", (11, 11))]


def test_a_running_toll_of_one_town_with_no_place_is_the_home_states() -> None:
    text = (
        "Militants attacked the town of Beni in North Kivu on Monday, killing eight villagers.\n\n"
        "The number of dead rose to 14 on Tuesday, a local official said."
    )
    toll = next(c for c in casualties(text) if c.count == (14, 14))
    assert toll.cumulative
    assert toll.subject == "COD"


def test_a_running_toll_of_a_war_keeps_no_subject_without_a_place() -> None:
    text = (
        "Militants attacked the town of Beni in North Kivu on Monday, killing eight villagers.\n\n"
        "The number of people killed in the conflict has risen to 7,000 since January, the UN said."
    )
    toll = next(c for c in casualties(text) if c.count is not None and c.count[0] == 7000)
    assert toll.subject is None


def test_an_armed_groups_own_members_are_its_fighters() -> None:
    text = "Hezbollah said on Tuesday that three of its members were killed in an Israeli drone strike near Tyre."
    killed = only_killed(text)
    assert (killed.subject, killed.category, killed.count) == ("HEZBOLLAH", "military", (3, 3))


def test_a_states_own_members_stay_unknown_people() -> None:
    text = "The Lebanese health ministry said three of its members were killed in an Israeli drone strike near Tyre."
    killed = only_killed(text)
    assert killed.category == "unknown"


def test_people_named_by_their_nationality_keep_it_where_they_were_hit() -> None:
    text = (
        "Israeli troops raided Jenin on Sunday.\n\n"
        "Palestinian gunmen shot dead two Israelis near a settlement in the West Bank on Monday, police said."
    )
    killed = only_killed(text)
    assert killed.subject == "ISR"


def only_killed(text: str) -> Claim:
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert len(killed) == 1, killed
    return killed[0]


def test_its_fighters_after_a_side_suffered_losses_are_that_sides() -> None:
    text = "The Sudanese army said the RSF suffered heavy losses in El Obeid, with more than 80 of its fighters killed."
    killed = only_killed(text)
    assert (killed.subject, killed.category) == ("RSF", "military")


def test_soldiers_after_a_named_side_are_that_sides() -> None:
    text = "Ukraine's army said it repelled the assault near Toretsk. On the Russian side, 45 soldiers were killed, it said."
    killed = only_killed(text)
    assert killed.subject == "RUS"



def test_an_enemy_loss_falls_on_the_ally_whose_country_it_happened_in() -> None:
    # Kenya fights al-Shabaab on Somalia's side: officers killed in Mandera (Kenya) are Kenya's, in Baidoa Somalia's
    assert [(c.subject, c.count) for c in casualties("Al-Shabaab militants attacked a police post in Mandera, killing two officers.")] == [("KEN", (2, 2))]
    assert [(c.subject, c.count) for c in casualties("Al-Shabaab fighters attacked an army base near Baidoa, killing 12 soldiers.")] == [("SOM", (12, 12))]


def test_a_framing_preposition_before_an_attack_verb_frames_nothing() -> None:
    found = extract_from_cleaned_text("Fighters loyal to the Fano militia stormed a police station in Gondar.", PUBLISHED)
    assert [(c.type, c.subject) for c in found] == [("attack", "FANO")]


def test_men_believed_to_be_a_groups_are_no_speaker() -> None:
    found = extract_from_cleaned_text("Gunmen believed to be members of ISWAP attacked a military base in Borno.", PUBLISHED)
    assert [(c.type, c.subject, c.claimant) for c in found] == [("attack", "ISWAP", None)]


def test_people_a_warring_country_counts_after_its_enemys_strikes_are_its_own() -> None:
    """"The Lebanese health ministry said three people were killed in the Israeli strikes": Lebanon's people, not the
    strikes' side nor another enemy of Israel the text names."""
    text = ("Israeli jets struck Hezbollah positions overnight. The Lebanese health ministry said three people were killed "
            "in the Israeli strikes. Iran condemned the strikes in a statement from Tehran.")
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 8, 25)) if c.type == "casualty"]
    assert [(c.subject, c.claimant) for c in found] == [("LBN", "LBN")]
