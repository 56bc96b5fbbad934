"""Language identification with py3langid (offline model shipped in the package), loaded on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# How much of a cleaned text is classified: enough for a stable guess, cheap on long documents.
LANGUAGE_SAMPLE_CHARS = 3000
# Below this (normalised) probability the language is left unknown rather than guessed.
LANGUAGE_MIN_CONFIDENCE = 0.5
ENGLISH = "en"


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too uncertain (very short texts)."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= LANGUAGE_MIN_CONFIDENCE else None
