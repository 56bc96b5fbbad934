"""Casualty, materiel and territory claims in body text, from sentences written for these tests in the styles of
news agencies, ministry communiques, NGO reports and local press of several wars.

Breakdowns in brackets, speakers after a list of the dead, armed bodies' members, peoples named by their
demonym, degrees of injury, quoted figures, and the side of equipment seized after people were killed.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 1)


def claims_of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind]


def test_a_breakdown_in_brackets_is_parts_of_the_total_not_more_dead() -> None:
    found = claims_of("The attack on the market killed 14 people (nine soldiers and five civilians), officials said.", "casualty")
    by_category = {c.category: c for c in found}
    assert by_category["unknown"].count == (14, 14)
    assert by_category["military"].count == (9, 9)
    assert by_category["civilian"].count == (5, 5)
    assert by_category["military"].part_of is not None and by_category["civilian"].part_of is not None


def test_the_speaker_after_a_breakdown_is_no_part_of_the_dead() -> None:
    found = claims_of("The death toll from the attack on the church in Owo rose to 50, including five children, the state governor said.",
                      "casualty")
    assert sorted((c.category, c.count) for c in found) == [("civilian", (5, 5)), ("unknown", (50, 50))]


def test_members_of_a_vigilante_group_are_fighters() -> None:
    found = claims_of("The raid left 12 people dead: eight villagers and four members of a local vigilante group.", "casualty")
    assert ("military", (4, 4)) in [(c.category, c.count) for c in found]
    assert ("civilian", (8, 8)) in [(c.category, c.count) for c in found]


def test_a_people_named_by_its_demonym_is_counted() -> None:
    found = claims_of("Cambodia's defence ministry said 13 Cambodians, including eight civilians, died in Thai shelling.", "casualty")
    assert ("unknown", (13, 13)) in [(c.category, c.count) for c in found]
    assert all(c.subject == "KHM" and c.claimant == "KHM" for c in found)


def test_a_demonym_before_equipment_counts_no_people() -> None:
    found = claims_of("Israeli jets destroyed two Lebanese T-55 tanks near the border.", "casualty")
    assert found == []


def test_a_degree_of_injury_between_an_elided_count_and_its_outcome() -> None:
    found = claims_of("The army said two soldiers were killed and five seriously wounded when a roadside bomb hit their patrol.", "casualty")
    assert sorted((c.outcome, c.category, c.count) for c in found) == [("killed", "military", (2, 2)), ("wounded", "military", (5, 5))]


def test_an_isp_r_style_euphemism_for_killing() -> None:
    found = claims_of("During the intense exchange of fire, seven terrorists were sent to hell, the military said.", "casualty")
    assert [(c.outcome, c.count) for c in found] == [("killed", (7, 7))]


def test_a_second_figure_spelled_in_words_is_not_part_of_the_first_phrase() -> None:
    found = claims_of('"We lost three of our men and eleven others were injured," the RSF commander told reporters.', "casualty")
    assert sorted((c.outcome, c.count) for c in found) == [("killed", (3, 3)), ("wounded", (11, 11))]


def test_a_quoted_figure_after_lost_is_the_loser_s_dead() -> None:
    found = claims_of('The Russian defence ministry said that Ukraine had lost "up to 1,300 servicemen" in the Kursk region.', "casualty")
    assert [(c.subject, c.claimant, c.count) for c in found] == [("UKR", "RUS", (None, 1300))]


def test_a_quoted_figure_after_killed() -> None:
    found = claims_of('M23 rebels claimed they had killed "more than 40 soldiers" near Goma.', "casualty")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "military", (41, None))]


def test_equipment_seized_after_people_were_killed_is_the_other_side_s() -> None:
    found = claims_of("The People's Defence Force said it killed 15 junta soldiers and seized three military trucks.", "materiel")
    assert [(c.subject, c.outcome, c.count, c.claimant) for c in found] == [("MMR", "captured", (3, 3), "PDF")]


def test_quiet_text_stays_quiet() -> None:
    text = ("The ministry said 13 Lebanese students won scholarships. Two Sudanese musicians performed in Paris, "
            "and the league said the club lost three of its best players to injury.")
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "materiel", "territory")] == []


def test_more_after_a_breakdown_counts_the_total_s_people_not_the_part_s() -> None:
    found = claims_of("Russian strikes killed nearly 50 people, including 12 children, and injured over 100 more in Kharkiv.", "casualty")
    assert ("wounded", "unknown", (101, None)) in [(c.outcome, c.category, c.count) for c in found]


def test_prisoners_of_war_are_military_and_passers_by_civilians() -> None:
    found = claims_of("Russian forces executed at least eight Ukrainian prisoners of war, Kyiv said.", "casualty")
    assert [(c.category, c.subject) for c in found] == [("military", "UKR")]
    found = claims_of("The bomb in Quetta killed a policeman and wounded four passers-by.", "casualty")
    assert ("wounded", "civilian", (4, 4)) in [(c.outcome, c.category, c.count) for c in found]


def test_equipment_lost_in_a_region_is_no_ground_lost_and_a_captured_army_vehicle_no_person() -> None:
    text = "Two Russian Ka-52 attack helicopters were lost in the Kursk region, a military blogger said."
    assert [c.type for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("territory", "materiel")] == ["materiel"]
    text = "Rebels displayed two captured army armoured vehicles and a mortar in a video posted online."
    assert claims_of(text, "casualty") == []
    assert sorted((c.category, c.count) for c in claims_of(text, "materiel")) == [("armored_vehicle", (2, 2)), ("artillery", (1, 1))]


def test_a_list_of_one_side_s_armed_men_with_a_long_name_adds_up() -> None:
    found = claims_of("Eight soldiers and four volunteers for the defence of the homeland (VDP) were killed in the attack on the "
                      "Djibo detachment, the Burkinabe army said.", "casualty")
    assert [(c.category, c.count) for c in found] == [("military", (12, 12))]


def test_neutralise_in_the_infinitive_of_a_report_kills() -> None:
    found = claims_of('"The response of the troops made it possible to neutralise around fifty terrorists," the Burkinabe army said.',
                      "casualty")
    assert [(c.outcome, c.count) for c in found] == [("killed", (50, 50))]


def test_each_of_two_claimants_reports_its_own_soldiers() -> None:
    found = claims_of("Both Armenia and Azerbaijan said 15 of their soldiers had been killed in the clashes.", "casualty")
    assert sorted((c.claimant, c.subject) for c in found) == [("ARM", "ARM"), ("AZE", "AZE")]


def test_those_killed_included_a_list_and_the_buried_dead() -> None:
    found = claims_of("Those killed in the raid on the village included a local chief and his two sons, residents said.", "casualty")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "civilian", (3, 3))]
    assert [c.count for c in claims_of('"We have buried 23 people today," said a local imam in Zamfara.', "casualty")] == [(23, 23)]
    assert claims_of("Mourners buried the victims on Sunday.", "casualty") == []


def test_our_men_are_a_side_s_fighters() -> None:
    found = claims_of('The RSF commander said: "Seventeen of our men were martyred in the battle for the bridge."', "casualty")
    assert [(c.category, c.count) for c in found] == [("military", (17, 17))]


def test_the_attackers_of_a_repelled_assault_are_the_dead_not_the_killers() -> None:
    text = ("Sudan army repels RSF attack on El Fasher\n\nSudan's army said on Thursday it had repelled a large assault by the "
            "paramilitary Rapid Support Forces on El Fasher, killing more than 200 of the attackers and destroying 14 combat vehicles.\n")
    found = claims_of(text, "casualty")
    assert [(c.subject, c.claimant, c.count) for c in found] == [("RSF", "SDN", (201, None))]


def test_a_denied_fall_of_a_place_is_ground_lost_denied_not_the_claim_before() -> None:
    text = ("Russia says it took Krynky\n\nRussia's Defence Ministry said its forces had taken control of the village of Krynky and "
            "destroyed a Ukrainian Leopard tank near Avdiivka.\n\nUkrainian officials denied that Krynky had fallen.\n")
    claims = extract_from_cleaned_text(text, PUBLISHED)
    denied = [c for c in claims if c.stance == "deny"]
    assert [(c.type, c.subject, c.claimant) for c in denied] == [("territory", "UKR", "UKR")]


def test_denied_that_with_a_clause_copies_no_earlier_claim() -> None:
    text = ("RSF fighters stormed the village of Wad al-Noura, activists said.\n\n"
            "The RSF denied that the village had been attacked by its men.\n")
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert len([c for c in claims if c.stance == "deny" and c.type == "attack"]) == 1  # the clause's own, no copy of the one before


def test_peaceful_and_figurative_text_with_the_new_cues_stays_quiet() -> None:
    text = ("The government denied that the economy had fallen into recession. Many were surprised by the result of the "
            "election. The club lost three of its men to injury before the final. Our men were the best team on the pitch, "
            "the coach said. The farmers buried the seeds before the rains. Most of the guests, mostly women and children, "
            "enjoyed the festival. The company put its losses since January at 4 million dollars.")
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "materiel", "territory")] == []


def test_soldiers_reported_by_another_state_are_that_state_s() -> None:
    text = ("Jihadists kill soldiers in Burkina Faso and Niger\n\nAt least 33 soldiers were killed on Thursday when jihadists attacked "
            "an army detachment in eastern Burkina Faso, the army said.\n\nNiger's defence ministry said six soldiers died and 18 were "
            "wounded in an ambush near Tillaberi.\n")
    found = claims_of(text, "casualty")
    assert [(c.subject, c.claimant, c.count) for c in found if c.count != (33, None)] == [("NER", "NER", (6, 6)), ("NER", "NER", (18, 18))]


def test_losses_on_a_named_side_before_a_colon_are_that_side_s() -> None:
    found = claims_of("Losses on the Azerbaijani side: 12 servicemen killed, 38 wounded.", "casualty")
    assert [(c.subject, c.outcome, c.count) for c in found] == [("AZE", "killed", (12, 12)), ("AZE", "wounded", (38, 38))]
