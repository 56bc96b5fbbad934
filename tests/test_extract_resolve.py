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
