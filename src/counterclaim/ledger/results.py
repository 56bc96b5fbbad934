"""Typed results of the ledger (pydantic): what the CLI prints, the API serves and the dashboard shows.

Records only; they are built by counterclaim.ledger.build_ledger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, Field

from counterclaim.ledger.relation import Relation

Bound = int | None
ModelT = TypeVar("ModelT", bound=BaseModel)


def construct(model: type[ModelT], **values: Any) -> ModelT:
    """A record from values the ledger computed itself (already of the right types), every field given.

    What `model_construct` does without its per-field default handling: the ledger builds ~200,000
    of these for 100,000 claims, and validation would take most of its time budget. Records given
    every field share one fields-set per model (`all_fields_set`) instead of a set each.
    """
    instance = model.__new__(model)
    _set(instance, "__dict__", values)
    shared = all_fields_set(model)
    _set(instance, "__pydantic_fields_set__", shared if len(values) == len(shared) else set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def all_fields_set(model: type[BaseModel]) -> set[str]:
    """One set of all of `model`'s field names, shared by the records `construct` builds: pydantic only
    reads it or adds names already in it (assigning a field), so sharing it saves a set per record."""
    shared = _ALL_FIELDS.get(model)
    if shared is None:
        shared = _ALL_FIELDS[model] = set(model.model_fields)
    return shared


_ALL_FIELDS: dict[type[BaseModel], set[str]] = {}
_set = object.__setattr__


# Citations and assertions are the bulk of a ledger (~185,000 records per 100,000 claims), so they are
# slotted dataclasses, which pydantic validates, serialises and documents like its models (as fields
# of the models below): a fifth of a BaseModel's memory and built by a plain __init__.


@dataclass(slots=True)
class Citation:
    """One place an assertion was read: the stored claim, its document and the words (span) it came from."""

    claim_id: int
    document_id: int
    span: tuple[int, int]
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None


@dataclass(slots=True, kw_only=True)
class Assertion:
    """One assertion made by one claimant, however many documents repeat it (each a citation)."""

    id: Annotated[str, Field(description="stable id: 'a' + the smallest claim id it merges")]
    claimant: Annotated[str | None, Field(description="actor code; None when the outlet reports it unattributed")]
    relation: Relation
    count: tuple[Bound, Bound] | None
    stance: Literal["assert", "deny"]
    cumulative: bool
    reading: Annotated[Literal["total", "increment"], Field(
        description="how the ledger adds it up: 'increment' when the text marks it as new ('15 more', 'overnight', "
                    "an attack, a named place), else 'total' (the claimant's running figure as of its date)")]
    hedged: Annotated[bool, Field(description="true when every citation hedges it ('reportedly')")]
    evidence: Literal["video", "photo"] | None
    date: Annotated[dt.date | None, Field(description="the event date, else the earliest publication date")]
    explicit_date: Annotated[bool, Field(description="whether the text itself dated the event")]
    category: Annotated[str | None, Field(description="the claim's own category (None for a denial of all losses)")] = None
    citations: list[Citation]


class Figure(BaseModel):
    """One of low / best / high with the rule that gave it and the assertions (and their claims) it rests on."""

    value: int | None
    rule: str
    assertions: list[str] = Field(default_factory=list, description="ids of the assertions it rests on")
    citations: list[Citation] = Field(default_factory=list)
    parts: list[str] = Field(default_factory=list, description=(
        "for a figure that adds several assertions up, one sum per claimant with its parts "
        "('ARM: 31 (total, 2020-09-28) + 12 (2020-09-29) = 43'); empty when one assertion states it"))


class SeriesKeyModel(BaseModel):
    """Which ledger line: `conflict` is the profile id (None outside any profile; `report-N` for the claims of
    document N that have no side, no place and no country), `side` an actor or side code."""

    conflict: str | None
    side: str | None
    type: str
    outcome: str | None
    category: str | None
    period: str


class Contradiction(BaseModel):
    """Two claimants whose assertions on one series cannot both be true (disjoint counts, or assert vs deny)."""

    series: SeriesKeyModel
    kind: Literal["counts", "denial"]
    first_claimant: str | None
    second_claimant: str | None
    first: list[Assertion]
    second: list[Assertion]
    sentence: str


class TotalsCheck(BaseModel):
    """A running total checked against the increments reported up to it (and the total before it)."""

    series: SeriesKeyModel
    pool: str = Field(description="whose claims were added up: 'admitted and neutral' or one adversary claimant")
    total: Assertion
    previous_total: Assertion | None = None
    increments: list[Assertion]
    increments_sum: int
    status: Literal["consistent", "inconsistent"]
    sentence: str


class Series(SeriesKeyModel):
    """One ledger line: low / best / high for its key (conflict, side, type, outcome, category, period)."""

    low: Figure
    best: Figure
    high: Figure
    assertions: list[Assertion]
    contradictions: list[Contradiction] = Field(default_factory=list)
    totals: list[TotalsCheck] = Field(default_factory=list)

    def key(self) -> SeriesKeyModel:
        return SeriesKeyModel(conflict=self.conflict, side=self.side, type=self.type, outcome=self.outcome,
                              category=self.category, period=self.period)


class Ledger(BaseModel):
    """The reconciled record: every series with its figures, contradictions and totals checks."""

    by: str
    policy: str
    claims: int = Field(description="stored claims read")
    assertions: int = Field(description="distinct assertions after merging duplicates")
    documents: int
    duplicate_documents: int = Field(description="documents found to be near-copies of another")
    series: list[Series]
    contradictions: list[Contradiction]
    totals: list[TotalsCheck]
