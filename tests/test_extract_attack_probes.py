"""Attack claims probed with invented reports of recent wars (written in session 16): who attacked and by what means when the
sentence tells it in a passive clause, a place of one side's country, or a second clause.

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


def last_attack(text: str) -> Claim:
    found = attacks(text)
    assert found, f"no attack in {text!r}"
    return max(found, key=lambda c: c.span[0])


# --- a passive clause's target is inside its own subject ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Thai army said Cambodian troops fired rockets at a market in Sisaket province, killing four people, "
         "and that a clinic in Surin was hit by artillery.", "KHM"),
        ("Kyiv's mayor said Russian forces launched missiles at the capital before dawn and that a school in Dnipro was struck by "
         "a drone an hour later.", "RUS"),
        ("Indian police said Pakistani troops fired mortars at villages in Poonch overnight, and a temple in Rajouri was hit by "
         "shells in the morning.", "PAK"),
        ("According to Baku, Armenian units opened artillery fire on positions near Lachin, while a depot in Kalbajar was struck "
         "by mortar rounds.", "ARM"),
    ],
)
def test_a_passive_target_of_a_later_clause_keeps_the_attacker_before(text: str, attacker: str) -> None:
    """The side named in the clause before a passive "X was hit by" is not its target; the same attacker's strikes nearby
    name who fired (GOLD_FORMAT)."""
    claim = last_attack(text)
    assert claim.subject == attacker
    assert claim.object != attacker


# --- a place opening the sentence -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Dnipro, an office building was hit by a Russian missile, the regional governor said.", "Dnipro"),
        ("Near Khan Younis, Israeli tanks shelled a tent camp on Tuesday, the civil defence said.", "Khan Younis"),
        ("Outside Kotli, Indian artillery struck two villages overnight, officials said.", "Kotli"),
        ("Across Kharkiv, Russian drones hit power stations during the night.", "Kharkiv"),
    ],
)
def test_a_place_opening_the_sentence_is_the_attacks_place(text: str, place: str) -> None:
    """A capitalised preposition opening the sentence ("In Dnipro, ...") names where it happened, as "in Dnipro" does."""
    assert last_attack(text).place == place


def test_a_place_opening_the_sentence_names_the_side_attacked() -> None:
    """"In Dnipro, a building was hit": fire on the town of a state the text has named attacking is its enemy's."""
    text = ("Russian missile strike hits Kyiv hospital; Ukrainian drones hit refinery\n\n"
            "Russia's defence ministry said it had struck Ukrainian air bases with high-precision weapons.\n\n"
            "In Dnipro, an office building was hit by a missile, the regional governor said.")
    assert last_attack(text).subject == "RUS"


# --- "its"/"their" in a subordinate clause stands for the side heading the clause above it ---------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Thai army says Cambodia deployed drones over the border before its soldiers opened fire on a Thai patrol.", "KHM"),
        ("Kyiv said Russia massed troops near Kupiansk, where its units shelled Ukrainian trenches on Monday.", "RUS"),
        ("The army said the RSF entered the town after its fighters shelled the garrison for two days.", "RSF"),
        ("Israeli officials said Hezbollah moved launchers south before its fighters fired rockets at Metula.", "HEZBOLLAH"),
    ],
)
def test_a_possessive_in_a_subordinate_clause_is_the_side_heading_the_clause_above(text: str, attacker: str) -> None:
    assert last_attack(text).subject == attacker


def test_a_possessive_in_a_coordinated_reported_clause_stays_the_speakers() -> None:
    text = "The Pakistani military said Indian forces fired mortars at its posts and that its troops shelled Indian positions in response."
    assert last_attack(text).subject == "PAK"


# --- harm to a place by a weapon, told in the passive ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Cambodian officials say a Buddhist pagoda in Oddar Meanchey was damaged by Thai artillery.", "THA", "shelling"),
        ("A school in Kharkiv was destroyed by a Russian missile, the governor said.", "RUS", "shelling"),
        ("Two houses in Goris were badly damaged by Azerbaijani drones on Tuesday.", "AZE", "airstrike"),
        ("A gurdwara in Poonch has been damaged by Pakistani mortar shells, residents said.", "PAK", "shelling"),
    ],
)
def test_a_place_damaged_by_a_sides_weapon_is_its_attack(text: str, attacker: str, means: str) -> None:
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


