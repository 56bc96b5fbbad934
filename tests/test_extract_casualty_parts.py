"""Second figures of a sentence: tolls broken down by side, idioms of death, elliptical outcomes, from sentences
written for these tests in the styles of several wars (Yemen, Nigeria, DR Congo, Syria, Myanmar, Somalia)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 5, 10)


def claims_of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind]


def test_a_breakdown_naming_two_sides_is_one_claim_per_side() -> None:
    found = claims_of("Clashes between Houthi fighters and Yemeni government forces in Shabwa left 23 dead - 14 Houthi fighters and "
                      "nine government troops - tribal sources said.", "casualty")
    by_subject = {(c.subject, c.category): c for c in found}
    assert by_subject[("HOUTHIS", "military")].count == (14, 14)
    assert by_subject[("YEM", "military")].count == (9, 9)
    assert by_subject[("HOUTHIS", "military")].part_of is not None


def test_a_breakdown_of_a_second_bare_figure_is_part_of_it() -> None:
    found = claims_of("A bomb blast in Quetta killed four people and injured 11, among them three policemen.", "casualty")
    wounded = {c.category: c for c in found if c.outcome == "wounded"}
    assert wounded["unknown"].count == (11, 11)
    assert wounded["military"].count == (3, 3) and wounded["military"].part_of is not None


def test_a_death_told_as_the_price_paid() -> None:
    found = claims_of("Two Nigerian soldiers paid the supreme price in the ambush near Damboa, while four others were injured, the army said.",
                      "casualty")
    assert sorted((c.outcome, c.category, c.count) for c in found) == [("killed", "military", (2, 2)), ("wounded", "military", (4, 4))]


def test_the_dead_an_attack_left_behind() -> None:
    found = claims_of("Eighteen civilians were left dead after RSF shelling on the market in El Fasher, residents said.", "casualty")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "civilian", (18, 18))]


def test_fighters_apprehended_by_troops_are_captured() -> None:
    found = claims_of("Nigerian troops apprehended 14 Boko Haram fighters near Bama, the army said.", "casualty")
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("BOKO_HARAM", "captured", "military", (14, 14))]


def test_a_commander_s_men_are_his_fighters() -> None:
    found = claims_of("Al-Shabaab fighters overran a Somali army base, killing the commander and six of his men.", "casualty")
    assert [(c.subject, c.category, c.count) for c in found] == [("SOM", "military", (7, 7))]


def test_members_of_an_armed_group_named_before_the_passive_are_its_fighters() -> None:
    found = claims_of("The Myanmar junta said 12 People's Defence Force members were killed in the clash.", "casualty")
    assert [(c.subject, c.category, c.count) for c in found] == [("PDF", "military", (12, 12))]


def test_an_elided_second_figure_before_a_span_of_time_keeps_the_first_s_people() -> None:
    found = claims_of("Ukraine said its forces killed 420 Russian troops and wounded 800 over the past day.", "casualty")
    assert sorted((c.outcome, c.subject, c.category, c.count) for c in found) == [
        ("killed", "RUS", "military", (420, 420)), ("wounded", "RUS", "military", (800, 800))]


def test_an_elided_figure_unaccounted_for_is_missing() -> None:
    found = claims_of("Three Malian soldiers were killed and five remain unaccounted for after the ambush near Gao.", "casualty")
    assert sorted((c.outcome, c.category, c.count) for c in found) == [("killed", "military", (3, 3)), ("missing", "military", (5, 5))]


def test_one_killed_with_his_companions_counts_him_and_them() -> None:
    found = claims_of("A Hezbollah commander was killed along with 10 other fighters in the strike, the Israeli army said.", "casualty")
    assert [(c.subject, c.category, c.count) for c in found] == [("HEZBOLLAH", "military", (11, 11))]


def test_a_pronoun_killed_with_companions_counts_one_more() -> None:
    found = claims_of("The Israeli army said it had killed him along with around 10 other senior Hezbollah commanders.", "casualty")
    assert [(c.category, c.count) for c in found] == [("military", (11, 11))]


def test_companions_of_another_category_are_their_own_claim() -> None:
    found = claims_of("A Somali soldier was killed along with two civilians in Mogadishu on Monday.", "casualty")
    assert sorted((c.category, c.count) for c in found) == [("civilian", (2, 2)), ("military", (1, 1))]


def test_a_toll_told_again_by_its_figure_alone_keeps_its_people() -> None:
    text = ("Jihadists kill 71 soldiers in attack on Niger army camp\n\n"
            "Hundreds of jihadists attacked the camp near the border with Mali on Tuesday, killing 71, injuring 122 and leaving "
            "others missing, according to Niger's defence ministry.")
    found = [c for c in claims_of(text, "casualty") if c.claimant == "NER"]
    assert sorted((c.outcome, c.subject, c.category, c.count) for c in found) == [
        ("killed", "NER", "military", (71, 71)), ("wounded", "NER", "military", (122, 122))]


def test_pro_government_fighters_are_the_state_s_side() -> None:
    found = claims_of("Five pro-government militiamen were killed in an ambush in Hiraan, Somali officials said.", "casualty")
    assert [(c.subject, c.category, c.count) for c in found] == [("SOM", "military", (5, 5))]


def test_fighters_from_army_allied_forces_are_the_state_s_and_their_forces_no_other_dead() -> None:
    text = ("The RSF attacked El Fasher again on Sunday.\n\n"
            "A total of 34 fighters from the army-allied Joint Forces were killed in the battle for the town, a commander told Reuters.")
    found = claims_of(text, "casualty")
    assert [(c.subject, c.category, c.count) for c in found] == [("SDN", "military", (34, 34))]


def test_a_passive_accusation_names_no_speaker() -> None:
    found = claims_of("The Rapid Support Forces have been accused of killing more than 200 people in villages in North Kordofan, "
                      "according to a lawyers' group.", "casualty")
    assert [(c.count, c.claimant) for c in found] == [((201, None), None)]


def test_a_side_s_own_toll_after_its_soldiers_deaths_counts_soldiers() -> None:
    found = claims_of("The Israeli army announced the deaths of two soldiers in central Gaza, bringing its toll since the ground "
                      "offensive began to 265.", "casualty")
    assert sorted((c.subject, c.category, c.count) for c in found) == [("ISR", "military", (2, 2)), ("ISR", "military", (265, 265))]


def test_a_breakdown_after_an_of_phrase_is_part_of_the_total() -> None:
    found = claims_of("An Israeli air strike on a house in Rafah killed nine members of the Abu Taha family, including four children, "
                      "Palestinian medics said.", "casualty")
    by_category = {c.category: c for c in found}
    assert by_category["civilian"].count == (4, 4) and by_category["civilian"].part_of is not None


def test_people_named_one_by_one_after_their_count_are_not_more_dead() -> None:
    found = claims_of("Two soldiers, a sergeant and a corporal, were killed in the ambush near Gao, the Malian army said.", "casualty")
    assert [(c.category, c.count) for c in found] == [("military", (2, 2))]
    found = claims_of("The raid on the post killed two soldiers, a policeman and a gendarme, officials in Mali said.", "casualty")
    assert [(c.category, c.count) for c in found] == [("military", (4, 4))]


def test_unusual_verbs_of_harm_and_capture() -> None:
    text = ("Five Sudanese soldiers were felled by sniper fire near Kosti, the army said.\n\n"
            "Seven civilians were shot in the legs by RSF fighters in Omdurman, medics said.\n\n"
            "Three children were snatched from their homes by RSF fighters in Gezira, residents said.\n\n"
            "Dozens of civilians remain trapped under the rubble in Omdurman, rescuers said.\n\n"
            "Eleven civilians were found with gunshot wounds in Omdurman, medics said.")
    found = claims_of(text, "casualty")
    assert [(c.outcome, c.category, c.count) for c in found] == [
        ("killed", "military", (5, 5)), ("wounded", "civilian", (7, 7)), ("captured", "civilian", (3, 3)),
        ("missing", "civilian", (24, 99)), ("wounded", "civilian", (11, 11))]


def test_a_part_named_in_passing_between_commas() -> None:
    found = claims_of("Five people, two of them soldiers, were killed in the Russian strike on Kharkiv.", "casualty")
    assert sorted((c.category, c.count, c.part_of is not None) for c in found) == [("military", (2, 2), True), ("unknown", (5, 5), False)]
    found = claims_of("Three children, one of them a baby, were wounded in the shelling of Kherson.", "casualty")
    assert [(c.category, c.count) for c in found] == [("civilian", (3, 3))]


def test_a_capital_naming_where_a_blast_was_is_not_its_killer() -> None:
    found = claims_of("The Kabul blast killed 12 people and injured another 30, the Taliban government said.", "casualty")
    assert sorted((c.outcome, c.subject, c.count) for c in found) == [("killed", "AFG", (12, 12)), ("wounded", "AFG", (30, 30))]


def test_scores_alone_is_a_vague_count() -> None:
    found = claims_of("The blast in Kabul left 12 people dead and scores injured.", "casualty")
    assert sorted((c.outcome, c.count) for c in found) == [("killed", (12, 12)), ("wounded", (40, 99))]


def test_people_counted_by_their_force_alone() -> None:
    found = claims_of("The group said it had killed five Wagner mercenaries and seven from the Malian army near Boni.", "casualty")
    assert sorted((c.subject, c.category, c.count) for c in found) == [("MLI", "military", (7, 7)), ("WAGNER", "military", (5, 5))]


def test_others_take_the_category_of_the_harm_named_before_them() -> None:
    found = claims_of("According to India's foreign ministry, all the civilian casualties occurred in the border town of Poonch, "
                      "with 59 others injured.", "casualty")
    assert [(c.outcome, c.category, c.count) for c in found] == [("wounded", "civilian", (59, 59))]


def test_people_whose_fate_is_unknown_are_missing() -> None:
    found = claims_of("The fate of 14 Sudanese soldiers remains unknown after the battle for Babanusa, the army said.", "casualty")
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [("SDN", "missing", "military", (14, 14))]


def test_a_headline_s_items_after_a_comma_keep_their_own_voice() -> None:
    text = ("Sudan war live: army says it killed 50 RSF fighters, 12 civilians dead in El Fasher shelling\n\n"
            "The Sudanese army and the RSF have been at war since April 2023.")
    found = claims_of(text, "casualty")
    assert sorted((c.category, c.count, c.claimant) for c in found) == [("civilian", (12, 12), None), ("military", (50, 50), "SDN")]
    found = claims_of("Lebanon's health ministry says 11 more people killed, 66 hurt\n\nRescuers searched the rubble.", "casualty")
    assert [c.claimant for c in found] == ["LBN", "LBN"]


def test_a_headline_speaker_with_a_complement_of_its_own_does_not_reach_back() -> None:
    text = "Gaza live: 25 killed in Israeli strikes on Rafah, Hamas says it destroyed three tanks\n\nThe strikes went on overnight."
    assert [(c.count, c.claimant) for c in claims_of(text, "casualty")] == [((25, 25), None)]
    assert [(c.count, c.claimant) for c in claims_of(text, "materiel")] == [((3, 3), "HAMAS")]


def test_a_local_body_that_speaks_after_a_list_of_victims_is_no_victim() -> None:
    found = claims_of("A junta air strike on a school in Magway killed 11 people, including six pupils, a local rebel group said on Monday.",
                      "casualty")
    assert sorted((c.category, c.count) for c in found) == [("civilian", (6, 6)), ("unknown", (11, 11))]
    # a member of a local body is still a person hurt
    wounded = claims_of("Gunmen shot dead a local militia member near Kadugli, witnesses said.", "casualty")
    assert [(c.category, c.count) for c in wounded] == [("military", (1, 1))]
