"""Territory phrasing of war reports, on sentences written for these tests: withdrawals in all tenses,
ground retaken, a second verb sharing the clause's subject, bare place names taken, and "it" for ground
named before it.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 3, 5)


def territory(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_forced_to_withdraw_is_ground_lost_by_those_withdrawing() -> None:
    assert territory("Russian forces were forced to withdraw from Kupiansk.") == [("RUS", None, "lost")]
    assert territory("Ukrainian troops pulled back from Marinka last week.") == [("UKR", None, "lost")]


def test_a_demand_to_withdraw_is_no_ground_lost() -> None:
    assert territory("Kyiv said Russia must withdraw from Crimea.") == []


def test_retaken_control_of() -> None:
    assert territory("Kyiv said its forces had retaken control of Bakhmut's outskirts.") == [("RUS", "UKR", "retaken")]


def test_a_second_verb_shares_the_subject_that_opens_the_clause() -> None:
    assert territory("Ukrainian forces advanced into the Kursk region and captured Sudzha.") == [("RUS", "UKR", "lost")]


def test_a_place_name_taken_is_ground() -> None:
    assert territory("Russian troops took Bakhmut after months of fighting.") == [("UKR", "RUS", "lost")]
    assert territory("The rebels took Smith hostage near the border.") == []


def test_it_stands_for_ground_named_before() -> None:
    assert [o for _, _, o in territory("Gunmen stormed the army base and briefly occupied it, police said.")] == ["lost"]
    assert territory("The minister took it seriously.") == []


def test_each_place_of_a_plural_list_is_its_own_claim() -> None:
    text = "Moscow said its troops had liberated the settlements of Novomykhailivka and Krasnohorivka."
    assert territory(text) == [("UKR", "RUS", "retaken"), ("UKR", "RUS", "retaken")]


def test_more_ground_nouns_and_plural_holders() -> None:
    assert territory("Sudan's army regained control of the presidential palace in Khartoum.") == [("RSF", "SDN", "retaken")]
    assert [o for _, _, o in territory("The rebels now control most of the province, the M23 said.")] == ["lost"]
    assert territory("Russian control over Crimea is not recognised.") == []


def held(text: str) -> list[tuple[str | None, str | None, str, bool | None]]:
    return [(c.subject, c.object, c.outcome, c.cumulative) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_fighters_of_a_named_side_take_the_ground() -> None:
    assert territory("Fighters of the Kachin Independence Army seized two junta outposts near Bhamo.") == [("MMR", "KIA", "lost")]
    assert territory("Soldiers of the Philippine army captured an NPA camp in Samar.") == [("NPA", "PHL", "lost")]


def test_ground_changing_hands_named_as_an_event() -> None:
    assert territory("The fall of Pokrovsk to Russian forces was confirmed on Sunday.") == [("UKR", "RUS", "lost")]
    assert territory("The army announced the liberation of Sinja from the RSF.") == [("RSF", "SDN", "retaken")]
    assert territory("The RSF completed its takeover of El Geneina on Friday.") == [("SDN", "RSF", "lost")]


def test_events_not_come_about_or_not_about_ground_give_no_territory() -> None:
    assert territory("Officials warned of the imminent fall of Pokrovsk to Russian forces.") == []
    assert territory("The fall of the Berlin Wall changed Europe.") == []
    assert territory("The capture of the suspect was announced by police.") == []
    assert territory("The liberation of women remains a goal of the movement.") == []


def test_in_the_hands_of_is_ground_held_and_fell_into_the_hands_of_is_ground_taken() -> None:
    assert held("The town of Tawila is now in the hands of the RSF, residents said.") == [("SDN", "RSF", "lost", True)]
    assert held("The base fell into the hands of the Arakan Army on Sunday.") == [("MMR", "AA", "lost", False)]
    assert held("The company is now in the hands of the administrators.") == []


def test_areas_and_river_banks_are_ground() -> None:
    assert territory("Ukrainian troops recaptured about 40 square kilometres near Robotyne.") == [("RUS", "UKR", "retaken")]
    assert territory("Russian troops were forced to withdraw from the west bank of the Dnipro.") == [("RUS", None, "lost")]


def test_driven_out_in_the_passive_is_ground_lost_by_those_driven_out() -> None:
    # read as the active "Ukraine drove Russian forces out of Lyman": a state driving the other side out retakes it
    assert territory("Russian forces were driven out of Lyman by Ukraine.") == [("RUS", "UKR", "retaken")]
    assert territory("Ukraine drove Russian forces out of Lyman.") == [("RUS", "UKR", "retaken")]


def test_several_parties_heading_the_clause_take_the_first_named() -> None:
    assert [gainer for _, gainer, _ in territory("Syrian troops and Russian forces took control of Palmyra.")] == ["SYR"]


def test_peaceful_control_and_leads_give_no_territory() -> None:
    assert territory("He lost control of the car and crashed into a tree.") == []
    assert territory("The investors took control of the company in March.") == []
    assert territory("Arsenal took the lead after ten minutes.") == []


def test_a_pronoun_for_the_side_heading_the_sentence() -> None:
    assert territory("The TNLA seized two howitzers when it overran the battalion headquarters.") == [("MMR", "TNLA", "lost")]
    assert territory("The talks went on after it captured the public's attention.") == []


def test_a_backer_in_an_appositive_is_not_the_gainer() -> None:
    assert territory("The M23, backed by Rwanda, seized Bukavu on Sunday.") == [("COD", "M23", "lost")]


def test_occupies_and_hold_are_ground_held() -> None:
    assert held("Russia occupies about a fifth of Ukraine's territory.") == [("UKR", "RUS", "lost", True)]
    assert held("The M23 now occupies large areas of North Kivu.") == [("COD", "M23", "lost", True)]
    assert held("The M23 hold talks with Kinshasa in Doha.") == []


def test_state_ground_taken_by_someone_unnamed_is_the_states() -> None:
    text = "Fighting between the Malian army and JNIM continued. Men on motorbikes overran a military camp near Boulkessi."
    assert [(subject, outcome) for subject, _, outcome in territory(text)] == [("MLI", "lost")]
    text = "Fighting between the Malian army and JNIM continued. Gunmen stormed the gendarmerie post and occupied it."
    assert [subject for subject, _, _ in territory(text)] == ["MLI"]


def test_retains_control_is_ground_held() -> None:
    assert held("The RSF retains control of most of Darfur.") == [("SDN", "RSF", "lost", True)]


def test_ground_taken_from_a_named_side_is_that_sides_loss() -> None:
    assert territory("The Myanmar army regained control of Kawkareik from the KNU.") == [("KNU", "MMR", "retaken")]


def test_has_been_in_control_of_is_ground_held() -> None:
    assert held("The RSF has been in control of Zalingei since November.") == [("SDN", "RSF", "lost", True)]


def test_fighters_loyal_to_a_side_take_the_ground_for_it() -> None:
    assert [gainer for _, gainer, _ in territory("Fighters loyal to the TNLA captured the town of Kyaukme.")] == ["TNLA"]


def test_secured_ground_and_a_speaker_after_a_place_is_no_second_place() -> None:
    assert territory("Ukrainian forces secured the village of Robotyne, the General Staff said.") == [("RUS", "UKR", "lost")]
    assert territory("Kyiv secured Western aid worth 60 billion dollars.") == []
    assert territory("The army secured the release of 12 hostages.") == []


def test_a_liberation_is_a_retaking_only_for_the_side_whose_country_it_is() -> None:
    # the same word from both sides of one war: retaken by the owner, lost by the owner to the other
    assert territory("Ukrainian troops liberated the village of Robotyne in the Zaporizhzhia region.") == [("RUS", "UKR", "retaken")]
    assert [outcome for _, _, outcome in territory(
        "The Russian Defence Ministry said its forces had liberated the village of Novomykhailivka in the Donetsk region."
    )] == ["lost"]


def test_ground_taken_from_state_forces_named_by_role_is_the_state_s_loss() -> None:
    assert territory("M23 rebels recaptured Minova in South Kivu from the army on Friday.") == [("COD", "M23", "retaken")]
    assert territory("Fano fighters seized the town of Lalibela from government troops.")[0][0] == "ETH"


def test_ground_lost_to_a_side_with_no_loser_named_is_lost_by_its_adversary() -> None:
    assert territory("The garrison lost the town of Babanusa to the RSF on Tuesday.") == [("SDN", "RSF", "lost")]


def test_withdrawing_ones_troops_from_a_place_is_ground_lost() -> None:
    assert territory("Ukraine withdrew its troops from the village of Krynky on the left bank.") == [("UKR", None, "lost")]


def test_a_possessive_before_the_place_is_not_the_ground() -> None:
    claims = extract_from_cleaned_text("Russia's army has taken Ukraine's eastern town of Selydove, the Russian ministry said.", PUBLISHED)
    spans = [c.span for c in claims if c.type == "territory"]
    assert len(spans) == 1 and "Selydove" in "Russia's army has taken Ukraine's eastern town of Selydove"[spans[0][0] : spans[0][1]]


def test_marching_into_a_city_taken_before_is_no_new_ground() -> None:
    assert territory("Cheering crowds welcomed columns of troops that marched into the city.") == []


def test_an_armed_group_called_the_group_takes_ground_but_a_firm_does_not() -> None:
    text = "Al-Shabaab fighters attacked the base. A commander said the group had captured the town of Bulo Burte."
    assert [outcome for _, _, outcome in territory(text)] == ["lost"]
    assert territory("The firm took control of the port operator last year.") == []


def test_the_side_forced_to_withdraw_loses_the_ground_to_the_side_forcing_it() -> None:
    assert territory("Ukrainian forces forced Russian troops to withdraw from Kherson, the General Staff said.") == [("RUS", "UKR", "retaken")]
    assert territory("Sudan's army said its offensive had forced RSF fighters to retreat from Bahri.") == [("RSF", "SDN", "retaken")]


def test_a_wish_to_force_a_withdrawal_is_no_ground_lost() -> None:
    assert territory("The government wants to force the rebels to withdraw from Goma.") == []


def test_a_second_verb_after_a_dateline_shares_the_first_verb_s_subject() -> None:
    assert territory("BAKU, May 2, 2024 (AFP) - Azerbaijani troops stormed the village of Talish and occupied it, Armenia said.") == [("ARM", "AZE", "lost")]


def test_the_fall_of_a_known_place_is_ground_lost_even_with_no_gainer_named() -> None:
    assert territory("The fall of Avdiivka came after months of fighting, the Ukrainian army said.") == [(None, None, "lost")]


def test_the_fall_of_a_wall_a_currency_or_a_government_is_no_ground_lost() -> None:
    assert territory("Since the fall of the Berlin Wall, Europe has changed.") == []
    assert territory("Markets reacted to the fall of the pound.") == []
    assert territory("The fall of Assad's government surprised the region.") == []


def test_falling_back_from_ground_is_ground_lost_but_prices_falling_back_are_not() -> None:
    assert territory("Ukrainian troops fell back from Vuhledar after weeks of fighting.") == [("UKR", None, "lost")]
    assert territory("Oil prices fell back from record highs on Monday.") == []


def test_military_ground_named_by_its_owner_is_lost_by_that_owner() -> None:
    assert territory("Al-Shabaab fighters overran a Kenyan army base in Lamu county.") == [("KEN", "SHABAAB", "lost")]
    assert [t[0] for t in territory("Ukrainian troops captured Russian positions near Robotyne.")] == ["RUS"]


def test_forces_sweeping_or_rolling_into_a_town_take_it() -> None:
    assert territory("Fano militiamen swept into the town of Lalibela on Tuesday.") == [("ETH", "FANO", "lost")]
    assert territory("M23 rebels rolled into Bukavu on Sunday.") == [("COD", "M23", "lost")]
    # a parade into a town taken already is no new capture
    assert territory("Crowds cheered as the troops marched into the city.") == []


def test_a_town_falling_to_a_side_named_with_its_article() -> None:
    text = "HTS fighters attacked army posts around Maarat al-Numan last week. The town fell to the rebels on Sunday."
    assert territory(text) == [("SYR", "HTS", "lost")]


def test_the_loss_of_a_place_is_the_ground_its_speaker_lost() -> None:
    found = [(c.subject, c.outcome, c.stance) for c in extract_from_cleaned_text("Ukraine denied the loss of Kurakhove.", PUBLISHED) if c.type == "territory"]
    assert found == [("UKR", "lost", "deny")]
    assert territory("The loss of life in Kurakhove was staggering.") == []


def test_a_fall_that_would_come_is_no_ground_lost() -> None:
    assert territory("The fall of Pokrovsk would be a major blow for Kyiv.") == []


def test_control_lost_over_a_share_of_a_region_is_ground_lost() -> None:
    """"lost control of large parts of the north", "most of Darfur": a share of a place is ground."""
    assert territory("Ethiopia's army lost control of large parts of the north.") == [("ETH", None, "lost")]
    assert territory("Sudan's army lost control of most of Darfur last year.") == [("SDN", None, "lost")]
    assert territory("The driver lost control of most of the steering.") == []


def test_a_military_command_seized_is_ground() -> None:
    assert territory("The Arakan Army said it had seized the regional military command in Ann.") == [("MMR", "AA", "lost")]
    assert territory("The general took military command of the operation.") == []


def test_a_speaker_claiming_the_capture_of_ground_gained_it() -> None:
    """A headline's "army claims recapture of key base": the noun of the event, the speaker's side took it."""
    assert territory("RSF shelling kills 15 in El Fasher as army claims recapture of key base") == [("RSF", None, "retaken")]
    assert territory("The Sudanese army announced the liberation of Wad Madani.") == [("RSF", None, "retaken")]


def test_a_headlines_plural_present_enter_takes_the_place() -> None:
    assert territory("M23 rebels enter Goma as Congolese troops flee") == [("COD", "M23", "lost")]
    assert territory("Sudan's rivals enter talks in Jeddah") == []


def test_a_pronoun_between_an_actor_and_the_verb_heads_it() -> None:
    """"... a blow to President Assad a week after they swept into Aleppo": "they" are the rebels the sentence opened
    with, not Assad; Syria's rebels take ground from Syria."""
    text = "Syrian rebels captured Hama on Thursday, dealing a blow to President Bashar al-Assad a week after they swept into Aleppo."
    assert territory(text) == [("SYR", None, "lost"), ("SYR", None, "lost")]