@pytest.mark.parametrize(
    "text",
    [
        "Several homes in northern Israel were damaged by rocket fire, the Israeli military said.",
        "Two shops in Sderot were hit by rocket fire on Sunday, police said.",
        "A border post near Chong Chom was struck by artillery fire overnight, the Thai army said.",
    ],
)
def test_weapon_fire_after_by_is_an_attack_without_a_side_on_it(text: str) -> None:
    """"by rocket fire" tells an attack by its weapon; only bare "fire" ("killed by fire") needs a side named on it."""
    claim = last_attack(text)
    assert claim.outcome == "shelling"


# --- aircraft shot down harm no people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians were killed in Sumy on Sunday and Ukrainian troops shot down 20 drones, the governor said.",
        "Pakistan said 26 civilians were killed in the night and that its air force shot down five Indian jets.",
        "Two soldiers were wounded near the border, and Israeli forces shot down a Hezbollah drone, the army said.",
    ],
)
def test_shooting_down_aircraft_makes_no_attack_on_people(text: str) -> None:
    """"shot down" downs aircraft (materiel); it is no killing by armed men that would make an attack on the dead."""
    assert attacks(text) == []


# --- a target "subjected to fire"; the means in an appositive after the head -----------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Units of the Armenian armed forces subjected the positions of the Azerbaijan Army to intense fire overnight.", "ARM"),
        ("Azerbaijani troops subjected the outskirts of Jermuk to heavy fire on Tuesday, the Armenian ministry said.", "AZE"),
        ("Pakistani troops subjected forward posts in the Uri sector to intense fire, the Indian army said.", "PAK"),
    ],
)
def test_a_target_subjected_to_fire_is_shelled_by_the_clause_head(text: str, attacker: str) -> None:
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "shelling")


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The units of the Armenian armed forces, using small arms, mortars and artillery, shelled Azerbaijani positions.", "ARM"),
        ("Russian forces, deploying glide bombs and Grad rockets, pounded Vovchansk on Monday.", "RUS"),
        ("Thai troops, using heavy artillery, shelled Cambodian positions near the temple.", "THA"),
    ],
)
def test_the_means_in_an_appositive_after_the_head_keep_the_head(text: str, attacker: str) -> None:
    assert last_attack(text).subject == attacker


# --- weapons landing, damaging; debris of weapons downed -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Iranian missiles damaged the Soroka hospital in Beersheba on Thursday, wounding dozens.", "IRN", "shelling"),
        ("Russian drones damaged two energy facilities in Odesa overnight, the governor said.", "RUS", "airstrike"),
        ("Hezbollah rockets impacted in Kiryat Shmona in the afternoon, the army said.", "HEZBOLLAH", "shelling"),
    ],
)
def test_weapons_damaging_or_impacting_a_place_are_an_attack(text: str, attacker: str, means: str) -> None:
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences intercepted the barrage, but missile fragments damaged several homes in Kyiv, the mayor said.",
        "Debris from a downed drone hit a warehouse in Belgorod, the governor said.",
        "Rocket fragments fell on a school in Ashkelon after the interception, police said.",
    ],
)
def test_debris_of_downed_weapons_is_no_attack(text: str) -> None:
    """GOLD_FORMAT: weapons intercepted give only the materiel claim; what is left of them falling is no attack."""
    assert all(c.outcome not in ("shelling", "airstrike") or "ragment" not in text[c.span[0] : c.span[1]] and "ebris" not in text[c.span[0] : c.span[1]]
               for c in attacks(text))


# --- irregulars named by a state's adjective are not that state -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi militias fired rockets at a US base in eastern Syria on Sunday.",
        "Syrian rebels shelled government positions near Idlib, a monitor said.",
        "Pakistani militants attacked a police post in Khyber overnight.",
        "On 5 May, Palestinian armed groups fired rockets from Rafah towards the Kerem Shalom crossing.",
    ],
)
def test_irregulars_named_by_a_states_adjective_are_not_the_states_attack(text: str) -> None:
    claim = last_attack(text)
    assert claim.subject not in ("IRQ", "SYR", "PAK", "PSE")


def test_a_states_troops_still_name_the_state() -> None:
    assert last_attack("Israeli troops shelled the outskirts of Rafah on Tuesday.").subject == "ISR"


