"""Duplicates: near-copy documents (MinHash/LSH) and equal claims of one claimant merged into one assertion.

An assertion repeated by wire copies, rewrites or the same article ingested twice is one
assertion with several citations, so no death is counted twice. Figures are not computed here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from datasketch import LeanMinHash, MinHash, MinHashLSH

from counterclaim.ledger.policy import LedgerPolicy
from counterclaim.ledger.results import Assertion, Citation
from counterclaim.records import StoredClaim

# (conflict, side, type, outcome, category): a series without its period.
BaseKey = tuple[str | None, str | None, str, str | None, str | None]
# What makes two claims "equal": series, claimant, stance, total-or-increment, count.
MergeKey = tuple[BaseKey, str | None, str, bool, tuple[int | None, int | None] | None]

# Word shingles of this many words make a document text's fingerprint.
TEXT_SHINGLE_WORDS = 5
WORD_PATTERN = re.compile(r"\w+")
# Signatures are cached by (content hash, shingle-set hash, permutations); bounded so memory stays flat.
SIGNATURE_CACHE_LIMIT = 200_000
# LSH candidate threshold as a fraction of the policy's duplicate threshold.
LSH_THRESHOLD_FACTOR = 0.7
_signature_cache: dict[tuple[str, int, int], LeanMinHash] = {}


@dataclass(slots=True)
class ClaimItem:
    """A stored claim placed in its series, with its relation and effective date."""

    stored: StoredClaim
    base: BaseKey
    relation: str
    date: dt.date | None
    explicit_date: bool

    @property
    def merge_key(self) -> MergeKey:
        claim = self.stored.claim
        return (self.base, claim.claimant, claim.stance, claim.cumulative, claim.count)


@dataclass(slots=True)
class MergedAssertion:
    """Claims merged into one assertion; `model` is its public record."""

    base: BaseKey
    items: list[ClaimItem] = field(default_factory=list)
    date: dt.date | None = None
    explicit_date: bool = False
    latest: dt.date | None = None
    _model: Assertion | None = None

    @property
    def first(self) -> ClaimItem:
        return self.items[0]

    @property
    def count(self) -> tuple[int | None, int | None] | None:
        return self.first.stored.claim.count

    @property
    def claimant(self) -> str | None:
        return self.first.stored.claim.claimant

    @property
    def relation(self) -> str:
        return self.first.relation

    @property
    def cumulative(self) -> bool:
        return self.first.stored.claim.cumulative

    @property
    def denied(self) -> bool:
        return self.first.stored.claim.stance == "deny"

    @property
    def hedged(self) -> bool:
        return all(item.stored.claim.hedged for item in self.items)

    @property
    def evidence(self) -> str | None:
        for item in self.items:
            if item.stored.claim.evidence is not None:
                return item.stored.claim.evidence
        return None

    @property
    def model(self) -> Assertion:
        if self._model is None:
            claim = self.first.stored.claim
            citations = [
                Citation.model_construct(
                    claim_id=item.stored.id,
                    document_id=item.stored.document_id,
                    span=tuple(item.stored.claim.span),
                    source=item.stored.source,
                    url=item.stored.url,
                    published=item.stored.published,
                )
                for item in self.items
            ]
            self._model = Assertion.model_construct(
                id=f"a{min(item.stored.id for item in self.items)}",
                claimant=claim.claimant,
                relation=self.relation,
                count=claim.count,
                stance=claim.stance,
                cumulative=claim.cumulative,
                hedged=self.hedged,
                evidence=self.evidence,
                date=self.date,
                explicit_date=self.explicit_date,
                category=claim.category,
                citations=citations,
            )
        return self._model


def text_shingles(text: str, width: int = TEXT_SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word `width`-grams of a document's text."""
    words = WORD_PATTERN.findall(text.lower())
    if len(words) < width:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + width]).encode("utf-8") for i in range(len(words) - width + 1)}


def claim_shingles(items: Iterable[ClaimItem]) -> set[bytes]:
    """A document's fingerprint from its claims when its text is not at hand: their merge keys."""
    return {repr(item.merge_key).encode("utf-8") for item in items}


def _signatures(shingle_sets: dict[int, tuple[str, frozenset[bytes]]], num_perm: int) -> dict[int, LeanMinHash]:
    signatures: dict[int, LeanMinHash] = {}
    missing: list[int] = []
    for document_id, (content_hash, shingles) in shingle_sets.items():
        cached = _signature_cache.get((content_hash, hash(shingles), num_perm))
        if cached is not None:
            signatures[document_id] = cached
        else:
            missing.append(document_id)
    if missing:
        fresh = MinHash.bulk([sorted(shingle_sets[d][1]) for d in missing], num_perm=num_perm)
        if len(_signature_cache) + len(missing) > SIGNATURE_CACHE_LIMIT:
            _signature_cache.clear()
        for document_id, minhash in zip(missing, fresh, strict=True):
            lean = LeanMinHash(minhash)
            content_hash, shingles = shingle_sets[document_id]
            _signature_cache[(content_hash, hash(shingles), num_perm)] = lean
            signatures[document_id] = lean
    return signatures


