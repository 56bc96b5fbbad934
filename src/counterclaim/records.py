"""The one vocabulary of counterclaim: typed records passed between pipeline stages.

Field names and value sets follow ../shared/GOLD_FORMAT.md exactly, so a claim printed by
`counterclaim extract --format json` can be compared with a gold claim field by field.
Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ClaimType = Literal["casualty", "materiel", "territory", "attack", "support", "statement", "mobilization"]
Stance = Literal["assert", "deny"]
Evidence = Literal["video", "photo"]

CLAIM_TYPES: tuple[str, ...] = (
    "casualty",
    "materiel",
    "territory",
    "attack",
    "support",
    "statement",
    "mobilization",
)
QUANTITATIVE_TYPES: frozenset[str] = frozenset({"casualty", "materiel"})

# Allowed `outcome` per claim type (GOLD_FORMAT.md, "One claim").
OUTCOMES: dict[str, tuple[str, ...]] = {
    "casualty": ("killed", "wounded", "captured", "missing"),
    "materiel": ("destroyed", "damaged", "captured", "lost"),
    "territory": ("lost", "retaken"),
    "attack": ("clash", "shelling", "airstrike", "bombing", "assault", "offensive"),
    "support": ("military_aid", "fighters", "political"),
    "statement": ("accuse", "condemn", "appeal", "support", "deny", "warn"),
    "mobilization": ("martial_law", "mobilization"),
}
# Allowed `category` per claim type; other types carry `None`.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "casualty": ("military", "civilian", "unknown"),
    "materiel": (
        "tank",
        "armored_vehicle",
        "artillery",
        "air_defense",
        "helicopter",
        "aircraft",
        "drone",
        "vehicle",
        "ship",
        "other",
    ),
}

# A count is [low, high]; either bound may be open (None): "at least 5" -> (5, None).
Count = tuple[int | None, int | None]
Span = tuple[int, int]


class Claim(BaseModel):
    """One assertion about a conflict, traceable to the words it was read from."""

    model_config = ConfigDict(frozen=False)

    type: ClaimType
    subject: str | None = None
    object: str | None = None
    outcome: str | None = None
    category: str | None = None
    count: Count | None = None
    cumulative: bool = False
    claimant: str | None = None
    stance: Stance = "assert"
    hedged: bool = False
    evidence: Evidence | None = None
    date: dt.date | None = None
    place: str | None = None
    coordinates: tuple[float, float] | None = None
    part_of: int | None = None
    span: Span
    sentence_span: Span | None = Field(default=None, description="the sentence holding the claim")

    def contract_dict(self) -> dict[str, object]:
        """The claim as the JSON output contract prints it (GOLD_FORMAT.md, 'The output that is scored')."""
        out: dict[str, object] = {
            "type": self.type,
            "subject": self.subject,
            "object": self.object,
            "outcome": self.outcome,
            "category": self.category,
            "count": list(self.count) if self.count is not None else None,
            "cumulative": self.cumulative,
            "claimant": self.claimant,
            "stance": self.stance,
            "hedged": self.hedged,
            "evidence": self.evidence,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "part_of": self.part_of,
            "span": list(self.span),
        }
        if self.coordinates is not None:
            out["coordinates"] = [round(self.coordinates[0], 5), round(self.coordinates[1], 5)]
        return out


class OffsetMap(BaseModel):
    """Maps offsets in a cleaned text back to the original text it was cut from.

    The cleaned text is a concatenation of pieces of the original (kept lines, re-joined);
    each segment says "cleaned[clean_start : clean_start+length] == original[orig_start : orig_start+length]".
    Characters inserted by cleaning (joining newlines) fall between segments and map to the
    nearest preceding original offset.
    """

    segments: list[tuple[int, int, int]] = Field(default_factory=list)  # (clean_start, orig_start, length)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(segments=[(0, 0, length)] if length else [])

    def to_original(self, offset: int) -> int:
        if not self.segments:
            return offset
        starts = [s[0] for s in self.segments]
        i = max(bisect_right(starts, offset) - 1, 0)
        clean_start, orig_start, length = self.segments[i]
        return orig_start + min(max(offset - clean_start, 0), length)

    def span_to_original(self, span: Span) -> Span:
        start = self.to_original(span[0])
        end = self.to_original(span[1])
        return (start, max(end, start))


class RawDocument(BaseModel):
    """What a source yields before cleaning: text or HTML plus whatever metadata came with it."""

    item: str = Field(description="where it came from: a path, URL, 'file.jsonl:12', 'archive.warc.gz#3'")
    source_id: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None


class Document(BaseModel):
    """A cleaned document: the unit that is stored and extracted from."""

    content_hash: str
    item: str
    source_id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    language: str | None = None
    original_text: str
    cleaned_text: str
    offset_map: OffsetMap
    status: str = "ok"


class IngestError(BaseModel):
    """A per-item failure: recorded, reported, never fatal to a batch."""

    item: str
    reason: str = Field(description="a short class: empty, binary, too_large, decode, parse, http, private_address ...")
    message: str


def content_hash(text: str) -> str:
    """The identity of a document: equal text, equal hash (re-ingesting changes nothing)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class StoredClaim(BaseModel):
    """A claim as read back from the store, with the document it came from."""

    id: int
    document_id: int
    content_hash: str
    claim: Claim
    extractor_version: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    position: int = Field(default=0, description="index of the claim in its document's list (what part_of refers to)")
    quote: str | None = Field(default=None, description="original_text[span], the words the claim was read from")
    sentence: str | None = Field(default=None, description="original_text[sentence_span], the sentence holding the claim")
