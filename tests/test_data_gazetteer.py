"""Gazetteer: place names and news spellings to coordinates, with country and admin-hint preference."""

from __future__ import annotations

import pytest

from counterclaim.data.gazetteer import Gazetteer, distance_km, fold, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


# (name, expected country, expected latitude, expected longitude): every spelling within 25 km of the place
NEWS_SPELLINGS = [
    ("Stepanakert", "AZE", 39.82, 46.75),
    ("Khankendi", "AZE", 39.82, 46.75),
    ("Shushi", "AZE", 39.76, 46.75),
    ("Shusha", "AZE", 39.76, 46.75),
    ("Terter", "AZE", 40.34, 46.93),
    ("Jebrayil", "AZE", 39.40, 47.03),
    ("Fizuli", "AZE", 39.60, 47.15),
    ("Kharkov", "UKR", 49.98, 36.25),
    ("Kharkiv", "UKR", 49.98, 36.25),
    ("Kiev", "UKR", 50.45, 30.52),
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Nikolaev", "UKR", 46.98, 31.99),
    ("Zaporozhye", "UKR", 47.85, 35.12),
    ("Zaporizhzhia", "UKR", 47.85, 35.12),
    ("Artemovsk", "UKR", 48.59, 38.00),
    ("Khan Younis", "PSE", 31.34, 34.31),
    ("Khan Yunis", "PSE", 31.34, 34.31),
    ("Jabalia", "PSE", 31.53, 34.48),
    ("El Fasher", "SDN", 13.63, 25.35),
    ("Al Fashir", "SDN", 13.63, 25.35),
    ("Al-Fashir", "SDN", 13.63, 25.35),
    ("Goma", "COD", -1.67, 29.23),
    ("Mogadishu", "SOM", 2.04, 45.34),
    # towns of current wars the city table lacks, and spellings of towns it has under another name
    ("Maungdaw", "MMR", 20.82, 92.36),
    ("Muse", "MMR", 23.99, 97.90),
    ("Kiwanja", "COD", -1.19, 29.45),
    ("Zamzam", "SDN", 13.55, 25.30),
    ("Nasir", "SSD", 8.60, 33.07),
    ("Shire", "ETH", 14.10, 38.28),
    ("Albukamal", "SYR", 34.45, 40.92),
    ("Bardere", "SOM", 2.34, 42.28),
]


@pytest.mark.parametrize(("name", "country", "lat", "lon"), NEWS_SPELLINGS)
def test_news_spellings_resolve_to_the_place(gazetteer, name, country, lat, lon):
    place = gazetteer.lookup(name)
    assert place is not None, name
    assert place.country == country
    assert distance_km(place.lat, place.lon, lat, lon) < 25


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Donetsk Region", "UKR", "region"),
        ("Donetsk Oblast", "UKR", "region"),
        ("Kherson region", "UKR", "region"),
        ("Kharkiv Oblast", "UKR", "region"),
        ("Nagorno-Karabakh", "AZE", "region"),
        ("Gaza Strip", "PSE", "region"),
        ("the Gaza Strip", "PSE", "region"),
        ("Gaza", "PSE", "city"),
        ("North Darfur", "SDN", "region"),
        ("West Bank", "PSE", "region"),
        ("North Kivu province", "COD", "region"),
        ("Lower Shabelle region", "SOM", "region"),
        ("Ukraine", "UKR", "country"),
        ("Azerbaijan", "AZE", "country"),
        ("U.S.", "USA", "country"),
        # first-level areas of current wars, over a town abroad that has the name as an alternate one
        ("Cauca", "COL", "region"),
        ("Antioquia", "COL", "region"),
        ("Cauca department", "COL", "region"),
        ("Upper Nile", "SSD", "region"),
        ("Artibonite", "HTI", "region"),
        ("Paktika province", "AFG", "region"),
        ("Takhar", "AFG", "region"),
        ("Sistan-Baluchestan", "IRN", "region"),
        ("Samar", "PHL", "region"),
    ],
)
def test_regions_and_countries(gazetteer, name, country, kind):
    place = gazetteer.lookup(name)
    assert place is not None, name
    assert (place.country, place.kind) == (country, kind)


def test_admin_word_after_a_city_falls_back_to_the_city(gazetteer):
    place = gazetteer.lookup("Bakhmut district")
    assert place is not None and place.name == "Bakhmut" and place.kind == "city"
    assert gazetteer.lookup("Jabalia refugee camp").country == "PSE"


def test_compass_word_before_a_country(gazetteer):
    place = gazetteer.lookup("eastern Ukraine")
    assert place is not None and place.country == "UKR"


