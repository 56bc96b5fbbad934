"""Deaths read from the parse (extract/deaths.py), on short event notes written for these tests.

Killing verbs of many registers, victims named by any role, coordinated victims that add up, deaths
told as predicates ("succumbed", "died of his wounds", "found dead"), bodies found, closing tallies, and
the deaths that are no event of the note: a protest's grievance, a death of another time or of
natural causes, the death that set off an arrest or a riot. Peaceful notes give no killed claims.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2022, 3, 1)


def claims(text: str) -> list[Claim]:
    return extract_from_cleaned_text(text, PUBLISHED)


def fatalities(text: str) -> int:
    """The figure event-note scoring takes: low counts of asserted, non-cumulative, top-level killed claims."""
    return sum(
        c.count[0] or 0
        for c in claims(text)
        if c.type == "casualty" and c.outcome == "killed" and c.stance == "assert" and not c.cumulative
        and c.part_of is None and c.count is not None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killing verbs of every register, victims named by their role
        ("On 4 March 2022, suspected bandits gunned down a village head in Sabon Gari (Katsina).", 1),
        ("On 9 April 2022, two tailors were stabbed to death by unidentified persons in Kaduna North.", 2),
        ("On 2 June 2022, militiamen slaughtered three farmers in their fields near Oicha (Beni, Nord-Kivu).", 3),
        ("On 7 February 2022, a suspected thief was beaten to death by residents in Eldoret (Uasin Gishu).", 1),
        ("On 11 April 2022, a local journalist was assassinated by gunmen on motorbikes in Lashkar Gah.", 1),
        ("On 8 June 2022, a woman was raped and killed by armed men in Uvira (Sud-Kivu).", 1),
        ("On 5 February 2022, a resistance fighter was tortured to death after his capture in Pauk (Magway).", 1),
        ("On 6 February 2022, a ward administrator accused of informing was shot dead by local fighters in Salingyi.", 1),
        ("On 2 March 2022, an elderly Amhara man was extrajudicially killed by regional forces near Dessie.", 1),
        # coordinated victims add up; a couple is two
        ("On 15 February 2022, unidentified attackers killed a trader and his wife in Wajir town.", 2),
        ("On 6 May 2022, gunmen shot and killed a couple in San Pedro Sula (Cortes).", 2),
        # deaths told as predicates
        ("On 10 January 2022, a woman succumbed to injuries sustained in an attack by gunmen in Uyo (Akwa Ibom).", 1),
        ("On 30 May 2022, a policeman was shot and injured by militants in Bannu district. He later died of his wounds.", 1),
        ("On 1 June 2022, armed men abducted two herders near Ayorou. One of them was later found dead.", 1),
        ("On 29 January 2022, a former police officer detained by the de facto authorities was found dead in Kunduz.", 1),
        ("On 11 April 2022, gunmen shot three people in a bar in Mazatlan, two of whom died at the scene.", 2),
        ("On 4 January 2022, a ward official seized by masked men at a checkpoint near Myeik was found dead three days later.", 1),
        ("On 4 January 2022, troops detained a dock worker in Pathein. The next morning he was tortured and killed in custody.", 1),
        ("On 20 May 2022, soldiers fired on a crowd at a market in Sarh, causing the death of a vendor.", 1),
        # "a total of" sums one event's dead; with "since" it is a running total
        ("On 9 March 2022, rebels overran two outposts near Kalay; a total of 12 guards died in the fighting.", 12),
        ("On 9 March 2022, officials said a total of 300 soldiers have been killed since the start of the year.", 0),
        # bodies found
        ("On 30 March 2022, the bodies of five men with signs of torture were found in a ditch in Uruapan, Michoacan.", 5),
        ("On 15 January 2022, the body of a missing bus driver was discovered in a canal near Basra.", 1),
        # a closing tally restates the total, also before an event note's tags
        ("On 6 February 2022, in Caxias (Maranhao), townspeople clubbed a presumed cattle thief to death. 1 fatality. [size=no report]", 1),
        # the dead told before are not counted again
        ("On 21 June 2022, a loan shark was shot dead by unknown assailants in Iloilo City. Neighbours said the murdered lender had many enemies.", 1),
        ("On 4 April 2022, gunmen attacked and killed two security guards in Nnewi (Anambra). The victims were killed for defying a curfew.", 2),
    ],
)
def test_deaths_of_event_notes(text: str, expected: int) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a protest's grievance, a death of another time, natural causes, the death that set off the act
        "On 14 June 2022, relatives of a man killed by police last year protested in front of the court in Ibadan.",
        "On 15 June 2022, villagers protested against the killing of two students by soldiers in a previous incident.",
        "On 3 May 2022, press unions in Puebla demonstrated for three photographers murdered six years ago.",
        "On 7 March 2022, residents blocked the coast road in Mannar after a lorry crash killed a cyclist.",
        "On 4 March 2022, angry traders torched a customs post in Segou following the killing of a porter by a guard.",
        "On 1 June 2022, troops rounded up and detained twelve villagers in Bogale after a headman was murdered there.",
        "On 31 January 2022, porters struck over unpaid wages; two of their elders had died of cholera.",
        "On 24 March 2022, nurses organised a sit-in at the district office in Gaya about the death of a colleague in a road accident.",
        "On 29 March 2022, the family of a murdered shopkeeper gathered with placards at the town hall of Saltillo.",
        "On 28 March 2022, a court in Maiduguri sentenced five men to death for the murder of a soldier.",
        # peaceful notes: protests, arrests, agreements, property destroyed without people
        "On 22 May 2022, police arrested twelve protesters in Thies (Thies). No casualties were reported.",
        "On 23 May 2022, hundreds of nurses marched in Kampala to demand better pay. [size=hundreds]",
        "On 24 May 2022, rioters burned two police vehicles and a tax office in Zaria (Kaduna). No injuries were reported.",
        "On 25 May 2022, the government and the armed movement signed a ceasefire agreement in Doha.",
        "On 27 March 2022, raiders shot eight of the herd's goats and took two camels near Garbaharey (Gedo).",
        "On 3 June 2022, unknown gunmen shot and injured two motorcyclists in Damaturu (Yobe).",
        "On 2 June 2022, militants attacked a police post in Agadez. No casualties reported.",
    ],
)
def test_no_deaths_of_the_event(text: str) -> None:
    assert fatalities(text) == 0


def test_wounding_read_from_the_parse() -> None:
    found = [(c.outcome, c.count) for c in claims("On 30 May 2022, a guard was shot and injured by gunmen in Deir ez-Zor.") if c.type == "casualty"]
    assert found == [("wounded", (1, 1))]


def test_a_killing_by_armed_men_is_an_attack() -> None:
    kinds = {(c.type, c.outcome) for c in claims("On 21 June 2022, a shopkeeper was shot dead by unidentified gunmen in Cotabato City.")}
    assert ("attack", "assault") in kinds


def test_unclear_whether_killed_is_no_death() -> None:
    assert fatalities("Radio reports said it was unclear whether the rebel commander was killed.") == 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 19 February 2022, a shepherd was killed by militants near Kirkuk.", "assault"),
        ("On 31 May 2022, gunmen shot and injured a cyclist in the old town of Hodeidah.", "assault"),
        ("On 26 May 2022, a soldier was shot and wounded by gunmen near Miranshah.", "clash"),
    ],
)
def test_harm_by_armed_men_is_an_attack_or_a_fight(text: str, kind: str) -> None:
    assert ("attack", kind) in {(c.type, c.outcome) for c in claims(text)}


def test_harm_without_an_armed_agent_names_no_attack() -> None:
    assert not [c for c in claims("On 7 March 2022, a farmer died after a fall from a roof in Kisii.") if c.type == "attack"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A helicopter came down in the desert on Tuesday, the army said. Two of those on board were killed.", (2, 2)),
        ("Three of those inside the bus died when a mine exploded on the road, officials said.", (3, 3)),
        ("Gunmen fired on the convoy, killing one of those travelling in it, police said.", (1, 1)),
    ],
)
def test_people_placed_by_where_they_were_are_counted(text: str, count: tuple[int, int]) -> None:
    killed = [c for c in claims(text) if c.type == "casualty" and c.outcome == "killed"]
    assert [(c.category, c.count) for c in killed] == [("unknown", count)]


def test_those_placed_on_board_and_rescued_are_no_deaths() -> None:
    assert not [c for c in claims("Two of those on board were rescued after the boat capsized.") if c.type == "casualty"]


def test_a_state_condemning_a_strike_tells_its_deaths_and_the_attack() -> None:
    found = claims("Egypt condemned the Israeli strike that killed 20 people in Rafah.")
    assert fatalities("Egypt condemned the Israeli strike that killed 20 people in Rafah.") == 20
    assert ("attack", "airstrike", "ISR") in {(c.type, c.outcome, c.subject) for c in found}
    assert ("statement", "condemn", "EGY") in {(c.type, c.outcome, c.subject) for c in found}


def test_a_body_condemning_an_attack_with_its_toll_after_a_comma() -> None:
    found = claims("The UN chief condemned the RSF attack on El Fasher, which killed 30 civilians.")
    assert fatalities("The UN chief condemned the RSF attack on El Fasher, which killed 30 civilians.") == 30
    assert ("attack", "RSF") in {(c.type, c.subject) for c in found}


def test_a_crowd_condemning_a_killing_is_a_grievance() -> None:
    assert fatalities("Mourners condemned the killing of a journalist in the city.") == 0
    assert fatalities("Hundreds of students rallied in Dhaka and condemned the killing of three protesters by police.") == 0


def test_a_condemned_attack_with_no_toll_is_told_elsewhere() -> None:
    assert [c.type for c in claims("France condemned the attack.")] == ["statement"]


def test_words_of_another_death_are_found_as_words() -> None:
    from counterclaim.extract.deaths import NEW_DEATH_MARKERS

    assert NEW_DEATH_MARKERS.search("A second herder was also killed near Kidal.")
    assert NEW_DEATH_MARKERS.search("Another slain herder was found in the market.")
    assert not NEW_DEATH_MARKERS.search("The slain herder was buried in Kidal.")  # "other" inside no word


@pytest.mark.parametrize(
    "text",
    [
        # deaths of last week or last month are news the text reports (GOLD_FORMAT codes background like any claim)
        "Drone strikes killed at least 30 people at a market in Gojjam last week, health workers said.",
        "Shelling killed 12 civilians in Kherson last month, the regional governor said.",
    ],
)
def test_recent_deaths_told_with_a_vague_time_are_claims(text: str) -> None:
    killed = [c for c in claims(text) if c.type == "casualty" and c.outcome == "killed"]
    assert len(killed) == 1 and killed[0].date is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Hezbollah said its commander was killed in an Israeli strike.", "HEZBOLLAH"),
        ("The Houthis said their military spokesman had been killed in a US strike on Sanaa.", "HOUTHIS"),
        ("Israeli officials said Hamas commander Abu Bilal was killed in the raid.", "HAMAS"),
    ],
)
def test_the_victims_own_words_name_their_side(text: str, side: str) -> None:
    found = [c for c in claims(text) if c.type == "casualty"]
    assert found and all(c.subject == side for c in found), [c.contract_dict() for c in found]


def test_killing_one_person_and_wounding_another_are_two_outcomes() -> None:
    # each verb has its own victim: not the one undivided "killed and wounded" figure
    text = ("Sergeant Lena Hoxha of the border police was named by the ministry. "
            "Masked men fired on her unit near the crossing, killing Hoxha and wounding a second officer.")
    found = [(c.outcome, c.category, c.count) for c in claims(text) if c.type == "casualty"]
    assert ("killed", "military", (1, 1)) in found and ("wounded", "military", (1, 1)) in found
    # one figure shared by both verbs stays uncoded
    assert [c for c in claims("The barrage killed and wounded 35 people in the market of Aleppo.") if c.type == "casualty"] == []
