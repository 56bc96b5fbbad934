"""Places: capitalised names after a locative cue, resolved offline to coordinates by the gazetteer.

Candidates come from "in/near/at/outside X", "the village of X", "X region", and the
parenthesised admin chains of event notes ("Bargaram (Hile-Alifa, Logone-et-Chari)").
Ambiguity is resolved towards the conflict's countries and the admin names given beside the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:al|el|de|del|la|le|du|des|ad|an|as|ash|at|bin|ibn|upon|on|sur|am|im|dos|das|do|da)[ -])?[A-Z][\w'’.-]*){0,3}"
LOCATIVE = re.compile(
    rf"\b(?:in|near|at|outside|around|from|into|towards|toward|on|across|of|to|within|inside|over|hit|struck|shelled|attacked|bombed|captured|seized|liberated|recaptured|entered)\s+(?:the\s+)?(?:(?:village|town|city|district|region|province|area|settlement|outskirts|suburb|neighbou?rhood|township|municipality|governorate|oblast|state|camp|port)\s+of\s+)?(?P<name>{_NAME})"
    rf"(?P<kind>\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Gg]overnorate|[Tt]ownship|[Ss]tate|[Cc]ounty|[Ss]trip|[Vv]illage|[Tt]own|[Cc]ity|[Cc]amp))?"
)
HEADLINE_NAME = re.compile(rf"(?P<name>{_NAME})['’]s\s+(?P<place>{_NAME})")
ADMIN_CHAIN = re.compile(r"\((?P<chain>[^()]{2,120})\)")
NOT_PLACES = frozenset(
    """The A An This That These It He She They We Our Their His Her Its Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    President Prime Minister Ministry Defense Defence Foreign Army Forces Military General Secretary UN
    Twitter Telegram Facebook Reuters AFP AP TASS Al English Islamic State Council Security Front""".split()
)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # as written
    latitude: float | None
    longitude: float | None
    country: str | None


def find_places(text: str, countries: Sequence[str], actor_spans: Sequence[tuple[int, int, str]] = ()) -> list[PlaceMention]:
    """Place mentions in `text` that the gazetteer knows, preferring `countries` (ISO3)."""
    try:
        from counterclaim.data.gazetteer import load_gazetteer
    except ImportError:  # TEMPORARY until the gazetteer lands
        return []

    gazetteer = load_gazetteer()
    found: list[PlaceMention] = []
    hints = [c.strip() for m in ADMIN_CHAIN.finditer(text) for c in m.group("chain").split(",")]
    for match in LOCATIVE.finditer(text):
        name = match.group("name").rstrip(".")
        if name.split()[0] in NOT_PLACES:
            continue
        kind = (match.group("kind") or "").strip()
        written = f"{name} {kind}".strip() if kind.lower() in ("region", "oblast", "province", "governorate", "strip", "state") else name
        start, end = match.start("name"), match.start("name") + len(written)
        if any(s <= start < e and role == "name" for s, e, role in actor_spans):
            # a state named in a locative ("in Ukraine") is a place only when nothing finer is given
            country_only = True
        else:
            country_only = False
        place = _lookup(gazetteer, written, name, countries, hints)
        if place is None:
            continue
        if any(m.start <= start < m.end for m in found):
            continue
        mention = PlaceMention(start, end, written, place.lat, place.lon, place.country)
        if country_only or getattr(place, "kind", "city") == "country":
            found.append(mention)
        else:
            found.insert(len([m for m in found if m.country is not None and m.start < start]), mention)
    found.sort(key=lambda m: m.start)
    return found


def _lookup(gazetteer: object, written: str, name: str, countries: Sequence[str], hints: Sequence[str]) -> object | None:
    lookup = gazetteer.lookup
    try:
        place = lookup(written, countries, near=hints) if hints else lookup(written, countries)
    except TypeError:
        place = lookup(written, countries)
    if place is None and written != name:
        try:
            place = lookup(name, countries, near=hints) if hints else lookup(name, countries)
        except TypeError:
            place = lookup(name, countries)
    return place


def best_place(mentions: Sequence[PlaceMention], position: int) -> PlaceMention | None:
    """The most specific place mention nearest the claim: a town before a region before a country."""
    if not mentions:
        return None
    return min(mentions, key=lambda m: (abs(m.start - position) > 400, abs(m.start - position)))
