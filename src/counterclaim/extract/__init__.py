"""Extraction: from a cleaned document to claims with spans in the original text.

Backends share the `Extractor` interface; the default is the offline rule-and-lexicon engine.
"""

from counterclaim.extract.pipeline import (
    EXTRACTOR_VERSION,
    Extractor,
    RuleExtractor,
    default_extractor,
    extract_claims,
)

__all__ = ["EXTRACTOR_VERSION", "Extractor", "RuleExtractor", "default_extractor", "extract_claims"]
