"""A quick check that a text cannot match a rule's regular expression, derived from the expression itself.

Most sentences hold none of the words a rule's pattern is built on, yet `re` tries the pattern at every word of
every sentence (a long alternation costs some 50 to 200 microseconds a sentence). `Prefiltered` wraps a compiled
pattern with the literal strings one of which every match must contain ("attack", "strike" ... for the attack
triggers), read from the pattern's own parse, so the check cannot drift from the rule; where a text holds none of
them, the pattern is not run and the answer is the one `re` would give (no match).

Sound by construction, and only where it can be: every letter the pattern consumes is compared in lowercase, and a
text holding a character that `re`'s case-insensitive matching folds onto an ASCII letter ('İ', 'ı', 'ſ', the
Kelvin sign) is always handed to the pattern. Lookarounds, character classes and optional parts require nothing, so
a pattern that can match without any literal (one that starts with a bare `\\w+`) gets no check.

A sentence is checked by a hundred patterns: once it has been checked a few times, the literals of all patterns that it
holds are found in one pass (a regular expression of their trie), and each check is then a set lookup.

Reading a pattern's parse costs about a millisecond in pure Python, as much as the check saves in a run: the literals
are kept in the cache folder beside the compiled patterns (extract/regex_programs.py), under a name that holds the
interpreter's version and this module's own digest, so that a change of the analysis never reads an old table.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from counterclaim.data.cache_folder import cache_dir, read_table, write_table

# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter, or whose lowercase is longer than one
# character (tests/test_literal_prefilter.py checks this list against every code point).
ASCII_FOLDING = ("\u0130", "\u0131", "\u017f", "\u212a")

_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
# The most strings a part of a pattern is spelled out as ("t(?:old|ell)s?" as told, tells, tell, tells); a part with
# more is read for the strings its matches must hold instead.
MAX_SPELLINGS = 64
# A character class spelled out as its letters when it has no more ("[sd]", "[cs]").
MAX_CLASS_LETTERS = 4


@dataclass(frozen=True)
class _Reading:
    """What a part of a pattern tells of its matches: `exact`, the strings that are all it can match (lowercase; "" for
    a part that takes no text), or else `holds`, strings one of which each match holds (None: nothing known)."""

    exact: frozenset[str] | None = None
    holds: frozenset[str] | None = None

    def required(self) -> frozenset[str] | None:
        if self.exact is None:
            return self.holds
        if "" in self.exact:
            return None  # the part may match no text at all
        return _fewest(self.exact)


_NOTHING_KNOWN = _Reading()
_EMPTY = _Reading(exact=frozenset({""}))


def _fewest(strings: frozenset[str] | set[str]) -> frozenset[str]:
    """The strings less those that hold another of them ("attacked" holds "attack": a text holding it holds both)."""
    return frozenset(s for s in strings if not any(other != s and other in s for other in strings))


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: the longest shortest string, then the fewest strings."""
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase strings one of which every match of `pattern` holds, or None when a match may hold none."""
    return _read_sequence(_parser.parse(pattern.pattern, pattern.flags)).required()


def _read_sequence(items: Any) -> _Reading:
    """A sequence's reading: consecutive parts that are spelled out join into longer strings ("t" then "old" or "ell":
    told, tell); each spelled-out run, and each other part's requirement, is one requirement of the whole, and the most
    selective is kept. A sequence spelled out whole is exact."""
    candidates: list[frozenset[str]] = []
    spelled: frozenset[str] | None = frozenset({""})  # the strings of the run of spelled-out parts so far
    whole = True
    for op, value in items:
        reading = _read_item(op, value)
        if reading.exact is not None:
            if spelled is not None and len(spelled) * len(reading.exact) <= MAX_SPELLINGS:
                spelled = frozenset(a + b for a in spelled for b in reading.exact)
                continue
            whole = False
            if spelled is not None and (run := _Reading(exact=spelled).required()) is not None:
                candidates.append(run)
            spelled = reading.exact
            continue
        whole = False
        if spelled is not None and (run := _Reading(exact=spelled).required()) is not None:
            candidates.append(run)
        spelled = frozenset({""})
        if reading.holds is not None:
            candidates.append(reading.holds)
    if whole and spelled is not None:
        return _Reading(exact=spelled)
    if spelled is not None and (run := _Reading(exact=spelled).required()) is not None:
        candidates.append(run)
    return _Reading(holds=_best(candidates))


def _read_item(op: Any, value: Any) -> _Reading:
    if op is sre.LITERAL:
        return _Reading(exact=frozenset({chr(value).lower()})) if value < 128 else _NOTHING_KNOWN
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is sre.IN:
        letters = [chr(member).lower() for kind, member in value if kind is sre.LITERAL and member < 128]
        if len(letters) == len(value) and len(letters) <= MAX_CLASS_LETTERS:
            return _Reading(exact=frozenset(letters))
        return _NOTHING_KNOWN
    if op is sre.SUBPATTERN:
        return _read_sequence(value[-1])
    if op is sre.ATOMIC_GROUP:
        return _read_sequence(value)
    if op in _REPEATS:
        low, high, item = value
        inner = _read_sequence(item)
        if inner.exact is not None and low == 0 and high == 1 and len(inner.exact) < MAX_SPELLINGS:
            return _Reading(exact=inner.exact | {""})  # optional: spelled out with and without it
        if inner.exact is not None and low == high == 1:
            return inner
        return _Reading(holds=inner.required()) if low >= 1 else _NOTHING_KNOWN
    if op is sre.BRANCH:
        readings = [_read_sequence(branch) for branch in value[1]]
        if all(r.exact is not None for r in readings):
            union = frozenset().union(*(r.exact for r in readings if r.exact is not None))
            if len(union) <= MAX_SPELLINGS:
                return _Reading(exact=union)
        required = [r.required() for r in readings]
        if any(r is None for r in required):
            return _NOTHING_KNOWN  # one alternative needs no literal: the whole needs none
        return _Reading(holds=_fewest(set().union(*(r for r in required if r is not None))))
    return _NOTHING_KNOWN


class Prefiltered:
    """A compiled pattern that answers "no match" at once for a text holding none of its required literals, and
    otherwise runs the pattern. Offers the methods of `re.Pattern` the rules call, with the same arguments."""

    __slots__ = ("compiled", "literals", "pattern", "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.literals = _cached_literals(compiled)
        _instances.append(self)
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no match can lie in text[pos:endpos]."""
        literals = self.literals
        if literals is None:
            return True
        reading = _reading(text)
        lowered = reading.lowered
        if lowered is None:
            return True
        whole = pos <= 0 and endpos >= len(text)
        present = reading.literals_present()
        if present is not None and (whole or literals.isdisjoint(present)):
            return not literals.isdisjoint(present)
        if whole:
            return any(literal in lowered for literal in literals)
        pos, endpos = max(pos, 0), max(endpos, 0)  # as `re` reads them: a negative bound is 0
        return any(lowered.find(literal, pos, endpos) >= 0 for literal in literals)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self.may_match(string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self.may_match(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r})"


