"""The vocabulary of war reporting for people killed and wounded, on sentences written for these tests.

Victim nouns and their categories, death nouns and euphemisms, lives taken, elliptical categories,
bare counts after a verb, and the peaceful uses of the same words that must stay quiet.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2023, 5, 10)


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


def summary(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men as their enemies' reports name them
        ("Houthi fighters killed at least 40 elements of the coalition near Marib.", ("killed", "military", (40, None))),
        ("Moscow said its units eliminated 230 Ukrainian servicepeople near Bakhmut.", ("killed", "military", (230, 230))),
        ("Cartel gunmen killed six law enforcement officers in Michoacan.", ("killed", "military", (6, 6))),
        # people named by a civilian job
        ("An airstrike on the clinic in Kayah killed a nurse.", ("killed", "civilian", (1, 1))),
        ("Two shoppers were wounded when a grenade exploded in a Bangui market.", ("wounded", "civilian", (2, 2))),
        # death nouns after a category, and death adjectives before the people
        ("Independent monitors counted 4,100 confirmed military deaths in Tigray.", ("killed", "military", (4100, 4100))),
        ("The battalion buried two fallen soldiers in Gao.", ("killed", "military", (2, 2))),
        # euphemisms of killing after the people
        ("A dozen insurgents were neutralised near Mocimboa da Praia, the army said.", ("killed", "military", (12, 12))),
        ("Fourteen gang members were liquidated in the raid in Port-au-Prince.", ("killed", "military", (14, 14))),
        # membership of a toll
        ("Five children were among the dead in the shelling of the Sudanese town.", ("killed", "civilian", (5, 5))),
        # lives taken
        ("The insurgency in Cabo Delgado has claimed more than 4,000 lives.", ("killed", "unknown", (4001, None))),
        # a bare count after the verb, then a place
        ("Bandits kill seven at a market in Zamfara", ("killed", "unknown", (7, 7))),
        # killed by fire, the wounded by their state, the dead and wounded after an inverted copula
        ("Nine herders were burned alive when militiamen torched their huts in Djugu.", ("killed", "civilian", (9, 9))),
        ("Two Yemeni boys remain in critical condition after the Saudi air raid.", ("wounded", "civilian", (2, 2))),
        ("Killed were four gendarmes and a corporal, the Beninese army said.", ("killed", "military", (5, 5))),
        ("Also wounded was a Somali journalist covering the siege.", ("wounded", "civilian", (1, 1))),
        ("The Tatmadaw announced the death of a reservist in Sagaing.", ("killed", "military", (1, 1))),
        # a part of the figure after it is not more victims
        ("The IED wounded nine villagers in Kunar, three of them seriously.", ("wounded", "civilian", (9, 9))),
        # auxiliaries and hunter militias fighting beside an army are military
        ("The raid on Seytenga left 23 gendarmes and VDP dead, security sources said.", ("killed", "military", (23, 23))),
        ("Jihadists killed 14 Dozos near Bandiagara on Sunday.", ("killed", "military", (14, 14))),
        ("Four village guards were wounded when militants fired on a post in Kathua.", ("wounded", "military", (4, 4))),
        # killing told by its manner before the victims
        ("Raiders burnt alive five villagers inside a church in Ituri.", ("killed", "civilian", (5, 5))),
        ("A mob lynched two suspected informers in Kasese.", ("killed", "unknown", (2, 2))),
        ("Militants stabbed to death two teachers near Mandera.", ("killed", "civilian", (2, 2))),
    ],
)
def test_vocabulary_of_war_reporting(text: str, expected: tuple[str, str, tuple[int | None, int | None]]) -> None:
    assert summary(text) == [expected]


def test_an_uncounted_substantial_number_is_a_claim_without_count() -> None:
    assert summary("A substantial number of rebels were neutralised in the Kachin hills, the junta said.") == [("killed", "military", None)]


def test_elliptical_dead_takes_the_category_named_first() -> None:
    found = summary("Nine policemen were wounded and four dead in the ambush in Cauca.")
    assert found == [("wounded", "military", (9, 9)), ("killed", "military", (4, 4))]


def test_the_dead_after_among_is_not_one_person() -> None:
    found = summary("Two teachers were among the dead after the drone strike in Sagaing.")
    assert found == [("killed", "civilian", (2, 2))]


@pytest.mark.parametrize(
    "text",
    [
        "The senate killed the bill on Tuesday.",
        "The striker lost control of the ball in the dead heat of the final.",
        "The flood claimed the attention of 3,000 volunteers.",
        "Police arrested 12 protesters outside the parliament in Nairobi.",
        "The champions captured the title after beating their rivals 3-1.",
        "Five fallen trees blocked the road after the storm.",
        "The company said 200 workers would lose their jobs.",
    ],
)
def test_peaceful_text_makes_no_casualty_claim(text: str) -> None:
    assert [c for c in casualties(text) if c.outcome in ("killed", "wounded")] == []


def test_a_list_in_one_category_adds_up_to_one_figure() -> None:
    assert summary("A corporal and two soldiers were killed near Tillaberi.") == [("killed", "military", (3, 3))]
    assert summary("An elderly woman and her grandson were killed when the shell hit Avdiivka.")[:1] == [("killed", "civilian", (2, 2))]


def test_uncounted_people_coordinated_with_a_count_share_it() -> None:
    assert summary("About seven soldiers and policemen were killed in the raid on the Kayin outpost.") == [("killed", "military", (7, 7))]


def test_including_without_a_comma_is_a_breakdown() -> None:
    found = casualties("At least four people including a child died in the strike on Hodeidah.")
    assert [(c.category, c.count, c.part_of) for c in found] == [("unknown", (4, None), None), ("civilian", (1, 1), 0)]
    same_category = casualties("At least six civilians including a nurse died in the shelling of Kharkiv.")
    assert [(c.category, c.count) for c in same_category] == [("civilian", (6, None))]


def test_animals_killed_are_not_casualties() -> None:
    assert summary("Raiders killed a dozen of their goats near Kutum.") == []
    assert summary("Gunmen shot dead 30 cattle at the watering point.") == []


def test_a_claim_to_have_killed_is_one_event_not_a_running_total() -> None:
    found = casualties("The group claimed to have killed an informant near Menaka.")
    assert [(c.outcome, c.count, c.cumulative) for c in found] == [("killed", (1, 1), False)]


def test_a_closing_fatality_tally_is_the_total_of_the_deaths_before_it() -> None:
    found = casualties("Gunmen attacked a bus near Bunia, killing 3 and injuring 5. 3 fatalities reported across two events.")
    killed = [c for c in found if c.outcome == "killed"]
    assert len(killed) == 2
    assert [c.part_of for c in killed].count(None) == 1


def test_coordinated_objects_of_a_casualty_verb_each_count() -> None:
    assert summary("Gunmen shot dead a miner and his brother near Tarkwa.") == [("killed", "civilian", (2, 2))]
    found = summary("The rocket fire killed a teacher and two soldiers in Kidal.")
    assert found == [("killed", "civilian", (1, 1)), ("killed", "military", (2, 2))]
    assert summary("Rebels killed a policeman and a nurse was wounded in Beni.") == [("killed", "military", (1, 1)), ("wounded", "civilian", (1, 1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bodies of four fishermen were found on the shore near Lake Chad.", ("killed", "civilian", (4, 4))),
        ("The body of a soldier was recovered from the river in Sagaing.", ("killed", "military", (1, 1))),
        ("A farmer's charred body was found in his field outside Bunia.", ("killed", "civilian", (1, 1))),
    ],
)
def test_bodies_found_are_deaths(text: str, expected: tuple[str, str, tuple[int, int]]) -> None:
    assert summary(text) == [expected]


def test_verb_object_to_death_is_a_killing() -> None:
    assert summary("Assailants hacked four herders to death near Jos.") == [("killed", "civilian", (4, 4))]
    assert summary("A crowd stoned two soldiers to death in the market.") == [("killed", "military", (2, 2))]
    assert summary("Police shot a teenager in the leg during the protest.") == []


def test_among_those_killed() -> None:
    assert summary("A pregnant woman was among those killed in the strike on Deir al-Balah.") == [("killed", "civilian", (1, 1))]


def test_killed_and_wounded_together_is_neither() -> None:
    assert summary("Medics said at least 70 people had been killed and wounded in the market strike.") == []
    assert summary("The militants claimed a toll of more than 90 dead and wounded.") == []
    assert summary("Twelve soldiers were killed and 30 wounded near Dori.") == [("killed", "military", (12, 12)), ("wounded", "military", (30, 30))]


def test_the_speaker_before_a_reported_strike_is_not_its_author() -> None:
    found = casualties("Yemen's health ministry said Sunday's raid killed nine people in Saada.")
    assert [(c.subject, c.object, c.claimant) for c in found] == [("YEM", None, "YEM")]


def test_losses_of_equipment_are_not_deaths() -> None:
    found = extract_from_cleaned_text("The brigade inflicted losses of 12 tanks on the enemy near Kupiansk.", PUBLISHED)
    assert [(c.type, c.category, c.count) for c in found if c.type in ("casualty", "materiel")] == [("materiel", "tank", (12, 12))]


def test_no_casualties_is_a_zero_death_claim() -> None:
    assert summary("There were no casualties in the rocket attack on the base, the army said.") == [("killed", "unknown", (0, 0))]
    assert summary("There were no reports of casualties.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels announced the capture of two pilots near Lashio.", [("captured", "military", (2, 2))]),
        ("Bandits abducted 40 schoolgirls from a boarding school in Katsina.", [("captured", "civilian", (40, 40))]),
        ("At least 30 people were injured and 12 are missing after the missile strike on Odesa.",
         [("wounded", "unknown", (30, None)), ("missing", "unknown", (12, 12))]),
        ("A neighbour said five members of one family were among the dead in Rafah.", [("killed", "civilian", (5, 5))]),
        ("The general admitted the army had lost 300 men in the siege.", [("killed", "military", (300, 300))]),
    ],
)
def test_more_victim_forms(text: str, expected: list[tuple[str, str, tuple[int | None, int | None]]]) -> None:
    assert summary(text) == expected


def test_a_toll_with_its_breakdown_names_the_part() -> None:
    killed = casualties("The death toll in the Idlib market strike rose to 31, including 11 children.")
    assert [(c.category, c.count, c.part_of) for c in killed] == [("unknown", (31, 31), None), ("civilian", (11, 11), 0)]


@pytest.mark.parametrize(
    ("text", "subject", "count"),
    [
        ("Kyiv said Russian losses since February numbered 61,330 personnel.", "RUS", (61330, 61330)),
        ("Combat losses among Russian personnel numbered 9,800 by Friday, Kyiv said.", "RUS", (9800, 9800)),
        ("Total losses of Armenian troops were 2,300 servicemen, Baku said.", "ARM", (2300, 2300)),
    ],
)
def test_a_sides_personnel_losses_given_as_a_figure(text: str, subject: str, count: tuple[int, int]) -> None:
    killed = casualties(text)
    assert [(c.subject, c.category, c.count) for c in killed] == [(subject, "military", count)]


def test_among_the_dead_were_names_the_victims_after_it() -> None:
    assert summary("Among the dead were four children and two women, the hospital said.") == [("killed", "civilian", (6, 6))]


@pytest.mark.parametrize(
    ("text", "subject", "attacker"),
    [
        ("Israeli strike on a Rafah school kills 30, medics say", "PSE", "ISR"),
        ("Russian missiles hit Kharkiv on Monday, killing 7.", "UKR", "RUS"),
    ],
)
def test_a_bare_count_after_a_killing_verb_has_the_killers_adversary(text: str, subject: str, attacker: str) -> None:
    killed = [c for c in casualties(text) if c.outcome == "killed"]
    assert [(c.subject, c.object) for c in killed] == [(subject, attacker)]


def test_an_uncounted_part_in_another_category_is_its_own_claim() -> None:
    killed = casualties("The shelling of the market in Kharkiv killed 12 people, including children.")
    assert [(c.category, c.count, c.part_of) for c in killed if c.outcome == "killed"] == [("unknown", (12, 12), None), ("civilian", None, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the missing, still or remaining so
        ("Six Malian soldiers are still missing after the ambush near Boni.", ("missing", "military", (6, 6))),
        ("Three fishermen remain unaccounted for after the strike on the port of Hodeidah.", ("missing", "civilian", (3, 3))),
        # injuries undergone, and the wounded named by their care
        ("Four Kenyan policemen sustained gunshot wounds in the ambush in Lamu.", ("wounded", "military", (4, 4))),
        ("A 40-year-old farmer suffered serious injuries in the shelling of the village near Kupiansk.", ("wounded", "civilian", (1, 1))),
        ("Nine people were taken to hospital after the drone strike on Zaporizhzhia.", ("wounded", "unknown", (9, 9))),
        # the dead and the wounded listed
        ("The dead included two paramedics, the Lebanese health ministry said.", ("killed", "civilian", (2, 2))),
        # the attacker's own death before his victims'
        ("A suicide bomber blew himself up at a Kabul checkpoint, killing himself and three policemen.", ("killed", "military", (3, 3))),
    ],
)
def test_outcomes_of_care_and_absence(text: str, expected: tuple[str, str, tuple[int | None, int | None]]) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Two passengers were taken to hospital after a crash on the highway near Lviv.",
        "Two passengers were injured in a crash on the highway near Lviv.",
        "The striker suffered a knee injury in the second half and is still missing from training.",
        "Three hikers remain unaccounted for after the avalanche in the Alps.",
    ],
)
def test_peaceful_care_and_absence_make_no_casualty(text: str) -> None:
    assert casualties(text) == []


def test_a_family_counted_by_its_size_is_that_many_civilians() -> None:
    assert summary("An Israeli strike on a house in Deir al-Balah killed a family of five.") == [("killed", "civilian", (5, 5))]


def test_members_of_a_force_take_the_force_category() -> None:
    assert summary("Eleven members of the security forces were killed in an ambush near Djibo.") == [("killed", "military", (11, 11))]


def test_a_toll_past_a_figure_is_more_than_it() -> None:
    assert summary("Gaza Death Toll Passes 35,000 As Strikes Continue") == [("killed", "unknown", (35001, None))]


def test_a_headline_bare_count_that_dies() -> None:
    assert summary("14 die as gunmen attack village in Plateau") == [("killed", "unknown", (14, 14))]


def test_people_named_by_an_acronym_who_lost_their_lives() -> None:
    found = summary("Twelve soldiers and four VDP (Volunteers for the Defence of the Homeland) lost their lives near Djibo.")
    assert ("killed", "military", (12, 12)) in found
    assert any(count == (4, 4) for _, _, count in found)


def test_a_count_of_them_takes_the_people_named_before() -> None:
    assert summary("The army inflicted heavy losses on the rebels near Rutshuru, killing 60 of them.") == [("killed", "military", (60, 60))]


def test_wounded_before_the_people_is_their_outcome() -> None:
    assert summary("Helicopters evacuated 30 injured soldiers from the front near Pokrovsk.") == [("wounded", "military", (30, 30))]


def test_wounded_who_later_died_are_dead() -> None:
    assert summary("Two wounded soldiers later died in a hospital in Kramatorsk.") == [("killed", "military", (2, 2))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sniper kills Ukrainian soldier near Bakhmut", ("killed", "military", (1, 1))),
        ("Gunmen kill police officer in Kismayo", ("killed", "military", (1, 1))),
        ("Somali journalist shot dead in Mogadishu", ("killed", "civilian", (1, 1))),
        ("Pakistani soldier martyred in cross-border firing", ("killed", "military", (1, 1))),
    ],
)
def test_headline_victims_without_an_article_are_one_person(text: str, expected: tuple[str, str, tuple[int, int]]) -> None:
    assert summary(text) == [expected]


def test_headline_accident_victim_makes_no_casualty() -> None:
    assert casualties("Cyclist killed in road crash near Lviv") == []


def test_members_of_one_family_are_one_figure_not_two() -> None:
    found = [c for c in extract_from_cleaned_text("Seven members of one family were killed when a shell hit their house.", PUBLISHED) if c.type == "casualty"]
    assert [(c.category, c.count) for c in found] == [("civilian", (7, 7))]


def test_people_reported_or_said_to_be_dead_are_a_toll() -> None:
    for text in ("Eleven herders were reported dead after the raid on the camp.", "Eleven herders are said to have been killed in the raid."):
        found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]
        assert [(c.outcome, c.category, c.count) for c in found] == [("killed", "civilian", (11, 11))], text


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said it had killed a total of 17,000 Hamas fighters since October 2023.",
        "The Philippine army said it killed a total of 12 NPA rebels in Samar this year.",
    ],
)
def test_a_total_of_is_no_person(text: str) -> None:
    found = casualties(text)
    assert len(found) == 1 and found[0].count != (1, 1), [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government artillery killed civilians in the market of Kadugli, residents said.", [("killed", "civilian", None)]),
        ("Conscripts were wounded when the convoy hit a mine near Tillaberi.", [("wounded", "military", None)]),
        ("Bandits abducted villagers from their farms in Katsina on Monday.", [("captured", "civilian", None)]),
        ("Yemenis died in the coalition raids on Saada, local officials said.", [("killed", "unknown", None)]),
    ],
)
def test_uncounted_plural_people_with_a_casualty_verb(text: str, expected: list[tuple[str, str, None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The junta accused the resistance of killing civilians in Sagaing.",  # a general accusation is a statement
        "The militia has never harmed or killed civilians, its leader said.",
        "Officials named the number of killed and wounded Somali soldiers on Friday.",  # a joint total
        "Medics evacuated the wounded soldiers to Goma.",
        "Doctors treated patients injured in road accidents in Lagos.",
    ],
)
def test_uncounted_people_without_an_event_make_no_claim(text: str) -> None:
    assert [c for c in summary(text) if c[2] is None and c[0] in ("killed", "wounded")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bodies of the policemen were handed to their families in Quetta.", [("killed", "military", None)]),
        ("Volunteers pulled bodies from the rubble of the mosque in Idlib.", [("killed", "unknown", None)]),
        ("Corpses lay along the road to Tawila, a witness said.", [("killed", "unknown", None)]),
        ("Two soldiers are missing after the raid on the outpost at Kolofata.", [("missing", "military", (2, 2))]),
        ("Conscripts are missing after the retreat from the hills.", [("missing", "military", None)]),
    ],
)
def test_uncounted_bodies_are_deaths(text: str, expected: list[tuple[str, str, None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Government bodies met in Addis Ababa to discuss the budget.",
        "Regulatory bodies approved the new port in Mombasa.",
        "Militiamen killed nine herders and left their bodies in the bush.",  # the same dead, counted once
    ],
)
def test_bodies_of_institutions_or_counted_dead_add_nothing(text: str) -> None:
    assert [c for c in summary(text) if c[2] is None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Death toll rises to 43 in Goma fighting", [("killed", "unknown", (43, 43))]),
        ("The number of Syrians killed in the shelling of Idlib climbs to 19.", [("killed", "unknown", (19, 19))]),
        ("The number killed in the raid on the camp jumped to 64, aid workers said.", [("killed", "unknown", (64, 64))]),
        ("The number of wounded rose to 210 on Friday.", [("wounded", "unknown", (210, 210))]),
    ],
)
def test_tolls_in_the_present_tense_and_numbers_of_people_killed(text: str, expected: list[tuple[str, str, tuple[int, int]]]) -> None:
    assert summary(text) == expected


def test_breakdown_after_a_bare_count_is_a_part_of_it() -> None:
    claims = casualties("The airstrike on the market in Kutkai killed 23, including nine children.")
    assert [(c.category, c.count, c.part_of is not None) for c in claims] == [("unknown", (23, 23), False), ("civilian", (9, 9), True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants suffered heavy losses in the fighting near Palma, the army said.", [("killed", "military", None)]),
        ("The brigade inflicted significant losses on the rebels east of Goma.", [("killed", "military", None)]),
    ],
)
def test_heavy_losses_of_a_side_are_its_dead_uncounted(text: str, expected: list[tuple[str, str, None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Farmers suffered heavy losses after the drought in Kordofan.",
        "Both sides suffered heavy losses of equipment in the battle.",
        "The company reported significant losses in revenue this quarter.",
        "Commanders fear heavy losses if the assault goes ahead.",
    ],
)
def test_losses_of_things_or_no_side_make_no_casualty(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regiment confirmed the death of a major in the shelling of Kupiansk.", [("killed", "military", (1, 1))]),
        ("The killing of a Somali journalist in Baidoa was confirmed by his editor.", [("killed", "civilian", (1, 1))]),
        ("At least 40 lives were lost when the camp at Zamzam was shelled.", [("killed", "unknown", (40, None))]),
        ("Gunmen shot dead the mayor of the town in Guerrero.", [("killed", "civilian", (1, 1))]),
        ("A drone strike wounded two engineers, the governor there said.", [("wounded", "civilian", (2, 2))]),
    ],
)
def test_deaths_named_as_events_and_local_office_holders(text: str, expected: list[tuple[str, str, tuple[int | None, int | None]]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead were three farmers and a herder, the village chief said.", [("killed", "civilian", (4, 4))]),
        ("One of the captives was killed when the hideout was stormed.", [("killed", "unknown", (1, 1))]),
        ("Hundreds have died in the siege of El Fasher.", [("killed", "unknown", (200, 999))]),
    ],
)
def test_the_dead_listed_hostages_and_counts_that_have_died(text: str, expected: list[tuple[str, str, tuple[int, int]]]) -> None:
    assert summary(text) == expected


def test_hostage_talks_make_no_casualty() -> None:
    assert summary("Negotiators in Doha discussed the release of hostages held in Gaza.") == []


def test_people_named_as_a_predicate_are_no_second_claim() -> None:
    assert summary("Eight people, three of whom were teachers, were killed in Kasese.") == [("killed", "unknown", (8, 8))]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Nigerien army said nine soldiers had been killed by JNIM fighters on Sunday.", "NER"),
        ("Kenyan police said 12 officers had been killed by al-Shabaab since March.", "KEN"),
    ],
)
def test_a_state_reporting_its_forces_killed_by_another_side_reports_its_own(text: str, subject: str) -> None:
    assert [c.subject for c in casualties(text)] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "The patient was in stable condition after heart surgery in Lyon.",
        "A child buried alive by a landslide in Kerala was pulled out and hospitalized.",
        "The midfielder is in critical condition after the motorway crash.",
    ],
)
def test_peaceful_conditions_stay_quiet(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army said it destroyed four rebel pickup trucks in Darfur.",
        "Pakistan said it shot down two Indian fighter jets over Kashmir.",
        "The Kachin Independence Army captured two artillery pieces from the junta.",
        "Troops overran three militant hideouts in the Lake Chad islands.",
    ],
)
def test_equipment_and_places_of_armed_men_are_no_casualties(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Hezbollah members were killed in an Israeli strike near Tyre.", ("HEZBOLLAH", "killed", "military", (2, 2))),
        ("Five members of al-Shabaab were killed in an airstrike near Jilib.", ("SHABAAB", "killed", "military", (5, 5))),
        ("Four members of the Arakan Army were captured near Sittwe.", ("AA", "captured", "military", (4, 4))),
        ("Eighteen members of one family were killed in Gaza.", ("PSE", "killed", "civilian", (18, 18))),
        ("Six FARC dissidents were killed in a clash with the army.", ("FARC_DISSIDENTS", "killed", "military", (6, 6))),
    ],
)
def test_members_of_an_armed_group_are_its_fighters(text: str, expected: tuple) -> None:
    assert [(c.subject, c.outcome, c.category, c.count) for c in casualties(text)] == [expected]


def test_a_part_of_the_dead_named_after_a_copula_is_part_of_the_toll() -> None:
    claims = [c for c in extract_from_cleaned_text("Of the 40 killed in the Kassala raid, 15 were women.", PUBLISHED) if c.type == "casualty"]
    assert [(c.category, c.count) for c in claims] == [("unknown", (40, 40)), ("civilian", (15, 15))]
    assert claims[1].part_of is not None and claims[claims[1].part_of].count == (40, 40)
    found = extract_from_cleaned_text("A Saudi air raid killed 21 people in Saada. At least six of those killed were children.", PUBLISHED)
    total, part = [c for c in found if c.type == "casualty"]
    assert (part.category, part.count) == ("civilian", (6, None)) and found[part.part_of] is total
    assert summary("Three of the dead were policemen, the Kenyan interior ministry said.") == [("killed", "military", (3, 3))]


def test_one_of_the_dead_described_by_a_longer_noun_is_no_part() -> None:
    assert all(c.category != "military" for c in casualties("Gunmen shot two men; one of the dead was a military informant."))


def test_a_person_named_with_a_role_once_is_counted_when_killed_by_name_alone() -> None:
    text = "Police sergeant Juan Carlos Mena led the patrol in Cauca. Dissidents opened fire on it, killing Mena."
    assert summary(text) == [("killed", "military", (1, 1))]
    text = "The reporter Amina Yusuf covered the siege of El Fasher. Yusuf was wounded by shrapnel on Tuesday."
    assert summary(text) == [("wounded", "civilian", (1, 1))]
    text = "Ahmed Ghali, a senior al-Shabaab commander, ran the cell. Ghali was killed in a US airstrike near Jilib."
    assert [(c.subject, c.outcome, c.category, c.count) for c in casualties(text)] == [("SHABAAB", "killed", "military", (1, 1))]


def test_a_named_person_not_harmed_stays_quiet() -> None:
    assert summary("Colonel Oleksandr Petrenko visited the front near Pokrovsk. Petrenko praised the brigade.") == []
    assert summary("Commander Hassan Musa spoke in Gao. Musa was not hurt.") == []


def test_a_tally_line_of_personnel_with_its_daily_change() -> None:
    text = "Total combat losses of the enemy: personnel ‒ about 512,300 (+1,140) persons were liquidated, tanks ‒ 8,900 (+9)."
    assert summary(text) == [("killed", "military", (512300, 512300))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kachin rebels are holding 40 junta soldiers captive.", ("captured", "military", (40, 40))),
        ("Three Thai border guards remain in captivity in Cambodia.", ("captured", "military", (3, 3))),
        ("Two Nigerian aid workers are held hostage by ISWAP.", ("captured", "civilian", (2, 2))),
    ],
)
def test_people_kept_in_captivity(text: str, expected: tuple) -> None:
    assert summary(text) == [expected]


def test_holding_without_captivity_is_no_capture() -> None:
    assert summary("The club is holding 40 players in reserve for the cup.") == []
    assert summary("The father held his two children in his arms.") == []


def test_the_enemy_as_the_loser_is_the_claimants_adversary() -> None:
    found = casualties("Azerbaijan's defence ministry said the enemy lost up to 70 servicemen near Fizuli.")
    assert [(c.subject, c.category, c.count, c.claimant) for c in found] == [("ARM", "military", (None, 70), "AZE")]
    found = casualties("The Armenian defence ministry said the enemy's losses amounted to 45 killed and 80 wounded.")
    assert [(c.subject, c.outcome, c.category) for c in found] == [("AZE", "killed", "military"), ("AZE", "wounded", "military")]


def test_some_people_harmed_is_an_uncounted_claim() -> None:
    assert summary("Some Malian soldiers were wounded in the ambush near Tessit.") == [("wounded", "military", None)]
    assert summary("Some 50 Malian soldiers were wounded in the ambush near Tessit.") == [("wounded", "military", (50, 50))]
    assert summary("Some people say the war killed their hopes.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "went missing", "gone missing", "vanished": the missing
        ("Seven fishermen went missing after their boat came under fire off Sittwe.", [("missing", "civilian", (7, 7))]),
        ("Dozens of herders have gone missing since the raid on the camp.", [("missing", "civilian", (24, 99))]),
        # clergy and church workers
        ("Bandits kidnapped a parish priest and two seminarians near Auchi.", [("captured", "civilian", (3, 3))]),
        # an age before a demonym makes a civilian (GOLD_FORMAT: victims described by age)
        ("Troops shot dead a 16-year-old Palestinian near Tubas.", [("killed", "civilian", (1, 1))]),
        ("A 70-year-old Ukrainian died in the shelling of Nikopol.", [("killed", "civilian", (1, 1))]),
        ("A 22-year-old soldier died of his wounds.", [("killed", "military", (1, 1))]),
    ],
)
def test_missing_clergy_and_ages(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side honouring its own dead
        ("Five soldiers embraced martyrdom in the exchange of fire in Kurram, the military said.", [("killed", "military", (5, 5))]),
        ("Three policemen laid down their lives defending the checkpoint near Bannu.", [("killed", "military", (3, 3))]),
        # an intransitive outcome before a participle clause is still the people's fate
        ("Two soldiers died fighting the insurgents near Palma.", [("killed", "military", (2, 2))]),
    ],
)
def test_deaths_honoured_by_a_side(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_a_sides_own_losses_put_at_a_figure_are_the_speakers() -> None:
    found = casualties("Kenya's defence ministry put its own losses at four soldiers killed.")
    assert [(c.subject, c.outcome, c.count, c.claimant) for c in found] == [("KEN", "killed", (4, 4), "KEN")]


def test_an_uncounted_conjunct_is_counted_with_the_counted_people_before_it() -> None:
    assert summary("Fourteen policemen and members of the village guard were killed in the ambush.") == [("killed", "military", (14, 14))]
    assert summary("At least 35 soldiers and volunteer fighters died in the attack.") == [("killed", "military", (35, None))]
    # a counted conjunct, or a single person, is a claim of its own
    assert summary("Nine soldiers and a civilian were killed.") == [("killed", "military", (9, 9)), ("killed", "civilian", (1, 1))]


def test_an_armed_groups_name_counted_is_its_fighters() -> None:
    found = casualties("Coalition air strikes killed 30 Houthis near Marib.")
    assert [(c.subject, c.category, c.count) for c in found] == [("HOUTHIS", "military", (30, 30))]
    found = casualties("Nigerian troops killed 15 Boko Haram in Borno state.")
    assert [(c.subject, c.category, c.count) for c in found] == [("BOKO_HARAM", "military", (15, 15))]


def test_soldiers_a_state_says_it_killed_are_its_enemys() -> None:
    text = "Russia's defence ministry said it had struck a command post near Sumy with missiles, killing more than 40 servicemen."
    assert [(c.subject, c.claimant, c.count) for c in casualties(text)] == [("UKR", "RUS", (41, None))]


def test_one_person_losing_his_or_her_life_is_killed() -> None:
    assert summary("One police officer lost his life in the gunfight near Zaria.") == [("killed", "military", (1, 1))]
    assert summary("A nurse lost her life when the clinic was shelled.") == [("killed", "civilian", (1, 1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deaths honoured as a sacrifice
        ("Three gendarmes paid the supreme sacrifice when jihadists attacked their post near Djibo.", [("killed", "military", (3, 3))]),
        ("Two Kenyan police officers made the ultimate sacrifice in an al-Shabaab ambush in Lamu.", [("killed", "military", (2, 2))]),
        # the wounded named by the care they are under
        ("Five villagers are receiving treatment after the raid on Kanam, a nurse said.", [("wounded", "civilian", (5, 5))]),
        # injuries undergone by a bare count after a first figure
        ("Nine herders died and 14 sustained injuries when gunmen attacked Bokkos.", [("killed", "civilian", (9, 9)), ("wounded", "civilian", (14, 14))]),
    ],
)
def test_sacrifice_treatment_and_sustained_injuries(text: str, expected: list[tuple[str, str, tuple[int, int]]]) -> None:
    assert summary(text) == expected


def test_a_dateline_number_before_a_dash_counts_no_one() -> None:
    text = "KADUNA, June 3 - Troops have neutralised 12 bandits in Birnin Gwari, the army said."
    assert summary(text) == [("killed", "military", (12, 12))]


@pytest.mark.parametrize(
    "text",
    [
        "Armenian losses stand at 14 servicemen, the Azerbaijani defence ministry said.",
        "Ethiopian army losses in the offensive totals 14 soldiers, the TPLF said.",
    ],
)
def test_losses_that_stand_at_or_total_a_figure_are_deaths(text: str) -> None:
    assert summary(text) == [("killed", "military", (14, 14))]


def test_a_figure_quoted_apart_from_its_people() -> None:
    assert summary('The army said the rebels lost "about 30" fighters in the battle for the town.') == [("killed", "military", (30, 30))]
    assert summary("The militia said it had killed “more than 100” soldiers near the dam.") == [("killed", "military", (101, None))]


def test_the_assailant_who_lost_people_is_not_the_target_named_before() -> None:
    # the side heading "launched an assault on X ... and lost" lost them, not X named as the target
    text = "Russian forces launched an assault on Ukrainian positions near Pokrovsk and lost 40 soldiers, Ukraine's military said."
    assert [(c.subject, c.count) for c in casualties(text)] == [("RUS", (40, 40))]
    text = "Azerbaijani units mounted an attack on Armenian positions in Martuni and lost six tanks, the Armenian defence ministry said."
    assert [(c.subject, c.category) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"] == [("AZE", "tank")]


def test_a_participle_of_loss_shares_its_clauses_subject() -> None:
    text = "JNIM fighters attacked the town of Djibo on Sunday, losing 15 of their men, Burkina Faso's army said."
    assert [(c.subject, c.category, c.count) for c in casualties(text)] == [("JNIM", "military", (15, 15))]
    text = "Kyiv said Russian troops stormed the village overnight, losing 30 soldiers and two tanks."
    assert [(c.subject, c.count) for c in casualties(text)] == [("RUS", (30, 30))]


def test_the_attackers_killed_are_of_the_attack_the_sentence_tells() -> None:
    # the attacker is a state here, named in the same sentence before its victims are counted
    text = "The Taliban said Pakistani forces attacked its border posts and that its fighters killed 19 of the attackers."
    assert [(c.subject, c.count) for c in casualties(text)] == [("PAK", (19, 19))]


def test_body_parts_and_a_second_count_are_no_people() -> None:
    # "lost both legs": no two people lost; "and two others" opens a phrase of its own
    text = "A soldier lost both legs and two others were wounded by the mine, the army said."
    assert all(c.outcome != "killed" for c in casualties(text)), [c.contract_dict() for c in casualties(text)]
    assert (2, 2) in [c.count for c in casualties(text) if c.outcome == "wounded"]


def test_the_chief_of_an_armed_body_is_a_commander() -> None:
    # a breakdown naming the chief of the general staff is part of the commanders' toll, no civilian of its own
    text = "Israeli strikes on Tehran killed several top Iranian commanders, including the chief of the general staff."
    assert [c.category for c in casualties(text)] == ["military"], [c.contract_dict() for c in casualties(text)]
    assert [c.category for c in casualties("Gunmen killed the chief of the village and two farmers.")] != []


def test_counts_going_on_place_by_place_add_up() -> None:
    text = "Police said they had killed five militants in Bannu and three in Lakki Marwat."
    assert [c.count for c in casualties(text)] == [(8, 8)]
    text = "The army said 12 soldiers were killed in Kharkiv, four in Sumy and two in Kherson."
    assert [c.count for c in casualties(text)] == [(18, 18)]
    # another outcome after "and" is a claim of its own, not more of the first
    text = "Five civilians were killed in Gaza City and 20 were wounded in Khan Younis."
    assert sorted(c.count for c in casualties(text)) == [(5, 5), (20, 20)]


def test_a_counted_phrase_sharing_the_verb_before_it() -> None:
    # gapping: "and 12 people (were killed) in Kharkiv", each figure with its place
    text = "Three soldiers were killed in Donetsk and 12 people in Kharkiv, officials said."
    assert sorted((c.outcome, c.count) for c in casualties(text)) == [("killed", (3, 3)), ("killed", (12, 12))]


def test_a_vocabulary_grouped_by_first_letter_matches_as_one_alternation_in_either_case():
    import re

    from counterclaim.extract.lexicon import alternation, grouped_alternation

    words = ["soldiers", "Snipers", "security forces", "troops", "servicemen", "men", "Marines", "soldier"]
    ordered = sorted(words, key=len, reverse=True)
    text = "Two SOLDIERS, three snipers, a soldier and 4 security  forces; marines and MEN, Servicemen."
    for flags in (0, re.I):
        grouped = re.compile(r"\b(?:" + alternation(words) + r")\b", flags)
        plain = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")\b", flags)
        assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert grouped_alternation(["troops", "Tanks", "men", "9K33"]) == "(?=[Tt])(?:troops|Tanks)|(?=[Mm])(?:men)|(?=9)(?:9K33)"
    assert grouped_alternation(["Tanks", "troops", "Éire"], case_sensitive=True) == "(?=T)(?:Tanks)|(?=t)(?:troops)|(?=É)(?:Éire)"
    assert grouped_alternation(["troops", "’s men"]) == "troops|’s\\ men"  # a phrase not starting with a letter: no groups


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers paid the supreme price when their patrol was ambushed near Damboa.",
        "Three policemen paid the ultimate price defending the station, the commissioner said.",
        "Five soldiers gave their lives holding the bridge, the army said.",
    ],
)
def test_deaths_honoured_as_a_price_paid_or_lives_given(text: str) -> None:
    outcome, category, count = summary(text)[0]
    assert (outcome, category) == ("killed", "military") and count is not None and count[0] == count[1] > 1


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Troops neutralised 22 Boko Haram and ISWAP terrorists in Borno, the army said.", "BOKO_HARAM"),
        ("Israeli forces eliminated 30 Hamas and Islamic Jihad militants in Rafah, the army said.", "HAMAS"),
        ("Kenyan troops killed 14 al-Shabaab fighters near Mandera, the army said.", "SHABAAB"),
    ],
)
def test_a_count_of_allied_groups_joined_before_their_people_is_one_claim_of_the_first_named(text: str, subject: str) -> None:
    found = casualties(text)
    assert [(c.subject, c.outcome, c.category) for c in found] == [(subject, "killed", "military")]


@pytest.mark.parametrize(
    "text",
    [
        'Several attackers were also "neutralised" during the counter-attack, a security source said.',
        "Eight gunmen were “eliminated” in the operation, the army said.",
        'The army said 31 "bandits" were killed in the operation.',
    ],
)
def test_scare_quotes_around_the_verb_leave_its_meaning(text: str) -> None:
    assert [(outcome, category) for outcome, category, _ in summary(text)] == [("killed", "military")]


def test_a_label_in_quotes_after_a_verb_of_naming_stays_a_label() -> None:
    claims = extract_from_cleaned_text('Moscow called the incursion "barbaric" and vowed a response.', PUBLISHED)
    assert [(c.type, c.outcome) for c in claims if c.type == "statement"][:1] == [("statement", "condemn")]


def test_named_people_none_of_whom_was_harmed_are_zero_claims_per_outcome() -> None:
    """"No civilians were injured or killed" (a command's statement after a strike): killed [0, 0] and wounded [0, 0]."""
    assert sorted(summary("No civilians were injured or killed in the strike, the command said.")) == [
        ("killed", "civilian", (0, 0)), ("wounded", "civilian", (0, 0))]
    assert summary("No soldiers were hurt, the army said.") == [("wounded", "military", (0, 0))]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed some 60 people in the raid, mostly civilians, officials said.",
        "At least 30 people were killed in the shelling, most of them women and children.",
    ],
)
def test_a_toll_said_to_be_mostly_civilians_is_civilian(text: str) -> None:
    assert [category for _, category, _ in summary(text)] == ["civilian"]


