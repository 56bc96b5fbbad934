"""Casualty tolls and lives taken, in sentences written for these tests (Pakistan, Sahel, Myanmar, Gaza, Colombia).

Running totals a clause raises ("raising the number of soldiers killed to 41"), tolls of those killed, of the dead
and over a window ("this month"), tolls that climb past a figure, and lives that a war or an attack cost or took.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 5, 1)


def casualties(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


def by_count(text: str, count: tuple[int | None, int | None]) -> Claim:
    found = [c for c in casualties(text) if c.count == count]
    assert len(found) == 1, [c.contract_dict() for c in casualties(text)]
    return found[0]


def test_a_clause_raising_the_number_killed_is_a_running_total_of_the_same_side() -> None:
    text = "Two Malian soldiers were killed near Boni, raising the number of soldiers killed in the operation to 57."
    total = by_count(text, (57, 57))
    assert (total.outcome, total.category, total.cumulative) == ("killed", "military", True)
    assert total.subject == "MLI"
    assert by_count(text, (2, 2)).cumulative is False


def test_a_number_of_soldiers_killed_over_a_month_is_a_toll() -> None:
    total = by_count("Three soldiers died in North Waziristan, pushing the number of soldiers killed this month to 41.", (41, 41))
    assert (total.outcome, total.category, total.cumulative) == ("killed", "military", True)


def test_the_number_of_those_killed_or_of_the_dead_is_a_toll() -> None:
    for text in ("The number of those killed in the raid on the Sagaing village has risen to 70, residents said.",
                 "The number of the dead in the Gaza school strike has risen to 70, medics said."):
        claim = by_count(text, (70, 70))
        # the toll of one raid or strike: GOLD_FORMAT keeps it non-cumulative even as it rises
        assert (claim.outcome, claim.cumulative) == ("killed", False)


def test_a_toll_that_climbed_past_a_figure_is_more_than_it() -> None:
    claim = by_count("The death toll among civilians in Myanmar climbed past 6,000 since the coup, a rights group said.", (6001, None))
    assert (claim.outcome, claim.category) == ("killed", "civilian")


def test_lives_that_a_war_cost_or_took_are_killed() -> None:
    claim = by_count("The jihadist insurgency in Burkina Faso has cost the lives of at least 400 soldiers this year.", (400, None))
    assert (claim.outcome, claim.category, claim.cumulative) == ("killed", "military", True)
    claim = by_count("The ELN ambush near Tibu took the lives of six police officers on Monday.", (6, 6))
    assert (claim.outcome, claim.category, claim.cumulative) == ("killed", "military", False)


def test_lives_a_conflict_has_claimed_are_a_running_total() -> None:
    claim = by_count("The conflict in Sudan has claimed the lives of more than 2,000 civilians in Darfur.", (2001, None))
    assert (claim.outcome, claim.category, claim.cumulative) == ("killed", "civilian", True)


def test_people_among_those_abducted_or_among_the_missing_are_captured_or_missing() -> None:
    claim = by_count("Two women and a child were among those abducted from the village in Zamfara, residents said.", (3, 3))
    assert (claim.outcome, claim.category) == ("captured", "civilian")
    claim = by_count("Four soldiers were among the missing after the ambush in Borno.", (4, 4))
    assert (claim.outcome, claim.category) == ("missing", "military")


def test_a_toll_of_the_forces_named_without_their_side_is_the_speakers_soldiers() -> None:
    text = "Two Israeli soldiers were killed in northern Gaza, the military announced, bringing the army's death toll in the offensive to 401."
    assert [(c.subject, c.category, c.count, c.cumulative) for c in casualties(text)][-1] == ("ISR", "military", (401, 401), True)
    text = "Three Ukrainian soldiers died, bringing the military's death toll in the region to 120, officials in Kyiv said."
    assert [(c.subject, c.category) for c in casualties(text)][-1] == ("UKR", "military")


def test_the_toll_of_one_event_is_not_cumulative_even_as_it_rises() -> None:
    def cumulative(text: str) -> list[bool]:
        return [c.cumulative for c in casualties(text)]

    assert cumulative("The death toll from Tuesday's twin suicide bombings in Maiduguri has risen to 32, emergency officials said.") == [False]
    assert cumulative("The toll from the Israeli strike on the school rose to 35, the civil defence said.") == [False]
    assert cumulative("The death toll from Israeli strikes on Gaza since the start of the war has risen to 37,000.") == [True]
    assert cumulative("The death toll in the war has risen to 150,000, the UN said.") == [True]
