"""Weapons lexicon: equipment terms and model codes mapped to materiel categories (GOLD_FORMAT.md).

`weapon_category` reads one noun phrase; finding the phrase in running text is the extraction engine's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from counterclaim.records import CATEGORIES as MATERIEL_CATEGORIES

LEXICON_PATH = Path(__file__).resolve().parent / "weapons.tsv"
CATEGORIES = MATERIEL_CATEGORIES["materiel"]  # the one vocabulary: records.CATEGORIES
NOT_EQUIPMENT = "none"

# Model-code families, matched on the code upper-cased without hyphens, spaces or dots ("T-72B3" -> "T72B3").
MODEL_CODE_FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), category)
    for pattern, category in (
        (r"T(34|54|55|62|64|72|80|84|90)[A-Z0-9]*", "tank"),
        (r"M1A[12][A-Z0-9]*|M60[A-Z0-9]*|PT91|K2|LEOPARD\d\w*|LEO\d\w*", "tank"),
        (r"(BMP|BMD|BTR|BRDM|BTRD|MTLB|BMPT)\d*[A-Z0-9]*", "armored_vehicle"),
        (r"M113\w*|M2A\d\w*|M3A\d\w*|CV90\w*|AMX10\w*|M1117\w*", "armored_vehicle"),
        (r"BM(21|22|27|30)\w*|TOS1\w*|2S\d+\w*|D(20|30)[A-Z]?|2A(36|65)\w*", "artillery"),
        (r"M(777|109|119|142|270)\w*|PZH2000|TOCHKAU?", "artillery"),
        (
            r"S(75|125|200|300|350|400|500)\w*|9K(33|330|331|332|37|317|35|22)\w*|ZSU234|TORM\d\w*",
            "air_defense",
        ),
        (r"BUKM\d\w*|OSAAKM?|PANTSIRS\d\w*|STRELA\d+\w*|IRIST\w*", "air_defense"),
        (r"MI(2|8|17|24|26|28|35)[A-Z0-9]*|KA(27|29|50|52)[A-Z0-9]*", "helicopter"),
        (r"(AH64|UH60|UH1|CH47|AH1|HH60)\w*", "helicopter"),
        (r"SU(17|22|24|25|27|30|34|35|57)[A-Z0-9]*|MIG(21|23|25|27|29|31|35)[A-Z0-9]*", "aircraft"),
        (
            r"F(4|5|14|15|16|18|22|35)[A-Z]*|TU(22|95|142|160)[A-Z0-9]*|(IL|AN)\d{2,3}\w*|L39\w*|A10[A-Z]?|YAK\d+\w*",
            "aircraft",
        ),
        (
            r"TB[23]|MQ(1|9)\w*|RQ\d+\w*|ORLAN\d*\w*|SHAHED\d*\w*|GERAN\d*\w*|LANCET\d*\w*|ZALA\w*|MOHAJER\d*\w*",
            "drone",
        ),
    )
)

# Spelling variants folded before lookup: British and American spellings mean the same equipment.
SPELLING_VARIANTS = {
    "armoured": "armored",
    "armour": "armor",
    "defence": "defense",
    "aeroplane": "airplane",
    "anti-air": "anti-aircraft",
    "antiaircraft": "anti-aircraft",
    "antitank": "anti-tank",
}
IRREGULAR_PLURALS = {
    "ammo": "ammo",
    "artillery": "artillery",
    "equipment": "equipment",
    "hardware": "hardware",
}

TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*")
MAX_WORDS = 5


@dataclass(frozen=True)
class WeaponTerm:
    form: str
    category: str
    is_model: bool


def singular(word: str) -> str:
    """Plural to singular for lexicon lookup ("howitzers" -> "howitzer", "batteries" -> "battery")."""
    if word in IRREGULAR_PLURALS or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _noun_key(word: str) -> str:
    lowered = word.lower()
    lowered = SPELLING_VARIANTS.get(lowered, lowered)
    return singular(lowered)


def code_key(token: str) -> str:
    """A model code normalised: upper case, no hyphens, dots or slashes, no plural s ("T-72s" -> "T72")."""
    key = re.sub(r"[-./ ]", "", token).upper()
    if len(key) > 2 and key.endswith("S") and key[-2].isdigit():
        key = key[:-1]
    return key


@lru_cache(maxsize=1)
def load_weapon_lexicon() -> tuple[WeaponTerm, ...]:
    """Every term of weapons.tsv (excluding the "not equipment" entries)."""
    return tuple(term for term, _kind in _read_lexicon() if term.category != NOT_EQUIPMENT)


@lru_cache(maxsize=1)
def _read_lexicon() -> tuple[tuple[WeaponTerm, str], ...]:
    rows: list[tuple[WeaponTerm, str]] = []
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, category, kind = (cell.strip() for cell in line.split("\t"))
        if category not in CATEGORIES and category != NOT_EQUIPMENT:
            raise ValueError(f"{LEXICON_PATH}: unknown category {category!r} for {form!r}")
        rows.append((WeaponTerm(form, category, kind != "noun"), kind))
    return tuple(rows)


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], tuple[str, str]]:
    """Word sequence -> (category, kind). Nouns are keyed by singular lower case, models by code key."""
    index: dict[tuple[str, ...], tuple[str, str]] = {}
    for term, kind in _read_lexicon():
        words = [w for w in re.split(r"\s+", term.form) if w]
        if kind == "noun":
            key = tuple(_noun_key(w) for w in words)
        else:
            key = tuple(code_key(w) for w in words)
        index.setdefault(key, (term.category, kind))
    return index


def _token_keys(token: str) -> tuple[str, str, bool, bool]:
    """(noun key, code key, capitalized?, all capitals?) of one phrase token."""
    stem = token[:-1] if len(token) > 2 and token.endswith("s") else token  # "BMPs", "APCs"
    letters = [c for c in stem if c.isalpha()]
    capitalized = token[:1].isupper()
    all_caps = bool(letters) and all(c.isupper() for c in letters)
    return _noun_key(token), code_key(token), capitalized, all_caps


def _allowed(kind: str, tokens: list[tuple[str, str, bool, bool]]) -> bool:
    if kind == "model":
        return tokens[0][2]  # "Leopard", not "leopard"
    if kind == "code":
        return True
    if kind == "acronym":
        return all(t[3] or any(c.isdigit() for c in t[1]) for t in tokens)
    return True


def _family(token_code: str) -> str | None:
    if not any(c.isdigit() for c in token_code):
        return None
    for pattern, category in MODEL_CODE_FAMILIES:
        if pattern.fullmatch(token_code):
            return category
    return None


def weapon_category(phrase: str) -> str | None:
    """The materiel category a noun phrase names, or None ("two Armenian T-72 tanks" -> "tank").

    The longest lexicon entry inside the phrase wins ("tanks and other armored vehicles" -> armored_vehicle),
    then the rightmost (the head noun). Common nouns match in any case and in the plural; named models
    only capitalized; codes by family (T-72B3, BTR-82A, Su-25, Mi-24, BM-21, S-300).
    """
    raw_tokens = TOKEN.findall(phrase)
    if not raw_tokens:
        return None
    tokens = [_token_keys(t) for t in raw_tokens]
    index = _index()
    best: tuple[int, int, str] | None = None  # (length, end position, category)
    for start in range(len(tokens)):
        for length in range(min(MAX_WORDS, len(tokens) - start), 0, -1):
            window = tokens[start : start + length]
            category = None
            codes = tuple(t[1] for t in window)
            plural_stripped = codes[:-1] + (codes[-1][:-1],) if codes[-1].endswith("S") else codes
            for key in (tuple(t[0] for t in window), codes, plural_stripped):
                hit = index.get(key)
                if hit is not None and _allowed(hit[1], window):
                    category = hit[0]
                    break
            if (
                category is None
                and length == 2
                and raw_tokens[start].isalpha()
                and raw_tokens[start + 1][0].isdigit()
            ):
                category = _family(code_key(raw_tokens[start] + raw_tokens[start + 1]))  # "Su 25", "T 72"
            if category is None and length == 1:
                category = _family(window[0][1])
                if category is None and "-" in raw_tokens[start]:
                    # "Tor-M2", "Osa-AKM": the named model before the hyphen
                    head = raw_tokens[start].split("-", 1)[0]
                    hit = index.get((code_key(head),))
                    if hit is not None and hit[1] == "model" and head[:1].isupper():
                        category = hit[0]
            if category is not None:
                candidate = (length, start + length, category)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
                break
    if best is None or best[2] == NOT_EQUIPMENT:
        return None
    return best[2]


# A model code as written in running text: letters (or 2S/9K), optional hyphen or space, digits, variant suffix.
MODEL_CODE_IN_TEXT = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{0,4}|2S|9K)[- ]?\d{1,4}(?:[-]?[A-Z0-9]{1,4})*(?:s)?(?![\w-])"
)


def find_model_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of every known model code in running text: "two T-72B3s and a Su-25"."""
    found: list[tuple[int, int, str]] = []
    for match in MODEL_CODE_IN_TEXT.finditer(text):
        category = weapon_category(match.group(0))
        if category is not None:
            found.append((match.start(), match.end(), category))
    return found
