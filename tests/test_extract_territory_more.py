"""Territory phrasing, on sentences written for these tests: a participle after a preposition ("in occupied
territories") describes ground, it tells no ground taken."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def territory(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_an_adjective_after_a_preposition_is_no_event() -> None:
    assert territory("The EU will not recognise the elections in occupied territories of Ukraine.") == []
    assert territory("Residents in captured villages near Bakhmut lack water.") == []


def test_the_verb_still_tells_ground_taken() -> None:
    assert territory("Russian forces occupied the town of Kupiansk in 2022.") == [("UKR", "RUS", "lost")]


def test_rebels_named_by_their_country_take_ground_from_that_state() -> None:
    assert territory("Syrian rebels seized Aleppo in a lightning offensive.") == [("SYR", None, "lost")]
    assert territory("Malian jihadists overran the army camp at Boulkessi.") == [("MLI", None, "lost")]
    assert territory("Syrian troops retook Palmyra.")[0][1] == "SYR"  # a state's troops still take ground for it


def test_took_with_plural_ground_words_is_ground_taken() -> None:
    assert len(territory("Rebels took the villages of Nam Hsan and Mantong after a week of fighting.")) == 2
    assert territory("The team took the lead in the second half.") == []


def test_a_named_ceasefire_line_is_no_ground_held() -> None:
    # "Line of Control", "Line of Actual Control": the names of borders, not a side controlling ground
    assert territory("Indian troops fired across the Line of Control in Kashmir, Pakistan's army said.") == []
    assert territory("Chinese and Indian soldiers clashed along the Line of Actual Control in Ladakh.") == []
    assert territory("The Arakan Army now controls 14 of Rakhine state's 17 townships, the group said.") != []


def test_ground_taken_told_from_the_grounds_side_is_found_after_its_verb_is_seen() -> None:
    # the three constructions read from the ground's side: fell to, a relative clause, the passive with "by"
    assert territory("The town of Marinka fell to Russian forces on Saturday, the Ukrainian army said.") == [("UKR", "RUS", "lost")]
    assert territory("Kherson, which Russian troops captured in March, is a key port, the governor said.") == [("UKR", "RUS", "lost")]
    assert territory("The village of Robotyne was recaptured by Ukrainian troops, the general said.") == [("RUS", "UKR", "retaken")]
    assert territory("The village of Robotyne was visited by Ukrainian officials, the general said.") == []


def test_a_states_land_named_by_its_adjective_is_its_loss() -> None:
    assert [s for s, _, _ in territory("Hezbollah said Israel still occupied Lebanese land in the south.")] == ["LBN"]
    assert [s for s, _, _ in territory("Ukrainian forces seized Russian territory in the Kursk region, Kyiv said.")] == ["RUS"]


def test_unnamed_fighters_heading_a_clause_of_time_take_the_ground_not_the_first_clauses_actor() -> None:
    text = "Junta airstrike kills 12 in Magway as resistance forces overrun police outpost"
    claims = extract_from_cleaned_text(text, dt.date(2025, 7, 13))
    assert [(c.type, c.subject, c.object) for c in claims if c.type in ("territory", "attack") and c.outcome != "airstrike"] == [
        ("territory", "MMR", "PDF"), ("attack", "PDF", None)]  # Magway's war names its resistance forces


def test_a_place_set_before_a_comma_is_no_party_to_the_taking() -> None:
    # "In <country>, <group> seized ...": the country opens the sentence as its setting, it does not join the group
    assert territory("In central Myanmar, the Arakan Army captured the town of Ann after a siege.") == [("MMR", "AA", "lost")]
    assert territory("In Ethiopia, Fano militiamen took control of the town of Gondar, witnesses said.") == [("ETH", "FANO", "lost")]
    # a real list of allies before the verb still makes the first-named the gainer
    assert territory("Mali's army and Wagner fighters took the town of Anefis.")[0][1] == "MLI"


def test_irregulars_named_by_no_group_take_ground_from_the_state() -> None:
    # the ground's loser is the state of the text's war when unnamed fighters take it
    assert [(s, o) for s, _, o in territory("Insurgents stormed the outpost near Mocímboa da Praia in Mozambique and briefly occupied it.")] == [("MOZ", "lost")]
    assert territory("In Nigeria, bandits took over the village of Dansadau on Friday.")[0][0] == "NGA"


def test_a_plain_failure_to_hold_ground_is_none_held() -> None:
    # GOLD_FORMAT: a plain negative that rebuts no one is asserted with count [0, 0]
    claims = [c for c in extract_from_cleaned_text("The ADF has so far failed to control any large town in Ituri.", PUBLISHED) if c.type == "territory"]
    assert [(c.subject, c.object, c.count, c.cumulative) for c in claims] == [("COD", "ADF", (0, 0), True)]
    # an aim stays no claim
    assert territory("The militia wants to control every road into Bunia.") == []


def test_a_share_of_the_ground_taken_is_ground_taken() -> None:
    assert territory("The SPLA-IO took part of the army garrison at Ulang, in South Sudan, on Monday.")[0][0] == "SSD"
    assert territory("Residents took part in a march through the town.") == []


def test_ground_outside_government_control_is_the_state_s_loss() -> None:
    claims = [c for c in extract_from_cleaned_text("Nearly half of Mali is now outside government control, analysts say.", PUBLISHED) if c.type == "territory"]
    assert [(c.subject, c.outcome, c.cumulative) for c in claims] == [("MLI", "lost", True)]
    claims = [c for c in extract_from_cleaned_text("With a third of the country outside state control, the junta in Niamey hired more troops.", PUBLISHED)
              if c.type == "territory"]
    assert [(c.subject, c.cumulative) for c in claims] == [("NER", True)]


def test_a_loss_a_side_does_not_confirm_is_no_claim_of_its_own() -> None:
    assert territory("Sudan's army did not confirm the loss of Wad Madani on Monday.") == []
    assert territory("Kyiv declined to confirm the loss of Vuhledar on Wednesday.") == []
    assert territory("Sudan's army confirmed the loss of Wad Madani on Monday.") == [("SDN", None, "lost")]


def test_ground_a_side_holds_no_longer_is_held_ground_of_none() -> None:
    claims = [c for c in extract_from_cleaned_text("Kenyan officials said al-Shabaab no longer controls any town in Lower Shabelle.", PUBLISHED)
              if c.type == "territory"]
    assert [(c.object, c.count, c.cumulative) for c in claims] == [("SHABAAB", (0, 0), True)]
    held = [c for c in extract_from_cleaned_text("Kenyan officials said al-Shabaab still controls three towns in Lower Shabelle.", PUBLISHED)
            if c.type == "territory"]
    assert [(c.object, c.count) for c in held] == [("SHABAAB", (3, 3))]  # GOLD_FORMAT: unnamed places counted give the count


def test_ground_held_by_the_speakers_own_side_told_by_a_pronoun() -> None:
    claims = [c for c in extract_from_cleaned_text("The Fano militia said they still hold several towns in Gojam.", PUBLISHED) if c.type == "territory"]
    assert [(c.subject, c.object, c.cumulative) for c in claims] == [("ETH", "FANO", True)]
    claims = [c for c in extract_from_cleaned_text("In Port-au-Prince, the Viv Ansanm coalition said it now controls 85 percent of the capital.", PUBLISHED)
              if c.type == "territory"]
    assert [(c.subject, c.object, c.cumulative) for c in claims] == [("HTI", "VIV_ANSANM", True)]


def test_gangs_named_by_no_group_take_ground_from_the_state() -> None:
    assert territory("Gunfire echoed across Haiti's Centre department. Gangs have taken over the town of Mirebalais.") == [("HTI", None, "lost")]


def test_a_second_verb_of_a_reported_clause_shares_its_pronoun_subject() -> None:
    # the last actor named is the first verb's object, not the subject of the second verb
    assert territory("Ukraine's army said it had pushed back Russian troops near Kupiansk and taken control of the village of Synkivka.") == [
        ("RUS", None, "lost")]
    assert territory("The Houthis said their fighters had repelled Saudi-led forces near Marib and captured the Raghwan district.")[0][0] == "YEM"


def test_a_linking_adverbial_before_the_subject_still_opens_its_clause() -> None:
    assert territory("Separately, the Arakan Army said it had overrun two battalion headquarters and taken control of Paletwa township.") == [
        ("MMR", "AA", "lost"), ("MMR", "AA", "lost")]
    assert territory("Meanwhile, al-Shabaab militants ambushed a Somali army convoy and captured the town of Adan Yabaal.") == [("SOM", "SHABAAB", "lost")]
    assert territory("On Friday, M23 rebels routed army units near Sake and seized the town of Minova.") == [("COD", "M23", "lost")]


def test_ground_held_in_a_second_reported_clause_is_the_speakers() -> None:
    text = "The RSF said two army brigades had surrendered to its fighters and that it now controls the city of Wad Madani."
    claims = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]
    assert [(c.subject, c.claimant, c.cumulative) for c in claims] == [("SDN", "RSF", True)]
    text = "The MNDAA said 2,000 government soldiers had laid down their arms and that it now controls all of the Kokang zone."
    claims = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]
    assert [(c.subject, c.claimant) for c in claims] == [("MMR", "MNDAA")]


def test_unnamed_places_counted_give_the_claim_their_count() -> None:
    def counts(text: str) -> list[object]:
        return [c.count for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]

    assert counts("The TNLA said it had seized 15 military outposts in northern Shan.") == [(15, 15)]
    assert counts("Russian forces captured three villages in the Donetsk region, the defence ministry said.") == [(3, 3)]
    assert counts("Analysts say the junta has lost control of more than 35 towns since October.") == [(36, None)]
    assert counts("Ukrainian troops liberated 500 square kilometres around Kharkiv.") == [None]  # an area: no count
    assert counts("Rebels seized the town of Sake.") == [None]  # a named place: no count


def test_places_held_by_armed_men_are_no_people() -> None:
    text = "The Arakan Army said it had seized 15 military outposts and two army checkpoints in Rakhine."
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == []


def test_a_participle_after_a_comma_takes_ground_for_the_sentences_head() -> None:
    assert territory("Ukrainian forces launched a cross-border incursion into Russia's Kursk region, seizing several villages.") == [
        ("RUS", "UKR", "lost")]
    assert territory("The Sudanese army advanced on Wad Madani, retaking the town of Umm al-Qura from the RSF.") == [("RSF", "SDN", "retaken")]


def test_the_direction_of_ones_own_advance_is_no_side_driven_out() -> None:
    assert territory("M23 rebels pushed south from Goma, capturing the town of Kavumu.") == [("COD", "M23", "lost")]
    assert territory("Ukrainian troops pushed Russian forces out of Kherson.") == [("RUS", "UKR", "retaken")]


def test_an_area_with_a_figure_in_thousands_is_ground_taken() -> None:
    text = "Russian forces have captured more than 4,000 square kilometres of Ukrainian territory since January, analysts said."
    claims = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]
    assert [(c.subject, c.object, c.count) for c in claims] == [("UKR", "RUS", None)]  # an area: no count


def test_a_share_of_a_region_named_with_its_compass_word_is_ground() -> None:
    text = "A government offensive backed by clan militias has pushed al-Shabaab militants out of large parts of central Somalia."
    assert [c.subject for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"] == ["SHABAAB"]
    assert territory("Russian forces captured much of the Donetsk region.") == [("UKR", "RUS", "lost")]
