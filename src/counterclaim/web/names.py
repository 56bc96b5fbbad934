"""Names for codes on the dashboard: actors and conflicts by name with their code, relations and labels in words.

Reads the shipped actor registry (counterclaim.data.actors); nothing is looked up elsewhere. A code the
registry does not know is shown as it is.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Who stands behind a ledger assertion relative to the side whose losses it counts, in words.
RELATION_WORDS: dict[str, str] = {
    "self": "the side itself",
    "adversary": "its adversary",
    "third_party": "a third party",
    "outlet": "the outlet (unattributed)",
}
# Column labels of the claim vocabulary that the pages show as codes, with what they mean.
CODE_KEY: tuple[tuple[str, str], ...] = (
    ("Side", "whose people, equipment or ground the claim is about (its subject), by actor code"),
    ("Claimant", "who makes the claim; 'outlet' when the news outlet reports it unattributed"),
    ("total", "a running total ('the toll rose to 31'), not an increment ('15 more')"),
    ("deny", "the claimant denies the figure or the event"),
    ("hedged", "the text hedges it ('reportedly', 'unconfirmed')"),
    ("low / best / high", "what the side admits or evidence shows / the policy's best figure / the largest claim"),
)


@lru_cache(maxsize=1)
def _registry() -> Any:
    try:
        from counterclaim.data.actors import load_registry
    except ImportError:  # pragma: no cover - the data package ships with the project
        return None
    return load_registry()


def actor_name(code: str | None) -> str | None:
    """The registry's name for an actor code (None when it has none)."""
    if not code:
        return None
    registry = _registry()
    actor = registry.actor(code) if registry is not None else None
    name = getattr(actor, "name", None)
    return name if name and name != code else None


def actor_label(code: str | None, empty: str = "unknown") -> str:
    """'Azerbaijan (AZE)'; the code alone when the registry has no name; `empty` for None."""
    if not code:
        return empty
    name = actor_name(code)
    return f"{name} ({code})" if name else code


def conflict_name(conflict_id: str | None) -> str | None:
    """A conflict profile's name ('Second Nagorno-Karabakh war (2020)'), None when unknown."""
    if not conflict_id:
        return None
    registry = _registry()
    profile = registry.profile(conflict_id) if registry is not None else None
    return getattr(profile, "name", None)


def conflict_label(conflict_id: str | None) -> str:
    from counterclaim.ledger.series import report_of_frame

    report = report_of_frame(conflict_id)
    if report is not None:
        return f"One report (document {report}): no side, place or country"
    return conflict_name(conflict_id) or conflict_id or "outside any conflict profile"


def relation_words(relation: str | None) -> str:
    return RELATION_WORDS.get(relation or "", relation or "")


def document_title(title: str | None, source: str | None, published: Any, document_id: int | None = None) -> str:
    """A document as people name it: its title, else its source and date; never the path it was read from."""
    if title and title.strip():
        return title.strip()
    parts = [p for p in (source, str(published) if published else None) if p]
    if parts:
        return " · ".join(parts)
    return f"Document {document_id}" if document_id is not None else "Untitled document"


def safe_link(url: str | None) -> str | None:
    """The URL when it is http(s), else None: only those are rendered as links (no javascript: or data:)."""
    if not url:
        return None
    lowered = url.strip().lower()
    return url.strip() if lowered.startswith(("http://", "https://")) else None


def source_label(source: str | None, url: str | None) -> str:
    """Who published a document: its source, else the host of its http(s) URL, else an em dash."""
    if source and source.strip():
        return source.strip()
    link = safe_link(url)
    if link:
        from urllib.parse import urlsplit

        host = urlsplit(link).hostname or ""
        return host.removeprefix("www.") or "—"
    return "—"