def find_duplicate_documents(
    items: list[ClaimItem],
    policy: LedgerPolicy,
    texts: Mapping[int, str] | None = None,
) -> dict[int, int]:
    """Near-copy documents: maps each document id to the smallest id of its group of copies.

    Documents with the same content hash are one group. Others are compared with MinHash/LSH over
    word shingles of their text (when `texts` gives it) or over their claims' fingerprints. Only
    documents sharing at least one claim fingerprint with another are compared: copies that share
    no equal claim could not merge anything anyway.
    """
    by_document: dict[int, list[ClaimItem]] = defaultdict(list)
    for item in items:
        by_document[item.stored.document_id].append(item)
    parent: dict[int, int] = {d: d for d in by_document}

    def find(d: int) -> int:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_by_hash: dict[str, int] = {}
    for document_id, document_items in by_document.items():
        content_hash = document_items[0].stored.content_hash
        if content_hash in first_by_hash:
            union(first_by_hash[content_hash], document_id)
        else:
            first_by_hash[content_hash] = document_id

    documents_by_key: dict[MergeKey, set[int]] = defaultdict(set)
    for item in items:
        documents_by_key[item.merge_key].add(find(item.stored.document_id))
    candidates = sorted({d for docs in documents_by_key.values() if len(docs) > 1 for d in docs})
    shingle_sets: dict[int, tuple[str, frozenset[bytes]]] = {}
    for document_id in candidates:
        text = texts.get(document_id) if texts is not None else None
        shingles = text_shingles(text) if text else claim_shingles(by_document[document_id])
        if len(shingles) >= policy.duplicate_min_shingles:
            shingle_sets[document_id] = (by_document[document_id][0].stored.content_hash, frozenset(shingles))
    if len(shingle_sets) > 1:
        signatures = _signatures(shingle_sets, policy.minhash_permutations)
        # LSH only proposes candidates, so it runs below the threshold (LSH misses pairs near it);
        # each candidate pair is then confirmed by its estimated Jaccard similarity.
        lsh = MinHashLSH(threshold=policy.duplicate_threshold * LSH_THRESHOLD_FACTOR,
                         num_perm=policy.minhash_permutations)
        with lsh.insertion_session() as session:
            for document_id, signature in signatures.items():
                session.insert(document_id, signature, check_duplication=False)
        for document_id, signature in signatures.items():
            for other in lsh.query(signature):
                if other != document_id and signature.jaccard(signatures[other]) >= policy.duplicate_threshold:
                    union(document_id, other)
    return {d: find(d) for d in by_document}


# How many of a group's most recent assertions a claim is compared with by date (claims arrive sorted).
RECENT_ASSERTIONS_CHECKED = 4


def _joins_by_date(assertion: MergedAssertion, item: ClaimItem, window: int) -> bool:
    if item.date is None or assertion.date is None:
        return item.date is None and assertion.date is None
    if item.explicit_date and assertion.explicit_date and item.date != assertion.date:
        return False
    latest = assertion.latest or assertion.date
    return abs((item.date - latest).days) <= window


def merge_assertions(
    items: list[ClaimItem], document_groups: Mapping[int, int], policy: LedgerPolicy, *, merge: bool = True
) -> list[MergedAssertion]:
    """Equal claims of one claimant become one assertion when they come from copies of one document or
    their dates lie within the policy's window (never when both texts give different event dates).
    `merge=False` keeps every claim its own assertion (for comparison)."""
    groups: dict[MergeKey, list[ClaimItem]] = defaultdict(list)
    for item in items:
        groups[item.merge_key if merge else (item.base, str(item.stored.id), "", False, None)].append(item)  # type: ignore[index]
    merged: list[MergedAssertion] = []
    window = policy.merge_window_days
    for group in groups.values():
        group.sort(key=lambda i: (i.date is None, i.date or dt.date.min, not i.explicit_date, i.stored.id))
        opened: list[MergedAssertion] = []
        by_cluster: dict[int, MergedAssertion] = {}
        for item in group:
            cluster = document_groups.get(item.stored.document_id, item.stored.document_id)
            target = by_cluster.get(cluster) if merge else None
            if target is None and merge:
                recent = opened[-RECENT_ASSERTIONS_CHECKED:]
                target = next((a for a in reversed(recent) if _joins_by_date(a, item, window)), None)
            if target is None:
                target = MergedAssertion(base=item.base, date=item.date, explicit_date=item.explicit_date)
                opened.append(target)
                merged.append(target)
            elif item.explicit_date and not target.explicit_date:
                target.date, target.explicit_date = item.date, True
            target.items.append(item)
            if item.date is not None and (target.latest is None or item.date > target.latest):
                target.latest = item.date
            by_cluster.setdefault(cluster, target)
    return merged