def test_a_day_ranked_since_a_time_is_no_running_total() -> None:
    text = ("Russian strikes killed 14 people in Kharkiv on Monday, officials said, in one of the deadliest days since "
            "the city came under attack in 2022.")
    assert [(c.count, c.cumulative) for c in casualties(text)] == [((14, 14), False)]
    assert [c.cumulative for c in casualties("At least 40 people have been killed since Monday, the ministry said.")] == [True]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Lebanese army said one of its soldiers was killed near Marjayoun.", "LBN"),
        ("The Syrian army said two of its soldiers were wounded near the Golan.", "SYR"),
    ],
)
def test_soldiers_counted_by_a_state_army_speaking_are_its_own(text: str, subject: str) -> None:
    """In a war of Israel and Hezbollah, "soldiers" alone are Israel's; counted by Lebanon's army, they are Lebanon's."""
    text = "Israeli jets struck Hezbollah sites in the south. " + text
    assert [c.subject for c in casualties(text)] == [subject]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Israeli soldiers were killed and three others seriously wounded in Khan Younis.",
         [("killed", "military", (2, 2)), ("wounded", "military", (3, 3))]),
        ("Four villagers died and 11 others were critically injured when the mortar landed in Kalehe.",
         [("killed", "civilian", (4, 4)), ("wounded", "civilian", (11, 11))]),
        ("Two policemen were killed and three others badly hurt in the ambush near Maiduguri.",
         [("killed", "military", (2, 2)), ("wounded", "military", (3, 3))]),
    ],
)
def test_how_badly_the_wounded_were_hurt_leaves_their_wounds(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_a_figure_before_the_running_total_it_adds_to_is_no_running_total() -> None:
    """'45 were killed in the past day, bringing the toll since October 7 to 34,535': the 45 are a day's figure;
    the total keeps its count although a day of a month stands before it."""
    claims = casualties("The ministry in Gaza said 45 Palestinians had been killed in the past 24 hours, "
                        "bringing the toll since October 7 to 34,535.")
    assert [(c.count, c.cumulative) for c in claims] == [((45, 45), False), ((34535, 34535), True)]
    claims = casualties("Three soldiers died on Sunday, raising the army's losses since March 12 to 412, the ministry said.")
    assert [(c.count, c.cumulative) for c in claims] == [((3, 3), False), ((412, 412), True)]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces responded and sent six terrorists to hell, the military's media wing said.",
        "The fighters of the brigade sent 12 Russian occupiers to their graves near Robotyne.",
    ],
)
def test_sending_people_to_hell_kills_them(text: str) -> None:
    assert [(outcome, category) for outcome, category, _ in summary(text)] == [("killed", "military")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afghan troops killed 20 mujahideen in Kunar, the ministry said.", ("killed", "military", (20, 20))),
        ("Police in Kaduna shot dead three kidnappers during a rescue operation.", ("killed", "military", (3, 3))),
        ("Five Ukrainian partisans were captured near Melitopol, Russian officials said.", ("captured", "military", (5, 5))),
        ("Rights groups condemned the execution of four prisoners in Insein prison.", ("killed", "unknown", (4, 4))),
    ],
)
def test_fighters_named_by_their_cause_and_people_held_in_prison(text: str, expected: tuple) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said only eight people, all of them combatants, had died in the crossfire near Kiwanja.",
        "The clashes in Khartoum killed 40 people, mostly soldiers, medics said.",
        "Fighting in Shan State left 25 people dead, most of them militiamen.",
    ],
)
def test_a_toll_said_to_be_all_or_mostly_fighters_is_military(text: str) -> None:
    assert [category for _, category, _ in summary(text)] == ["military"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen were killed in the fighting around Bunia, the army said.", ("killed", "military", None)),
        ("The air force said its jets had eliminated insurgents hiding in the Sambisa forest.", ("killed", "military", None)),
        ("Gang members executed villagers near Port-au-Prince, the rights group said.", ("killed", "civilian", None)),
        ("Soldiers were reported missing after the ambush near Kidal.", ("missing", "military", None)),
    ],
)
def test_uncounted_people_with_a_verb_of_harm_beside_them(text: str, expected: tuple) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed the district commissioner and three of his bodyguards in Bannu.",
         [("killed", "civilian", (1, 1)), ("killed", "military", (3, 3))]),
        ("Two village headmen were abducted by bandits in Zamfara.", [("captured", "civilian", (2, 2))]),
        ("Gunmen shot dead a tribal elder in Bajaur on Friday.", [("killed", "civilian", (1, 1))]),
    ],
)
def test_local_office_holders_and_elders_are_civilians(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_a_total_brought_up_by_a_sides_loss_is_that_sides() -> None:
    text = ("Ukraine's General Staff said Russia had lost 1,150 troops over the past day, bringing its total losses "
            "since the start of the invasion to 912,000.")
    assert [(c.subject, c.category, c.count, c.cumulative) for c in casualties(text)] == [
        ("RUS", "military", (1150, 1150), False), ("RUS", "military", (912000, 912000), True)]


def test_a_toll_of_a_fight_between_both_sides_is_no_sides_and_may_name_the_fight_at_length() -> None:
    text = ("Thai and Cambodian troops clash for a third day; death toll rises to 33\n\n"
            "Thai and Cambodian forces traded rocket fire near Surin on Saturday, as the death toll from the worst fighting between the "
            "neighbours in more than a decade rose to 33.")
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2025, 7, 26)) if c.type == "casualty"]
    assert [(c.subject, c.count, c.cumulative) for c in claims] == [(None, (33, 33), True), (None, (33, 33), True)]


