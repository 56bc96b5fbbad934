"""Roundups that turn from one war to another in a neighbouring country: a network's branch is the one of the
country the sentence's own places are in; soldiers killed by a group of another war than the text's are that group's
enemy's when its paragraph names a town of that enemy; and a tie of wars goes to the country the text leads with.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


def test_a_network_in_a_sentence_set_in_another_country_is_that_countrys_branch() -> None:
    text = ("A drone strike killed 20 people in Bahir Dar in Ethiopia's Amhara region on Sunday, residents said.\n\n"
            "Fano fighters clashed with the army near Gondar.\n\n"
            "In Mozambique, insurgents linked to the Islamic State killed 11 villagers in Cabo Delgado, the group said.")
    harmed = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (11, 11)]
    assert [(c.object, c.claimant) for c in harmed] == [("ISMP", "ISMP")]


def test_soldiers_killed_by_a_group_of_another_war_are_its_enemys_when_its_town_is_named() -> None:
    text = ("Insurgents linked to the Islamic State beheaded 11 villagers in Cabo Delgado, Mozambique, on Sunday.\n\n"
            "Rwandan troops retook the port of Mocimboa da Praia, the Mozambican army said.\n\n"
            "Fano said its fighters had taken the town of Debre Tabor on Saturday, killing 50 soldiers.")
    soldiers = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.category == "military"]
    assert [c.subject for c in soldiers] == ["ETH"]


def test_a_tie_of_wars_goes_to_the_country_the_text_leads_with() -> None:
    text = ("Fano fighters attacked an army post near Gondar on Sunday, killing 12 soldiers, residents said.\n\n"
            "In Mozambique, Rwandan troops clashed with ISMP fighters near Cabo Delgado; three soldiers were killed.")
    first = next(c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty")
    assert first.subject == "ETH"
