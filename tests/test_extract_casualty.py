"""Casualty claims from sentences written for these tests, from several wars.

Counts (digits, words, lists, ranges, bounds, vague amounts, zero), categories, whose people,
increments against running totals, breakdowns with part_of, and numbers that are never counts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2020, 10, 2)


def casualties(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, published) if c.type == "casualty"]


def only_casualty(text: str) -> Claim:
    found = casualties(text)
    assert len(found) == 1, f"expected one casualty claim in {text!r}, got {[c.contract_dict() for c in found]}"
    return found[0]


def test_digits_with_separator_attributed_to_defence_ministry() -> None:
    claim = only_casualty("Azerbaijan's defence ministry said 1,280 Armenian soldiers were killed.")
    assert (claim.outcome, claim.category, claim.count) == ("killed", "military", (1280, 1280))
    assert claim.subject == "ARM"
    assert claim.claimant == "AZE"


def test_number_word_compound_with_attacker_as_object() -> None:
    claim = only_casualty("Armenian forces killed twenty-five Azerbaijani soldiers, the Armenian defence ministry said.")
    assert claim.count == (25, 25)
    assert (claim.subject, claim.object) == ("AZE", "ARM")
    assert claim.claimant == "ARM"


def test_a_dozen_wounded_civilians() -> None:
    claim = only_casualty("A dozen civilians were wounded in the shelling.")
    assert (claim.outcome, claim.category, claim.count) == ("wounded", "civilian", (12, 12))


def test_list_after_total_gives_total_and_parts_with_part_of() -> None:
    claims = casualties("Eighteen people were killed - 16 of their troops, a woman and a child, Armenia's defence ministry said.")
    assert len(claims) == 3
    total = claims[0]
    assert (total.category, total.count, total.part_of) == ("unknown", (18, 18), None)
    parts = {c.category: c for c in claims[1:]}
    assert parts["military"].count == (16, 16)
    assert parts["civilian"].count == (2, 2)  # "a woman and a child" add up in one category
    assert all(p.part_of == 0 for p in parts.values())
    assert all(c.claimant == "ARM" for c in claims)


def test_including_breakdown_in_gaza_is_part_of_the_total() -> None:
    claims = casualties("Seven people were killed, including four children and a woman, in an Israeli airstrike on Rafah.")
    total = next(c for c in claims if c.category == "unknown")
    part = next(c for c in claims if c.category == "civilian")
    assert total.count == (7, 7)
    assert part.count == (5, 5)
    assert part.part_of == claims.index(total)


def test_range_between_two_numbers() -> None:
    claim = only_casualty("Between 10 and 15 Russian soldiers were killed near Kharkiv.")
    assert claim.count == (10, 15)
    assert claim.subject == "RUS"


def test_at_least_is_an_open_upper_bound() -> None:
    claim = only_casualty("At least 23 civilians were killed in Khan Younis, the Gaza health ministry said.")
    assert claim.count == (23, None)
    assert claim.category == "civilian"
    assert (claim.subject, claim.claimant) == ("PSE", "PSE")


def test_up_to_is_an_open_lower_bound() -> None:
    assert only_casualty("Up to 40 fighters were killed in the clashes.").count == (None, 40)


def test_more_than_n_is_n_plus_one() -> None:
    claim = only_casualty("More than 100 RSF fighters were killed, the Sudanese army said.")
    assert claim.count == (101, None)
    assert (claim.subject, claim.claimant) == ("RSF", "SDN")


@pytest.mark.parametrize(
    ("text", "count", "category"),
    [
        ("A few Ukrainian soldiers were wounded near Kupiansk.", (2, 5), "military"),
        ("Several civilians were killed in Mogadishu.", (3, 9), "civilian"),
        ("Dozens of M23 rebels were killed near Goma.", (24, 99), "military"),
        ("Scores of villagers were killed in Darfur.", (40, 99), "civilian"),
        ("Hundreds of Azerbaijani soldiers were killed, Armenia said.", (200, 999), "military"),
        ("Thousands of Russian soldiers were killed, Ukraine said.", (2000, 9999), "military"),
    ],
)
def test_vague_quantities_on_claims(text: str, count: tuple[int, int], category: str) -> None:
    claim = only_casualty(text)
    assert claim.count == count
    assert claim.category == category


def test_vague_hundreds_gives_200_to_999() -> None:
    claim = only_casualty("Hundreds of Azerbaijani soldiers were killed, Armenia said.")
    assert (claim.subject, claim.claimant, claim.count) == ("AZE", "ARM", (200, 999))


def test_lost_none_is_a_zero_claim_of_the_speaker() -> None:
    claim = only_casualty("Azerbaijan said it lost none.")
    assert (claim.outcome, claim.count) == ("killed", (0, 0))
    assert (claim.subject, claim.claimant) == ("AZE", "AZE")
    assert claim.stance == "assert"


def test_no_fatalities_is_zero_killed() -> None:
    claim = only_casualty("The Armenian army said there were no fatalities among its troops.")
    assert (claim.outcome, claim.count) == ("killed", (0, 0))
    assert claim.claimant == "ARM"


def test_no_one_injured_is_zero_wounded() -> None:
    claim = only_casualty("No one was injured in the blast in Kismayo.")
    assert (claim.outcome, claim.count) == ("wounded", (0, 0))


def test_increment_with_more_is_not_cumulative() -> None:
    claim = only_casualty("Fifteen more servicemen were killed on Monday.")
    assert claim.count == (15, 15)
    assert claim.cumulative is False


def test_toll_rose_to_is_cumulative() -> None:
    claim = only_casualty("The death toll in Khan Younis rose to 31.")
    assert (claim.outcome, claim.count, claim.cumulative) == ("killed", (31, 31), True)


def test_bringing_the_toll_to_is_cumulative() -> None:
    claims = casualties("Two more soldiers were killed, bringing the toll to 31.")
    toll = next(c for c in claims if c.count == (31, 31))
    assert toll.cumulative is True


def test_increment_beside_bringing_the_toll_is_not_cumulative() -> None:
    claims = casualties("Two more soldiers were killed, bringing the toll to 31.")
    increment = next(c for c in claims if c.count == (2, 2))
    assert increment.cumulative is False


def test_toll_since_a_start_date_with_health_ministry_claimant() -> None:
    claim = only_casualty("The Gaza health ministry said the death toll had risen to 1,500 since the war began.")
    assert (claim.count, claim.cumulative, claim.claimant) == ((1500, 1500), True, "PSE")


def test_killed_and_wounded_in_one_sentence_are_two_claims() -> None:
    claims = casualties("12 soldiers were killed and 30 were wounded.")
    assert [(c.outcome, c.count) for c in claims] == [("killed", (12, 12)), ("wounded", (30, 30))]


def test_others_captured_takes_category_of_earlier_people() -> None:
    claims = casualties("The army said 9 soldiers were killed and 4 others were captured.")
    captured = next(c for c in claims if c.outcome == "captured")
    assert (captured.count, captured.category) == ((4, 4), "military")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Three women were killed in Ituri.", "civilian"),
        ("Five villagers were wounded in Ituri.", "civilian"),
        ("Eight people were killed in Ituri.", "unknown"),
        ("Six victims were found in Ituri.", None),  # no outcome word: not a claim
        ("Four militiamen were killed in Ituri.", "military"),
    ],
)
def test_category_follows_the_people_noun(text: str, category: str | None) -> None:
    found = casualties(text)
    if category is None:
        assert found == []
    else:
        assert [c.category for c in found] == [category]


def test_civilians_killed_by_shelling_belong_to_the_place_not_the_attacker() -> None:
    claim = only_casualty("Russian forces shelled Kharkov yesterday, killing 3 civilians.")
    assert (claim.subject, claim.object) == ("UKR", "RUS")


def test_hamas_fighters_and_palestinian_civilians() -> None:
    fighters = only_casualty("The Israeli military said it killed 20 Hamas militants in Khan Yunis.")
    assert (fighters.subject, fighters.object, fighters.claimant) == ("HAMAS", "ISR", "ISR")
    civilians = only_casualty("Israeli drones struck a house in Rafah, killing 4 children.")
    assert (civilians.subject, civilians.category) == ("PSE", "civilian")


def test_al_shabaab_attack_kills_somali_soldiers() -> None:
    claim = only_casualty("Al Shabaab militants attacked a military base in Lower Shabelle, killing 4 soldiers.")
    assert (claim.subject, claim.category, claim.count) == ("SOM", "military", (4, 4))


def test_a_bomb_or_mine_is_not_a_person_killed() -> None:
    assert only_casualty("A roadside bomb killed 3 soldiers in Kismayo.").count == (3, 3)
    assert only_casualty("A landmine killed two herders in Kidal.").count == (2, 2)


# --- numbers that are never casualty counts ----------------------------------------------------


def test_year_is_not_a_count() -> None:
    claim = only_casualty("In 2020, 12 soldiers were killed in the fighting.")
    assert claim.count == (12, 12)


def test_clock_time_is_not_a_count() -> None:
    claim = only_casualty("At 7:30 on Monday, 3 soldiers were wounded.")
    assert claim.count == (3, 3)


def test_age_is_not_a_count() -> None:
    claim = only_casualty("A 25-year-old soldier was killed near Bakhmut.")
    assert claim.count == (1, 1)


def test_unit_number_is_not_a_count() -> None:
    found = casualties("Two soldiers of battalion-27 were killed near Bakhmut.")
    assert all(c.count is None or 27 not in c.count for c in found)


def test_ordinal_division_is_not_a_count() -> None:
    claim = only_casualty("The 6th Infantry Division lost 40 soldiers in the battle.")
    assert claim.count == (40, 40)


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2020 and ended in 2023.",
        "On 27 September 2020, the talks resumed.",
        "The convoy left at 07:30 and arrived at 11:45.",
        "The 6th Infantry Division was deployed to the front.",
        "For help call 0800 555 1234 or +380 44 123 4567.",
        "Fuel costs 500 drams a litre, and bread costs $3.",
        "The shelling destroyed 40 houses and 12 shops in the village.",
        "More than 200 homes were damaged in Khan Younis.",
        "Armenia has a population of 3 million people.",
        "The 2 sides met in Moscow for 3 hours.",
    ],
)
def test_no_casualty_claim_from_years_dates_times_units_phones_prices_or_houses(text: str) -> None:
    assert casualties(text) == []


# --- hard cases: strict xfail where the engine still falls short (turns red once fixed) ---------


def test_nobody_killed_is_zero_killed() -> None:
    claim = only_casualty("Nobody was killed in the attack.")
    assert (claim.outcome, claim.count) == ("killed", (0, 0))


def test_named_side_lost_none() -> None:
    claim = only_casualty("Hamas has lost none of its commanders.")
    assert (claim.count, claim.subject) == ((0, 0), "HAMAS")


def test_soldiers_of_a_numbered_unit_are_counted() -> None:
    claim = only_casualty("Two soldiers of battalion-27 were killed near Bakhmut.")
    assert (claim.outcome, claim.category, claim.count) == ("killed", "military", (2, 2))


def test_same_category_subset_is_not_its_own_claim() -> None:
    claim = only_casualty("Six civilians, including 3 children, were killed in Goma.")
    assert claim.count == (6, 6)


def test_subset_of_another_category_before_the_verb_is_part_of_the_total() -> None:
    total, part = casualties("Nine people, including 4 soldiers, were killed in Goma.")
    assert (total.category, total.count, part.category, part.count) == ("unknown", (9, 9), "military", (4, 4))
    assert part.part_of == 0 and total.part_of is None


def test_one_figure_gives_one_claim() -> None:
    claim = only_casualty("The report of 20 deaths is unconfirmed.")
    assert claim.count == (20, 20)


def test_civilians_killed_by_azerbaijani_shelling_are_not_azerbaijans() -> None:
    claim = only_casualty("Azerbaijani forces shelled Stepanakert on Sunday, killing 2 civilians.")
    assert claim.object == "AZE"
    assert claim.subject in ("ARM", "NKR")


def test_car_bomb_victims_in_mogadishu_are_somalis() -> None:
    claim = only_casualty("A car bomb exploded in Mogadishu on 12 January 2022, killing 6 people.")
    assert claim.subject == "SOM"


def test_civilians_never_take_an_armed_groups_code() -> None:
    claim = only_casualty("The RSF said 14 civilians were killed in an army airstrike on Nyala.")
    assert (claim.subject, claim.claimant) == ("SDN", "RSF")


def test_repeated_headline_is_listed_once() -> None:
    text = "Ten Sudanese soldiers killed in Omdurman\n\nTen Sudanese soldiers killed in Omdurman\n\nThe army gave no further details."
    counted = [c for c in casualties(text) if c.count is not None]
    assert [(c.subject, c.count) for c in counted] == [("SDN", (10, 10))]


def test_headline_and_body_stating_the_same_figure_are_two_claims() -> None:
    text = "Ukraine says 300 Russian soldiers killed\n\nUkraine's military said on Monday that 300 Russian soldiers were killed near Kharkiv."
    found = casualties(text)
    assert [(c.subject, c.claimant, c.count) for c in found] == [("RUS", "UKR", (300, 300))] * 2


def test_age_range_is_not_a_count() -> None:
    claim = only_casualty("Five children aged between 3 and 12 were killed in Rafah.")
    assert (claim.count, claim.category) == ((5, 5), "civilian")


def test_ages_in_apposition_do_not_hide_the_count() -> None:
    claim = only_casualty("Two soldiers, aged 19 and 22, were killed near Bakhmut.")
    assert (claim.category, claim.count) == ("military", (2, 2))


def test_road_number_is_not_a_count() -> None:
    assert only_casualty("Fighting along Highway 1 killed 8 soldiers.").count == (8, 8)


def test_money_is_not_a_count() -> None:
    assert casualties("The $40 million bombing campaign killed 12 civilians.")[0].count == (12, 12)


def test_distance_is_not_a_count() -> None:
    claims = extract_from_cleaned_text("Three soldiers were killed 5 km from Bakhmut.", PUBLISHED)
    assert [(c.type, c.count) for c in claims] == [("casualty", (3, 3))]


def test_victims_in_gaza_are_palestinian_during_the_2023_war() -> None:
    found = casualties("Israeli strikes killed 30 civilians in Khan Younis.", published=dt.date(2023, 11, 15))
    assert [(c.subject, c.object, c.count) for c in found] == [("PSE", "ISR", (30, 30))]


def test_rebels_and_soldiers_left_dead_in_a_congo_clash() -> None:
    found = casualties("Fighting between M23 and the Congolese army near Sake left 12 soldiers and 30 rebels dead.", dt.date(2024, 2, 10))
    assert {(c.subject, c.category, c.count) for c in found} == {("COD", "military", (12, 12)), ("M23", "military", (30, 30))}
    assert len(found) == 2


def test_congolese_army_claims_rebels_killed() -> None:
    claim = only_casualty("The Congolese army said it killed 40 M23 rebels near Sake.")
    assert (claim.subject, claim.object, claim.claimant, claim.category, claim.count) == ("M23", "COD", "COD", "military", (40, 40))


def test_somali_forces_kill_shabaab_militants_per_government() -> None:
    claim = only_casualty("Somali forces killed 30 al-Shabaab militants in an operation in Middle Shabelle, the government said.")
    assert (claim.subject, claim.object, claim.category, claim.count) == ("SHABAAB", "SOM", "military", (30, 30))


@pytest.mark.parametrize("place", ["a Gaza school", "the crowded buses", "a busy market"])
def test_a_place_or_vehicle_before_killed_is_not_a_count_of_people(place: str) -> None:
    assert [c.count for c in casualties(f"A strike on {place} killed around 100 people, officials said.")] == [(100, 100)]


def test_both_groups_are_not_two_people() -> None:
    """'dead and wounded both among civilians and soldiers': no figure, one count-less claim per group and outcome."""
    found = casualties("The mayor said there were dead and wounded both among civilians and soldiers.")
    assert found and all(c.count is None for c in found)
    assert {(c.outcome, c.category) for c in found} == {("killed", "civilian"), ("killed", "military"),
                                                       ("wounded", "civilian"), ("wounded", "military")}


def test_soldiers_and_militants_killed_together_are_two_figures() -> None:
    found = casualties("Four soldiers and nine militants were killed in a gunfight in Kupwara district of Jammu and Kashmir.")
    assert sorted((c.category, c.count) for c in found) == [("military", (4, 4)), ("military", (9, 9))]
    soldiers = next(c for c in found if c.count == (4, 4))
    militants = next(c for c in found if c.count == (9, 9))
    assert soldiers.subject == "IND"
    assert militants.subject != "IND"


def test_two_sergeants_and_a_soldier_of_one_side_add_up() -> None:
    found = casualties("Two sergeants and a soldier were killed by shelling near Kramatorsk, Ukraine's army said.")
    assert [(c.category, c.count) for c in found] == [("military", (3, 3))]


def test_a_denied_claim_is_also_the_assertion_of_its_source() -> None:
    found = casualties("The Colombian army on Tuesday denied a claim by the ELN that nine soldiers were killed in a firefight in Arauca.")
    assert sorted((c.claimant, c.stance, c.count) for c in found) == [("COL", "deny", (9, 9)), ("ELN", "assert", (9, 9))]


def test_a_plain_denial_names_no_other_source() -> None:
    found = casualties("The Colombian army denied that nine soldiers were killed in Arauca.")
    assert [(c.stance, c.count) for c in found] == [("deny", (9, 9))]


def test_a_side_that_loses_troops_in_a_present_tense_headline() -> None:
    found = casualties("Russian forces lose up to 460 troops near Avdiivka over past day")
    assert [(c.subject, c.category, c.count) for c in found] == [("RUS", "military", (None, 460))]


def test_a_loss_headline_credited_to_the_ministry_is_the_other_sides_claim() -> None:
    found = casualties("Ukraine Loses Over 2,000 Soldiers in Battles With Russian Forces - MoD")
    assert [(c.subject, c.claimant) for c in found] == [("UKR", "RUS")]


def test_the_enemys_losses_are_the_claimants_adversarys() -> None:
    found = casualties("\"The enemy's losses amounted to more than 300 servicemen,\" the Russian Defence Ministry said.")
    assert [(c.subject, c.claimant, c.count) for c in found] == [("UKR", "RUS", (301, None))]


def test_a_rate_per_day_is_no_source_and_the_speaker_after_it_claims() -> None:
    found = casualties("Kyiv's losses reached 2,000 soldiers per day, the Russian Defence Minister told reporters.")
    assert [(c.subject, c.claimant) for c in found] == [("UKR", "RUS")]


def test_losses_estimated_at_a_figure_are_claimed_by_the_reporter_after_it() -> None:
    found = casualties("Russian military losses near Kupiansk were estimated at 9,000 troops, Ukraine's General Staff said.")
    assert [(c.subject, c.claimant) for c in found] == [("RUS", "UKR")]


def test_a_claim_denied_in_a_clause_after_it_is_also_the_deniers_denial() -> None:
    found = casualties("The Congolese army said it had killed 60 M23 rebels near Rubaya, a claim the M23 dismissed as propaganda.")
    assert sorted((c.claimant, c.stance, c.count) for c in found) == [("COD", "assert", (60, 60)), ("M23", "deny", (60, 60))]


def test_a_claim_that_could_not_be_verified_has_no_denier() -> None:
    found = casualties("The Congolese army said 40 rebels were killed near Rubaya, a claim that could not be verified.")
    assert [c.stance for c in found] == ["assert"]


def test_a_whole_war_toll_with_a_relative_clause_has_no_subject() -> None:
    found = casualties("The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people in Sudan.")
    assert [(c.subject, c.count) for c in found] == [(None, (20000, 99999))]


def test_shelling_that_has_killed_is_no_whole_war_toll() -> None:
    found = casualties("Russian shelling has killed 12 people in Kherson this week.")
    assert [c.subject for c in found] == ["UKR"]


def test_bare_counts_after_an_attack_on_a_military_post_are_its_forces() -> None:
    found = casualties("Militants attacked a military camp in Tillaberi, killing 29 and injuring 11, the defence ministry said.")
    assert [(c.outcome, c.category, c.subject) for c in found] == [("killed", "military", "NER"), ("wounded", "military", "NER")]


def test_bare_counts_after_an_attack_on_a_village_stay_unknown() -> None:
    found = casualties("Jihadists attacked a village near Djibo in Burkina Faso, killing 20.")
    assert [(c.category, c.count) for c in found] == [("unknown", (20, 20))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab fighters stormed a base in Lower Shabelle, killing five soldiers, a local elder said.", [("military", (5, 5))]),
        ("Gunmen raided a village in Zamfara, killing a farmer and his son, a local official told reporters.", [("civilian", (2, 2))]),
        ("Drones struck a market in Taiz, killing six civilians, residents said.", [("civilian", (6, 6))]),
    ],
)
def test_a_source_after_the_victims_is_no_other_victim(text: str, expected: list) -> None:
    assert [(c.category, c.count) for c in casualties(text) if c.outcome == "killed"] == expected


def test_the_target_after_an_attack_verb_with_an_article_is_not_the_killer() -> None:
    text = "FARC dissidents attacked a police station in Cauca, wounding two officers, police said."
    wounded = [c for c in casualties(text, dt.date(2025, 3, 1)) if c.outcome == "wounded"]
    assert [(c.subject, c.category, c.count) for c in wounded] == [("COL", "military", (2, 2))]


def test_an_ordinal_standing_alone_takes_the_category_of_the_first_casualty() -> None:
    claims = casualties("One Indian soldier was killed and a second was wounded in firing by Pakistani troops, the Indian army said.")
    assert ("wounded", "military", (1, 1)) in [(c.outcome, c.category, c.count) for c in claims]
    claims = casualties("A woman was killed by shelling in Kherson and a second was injured, the governor said.")
    assert ("wounded", "civilian", (1, 1)) in [(c.outcome, c.category, c.count) for c in claims]


def test_deaths_counted_up_by_a_verb_of_a_rising_total_are_a_toll() -> None:
    claim = only_casualty("Deaths in the shelling of the city have exceeded 4,000, the regional administration said.")
    assert (claim.outcome, claim.count) == ("killed", (4001, None))
    claim = only_casualty("Civilian fatalities in the fighting around the capital have now reached 1,200, the UN said.")
    assert (claim.outcome, claim.category, claim.count) == ("killed", "civilian", (1200, 1200))


def test_deaths_of_named_people_are_not_read_as_a_total() -> None:
    claim = only_casualty("The deaths of 12 soldiers in the ambush were confirmed by the army.")
    assert (claim.category, claim.count) == ("military", (12, 12))


def test_a_mixed_list_adds_up_within_each_category() -> None:
    claims = casualties("Gunmen killed two police officers, a soldier and three civilians in the north on Monday, officials said.")
    assert sorted((c.category, c.count) for c in claims) == [("civilian", (3, 3)), ("military", (3, 3))]
    claims = casualties("The raid killed a child, two soldiers and a woman, the governor said.")
    assert sorted((c.category, c.count) for c in claims) == [("civilian", (2, 2)), ("military", (2, 2))]


def test_a_list_of_one_side_adds_up_when_only_one_member_names_the_side() -> None:
    claims = casualties("Seven Nigerien soldiers and two gendarmes were killed in the ambush, the army said.")
    assert [(c.category, c.count) for c in claims] == [("military", (9, 9))]


def test_fighters_of_opposite_sides_in_one_list_are_not_summed() -> None:
    claims = casualties("Four soldiers and eleven militants were killed in the fighting, the army said.")
    assert sorted(c.count for c in claims) == [(4, 4), (11, 11)]


def test_a_part_counted_before_of_whom_is_a_claim_in_its_own_category() -> None:
    claims = casualties("An airstrike killed 14 people, five of whom were children, in the town on Sunday, rescuers said.")
    assert sorted((c.category, c.count, c.part_of is not None) for c in claims if c.type == "casualty") == [
        ("civilian", (5, 5), True), ("unknown", (14, 14), False)]


def test_a_part_of_whom_in_the_totals_own_category_is_no_claim() -> None:
    claims = casualties("Eleven civilians died in the raid, six of whom were children, the mayor said.")
    assert [(c.category, c.count) for c in claims if c.type == "casualty"] == [("civilian", (11, 11))]


@pytest.mark.parametrize(
    "text",
    [
        "The militants killed thirty villagers in the district, residents said.",
        "Gunmen killed twenty-one farmers near the river, residents said.",
        "The insurgents killed more than forty herders in the raid, residents said.",
    ],
)
def test_killers_before_an_object_counted_in_words_are_not_killed(text: str) -> None:
    claims = [c for c in casualties(text) if c.type == "casualty"]
    assert [c.category for c in claims] == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        "The fighting killed 45 members of the security forces and 20 fighters, the government said.",
        "In all, 45 members of the security forces and 20 insurgents were killed in the clashes, the government said.",
    ],
)
def test_members_of_state_forces_and_armed_group_fighters_are_two_figures(text: str) -> None:
    claims = [c for c in casualties(text) if c.type == "casualty"]
    assert sorted(c.count for c in claims) == [(20, 20), (45, 45)]


def test_an_armed_side_losing_one_of_its_own_lost_a_fighter() -> None:
    claim = only_casualty("The Colombian army said it had lost one of its own in the ambush near the border.")
    assert (claim.outcome, claim.category, claim.count, claim.subject) == ("killed", "military", (1, 1), "COL")
    claim = only_casualty("Kenyan police lost two of their own in an attack near the border.")
    assert (claim.category, claim.count) == ("military", (2, 2))


def test_their_own_before_a_noun_is_no_people() -> None:
    assert not [c for c in casualties("The team lost two of their own matches this season.") if c.type == "casualty"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A civilian was killed and another wounded when a shell hit their home, the mayor said.", "civilian"),
        ("One soldier was killed and another was injured in the blast, the army said.", "military"),
    ],
)
def test_another_standing_alone_is_one_more_of_the_people_before(text: str, category: str) -> None:
    claims = [c for c in casualties(text) if c.type == "casualty"]
    assert sorted((c.outcome, c.category, c.count) for c in claims) == [("killed", category, (1, 1)), ("wounded", category, (1, 1))]


def test_another_of_a_thing_is_no_person() -> None:
    assert not [c for c in casualties("One bridge was destroyed and another damaged in the floods.") if c.type == "casualty"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The rebels said they had taken 40 soldiers prisoner.", (40, 40)),
        ("Gunmen took two aid workers hostage on the road to the camp.", (2, 2)),
        ("The army said it had taken 20 enemy soldiers captive near the river.", (20, 20)),
    ],
)
def test_people_taken_with_the_word_of_captivity_after_them_are_captured(text: str, count: tuple[int, int]) -> None:
    claims = [c for c in casualties(text) if c.type == "casualty"]
    assert [(c.outcome, c.count) for c in claims] == [("captured", count)]


def test_taking_a_place_is_no_capture_of_people() -> None:
    assert not [c for c in casualties("The rebels took the town after heavy fighting with the army.") if c.type == "casualty"]


def test_people_taken_captive_keep_the_category_of_their_noun() -> None:
    claims = [c for c in casualties("The army said it had taken 20 enemy soldiers captive near the river.") if c.type == "casualty"]
    assert [c.category for c in claims] == ["military"]


def test_fighting_between_two_sides_names_no_killer_and_people_take_their_home_state() -> None:
    assert only_casualty("Clashes between Armenian and Azerbaijani troops killed 6 people near Tovuz.").subject == "AZE"
    assert only_casualty("Fighting between the army and the RSF killed 14 people in Omdurman.").subject == "SDN"


def test_a_single_killer_still_makes_the_other_side_the_dead() -> None:
    assert only_casualty("Azerbaijani troops killed 6 people near Goris.").subject == "ARM"


def test_breakdown_after_the_place_and_time_of_the_deaths_is_part_of_the_total() -> None:
    claims = casualties("Twenty-two people were killed in Khan Younis overnight, including nine children, medics said.")
    total = next(c for c in claims if c.category == "unknown")
    part = next(c for c in claims if c.category == "civilian")
    assert (total.count, part.count, part.part_of) == ((22, 22), (9, 9), claims.index(total))


def test_apposition_saying_who_most_were_keeps_the_total() -> None:
    claims = casualties("At least 27 people, most of them displaced women and children, were killed in the shelling of the camp.")
    total = next(c for c in claims if c.category == "unknown")
    assert (total.outcome, total.count) == ("killed", (27, None))
    claims = casualties("Some 40 people, many of them conscripts, were wounded.")
    assert any((c.outcome, c.category, c.count) == ("wounded", "unknown", (40, 40)) for c in claims)


def test_a_list_with_an_owner_before_a_counted_member_adds_up() -> None:
    # "a mother and her three children": one figure of civilians (GOLD_FORMAT: a list in one category adds up)
    claims = casualties("A mother and her three children were among those killed in the strike on Jabalia.")
    assert [(c.category, c.count) for c in claims] == [("civilian", (4, 4))]
    claims = casualties("The drone strike killed a herder and his two sons near Mopti.")
    assert [(c.category, c.count) for c in claims] == [("civilian", (3, 3))]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers captured weapons and ammunition near Beni.",
        "The rebels captured large amounts of military equipment at the base.",
        "The rebels seized control of the town on Monday.",
    ],
)
def test_armed_men_before_an_active_verb_with_a_bare_object_are_no_victims(text: str) -> None:
    assert casualties(text) == []


def test_the_bare_object_of_a_killing_is_the_victim_not_its_killers() -> None:
    claims = casualties("Two militants killed civilians in the market of Gao.")
    assert [(c.outcome, c.category) for c in claims] == [("killed", "civilian")]


def test_a_participle_of_the_peoples_own_fate_still_tells_it() -> None:
    claims = casualties("Three soldiers killed in the ambush were buried in Kidal on Sunday.")
    assert [(c.outcome, c.category, c.count) for c in claims] == [("killed", "military", (3, 3))]


def test_companions_along_with_the_first_add_up_in_one_figure() -> None:
    # GOLD_FORMAT: a list in one category adds up; "along with ... his/other" names the first one's comrades
    claims = casualties("The army said it had killed the rebel commander along with 14 of his fighters near Kalehe.")
    assert [(c.category, c.count) for c in claims] == [("military", (15, 15))]
    claims = casualties("The strike killed a senior ISWAP commander together with six other fighters.")
    assert [(c.category, c.count) for c in claims] == [("military", (7, 7))]


def test_number_of_civilian_lives_lost_is_a_civilian_toll() -> None:
    claims = casualties("The mission put the number of civilian lives lost in Ituri at 1,450.")
    assert [(c.outcome, c.category, c.count) for c in claims] == [("killed", "civilian", (1450, 1450))]


def test_a_list_of_sides_before_an_active_killing_is_the_killers() -> None:
    claims = casualties("Fighting between the army and a local militia in Jonglei killed at least 14 soldiers, officials said.")
    assert [(c.category, c.count) for c in claims] == [("military", (14, None))]


@pytest.mark.parametrize(
    ("text", "outcome", "subject", "count", "category"),
    [
        ("Those killed on the government side included 9 soldiers in Upper Nile, the army said.", "killed", "SSD", (9, 9), "military"),
        ("The dead among the rebels numbered at least 30, officials in Juba said.", "killed", "SPLA_IO", (30, None), "military"),
        ("Those killed on the Israeli side included 14 soldiers.", "killed", "ISR", (14, 14), "military"),
        ("The wounded among the Ukrainian troops numbered 40.", "wounded", "UKR", (40, 40), "military"),
        ("The dead among the Houthis numbered 25, the coalition said.", "killed", "HOUTHIS", (25, 25), "military"),
        ("Those wounded on the army's side numbered 22 after the clashes near Gao.", "wounded", "MLI", (22, 22), "military"),
        ("The dead among the civilians numbered 12.", "killed", None, (12, 12), "civilian"),
    ],
)
def test_the_dead_of_a_side_named_before_their_figure(text: str, outcome: str, subject: str | None, count: tuple, category: str) -> None:
    claim = only_casualty(text)
    assert (claim.outcome, claim.subject, claim.count, claim.category) == (outcome, subject, count, category)


def test_the_dead_of_a_day_are_no_side() -> None:
    assert casualties("Those killed on Monday were 9 people.") == [] or all(c.subject is None for c in casualties("Those killed on Monday were 9 people."))


@pytest.mark.parametrize(
    "text",
    [
        "Red Tabara said it attacked an army post in South Kivu, killing six soldiers.",
        "RED-Tabara rebels attacked an army position near Uvira, killing six soldiers.",
        "Fighters of Red Tabara killed nine soldiers in Bubanza province, the Burundian army said.",
    ],
)
def test_soldiers_killed_by_red_tabara_are_burundis_even_in_congo(text: str) -> None:
    claim = only_casualty(text)
    assert (claim.subject, claim.category) == ("BDI", "military")


def test_civilians_killed_in_a_darfur_town_are_sudans() -> None:
    claim = only_casualty("RSF fighters killed 12 civilians in Tawila, North Darfur, on Sunday.")
    assert (claim.subject, claim.category, claim.count) == ("SDN", "civilian", (12, 12))


@pytest.mark.parametrize(
    ("text", "outcome", "subject", "count"),
    [
        ("Those killed on the Azerbaijani side included 11 servicemen.", "killed", "AZE", (11, 11)),
        ("Those wounded on the Russian side numbered about 200.", "wounded", "RUS", (200, 200)),
        ("The dead among the Tigrayan fighters numbered 70.", "killed", "TPLF", (70, 70)),
        ("Those killed on the Armenian side included 16 soldiers.", "killed", "ARM", (16, 16)),
    ],
)
def test_the_dead_of_a_side_across_wars(text: str, outcome: str, subject: str, count: tuple) -> None:
    claim = only_casualty(text)
    assert (claim.outcome, claim.subject, claim.count, claim.category) == (outcome, subject, count, "military")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukraine put Russian losses at 1,200 soldiers in the past day.", "RUS"),
        ("Kyiv estimated Russia's total combat losses at 1,200 troops on Tuesday.", "RUS"),
        ("Baku put Armenian losses at 250 soldiers.", "ARM"),
    ],
)
def test_losses_put_at_a_figure_are_the_side_named_before_them(text: str, side: str) -> None:
    assert [c.subject for c in extract_from_cleaned_text(text, dt.date(2023, 6, 1)) if c.type == "casualty"] == [side]


@pytest.mark.parametrize(
    ("text", "subject", "category", "count"),
    [
        # "its"/"their" people under a killing by another side are the speaker's, not the killer's
        ("Kyiv said Russian strikes killed 12 of its civilians.", "UKR", "civilian", 12),
        ("Armenia said Azerbaijani shelling killed 49 of its servicemen.", "ARM", "military", 49),
        ("Israel said Hezbollah rockets killed two of its soldiers.", "ISR", "military", 2),
        # people named by their citizenship alone
        ("Kyiv said Russian strikes killed 12 of its citizens.", "UKR", "unknown", 12),
    ],
)
def test_possessive_people_of_a_killing_belong_to_the_speaker(text: str, subject: str, category: str, count: int) -> None:
    claim = only_casualty(text)
    assert (claim.subject, claim.category, claim.count) == (subject, category, (count, count))


@pytest.mark.parametrize(
    "text",
    [
        '"We eliminated about 40 occupiers," said a spokesman for Ukraine\'s armed forces.',
        "Ukraine's General Staff said 1,100 invaders were killed in the past day.",
        "The occupiers lost 20 soldiers near Huliaipole, Ukraine's army said.",
    ],
)
def test_the_speakers_epithets_for_the_other_side_name_its_adversary(text: str) -> None:
    assert only_casualty(text).subject == "RUS"


def test_equipment_counted_before_its_owners_is_no_people() -> None:
    text = "Ukrainian forces destroyed five tanks of the enemy near Kupiansk, the army said."
    assert casualties(text) == []
    assert only_casualty("Two tank crew members were killed in the strike.").category == "military"


def test_a_relative_clause_kills_by_its_antecedent_not_by_an_actor_further_back() -> None:
    claim = only_casualty("Several suspects are wanted by Kigali for their role in the 1994 genocide, which killed 800,000 people.")
    assert (claim.count, claim.subject, claim.object) == ((800000, 800000), None, None)


def test_uncounted_people_of_the_same_category_inside_a_counted_total_are_no_claim() -> None:
    found = casualties("The army said 26 civilians, including women and children, were killed and 46 wounded.")
    assert sorted((c.outcome, c.count) for c in found) == [("killed", (26, 26)), ("wounded", (46, 46))]


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("The drone strike martyred four fighters near Quetta, the group said.", "military", 4),
        ("Gunmen slaughtered 20 villagers in Benue overnight.", "civilian", 20),
    ],
)
def test_killing_told_by_martyrdom_or_slaughter(text: str, category: str, count: int) -> None:
    claim = only_casualty(text)
    assert (claim.outcome, claim.category, claim.count) == ("killed", category, (count, count))


def test_the_side_named_on_a_repelled_attack_is_not_the_killer_of_its_attackers() -> None:
    claim = only_casualty("Ukraine's military said it repelled a Russian assault near Pokrovsk, killing 60 soldiers.")
    assert (claim.subject, claim.claimant, claim.count) == ("RUS", "UKR", (60, 60))
