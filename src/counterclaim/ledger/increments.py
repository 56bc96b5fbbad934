"""Whether a figure that is not called a running total is a new increment: only when its words mark it as new.

A claimant who reports "1,280 killed" on 1 October after "hundreds killed" on 28 September gives its
running figure twice; adding them would state a number nobody stated. So the ledger adds a claimant's
figures only when the text marks them as increments; an unmarked figure is read as the claimant's
running total as of its date. Pure functions over a claim's stored fields and its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that say a figure comes on top of an earlier one ("15 more", "another 12", "an additional 30");
# "more than 200" is a lower bound, not an increment.
ADDED_TO_EARLIER = (r"more(?!\s+than)", "another", "additional", "further")
# A short window that ends at the report: the figure is that window's toll ("overnight", "in the past day").
SHORT_WINDOWS = (
    "overnight", "last night", "yesterday", "today", "this morning", "this evening", "tonight",
    r"(?:in|over|during) the (?:past|last|previous) (?:day|24 hours|twenty-four hours|night)",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)? (?:night|morning|evening|afternoon)",
)
# One event named by its kind: the figure is that event's toll ("killed in an airstrike on the market").
EVENT_NOUNS = (
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes",
    "drone strike", "shelling", "shelled", "bombing", "bombardment", "blast", "explosion", "ambush", "ambushed",
    "raid", "clash", "clashes", "assault", "massacre", "landmine", "roadside bomb", "car bomb", "suicide bomber",
    "gunmen", "opened fire", "struck", "hit", "mortar fire", "artillery fire",
)
# A figure counted from a start is a total even when not stored as one; these words veto the marks above.
RUNNING_FROM_A_START = (
    r"since (?:the (?:start|beginning|outbreak)|the war|the fighting|the conflict|hostilities|[a-z]+ \d|\d)",
    "so far", "in total", "in all", "to date", "total of", "toll (?:rose|rises|has risen|climbed|stands|stood) (?:to|at)",
    "bringing the (?:total|toll|number)",
)


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """Matched against lower-cased text: a case-sensitive pattern runs 3-5 times faster than IGNORECASE."""
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


# One pass over a sentence finds the first mark of any kind (the ledger reads ~100,000 sentences per build).
MARK_PATTERN = _alternation(ADDED_TO_EARLIER + SHORT_WINDOWS + EVENT_NOUNS)
RUNNING_PATTERN = _alternation(RUNNING_FROM_A_START)
# Sentences repeat (wire copies, one sentence holding several claims): their marks are kept.
MARK_CACHE_SIZE = 65536


def increment_mark(words: str | None, place: str | None = None) -> str | None:
    """What marks a figure as a new increment: 'more', 'overnight', 'attack', 'at <place>'..., or None.

    `words` is the claim's sentence (else its quote); `place` the place the claim names: a figure tied
    to a named place is the toll of what happened there, so figures of distinct places add up.
    """
    mark = _sentence_mark(words or "")
    if mark is not None:
        return mark or None
    return f"at {place}" if place else None


@lru_cache(maxsize=MARK_CACHE_SIZE)
def _sentence_mark(text: str) -> str | None:
    """The sentence's mark; '' when it counts from a start (a total whatever else it says); None when unmarked."""
    if not text:
        return None
    text = text.lower()
    if RUNNING_PATTERN.search(text):
        return ""
    found = MARK_PATTERN.search(text)
    return found.group(0) if found else None


def is_marked_increment(cumulative: bool, count: object, words: str | None, place: str | None) -> bool:
    """True for a figure (not a running total, with a count) whose words mark it as new."""
    if cumulative or count is None:
        return False
    return increment_mark(words, place) is not None
