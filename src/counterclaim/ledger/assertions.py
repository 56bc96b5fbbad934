"""Duplicates: near-copy documents (MinHash/LSH) and equal claims of one claimant merged into one assertion.

An assertion repeated by wire copies, rewrites or the same article ingested twice is one
assertion with several citations, so no death is counted twice. Figures are not computed here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from operator import attrgetter

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from counterclaim.ledger.policy import LedgerPolicy
from counterclaim.ledger.results import Assertion, Citation
from counterclaim.ledger.views import ClaimView

# (conflict, side, type, outcome, category): a series without its period.
BaseKey = tuple[str | None, str | None, str, str | None, str | None]
# What makes two claims "equal": series, claimant, stance, total-or-increment, count.
MergeKey = tuple[BaseKey, str | None, str, bool, tuple[int | None, int | None] | None]

# Word shingles of this many words make a document text's fingerprint.
TEXT_SHINGLE_WORDS = 5
WORD_PATTERN = re.compile(r"\w+")
# The kept LSH index is started afresh past this many documents, so memory stays flat.
INDEX_LIMIT = 500_000
MINHASH_SEED = 1
# datasketch's legacy-scheme constants: the Mersenne prime 2^61 - 1 and the 32-bit hash range.
MERSENNE_PRIME = (1 << 61) - 1
MAX_HASH = (1 << 32) - 1
# LSH candidate threshold as a fraction of the policy's duplicate threshold.
LSH_THRESHOLD_FACTOR = 0.7


class ClaimItem:
    """A stored claim placed in its series, with its relation, effective date and merge key.

    `merge_key` says which claims are "equal" (one tuple shared by equal claims); `merge_id`
    numbers the distinct keys of one build, so grouping by it hashes an int, not a nested tuple.
    """

    __slots__ = ("claim", "base", "relation", "date", "explicit_date", "merge_key", "merge_id")

    def __init__(self, claim: ClaimView, base: BaseKey, relation: str, date: dt.date | None,
                 explicit_date: bool, merge_key: MergeKey, merge_id: int) -> None:
        self.claim = claim
        self.base = base
        self.relation = relation
        self.date = date
        self.explicit_date = explicit_date
        self.merge_key = merge_key
        self.merge_id = merge_id


def merge_key_of(claim: ClaimView, base: BaseKey) -> MergeKey:
    """What makes two claims equal: series, claimant, stance, total-or-increment, count."""
    return (base, claim.claimant, claim.stance, claim.cumulative, claim.count)


class MergedAssertion:
    """Claims merged into one assertion: the fields every claim shares, read once; `model` is its public record.

    `bounds` is the count as (low, high), a missing low read as 0 and a missing high as open (None),
    so an uncounted assertion is (0, None); `hedged` holds when every claim hedges, `evidence` is the
    first evidence any claim cites.
    """

    __slots__ = ("base", "items", "date", "explicit_date", "latest", "count", "bounds", "claimant", "relation",
                 "cumulative", "marked", "denied", "hedged", "evidence", "sort_id", "model")

    def __init__(self, first: ClaimItem) -> None:
        claim = first.claim
        self.base = first.base
        self.items: list[ClaimItem] = [first]
        self.date = first.date
        self.explicit_date = first.explicit_date
        self.latest = first.date
        count = self.count = claim.count
        self.bounds: tuple[int, int | None] = (0, None) if count is None else (count[0] or 0, count[1])
        self.claimant = claim.claimant
        self.relation = first.relation
        self.cumulative = claim.cumulative
        self.marked = claim.marked
        self.denied = claim.stance == "deny"
        self.hedged = claim.hedged
        self.evidence = claim.evidence
        self.sort_id = claim.id
        # Its public record, set by `merge_assertions` once every claim is merged (see `record`).
        self.model: Assertion

    def add(self, item: ClaimItem) -> None:
        self.items.append(item)
        claim = item.claim
        if item.explicit_date and not self.explicit_date:
            self.date, self.explicit_date = item.date, True
        if item.date is not None and (self.latest is None or item.date > self.latest):
            self.latest = item.date
        self.hedged = self.hedged and claim.hedged
        self.marked = self.marked or claim.marked
        if self.evidence is None:
            self.evidence = claim.evidence
        self.sort_id = min(self.sort_id, claim.id)

    @property
    def first(self) -> ClaimItem:
        return self.items[0]

    @property
    def running(self) -> bool:
        """Read as the claimant's running figure: called a total, or not marked as a new increment."""
        return self.cumulative or not self.marked

    def record(self) -> Assertion:
        """The public record with a citation per claim (plain dataclasses, not validated: every value
        comes from stored claims); ~185,000 records per 100,000 claims, the ledger's hottest path."""
        citations = []
        for item in self.items:
            claim = item.claim
            # Positional (claim_id, document_id, span, source, url, published): twice as fast as keywords here.
            citations.append(Citation(claim.id, claim.document_id, claim.span, claim.source, claim.url, claim.published))
        claim = self.items[0].claim
        return Assertion(
            id=f"a{self.sort_id}",
            claimant=claim.claimant,
            relation=self.relation,
            count=claim.count,
            stance=claim.stance,
            cumulative=claim.cumulative,
            reading="total" if self.running else "increment",
            hedged=self.hedged,
            evidence=self.evidence,
            date=self.date,
            explicit_date=self.explicit_date,
            category=claim.category,
            citations=citations,
        )



