"""The resolution stage's dispatch: every claim type has its resolver."""

from __future__ import annotations

from typing import get_args

from counterclaim.extract.resolve import (
    RESOLVERS,
    resolve_by_shared_rules,
    resolve_casualty,
    resolve_territory,
)
from counterclaim.records import ClaimType


def test_every_claim_type_has_a_resolver() -> None:
    assert set(RESOLVERS) == set(get_args(ClaimType))


def test_types_without_rules_of_their_own_take_the_shared_ones() -> None:
    assert RESOLVERS["support"] is resolve_by_shared_rules
    assert RESOLVERS["territory"] is resolve_territory
    assert RESOLVERS["casualty"] is resolve_casualty


def _claimed(text: str) -> list[tuple[str, tuple[int, int] | None, str | None]]:
    import datetime as dt

    from counterclaim.extract.pipeline import extract_from_cleaned_text

    return [(c.type, c.count, c.claimant) for c in extract_from_cleaned_text(text, dt.date(2020, 10, 5)) if c.type == "casualty"]


def test_a_toll_reported_by_coordinated_speakers_is_one_claim_per_speaker() -> None:
    claims = _claimed("Armenia and Azerbaijan both reported 15 soldiers killed in the overnight fighting.")
    assert sorted(claims, key=str) == [("casualty", (15, 15), "ARM"), ("casualty", (15, 15), "AZE")]


def test_an_adverbial_before_the_speaker_is_no_list_of_speakers() -> None:
    claims = _claimed("Twelve Armenian soldiers were killed in clashes with Azerbaijani troops this week, the army said on Friday.")
    assert [claimant for _, _, claimant in claims] == ["ARM"]


def _casualty_subjects(text: str) -> list[tuple[str, str | None]]:
    import datetime as dt

    from counterclaim.extract.pipeline import extract_from_cleaned_text

    return [(c.category, c.subject) for c in extract_from_cleaned_text(text, dt.date(2024, 3, 1)) if c.type == "casualty"]


def test_soldiers_told_after_militants_are_the_other_side() -> None:
    # "11 militants were killed ... two soldiers were also killed": the soldiers are the militants' enemies
    text = ("Pakistani troops killed 11 militants in a raid on a hideout in Khyber, the army said. "
            "Two soldiers were also killed in the exchange of fire.")
    subjects = _casualty_subjects(text)
    assert subjects[1] == ("military", "PAK")
    assert subjects[0][1] != "PAK"


def test_gang_members_are_no_states_dead() -> None:
    text = ("Haitian police said gunmen killed nine people in Croix-des-Bouquets on Sunday. "
            "Officers killed four gang members in a shootout, a police spokesman said.")
    subjects = _casualty_subjects(text)
    assert subjects[0][1] == "HTI" and subjects[1][1] != "HTI"


def test_the_attackers_killed_are_the_group_whose_attack_was_told() -> None:
    # GOLD_FORMAT: unnamed attackers take the group the outlet identifies for the same attack
    text = ("FARC dissidents killed three police officers in an ambush in Jamundi, the defence ministry said. "
            "Troops later killed two of the attackers.")
    assert _casualty_subjects(text)[-1] == ("military", "FARC_DISSIDENTS")
