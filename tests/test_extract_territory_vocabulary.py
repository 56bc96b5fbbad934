"""Territory phrasing of war reports, on sentences written for these tests: withdrawals in all tenses,
ground retaken, a second verb sharing the clause's subject, bare place names taken, and "it" for ground
named before it.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 3, 5)


def territory(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_forced_to_withdraw_is_ground_lost_by_those_withdrawing() -> None:
    assert territory("Russian forces were forced to withdraw from Kupiansk.") == [("RUS", None, "lost")]
    assert territory("Ukrainian troops pulled back from Marinka last week.") == [("UKR", None, "lost")]


def test_a_demand_to_withdraw_is_no_ground_lost() -> None:
    assert territory("Kyiv said Russia must withdraw from Crimea.") == []


def test_retaken_control_of() -> None:
    assert territory("Kyiv said its forces had retaken control of Bakhmut's outskirts.") == [("RUS", "UKR", "retaken")]


def test_a_second_verb_shares_the_subject_that_opens_the_clause() -> None:
    assert territory("Ukrainian forces advanced into the Kursk region and captured Sudzha.") == [("RUS", "UKR", "lost")]


def test_a_place_name_taken_is_ground() -> None:
    assert territory("Russian troops took Bakhmut after months of fighting.") == [("UKR", "RUS", "lost")]
    assert territory("The rebels took Smith hostage near the border.") == []


def test_it_stands_for_ground_named_before() -> None:
    assert [o for _, _, o in territory("Gunmen stormed the army base and briefly occupied it, police said.")] == ["lost"]
    assert territory("The minister took it seriously.") == []


def test_each_place_of_a_plural_list_is_its_own_claim() -> None:
    text = "Moscow said its troops had liberated the settlements of Novomykhailivka and Krasnohorivka."
    assert territory(text) == [("UKR", "RUS", "retaken"), ("UKR", "RUS", "retaken")]


def test_more_ground_nouns_and_plural_holders() -> None:
    assert territory("Sudan's army regained control of the presidential palace in Khartoum.") == [("RSF", "SDN", "retaken")]
    assert [o for _, _, o in territory("The rebels now control most of the province, the M23 said.")] == ["lost"]
    assert territory("Russian control over Crimea is not recognised.") == []
