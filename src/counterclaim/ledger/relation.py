"""Who stands behind a claim relative to the side whose losses it counts: self, adversary, third party, outlet.

Sides come from a conflict-profile registry (counterclaim.data.actors); without one (or outside
every profile) a claim's side is its subject and relations fall back to the claim's own actors.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Protocol


class ClaimActors(Protocol):
    """The actor fields of a claim (a records.Claim or a ledger ClaimView)."""

    @property
    def subject(self) -> str | None: ...

    @property
    def object(self) -> str | None: ...

    @property
    def claimant(self) -> str | None: ...


Relation = Literal["self", "adversary", "third_party", "outlet"]
RELATIONS: tuple[str, ...] = ("self", "adversary", "third_party", "outlet")


class ConflictRegistry(Protocol):
    """What the ledger needs from the actor registry (counterclaim.data.actors.ActorRegistry)."""

    def profile_for(self, codes: Any, when: dt.date | None) -> Any: ...

    def side_of(self, code: str, profile: Any) -> str | None: ...

    def adversary(self, code: str, profile: Any) -> str | None: ...

    def actor(self, code: str) -> Any: ...


def profile_id(profile: Any) -> str | None:
    """A profile's identifier, whatever the registry calls it."""
    if profile is None:
        return None
    for attribute in ("id", "code", "key", "name"):
        value = getattr(profile, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(profile)


def default_registry() -> ConflictRegistry | None:
    """The shipped registry, or None when the data package is not available."""
    try:
        from counterclaim.data.actors import load_registry  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return load_registry()  # type: ignore[no-any-return]


class SideResolver:
    """Resolves a claim's (conflict, side) and a claimant's relation to a side, caching registry answers."""

    def __init__(self, registry: ConflictRegistry | None) -> None:
        self.registry = registry
        self._profiles: dict[tuple[tuple[str, ...], dt.date | None], Any] = {}
        self._sides: dict[tuple[str, str | None], str | None] = {}
        self._adversaries: dict[tuple[str, str | None], str | None] = {}
        self._profiles_by_id: dict[str | None, Any] = {None: None}
        self._placed: dict[tuple[str | None, str | None, str | None, dt.date | None],
                           tuple[str | None, str | None, Relation]] = {}

    def is_state(self, code: str) -> bool:
        """Whether the registry knows `code` as a state (a country the ledger can group events by)."""
        if self.registry is None:
            return False
        actor = getattr(self.registry, "actor", lambda _code: None)(code)
        return getattr(actor, "kind", None) == "state"

    def profile(self, claim: ClaimActors, when: dt.date | None) -> Any:
        if self.registry is None:
            return None
        codes = tuple(sorted({c for c in (claim.subject, claim.object, claim.claimant) if c}))
        if not codes:
            return None
        key = (codes, when)
        if key not in self._profiles:
            profile = self.registry.profile_for(list(codes), when)
            self._profiles[key] = profile
            self._profiles_by_id.setdefault(profile_id(profile), profile)
        return self._profiles[key]

    def side_of(self, code: str | None, conflict: str | None) -> str | None:
        if code is None:
            return None
        profile = self._profiles_by_id.get(conflict)
        if profile is None or self.registry is None:
            return None
        key = (code, conflict)
        if key not in self._sides:
            self._sides[key] = self.registry.side_of(code, profile)
        return self._sides[key]

    def adversary_of(self, side: str, conflict: str | None) -> str | None:
        profile = self._profiles_by_id.get(conflict)
        if profile is None or self.registry is None:
            return None
        key = (side, conflict)
        if key not in self._adversaries:
            self._adversaries[key] = self.registry.adversary(side, profile)
        return self._adversaries[key]

    def conflict_and_side(self, claim: ClaimActors, when: dt.date | None) -> tuple[str | None, str | None]:
        """The profile a claim belongs to and the side whose losses/acts it counts (its subject's side)."""
        profile = self.profile(claim, when)
        conflict = profile_id(profile)
        side = self.side_of(claim.subject, conflict) if profile is not None else None
        return conflict, side or claim.subject

    def place(self, claim: ClaimActors, when: dt.date | None) -> tuple[str | None, str | None, Relation]:
        """(conflict, side, relation) of a claim, cached by its actors and date (claims repeat them a lot)."""
        key = (claim.subject, claim.object, claim.claimant, when)
        found = self._placed.get(key)
        if found is None:
            conflict, side = self.conflict_and_side(claim, when)
            found = (conflict, side, self.relation(claim, conflict, side))
            self._placed[key] = found
        return found

    def relation(self, claim: ClaimActors, conflict: str | None, side: str | None) -> Relation:
        """`outlet` when unattributed; `self` when the claimant is on the series' side; `adversary` when
        on the opposing side (or, outside profiles, the claim's other party); else `third_party`."""
        claimant = claim.claimant
        if claimant is None:
            return "outlet"
        if claimant == side or claimant == claim.subject:
            return "self"
        claimant_side = self.side_of(claimant, conflict)
        if claimant_side is not None and side is not None:
            if claimant_side == side:
                return "self"
            adversary = self.adversary_of(side, conflict)
            if adversary is None or claimant_side == adversary:
                return "adversary"
            return "third_party"
        if conflict is None and claim.object is not None and claimant == claim.object:
            return "adversary"
        return "third_party"