def test_common_words_and_lowercase_are_not_places(gazetteer):
    for word in ("The", "Police", "March", "Victory", "Army", "Monday", "Security", "reading", "kharkiv"):
        assert gazetteer.lookup(word) is None, word
    assert gazetteer.lookup("") is None


def test_conflict_countries_break_ties(gazetteer):
    # Several towns are called Alexandria; the largest is in Egypt, but in Ukraine news it is the Ukrainian one.
    assert gazetteer.lookup("Alexandria").country == "EGY"
    assert gazetteer.lookup("Alexandria", countries=("UKR", "RUS")).country == "UKR"
    assert len(gazetteer.candidates("Alexandria")) > 1
    assert gazetteer.lookup("Martuni", countries=("AZE",)).country == "AZE"


def test_world_city_beats_a_hamlet_in_the_conflict_countries(gazetteer):
    assert gazetteer.lookup("Paris", countries=("UKR", "RUS")).country == "FRA"


def test_admin_hint_disambiguates(gazetteer):
    in_zacatecas = gazetteer.lookup("Guadalupe", near=["Zacatecas"])
    largest = gazetteer.lookup("Guadalupe")
    assert in_zacatecas is not None and largest is not None
    assert in_zacatecas.country == "MEX"
    assert distance_km(in_zacatecas.lat, in_zacatecas.lon, 22.77, -102.58) < 25
    assert in_zacatecas != largest


def test_country_hint_restricts(gazetteer):
    place = gazetteer.lookup("Rafah", near=["Egypt"])
    assert place is not None and place.country == "EGY"


def test_locate_falls_back_to_the_hint(gazetteer):
    place = gazetteer.locate("Qwzxvillage", near=["Donetsk"])
    assert place is not None and place.country == "UKR"
    assert gazetteer.lookup("Qwzxvillage", near=["Donetsk"]) is None


def test_fold_ignores_case_diacritics_apostrophes_and_hyphens():
    assert fold("Khar'kov") == "kharkov"
    assert fold("Al-Fashir") == "al fashir"
    assert fold("Laçın") == "lacin"


def test_first_level_area_hint_picks_the_town_inside_it(gazetteer):
    springfield = gazetteer.lookup("Springfield", near=["Illinois"])
    assert springfield is not None and (springfield.country, springfield.admin1) == ("USA", "IL")
    other = gazetteer.lookup("Springfield", near=["Massachusetts"])
    assert other is not None and (other.country, other.admin1) == ("USA", "MA")
    hamilton = gazetteer.lookup("Hamilton", near=["Ontario"])
    assert hamilton is not None and hamilton.country == "CAN"


def test_area_names_resolve_but_yield_to_the_same_name_city(gazetteer):
    state = gazetteer.lookup("California")
    assert state is not None and (state.kind, state.country) == ("region", "USA")
    assert gazetteer.lookup("Kano").kind == "city"
    assert gazetteer.lookup("Kano State").kind == "region"


def test_city_dash_district_resolves_to_the_city(gazetteer):
    place = gazetteer.lookup("Kharkiv - Shevchenkivskyi")
    assert place is not None and place.name == "Kharkiv"


def test_index_is_built_in_the_configured_cache_folder_and_reused(tmp_path, monkeypatch):
    """COUNTERCLAIM_CACHE_DIR decides where the index lives; a second call reuses the file."""
    from counterclaim.data import gazetteer as module

    source = load_gazetteer().path
    target = tmp_path / "cache"
    target.mkdir()
    # Copy the already built index instead of rebuilding it (the build itself is covered by the fixture).
    (target / source.name).write_bytes(source.read_bytes())
    monkeypatch.setenv("COUNTERCLAIM_CACHE_DIR", str(target))
    module._load.cache_clear()
    try:
        fresh = module.load_gazetteer()
        assert fresh.path == target / source.name
        assert fresh.lookup("Kharkiv").country == "UKR"
        assert module.ensure_index(target) == fresh.path
    finally:
        module._load.cache_clear()


def test_building_an_index_keeps_other_installs_indexes_and_prunes_only_long_unused_ones(tmp_path, monkeypatch):
    """Two checkouts share the cache folder: building one's index must not delete the other's."""
    import os
    import time

    from counterclaim.data import gazetteer as module

    other, abandoned = tmp_path / "gazetteer-0000000000000000.sqlite", tmp_path / "gazetteer-1111111111111111.sqlite"
    other.write_bytes(b"another install's index")
    abandoned.write_bytes(b"an index nobody opened for months")
    long_ago = time.time() - (module.UNUSED_INDEX_DAYS + 1) * 86_400
    os.utime(abandoned, (long_ago, long_ago))
    monkeypatch.setattr(module, "_write_index", lambda path: path.write_bytes(b"built"))
    monkeypatch.setattr(module, "index_digest", lambda: "2222222222222222")

    built = module.ensure_index(tmp_path)
    assert built.read_bytes() == b"built"
    assert other.exists() and not abandoned.exists()


