"""What the pipeline did, for `counterclaim extract --explain`: per sentence, the drafts each finder
found, the vetoes that dropped drafts, how each claim's claimant and subject were resolved, and the
sentences that hold a trigger word but gave no claim.

Tracing is off unless a caller opens `tracing()`; the pipeline's notes are then kept in a context
variable, so normal runs pay one lookup per note and keep nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from counterclaim.extract.drafts import DraftClaim, SentenceView
    from counterclaim.extract.vetoes import Veto
    from counterclaim.records import Claim

TRIGGERS_PATH = Path(__file__).resolve().parent / "patterns" / "triggers.json"


@dataclass
class DraftNote:
    finder: str  # the pattern family that found it (the finder's name)
    draft: DraftClaim
    steps: list[str] = field(default_factory=list)  # resolution steps, in order
    claimant: str | None = None  # as attribution found it, before the claim type's own resolution
    claims: list[Claim] = field(default_factory=list)


@dataclass
class SentenceNote:
    index: int
    start: int  # offset of the sentence in the cleaned text
    text: str
    skipped: str | None = None
    drafts: list[DraftNote] = field(default_factory=list)
    vetoes: list[Veto] = field(default_factory=list)


@dataclass
class ExtractionTrace:
    sentences: dict[int, SentenceNote] = field(default_factory=dict)

    def sentence(self, view: SentenceView) -> SentenceNote:
        if view.index not in self.sentences:
            self.sentences[view.index] = SentenceNote(view.index, view.offset, view.text)
        return self.sentences[view.index]

    def draft_note(self, view: SentenceView, draft: DraftClaim) -> DraftNote | None:
        return next((n for n in self.sentence(view).drafts if n.draft is draft), None)


_current: ContextVar[ExtractionTrace | None] = ContextVar("counterclaim_trace", default=None)


@contextmanager
def tracing() -> Iterator[ExtractionTrace]:
    """Keep the pipeline's notes of every extraction run inside the block."""
    trace = ExtractionTrace()
    token = _current.set(trace)
    try:
        yield trace
    finally:
        _current.reset(token)


def note_found(view: SentenceView, finder: str, drafts: list[DraftClaim]) -> None:
    trace = _current.get()
    if trace is not None:
        trace.sentence(view).drafts.extend(DraftNote(finder.removeprefix("find_"), d) for d in drafts)


def note_vetoes(view: SentenceView, vetoes: list[Veto]) -> None:
    trace = _current.get()
    if trace is not None and vetoes:
        noted = trace.sentence(view).vetoes
        seen = {(v.pattern, v.draft.type, v.trigger) for v in noted}
        # a death the parse finds again after the rules' draft was vetoed is the same veto, noted once
        noted.extend(v for v in vetoes if (v.pattern, v.draft.type, v.trigger) not in seen)


def note_skipped(view: SentenceView, reason: str) -> None:
    trace = _current.get()
    if trace is not None:
        trace.sentence(view).skipped = reason


def note_claimant(view: SentenceView, draft: DraftClaim, claimant: str | None, step: str) -> None:
    trace = _current.get()
    if trace is not None:
        note = trace.draft_note(view, draft)
        if note is not None:
            note.claimant = claimant
            note.steps.append(step)


def note_claims(view: SentenceView, drafts: list[DraftClaim], claims: list[tuple[int, Claim]]) -> None:
    trace = _current.get()
    if trace is None:
        return
    for draft_index, claim in claims:
        note = trace.draft_note(view, drafts[draft_index])
        if note is not None:
            note.claims.append(claim)


@lru_cache(maxsize=1)
def trigger_vocabularies() -> dict[str, frozenset[str]]:
    data = json.loads(TRIGGERS_PATH.read_text(encoding="utf-8"))
    return {name: frozenset(words) for name, words in data["triggers"].items()}


def triggers_in(text: str) -> list[tuple[str, str]]:
    """(vocabulary id, word) of every trigger lemma in a sentence, in text order (parses the sentence)."""
    from counterclaim.extract.syntax import parse

    vocabularies = trigger_vocabularies()
    found: list[tuple[str, str]] = []
    for token in parse(text):
        for name, lemmas in vocabularies.items():
            if token.lemma_.lower() in lemmas or token.lower_ in lemmas:
                found.append((name, token.text))
    return found


def explanation(trace: ExtractionTrace, final_claims: list[Claim], to_original: Any) -> dict[str, Any]:
    """The trace as a JSON-ready report: the final claims with how each came out, then the sentences with a
    trigger but no claim. `to_original` maps a cleaned-text span to the original text."""
    final = {id(c): n for n, c in enumerate(final_claims)}
    claims: list[dict[str, Any]] = []
    silent: list[dict[str, Any]] = []
    for sentence in sorted(trace.sentences.values(), key=lambda s: s.index):
        kept_any = False
        for note in sentence.drafts:
            for claim in note.claims:
                number = final.get(id(claim))
                kept_any = kept_any or number is not None
                draft = note.draft
                claims.append({
                    "claim": number,
                    "dropped": None if number is not None else "duplicate of another claim of the document",
                    "sentence": sentence.index,
                    "pattern": f"{draft.type}/{note.finder}",
                    "trigger": sentence.text[draft.start : draft.end],
                    "arguments": {
                        "outcome": draft.outcome, "category": draft.category,
                        "count": list(draft.count) if draft.count else None,
                        "subject": draft.subject, "object": draft.object, "claimant_in_clause": draft.claimant,
                        "cumulative": draft.cumulative, **({"notes": dict(sorted(draft.notes.items()))} if draft.notes else {}),
                    },
                    "steps": [*note.steps, *_resolution_steps(note, claim)],
                    "result": claim.contract_dict(),
                })
        vetoed = [{"pattern": v.pattern, "type": v.draft.type, "trigger": v.trigger} for v in sentence.vetoes]
        if kept_any and not vetoed:
            continue
        triggers = [] if sentence.skipped or kept_any else triggers_in(sentence.text)
        if sentence.skipped or vetoed or triggers:
            reason = sentence.skipped or ("vetoed" if vetoed else "no pattern matched the trigger")
            span = to_original((sentence.start, sentence.start + len(sentence.text)))
            silent.append({"sentence": sentence.index, "span": list(span), "text": sentence.text, "reason": reason,
                           "has_claims": kept_any,
                           "triggers": [f"{name}:{word}" for name, word in triggers], "vetoes": vetoed})
    claims.sort(key=lambda c: (c["claim"] is None, c["claim"] if c["claim"] is not None else 0, c["sentence"]))
    return {"claims": claims, "sentences_without_claims": silent}


def _resolution_steps(note: DraftNote, claim: Claim) -> list[str]:
    draft, steps = note.draft, []
    if claim.claimant != note.claimant:
        steps.append(f"claimant {claim.claimant or 'null'}: set by the {claim.type} resolution (the speaker before its verb, "
                     "each side of a mutual accusation, or the actors listed before)")
    if draft.subject == claim.subject:
        steps.append(f"subject {claim.subject or 'null'} as found in the sentence")
    elif draft.subject and draft.subject.startswith("@"):
        steps.append(f"subject {draft.subject} resolved to {claim.subject or 'null'}")
    else:
        steps.append(f"subject {draft.subject or 'unnamed'} resolved to {claim.subject or 'null'} by the document's context")
    return steps
