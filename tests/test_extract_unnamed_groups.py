"""Generic names of armed groups ("gunmen", "militants", "the rebels") stand for the war's group only when the text
names that group somewhere (GOLD_FORMAT: unnamed attackers take the group the outlet identifies or that claimed the
attack; with none named, `subject` is null).

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2025, 5, 14)


def claims(text: str) -> list[Claim]:
    return extract_from_cleaned_text(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 31 pupils from a primary school in Katsina state on Tuesday.",
        "Militants executed eleven villagers near Beni in North Kivu, a local official said.",
        "Jihadists kidnapped 14 traders on the road between Djibo and Dori.",
    ],
)
def test_a_group_the_text_never_names_is_no_attacker_and_no_captor(text: str) -> None:
    found = claims(text)
    assert [c.subject for c in found if c.type == "attack"] == [None]
    assert [c.object for c in found if c.type == "casualty"] == [None]


def test_the_same_words_take_the_group_the_text_names_elsewhere() -> None:
    text = ("Gunmen abducted 31 pupils from a primary school in Borno state on Tuesday.\n"
            "ISWAP later said its fighters had carried out the raid.")
    found = claims(text)
    assert [c.object for c in found if c.type == "casualty"][0] == "ISWAP"


def test_rebels_in_a_state_at_war_with_several_groups_name_none_of_them() -> None:
    # DR Congo fights the M23, the ADF and CODECO: "the rebels" of a text naming none is none of them
    found = [c for c in claims("The rebels seized several villages near Goma on Sunday.") if c.type == "territory"]
    assert [(c.subject, c.object) for c in found] == [("COD", None)]


def test_rebels_in_a_state_at_war_with_one_group_name_it() -> None:
    found = [c for c in claims("The rebels seized two villages near Nasir, the army said.") if c.type == "territory"]
    assert [c.object for c in found] == ["SPLA_IO"]
