"""Syntactic vetoes: hypotheses, intentions, conditions, questions, figurative objects and natural causes
give no claims of harm, while the same verbs reporting real acts still do."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.drafts import DraftClaim
from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.extract.vetoes import apply_vetoes, veto_matcher

PUBLISHED = dt.date(2023, 6, 1)
HARM = {"casualty", "materiel", "territory", "attack"}


def harm_claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.type, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in HARM]


@pytest.mark.parametrize(
    "text",
    [
        # hypotheses and warnings about future harm
        "A renewed push on the capital could kill thousands of civilians, relief groups warned.",
        "Officials fear the militia will capture the river crossing before the rains.",
        "Without air cover the convoy would have lost dozens of trucks.",
        # intentions and threats
        "The insurgents threatened to attack the district headquarters if their leader was not freed.",
        "The junta vowed to retake the border town within weeks.",
        "Commanders are expected to storm the airport at dawn, a defence analyst said.",
        "He denied there was any plan to seize the port.",
        # conditions and questions
        "If the rebels shell the dam, the valley will flood.",
        "Did the cartel really kill 40 police officers last year?",
        # figurative objects
        "The opposition killed the bill in committee on Tuesday.",
        "The finance minister attacked the budget proposal as reckless.",
        "The national team captured the title in the capital on Sunday.",
        "Shares in the arms maker hit record highs in March.",
        "The substitute struck twice and killed the game off before the hour.",
        "A boy band from Lagos stormed the charts with its first single.",
        # natural causes and accidents
        "Floods killed 23 people in the northern province last week.",
        "Four passengers died in the crash near the checkpoint.",
        "Eleven villagers were killed by a landslide after days of rain.",
        "Cholera killed 60 people in the displacement camps, the health ministry said.",
        "A heart attack killed the retired colonel at his home in the capital.",
        "A fire in the central market destroyed 300 stalls overnight; no one was hurt.",
        "The driver lost control of the truck on the mountain road.",
        # the harm continues a clause whose cause is nature or an accident
        "A cyclone battered the coast overnight, killing at least 19 fishermen.",
        "Torrential rain flooded the valley and killed nine people in two villages.",
        "The minibus skidded off the road and overturned, injuring 14 passengers.",
        "An overloaded ferry capsized on the lake, killing 31 traders.",
        # takeovers and barrages of words
        "The shipping conglomerate took control of the container terminal operator in May.",
        "A consortium of pension funds seized control of the board after the vote.",
        "Angry parents bombarded the education ministry with complaints about the exam.",
        "A gas cylinder exploded in a tea shop, injuring seven customers.",
        "The ruling coalition lost ground in the polls after the fuel price rise.",
        "Opposition deputies stormed out of the assembly before the vote.",
        "The museum's new hall recreates a battle scene with wax soldiers.",
        "Cheap fares from the gulf carriers killed off three regional airlines.",
        # industrial accidents, wrecks and disasters told as events
        "A blast at a chemical plant outside the port killed nine workers on Thursday.",
        "A fire in a garment factory killed 14 seamstresses, the fire brigade said.",
        "Rescue teams pulled out the bodies of eight miners after the pit collapsed.",
        "Nine labourers died after the scaffolding collapsed on a building site.",
        "The ferry sank in a storm, and more than 60 passengers are missing.",
        "At least 40 migrants drowned off the island, the coast guard said.",
        "Heavy monsoon rains lashed the district, leaving 37 people dead and dozens missing.",
        "The coach plunged into a gorge, leaving 12 dead.",
        "Two freight trains collided outside the junction, killing three crew and injuring 21 others.",
        # nature joined to a second verb or named as the kind of strike
        "Bushfires razed two towns and killed six volunteers on Saturday.",
        "A lightning strike killed three goatherds on the plateau.",
        # criticism, not fire
        "The interior minister came under fire from opposition lawmakers on Wednesday.",
        "The general came under fire over his handling of the evacuation.",
        "Unions launched an assault on the pension reform.",
        # old devices made safe, crashes at public displays, riots and rescues at sea
        "Sappers defused an unexploded bomb found on a building site in the capital.",
        "A fighter jet crashed during an air show over the bay; the pilot ejected.",
        "An army helicopter crashed at the independence day parade, killing its crew of four.",
        "Students clashed with riot police outside the university.",
        "Striking miners seized the company's offices in the provincial capital.",
        "The coast guard rescued 45 people from a sinking ferry.",
        # money, points, deliveries, cameras and famines
        "The airline posted heavy losses for the third year running.",
        "The visiting team suffered heavy losses in the second half.",
        "The navy took delivery of two new frigates from the shipyard.",
        "The moment the mayor fell asleep was captured on video.",
        "Hundreds of thousands died in the famine that followed the drought.",
        # accidents and disasters the parse misreads, told without a word of war
        "A lorry carrying sugar cane workers overturned on the hill road, killing nine people.",
        "Two hikers died on the glacier after being swept away by an avalanche.",
        "An explosion at a cement factory outside the port killed four employees.",
        # leaving, storming and seizing in peace
        "The ambassador was leaving a reception at the palace when the motorcade arrived.",
        "Fans stormed the pitch after the final whistle, and the match was abandoned.",
        "Customs officers seized 40 luxury cars at the border crossing.",
        "Coastguards fired warning shots at a smuggling boat off the cape.",
        # police raids to arrest, and animals
        "Police detained 18 alleged fraudsters in a series of raids on call centres.",
        "A pack of stray dogs attacked a boy on his way to school.",
        "A farmer was trampled to death by an elephant at the edge of the forest.",
    ],
)
def test_sentences_that_report_no_act_of_war_give_no_claim_of_harm(text: str) -> None:
    assert harm_claims(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen killed 12 villagers in an attack on a market in the north on Sunday.", ("casualty", "killed")),
        ("The rebels captured the border town of Kalay on Friday.", ("territory", "lost")),
        ("Russian forces shelled the market in the city centre, killing three civilians.", ("casualty", "killed")),
        ("The army said it shot down two drones over the capital.", ("materiel", "destroyed")),
        ("Militants stormed the police post before dawn, killing four officers.", ("casualty", "killed")),
        ("A roadside bomb tore through the convoy and killed six soldiers.", ("casualty", "killed")),
        ("The battalion took control of the hilltop village after a night of fighting.", ("territory", "lost")),
        ("Artillery bombarded the town with cluster munitions for three hours.", ("attack", "shelling")),
        ("Rebels stormed the barracks at dawn.", ("attack", "offensive")),
        ("A truck overturned after it was hit by a roadside bomb, killing five soldiers.", ("casualty", "killed")),
        ("The airstrike left 14 people dead in the market.", ("casualty", "killed")),
        ("Troops raided the insurgents' hideout and arrested 30 fighters.", ("attack", "offensive")),
        ("Government troops lost ground to the insurgents around the airport.", ("territory", "lost")),
        ("Heavy fighting broke out between the two militias in the old town.", ("attack", "clash")),
        # the same shapes in war: a strike or a named attacker keeps the harm
        ("Shelling hit the bus station, leaving 16 people dead and 40 wounded.", ("casualty", "wounded")),
        ("Missiles struck the power plant, killing two engineers and injuring 11.", ("casualty", "wounded")),
        ("Gunmen raided a gold mine in the north, killing 18 miners.", ("casualty", "killed")),
        ("A drone strike on a fuel depot killed seven workers, the governor said.", ("casualty", "killed")),
        ("An explosion at a checkpoint killed three soldiers on Monday.", ("casualty", "killed")),
        # the shapes of the new vetoes, in war
        ("The patrol came under fire from militants near the border post.", ("attack", "clash")),
        ("Insurgents launched an assault on the army base at dawn.", ("attack", "offensive")),
        ("A landmine exploded under a truck, killing four traders.", ("attack", "bombing")),
        ("Rebels clashed with government troops outside the town.", ("attack", "clash")),
        ("A fighter jet was shot down by ground fire during a training mission.", ("materiel", "destroyed")),
        ("Drones set a fuel tanker ablaze and sank a patrol boat off the coast.", ("materiel", "destroyed")),
        ("The junta admitted its troops had suffered heavy losses in the hills.", ("casualty", "killed")),
        ("Insurgents captured the district centre, video footage showed.", ("territory", "lost")),
        ("Rebel shelling set off a fire in the main market, killing five traders.", ("casualty", "killed")),
        ("Gunmen stormed a hotel in the game reserve and killed a warden and two guests.", ("casualty", "killed")),
    ],
)
def test_the_same_verbs_reporting_real_acts_keep_their_claims(text: str, kind: tuple[str, str]) -> None:
    assert kind in harm_claims(text)


def test_a_possibility_with_the_perfect_is_a_hedged_report_of_the_past_not_a_hypothesis() -> None:
    text = "Up to 30 soldiers may have been killed in the ambush, local sources said."
    killed = DraftClaim("casualty", "killed", text.index("killed"), text.index("killed") + 6)
    assert apply_vetoes(text, [killed]) == ([killed], [])
    text = "Up to 30 soldiers would have been killed without the warning."
    killed = DraftClaim("casualty", "killed", text.index("killed"), text.index("killed") + 6)
    assert apply_vetoes(text, [killed])[0] == []


def test_every_veto_pattern_has_an_id_a_description_and_claim_types() -> None:
    _, patterns = veto_matcher()
    assert len(patterns) >= 8
    for pattern in patterns.values():
        assert pattern.id and len(pattern.about) > 20 and pattern.types <= HARM


def test_vetoes_name_their_pattern_and_keep_part_of_pointing_at_the_kept_total() -> None:
    text = "Rebels threatened to attack the town, where 9 people, including 4 children, were killed."
    total = DraftClaim("casualty", "killed", text.index("9 people"), text.index(" were killed") + 12)
    part = DraftClaim("casualty", "killed", text.index("4 children"), text.index("4 children") + 10, part_of=1)
    threat = DraftClaim("attack", "assault", text.index("attack"), text.index("attack") + 6)
    kept, dropped = apply_vetoes(text, [threat, total, part])
    assert kept == [total, part] and part.part_of == 0
    assert [(v.pattern, v.trigger) for v in dropped] == [("intended-act", "attack")]


def test_a_sentence_without_claims_of_harm_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    from counterclaim.extract import vetoes

    def fail(text: str) -> None:
        raise AssertionError("parsed a sentence that holds no claim of harm")

    monkeypatch.setattr(vetoes, "parse", fail)
    statement = DraftClaim("statement", "condemn", 0, 5)
    assert apply_vetoes("The minister condemned the vote.", [statement]) == ([statement], [])


def test_counted_animals_in_a_list_of_victims_are_not_people() -> None:
    claims = extract_from_cleaned_text("Cattle raiders killed 40 heads of cattle and two herders near the well.", PUBLISHED)
    assert [(c.type, c.category, c.count) for c in claims if c.type == "casualty"] == [("casualty", "civilian", (2, 2))]


def test_trade_in_equipment_is_no_equipment_lost() -> None:
    assert harm_claims("The state airline lost three aircraft leases after the sanctions.") == []
    assert ("materiel", "lost") in harm_claims("The air force lost three aircraft over the sea, the navy said.")


def test_a_lightning_offensive_is_a_fast_one_not_the_weather() -> None:
    found = extract_from_cleaned_text("The RSF launched a lightning offensive on El Obeid on Friday.", PUBLISHED)
    assert [(c.type, c.subject, c.outcome) for c in found] == [("attack", "RSF", "offensive")]
    assert harm_claims("A lightning strike killed three herders in Karamoja.") == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Haftar's forces launched an offensive on Tripoli that killed more than 2,000 people before it collapsed the following year.",
        "Federal troops killed 600 people in Tigray before the truce collapsed.",
        "The siege of the town killed 300 civilians until the blockade collapsed in March.",
    ],
)
def test_a_collapse_that_came_later_is_no_accident_behind_the_deaths(text: str) -> None:
    assert ("casualty", "killed") in harm_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve passengers were killed when the bus overturned near Gao.",
        "Five people died as a hotel collapsed in the old town.",
        "Rescuers recovered the bodies of 14 miners after the shaft collapsed in Ituri.",
    ],
)
def test_deaths_when_or_after_a_crash_or_collapse_stay_vetoed(text: str) -> None:
    assert ("casualty", "killed") not in harm_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gangs will keep fighting the Kenyan-led force, their leader said.",
        "The ELN would continue attacking army bases until talks resume, the group warned.",
        "Fano commanders said they will resume shelling federal positions near Gondar.",
    ],
)
def test_what_a_side_will_keep_doing_is_no_act_of_war(text: str) -> None:
    assert [k for k in harm_claims(text) if k[0] == "attack"] == []


def test_what_a_side_kept_doing_is_still_an_act_of_war() -> None:
    assert ("attack", "clash") in harm_claims("Fano militiamen kept fighting federal troops near Gondar on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's national football team beat Uganda 2-1 in a friendly in Nairobi, with striker Michael Olunga scoring twice.",
        "The Lions beat the Eagles 3 - 0 in Kigali on Sunday.",
    ],
)
def test_a_side_beaten_with_a_score_is_a_game_won(text: str) -> None:
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"] == []


def test_the_dead_of_a_disaster_report_in_sentences_with_no_word_of_war_are_no_claims() -> None:
    text = ("Landslides kill 31 in Uganda's Bulambuli district\n\n"
            "Rescue teams pulled 12 bodies from the mud on Sunday and dozens of people remain missing, the Red Cross said. "
            "The government sent soldiers to help evacuate villages.")
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == []
    # a war report keeps them: its headline tells of war
    text = "Rebels kill 12 in attack on Bunia camp\n\nRescue teams pulled 12 bodies from the ruins on Sunday, the Red Cross said."
    assert [c.count for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [(12, 12), (12, 12)]
