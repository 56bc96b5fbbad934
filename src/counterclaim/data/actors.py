"""Actor registry: states, international bodies, armed groups, officials and conflict profiles, read from
the data files beside this module (states.tsv, actors.json, profiles/*.json). No matching of running text."""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent
PROFILES_DIR = DATA_DIR / "profiles"
PROFILES_ENV = "COUNTERCLAIM_PROFILES"

ROLES = frozenset(
    {
        "name",
        "adjective",
        "demonym",
        "capital",
        "military",
        "ministry",
        "official",
        "body",
        "group",
        "authority",
    }
)
_NON_LETTERS = re.compile(r"[^A-Za-z]")
KINDS = frozenset({"state", "body", "group", "authority"})

# Acronyms this short are matched with their exact case: "WHO" is not "who", "US" is not "us", "IS" is not "is".
CASE_SENSITIVE_MAX_LETTERS = 4

# Surface suffixes stripped when a form is not found as written: possessives, then plurals.
POSSESSIVE_SUFFIXES = ("'s", "’s", "'", "’")
PLURAL_SUFFIXES = ("es", "s")

# When two data sources give the same surface form different codes, the higher rank wins
# ("Brussels": Belgium's capital, but in conflict news the EU).
SOURCE_RANK = {"state": 0, "state_form": 1, "entity": 2, "official": 3, "profile_alias": 4}

# Words that name a kind of body, force or authority, not a particular one. A profile alias made only of such
# words ("separatist authorities", "Joint Forces", "Defense Army", "Government Media Office") names that war's
# party only inside that war: in a text about another war it is someone else's.
GENERIC_ALIAS_WORDS = frozenset(
    """
    the of in a an its enclave enclave's local regional state national central interim transitional
    separatist separatists breakaway unrecognized unrecognised self-proclaimed rebel rebels republic authority
    authorities administration government leadership council defense defence army armed forces force joint
    military militia militias troops police guard guards security service services command operational
    general staff headquarters ministry health interior information media press office civil emergency
    radio islamic resistance brotherhood alliance front movement three paramilitary rapid support special
    north south east west northern southern eastern western militants fighters group groups
    """.split()
)
# Networks whose name means their branch in the country at war ("al-Qaeda-linked militants" are al-Shabaab in
# Somalia, JNIM in Mali): an alias naming one holds only in its own war.
NETWORK_NAME_WORDS = frozenset({"al-qaeda", "qaeda", "al-qaida", "qaida", "isis", "isil", "daesh", "islamic state"})