def test_the_head_of_an_armed_force_is_military() -> None:
    # police are military (GOLD_FORMAT), and so is the chief or commissioner of the police
    assert summary("Insurgents shot dead the provincial police chief in Kunar.") == [("killed", "military", (1, 1))]
    assert summary("A senior army official was killed by a roadside bomb outside Quetta.") == [("killed", "military", (1, 1))]
    # a civilian office stays civilian
    assert summary("Bandits killed a village chief in Katsina state.") == [("killed", "civilian", (1, 1))]


def test_bare_others_after_a_toll_are_more_of_the_same_people() -> None:
    # "others" with an outcome, after people counted in the same sentence: their number untold, their category carried
    assert summary("Four militiamen died and others were wounded when the depot blew up in Marib.") == [
        ("killed", "military", (4, 4)), ("wounded", "military", None)]
    assert summary("Some families fled the shelling and others stayed in Avdiivka.") == []


def test_the_personnel_line_of_a_tally_printed_one_item_a_line() -> None:
    # losses of personnel are deaths (GOLD_FORMAT); the heading names whose, beside its word of loss
    text = ("Kyiv published its figures for the day.\n\n"
            "The Ukrainian command listed these Russian losses since the invasion began:\n\n"
            "personnel – about 455,300 (+980) people;\n\ntanks – 7,020 (+6);")
    found = [(c.subject, c.outcome, c.category, c.count, c.cumulative) for c in casualties(text)]
    assert found == [("RUS", "killed", "military", (455300, 455300), True)]
    equipment = [(c.subject, c.category) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]
    assert equipment == [("RUS", "tank")]


