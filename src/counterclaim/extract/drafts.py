"""Intermediate records between mention finding and attribution: a sentence view and draft claims.

A draft claim knows what was asserted (type, outcome, category, count) and where; who asserts it,
hedges, dates and places are filled in by attribution and resolution afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from counterclaim.extract.numbers import Quantity
from counterclaim.records import Count


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence ("Azerbaijani", "Armenia's defence ministry", "Pashinyan")."""

    start: int
    end: int
    code: str
    role: str  # name | adjective | demonym | capital | military | ministry | official | body | group | authority | pronoun
    text: str


@dataclass
class SentenceView:
    """One sentence with its mentions; offsets are relative to the sentence text."""

    text: str
    offset: int  # where the sentence starts in the document's cleaned text
    actors: list[ActorMention]
    quantities: list[Quantity]
    index: int = 0
    paragraph: int = 0
    # people the document names with a role somewhere ("Hezbollah commander Yusuf Haddad"): a word of the name ->
    # (category, actor code of the role or None); one dict shared by the document's sentences
    named_people: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def actors_between(self, start: int, end: int) -> list[ActorMention]:
        return [a for a in self.actors if a.start >= start and a.end <= end]

    def last_actor_before(self, position: int, roles: frozenset[str] | None = None) -> ActorMention | None:
        found = [a for a in self.actors if a.end <= position and (roles is None or a.role in roles)]
        return found[-1] if found else None

    def first_actor_after(self, position: int, roles: frozenset[str] | None = None) -> ActorMention | None:
        found = [a for a in self.actors if a.start >= position and (roles is None or a.role in roles)]
        return found[0] if found else None


# How a subject that the sentence does not name is to be resolved once the claimant is known.
SUBJECT_IS_CLAIMANT = "@claimant"
SUBJECT_IS_CLAIMANT_ADVERSARY = "@claimant-adversary"
SUBJECT_IS_ADVERSARY_OF = "@adversary:"  # + actor code


@dataclass
class DraftClaim:
    type: str
    outcome: str | None
    start: int  # span, relative to the sentence
    end: int
    category: str | None = None
    count: Count | None = None
    subject: str | None = None  # an actor code, or one of the @-references above
    object: str | None = None
    cumulative: bool = False
    stance: str | None = None  # forced stance ("deny" for "we have no fatalities" is still assert)
    part_of: int | None = None  # index of the total's draft within the same sentence
    claimant: str | None = None  # a claimant found inside the claim's own clause
    notes: dict[str, str] = field(default_factory=dict)


def without_drafts(drafts: list[DraftClaim], dropped: set[int]) -> list[DraftClaim]:
    """The drafts of a sentence but those at the `dropped` indexes; `part_of` indices follow the kept drafts
    (a part whose total is dropped becomes a claim of its own)."""
    if not dropped:
        return drafts
    kept_index = {old: new for new, old in enumerate(i for i in range(len(drafts)) if i not in dropped)}
    kept: list[DraftClaim] = []
    for index, draft in enumerate(drafts):
        if index in dropped:
            continue
        if draft.part_of is not None:
            draft.part_of = kept_index.get(draft.part_of)
        kept.append(draft)
    return kept