def test_the_clause_a_speaker_reports_opens_after_the_reporting_verb() -> None:
    """"Pashinyan said Azerbaijani troops had advanced ... and now controlled ...": the troops hold it, not the speaker."""
    text = ("Prime Minister Nikol Pashinyan said Azerbaijani troops had advanced into Armenian territory and now controlled "
            "about 10 square kilometres.")
    assert territory(text) == [("ARM", "AZE", "lost")]


def test_an_area_in_square_km_or_sq_kilometres() -> None:
    assert territory("Armenia says Azerbaijani troops occupied 200 square km of its territory.") == [("ARM", "AZE", "lost")]
    assert territory("The Sudanese army said it had seized 40 sq kilometres around Jebel Moya from the RSF.") == [("RSF", "SDN", "lost")]


def test_a_speaker_after_a_place_and_its_region_is_no_further_place() -> None:
    text = "Ukraine's forces liberated the village of Robotyne in Zaporizhzhia region, Deputy Defence Minister Hanna Maliar said."
    assert territory(text) == [("RUS", "UKR", "retaken")]
    text = "Sudanese troops recaptured the town of Sinja in Sennar state, army spokesman Nabil Abdullah said."
    assert territory(text) == [("RSF", "SDN", "retaken")]


def test_positions_taken_up_are_no_ground_taken() -> None:
    assert territory("Hezbollah fighters have taken up positions near the village of Khiam.") == []
    assert territory("Wagner fighters took up positions at the airport of Timbuktu.") == []