# Every prefiltered pattern: the index of their literals holds all of them.
_instances: list[Prefiltered] = []
# A text checked this often has its literals found once, for all patterns at a time (a sentence is checked by a hundred).
INDEX_AFTER_CHECKS = 4
# How many texts' readings are kept: the rules check a sentence, pieces of it in between, and the sentence again.
RECENT_READINGS = 64


class _LiteralIndex:
    """All patterns' literals, found in a text in one pass: a regular expression of their trie reports, at each position,
    the longest literal starting there; the others starting there are its prefixes, added from a table."""

    def __init__(self, patterns: list[Prefiltered]) -> None:
        self.patterns = len(patterns)
        literals = sorted({literal for pattern in patterns for literal in pattern.literals or ()})
        known = set(literals)
        self.prefixes = {literal: frozenset(literal[:end] for end in range(1, len(literal) + 1) if literal[:end] in known)
                         for literal in literals}
        trie: dict[str, Any] = {}
        for literal in literals:
            node = trie
            for letter in literal:
                node = node.setdefault(letter, {})
            node[""] = {}  # a literal ends here
        self.finder = re.compile(f"(?=({_trie_pattern(trie)}))", re.S) if literals else None

    def present(self, lowered: str) -> frozenset[str]:
        if self.finder is None:
            return frozenset()
        return frozenset().union(*(self.prefixes[found.group(1)] for found in self.finder.finditer(lowered)))