def test_index_digest_does_not_depend_on_file_times(tmp_path):
    """The digest names the data, not the install: touching the source file keeps the same index."""
    import os

    from counterclaim.data import gazetteer as module

    before = module.index_digest()
    source = module._geonames_dir() / module.SOURCE_CITIES_FILE
    stat = source.stat()
    try:
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        assert module.index_digest() == before
    finally:
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_an_area_of_the_war_beats_a_town_of_its_name_abroad(gazetteer):
    # "Santander" alone is Spain's city; in a text about Colombia, the department
    assert gazetteer.lookup("Santander").country == "ESP"
    place = gazetteer.lookup("Santander", ["COL"])
    assert (place.country, place.kind) == ("COL", "region")


def test_an_area_named_like_another_countrys_keeps_its_kind_word(gazetteer):
    # Argentina's Cordoba keeps the bare name and "province"; Colombia's is "Cordoba department"
    assert gazetteer.lookup("Cordoba province").country == "ARG"
    assert gazetteer.lookup("Cordoba department").country == "COL"


def test_a_name_found_only_abroad_beside_an_area_of_the_war_is_located_by_the_area(gazetteer):
    # a village the index lacks, whose name is a town in another country: the area written beside it, not the namesake
    place = gazetteer.locate("Muse", ["SOM"], ["Lower Shabelle"])
    assert place is not None and place.country == "SOM"
    # with no war's countries given, a first-level area of another state beside it says the same
    assert gazetteer.locate("Muse", [], ["Lower Shabelle"]).country == "SOM"
    # but not an area whose name the namesake's own country also has, nor a hint the index does not know
    assert gazetteer.locate("Mohali", [], ["Punjab"]).country == "IND"
    assert gazetteer.locate("Muse", [], ["Somewhere Unknown"]).country == "MMR"


def test_irans_azerbaijan_provinces_are_irans(gazetteer):
    place = gazetteer.lookup("East Azerbaijan")
    assert (place.country, place.kind) == ("IRN", "region")


def test_a_darfur_town_the_city_table_lacks_is_not_a_yemeni_village(gazetteer):
    place = gazetteer.lookup("Tawila")
    assert place is not None and place.country == "SDN"
    assert distance_km(place.lat, place.lon, 13.63, 25.35) < 100  # west of El Fasher


def test_a_place_said_to_lie_in_an_area_of_the_texts_country_is_no_namesake_abroad():
    """"Kuchi community in Munya Local Government Area of Niger State": the gazetteer knows a Kuchi only in
    China; the area it is said to lie in places it in Nigeria."""
    from counterclaim.extract.places import find_places

    text = "Gunmen abducted 30 villagers in Kuchi community in Munya Local Government Area of Niger State."
    found = [(p.name, p.country) for p in find_places(text, ("NGA",))]
    assert found[0] == ("Kuchi", "NGA") and ("Niger State", "NGA") in found and {country for _, country in found} == {"NGA"}
    # a country named later in the clause is no area the place lies in
    protest = "People gathered in Lyon against the war in Ukraine."
    assert [(p.name, p.country) for p in find_places(protest, ("UKR", "RUS"))][0] == ("Lyon", "FRA")


def test_the_areas_after_a_place_or_after_the_list_it_heads_locate_it():
    """"near Tell Harzi in Idlib countryside", "at Okwe and Umudim (Orlu, Imo)": villages the index lacks, placed in the
    area written after them (or after their list), not dropped."""
    from counterclaim.extract.places import find_places

    near = find_places("Rebels shelled army posts near Tell Harzi in Idlib countryside overnight.", ())
    assert [(p.name, p.country) for p in near][:1] == [("Tell Harzi", "SYR")]
    listed = find_places("Troops clashed with gunmen at Okwezeri and Umudimkwa (Orlu, Imo) on Sunday.", ())
    assert [(p.name, p.country) for p in listed] == [("Okwezeri", "NGA")]
    assert distance_km(listed[0].latitude, listed[0].longitude, 5.80, 7.03) < 25  # Orlu
    # a bracketed acronym after a name defines it, it names no area ("BLA" is also a town in Mali)
    group = find_places("Fighters of the Balochistan Liberation Army (BLA) attacked a checkpoint in Turbat.", ())
    assert [(p.name, p.country) for p in group] == [("Turbat", "PAK")]


