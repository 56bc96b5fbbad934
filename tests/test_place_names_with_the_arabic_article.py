"""Place names opening with the Arabic article written apart ("Al Mukalla", "Al Hazm") are places like any other; the
names of groups and outlets that open with it ("Al Shabaab", "Al Jazeera") stay none."""

from __future__ import annotations

import pytest

from counterclaim.extract.places import find_places


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A spokesman said two guards died in a raid in Al Mukalla overnight.", "Al Mukalla", "YEM"),
    ("Gunmen opened fire at a checkpoint in Al Hazm (Al Jawf) on Friday.", "Al Hazm", "YEM"),
    ("Militants of a local cell struck a convoy near Al Bayda.", "Al Bayda", "YEM"),
])
def test_a_town_named_with_the_article_apart_is_found(text, name, country):
    assert [(p.name, p.country) for p in find_places(text, ())] == [(name, country)]


@pytest.mark.parametrize("text", ["The minister spoke on Al Jazeera on Monday.", "The footage was aired on Al Arabiya and Al Mayadeen."])
def test_outlets_named_with_the_article_are_no_places(text):
    assert find_places(text, ()) == []


def test_a_group_named_with_the_article_is_no_place():
    text = "Fighters of Al Shabaab were seen on the road."
    group = (text.index("Al"), text.index(" were"), "group")  # the actor registry's mention, as the pipeline passes it
    assert find_places(text, (), [group]) == []


@pytest.mark.parametrize(("text", "name"), [
    ("A drone struck a car in Deir ez Zor on Tuesday.", "Deir ez Zor"),
    ("Shells fell on Ras al Ain before dawn.", "Ras al Ain"),
])
def test_the_article_inside_a_name_in_its_other_spellings_holds_the_name_together(text, name):
    assert [p.name for p in find_places(text, ())] == [name]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Teachers held a sit-in outside the education office in An Nahud on Monday.", "An Nahud", "SDN"),
    ("Dock workers marched through A Coruna on Saturday.", "A Coruna", "ESP"),
])
def test_a_name_opening_with_an_article_written_apart_is_looked_up(text, name, country):
    assert [(p.name, p.country) for p in find_places(text, ())] == [(name, country)]


def test_the_english_article_before_a_common_noun_is_still_no_place():
    assert find_places("Two soldiers were killed in A Raid on Their Base, Officials Said", ()) == []
