"""Language identification with py3langid (offline model shipped in the package), loaded on first use.

Plain English prose is told by a cheap test first (its commonest words make up a large share of a long
enough sample, and nearly all its letters are ASCII), so that a batch of English articles never loads
the statistical model (half a second); every other text goes to py3langid. The test decides only where
py3langid is certain of English: on such samples its normalised probability is above 0.99.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# How much of a cleaned text is classified: enough for a stable guess, cheap on long documents.
LANGUAGE_SAMPLE_CHARS = 3000
# Below this (normalised) probability the language is left unknown rather than guessed.
LANGUAGE_MIN_CONFIDENCE = 0.5
ENGLISH = "en"

# The cheap test for English prose: at least this many words in the sample, this share of them English
# function words, and this share of its letters ASCII. Shorter samples (event notes of a line or two) go
# to py3langid, whose confidence on them varies.
ENGLISH_MIN_WORDS = 80
ENGLISH_MIN_FUNCTION_SHARE = 0.25
ENGLISH_MIN_ASCII_LETTERS = 0.97
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to in a an is was were are has have had that for on with as by at from it its his her their they
    he she said not this which be been""".split()
)
WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too uncertain (very short texts)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    if is_plain_english(sample):
        return ENGLISH
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= LANGUAGE_MIN_CONFIDENCE else None


def is_plain_english(sample: str) -> bool:
    """Whether a sample is English prose beyond doubt (see the module's note); False means "ask py3langid"."""
    words = WORD.findall(sample)
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    letters = "".join(words)
    if sum(ch.isascii() for ch in letters) < ENGLISH_MIN_ASCII_LETTERS * len(letters):
        return False
    return sum(word.lower() in ENGLISH_FUNCTION_WORDS for word in words) >= ENGLISH_MIN_FUNCTION_SHARE * len(words)
