"""The extractor registry: every way in (CLI, ingest, eval, Spark, the web server) gets its extractor here.

An extractor is an object with `name`, `version` and `extract(document) -> list[Claim]` (the `Extractor`
protocol). The built-in one is `rules`; other packages add theirs under the entry-point group
`counterclaim.extractors` (name = a zero-argument factory), so a model- or LLM-backed extractor plugs in
without touching this package. The stored `extractor_version` of every claim comes from the instance.
"""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Callable
from functools import lru_cache

from counterclaim.extract.pipeline import Extractor, RuleExtractor
from counterclaim.extract.regex_programs import programs_cached
from counterclaim.records import Claim, Document

ENTRY_POINT_GROUP = "counterclaim.extractors"
DEFAULT_EXTRACTOR = "rules"
EXTRACTOR_ENV = "COUNTERCLAIM_EXTRACTOR"  # the default for every command when --extractor is not given

_BUILT_IN: dict[str, Callable[[], Extractor]] = {"rules": RuleExtractor}
_registered: dict[str, Callable[[], Extractor]] = {}


class UnknownExtractor(ValueError):
    """No extractor of that name is built in, registered or installed."""


def register_extractor(name: str, factory: Callable[[], Extractor]) -> None:
    """Make `factory` available as extractor `name` in this process (tests, embedding applications)."""
    _registered[name] = factory
    get_extractor.cache_clear()


def _installed() -> dict[str, importlib.metadata.EntryPoint]:
    return {entry.name: entry for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}


def extractor_names() -> list[str]:
    """Every extractor that `get_extractor` can give, sorted."""
    return sorted({*_BUILT_IN, *_registered, *_installed()})


def default_extractor_name() -> str:
    return os.environ.get(EXTRACTOR_ENV) or DEFAULT_EXTRACTOR


@lru_cache(maxsize=8)
def get_extractor(name: str | None = None) -> Extractor:
    """The extractor called `name` (default: $COUNTERCLAIM_EXTRACTOR, else `rules`), one instance per process."""
    name = name or default_extractor_name()
    factory = _registered.get(name) or _BUILT_IN.get(name)
    if factory is None:
        entry = _installed().get(name)
        if entry is None:
            raise UnknownExtractor(f"no extractor named {name!r}; available: {', '.join(extractor_names())}")
        factory = entry.load()
    extractor = factory()
    if not (getattr(extractor, "version", None) and callable(getattr(extractor, "extract", None))):
        raise UnknownExtractor(f"extractor {name!r} has no version or extract(document) method")
    return extractor


# A short report that wakes every stage (tables, gazetteer, the statistical model) of an extractor. It is
# long enough for cleaning to tell its language without py3langid's model, which English batches never load.
WARM_UP_TEXT = (
    "The defence ministry said on Monday that its forces had repelled an attack near Kharkiv overnight. According "
    "to the ministry, 2 soldiers were killed and five were wounded when the rebels shelled their positions, and a "
    "tank was destroyed by a drone. The rebels denied the claim and said that they had taken control of three "
    "villages in the hills. The government announced new military aid for the army, while the foreign minister "
    "called on both sides to stop the fighting and to protect the civilians of the region."
)


def warm_up(extract: Callable[[Document], list[Claim]]) -> None:
    """Load what an extractor loads lazily, so that processes forked after it share the loaded pages. The patterns
    built meanwhile (the actor registry's, some 50,000 characters of names) and those of the cleaning modules,
    imported here, come from the regex cache."""
    with programs_cached():
        from counterclaim.clean import prepare_document
        from counterclaim.records import RawDocument

        document = prepare_document(RawDocument(item="warm-up", text=WARM_UP_TEXT))
        if isinstance(document, Document):
            extract(document)
