"""Tolls told in less common ways, on sentences written for these tests: a bare figure with the report's verdict on it
("nine were confirmed dead", "12 are feared dead"), a toll of martyrs ("the number of martyrs among journalists rose to
140"), a toll said to be all civilians in an apposition ("nine people, all of them civilians, were killed"), and a toll
left by an event named with an article before it ("the Israeli strike left 22 people dead, among them nine children"),
whose breakdown is one part of one toll."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 4, 30)


def casualties(text: str) -> list[tuple[str | None, str | None, str, list[int | None] | None, int | None]]:
    """(subject, outcome, category, count, part_of) of every claim (outcome None for other types), in output order, so
    that positions are those part_of refers to."""
    claims = extract_from_cleaned_text(text, PUBLISHED)
    return [(c.subject, c.outcome if c.type == "casualty" else None, c.category or "", list(c.count) if c.count else None, c.part_of) for c in claims]


def test_bare_figure_confirmed_dead_is_a_death_toll() -> None:
    found = casualties("Fighting flared again in Nagorno-Karabakh. Nine were confirmed dead and 16 others were treated for injuries.")
    assert any(outcome == "killed" and count == [9, 9] for _, outcome, _, count, _ in found)


def test_bare_figure_feared_dead_is_a_death_toll() -> None:
    found = casualties("A Houthi drone hit a fishing boat off Hodeidah on Sunday; 12 are feared dead.")
    assert any(outcome == "killed" and count == [12, 12] for _, outcome, _, count, _ in found)


def test_number_of_martyrs_among_journalists_is_a_civilian_toll() -> None:
    found = casualties("The Gaza health ministry said the number of martyrs among journalists had risen to 140.")
    assert ("PSE", "killed", "civilian", [140, 140], None) in found


def test_number_of_martyrs_in_one_massacre_is_a_toll() -> None:
    found = casualties("In Gaza, the number of martyrs in the Nuseirat massacre rose to 210, the government media office said.")
    assert any(outcome == "killed" and count == [210, 210] for _, outcome, _, count, _ in found)


def test_all_of_them_civilians_apposition_gives_civilian_toll() -> None:
    found = casualties("Nine people, all of them civilians, were killed in artillery fire on Kyaukme in Shan State, Myanmar.")
    assert any(outcome == "killed" and category == "civilian" and count == [9, 9] for _, outcome, category, count, _ in found)


def test_all_of_them_women_and_children_after_an_active_toll_gives_civilian_toll() -> None:
    found = casualties("In Sudan, RSF shelling killed 14 people, all of them women and children, in El Fasher.")
    assert any(outcome == "killed" and category == "civilian" and count == [14, 14] for _, outcome, category, count, _ in found)


def test_event_named_before_a_toll_it_left_makes_no_second_victim() -> None:
    found = casualties("In Gaza, the Israeli strike left 22 people dead, among them nine children, the civil defence said.")
    children = [c for c in found if c[2] == "civilian"]
    assert len(children) == 1
    assert children[0][0] == "PSE" and children[0][3] == [9, 9] and children[0][4] is not None


def test_toll_left_by_shelling_has_its_breakdown_as_a_part() -> None:
    found = casualties("In Sudan, the RSF shelling left 30 people dead, among them 12 children, activists said.")
    total = next(i for i, c in enumerate(found) if c[3] == [30, 30])
    assert [c for c in found if c[2] == "civilian"] == [("SDN", "killed", "civilian", [12, 12], total)]


def test_role_and_name_after_killing_verb_is_one_person() -> None:
    found = casualties("Gunmen attacked a patrol near the village on Sunday, killing officer Ahmed Farah, police in Somalia said.")
    assert any(outcome == "killed" and category == "military" and count == [1, 1] for _, outcome, category, count, _ in found)


def test_journalist_shot_dead_by_name_is_one_civilian() -> None:
    found = casualties("Unknown gunmen shot dead journalist Ahmed Yusuf in Mogadishu, Somalia on Sunday.")
    assert any(outcome == "killed" and category == "civilian" and count == [1, 1] for _, outcome, category, count, _ in found)


def test_role_and_name_opening_a_clause_of_death_take_the_force_before_them() -> None:
    found = casualties("Kosovo police officer Arben Gashi was killed on Sunday.")
    assert ("XKX", "killed", "military", [1, 1], None) in found


def test_people_from_our_army_are_the_speakers_soldiers() -> None:
    found = casualties('"We are saddened by the deaths of these six heroes from our army in the ELN attack," the Colombian defence minister said.')
    assert ("COL", "killed", "military", [6, 6], None) in found


def test_people_from_the_police_are_military() -> None:
    found = casualties("Twelve people from the national police were killed in an ambush in Oromia, Ethiopia, officials said.")
    assert any(outcome == "killed" and category == "military" and count == [12, 12] for _, outcome, category, count, _ in found)


def test_headline_troops_die_is_an_uncounted_death_claim() -> None:
    found = casualties("Myanmar junta troops die in weekend clashes with resistance forces")
    assert ("MMR", "killed", "military", None, None) in found


def test_troop_toll_of_a_clash_is_military_and_not_running() -> None:
    claims = extract_from_cleaned_text("Troop toll from Burkina Faso militant clash rises to 14", PUBLISHED)
    toll = next(c for c in claims if c.type == "casualty")
    assert (toll.category, list(toll.count or ()), toll.cumulative) == ("military", [14, 14], False)


def test_named_commander_killed_along_with_uncounted_others_has_no_count() -> None:
    found = casualties("The Israeli army said Hezbollah commander Yusuf Haddad had been killed along with other officers of his brigade near Tyre.")
    assert ("HEZBOLLAH", "killed", "military", None, None) in found


def test_commander_killed_along_with_counted_others_adds_them() -> None:
    found = casualties("The Israeli army said Hezbollah commander Yusuf Haddad had been killed along with 10 other fighters near Tyre.")
    assert ("HEZBOLLAH", "killed", "military", [11, 11], None) in found


def test_commander_and_other_senior_figures_killed_has_no_count() -> None:
    found = casualties("An Israeli airstrike on Beirut killed a top Hezbollah commander and other senior figures of the movement.")
    assert ("HEZBOLLAH", "killed", "military", None, None) in found


def claims_of(text: str) -> list[tuple[str, str | None, str | None, list[int | None] | None, str | None, str]]:
    """(type, subject, outcome, count, claimant, stance) of every casualty and materiel claim."""
    return [(c.type, c.subject, c.outcome, list(c.count) if c.count else None, c.claimant, c.stance)
            for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "materiel")]


def test_toll_denied_in_a_joined_clause_is_asserted_and_denied() -> None:
    found = claims_of("Al-Shabaab claimed it had killed 60 Kenyan soldiers in Lamu, though Kenya disputed the toll.")
    assert ("casualty", "KEN", "killed", [60, 60], "SHABAAB", "assert") in found
    assert ("casualty", "KEN", "killed", [60, 60], "KEN", "deny") in found


def test_capture_denied_with_while_gives_the_deniers_claim() -> None:
    found = claims_of("Iran said it had captured an Israeli pilot after downing his jet, while Israel denied the claim.")
    assert ("casualty", "ISR", "captured", [1, 1], "IRN", "assert") in found
    assert ("casualty", "ISR", "captured", [1, 1], "ISR", "deny") in found


def test_joined_denial_of_another_clause_denies_no_toll() -> None:
    found = claims_of("The RSF said it had killed 50 soldiers in El Obeid, but the army denied that any civilians were hit.")
    assert not any(stance == "deny" for *_, stance in found)


def test_possessive_before_a_counted_toll_counts_no_one() -> None:
    found = casualties("In Gaza, Israel rejected the Hamas-run health ministry's figure of 90 dead as exaggerated.")
    assert [c[3] for c in found if c[1] == "killed"] == [[90, 90]]


def test_unnamed_sources_toll_denied_after_it_keeps_their_report() -> None:
    found = claims_of("Residents said junta soldiers killed 12 villagers in the raid on Monday in Sagaing, Myanmar, but the military denied the reports.")
    assert ("casualty", "MMR", "killed", [12, 12], None, "assert") in found
    assert ("casualty", "MMR", "killed", [12, 12], "MMR", "deny") in found


def test_armed_groups_own_members_lost_are_its_fighters() -> None:
    found = casualties("The PDF said it lost three of its members in a clash with junta troops in Sagaing, Myanmar.")
    assert ("PDF", "killed", "military", [3, 3], None) in found


def test_elided_second_figure_taken_prisoner_is_a_capture() -> None:
    found = casualties("Kyiv said 12 Russian soldiers were killed and 5 taken prisoner near Bakhmut, Ukraine.")
    assert ("RUS", "captured", "military", [5, 5], None) in found


def test_elided_second_figure_taken_hostage_is_a_capture() -> None:
    found = casualties("Israel said 1,200 people were killed in the October 7 attack and some 250 taken hostage.")
    assert any(outcome == "captured" and count == [250, 250] for _, outcome, _, count, _ in found)


def test_denial_of_the_figure_before_the_deniers_own_figure_denies_the_earlier_toll() -> None:
    found = claims_of("Russia's defence ministry said its forces had killed up to 60 Ukrainian servicemen near Avdiivka.\n"
                      "Kyiv denied the figure, saying only four of its soldiers had been wounded.")
    assert ("casualty", "UKR", "killed", [None, 60], "UKR", "deny") in found
    assert ("casualty", "UKR", "wounded", [4, 4], "UKR", "assert") in found


def test_the_bodies_of_a_toll_counted_in_the_same_sentence_are_no_second_death_claim() -> None:
    text = "A drone strike hit a car near Sumy, killing four men, according to the hospital that received the bodies."
    assert [(outcome, count) for _, outcome, _, count, _ in casualties(text) if outcome] == [("killed", [4, 4])]
    # bodies handled with no toll beside them still tell deaths
    assert [outcome for _, outcome, _, _, _ in casualties("Rescuers recovered the bodies from the rubble of the school.") if outcome] == ["killed"]


def test_a_headline_s_passive_without_its_auxiliary_tells_uncounted_dead() -> None:
    found = casualties("Russian soldiers killed in Ukrainian drone strike on training ground")
    assert [(subject, outcome, category, count) for subject, outcome, category, count, _ in found if outcome] == [
        ("RUS", "killed", "military", None)]
    # an active verb with its object is no passive
    assert [o for _, o, _, _, _ in casualties("Soldiers killed two gunmen near Jenin") if o == "killed"] == ["killed"]
    assert [c for _, o, _, c, _ in casualties("Soldiers killed two gunmen near Jenin") if o == "killed"] == [[2, 2]]
