"""Whose weapons a later sentence points back to: "the drones targeted the headquarters", "one of the missiles
struck a school", "shot down Ukrainian drones as they attempted to attack".

A weapon's owner is the side named on it ("Russian drones", "Hezbollah's rockets", "drones launched by the
RSF", "Russia launched 12 drones"); an attack told by a definite weapon noun or a pronoun standing for the
weapons has that owner as its attacker. This module only reads the text; the document state keeps the owners
from sentence to sentence and resolution uses them.
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import SentenceView
from counterclaim.extract.literal_prefilter import prefiltered

# Weapon nouns by kind: an anaphor of one kind points back to the owner of the same kind.
WEAPON_KINDS: dict[str, str] = {
    "drone": r"(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|Shaheds?|Gerans?|loitering\s+munitions?)",
    "missile": r"(?:missiles?|rockets?|projectiles?)",
}
WEAPON_NOUN = prefiltered(re.compile("|".join(f"(?P<{kind}>\\b{pattern}\\b)" for kind, pattern in WEAPON_KINDS.items()), re.I))
# Words between an owner and its weapon: a count, a make or a kind ("30 Russian drones", "Iranian-made Shahed
# drones", "Hezbollah's anti-tank missiles"), never a verb of its own ("Ukraine downed 30 drones").
OWNER_GAP = re.compile(
    r"(?:['’]s?)?\s+(?:(?:\d[\d,]*|(?-i:[A-Z][\w-]*)|[\w-]+-made|[\w-]+-range|kamikaze|attack|suicide|combat|military|cruise|ballistic|guided|"
    r"anti-tank|anti-ship|surface-to-surface|air-to-surface|hypersonic|explosive-laden|armed|unmanned|of|its|their)\s+){0,3}$",
    re.I,
)
# A weapon sent by its owner, named after it: "drones launched by the RSF", "rockets fired from Lebanon by Hezbollah".
SENT_BY = re.compile(r"^\s*(?:\(\w+\)\s*)?(?:(?:that|which)\s+(?:were|was)\s+)?(?:launched|fired|sent|operated|flown)\s+(?:from\s+[\w\s-]{1,30}?\s+)?by\s+(?:the\s+)?$", re.I)
# The sender heading a clause whose object is the weapon: "Russia launched five missiles and 12 drones".
LAUNCHED = re.compile(
    r"^\s+(?:(?:had|has|have|also|then|again|reportedly)\s+)*(?:launched|fired|sent|used|deployed|unleashed)\s+"
    r"(?:(?:an?|the|some|about|around|over|more\s+than|at\s+least|up\s+to|\d[\d,]*|[\w-]+|and)\s+){0,6}?$",
    re.I,
)

# A definite weapon noun heading the attack's clause ("The drones targeted", "one of the missiles had struck",
# "the rockets, fired overnight, hit"), or a pronoun whose antecedent is a weapon of the same sentence ("shot down
# Ukrainian drones as they attempted to attack").
ANAPHOR_KINDS = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in WEAPON_KINDS.items())
DEFINITE_WEAPON = re.compile(
    rf"\b(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:{ANAPHOR_KINDS})\b(?:\s*\([^)]{{1,20}}\))?(?:\s*,[^,;.]{{1,60}},)?(?:\s+[\w-]+){{0,3}}?\s*$",
    re.I,
)
PRONOUN_FOR_WEAPON = re.compile(
    rf"\b(?:{ANAPHOR_KINDS})\b(?:\s*\([^)]{{1,20}}\))?[^.;:]{{0,80}}?\b(?:as|when|while|after|before|which|that)\s+(?:they|it)\s+(?:[\w-]+\s+){{0,3}}$",
    re.I,
)


def weapon_owners(view: SentenceView) -> list[tuple[int, str, str]]:
    """The weapons a sentence gives an owner: (position, kind, owner code), in text order."""
    text = view.text
    found: list[tuple[int, str, str]] = []
    for weapon in WEAPON_NOUN.finditer(text):
        kind = weapon.lastgroup or ""
        owner = None
        before = [a for a in view.actors if a.end <= weapon.start() and a.role not in ("pronoun", "capital")]
        if before and (OWNER_GAP.fullmatch(text[before[-1].end : weapon.start()]) or LAUNCHED.fullmatch(text[before[-1].end : weapon.start()])):
            owner = before[-1].code
        after = view.first_actor_after(weapon.end())
        if after is not None and SENT_BY.match(text[weapon.end() : after.start]):
            owner = after.code
        if owner is not None and not owner.startswith("@"):
            found.append((weapon.start(), kind, owner))
    return found


def weapon_anaphor(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The kind of weapon an attack's clause points back to, and where its antecedent may be named before:
    the start of the clause for a definite noun, the antecedent itself for a pronoun."""
    definite = DEFINITE_WEAPON.search(text[max(0, start - 100) : end])
    if definite is not None:
        return definite.lastgroup or "", max(0, start - 100) + definite.start()
    pronoun = PRONOUN_FOR_WEAPON.search(text[max(0, start - 160) : start])
    if pronoun is not None:
        return pronoun.lastgroup or "", max(0, start - 160) + pronoun.end(pronoun.lastgroup or 0)
    return None


def attack_weapons(phrase: str) -> list[tuple[int, str]]:
    """The weapons an attack's own words name: (position, kind)."""
    return [(weapon.start(), weapon.lastgroup or "") for weapon in WEAPON_NOUN.finditer(phrase)]