def _trie_pattern(node: dict[str, Any]) -> str:
    """The pattern of a trie's node: its children, the longest first (a greedy optional where a literal ends here)."""
    branches = [re.escape(letter) + _trie_pattern(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if "" in node else inner


_index: _LiteralIndex | None = None


def _literal_index() -> _LiteralIndex:
    global _index
    index = _index
    if index is None or index.patterns != len(_instances):
        index = _index = _LiteralIndex(list(_instances))
    return index


class _TextReading:
    """A text's lowercase copy (None: a text the check must not judge), how often it was checked, and once it was checked
    INDEX_AFTER_CHECKS times, the literals of all patterns that it holds."""

    __slots__ = ("lowered", "checks", "present", "indexed")

    def __init__(self, text: str) -> None:
        self.lowered = None if not text.isascii() and any(c in text for c in ASCII_FOLDING) else text.lower()
        self.checks = 0
        self.present: frozenset[str] | None = None
        self.indexed = 0  # how many patterns the index that found `present` held

    def literals_present(self) -> frozenset[str] | None:
        if self.lowered is None:
            return None
        if self.present is not None and self.indexed == len(_instances):
            return self.present
        self.checks += 1
        if self.checks < INDEX_AFTER_CHECKS:
            return None
        index = _literal_index()  # (again, when patterns were made since: their literals were not looked for)
        self.present, self.indexed = index.present(self.lowered), index.patterns
        return self.present


_readings: dict[str, _TextReading] = {}


def _reading(text: str) -> _TextReading:
    reading = _readings.get(text)
    if reading is None:
        if len(_readings) >= RECENT_READINGS:
            _readings.clear()
        reading = _readings[text] = _TextReading(text)
    return reading


def prefiltered(compiled: re.Pattern[str]) -> Prefiltered:
    """`compiled`, skipped on texts that hold none of its required literals."""
    return Prefiltered(compiled)


# (pattern, flags) -> its required literals (None: none), read from the cache file once per process.
_table: dict[tuple[str, int], tuple[str, ...] | None] | None = None
SWITCH_ENV = "COUNTERCLAIM_REGEX_CACHE"  # "0": no cache file, as for the compiled patterns


def _cached_literals(compiled: re.Pattern[str]) -> frozenset[str] | None:
    global _table
    path = _table_file()
    if path is None:
        return required_literals(compiled)
    if _table is None:
        _table = _read(path)
    key = (compiled.pattern, int(compiled.flags))
    if key in _table:
        found = _table[key]
        return frozenset(found) if found is not None else None
    literals = required_literals(compiled)
    _table[key] = tuple(sorted(literals)) if literals is not None else None
    _write(path, _table)  # a first run, or changed rules: written at each new pattern, read whole by the next run
    return literals


def _table_file() -> Path | None:
    if os.environ.get(SWITCH_ENV, "1") == "0":
        return None
    return cache_dir() / f"regex-literals-{_analysis_digest()}.marshal"


@lru_cache(maxsize=1)
def _analysis_digest() -> str:
    """The interpreter's version and this module's text: a table read by another analysis is never used."""
    return hashlib.sha256(sys.version.encode() + Path(__file__).read_bytes()).hexdigest()[:16]


def _read(path: Path) -> dict[tuple[str, int], tuple[str, ...] | None]:
    return read_table(path, _well_formed)  # none yet, unreadable or damaged: {}, the literals read from the patterns again


def _well_formed(key: Any, value: Any) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
            and (value is None or isinstance(value, tuple) and len(value) > 0 and all(isinstance(v, str) and v for v in value)))


def _write(path: Path, table: dict[tuple[str, int], tuple[str, ...] | None]) -> None:
    write_table(path, table)  # a folder that cannot be written leaves the table in memory only
