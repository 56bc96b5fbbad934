"""Places: capitalised names after a locative cue, resolved offline to coordinates by the gazetteer.

Candidates come from "in/near/at/outside X", "the village of X", "X region", and the
parenthesised admin chains of event notes ("Bargaram (Hile-Alifa, Logone-et-Chari)").
Ambiguity is resolved towards the conflict's countries and the admin names given beside the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from counterclaim.extract.literal_prefilter import prefiltered

if TYPE_CHECKING:
    from counterclaim.data.gazetteer import Place

# Compass words before a name ("southern Lebanon", "north-eastern Syria").
_COMPASS = r"north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western"
_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:al|el|de|del|la|le|du|des|ad|adh|an|ar|as|ash|at|az|ez|ed|en|er|et|bin|ibn|upon|sur|am|im|dos|das|do|da|es|e|ul|ur|imeni|wa|y|los|las|di|van|von)[ -])?[A-Z][\w'’.-]*){0,3}"
LOCATIVE = re.compile(
    rf"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Ff]rom|into|towards|toward|on|[Aa]cross|of|to|[Ww]ithin|[Ii]nside|over|through|throughout|[Bb]etween|hit|hitting|struck|striking|shelled|shelling|shells|attacked|attacking|attacks|bombed|bombing|bombs|targeted|targeting|targets|pounded|pounding|pounds|bombarded|bombarding|bombards|hits|strikes|captured|seized|liberated|recaptured|retook|retaken|overran|overrun|stormed|raided|entered|captures?|capturing|seizes?|seizing|liberat(?:e|es|ing)|recaptur(?:e|es|ing)|retakes?|retaking|overruns?|overrunning|storm(?:s|ing)|enter(?:s|ing)|(?:took|takes?|taking|seize[sd]?|seizing|gain(?:s|ed|ing)?|los(?:t|es?|ing)|regain(?:s|ed|ing)?)\s+control\s+of|fall\s+of|besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing))\s+(?:the\s+)?(?:(?:{_COMPASS}|neighbou?ring|nearby|downtown|rural|suburban|greater)\s+)?(?:(?:village|town|city|district|region|province|area|settlement|outskirts|suburb|neighbou?rhood|township|municipality|governorate|oblast|state|camp|port)\s+of\s+)?(?P<name>{_NAME})"
    rf"(?P<kind>\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Gg]overnorate|[Tt]ownship|[Ss]tate|[Cc]ounty|[Ss]trip|[Vv]illage|[Tt]own|[Cc]ity|[Cc]amp))?"
)
# A part of a town named by its kind after its name ("the Pina neighborhood", "the Christian quarter"), and how far
# from a town the text names it may lie.
NEIGHBOURHOOD_KM = 50.0
NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?i:neighbou?rhoods?|quarters?|barrios?|favelas?|slums?|housing\s+estates?)\b")
# A compass word right before a name ("southern Lebanon": a part of the country).
COMPASS_BEFORE = re.compile(rf"(?i)\b(?:{_COMPASS})\s+(?:the\s+)?$")
# A headline's place label before a colon ("Kramatorsk: 2 killed in Russian strike"), at the start of a line.
LABEL_PLACE = prefiltered(re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})(?P<kind>)[ \t]*:[ \t]+(?=\S)"))
NOT_PLACES = frozenset(
    """The A An This That These It He She They We Our Their His Her Its Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    President Prime Minister Ministry Defense Defence Foreign Army Forces Military General Secretary UN
    Twitter Telegram Facebook Reuters AFP AP TASS English Islamic State Council Security Front""".split()
)


# Words of NOT_PLACES that also open place names, written apart ("An Nahud", "A Coruna"): with a name after them, the
# gazetteer decides.
ARTICLES_IN_NAMES = frozenset({"A", "An"})


# "of X" ending the name of a body ("Association of America", "Bank of England"): X names the body, not where it happened.
ORGANISATION_OF = re.compile(
    r"\b(?:Association|Associations|Union|Bank|University|College|Institute|Council|Committee|Federation|League|Party|Society|Foundation|"
    r"Organi[sz]ation|Coalition|Alliance|Agency|Chamber|Church|Academy|Friends|Congress|Center|Centre|Fund|Conference)\s+of\s+(?:the\s+)?$"
)


# "of X" after a capitalised word that names no kind of place: X ends a longer proper name.
INSIDE_A_LONGER_NAME = re.compile(
    r"\b(?!(?:Village|Town|City|District|Region|Province|Area|Governorate|Oblast|State|Republic|Municipality|County)\b)[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$"
)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # as written
    latitude: float | None
    longitude: float | None
    country: str | None
    population: int = 0  # of the place the name was resolved to; 0 when unknown
    kind: str = "city"  # "city" | "region" | "country"


# Actor mentions that may also be read as places ("in Ukraine", "on Kyiv"); other roles never are.
PLACE_LIKE_ROLES = frozenset({"name", "capital"})
# A country's name used as the attribute of a state's forces, offices or acts ("the U.S. campaign", "a US military
# base", "the Ukraine war"): the state acting, not a place where anything happened.
ATTRIBUTIVE_NOUN = re.compile(
    r"\.?\s+(?:-?(?:led|backed|based|made|built|supplied|brokered)\b|(?:military|army|armed|navy|naval|air|forces?|troops|soldiers|personnel|marines|"
    r"campaign|strikes?|airstrikes?|raids?|operations?|offensive|war|invasion|government|administration|officials?|embassy|envoy|ambassador|"
    r"president|defen[cs]e|ministry|intelligence|command|coalition|sanctions|aid|weapons|arms|drones?|missiles?|jets?|warships?|carrier|destroyer|"
    r"bases?|citizens|nationals|contractors|diplomats?|delegation|authorities|side)\b)"
)
# Admin names written right after a place: "Guadalupe, Zacatecas", "Bargaram (Hile-Alifa, Logone-et-Chari)".
# The area a place, or the list it heads, lies in: "Dubki and Lipovka in the Valuysky district".
AREA_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w'’-]+)*(?:,?\s+and\s+[A-Z][\w'’-]+)?\s+in\s+the\s+(?P<area>[A-Z][\w'’-]+)\s+"
    r"(?:district|region|oblast|province|raion|governorate|county|municipality)\b"
)
# The adjectival ending of a district named after its town ("Belgorodsky", "Pokrovskyi", "Bakhmutskyi").
DISTRICT_ADJECTIVE = re.compile(r"s?k(?:y|iy|yi|yy|ii|i)$")
# The kinds of local units a place's name is written with, the world over ("X woreda", "X rural municipality", "tambon
# X", "X corregimiento", "X upazila", "X payam").
ADMIN_UNITS = (r"city|town|village|hamlet|area|township|municipality|locality|district|sub-?district|county|sub-?county|woreda|"
               r"kebele|corregimiento|vereda|upazila|subdivision|canton|tehsil|taluka|mandal|zone|region|payam|boma|commune|"
               r"sector|regency|union|hill|community|ward|barangay|parish|arrondissement|department|prefecture|tambon|"
               r"rural\s+municipality")
# Where a place lies from a known one: "south of Kutum", "some 20 km south-east of Gao".
BEARING_OF = (r"(?:(?:about|some|around|roughly|nearly)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
              r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?")
FOLLOWING_HINTS = re.compile(rf"(?:\s+(?i:{ADMIN_UNITS})s?)?\s*(?:,\s*(?:(?i:{ADMIN_UNITS})\s+|{BEARING_OF})?"
                             # the area ends the clause, or its kind word ends it ("a village, Kharkiv region overnight")
                             rf"(?P<comma>[A-Z][\w'’ -]{{1,40}}?(?:(?=\s*[,.;()]|\s*$)|\s(?i:region|oblast|province|governorate|state|district|county)\b))|"
                             # "Sukkur city (Sukkur, Sindh)", "Moga town (Moga district, Punjab)": the kind, then the
                             # areas; "X village, tambon Y (Sai Buri, Pattani)": the kind, the unit above it, its areas
                             r"\((?P<chain>[^()]{2,120})\))")
# The larger area a place is said to lie in, after it: "Kafr Nabl in Idlib countryside", "an army camp in Hama countryside",
# "a village in Qarah Hajir district of Kirkuk province", "Kuchi in Munya Local Government Area".
WITHIN_HINT = re.compile(
    r"\s+(?:(?:[a-z-]+\s+)?(?:village|town|city|area|axis|camp|neighbou?rhood|suburb|outskirts|locality|settlement)\s+)?(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?P<area>{_NAME})\s+(?i:countryside|province|district|governorate|region|state|county|oblast|raion|municipality|"
    r"commune|prefecture|township|Local\s+Government\s+Area|LGA)\b|"
    # ... or before it: "a town in rural Damascus", "a village in the countryside of Manbij"
    rf"(?:rural|(?:(?:northern|southern|eastern|western)\s+)?countryside\s+of)\s+(?P<rural>{_NAME}))"
)
ACRONYM_IN_BRACKETS = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# The rest of a list of places that a locative heads: "at Okporo and Umuaka (Orlu, Imo)": the areas written after the
# list hold for each of its places.
LIST_REST = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}")


def find_places(text: str, countries: Sequence[str], actor_spans: Sequence[tuple[int, int, str]] = (),
                title_case_spans: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Place mentions in `text` that the gazetteer knows, preferring `countries` (ISO3). `title_case_spans`: the lines of
    `text` that were set in title case before their common words were lowered (a lowered headline no longer looks it)."""
    from counterclaim.data.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found: list[PlaceMention] = []
    for match in sorted([*LOCATIVE.finditer(text), *LABEL_PLACE.finditer(text)], key=lambda m: m.start("name")):
        name = match.group("name").rstrip(".")
        first, *rest = name.split()
        if (first in NOT_PLACES and not (first in ARTICLES_IN_NAMES and rest)) or _nationality_word(name):
            continue  # "in Thai border provinces": a state's adjective, not a namesake town
        if POSSESSIVE_END.search(name):
            # "Jordan's border": Jordan, not a village "Jordans"; "McDonald's in Sheffield" names no town McDonald
            owner = gazetteer.lookup(POSSESSIVE_END.sub("", name), countries)
            if owner is not None and (owner.kind != "city" or owner.population >= NAMESAKE_POPULATION):
                name = POSSESSIVE_END.sub("", name)
        kind = (match.group("kind") or "").strip()
        written = f"{name} {kind}".strip() if kind.lower() in ("region", "oblast", "province", "governorate", "strip", "state") else name
        start, end = match.start("name"), match.start("name") + len(written)
        if any(m.start <= start < m.end for m in found):
            continue
        if re.search(r"\baccording\s+$", text[max(0, match.start() - 12) : match.start()], re.I):
            continue  # "According to Kyiv, ...": the source, not where it happened
        if re.search(r"\b(?:made|manufactured|produced|built|designed|developed|assembled)\s+$", text[max(0, match.start() - 14) : match.start()], re.I):
            continue  # "howitzers made in the United States": where the weapon was made, not where anything happened
        if ORGANISATION_OF.search(text[max(0, match.start() - 40) : match.start("name")]):
            continue  # "the Amhara Association of America", "the University of Khartoum": a body's name, not a place
        if any(s <= start < e and role not in PLACE_LIKE_ROLES for s, e, role in actor_spans):
            continue  # "of Azeri soldiers": an actor's adjective, not a place
        hints = _hints_after(text, match.end())
        place = gazetteer.locate(written, countries, hints)
        if place is None and written != name:
            place = gazetteer.locate(name, countries, hints)
        if (place is not None and countries and place.country not in countries
                and INSIDE_A_LONGER_NAME.search(text[max(0, match.start() - 30) : match.start("name")])):
            continue  # "across the Line of Control", "the Sea of Japan": part of a longer name, no namesake abroad
        area = _area_after(text, match.end(), countries)
        if area is not None and (place is None or place.country != area.country):
            place = area  # "Blizhneye ... in the Belgorodsky district": not the namesake the gazetteer knows abroad
        if place is None:
            continue
        if place.kind == "country" and ATTRIBUTIVE_NOUN.match(text, end):
            continue  # "in the deadliest attack of the U.S. campaign": whose campaign, not where
        if place.kind == "country" and re.match(r"(?i)between\b", match.group()):
            continue  # "talks between Russia and Ukraine": the parties, not where; "the road between Gusau and Tsafe" is
        if (place.kind == "city" and place.population < NAMESAKE_POPULATION and (not countries or place.country not in countries)
                and (_in_title_case_line(text, start) or any(s <= start < e for s, e in title_case_spans))):
            continue  # "Troops Stay on Hunt for Gunmen": a capitalised word of a headline, not a small town abroad
        # "in southern Lebanon": a part of the country, as specific as a region
        mention_kind = "region" if place.kind == "country" and COMPASS_BEFORE.search(match.group(), 0, start - match.start()) else place.kind
        found.append(PlaceMention(start, end, written, place.lat, place.lon, place.country, place.population, mention_kind))
    found.sort(key=lambda m: m.start)
    return _inside_later_area(text, _neighbourhoods_near_their_town(text, found), countries)