# --- fire across a border or a line of contact ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Pakistani military said Indian forces fired across the Line of Control at several points.", "IND"),
        ("Afghan troops opened fire across the Durand Line near Chaman on Saturday, Pakistani officials said.", "AFG"),
        ("Thai soldiers fired across the border into Cambodian territory, Phnom Penh said.", "THA"),
    ],
)
def test_fire_across_a_border_or_line_of_contact_is_shelling(text: str, attacker: str) -> None:
    """GOLD_FORMAT: fire across a line of contact is fired from a distance (`shelling`), even by soldiers."""
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "shelling")


# --- fire on a town of the side the text has named attacking --------------------------------------------------


def test_fire_on_a_town_of_a_state_on_the_attacking_groups_side_is_the_enemys() -> None:
    """Lebanon is on Hezbollah's side of the 2024 war: after Hezbollah is named firing, an unattributed bombing of a Lebanese
    town is Israel's."""
    text = ("Israeli strikes pound south Lebanon as Hezbollah fires rockets at Haifa\n\n"
            "Hezbollah said it fired dozens of rockets at an Israeli military base near Haifa on Monday.\n\n"
            "Residents of Tyre said the city's port area was bombed twice in the afternoon.")
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == ("ISR", "airstrike")


def test_fire_on_a_town_of_the_state_named_attacking_is_still_the_enemys() -> None:
    text = ("Iran fires missiles at Israel\n\n"
            "Iran launched ballistic missiles at Israel overnight, the army said.\n\n"
            "In Haifa, a refinery was hit by a missile, the operator said.")
    assert last_attack(text).subject == "IRN"


# --- an attack ranked by a copula is the attack told ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        ("The attack on Sumy was the second major strike on a Ukrainian city in just over a week.", "strike"),
        ("The attack on Kherson was the heaviest shelling of the city this year.", "shelling"),
        ("The raid on Jenin was one of the largest assaults in the West Bank in two decades.", "assaults"),
    ],
)
def test_an_attack_ranked_by_a_copula_is_no_new_attack(text: str, ranked: str) -> None:
    """GOLD_FORMAT: a later mention that only comments on an attack is not coded again."""
    assert not any(ranked in text[c.span[0] : c.span[1]] for c in attacks(text))


# --- arms of one side's forces joined before the verb ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Ukrainian missile and artillery units struck three enemy command posts near Tokmak.", "UKR"),
        ("Israeli air and naval forces struck targets in Gaza City overnight.", "ISR"),
        ("Indian air and ground forces struck positions across the Line of Control, officials said.", "IND"),
    ],
)
def test_arms_of_one_sides_forces_joined_before_the_verb_keep_the_side(text: str, attacker: str) -> None:
    assert last_attack(text).subject == attacker


# --- "attack drones" name a kind of craft -------------------------------------------------------------------


def test_attack_drones_in_a_list_of_arms_are_no_attack_of_their_own() -> None:
    text = ("Operational-tactical aviation, attack drones, missile troops and artillery of the Russian Armed Forces hit energy "
            "facilities in 142 areas.")
    found = attacks(text)
    assert len(found) == 1
    assert found[0].subject == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "Attack drones hit a power plant in Odesa before dawn.",
        "Russian attack helicopters struck Ukrainian positions near Robotyne.",
        "Iranian attack drones slammed into a base in northern Israel.",
    ],
)
def test_attack_craft_that_strike_are_an_airstrike(text: str) -> None:
    assert last_attack(text).outcome == "airstrike"


# --- "shelling attacks" are one attack; a count's separator is no clause break --------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Russian forces carried out 3,641 shelling attacks on the positions of Ukrainian troops over the past day.", "RUS"),
        ("Azerbaijani units carried out 1,200 shelling attacks on Armenian border villages in a week, Yerevan said.", "AZE"),
        ("Pakistani troops carried out 2,050 shelling attacks along the Line of Control this year, the Indian army said.", "PAK"),
    ],
)
def test_shelling_attacks_counted_in_thousands_are_one_attack_by_the_head(text: str, attacker: str) -> None:
    found = attacks(text)
    assert [(c.subject, c.outcome) for c in found] == [(attacker, "shelling")]


# --- an operation launched by forces; an attack told elliptically -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Security forces later launched an operation in the area and killed 19 militants, the military said.",
        "Israeli forces launched an operation in Jenin on Wednesday, the army said.",
        "Thai troops mounted an operation to retake a hill near the temple, the army said.",
    ],
)
def test_an_operation_launched_by_forces_is_an_offensive(text: str) -> None:
    assert last_attack(text).outcome == "offensive"


