"""Tolls, their parts and running totals, on sentences written for these tests. A part of a toll led by the dead or
wounded it belongs to ("Among the injured were 11 children", "The dead include three medics"), in the sentence after the
toll, is linked to that toll by `part_of` (GOLD_FORMAT: "among the dead", in the same or a later sentence), so that a
ledger does not add it to the toll. A side's losses over a rolling window are no running total, nor is a toll in a
sentence whose "since" only dates a party's war. A group of people named with an article ("its crew", "the cell") gives no
count of one."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 1, 12)


def tolls(text: str) -> list[tuple[str | None, list[int | None] | None, int | None]]:
    """(outcome, count, part_of) of every claim, in output order, so that positions are those part_of refers to."""
    claims = extract_from_cleaned_text(text, PUBLISHED)
    return [(c.outcome if c.type == "casualty" else None, list(c.count) if c.count else None, c.part_of) for c in claims]


def test_among_the_wounded_after_the_toll_is_part_of_it() -> None:
    found = tolls("A drone strike on a market in Omdurman killed 23 people and wounded 60, the health ministry said.\n"
                  "Among the wounded were 14 women.")
    wounded_total = next(i for i, (outcome, count, _) in enumerate(found) if outcome == "wounded" and count == [60, 60])
    assert ("wounded", [14, 14], wounded_total) in found


def test_the_dead_include_after_the_toll_is_part_of_it() -> None:
    found = tolls("Shelling of the town killed 17 people on Sunday, officials said.\nThe dead included five children.")
    killed_total = next(i for i, (outcome, count, _) in enumerate(found) if outcome == "killed" and count == [17, 17])
    assert ("killed", [5, 5], killed_total) in found


def test_a_sides_losses_over_a_rolling_window_are_no_running_total() -> None:
    # GOLD_FORMAT: `cumulative` is false for a rolling window, true for losses counted since a start
    day = extract_from_cleaned_text("Ukrainian losses in the past 24 hours amounted to 420 servicemen, Moscow said.", PUBLISHED)
    war = extract_from_cleaned_text("Ukrainian losses since the start of the offensive amounted to 42,000 servicemen, Moscow said.", PUBLISHED)
    assert [c.cumulative for c in day if c.type == "casualty"] == [False]
    assert [c.cumulative for c in war if c.type == "casualty"] == [True]


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("Kyiv, which has been fighting Russia's invasion since February 2022, said it killed 30 Russian soldiers near Lyman.", False),
        ("The junta, which has ruled Mali since 2021, said its troops had killed 18 terrorists in the Mopti region.", False),
        ("Al-Shabaab, which has killed 200 soldiers since January, claimed the attack.", True),
    ],
)
def test_a_relative_clause_dating_a_partys_war_starts_no_running_total(text: str, cumulative: bool) -> None:
    assert [c.cumulative for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [cumulative]


def test_dead_denied_after_the_conjunction_that_are_a_denied_toll() -> None:
    # GOLD_FORMAT: denying a toll is the same claim type with stance deny, count null when none is named
    claims = extract_from_cleaned_text("The Ethiopian government denied that civilians had been killed in the drone strike.", PUBLISHED)
    assert [(c.type, c.outcome, c.category, c.count, c.stance) for c in claims if c.type == "casualty"] == [
        ("casualty", "killed", "civilian", None, "deny")]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they shot down an American MQ-9 drone over Marib and killed its crew.",
        "The army said it struck the launch site and eliminated the cell that fired the rockets.",
    ],
)
def test_a_group_of_people_named_by_an_article_gives_no_count_of_one(text: str) -> None:
    assert [c.count for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.count == (1, 1)] == []
