"""Extraction: from a cleaned document to claims with spans in the original text.

Every extractor shares the `Extractor` interface and is got by name from the registry; the default is
the offline rule-and-lexicon engine (`rules`) over spaCy's statistical parse.
"""

from counterclaim.extract.regex_programs import programs_cached

with programs_cached():  # the rule modules' ~1,000 patterns, compiled once per interpreter and kept in the cache folder
    from counterclaim.extract.pipeline import EXTRACTOR_VERSION, Extractor, RuleExtractor, extract_claims
from counterclaim.extract.registry import (
    UnknownExtractor,
    default_extractor_name,
    extractor_names,
    get_extractor,
    register_extractor,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "Extractor",
    "RuleExtractor",
    "UnknownExtractor",
    "default_extractor_name",
    "extract_claims",
    "extractor_names",
    "get_extractor",
    "register_extractor",
]