def test_an_operation_to_rescue_is_no_attack() -> None:
    assert attacks("Rescuers launched an operation to find survivors under the rubble in Kharkiv.") == []


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Israeli strikes killed 40 people in Gaza overnight. One strike hit a house in Jabaliya, killing nine. "
         "Another hit a tent in Khan Younis, killing a woman, Nasser Hospital said.", "ISR"),
        ("A Russian missile struck a hotel in Kharkiv, and a second hit a nearby apartment block.", "RUS"),
        ("Two Iranian missiles slammed into Beersheba. The first struck a hospital; the second hit a car park.", "IRN"),
    ],
)
def test_an_attack_told_with_its_noun_left_out_is_an_attack(text: str, attacker: str) -> None:
    claim = last_attack(text)
    assert claim.subject == attacker
    assert text[claim.span[0] : claim.span[1]] == "hit"


# --- a side's "firing" named by its adjective ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Two villagers were wounded in Indian firing in the Neelum valley, officials said.", "IND"),
        ("Thai firing damaged a school in Oddar Meanchey, Cambodian officials said.", "THA"),
        ("Residents of Goris said Azerbaijani firing continued through the night.", "AZE"),
    ],
)
def test_a_sides_firing_named_by_its_adjective_is_its_shelling(text: str, attacker: str) -> None:
    """GOLD_FORMAT: fire across a line of contact is fired from a distance (`shelling`)."""
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "shelling")


# --- an attack noun before a conjunction does not head the next clause's verb ----------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Pakistan retaliated with artillery fire after India struck nine sites.", "IND"),
        ("Hezbollah launched a barrage of rockets when Israel hit a village in the south.", "ISR"),
        ("Cambodia answered with rocket fire as Thailand struck its positions near the temple.", "THA"),
    ],
)
def test_an_attack_noun_before_a_conjunction_leaves_the_next_clause_its_own_head(text: str, attacker: str) -> None:
    assert last_attack(text).subject == attacker


# --- weapons used against a target ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Armenia's defence ministry said Azerbaijani forces used artillery and attack drones against Jermuk.", "AZE", "shelling"),
        ("Ukraine said Russia used glide bombs against Kharkiv overnight.", "RUS", "airstrike"),
        ("Pakistan said India used Israeli-made drones against military sites in Punjab.", "IND", "airstrike"),
        ("Russia used drones and missiles to strike Kyiv before dawn.", "RUS", "shelling"),
    ],
)
def test_weapons_used_against_a_target_are_an_attack_mixed_means_shelling(text: str, attacker: str, means: str) -> None:
    """GOLD_FORMAT: one attack with mixed means is `shelling` if missiles, rockets or artillery are among them."""
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


# --- a side reporting its strike on the enemy's men -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The strike targeted a Hamas commander, the Israeli military said.", "ISR"),
        ("The strike killed two Hezbollah commanders, the Israeli army said.", "ISR"),
        ("The strike hit a Russian convoy near Tokmak, the Ukrainian military said.", "UKR"),
    ],
)
def test_a_side_reporting_its_strike_on_the_enemys_men_reports_its_own_strike(text: str, attacker: str) -> None:
    assert last_attack(text).subject == attacker


# --- talk about an attack; firing begun with heavy weapons -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council held an emergency meeting on the fighting between Thailand and Cambodia.",
        "Islamabad called for an international investigation into the strikes on its territory.",
        "Armenia's parliament held a closed session on the shelling of border villages.",
    ],
)
def test_talk_about_an_attack_is_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Hezbollah began firing rockets at northern Israel on October 8.", "HEZBOLLAH"),
        ("Cambodian forces started firing artillery shells into Thai territory at dawn.", "KHM"),
        ("Pakistani troops continued firing mortars at Indian posts overnight, the army said.", "PAK"),
    ],
)
def test_firing_begun_with_heavy_weapons_is_shelling(text: str, attacker: str) -> None:
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "shelling")


# --- a weapon's maker is not its user; maimed by a mine; retaliatory operations; most of the missiles downed ----------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("India says Pakistan used Turkish drones in attacks on 36 locations", "PAK"),
        ("Kyiv said Russia deployed Iranian drones in strikes on Odesa overnight.", "RUS"),
        ("Azerbaijan used Israeli-made loitering munitions in attacks on Armenian positions, Yerevan said.", "AZE"),
    ],
)
def test_the_maker_of_weapons_put_to_use_is_not_the_attacker(text: str, attacker: str) -> None:
    assert last_attack(text).subject == attacker


