"""Casualty recall probes of session 17 (sentences written for these tests, several wars and styles)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, dt.date(2025, 6, 10)) if c.type == "casualty"]


def fields(text: str) -> list[tuple[object, ...]]:
    return [(c.outcome, c.category, c.count) for c in casualties(text)]


def test_victims_named_as_the_kin_of_another_victim_are_counted() -> None:
    assert ("wounded", "civilian", (2, 2)) in fields("A mortar round killed a woman and injured her two children in a market in Beledweyne.")
    assert ("wounded", "civilian", (3, 3)) in fields("Gunmen shot dead a farmer near Jos and wounded his three sons, police said.")


def test_a_breakdown_set_off_by_dashes_before_the_verb_gives_its_parts() -> None:
    found = [(c.outcome, c.category, c.count, c.part_of) for c in casualties(
        "At least 14 people - nine soldiers and five civilians - were killed in fighting near Bamenda, the governor said.")]
    assert ("killed", "military", (9, 9), 0) in found
    assert ("killed", "civilian", (5, 5), 0) in found
    found = [(c.outcome, c.category, c.count) for c in casualties("Eleven people — six policemen and five farmers — died in the raid on Tillaberi.")]
    assert ("killed", "military", (6, 6)) in found


def test_a_part_named_between_dashes_after_the_toll_is_a_part_of_it() -> None:
    found = [(c.outcome, c.category, c.count, c.part_of) for c in casualties(
        "Thirteen people were killed on Friday — seven of them children — when a rocket hit a school in Donetsk.")]
    assert ("killed", "civilian", (7, 7), 0) in found


def test_a_sides_possessive_before_one_of_its_people_counts_that_person() -> None:
    found = [(c.subject, c.outcome, c.category, c.count) for c in casualties("An Israeli strike killed Hezbollah's top commander in Tyre on Monday.")]
    assert ("HEZBOLLAH", "killed", "military", (1, 1)) in found
    found = [(c.subject, c.outcome, c.category, c.count) for c in casualties("A US drone strike near Jilib killed al-Shabaab's senior leader, officials said.")]
    assert ("SHABAAB", "killed", "military", (1, 1)) in found


def test_a_sides_possessive_before_its_whole_force_counts_no_one() -> None:
    assert fields("Ukraine's military was wounded by the scandal over procurement.") == []


def test_the_lives_of_counted_people_make_one_claim_not_a_second_uncounted_one() -> None:
    found = fields("The fighting in Malakal claimed the lives of 14 people and left 30 others wounded, the county commissioner said.")
    assert ("killed", "unknown", (14, 14)) in found
    assert ("killed", "unknown", None) not in found


def test_a_denial_that_any_of_a_sides_people_were_harmed_is_a_denied_claim() -> None:
    found = [(c.subject, c.outcome, c.category, c.count, c.stance) for c in casualties(
        "The Armenian defence ministry denied that any of its servicemen had been killed in the shelling near Jermuk.")]
    assert ("ARM", "killed", "military", None, "deny") in found
    found = [(c.outcome, c.category, c.stance) for c in casualties("The Houthis denied that any of their fighters were captured in the raid.")]
    assert ("captured", "military", "deny") in found


def test_a_side_that_lost_no_soldiers_claims_zero_dead() -> None:
    found = fields("Ethiopia's army said it had lost no soldiers in the fighting near Gondar.")
    assert ("killed", "military", (0, 0)) in found


def test_a_rejected_report_of_civilian_deaths_denies_civilian_deaths() -> None:
    found = [(c.outcome, c.category, c.stance) for c in casualties("The paramilitary force rejected reports of civilian deaths in the camp near Tawila.")]
    assert ("killed", "civilian", "deny") in found
    found = [(c.outcome, c.category, c.stance) for c in casualties("A junta spokesman disputed claims of civilian casualties in the airstrike on the monastery.")]
    assert ("killed", "civilian", "deny") in found


def test_the_place_an_attack_pounds_says_where_the_dead_lived() -> None:
    found = [(c.subject, c.outcome, c.count) for c in casualties("Six people were killed as Russian forces pounded Zaporizhzhia overnight.")]
    assert ("UKR", "killed", (6, 6)) in found


def test_a_headline_in_the_present_tense_counts_the_abducted() -> None:
    found = fields("Gunmen kill 12, abduct 40 in raid on Katsina village")
    assert ("captured", "unknown", (40, 40)) in found


def test_deaths_told_without_a_count_are_a_killed_claim_with_count_null() -> None:
    assert ("killed", "unknown", None) in fields("Lives were lost when the ferry was shelled near Kherson, the regional governor said.")
    assert ("killed", "civilian", None) in fields("There were deaths among the civilians sheltering in the school in Bentiu.")
    found = fields("The overnight bombardment of Kassala caused deaths and injuries, the state government said.")
    assert ("killed", "unknown", None) in found
    assert ("wounded", "unknown", None) in found


def test_deaths_that_did_not_happen_are_no_claim() -> None:
    assert fields("Officials warned that the strikes could cause deaths among the displaced in Rafah.") == []


def test_uncounted_people_among_the_dead_are_a_claim_in_their_category() -> None:
    assert ("killed", "civilian", None) in fields("Civilians were among the dead in the shelling of Kupiansk, the prosecutor said.")
    assert ("wounded", "civilian", None) in fields("Children are among the wounded taken to hospital in Sumy.")


def test_displaced_people_and_civilian_jobs_are_civilians() -> None:
    assert ("killed", "civilian", (18, None)) in fields("At least 18 IDPs were killed when militiamen attacked the camp near Bunia.")
    assert ("killed", "civilian", (1, 1)) in fields("A landmine killed a shepherd near the border village on Tuesday.")
    assert ("wounded", "civilian", (4, 4)) in fields("Four aid seekers were wounded near the distribution point in Rafah.")


def test_other_spellings_of_armed_men_are_military() -> None:
    assert ("killed", "military", (3, 3)) in fields("Three guerillas were killed in a clash with troops in Arauca.")


def test_uncounted_people_captured_by_a_side_are_a_capture_claim() -> None:
    found = [(c.subject, c.outcome, c.category, c.count) for c in casualties("Ukrainian forces captured Russian soldiers near Sudzha on Tuesday.")]
    assert ("RUS", "captured", "military", None) in found


def test_captives_executed_are_killed_not_captured() -> None:
    found = [(c.outcome, c.category) for c in casualties("Militiamen executed captured soldiers near Gondar, a video showed.")]
    assert ("killed", "military") in found
    assert ("captured", "military") not in found
    assert ("killed", "military") in [(c.outcome, c.category) for c in casualties("Ukrainian prisoners of war were executed near Avdiivka.")]


def test_the_countrys_civil_defence_counts_for_where_the_harmed_live() -> None:
    text = ("Israeli jets struck two buildings in Tyre on Friday, the Israeli army said.\n\n"
            "Lebanon's health ministry said the strike killed nine people. Eleven people were wounded, the country's civil defence service said.")
    found = [(c.outcome, c.count, c.claimant) for c in casualties(text)]
    assert ("wounded", (11, 11), "LBN") in found


def test_named_fighters_coordinated_with_counted_soldiers_share_an_intransitive_death() -> None:
    assert ("killed", "military", (7, 7)) in fields("A total of 7 policemen and Imbonerakure died near the border.")


def test_people_who_passed_away_of_wounds_or_were_left_injured_are_counted() -> None:
    assert ("killed", "military", (1, 1)) in fields("A gendarme passed away from his injuries in hospital in Dori.")
    assert ("wounded", "civilian", (4, 4)) in fields("Four villagers were left injured after the mortar fire near Kidal.")
    assert fields("The former governor passed away peacefully at 90.") == []


def test_a_tally_labelled_with_colons_gives_each_figure() -> None:
    found = fields("Losses in the night raid on the outpost near Tessit. Killed: 9 soldiers; wounded: 17.")
    assert ("killed", "military", (9, 9)) in found
    assert ("wounded", "military", (17, 17)) in found


def test_deaths_counted_among_named_people_take_their_category() -> None:
    assert ("killed", "military", (15, 15)) in fields("The Ethiopian army reported 15 fatalities among its troops near Bahir Dar.")
    assert ("killed", "civilian", (20, 20)) in fields("The clinic recorded 20 deaths among civilians in Kadugli last week.")


def test_the_side_named_after_a_toll_is_whose_the_losses_are() -> None:
    found = [(c.subject, c.outcome, c.count) for c in casualties("The shelling left two soldiers dead and five wounded on the Tajik side.")]
    assert ("TJK", "killed", (2, 2)) in found
    assert ("TJK", "wounded", (5, 5)) in found