def is_war_only_alias(text: str) -> bool:
    """True for a profile alias that stands for its war's party only in that war: one made of generic words, or
    naming a network by allegiance."""
    folded = text.casefold().replace("’", "'")
    if any(re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", folded) for name in NETWORK_NAME_WORDS):
        return True
    words = [w for w in re.split(r"[\s-]+", folded) if w]
    return bool(words) and all(w in GENERIC_ALIAS_WORDS or w.removesuffix("'s") in GENERIC_ALIAS_WORDS for w in words)


@dataclass(frozen=True)
class ActorForm:
    """A surface form of an actor as usually written, with the actor code it stands for."""

    text: str
    code: str
    role: str

    @property
    def case_sensitive(self) -> bool:
        """Short all-capital acronyms ("US", "WHO", "IS") must be matched with their exact case."""
        letters = _NON_LETTERS.sub("", self.text)
        return 0 < len(letters) <= CASE_SENSITIVE_MAX_LETTERS and letters.isupper()


@dataclass(frozen=True)
class Actor:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class Branch:
    """A network's branch in one country from a day on (None: since before any dated change)."""

    code: str
    since: date | None


@dataclass(frozen=True)
class Official:
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: date | None
    end: date | None

    def in_office(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class ConflictProfile:
    id: str
    name: str
    sides: dict[str, tuple[str, ...]]
    countries: tuple[str, ...]
    start: date | None
    end: date | None
    officials: tuple[Official, ...]
    aliases: tuple[ActorForm, ...]
    backers: dict[str, str] = field(default_factory=dict)  # outside supporter -> the side it backs
    main_for: frozenset[str] = frozenset()  # codes for which this is the main war of its period (Gaza for Israel in 2024)

    def __hash__(self) -> int:
        return hash(self.id)

    def members(self) -> frozenset[str]:
        return self._members

    @cached_property
    def _members(self) -> frozenset[str]:  # the ledger asks once per claim: computed once per profile
        return frozenset(code for side, codes in self.sides.items() for code in (side, *codes))

    def covers(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def days_outside(self, when: date | None) -> int:
        """0 when `when` falls in the profile's period, else the distance in days to it."""
        if when is None or self.covers(when):
            return 0
        if self.start is not None and when < self.start:
            return (self.start - when).days
        assert self.end is not None
        return (when - self.end).days


class ProfileError(ValueError):
    """A conflict profile file is malformed; the message names the file and the field."""


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: "Türkiye’s" -> "turkiye's"."""
    if not text.isascii():
        text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def surface_variants(surface: str) -> list[str]:
    """The surface as written, then without a possessive, then without a plural ending."""
    text = " ".join(surface.strip().split())
    variants = [text]
    for suffix in POSSESSIVE_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            variants.append(text)
            break
    for suffix in PLURAL_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            variants.append(text[: -len(suffix)])
    return variants


class ActorRegistry:
    """All actor forms and conflict profiles; lookups are dictionary reads."""

    def __init__(
        self,
        actors: Iterable[Actor],
        ranked_forms: Iterable[tuple[int, ActorForm]],
        profiles: Iterable[ConflictProfile],
        officials: Iterable[Official] = (),
        successors: dict[str, tuple[str, date]] | None = None,
        branches: dict[str, dict[str, list[Branch]]] | None = None,
    ) -> None:
        # An armed group that became a state's government: its code from that day on ("Taliban" -> AFG after 2021-08-15).
        self.successors: dict[str, tuple[str, date]] = dict(successors or {})
        # A network's branches per country, oldest first ("al-Qaeda" in Mali is AQIM, then JNIM from 2017-03-02):
        # for groups named only by allegiance.
        self.branches: dict[str, dict[str, list[Branch]]] = {code: dict(b) for code, b in (branches or {}).items()}
        self.profiles: tuple[ConflictProfile, ...] = tuple(profiles)
        self._actors: dict[str, Actor] = {}
        for actor in actors:
            self._actors.setdefault(actor.code, actor)
        self.officials: tuple[Official, ...] = tuple(officials) + tuple(
            o for p in self.profiles for o in p.officials
        )
        all_ranked = list(ranked_forms)
        # Aliases that hold only inside their own war, per profile id: matched once the text's war is known. Besides
        # generic words, an alias that names another actor elsewhere ("SNA": Somalia's army, in Syria's war the
        # Syrian National Army) is that war's only.
        elsewhere = {(form.text if form.case_sensitive else fold(form.text)): form.code for _, form in all_ranked}
        self.war_only_forms: dict[str, tuple[ActorForm, ...]] = {}
        for profile in self.profiles:
            war_only = tuple(form for form in profile.aliases if is_war_only_alias(form.text)
                             or elsewhere.get(form.text if form.case_sensitive else fold(form.text), form.code) != form.code)
            if war_only:
                self.war_only_forms[profile.id] = war_only
            all_ranked += [(SOURCE_RANK["profile_alias"], form) for form in profile.aliases]
        # Surfaces of actors elsewhere that some war gives another actor: they cannot tell which war a text is about.
        self._contested = frozenset(
            key for forms in self.war_only_forms.values() for form in forms
            for key in [form.text if form.case_sensitive else fold(form.text)] if elsewhere.get(key, form.code) != form.code
        )
        for official in self.officials:
            for text in (official.name, *official.aliases):
                all_ranked.append((SOURCE_RANK["official"], ActorForm(text, official.code, "official")))
        war_only_forms = {form for forms in self.war_only_forms.values() for form in forms}
        seen: set[tuple[str, str, str]] = set()
        unique: list[ActorForm] = []
        self._exact: dict[str, tuple[int, ActorForm]] = {}
        self._folded: dict[str, tuple[int, ActorForm]] = {}
        self._all_by_key: dict[str, list[ActorForm]] = {}
        for rank, form in all_ranked:
            if (form.text, form.code, form.role) in seen:
                continue
            seen.add((form.text, form.code, form.role))
            if form not in war_only_forms:
                unique.append(form)  # the text matcher's forms: a war's generic aliases wait for its war
            table, key = (self._exact, form.text) if form.case_sensitive else (self._folded, fold(form.text))
            current = table.get(key)
            if current is None or rank > current[0]:
                table[key] = (rank, form)
            self._all_by_key.setdefault(key, []).append(form)
        self.forms: tuple[ActorForm, ...] = tuple(unique)
        self._side_cache: dict[tuple[str, str], str | None] = {}
        # Profiles with the best date-free score per (codes, place countries): the date only breaks their ties.
        self._best_scored: dict[tuple[frozenset[str], frozenset[str]], list[ConflictProfile]] = {}

    def lookup(self, surface: str) -> ActorForm | None:
        """The form a surface stands for: case-insensitive except short acronyms; tolerant of "'s" and plurals.

        Person names (role "official") only match a capitalized surface, so "gallant" is not Yoav Gallant.
        """
        for variant in surface_variants(surface):
            hit = self._exact.get(variant)
            if hit is None:
                hit = self._folded.get(fold(variant))
                if hit is not None and hit[1].role == "official" and not variant[:1].isupper():
                    hit = None
            if hit is not None:
                return hit[1]
        return None

    def contested(self, surface: str) -> bool:
        """True for a surface that stands for one actor in most texts and another in some war's ("SNA")."""
        return any(v in self._contested or fold(v) in self._contested for v in surface_variants(surface))

    def lookup_all(self, surface: str) -> list[ActorForm]:
        """Every form with this surface (for spotting ambiguity), best first."""
        best = self.lookup(surface)
        if best is None:
            return []
        key = best.text if best.case_sensitive else fold(best.text)
        return [best] + [f for f in self._all_by_key.get(key, []) if f != best]

    def code_on(self, code: str, when: date | None) -> str:
        """The code an actor has on `when`: a group that took over a state takes the state's code from then on."""
        successor = self.successors.get(code)
        if successor is not None and when is not None and when >= successor[1]:
            return successor[0]
        return code

    def actor(self, code: str) -> Actor | None:
        return self._actors.get(code)

    def branch_in(self, code: str, country: str | None, when: date | None = None) -> str:
        """The branch of network `code` in `country` on `when` ("AL_QAEDA" in "MLI" -> "JNIM" from 2017-03-02);
        `code` itself elsewhere or before its first branch there; the latest branch when the date is unknown."""
        periods = self.branches.get(code, {}).get(country or "", [])
        current = [b for b in periods if when is None or b.since is None or b.since <= when]
        return current[-1].code if current else code

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(self._actors.values())

    def official(self, surface: str, when: date | None = None) -> Official | None:
        """The official a name stands for, preferring one in office on `when`."""
        key = fold(surface_variants(surface)[-1] if surface.endswith(("'s", "’s")) else surface)
        matches = [o for o in self.officials if key in {fold(t) for t in (o.name, *o.aliases)}]
        if not matches:
            return None
        in_office = [o for o in matches if o.in_office(when)]
        return (in_office or matches)[0]

    def profile(self, profile_id: str) -> ConflictProfile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    def profile_for(self, codes: Iterable[str], when: date | None = None,
                    place_countries: Iterable[str] = (), home: str | None = None, lead: str | None = None) -> ConflictProfile | None:
        """The profile whose sides best cover `codes`, preferring one whose period contains `when`.

        Belligerents count twice as much as backers, who count more than a mere country of the fighting (a
        belligerent that is also a country of the fighting counts once, so the date still picks Donbas 2014 or 2022);
        a profile needs at least one belligerent among the codes. `place_countries` (the countries of places
        a text names) count only as countries of the fighting, never as belligerents: a town that shares its
        name with one abroad must not pull in that country's war. `lead`, the country of the text's first place,
        then `home`, the state most of its places are in, break a tie of wars (a Mali report naming Burkina Faso
        in passing is Mali's war; a roundup leading with Ethiopia that turns to Mozambique is Ethiopia's).
        """
        key = (frozenset(codes), frozenset(place_countries))
        tied = self._best_scored.get(key)
        if tied is None:
            tied = self._best_scored[key] = self._best_scored_profiles(*key)
        if len(tied) < 2:
            return tied[0] if tied else None
        # A war that is the main one of a named side's ("Israeli strike killed 30" in 2024: Gaza, not Iran) beats a
        # later one; max() keeps the first of equal keys, as the profiles' order decides a full tie.
        wanted = frozenset(codes)
        return max(tied, key=lambda p: (-p.days_outside(when), lead is not None and lead in p.countries,
                                        home is not None and home in p.countries, bool(p.main_for & wanted),
                                        p.start.toordinal() if p.start else 0))

    def _best_scored_profiles(self, wanted: frozenset[str], where: frozenset[str]) -> list[ConflictProfile]:
        """The profiles (in registry order) with the highest score for these codes; none without a belligerent."""
        best_score: float | None = None
        best: list[ConflictProfile] = []
        for profile in self.profiles:
            belligerents = len(wanted & profile.members())
            if belligerents and not (wanted - self._allies_abroad(profile)) & profile.members() and not where & set(profile.countries):
                # Only a state fighting abroad as an ally ("Kenyan police" in Haiti): its own news is no war abroad
                # unless the text's places are in that war's countries.
                continue
            if belligerents == 0 or not {c for c in wanted & profile.members() if getattr(self._actors.get(c), "kind", None) != "body"}:
                continue  # an international body alone (the UN, the ICRC, a peacekeeping mission) names no war
            score = (
                2.0 * belligerents
                + 1.0 * len(wanted & set(profile.backers))
                + 0.5 * len(((wanted - profile.members()) | where) & set(profile.countries))
            )
            if best_score is None or score > best_score:
                best_score, best = score, [profile]
            elif score == best_score:
                best.append(profile)
        return best

    def _allies_abroad(self, profile: ConflictProfile) -> frozenset[str]:
        """States on a side of `profile` that lead no side and whose land is not in its countries (KEN in Haiti)."""
        return frozenset(
            code for side, codes in profile.sides.items() for code in codes
            if code not in profile.sides and code not in profile.countries
            and getattr(self._actors.get(code), "kind", None) == "state"
        )

    def side_of(self, code: str, profile: ConflictProfile | None) -> str | None:
        """The side a code fights on (NKR -> ARM), or backs; with no profile, the side it has in every profile."""
        if profile is not None:
            for side, members in profile.sides.items():
                if code == side or code in members:
                    return side
            return profile.backers.get(code)
        cache_key = (code, "")
        if cache_key not in self._side_cache:
            sides = {self.side_of(code, p) for p in self.profiles if code in p.members()}
            self._side_cache[cache_key] = sides.pop() if len(sides) == 1 else None
        return self._side_cache[cache_key]

    def adversary(self, code: str, profile: ConflictProfile | None) -> str | None:
        """The other side of a two-sided profile (ARM -> AZE, PSE -> ISR); with no profile, the best one for `code`;
        a state, which may fight several wars at once, has its main war's (`main_for`), else one only when every war
        that fits it best is with the same enemy (India with Maoists and Pakistan has none)."""
        if profile is None and getattr(self._actors.get(code), "kind", None) != "state":
            profile = self.profile_for([code])
            if profile is None:
                return None
        if profile is None:
            tied = self._best_scored.get((frozenset([code]), frozenset()))
            if tied is None:
                tied = self._best_scored[(frozenset([code]), frozenset())] = self._best_scored_profiles(frozenset([code]), frozenset())
            tied = [candidate for candidate in tied if code in candidate.main_for] or tied  # its main war, when marked
            enemies = {self.adversary(code, candidate) for candidate in tied}
            return enemies.pop() if len(enemies) == 1 else None
        side = self.side_of(code, profile)
        if side is None or len(profile.sides) != 2:
            return None
        return next(s for s in profile.sides if s != side)


# --- loading -------------------------------------------------------------------------------------------


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _read_states(path: Path) -> tuple[list[Actor], list[tuple[int, ActorForm]]]:
    actors: list[Actor] = []
    forms: list[tuple[int, ActorForm]] = []
    rank = SOURCE_RANK["state"]
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader(
            (line for line in handle if line.strip() and not line.startswith("#")), delimiter="\t"
        )
        for row in rows:
            row = row + [""] * (5 - len(row))
            code, names, adjectives, demonyms, capitals = (cell.strip() for cell in row[:5])
            name_list = _split(names)
            actors.append(Actor(code, name_list[0], "state"))
            forms += [(rank, ActorForm(n, code, "name")) for n in name_list]
            forms += [(rank, ActorForm(a, code, "adjective")) for a in _split(adjectives)]
            forms += [(rank, ActorForm(d, code, "demonym")) for d in _split(demonyms)]
            forms += [(rank, ActorForm(c, code, "capital")) for c in _split(capitals)]
    return actors, forms


def _parse_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ProfileError(f"{where}: {value!r} is not a YYYY-MM-DD date") from error


def _branch_periods(value: str | list[dict[str, str]], where: str) -> list[Branch]:
    """A country's branches, oldest first: one code, or periods shaped like a successor ({"code", "from"})."""
    if isinstance(value, str):
        return [Branch(value, None)]
    periods = [Branch(_require(p, "code", str, where), _parse_date(p.get("from"), where)) for p in value]
    starts = [b.since or date.min for b in periods]
    if starts != sorted(starts):
        raise ProfileError(f"{where}: branch periods are not in date order")
    return periods


def _require(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in mapping:
        raise ProfileError(f"{where}: missing field {key!r}")
    value = mapping[key]
    if not isinstance(value, kind):
        raise ProfileError(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")
    return value


def _official(raw: Any, where: str) -> Official:
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: an official must be an object")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ProfileError(f"{where}: 'aliases' must be a list of strings")
    return Official(
        name=_require(raw, "name", str, where),
        aliases=tuple(aliases),
        code=_require(raw, "code", str, where),
        role=str(raw.get("role") or "official"),
        start=_parse_date(raw.get("start"), where),
        end=_parse_date(raw.get("end"), where),
    )


def parse_profile(raw: Any, source: str = "<profile>") -> ConflictProfile:
    """Validate one profile mapping (as read from JSON or YAML) into a ConflictProfile."""
    if not isinstance(raw, dict):
        raise ProfileError(f"{source}: a profile must be an object")
    profile_id = _require(raw, "id", str, source)
    where = f"{source} ({profile_id})"
    raw_sides = _require(raw, "sides", dict, where)
    if len(raw_sides) < 2:
        raise ProfileError(f"{where}: 'sides' needs at least two sides")
    sides: dict[str, tuple[str, ...]] = {}
    for side, members in raw_sides.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ProfileError(f"{where}: side {side!r} must list actor codes")
        sides[side] = tuple(dict.fromkeys([side, *members]))
    backers = raw.get("backers") or {}
    if not isinstance(backers, dict) or any(v not in sides for v in backers.values()):
        raise ProfileError(f"{where}: 'backers' must map actor codes to one of the sides")
    aliases: list[ActorForm] = []
    for item in raw.get("aliases") or []:
        if not isinstance(item, dict):
            raise ProfileError(f"{where}: an alias must be an object with text, code, role")
        role = str(item.get("role") or "name")
        if role not in ROLES:
            raise ProfileError(f"{where}: alias role {role!r} is not one of {sorted(ROLES)}")
        aliases.append(
            ActorForm(_require(item, "text", str, where), _require(item, "code", str, where), role)
        )
    main_for = raw.get("main_for") or []
    if not isinstance(main_for, list) or any(code not in {c for m in sides.values() for c in m} for code in main_for):
        raise ProfileError(f"{where}: 'main_for' must list codes of the profile's sides")
    start = _parse_date(raw.get("start"), where)
    end = _parse_date(raw.get("end"), where)
    if start and end and end < start:
        raise ProfileError(f"{where}: 'end' is before 'start'")
    return ConflictProfile(
        id=profile_id,
        name=str(raw.get("name") or profile_id),
        sides=sides,
        countries=tuple(raw.get("countries") or ()),
        start=start,
        end=end,
        officials=tuple(_official(o, where) for o in raw.get("officials") or []),
        aliases=tuple(aliases),
        backers=dict(backers),
        main_for=frozenset(main_for),
    )


def read_profile_file(path: Path) -> list[ConflictProfile]:
    """A .json (or, when PyYAML is installed, .yaml/.yml) file holding one profile or a list of them."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped]
        except ImportError as error:
            raise ProfileError(
                f"{path}: YAML profiles need PyYAML; write the profile as JSON instead"
            ) from error
        raw = yaml.safe_load(text)
    else:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise ProfileError(f"{path}: not valid JSON ({error})") from error
    items = raw if isinstance(raw, list) else [raw]
    return [parse_profile(item, str(path)) for item in items]


def profile_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".json", ".yaml", ".yml") and p.is_file())


def _read_entities(
    path: Path,
) -> tuple[list[Actor], list[tuple[int, ActorForm]], list[Official], dict[str, tuple[str, date]],
           dict[str, dict[str, list[Branch]]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    actors: list[Actor] = []
    forms: list[tuple[int, ActorForm]] = []
    successors: dict[str, tuple[str, date]] = {}
    branches: dict[str, dict[str, list[Branch]]] = {}
    for code, by_role in data["state_forms"].items():
        for role, texts in by_role.items():
            forms += [(SOURCE_RANK["state_form"], ActorForm(t, code, role)) for t in texts]
    for section, kind in (("bodies", "body"), ("groups", "group"), ("authorities", "authority")):
        for entry in data[section]:
            actors.append(Actor(entry["code"], entry["name"], kind))
            rank = SOURCE_RANK["entity"]
            forms += [(rank, ActorForm(t, entry["code"], kind)) for t in entry["forms"]]
            forms += [(rank, ActorForm(t, entry["code"], "adjective")) for t in entry.get("adjectives", [])]
            forms += [(rank, ActorForm(t, entry["code"], "capital")) for t in entry.get("capitals", [])]
            for country, periods in entry.get("branches", {}).items():
                branches.setdefault(entry["code"], {})[country] = _branch_periods(
                    periods, f"{path} ({entry['code']} in {country})")
            successor = entry.get("successor")
            if successor:
                when = _parse_date(successor.get("from"), f"{path} ({entry['code']})")
                if when is not None:
                    successors[entry["code"]] = (successor["code"], when)
    officials = [_official(o, str(path)) for o in data.get("officials", [])]
    return actors, forms, officials, successors, branches


def build_registry(extra_profiles: Sequence[Path] = ()) -> ActorRegistry:
    """Read every data file (uncached); `extra_profiles` are files or folders of profiles to add."""
    actors, forms = _read_states(DATA_DIR / "states.tsv")
    entity_actors, entity_forms, officials, successors, branches = _read_entities(DATA_DIR / "actors.json")
    paths = profile_files(PROFILES_DIR)
    user_dir = os.environ.get(PROFILES_ENV)
    extra = [Path(user_dir)] if user_dir else []
    for item in [*extra, *map(Path, extra_profiles)]:
        if item.is_dir():
            paths += profile_files(item)
        elif item.exists():
            paths.append(item)
        else:
            raise ProfileError(f"{item}: no such profile file or folder")
    profiles: dict[str, ConflictProfile] = {}
    for path in paths:
        for profile in read_profile_file(path):
            profiles[profile.id] = profile  # a user's profile replaces a shipped one with the same id
    return ActorRegistry([*actors, *entity_actors], [*forms, *entity_forms], profiles.values(), officials, successors,
                         branches)


@lru_cache(maxsize=8)
def _cached_registry(extra_profiles: tuple[Path, ...], env_dir: str | None) -> ActorRegistry:
    return build_registry(extra_profiles)


def load_registry(extra_profiles: Sequence[Path] = ()) -> ActorRegistry:
    """The registry from the shipped data, `$COUNTERCLAIM_PROFILES` and `extra_profiles`; cached per arguments."""
    return _cached_registry(tuple(Path(p) for p in extra_profiles), os.environ.get(PROFILES_ENV))