@pytest.mark.parametrize(
    "text",
    [
        "A Thai soldier lost his leg to a landmine near Chong Bok on Wednesday.",
        "Two Cambodian deminers lost their hands to an anti-personnel mine in Oddar Meanchey.",
    ],
)
def test_the_side_maimed_by_a_mine_is_not_the_one_that_laid_it(text: str) -> None:
    assert all(c.subject not in ("THA", "KHM") for c in attacks(text))


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Taliban said they had launched retaliatory operations against Pakistani posts along the Durand Line.", "AFG"),
        ("Pakistan said its forces conducted punitive operations against Afghan posts in Kurram.", "PAK"),
    ],
)
def test_retaliatory_operations_are_an_offensive(text: str, attacker: str) -> None:
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "offensive")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces said they intercepted most of the 180 missiles fired by Iran.",
        "Ukraine's air force said it shot down all of the 40 drones launched by Russia overnight.",
    ],
)
def test_most_or_all_of_the_weapons_downed_give_no_attack(text: str) -> None:
    """GOLD_FORMAT: rockets, missiles or drones intercepted give only the materiel claim."""
    assert attacks(text) == []


# --- weapons that kill -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Sumy: Russian missiles kill 35 on Palm Sunday", "RUS", "shelling"),
        ("Cambodian rockets kill six at Thai petrol station", "KHM", "shelling"),
        ("Ukrainian drones killed two civilians in Belgorod, the governor said.", "UKR", "airstrike"),
    ],
)
def test_a_sides_weapons_that_kill_are_its_attack(text: str, attacker: str, means: str) -> None:
    """GOLD_FORMAT: an attack named as an event with its attacker is an attack claim besides the casualties."""
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


# --- the side said to have attacked first, with the side attacked between ----------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Cambodia accused Thailand of attacking its troops first near the Preah Vihear temple.", "THA"),
        ("The Thai army said Cambodian soldiers opened fire on Thai troops first near the temple.", "KHM"),
        ("Pakistan said Afghan forces attacked its border posts first.", "AFG"),
    ],
)
def test_the_side_said_to_have_attacked_its_enemy_first_starts_a_clash(text: str, attacker: str) -> None:
    """GOLD_FORMAT: a side said to have started the fighting or opened fire is the subject of a `clash`."""
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "clash")


def test_the_place_fire_came_from_is_not_the_place_it_fell() -> None:
    """"Rockets were fired from Gaza at Ashkelon": Gaza is where the fire came from, so the enemy of its side did not fire."""
    text = ("Israeli strike on Gaza school shelter kills dozens\n\n"
            "Hamas's armed wing said its fighters attacked an Israeli tank east of Khan Younis.\n\n"
            "Rockets were fired from Gaza at the Israeli city of Ashkelon on Sunday, the army said.")
    assert last_attack(text).subject != "ISR"


def test_irregulars_named_by_a_sides_adjective_take_no_other_attacker_from_the_text() -> None:
    """"Palestinian armed groups fired rockets": not Israel, the only side the text had named attacking before."""
    text = ("Gaza update\n\n"
            "Israeli forces shelled areas east of Deir al Balah on 3 May, according to local sources.\n\n"
            "On 5 May, Palestinian armed groups fired rockets from Rafah towards the Kerem Shalom crossing, the Israeli military said.")
    assert last_attack(text).subject is None


# --- a framed attack retold with its target in a relative clause --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("India strikes nine sites in Pakistan\n\nIndia launched missile strikes on nine sites in Pakistan early on Wednesday, saying it "
         "targeted camps used by militants behind last month's attack on tourists.\n\nPakistan said 26 civilians were killed in the "
         "strikes, which hit a mosque in Bahawalpur.", "IND"),
        ("Russia launched a missile barrage on Kyiv on Monday.\n\nAt least 31 people died in the attack, which struck a "
         "children's hospital, officials said.", "RUS"),
    ],
)
def test_a_framed_attack_retold_with_its_target_is_coded(text: str, attacker: str) -> None:
    """GOLD_FORMAT: a later mention adding the target or place is coded again."""
    claim = last_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, "shelling")  # the means the text gave the attack before
    assert text[claim.span[0] : claim.span[1]] in ("hit", "struck")
