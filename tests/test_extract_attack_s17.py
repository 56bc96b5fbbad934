"""Attack claims probed with invented reports (session 17): warnings of raids are no raids, a country named as the place
across which something happened is no attacker, and an assault on a civilian place is an `assault`, not a push.

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


# --- a hyphenated "air-raid alert" is a warning (GOLD_FORMAT: warnings are no claims of harm) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Air-raid alerts sounded in Lviv and Ternopil for three hours on Thursday, the regional administration said.",
        "An air-raid siren went off in Kiryat Shmona twice before noon, the municipality said.",
        "Residents of Sumy spent the night in air-raid shelters, the mayor said.",
    ],
)
def test_hyphenated_air_raid_warning_is_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- a country after "across" or "throughout" is where it happened, not who attacked ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sirens wailed across Israel on Tuesday amid a drone attack, the emergency service said.",
        "Power cuts spread across Ukraine after a drone attack on the grid, the energy ministry said.",
        "Schools closed throughout Lebanon following an overnight air strike, the education minister said.",
    ],
)
def test_country_across_which_is_no_attacker(text: str) -> None:
    found = attacks(text)
    assert found
    assert all(c.subject is None for c in found)


# --- an assault on a civilian place is `assault` (GOLD_FORMAT: raids on civilian places) ---------------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("An RSF assault on the Abu Shouk displacement camp killed at least 40 people on Sunday, the resistance committees said.", "RSF"),
        ("The JNIM assault on a market in Boulkessi left dozens of traders dead, local officials said.", "JNIM"),
        ("ADF rebels' assault on the hospital in Lubero killed 12 patients, the provincial governor said.", "ADF"),
    ],
)
def test_assault_on_civilian_place_is_assault(text: str, attacker: str) -> None:
    found = [c for c in attacks(text) if c.subject == attacker]
    assert found, attacks(text)
    assert found[0].outcome == "assault"


@pytest.mark.parametrize(
    "text",
    [
        "The junta's assault on the town of Hpakant began in July, the KIA said.",
        "A Russian assault on Ukrainian positions near Toretsk was repelled overnight, Kyiv's general staff said.",
    ],
)
def test_assault_on_town_or_positions_stays_offensive(text: str) -> None:
    found = attacks(text)
    assert found
    assert all(c.outcome == "offensive" for c in found)


# --- the object of a verb of striking heads no later attack noun of its clause (GOLD_FORMAT: one attack claim per clause) --


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Russia pounds Ukraine's power grid in huge overnight attack", "RUS"),
        ("Israel pounds Hezbollah's southern strongholds in fresh wave of strikes", "ISR"),
        ("Pakistan bombed Afghanistan's eastern provinces in a night of air raids, the Taliban said.", "PAK"),
    ],
)
def test_object_of_strike_verb_is_no_attacker(text: str, attacker: str) -> None:
    found = attacks(text)
    assert [c.subject for c in found] == [attacker], found


# --- a side hammering, battering or bombarding a place is an attack, also in headlines' present -----------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Israel hammered villages in southern Lebanon on Friday, Lebanese state media said.", "ISR"),
        ("Russian forces battered Zaporizhzhia overnight, the regional governor said.", "RUS"),
        ("Israel bombards Khan Younis as talks stall", "ISR"),
        ("Russia batters Odesa port for third night", "RUS"),
        ("Sudan army pummels RSF-held Nyala", "SDN"),
    ],
)
def test_side_battering_a_place_is_attack(text: str, attacker: str) -> None:
    assert [c.subject for c in attacks(text)] == [attacker]


@pytest.mark.parametrize(
    "text",
    [
        "Storm Babet battered the coast of Scotland on Thursday.",
        "Russia's economy has been battered by Western sanctions.",
        "Iranian and Omani negotiators hammered out a draft in Muscat.",
        "Iran's currency battered as sanctions bite",
        "Critics hammered the Pakistani government's budget plan.",
    ],
)
def test_figurative_battering_is_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- the one accused of a specific attack is its attacker, after another predicate of the speaker (GOLD_FORMAT) -------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Kyiv said it had downed 31 drones and accused Russia of targeting grain silos in Izmail.", "RUS"),
        ("The SDF said its fighters had shot down a Turkish drone and accused Turkey of shelling villages near Kobani.", "TUR"),
        ("The Taliban said its forces had intercepted a Pakistani jet and accused Pakistan of bombing homes in Paktika.", "PAK"),
    ],
)
def test_accused_after_speakers_other_predicate_is_attacker(text: str, attacker: str) -> None:
    found = attacks(text)
    assert [c.subject for c in found] == [attacker], found


# --- "it was not clear who carried out the strike" retells an attack with no attacker: not coded again (GOLD_FORMAT) ---


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a fuel depot in Kassala on Sunday. It was not immediately clear who carried out the strike.",
        "A roadside bomb killed four soldiers near Gao. It is still unknown who was behind the attack.",
        "Rockets struck a base near Erbil overnight. It was unclear who had launched the attack.",
    ],
)
def test_unknown_attacker_of_attack_told_is_not_coded_again(text: str) -> None:
    assert len(attacks(text)) == 1, attacks(text)


# --- "since the start of its invasion": the whole war as the sentence subject's act (GOLD_FORMAT) --------------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Russia has struck Ukrainian ports dozens of times since the start of its full-scale invasion.", "RUS"),
        ("Moscow has lost thousands of tanks since its invasion in 2022, analysts say.", "RUS"),
    ],
)
def test_own_war_after_since_is_subjects_offensive(text: str, attacker: str) -> None:
    wars = [c for c in attacks(text) if c.outcome == "offensive"]
    assert [c.subject for c in wars] == [attacker], attacks(text)


# --- attacks braced for, needed or allowed are no attacks told (GOLD_FORMAT: hypotheticals, warnings) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kadugli are bracing for an SPLM-N assault on the town, aid workers said.",
        "Kyiv needs longer-range missiles to strike airfields deep inside Russia, Zelenskiy said.",
        "Washington has not given Kyiv permission to hit targets inside Russia with its rockets.",
    ],
)
def test_attack_braced_for_or_needed_is_no_attack(text: str) -> None:
    assert attacks(text) == []


# --- the accused heading a passive accusation are the attackers ("have been accused of mass killings") ---------------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Since 2023, RSF fighters have been accused of mass killings in El Geneina.", "RSF"),
        ("Wagner fighters were accused of mass executions near Moura, rights groups said.", "WAGNER"),
    ],
)
def test_accused_in_passive_are_attackers(text: str, attacker: str) -> None:
    assert [c.subject for c in attacks(text)] == [attacker], attacks(text)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Israeli troops stormed the Kamal Adwan hospital before dawn, the health ministry said.", "ISR"),
        ("Junta soldiers raided the Shwe Taung Pagoda monastery school in Sagaing, residents said.", "MMR"),
    ],
)
def test_raid_on_civilian_place_with_long_name_is_assault(text: str, attacker: str) -> None:
    found = [c for c in attacks(text) if c.subject == attacker]
    assert found and found[0].outcome == "assault", attacks(text)


# --- a bomb and the attack it made are one claim; grenades beside rifles arm a ground raid (GOLD_FORMAT) ------------


@pytest.mark.parametrize(
    "text",
    [
        "A suicide car bomb attack on an army base near Beledweyne killed nine soldiers, officials said.",
        "A roadside bomb blast hit a Frontier Corps convoy in Kech district on Monday.",
    ],
)
def test_bomb_attack_phrase_is_one_bombing(text: str) -> None:
    found = attacks(text)
    assert [c.outcome for c in found] == ["bombing"], found


def test_raid_with_grenades_and_rifles_on_post_is_offensive() -> None:
    found = attacks("Insurgents attacked a border post with grenades and rifles near Tillaberi, killing four soldiers.")
    assert [c.outcome for c in found] == ["offensive"], found


# --- the subject of an attack turned back in the passive made it ("tried to storm ... but were pushed back") ---------


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("M23 fighters tried to storm Uvira from the north but were pushed back, the army said.", "M23"),
        ("JNIM militants attempted to overrun the camp at Boulkessi but were repelled by the air force.", "JNIM"),
    ],
)
def test_attackers_repelled_in_passive_keep_their_attack(text: str, attacker: str) -> None:
    found = attacks(text)
    assert [c.subject for c in found][:1] == [attacker], found