# Assertions in the order of their smallest claim id: an attribute read in C, not a Python call per
# assertion (sorting them runs ~250,000 keys per 100,000 claims).
by_sort_id = attrgetter("sort_id")


def text_shingles(text: str, width: int = TEXT_SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word `width`-grams of a document's text."""
    words = WORD_PATTERN.findall(text.lower())
    if len(words) < width:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + width]).encode("utf-8") for i in range(len(words) - width + 1)}


def claim_shingles(items: Iterable[ClaimItem], encoded: dict[int, bytes]) -> set[bytes]:
    """A document's fingerprint from its claims when its text is not at hand: their merge keys
    (each distinct key encoded once per build, in `encoded`, by merge id)."""
    shingles = set()
    for item in items:
        shingle = encoded.get(item.merge_id)
        if shingle is None:
            shingle = encoded[item.merge_id] = repr(item.merge_key).encode("utf-8")
        shingles.add(shingle)
    return shingles


def _jaccard(first: frozenset[bytes], second: frozenset[bytes]) -> float:
    return len(first & second) / len(first | second)


def minhash_matrix(shingle_sets: list[frozenset[bytes]], num_perm: int) -> np.ndarray:
    """datasketch MinHash signatures (legacy scheme) of many shingle sets at once, one row each (uint64).

    Row i equals the hash values of `MinHash(num_perm, scheme="legacy").update_batch(shingle_sets[i])`
    (a test holds it to that), computed as one numpy pass over all shingles instead of one object per document.
    """
    template = MinHash(num_perm=num_perm, seed=MINHASH_SEED, scheme="legacy")
    a, b = template.permutations
    flat = [shingle for shingles in shingle_sets for shingle in shingles]
    if not flat:
        return np.empty((0, num_perm), dtype=np.uint64)
    codes = {shingle: template.hashfunc(shingle) for shingle in set(flat)}  # each distinct shingle hashed once
    hashed = np.fromiter((codes[s] for s in flat), dtype=np.uint64, count=len(flat)).reshape(-1, 1)
    permuted = np.bitwise_and((hashed * a + b) % np.uint64(MERSENNE_PRIME), np.uint64(MAX_HASH))
    starts = np.concatenate(([0], np.cumsum([len(s) for s in shingle_sets])[:-1]))
    return np.minimum.reduceat(permuted, starts, axis=0)  # type: ignore[no-any-return]


def minhash_signatures(shingle_sets: list[frozenset[bytes]], num_perm: int) -> list[LeanMinHash]:
    """`minhash_matrix` as datasketch LeanMinHash objects."""
    return [LeanMinHash(seed=MINHASH_SEED, hashvalues=row, scheme="legacy")
            for row in minhash_matrix(shingle_sets, num_perm)]


class DuplicateIndex:
    """A MinHash/LSH index of documents kept between ledger builds, so only new or changed documents
    are hashed and looked up: the ledger recomputes incrementally as documents arrive.

    Keyed by document id; an entry is valid only for the same content hash and shingle set, and a
    changed document is removed (with every pair it was in) before it is indexed again.
    """

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold * LSH_THRESHOLD_FACTOR, num_perm=num_perm)
        self.entries: dict[int, tuple[str, frozenset[bytes]]] = {}
        self.pairs: dict[int, set[int]] = defaultdict(set)

    def _remove(self, document_id: int) -> None:
        self.lsh.remove(document_id)
        del self.entries[document_id]
        for other in self.pairs.pop(document_id, set()):
            self.pairs[other].discard(document_id)

    def _lsh_candidates(self, document_id: int) -> set[int]:
        """`MinHashLSH.query` for an indexed document: the members of its buckets, read with the band
        hashes the index stored for it at insertion instead of hashing its signature's bands again."""
        candidates: set[int] = set()
        for band_hash, table in zip(self.lsh.keys.get(document_id), self.lsh.hashtables, strict=True):
            candidates |= table.get(band_hash)
        return candidates

    def _insert(self, documents: list[int], signatures: np.ndarray) -> None:
        """`MinHashLSH.insert` of many documents (row i of `signatures` is document i's), with the band keys
        its `_H` makes (a band's hash values as big-endian bytes) cut from one byte string per band, not
        one numpy call per document and band: a cold build indexes every document (~10,000 per 100,000 claims)."""
        if not documents:
            return
        bands = []
        for start, end in self.lsh.hashranges:
            packed = np.ascontiguousarray(signatures[:, start:end]).byteswap().tobytes()
            width = (end - start) * signatures.itemsize
            bands.append([packed[i : i + width] for i in range(0, len(packed), width)])
        for document_id, keys in zip(documents, zip(*bands, strict=True), strict=True):
            self.lsh.keys.insert(document_id, *keys)
        for band, table in zip(bands, self.lsh.hashtables, strict=True):
            for key, document_id in zip(band, documents, strict=True):
                table.insert(key, document_id)

    def near_copies(self, shingle_sets: dict[int, tuple[str, frozenset[bytes]]]) -> list[tuple[int, int]]:
        """Pairs of the given documents whose shingle sets reach the threshold (exact Jaccard)."""
        fresh = [d for d, entry in shingle_sets.items() if self.entries.get(d) != entry]
        for document_id in fresh:
            if document_id in self.entries:
                self._remove(document_id)
        self._insert(fresh, minhash_matrix([shingle_sets[d][1] for d in fresh], self.num_perm))
        for document_id in fresh:
            self.entries[document_id] = shingle_sets[document_id]
        for document_id in fresh:
            mine = shingle_sets[document_id][1]
            for other in self._lsh_candidates(document_id):
                if other != document_id and _jaccard(mine, self.entries[other][1]) >= self.threshold:
                    self.pairs[document_id].add(other)
                    self.pairs[other].add(document_id)
        return [(d, o) for d in shingle_sets for o in self.pairs.get(d, ()) if d < o and o in shingle_sets]