def test_a_place_named_after_a_country_is_not_that_country():
    from counterclaim.extract.mentions import registry_matcher

    found = registry_matcher().find("Bandits killed 12 people in Niger State and the Niger Delta, while Niger's junta met.")
    assert [(m.text, m.code) for m in found] == [("Niger's", "NER")]


def test_a_states_adjective_is_no_namesake_town():
    """"in Thai border provinces": the gazetteer knows a "Thai" only as another name of a Malaysian town."""
    import datetime as dt

    from counterclaim.extract.pipeline import extract_from_cleaned_text
    from counterclaim.extract.places import find_places

    assert [p.name for p in find_places("Eleven civilians were killed in Thai border provinces.", ("THA", "KHM"))] == []
    text = "Eleven civilians were killed by rocket fire in Thai border provinces, Bangkok said."
    assert [c.subject for c in extract_from_cleaned_text(text, dt.date(2025, 7, 24)) if c.type == "casualty"] == ["THA"]


def test_a_district_named_after_the_place_says_nothing_and_the_province_decides(gazetteer):
    # "Hyderabad (Hyderabad, Sindh)": the district repeats the name; Sindh is Pakistan's, so the Pakistani city
    assert gazetteer.locate("Hyderabad", (), ["Hyderabad", "Sindh"]).country == "PAK"
    assert gazetteer.locate("Hyderabad", (), []).country == "IND"


def test_an_area_name_two_states_share_picks_the_place_inside_one(gazetteer):
    # India and Pakistan both have a Punjab; the Mansa inside India's is meant, not Zambia's larger Mansa
    place = gazetteer.locate("Mansa", (), ["Punjab"])
    assert (place.country, round(place.lat)) == ("IND", 30)


def test_a_namesake_in_another_oblast_gives_way_to_the_oblast_written(gazetteer):
    # the index knows a Lypove in Poltava oblast only; "Lypove, Donetsk" is not it
    place = gazetteer.locate("Lypove", (), ["Donetsk"])
    assert place.country == "UKR" and distance_km(place.lat, place.lon, 48.0, 37.8) < 60


@pytest.mark.parametrize(
    ("town", "area", "country"),
    [
        ("Barcelona", "Anzoategui", "VEN"),
        ("Soledad", "Anzoategui", "VEN"),
        ("San Fernando", "Apure", "VEN"),
        ("Santa Ana", "Francisco Morazan", "HND"),
        ("San Marcos", "San Marcos department", "GTM"),
        ("Zamora", "Zamora Chinchipe", "ECU"),
        ("San Jose", "Oruro", "BOL"),
        ("Victoria", "Araucania", "CHL"),
        ("Santa Rosa", "La Pampa", "ARG"),
        ("Colon", "Entre Rios", "ARG"),
        ("Voto", "Cantabria", "ESP"),
    ],
)
def test_a_first_level_area_of_latin_america_or_spain_picks_the_namesake_inside_it(gazetteer, town, area, country):
    # "Town (District, Area)": the area written beside a common Spanish name says which of its namesakes is meant
    place = gazetteer.locate(town, (), [area])
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("town", "area", "country"),
    [("Yao", "Batha", "TCD"), ("Melfi", "Guera", "TCD"), ("Bodo", "Chari-Baguirmi", "TCD"), ("Lere", "Mayo-Kebbi Ouest", "TCD")],
)
def test_a_chadian_province_beats_a_bigger_namesake_abroad(gazetteer, town, area, country):
    assert gazetteer.locate(town, (), [area]).country == country


def test_a_hint_found_only_abroad_gives_way_to_the_next_hint_of_the_war(gazetteer):
    # an unknown village whose first hint is a township named like a town abroad (a Bosnian Pale, a Turkish Çey): the
    # hints are checked as the name is, so the next one, of the war's country, locates it
    assert gazetteer.locate("Qwzxhamlet", ["MMR"], ["Pale", "Sagaing"]).country == "MMR"
    assert gazetteer.locate("Qwzxhamlet", ["MOZ"], ["Chai", "Macomia", "Cabo Delgado"]).name == "Macomia"
    # with no war known, a first-level area written last still rules out the namesake abroad
    assert gazetteer.locate("Qwzxhamlet", [], ["Pale", "Sagaing"]).country == "MMR"
    # the last hint has nothing after it to check it against: it is taken as found
    assert gazetteer.locate("Qwzxhamlet", [], ["Pale"]).country == "BIH"
