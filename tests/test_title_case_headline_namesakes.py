"""A word of a headline set in title case that the gazetteer knows only as a small town abroad ("Hunt") is no place,
also once the headline's common words have been lowered for reading."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2023, 9, 25)
TEXT = ("Soldiers Go on Hunt After Militants Kill Two Officers Near Border\n\n"
        "Two police officers died when armed men stormed a post outside Mitrovica in northern Kosovo on Sunday, officials said.")


def test_a_headline_word_is_no_namesake_town_abroad():
    places = {c.place for c in extract_from_cleaned_text(TEXT, PUBLISHED)}
    assert "Hunt" not in places and places & {"Mitrovica", "Kosovo"}