_indexes: dict[tuple[float, int], DuplicateIndex] = {}


def duplicate_index(policy: LedgerPolicy) -> DuplicateIndex:
    """The process's index for this policy's threshold and signature size (reset when it grows too big)."""
    key = (policy.duplicate_threshold, policy.minhash_permutations)
    index = _indexes.get(key)
    if index is None or len(index.entries) > INDEX_LIMIT:
        index = _indexes[key] = DuplicateIndex(*key)
    return index


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
        by_document[item.claim.document_id].append(item)
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
        content_hash = document_items[0].claim.content_hash
        if content_hash in first_by_hash:
            union(first_by_hash[content_hash], document_id)
        else:
            first_by_hash[content_hash] = document_id

    documents_by_key: dict[int, set[int]] = defaultdict(set)
    for document_id, document_items in by_document.items():
        root = find(document_id)
        for item in document_items:
            documents_by_key[item.merge_id].add(root)
    candidates = sorted({d for docs in documents_by_key.values() if len(docs) > 1 for d in docs})
    shingle_sets: dict[int, tuple[str, frozenset[bytes]]] = {}
    encoded: dict[int, bytes] = {}
    for document_id in candidates:
        text = texts.get(document_id) if texts is not None else None
        shingles = text_shingles(text) if text else claim_shingles(by_document[document_id], encoded)
        if len(shingles) >= policy.duplicate_min_shingles:
            shingle_sets[document_id] = (by_document[document_id][0].claim.content_hash, frozenset(shingles))
    if len(shingle_sets) > 1:
        for first, second in duplicate_index(policy).near_copies(shingle_sets):
            union(first, second)
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
    `merge=False` keeps every claim its own assertion (for comparison). Each gets its public record."""
    merged = _merge(items, document_groups, policy) if merge else [MergedAssertion(item) for item in items]
    for assertion in merged:
        assertion.model = assertion.record()
    return merged


def _merge(items: list[ClaimItem], document_groups: Mapping[int, int], policy: LedgerPolicy) -> list[MergedAssertion]:
    groups: dict[int, list[ClaimItem]] = defaultdict(list)
    for item in items:
        groups[item.merge_id].append(item)
    merged: list[MergedAssertion] = []
    window = policy.merge_window_days
    for group in groups.values():
        if len(group) == 1:
            merged.append(MergedAssertion(group[0]))
            continue
        group.sort(key=_merge_order)
        opened: list[MergedAssertion] = []
        by_cluster: dict[int, MergedAssertion] = {}
        for item in group:
            document_id = item.claim.document_id
            cluster = document_groups.get(document_id, document_id)
            target = by_cluster.get(cluster)
            if target is None:
                for candidate in reversed(opened[-RECENT_ASSERTIONS_CHECKED:]):
                    if _joins_by_date(candidate, item, window):
                        target = candidate
                        break
            if target is None:
                target = MergedAssertion(item)
                opened.append(target)
                merged.append(target)
            else:
                target.add(item)
            by_cluster.setdefault(cluster, target)
    return merged


def _merge_order(item: ClaimItem) -> tuple[bool, dt.date, bool, int]:
    """Dated claims first, by date, those the text dates before those dated by publication, then by id."""
    return (item.date is None, item.date or dt.date.min, not item.explicit_date, item.claim.id)
