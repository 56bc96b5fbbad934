"""The attack triggers read one means at a time are those the whole trigger pattern reads, in the same order."""

from __future__ import annotations

import re
from pathlib import Path

from counterclaim.extract.attack import TRIGGER, _means, _triggers
from counterclaim.extract.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "counterclaim" / "samples"
OWN_SENTENCES = [
    "Rebels attacked a checkpoint and shelled the town before clashes broke out.",
    "An air strike hit the market; artillery fire and drone strikes followed overnight.",
    "Militants armed with heavy weapons attacked a post, then stormed the barracks.",
    "Troops exchanged fire with gunmen who ambushed a convoy and set fire to homes.",
    "No fighting was reported.",
]


def _with_the_whole_pattern(text: str) -> list[tuple[tuple[int, int], str]]:
    """The reading `_triggers` replaced: TRIGGER searched from each trigger's end."""
    found = []
    position = 0
    while (match := TRIGGER.search(text, position)) is not None:
        found.append((match.span(), next(name for name, group in match.groupdict().items() if group)))
        position = max(match.end(), match.start() + 1)
    return found


def _sentences() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.iterdir()) if path.suffix in (".txt", ".md")]
    return OWN_SENTENCES + [s.text for text in texts for s in split_sentences(text)]


def test_triggers_by_means_are_the_whole_patterns_triggers() -> None:
    for text in _sentences():
        if re.search(r"armed\s+with", text, re.I):
            continue  # read again from the verb: a reading of its own
        assert [(m.span(), _means(m)) for m in _triggers(text)] == _with_the_whole_pattern(text), text


def test_weapon_after_armed_with_is_read_again_from_its_verb() -> None:
    text = "Militants armed with rockets attacked a checkpoint."
    assert _with_the_whole_pattern(text)[0][0][0] == text.index("rockets")
    assert [text[m.start() : m.end()] for m in _triggers(text)] == ["attacked a checkpoint"]
