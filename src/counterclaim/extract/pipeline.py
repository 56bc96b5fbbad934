"""The extraction pipeline: sentences -> mentions -> claims -> attribution -> resolution.

Works on a Document's cleaned text and returns claims whose spans are mapped back to the
original text through the document's offset map.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from counterclaim.records import Claim, Document

EXTRACTOR_VERSION = "rules-0.1.0"


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, document: Document) -> list[Claim]: ...


class RuleExtractor:
    """The embedded default: rules and lexicons, no model download."""

    name = "rules"
    version = EXTRACTOR_VERSION

    def extract(self, document: Document) -> list[Claim]:
        claims = extract_from_cleaned_text(document.cleaned_text, document.published)
        for claim in claims:
            claim.span = document.offset_map.span_to_original(claim.span)
            if claim.sentence_span is not None:
                claim.sentence_span = document.offset_map.span_to_original(claim.sentence_span)
        return claims


def extract_from_cleaned_text(text: str, published: object) -> list[Claim]:
    return []


@lru_cache(maxsize=1)
def default_extractor() -> RuleExtractor:
    return RuleExtractor()


def extract_claims(document: Document) -> list[Claim]:
    """Claims of one document with the default extractor, spans in the original text."""
    return default_extractor().extract(document)
