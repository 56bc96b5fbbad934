"""Places with the areas written after them, session 18 (sentences written for these tests)."""

from __future__ import annotations

from counterclaim.extract.places import find_places


def test_areas_in_brackets_after_the_place_s_kind_are_read() -> None:
    # "Mansa area (Mansa district, Punjab)": India's Mansa, not Zambia's larger one
    places = find_places("Police dispersed a crowd in Mansa area (Mansa district, Punjab) on Friday.", ())
    assert [(p.name, p.country) for p in places] == [("Mansa", "IND")]
    places = find_places("Traders held a sit-in outside the press club in Hyderabad city (Hyderabad, Sindh) on Monday.", ())
    assert [(p.name, p.country) for p in places] == [("Hyderabad", "PAK")]


def test_places_after_through_between_and_downtown_are_read() -> None:
    assert [p.name for p in find_places("About 300 nurses marched through Kharkiv on Sunday.", ())] == ["Kharkiv"]
    assert [p.name for p in find_places("Hundreds rallied in downtown Houston against the new law.", ())] == ["Houston"]
    assert [p.name for p in find_places("Bandits abducted 30 travellers on the road between Gusau and Tsafe.", ())] == ["Gusau"]
    # the parties to talks are not where anything happened
    assert find_places("Talks between Russia and Ukraine resumed on Monday.", ()) == []


def test_a_town_in_the_sentence_is_the_claim_s_place_before_a_country() -> None:
    import datetime as dt

    from counterclaim.extract.pipeline import extract_from_cleaned_text

    claims = extract_from_cleaned_text("Russian strikes on Ukraine overnight killed five civilians in Kharkiv, the governor said.",
                                       dt.date(2024, 5, 1))
    assert {c.place for c in claims if c.type == "casualty"} == {"Kharkiv"}
    claims = extract_from_cleaned_text("Gunmen attacked a police post in Tillaberi, Niger, killing four officers.", dt.date(2024, 5, 1))
    assert {c.place for c in claims if c.type == "casualty"} == {"Tillaberi"}


def test_names_joined_by_particles_are_one_place() -> None:
    for text, name in (("Hundreds marched in Dar es Salaam on Saturday.", "Dar es Salaam"),
                       ("A rocket hit a market in Mazar e Sharif overnight.", "Mazar e Sharif"),
                       ("Shells landed near Shakhta imeni Gagarina, Donetsk.", "Shakhta imeni Gagarina")):
        assert [p.name for p in find_places(text, ())] == [name]


def test_a_neighbourhood_is_kept_near_its_town_and_dropped_as_a_namesake_far_away() -> None:
    assert [p.name for p in find_places("A shell hit a house in the Shujaiya neighbourhood of Gaza City.", ())] == ["Shujaiya", "Gaza City"]
    # no Pina near Recife in the index: the namesake abroad is dropped, the town stays
    assert [p.name for p in find_places("In Recife, squatters from the Pina neighborhood marched to City Hall.", ())] == ["Recife"]


def test_a_part_of_a_country_named_by_a_compass_word_is_as_specific_as_a_region() -> None:
    places = find_places("Strikes killed 31 people in southern Lebanon as rockets fell on Haifa.", ())
    assert [(p.name, p.kind) for p in places] == [("Lebanon", "region"), ("Haifa", "city")]


def test_abbreviations_inside_names_end_no_sentence() -> None:
    from counterclaim.extract.sentences import split_sentences

    text = "Workers rallied outside Delta Freight Cos. Inc. headquarters in Hartford on Monday. Police watched."
    assert [s.text for s in split_sentences(text)] == [
        "Workers rallied outside Delta Freight Cos. Inc. headquarters in Hartford on Monday.", "Police watched."]
    assert len(split_sentences("The Dist. Magistrate of Bastar said two guards were hurt.")) == 1