def test_forced_to_abandon_positions() -> None:
    assert territory("Malian troops were forced to abandon their positions in Kidal.") == [("MLI", None, "lost")]


def test_a_side_cleared_or_dislodged_from_a_place() -> None:
    assert territory("The army cleared al-Shabaab from the village of Adan Yabaal.") == [("SHABAAB", "SOM", "retaken")]
    assert territory("Ukrainian troops dislodged Russian forces from the village of Robotyne.") == [("RUS", "UKR", "retaken")]
    assert territory("Rescuers cleared rubble from the streets of Gaza City.") == []
    assert territory("Engineers cleared mines from the roads around Kherson.") == []


def test_a_town_handed_over_and_a_foothold_gained() -> None:
    assert territory("The SDF handed over the town of Manbij to Turkish-backed forces.") == [("SDF", None, "lost")]
    assert territory("Sudan's army handed over Bashir to the ICC.") == []
    assert territory("Russian forces gained a foothold in the town of Toretsk, the Ukrainian military said.") == [("UKR", "RUS", "lost")]


def test_high_ground_and_a_towns_edges_taken_are_ground() -> None:
    assert territory("The Kachin Independence Army seized a strategic hilltop near Bhamo on Friday.") == [("MMR", "KIA", "lost")]
    assert territory("M23 rebels captured a ridge overlooking Minova.") == [("COD", "M23", "lost")]
    assert territory("Russian troops took a hilltop west of Chasiv Yar.") == [("UKR", "RUS", "lost")]
    assert territory("Russian forces entered the outskirts of Pokrovsk.") == [("UKR", "RUS", "lost")]
    assert territory("Haftar's forces seized the Sharara oil field in the south.") == [("LBY", "LNA", "lost")]
