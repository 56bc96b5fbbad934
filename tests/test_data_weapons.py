"""Weapons lexicon: phrases to materiel categories."""

from __future__ import annotations

import pytest

from counterclaim.data.weapons import CATEGORIES, find_model_codes, load_weapon_lexicon, weapon_category


@pytest.mark.parametrize(
    ("phrase", "category"),
    [
        ("three T-72 tanks", "tank"),
        ("a T-72B3", "tank"),
        ("two Leopards", "tank"),
        ("Abrams", "tank"),
        ("BMP-2 infantry fighting vehicles", "armored_vehicle"),
        ("BTR-82A", "armored_vehicle"),
        ("an MT-LB", "armored_vehicle"),
        ("APCs", "armored_vehicle"),
        ("armoured personnel carriers", "armored_vehicle"),
        ("combat vehicles", "armored_vehicle"),
        ("BM-21 Grad multiple rocket launchers", "artillery"),
        ("Grads", "artillery"),
        ("HIMARS", "artillery"),
        ("six D-20 howitzers", "artillery"),
        ("Akatsiya", "artillery"),
        ("mortars", "artillery"),
        ("fire systems", "artillery"),
        ("an S-300 battery", "air_defense"),
        ("Osa-AKM", "air_defense"),
        ("Tor-M2", "air_defense"),
        ("Pantsir-S1", "air_defense"),
        ("air defence systems", "air_defense"),
        ("Mi-24 gunships", "helicopter"),
        ("a Ka-52", "helicopter"),
        ("Su-25 attack aircraft", "aircraft"),
        ("MiG-29", "aircraft"),
        ("fighter jets", "aircraft"),
        ("Bayraktar TB2 drones", "drone"),
        ("an Orlan-10", "drone"),
        ("Shahed-136", "drone"),
        ("unmanned aerial vehicles", "drone"),
        ("UAVs", "drone"),
        ("pickup trucks", "vehicle"),
        ("military vehicles", "vehicle"),
        ("a patrol boat", "ship"),
        ("warships", "ship"),
        ("ammunition depots", "other"),
        ("radar stations", "other"),
        ("military hardware", "other"),
    ],
)
def test_phrase_category(phrase, category):
    assert weapon_category(phrase) == category


def test_longest_entry_gives_the_broadest_named_category():
    assert weapon_category("tanks and other armored vehicles") == "armored_vehicle"
    assert weapon_category("unmanned aerial vehicle") == "drone"


def test_named_models_need_a_capital_and_acronyms_their_capitals():
    assert weapon_category("a leopard") is None
    assert weapon_category("a true patriot") is None
    assert weapon_category("sam") is None


def test_non_equipment_look_alikes_give_none():
    assert weapon_category("a think tank") is None
    assert weapon_category("the fighters") is None
    assert weapon_category("") is None
    assert weapon_category("the 6th brigade") is None


def test_lexicon_terms_have_known_categories():
    lexicon = load_weapon_lexicon()
    assert {t.category for t in lexicon} <= set(CATEGORIES)
    assert any(t.form == "Bayraktar" and t.is_model for t in lexicon)
    assert any(t.form == "howitzer" and not t.is_model for t in lexicon)


def test_model_codes_in_any_spacing():
    assert weapon_category("Su 25") == "aircraft"
    assert weapon_category("t-72") == "tank"
    assert weapon_category("ZSU-23-4") == "air_defense"


def test_find_model_codes_in_running_text():
    text = "Two T-72B3s, a BMP-2 and an Su-25 were hit near the 6th Brigade's base; COVID-19 and G7 are not arms."
    found = {text[start:end]: category for start, end, category in find_model_codes(text)}
    assert found == {"T-72B3s": "tank", "BMP-2": "armored_vehicle", "Su-25": "aircraft"}


def test_lexicon_lists_common_model_codes_for_text_matchers():
    forms = {t.form: t.category for t in load_weapon_lexicon()}
    assert forms["T-72"] == "tank"
    assert forms["BTR-82A"] == "armored_vehicle"
    assert forms["BM-21"] == "artillery"
    assert forms["S-300"] == "air_defense"
    assert forms["Mi-24"] == "helicopter"
    assert forms["Su-25"] == "aircraft"


@pytest.mark.parametrize("phrase", ["a Global Hawk", "two Wing Loong drones", "an Akinci", "a ScanEagle"])
def test_drone_models_are_drones(phrase: str) -> None:
    assert weapon_category(phrase) == "drone"


@pytest.mark.parametrize("phrase", ["a US F/A-18", "a Super Hornet", "two Eurofighter jets"])
def test_western_fighter_models_are_aircraft(phrase: str) -> None:
    assert weapon_category(phrase) == "aircraft"
