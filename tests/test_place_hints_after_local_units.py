"""The areas written after a place hold also after the name of its local unit ("X woreda (...)", "X village, tambon Y
(...)"): the unit words of many states' local government, so that an unknown village is located by its areas."""

from __future__ import annotations

import pytest

from counterclaim.extract.places import find_places


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen burned a dozen huts in Qwzx woreda (East Wellega, Oromia) on Sunday.", "ETH"),
    ("Soldiers exchanged fire with insurgents in Qwzx village, tambon Qwzy (Sai Buri, Pattani) before dawn.", "THA"),
    ("Two farmers were shot dead in Qwzx corregimiento (Cauca) last week.", "COL"),
    ("A roadside bomb hit a patrol in Qwzx upazila (Bandarban, Chittagong).", "BGD"),
])
def test_an_unknown_place_written_with_its_unit_is_located_by_the_areas_after_it(text, country):
    places = [p for p in find_places(text, ()) if p.name.startswith("Qwzx")]
    assert places and places[0].country == country


def test_a_known_town_written_with_its_unit_keeps_its_own_coordinates():
    (place,) = find_places("Protesters marched in Sai Buri district (Pattani) on Friday.", ())
    assert place.country == "THA" and place.kind == "city"


def test_the_countryside_a_place_lies_in_may_be_written_before_its_name():
    # the wider war's countries would take the namesake in the West Bank: the area written after the town rules
    text = "Heavy shelling hit the outskirts of Qatana in rural Damascus on Friday, residents said."
    assert find_places(text, ("ISR", "PSE"))[0].country == "SYR"
    village = find_places("Mortars hit Qwzx village in the countryside of Aleppo.", ())[0]
    assert (village.name, village.country) == ("Qwzx", "SYR")


@pytest.mark.parametrize(("text", "country"), [
    ("Armed men raided herders in Qwzx area, south of Kutum (North Darfur state).", "SDN"),
    ("Jihadists stormed Qwzx, some 20 km south-east of Gao, on Monday.", "MLI"),
])
def test_a_place_told_by_its_bearing_from_a_known_one_is_located_by_it(text, country):
    village = find_places(text, ())[0]
    assert (village.name, village.country) == ("Qwzx", country)


def test_a_word_telling_what_kind_of_camp_or_village_does_not_hide_the_area_after_it():
    village = find_places("Government artillery pounded Qwzx military camp in Hama countryside overnight.", ())[0]
    assert (village.name, village.country) == ("Qwzx", "SYR")


def test_an_area_after_a_comma_may_end_with_its_kind_word_mid_clause():
    village = find_places("Shells hit Qwzx, Kharkiv region overnight, wounding two people.", ())[0]
    assert (village.name, village.country) == ("Qwzx", "UKR")


def test_the_areas_after_a_plural_unit_hold_for_the_places_listed_before_it():
    text = "Fighting broke out between Qwzx and Qwzy villages (Sintgaing township, Kyaukse district, Mandalay region) at dawn."
    village = find_places(text, ())[0]
    assert (village.name, village.country) == ("Qwzx", "MMR")


def test_an_aside_in_square_brackets_does_not_hide_the_areas_after_it():
    village = find_places("CODECO fighters attacked a vehicle in Qwzx [also spelled Qwzy] (Djugu, Ituri) on Monday.", ())[0]
    assert (village.name, village.country) == ("Qwzx", "COD")
