"""Casualty recall probes of session 16 (sentences written for these tests, several wars and styles)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, dt.date(2024, 9, 21)) if c.type == "casualty"]


def fields(text: str) -> list[tuple[object, ...]]:
    return [(c.subject, c.outcome, c.category, c.count) for c in casualties(text)]


def test_a_nationality_named_with_the_first_conjunct_carries_to_the_next() -> None:
    found = fields("BANGKOK (AP) — Cambodian troops fired rockets and artillery at several Thai border districts on Thursday, "
                   "killing at least 11 Thai civilians and a soldier, the Thai army said.")
    assert ("THA", "killed", "military", (1, 1)) in found
    found = fields("Kyrgyz forces shelled border villages on Wednesday, killing three Tajik civilians and a border guard, Tajikistan's border service said.")
    assert ("TJK", "killed", "military", (1, 1)) in found


def test_armed_group_men_do_not_take_the_nationality_of_the_first_conjunct() -> None:
    found = fields("Fighting near Boulkessi killed two Malian soldiers and 12 militants on Monday, residents said.")
    assert ("MLI", "killed", "military", (12, 12)) not in found


SAHEL = ("Jihadists killed at least 50 soldiers in an attack on a base in Djibo, in northern Burkina Faso, on Sunday, the army said. "
         "JNIM claimed the attack on the base.\n\n"
         "In Niger, at least 39 civilians were killed when gunmen attacked the village of Fambita during Friday prayers, the government said.\n\n"
         "In neighbouring Mali, an army statement said two soldiers lost their lives near Boulkessi on Monday.")
SOMALIA = ("Al-Shabaab fighters stormed a military base in Lower Shabelle on Tuesday, killing 20 soldiers, the Somali army said.\n\n"
           "In neighbouring Kenya, police said four officers were killed when their vehicle hit a roadside bomb near the border on Wednesday.")


def test_a_sentence_opening_by_the_state_it_is_set_in_places_its_people_and_institutions_there() -> None:
    found = [(c.subject, c.category, c.count, c.claimant) for c in casualties(SAHEL)]
    assert ("NER", "civilian", (39, None), "NER") in found
    assert ("MLI", "military", (2, 2), "MLI") in found
    found = [(c.subject, c.category, c.count, c.claimant) for c in casualties(SOMALIA)]
    assert ("KEN", "military", (4, 4), "KEN") in found


def test_generic_fighters_are_the_group_the_sentence_names_even_one_the_war_profile_does_not_place() -> None:
    text = ("Militants of the Pakistani Taliban (TTP) attacked a checkpoint in Bannu, killing 10 soldiers, the military said.\n\n"
            "Police said 14 policemen were killed in a string of BLA attacks across Balochistan on Monday, while security forces killed 21 insurgents.")
    assert ("BLA", "killed", "military", (21, 21)) in fields(text)
    text = ("M23 rebels shelled Sake on Tuesday, killing four civilians, the Congolese army said.\n\n"
            "In Beni territory, troops repelled an ADF raid on Mbau and killed 12 rebels, the army said.")
    assert ("ADF", "killed", "military", (12, 12)) in fields(text)


def test_soldiers_in_a_roundup_paragraph_on_another_war_are_that_war_state_s() -> None:
    text = ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday, Somali officials said. Al-Shabaab later claimed the raid.\n\n"
            "In Mogadishu, al-Shabaab mortar fire wounded three people.\n\n"
            "ISWAP militants attacked a Nigerian army base in Marte on Wednesday, overrunning it and killing at least 11 soldiers.")
    assert ("NGA", "killed", "military", (11, None)) in fields(text)
    text = ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday, Somali officials said. Al-Shabaab later claimed the raid.\n\n"
            "JNIM fighters ambushed a Malian convoy near Tessit on Tuesday. JNIM said it had killed 27 soldiers and captured two.")
    assert ("MLI", "killed", "military", (27, 27)) in fields(text)


def test_people_among_those_who_lost_their_lives_and_dead_people_named_by_their_adjective() -> None:
    assert fields("Two pupils were among those who lost their lives when the shell hit the school in Kassala.") == [("SDN", "killed", "civilian", (2, 2))]
    assert fields("ISWAP published photos of what it said were 17 dead soldiers at the army base in Marte.")[0][1:] == ("killed", "military", (17, 17))
    assert fields("Rescuers counted 23 dead civilians in the market after the Myanmar military air raid on Kyauktaw.")[0][1:] == ("killed", "civilian", (23, 23))


def test_an_accident_brought_about_by_an_act_of_war_kills_in_the_war() -> None:
    assert fields("Twelve people were killed in Kharkiv when a residential building collapsed after being hit by a Russian missile.")[0][1:] == (
        "killed", "unknown", (12, 12))
    assert fields("Nine people died when their boat capsized on the Nile after being shot at by RSF fighters, witnesses said.")[0][1:] == (
        "killed", "unknown", (9, 9))
    assert fields("Five soldiers died when their helicopter crashed in Borno after being hit by ISWAP fire, the army said.")[0][1:] == (
        "killed", "military", (5, 5))
    assert casualties("Nine workers died after the scaffolding collapsed at the construction site, police said.") == []


def test_a_people_phrase_with_its_modifier_and_a_breakdown_before_the_outcome() -> None:
    found = casualties("Seven members of a family, including four children, were killed when a shell struck their home in Deir el-Balah.")
    assert [(c.outcome, c.category, c.count, c.part_of) for c in found] == [("killed", "civilian", (7, 7), None)]
    found = casualties("Twelve people from the village of Kadawa, including three soldiers, were killed in the bandit attack, police said.")
    assert [(c.outcome, c.category, c.count, c.part_of) for c in found] == [("killed", "unknown", (12, 12), None), ("killed", "military", (3, 3), 0)]


def test_members_of_a_state_armed_force_are_military() -> None:
    assert fields("Fano fighters said they had eliminated 73 members of the Ethiopian National Defense Force near Debre Markos.")[0][1:] == (
        "killed", "military", (73, 73))
    assert fields("Six members of the Malian armed forces were killed in the ambush near Boni, the army said.")[0][1:] == ("killed", "military", (6, 6))
    assert fields("Nine members of the Tatmadaw were captured by the Arakan Army in Maungdaw.")[0][1:] == ("captured", "military", (9, 9))
    assert fields("Gunmen killed four members of the hospital staff in Kadugli, the Sudan Doctors Network said.")[0][2] == "civilian"


def test_people_among_a_toll_told_after_them_are_a_part_of_it() -> None:
    found = casualties("At least 14 policemen and soldiers were among 38 people killed in a string of BLA attacks across Balochistan on Monday.")
    assert [(c.outcome, c.category, c.count, c.part_of) for c in found] == [("killed", "military", (14, None), 1), ("killed", "unknown", (38, 38), None)]
    found = casualties("Five children were among the 20 people killed in the junta air strike on the village in Sagaing.")
    assert [(c.outcome, c.category, c.count, c.part_of) for c in found] == [("killed", "civilian", (5, 5), 1), ("killed", "unknown", (20, 20), None)]
    found = casualties("Three soldiers were among 10 soldiers killed in the al-Shabaab ambush.")
    assert [(c.category, c.count) for c in found] == [("military", (10, 10))]


def test_a_second_side_s_losses_with_the_people_elided() -> None:
    found = fields("The army lost 22 soldiers in the battle for Bara, and the RSF lost more than 40, a military source said.")
    assert ("RSF", "killed", "military", (41, None)) in found
    found = fields("Yemeni government forces lost 22 troops in the fighting near Marib, while the Houthis lost 13, officials said.")
    assert ("HOUTHIS", "killed", "military", (13, 13)) in found


def test_more_words_of_killing_and_of_capture_by_armed_men() -> None:
    assert fields("Eight soldiers fell on the battlefield defending the town of Djibo, the army said.")[0][1:] == ("killed", "military", (8, 8))
    assert fields("The attackers slit the throats of nine herders near Menaka before fleeing with their cattle.")[0][1:] == ("killed", "civilian", (9, 9))
    found = casualties("Two journalists were detained by the militia in Wad Madani and have not been heard from since.")
    assert [(c.outcome, c.category, c.count, c.cumulative) for c in found] == [("captured", "civilian", (2, 2), False)]
    assert casualties("Police detained two journalists at the protest in Nairobi.") == []


def test_a_role_of_a_named_group_before_a_name_an_official_of_another_group_shares() -> None:
    found = fields("Nigeria's army said ISWAP leader Abu Musab al-Barnawi had been killed in fighting in the Lake Chad area.")
    assert found == [("ISWAP", "killed", "military", (1, 1))]


def test_the_dead_of_both_sides_are_no_one_side_s() -> None:
    text = ("Houthi fighters launched an offensive on government positions south of Marib on Saturday, where at least 35 fighters "
            "from both sides were killed, according to military officials.")
    assert (None, "killed", "military", (35, None)) in fields(text)
    assert fields("Fighting between the army and the RSF in the town of Bara left 80 fighters dead on both sides, witnesses said.") == [
        (None, "killed", "military", (80, 80))]


def test_the_militia_points_back_to_the_war_s_armed_group() -> None:
    text = ("RSF drone strike on El Fasher mosque kills 75 worshippers\n\n"
            "The Sudanese army said its forces repelled an RSF assault on the city's eastern front later on Friday, "
            "killing dozens of the militia's fighters and capturing 12 others.")
    found = fields(text)
    assert ("RSF", "killed", "military", (24, 99)) in found and ("RSF", "captured", "military", (12, 12)) in found
    text = ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday, Somali officials said.\n\n"
            "The army said its troops had killed 30 of the militia's fighters in the counter-attack.")
    assert ("SHABAAB", "killed", "military", (30, 30)) in fields(text)


def test_a_toll_put_at_a_figure_is_the_toll_of_its_event_not_a_running_total() -> None:
    text = ("Syrian government air strikes on Idlib killed 10 civilians on Wednesday, rescuers said.\n\n"
            "The Syrian Observatory for Human Rights, a UK-based war monitor, put the toll at 12, including a woman.")
    found = [(c.subject, c.category, c.count, c.cumulative) for c in casualties(text)]
    assert ("SYR", "unknown", (12, 12), False) in found
    found = [(c.count, c.cumulative) for c in casualties("Doctors put the death toll from the RSF shelling of the Omdurman market at 21.")]
    assert found == [((21, 21), False)]


def test_no_people_harmed_is_one_zero_toll_and_no_uncounted_toll_besides() -> None:
    found = casualties("No civilians were harmed in the strike on the al-Shabaab camp near Jilib, the Somali military said.")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "civilian", (0, 0))]
    found = casualties("The junta said no soldiers were killed in the clash near Lashio on Sunday.")
    assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "military", (0, 0))]


def test_civilians_a_foreign_state_reports_unharmed_are_the_state_s_where_they_live() -> None:
    text = ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday, Somali officials said.\n\n"
            "A US airstrike near Jilib killed an estimated 10 al-Shabaab fighters, US Africa Command said, adding that no civilians were injured or killed.")
    found = [(c.subject, c.outcome, c.category, c.count, c.claimant) for c in casualties(text)]
    assert ("SOM", "killed", "civilian", (0, 0), "USA") in found


def test_members_of_an_extended_family_and_an_uncounted_number_of_dead_and_wounded() -> None:
    assert fields("Ten members of an extended family died in the Israeli strike on their house in Rafah, relatives said.") == [
        ("PSE", "killed", "civilian", (10, 10))]
    found = [(c.outcome, c.category) for c in casualties("The attack on the base near Bama left a number of dead and wounded among the militants, the Nigerian army said.")]
    assert sorted(found) == [("killed", "military"), ("wounded", "military")]


def test_others_with_the_auxiliary_gapped_are_harmed_too() -> None:
    found = [(c.outcome, c.category, c.count) for c in casualties("Several people were killed and others wounded in the strike on Idlib, the Syrian Civil Defence said.")]
    assert found == [("killed", "unknown", (3, 9)), ("wounded", "unknown", None)]
    found = [(c.outcome, c.count) for c in casualties("Four villagers were abducted and others injured when bandits raided Kadawa, police said.")]
    assert ("wounded", None) in found
