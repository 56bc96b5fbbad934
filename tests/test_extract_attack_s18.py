"""Attack claims probed with invented reports (session 18): an assault named by the verb that carried it out, or as the
new attack a clause tells ("after a three-day assault"), is an attack like "an assault on".

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2025, 7, 25)


def attacks(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


# --- an assault carried out ("conducted an assault", "staged an assault") is an `offensive` ---------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Russian forces conducted an assault near Chasiv Yar on Thursday, the Ukrainian General Staff said.", "RUS"),
        ("Azerbaijani units mounted a night assault near Lachin, the defence ministry in Yerevan said.", "AZE"),
        ("The Sudanese army staged a fresh assault near Omdurman's Karari district on Monday.", "SDN"),
        ("Israeli troops carried out a ground assault near Khan Younis overnight, the military said.", "ISR"),
    ],
)
def test_assault_carried_out_is_an_offensive(text: str, attacker: str) -> None:
    found = attacks(text)
    assert [(c.subject, c.outcome) for c in found] == [(attacker, "offensive")]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was charged with assault after a fight outside a bar in Kampala.",
        "Two soldiers were killed in the assault, the army said.",
    ],
)
def test_assault_in_law_or_framing_a_toll_is_no_new_attack(text: str) -> None:
    assert attacks(text) == []


# --- an air attack made with missiles and drones together is `shelling` (GOLD_FORMAT: mixed means) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched one of its largest air attacks of the war overnight, hitting power plants with 90 missiles and 100 drones.",
        "The Houthis claimed a combined attack on Eilat using ballistic missiles and drones, the group's spokesman said.",
        "Iran's massive strike on Israel, involving drones and cruise missiles, lasted about five hours.",
    ],
)
def test_air_attack_with_missiles_and_drones_is_shelling(text: str) -> None:
    found = attacks(text)
    assert found
    assert found[0].outcome == "shelling"


def test_air_strike_by_jets_with_missiles_stays_an_airstrike() -> None:
    found = attacks("Israeli jets carried out an air strike on a house in Rafah with guided missiles, medics said.")
    assert [c.outcome for c in found] == ["airstrike"]


# --- strikes that back a side are made by the side named on them, not by the side backed ----------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Somali troops backed by US airstrikes launched an offensive against al-Shabaab near Jilib.", "USA"),
        ("Syrian troops, supported by Russian air strikes, advanced on Maarat al-Numan.", "RUS"),
        ("Ethiopian federal forces backed by Eritrean artillery shelling pushed towards Adigrat.", "ERI"),
    ],
)
def test_backing_strikes_are_the_named_sides(text: str, attacker: str) -> None:
    found = attacks(text)
    assert found[0].subject == attacker


def test_backer_heading_no_strike_is_no_attacker() -> None:
    found = attacks("M23 rebels backed by Rwanda advanced on Sake on Tuesday.")
    assert [c.subject for c in found] == ["M23"]


# --- "the heart of" a city is a place, not a natural cause (the natural-cause vetoes) --------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Israeli tanks advanced into the Shaboura neighbourhood in the heart of Rafah, residents said.", "ISR"),
        ("An Israeli air strike hit a building in the heart of Beirut on Thursday, Lebanon's state media said.", "ISR"),
        ("RSF fighters shelled a market in the heart of El Obeid on Friday, activists said.", "RSF"),
    ],
)
def test_attack_in_the_heart_of_a_city_is_kept(text: str, attacker: str) -> None:
    assert [c.subject for c in attacks(text)] == [attacker]


def test_toll_in_the_heart_of_a_city_is_kept() -> None:
    claims = extract_from_cleaned_text("Five people were killed in the heart of Khartoum on Monday, the health ministry said.", PUBLISHED)
    assert [(c.type, c.outcome) for c in claims] == [("casualty", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in an outbreak of cholera in Kassala, the health ministry said.",
        "The floods killed 20 people in Beledweyne, officials said.",
    ],
)
def test_natural_cause_with_its_own_of_phrase_is_still_vetoed(text: str) -> None:
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "attack")] == []


# --- "fighters from the group attacked ...": the phrase before a verb is its subject, not a frame ("in the attack") ---


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Fighters from the group attacked an army camp near Mopti on Tuesday, killing ten soldiers, the army said.", "offensive"),
        ("Gunmen from the militia attacked a village near Bunia on Sunday, local officials said.", "assault"),
        ("Men from the armed group stormed a police station in Cabo Delgado overnight.", "offensive"),
    ],
)
def test_subject_from_a_group_before_a_verb_is_no_frame(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]


def test_toll_in_the_armed_clashes_stays_a_frame() -> None:
    found = attacks("Two soldiers died in the armed clashes, the ministry said.")
    assert found == []


# --- one person named by nationality is an unnamed attacker, not the state (GOLD_FORMAT: unnamed attackers) ---------


@pytest.mark.parametrize(
    "text",
    [
        "A British man reportedly blew himself up in a suicide attack at a checkpoint near Tal Afar.",
        "A French national carried out a suicide bombing in Raqqa, the monitor said.",
        "A Tunisian teenager detonated an explosive belt outside a mosque in Sirte.",
    ],
)
def test_person_named_by_nationality_is_no_state_attacker(text: str) -> None:
    found = attacks(text)
    assert found
    assert all(c.subject is None for c in found)


def test_state_forces_named_by_adjective_still_attack() -> None:
    assert [c.subject for c in attacks("Ukrainian soldiers attacked Russian positions near Robotyne on Friday.")] == ["UKR"]


# --- heavy weapons and heavy guns fired are fire from a distance (GOLD_FORMAT: `shelling`) --------------------------


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Junta troops fired heavy weapons into a village in Magway region on Monday, residents said.", "shelling"),
        ("The PKK attacked Turkish army positions with heavy guns in Zap, the ministry said.", "shelling"),
        ("Houthi fighters used heavy weapons against government positions near Marib.", "shelling"),
    ],
)
def test_heavy_weapons_fired_are_shelling(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]


def test_heavy_weapons_seized_are_no_attack() -> None:
    assert attacks("The rebels seized heavy weapons from the abandoned base near Bunagana.") == []


# --- the arms the attackers carry are no attack of their own; their verb is ("armed with rockets attacked a post") --


@pytest.mark.parametrize(
    "text",
    [
        "Militants armed with rockets attacked a checkpoint in Kurram on Sunday.",
        "Gunmen armed with heavy weapons attacked an army post near Menaka overnight.",
    ],
)
def test_arms_carried_before_the_verb_leave_the_verb_the_attack(text: str) -> None:
    assert [c.outcome for c in attacks(text)] == ["offensive"]


# --- a column or convoy of the other side destroyed is an attack on it, like positions destroyed ---------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Ukrainian forces destroyed a column of Russian armour near Brovary, the general staff said.", "UKR"),
        ("Congolese troops destroyed a convoy of rebel trucks near Sake on Tuesday.", "COD"),
    ],
)
def test_column_or_convoy_destroyed_is_an_attack(text: str, attacker: str) -> None:
    assert [c.subject for c in attacks(text)] == [attacker]


def test_column_of_trees_felled_by_a_storm_is_no_attack() -> None:
    assert attacks("The storm destroyed a column of trees along the road to Beira.") == []


# --- attacks "in recent years" or "over the years" span years: no day of the lead event (GOLD_FORMAT: spans give null) -


@pytest.mark.parametrize(
    "sentence",
    [
        "Clashes between farmers and herders have killed thousands in central Nigeria in recent years.",
        "Bandit raids on villages in Zamfara have displaced hundreds of thousands over the past decade.",
        "Al-Shabaab has carried out attacks on hotels in Mogadishu for years.",
    ],
)
def test_attacks_over_years_take_no_lead_date(sentence: str) -> None:
    text = "Gunmen attacked a village in Plateau state on Sunday, killing 12 people, police said.\n\n" + sentence
    found = [c for c in attacks(text) if c.date is not None and c.date != dt.date(2025, 7, 20)]
    assert found == []
    later = [c for c in attacks(text) if text.index(sentence) <= c.span[0]]
    assert later
    assert all(c.date is None for c in later)


# --- live rounds fired at people are an `assault`, even beside tear gas (riot gear alone is no attack) ---------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Israeli gunboats fired live bullets and tear gas canisters at Palestinian fishing boats off Deir al-Balah.", "ISR"),
        ("Myanmar police fired live rounds and stun grenades into a crowd in Mandalay, witnesses said.", "MMR"),
    ],
)
def test_live_rounds_fired_beside_tear_gas_are_an_assault(text: str, attacker: str) -> None:
    assert [(c.subject, c.outcome) for c in attacks(text)] == [(attacker, "assault")]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas and rubber bullets at protesters in Nairobi on Tuesday.",
        "Soldiers fired warning shots into the air to disperse the crowd in Bamako.",
    ],
)
def test_riot_gear_and_warning_shots_are_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- gendarmes, Peshmerga and armed village-defence volunteers are armed men: an attack on them is a `clash` ---------


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants attacked Peshmerga near Makhmour on Tuesday.",
        "Jihadists attacked gendarmes near Dori on Sunday, a security source said.",
        "Suspected jihadists attacked VDP volunteers in Yatenga province overnight.",
        "Gunmen opened fire on a group of vigilantes near Gusau on Friday.",
    ],
)
def test_attack_on_gendarmes_or_defence_volunteers_is_a_clash(text: str) -> None:
    assert [c.outcome for c in attacks(text)] == ["clash"]


# --- explosions told beside the weapons that struck are that strike, no bombing; the weapons head their own clause ----


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Explosions rock Port Sudan as drones hit fuel depot", "airstrike"),
        ("Blasts rock Odesa as Russian missiles hit the port", "shelling"),
    ],
)
def test_explosions_beside_a_strike_are_that_strike(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]


def test_weapons_after_as_are_not_the_place_before() -> None:
    found = attacks("Explosions rock Port Sudan as drones hit fuel depot")
    assert [c.subject for c in found] == [None]


def test_bomb_blast_alone_stays_a_bombing() -> None:
    assert [c.outcome for c in attacks("A car bomb blast ripped through a market in Mogadishu on Saturday.")] == ["bombing"]


# --- "after a militant attack": a new attack by unnamed attackers, not the clause's side (GOLD_FORMAT) --------------


@pytest.mark.parametrize(
    "text",
    [
        "India struck nine sites in Pakistan after a militant attack killed 26 tourists in Pahalgam.",
        "Burkina Faso's junta launched operations near Djibo after a jihadist attack killed 50 soldiers.",
    ],
)
def test_attack_by_unnamed_militants_after_a_sides_act_is_not_that_sides(text: str) -> None:
    found = attacks(text)
    unnamed = [c for c in found if text[c.span[0] : c.span[1]] == "attack"]
    assert [c.subject for c in unnamed] == [None]


# --- a strike "attributed to" or "blamed on" a side is that side's attack; "attacked from the air" is an air strike ---


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("A strike attributed to Israel killed two Iranian advisers near Damascus on Monday.", "ISR"),
        ("A strike blamed on Turkey hit a convoy near Qamishli, the SDF said.", "TUR"),
    ],
)
def test_strike_attributed_to_a_side_is_its_attack(text: str, attacker: str) -> None:
    assert attacker in [c.subject for c in attacks(text)]


def test_attacked_from_the_air_is_an_airstrike() -> None:
    found = attacks("Kherson was attacked from the air 15 times on Sunday, the regional governor said.")
    assert [c.outcome for c in found] == ["airstrike"]


# --- tanks or artillery opening fire fire from a gun: `shelling` (GOLD_FORMAT), not an assault by men with rifles ------


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("An Israeli tank opened fire on a car near Khan Younis, killing two, medics said.", "shelling"),
        ("Israeli soldiers opened fire on a car near Tulkarm, killing two, medics said.", "assault"),
    ],
)
def test_tank_opening_fire_is_shelling(text: str, outcome: str) -> None:
    assert [c.outcome for c in attacks(text)] == [outcome]