def test_the_personnel_item_after_the_colon_of_a_heading_in_one_sentence() -> None:
    text = "Ukraine's General Staff said the enemy's total losses were approximately: personnel – about 401,000 (+1,210) persons, tanks – 6,650 (+12)."
    found = [(c.subject, c.claimant, c.outcome, c.category, c.count, c.cumulative) for c in casualties(text)]
    assert found == [("RUS", "UKR", "killed", "military", (401000, 401000), True)]
    # a list of numbers under no heading of losses is no tally
    assert casualties("Hiring plan for the year:\n\npersonnel – 4,000\n\nvans – 250") == []


def test_a_regular_army_s_people_by_service_or_rank_are_the_speaking_state_s_own() -> None:
    found = [(c.subject, c.category) for c in casualties("The Indian army said a reservist and two jawans were killed in Rajouri.")]
    assert found and all(s == ("IND", "military") for s in found)
    assert [(c.subject, c.count) for c in casualties("Kenya's defence ministry said two marines died when their boat was ambushed near Lamu.")] == [("KEN", (2, 2))]


def test_the_dead_of_a_named_place_or_event_listed() -> None:
    # "the dead (in the school) included ...": the occasion between the noun and its verb
    assert summary("Doctors said the dead in the mosque included nine worshippers and an imam.") == [("killed", "civilian", (10, 10))]
    assert summary("The injured at the market in Kassala included four children.") == [("wounded", "civilian", (4, 4))]


def test_the_toll_of_a_whole_war_is_a_running_total_of_no_one_side() -> None:
    # GOLD_FORMAT: a whole-war toll covering all sides has subject null; it runs from the war's start
    for text in ("Mozambique's north is gripped by an insurgency that has claimed more than 4,000 lives.",
                 "Some 380,000 people have died in the Yemeni civil war, the UN estimates.",
                 "Over 500,000 people have been killed in the conflict since 2011, monitors say."):
        found = [(c.subject, c.outcome, c.cumulative) for c in casualties(text)]
        assert found == [(None, "killed", True)], text
    # one battle's dead stay the dead of where it was fought
    assert [(c.subject, c.cumulative) for c in casualties("Four people died in the fighting in Omdurman on Monday.")] == [("SDN", False)]
