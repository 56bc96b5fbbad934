"""The prefilter of the rules' regular expressions: a text it rules out is one the pattern does not match."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import counterclaim.extract  # noqa: F401  (imports the rule modules, whose patterns are prefiltered)
from counterclaim.extract.literal_prefilter import ASCII_FOLDING, Prefiltered, prefiltered, required_literals
from counterclaim.extract.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "counterclaim" / "samples"


def _rule_patterns() -> list[Prefiltered]:
    """The prefiltered patterns of the rule modules: module globals, alone or in tuples ((outcome, pattern), ...)."""
    found: dict[int, Prefiltered] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("counterclaim.extract"):
            continue
        for value in vars(module).values():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, Prefiltered):
                        found[id(part)] = part
    return list(found.values())


def _sample_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".txt", ".md"):
            sentences.extend(s.text for s in split_sentences(path.read_text(encoding="utf-8")))
    return sentences


def test_ascii_folding_lists_every_character_folded_onto_ascii() -> None:
    every = "".join(chr(point) for point in range(128, 0x110000) if not 0xD800 <= point <= 0xDFFF)
    folded = set(re.findall(r"[a-z]", every, re.I)) | {c for c in every if len(c.lower()) != 1}
    assert folded == set(ASCII_FOLDING)


def test_alternatives_each_give_their_literal() -> None:
    assert required_literals(re.compile(r"\b(?:attack(?:ed|s)?|strikes?)\b", re.I)) == {"attack", "strike"}


def test_longest_literal_of_a_sequence_is_kept() -> None:
    assert required_literals(re.compile(r"\b(?:in|on)\s+the\s+(?:hands|control)\s+of", re.I)) == {"hands", "control"}


def test_parts_spelled_out_join_into_longer_strings() -> None:
    assert required_literals(re.compile(r"\bt(?:old|ell)s?\b", re.I)) == {"told", "tell"}
    assert required_literals(re.compile(r"airstrike[sd]?", re.I)) == {"airstrike"}


def test_the_longest_of_several_requirements_is_kept() -> None:
    pattern = re.compile(r"(?:add|pour)(?:s|ed)?\s+(?:fuel|oil)\s+(?:to|on)\s+the\s+(?:fire|flames)", re.I)
    assert required_literals(pattern) == {"fire", "flames"}


def test_zero_width_assertions_join_literals() -> None:
    assert required_literals(re.compile(r"shot\b(?!\s+down)dead")) == {"shotdead"}


def test_optional_or_generic_start_requires_nothing() -> None:
    assert required_literals(re.compile(r"(?:attack)?\w+")) is None
    assert required_literals(re.compile(r"\b(?:\w+|strike)\b")) is None


def test_non_ascii_literal_breaks_the_run() -> None:
    assert required_literals(re.compile(r"Qu’ran")) == {"ran"}


def test_scoped_case_flags_still_match_lowercase() -> None:
    pattern = prefiltered(re.compile(r"\b(?-i:Operation)\s+[A-Z]\w+", re.I))
    assert pattern.search("launched Operation Swift") is not None
    assert pattern.search("no such words here") is None


def test_a_text_with_a_folding_character_is_always_matched() -> None:
    pattern = prefiltered(re.compile(r"missile", re.I))
    assert pattern.search("MİSSİLE") is not None  # re matches 'İ' to 'i', though "MİSSİLE".lower() holds no "missile"
    kelvin = prefiltered(re.compile(r"kill", re.I))
    assert kelvin.search("\u212aill") is not None  # the Kelvin sign matches k without case


def test_windows_are_checked_within_their_bounds() -> None:
    compiled = re.compile(r"(?<=by\s)fire", re.I)
    pattern = prefiltered(compiled)
    text = "hit by fire near the fire station"
    for pos in range(-3, len(text) + 3):
        for endpos in (-1, 0, 5, 12, len(text), len(text) + 5):
            assert (pattern.search(text, pos, endpos) is None) == (compiled.search(text, pos, endpos) is None)
            assert [m.span() for m in pattern.finditer(text, pos, endpos)] == [m.span() for m in compiled.finditer(text, pos, endpos)]


def test_rule_patterns_give_what_re_gives_on_the_samples() -> None:
    patterns = _rule_patterns()
    assert len(patterns) > 50
    for text in _sample_sentences():
        for pattern in patterns:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.compiled.finditer(text)], pattern.pattern[:80]
            assert pattern.sub("#", text) == pattern.compiled.sub("#", text)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_rule_patterns_give_what_re_gives_on_words_of_their_own(data: st.DataObject) -> None:
    words = sorted({literal for pattern in _rule_patterns() for literal in pattern.literals or ()})
    pieces = data.draw(st.lists(st.one_of(st.sampled_from(words), st.sampled_from([" ", ", ", ". ", "’", "é", "K", "ſ", "the ", "by "]),
                                          st.text(max_size=6)), max_size=12))
    text = "".join(piece.upper() if data.draw(st.booleans()) else piece for piece in pieces)
    for pattern in _rule_patterns():
        assert (pattern.search(text) is None) == (pattern.compiled.search(text) is None), (pattern.pattern[:80], text)


def test_index_finds_every_literal_a_text_holds() -> None:
    from counterclaim.extract.literal_prefilter import _literal_index

    index = _literal_index()
    literals = sorted(index.prefixes)
    texts = [*_sample_sentences(), "an attacked attacker's counter-attacks", "ATTACKS, airstrikes and shelling"]
    for text in texts:
        lowered = text.lower()
        assert index.present(lowered) == {literal for literal in literals if literal in lowered}, text


def test_a_pattern_made_after_the_index_is_still_checked() -> None:
    text = "the zqxjv pattern is checked over and over again"
    early = prefiltered(re.compile(r"checked", re.I))
    for _ in range(6):
        assert early.search(text) is not None  # the text's literals are indexed after a few checks
    late = prefiltered(re.compile(r"zqxjv\w*", re.I))  # its literal was in no index yet
    assert late.search(text) is not None
    assert prefiltered(re.compile(r"wxyzq")).search(text) is None
