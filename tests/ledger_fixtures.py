"""Hand-built claims and a tiny conflict-profile registry for the ledger tests (no shared texts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from counterclaim.records import Claim, StoredClaim, content_hash


@dataclass(frozen=True)
class FakeProfile:
    id: str
    sides: dict[str, tuple[str, ...]]
    start: dt.date
    end: dt.date | None = None


@dataclass
class FakeActor:
    code: str
    kind: str


@dataclass
class FakeRegistry:
    """The slice of counterclaim.data.actors.ActorRegistry the ledger uses, over hand-written profiles."""

    profiles: list[FakeProfile]
    kinds: dict[str, str] = field(default_factory=dict)

    def profile_for(self, codes: Any, when: dt.date | None) -> FakeProfile | None:
        for profile in self.profiles:
            members = {m for ms in profile.sides.values() for m in ms}
            in_time = when is None or (profile.start <= when and (profile.end is None or when <= profile.end))
            if in_time and members & set(codes):
                return profile
        return None

    def side_of(self, code: str, profile: FakeProfile) -> str | None:
        for side, members in profile.sides.items():
            if code in members:
                return side
        return None

    def adversary(self, code: str, profile: FakeProfile) -> str | None:
        side = self.side_of(code, profile) or code
        others = [s for s in profile.sides if s != side]
        return others[0] if len(others) == 1 else None

    def actor(self, code: str) -> FakeActor:
        return FakeActor(code, self.kinds.get(code, "state"))


CAUCASUS = FakeProfile(
    id="caucasus-2020",
    sides={"ARM": ("ARM", "NKR"), "AZE": ("AZE",)},
    start=dt.date(2020, 9, 27),
    end=dt.date(2020, 11, 10),
)
REGISTRY = FakeRegistry([CAUCASUS], kinds={"UN": "body", "NKR": "authority"})


def sentence_around(text: str, span: tuple[int, int]) -> str:
    """The sentence of `text` holding `span` (what the store gives the ledger); the whole text when the
    span covers several."""
    start = max(text.rfind(". ", 0, span[0]) + 2, 0) if text.rfind(". ", 0, span[0]) >= 0 else 0
    end = text.find(". ", span[1])
    return text[start:end + 1 if end >= 0 else len(text)]


class ClaimFactory:
    """Makes StoredClaims with fresh ids; one `document` call per article."""

    def __init__(self) -> None:
        self.next_claim = 1
        self.next_document = 1

    def document(self, text: str, published: dt.date | None, claims: list[dict[str, Any]],
                 source: str = "test-wire") -> list[StoredClaim]:
        document_id = self.next_document
        self.next_document += 1
        stored = []
        for fields in claims:
            quote = fields.pop("quote", None)
            start = text.find(quote) if quote else 0
            span = (start, start + len(quote)) if quote else (0, len(text))
            claim = Claim(span=span, **fields)
            stored.append(StoredClaim(id=self.next_claim, document_id=document_id, content_hash=content_hash(text),
                                      claim=claim, extractor_version="test", published=published, source=source,
                                      quote=text[span[0]:span[1]], sentence=sentence_around(text, span)))
            self.next_claim += 1
        return stored


def losses(subject: str, category: str, count: tuple[int | None, int | None] | None, claimant: str | None,
           **extra: Any) -> dict[str, Any]:
    """A materiel-loss claim."""
    return {"type": "materiel", "subject": subject, "outcome": extra.pop("outcome", "destroyed"),
            "category": category, "count": count, "claimant": claimant, **extra}


def killed(subject: str, category: str, count: tuple[int | None, int | None] | None, claimant: str | None,
           **extra: Any) -> dict[str, Any]:
    """A casualty (killed) claim."""
    return {"type": "casualty", "subject": subject, "outcome": "killed", "category": category, "count": count,
            "claimant": claimant, **extra}
