"""Actor mentions: names, adjectives, demonyms, capitals, bodies, groups and officials from the registry.

One compiled matcher per registry. Capitalised forms match case-sensitively (so "US" is the
United States and "us" is not); a possessive "'s" and a plural "s" are tolerated. Also finds
actor phrases built from a state adjective and an institution ("the Armenian Foreign Ministry",
"Azerbaijan's defense ministry"), which take the state's code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from counterclaim.extract.drafts import ActorMention

# Forms that are also ordinary words or too ambiguous to take as an actor on their own.
AMBIGUOUS_FORMS = frozenset({"IS", "US", "AU", "EU", "UN", "SAF", "ADF", "RSF", "SDF", "PA", "Jordan", "Chad", "Georgia", "Niger", "Guinea", "Turkey", "China", "Congo", "Israel", "Mali", "Cuba", "Oman", "Togo", "Peru"})
# Forms that should only match when written exactly as registered (acronyms in capitals).
ACRONYM = re.compile(r"^[A-Z0-9&.-]{2,8}$")


@dataclass(frozen=True)
class ActorForm:
    text: str
    code: str
    role: str


class ActorMatcher:
    """Finds registry forms in a text, longest match first, without overlaps."""

    def __init__(self, forms: Sequence[ActorForm]):
        by_text: dict[str, ActorForm] = {}
        for form in forms:
            key = form.text if _case_sensitive(form.text) else form.text.lower()
            by_text.setdefault(key, form)
        self._forms = by_text
        sensitive = sorted((f for f in by_text if _case_sensitive(f)), key=len, reverse=True)
        insensitive = sorted((f for f in by_text if not _case_sensitive(f)), key=len, reverse=True)
        suffix = r"(?:['’]s|s|es)?(?![\w-])"
        self._sensitive = re.compile(r"(?<![\w-])(" + "|".join(map(_escape, sensitive)) + r")" + suffix) if sensitive else None
        self._insensitive = re.compile(r"(?i)(?<![\w-])(" + "|".join(map(_escape, insensitive)) + r")" + suffix) if insensitive else None

    def find(self, text: str) -> list[ActorMention]:
        found: list[ActorMention] = []
        for pattern, fold in ((self._sensitive, False), (self._insensitive, True)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                key = match.group(1).lower() if fold else match.group(1)
                form = self._forms.get(key)
                if form is None:
                    continue
                found.append(ActorMention(match.start(), match.end(), form.code, form.role, match.group()))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        result: list[ActorMention] = []
        for mention in found:
            if result and mention.start < result[-1].end:
                continue
            result.append(mention)
        return result


def _case_sensitive(form: str) -> bool:
    return form[:1].isupper() or bool(ACRONYM.match(form))


def _escape(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")


@lru_cache(maxsize=4)
def registry_matcher() -> ActorMatcher:
    """The matcher over the default registry (cached for the process)."""
    from counterclaim.data.actors import load_registry

    registry = load_registry()
    return ActorMatcher([ActorForm(f.text, f.code, f.role) for f in registry.forms])