def _neighbourhoods_near_their_town(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Places named as a part of a town ("the Shujaiya neighbourhood of Gaza City") kept only near another place the
    text names: far from all of them, the index found a namesake ("in Recife, ... the Pina neighborhood": not a Pina abroad)."""
    from counterclaim.data.gazetteer import distance_km

    parts = {m.start for m in found if NEIGHBOURHOOD_AFTER.match(text, m.end)}
    towns = [m for m in found if m.start not in parts and m.latitude is not None and m.longitude is not None]
    return [m for m in found
            if m.start not in parts or not towns or m.latitude is None or m.longitude is None
            or any(distance_km(m.latitude, m.longitude, t.latitude, t.longitude) <= NEIGHBOURHOOD_KM for t in towns)]


# What lies between a place and the larger area it is said to be in ("Kuchi community in Munya Local Government
# Area of Niger State", "Tabanan village, Bama district"): no clause break.
WITHIN_AREA = re.compile(
    r"(?:\s+(?:community|village|town|settlement|locality|ward|area|district|municipality|county|commune))?"
    r"(?:(?:\s+(?:in|of)|,)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,4}?(?:(?:Local\s+Government\s+)?Area|[Dd]istrict|[Cc]ounty|"
    r"[Mm]unicipality|[Cc]ommune|[Pp]rovince|[Rr]egion)?){0,2}(?:\s+(?:in|of)|,)\s+(?:the\s+)?")


def _inside_later_area(text: str, found: list[PlaceMention], countries: Sequence[str]) -> list[PlaceMention]:
    """A place the gazetteer knows only abroad, said to lie in a larger area of a country the text is about, is
    a namesake: it takes that area ("Kuchi community in Munya ... of Niger State" is in Nigeria, not China)."""
    if not countries:
        return found
    result = list(found)
    for index, place in enumerate(found):
        if place.country in countries:
            continue
        area = next((later for later in found[index + 1 :] if later.country in countries and later.kind != "city"
                     and WITHIN_AREA.fullmatch(text, place.end, later.start)), None)
        if area is not None:
            result[index] = PlaceMention(place.start, place.end, place.name, area.latitude, area.longitude, area.country,
                                         area.population, area.kind)
    return result


def _nationality_word(name: str) -> bool:
    """Whether `name` is a state's adjective or demonym in the actor registry ("Thai", "Cambodian")."""
    from counterclaim.data.actors import load_registry

    return any(form.role in ("adjective", "demonym") for form in load_registry().lookup_all(name))


# A possessive ending a name: "Jordan's border", "Ukraine’s".
POSSESSIVE_END = re.compile(r"['’]s$")
# A headline set in title case capitalises ordinary words ("Stay on Hunt for"): most of its longer words start
# with a capital.
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_WORDS = 4


def _in_title_case_line(text: str, position: int) -> bool:
    """True when the line holding `position` is set in title case, as headlines often are."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _area_after(text: str, position: int, countries: Sequence[str]) -> Place | None:
    """The district or region a place is said to lie in after it (or after the list it heads): "Gorkovsky in the
    Graivoronsky district", "Dubki and Lipovka in the Valuysky district"; an adjectival district name
    ("Belgorodsky", "Pokrovskyi") also stands for its town's area."""
    from counterclaim.data.gazetteer import load_gazetteer

    match = AREA_AFTER.match(text, position)
    if match is None:
        return None
    area = match.group("area")
    stem = DISTRICT_ADJECTIVE.sub("", area)
    names = [area] if stem == area else [area, f"{stem}sk", stem]
    gazetteer = load_gazetteer()
    return next((p for p in (gazetteer.lookup(n, countries) for n in names) if p is not None), None)


def _hints_after(text: str, position: int) -> list[str]:
    """The admin areas written after a place (or after the list of places it heads), innermost first."""
    hints = _areas_after(text, position)
    if not hints:
        rest = LIST_REST.match(text, position)
        if rest is not None:
            hints = _areas_after(text, rest.end())
    return hints


# An aside in square brackets between a place and its areas: "Nunua [also spelled Nounoua] (Djugu, Ituri)".
BRACKETED_ASIDE = re.compile(r"\s*\[[^\[\]]{1,80}\]")


def _areas_after(text: str, position: int) -> list[str]:
    hints: list[str] = []
    for _ in range(3):
        aside = BRACKETED_ASIDE.match(text, position)
        if aside is not None:
            position = aside.end()
        match = FOLLOWING_HINTS.match(text, position)
        if match is None:
            within = WITHIN_HINT.match(text, position)
            if within is None:
                break
            hints.append(within.group("area") or within.group("rural"))
            position = within.end()
            continue
        if match.group("comma"):
            hints.append(match.group("comma").strip())
        else:
            # an acronym in brackets defines a name ("the Liberty and Refoundation (LIBRE) party"), it names no area
            hints.extend(part.strip() for part in match.group("chain").split(",")
                         if part.strip() and part.strip()[0].isupper() and not ACRONYM_IN_BRACKETS.fullmatch(part.strip()))
        position = match.end()
    return hints


# A town abroad smaller than this, found for a name in a text about other states, is more likely a namesake of a place
# the gazetteer lacks ("Moura" in a text about Mali is not the Portuguese town) than where it happened.
NAMESAKE_POPULATION = 100_000


def without_namesake_countries(mentions: Sequence[PlaceMention], about: Sequence[str]) -> list[PlaceMention]:
    """The mentions, with the country left unknown for small towns outside the states the text is about (`about`:
    its war's and those it names): likely namesakes, whose country must not say whose the people or
    institutions are. Their coordinates stay."""
    wanted = set(about)
    if not wanted:
        return list(mentions)
    return [m if m.country is None or m.country in wanted or m.kind != "city" or m.population >= NAMESAKE_POPULATION
            else replace(m, country=None) for m in mentions]


def best_place(mentions: Sequence[PlaceMention], position: int) -> PlaceMention | None:
    """The most specific place mention nearest the claim: a town before a region before a country."""
    if not mentions:
        return None
    # a country named in the same sentence as a town or region is the setting, not the site ("migrants who entered Turkey
    # were detained in Fatih", "Russian strikes on Ukraine killed five in Kharkiv")
    return min(mentions, key=lambda m: (abs(m.start - position) > 400, m.kind == "country", abs(m.start - position)))
