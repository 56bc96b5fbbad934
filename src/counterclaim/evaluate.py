"""Scoring of extracted claims against gold annotations and ACLED notes, as ../shared/GOLD_FORMAT.md defines it.

Scoring works on plain dicts in the JSON output-contract form (what `counterclaim extract --format json`
prints), so any backend's output can be scored. Only the last section ("Running the pipeline") reads
files or calls the pipeline; everything above it is a pure function.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ClaimDict = Mapping[str, Any]
Span = tuple[int, int]

QUANTITATIVE_TYPES: frozenset[str] = frozenset({"casualty", "materiel"})
CLAIM_TYPES: tuple[str, ...] = ("casualty", "materiel", "territory", "attack", "support", "statement", "mobilization")

# Two claims are "the same claim" (a core match) when these fields are equal and they share a sentence.
MATCH_KEY_FIELDS: tuple[str, ...] = ("type", "subject", "outcome", "category")
# A core match of a quantitative claim is a strict match when these agree too (stance defaults to assert).
STRICT_FIELDS: tuple[str, ...] = ("count", "claimant", "stance")
# Fields whose accuracy is reported over matched pairs.
SCORED_FIELDS: tuple[str, ...] = ("count", "claimant", "stance", "hedged", "evidence", "date", "cumulative")

# Where one sentence ends and the next begins, for locating gold quotes. The alternatives are tried in
# this order at each position:
SENTENCE_BREAK = re.compile(
    r"""
      (?<=[.!?]) ["”’)]? \s+ (?=["“‘(]?[A-Z0-9])   # end punctuation (+ closing quote/bracket) before a capital or digit
    | \n\s*\n                                     # a blank line (paragraph break)
    | \n                                          # any line break: headlines, bylines, list items stand alone
    """,
    re.VERBOSE,
)


# ---------------------------------------------------------------------------------------------------
# Sentences and gold windows
# ---------------------------------------------------------------------------------------------------


def sentence_spans(text: str) -> list[Span]:
    """The non-blank sentences of `text` as (start, end) offsets, breaks excluded."""
    spans: list[Span] = []
    start = 0
    for brk in SENTENCE_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def quote_windows(text: str, quote: str, sentences: Sequence[Span]) -> list[Span]:
    """The sentences touched by any occurrence of `quote` (case-insensitive, so a headline repeated in
    other case still locates it; overlapping occurrences count). Empty when the quote is not in the text."""
    haystack, needle = text.lower(), quote.lower()
    found: dict[Span, None] = {}
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        for sentence in sentences:
            if sentence[0] <= at < sentence[1] or at <= sentence[0] < end:
                found[sentence] = None
        at = haystack.find(needle, at + 1)
    return list(found)


def spans_overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and a[1] > b[0]


# ---------------------------------------------------------------------------------------------------
# Claim comparison and matching
# ---------------------------------------------------------------------------------------------------


def claim_key(claim: ClaimDict) -> tuple[Any, ...]:
    return tuple(claim.get(name) for name in MATCH_KEY_FIELDS)


def normalised_count(count: Any) -> list[Any] | None:
    """A count as [low, high] (tuples and lists compare equal); None stays None."""
    return None if count is None else [count[0], count[1]]


def field_agrees(name: str, gold: ClaimDict, predicted: ClaimDict) -> bool:
    """Equal values of one field (for field accuracy a field left out of the output is None, so wrong)."""
    if name == "count":
        return normalised_count(gold.get("count")) == normalised_count(predicted.get("count"))
    return gold.get(name) == predicted.get(name)


def strict_field_agrees(name: str, gold: ClaimDict, predicted: ClaimDict) -> bool:
    """Like field_agrees, except that for the strict check a stance left out means "assert"."""
    if name == "stance":
        return gold.get("stance", "assert") == predicted.get("stance", "assert")
    return field_agrees(name, gold, predicted)


def is_strict_match(gold: ClaimDict, predicted: ClaimDict) -> bool:
    """A matched pair that counts for strict quantitative F1."""
    return gold.get("type") in QUANTITATIVE_TYPES and all(strict_field_agrees(f, gold, predicted) for f in STRICT_FIELDS)


def predicted_span(claim: ClaimDict) -> Span | None:
    span = claim.get("span")
    if not span or span[0] is None or span[1] is None:
        return None
    return (int(span[0]), int(span[1]))


def match_claims(
    gold_claims: Sequence[ClaimDict], predicted: Sequence[ClaimDict], gold_windows: Sequence[Sequence[Span]]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching: each gold claim, in gold order, takes the first still-unused predicted
    claim (in output order) with the same key whose span overlaps one of the gold claim's sentences.
    Returns (gold index, predicted index) pairs in gold order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gold_index, gold in enumerate(gold_claims):
        key = claim_key(gold)
        for pred_index, pred in enumerate(predicted):
            if pred_index in used or claim_key(pred) != key:
                continue
            span = predicted_span(pred)
            if span is None:
                continue
            if any(spans_overlap(span, window) for window in gold_windows[gold_index]):
                used.add(pred_index)
                pairs.append((gold_index, pred_index))
                break
    return pairs


def prf(true_positives: int, gold: int, predicted: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (each 0.0 when undefined)."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---------------------------------------------------------------------------------------------------
# Scoring one article, and totals over many
# ---------------------------------------------------------------------------------------------------


@dataclass
class ClaimError:
    """A missed gold claim, a false predicted claim, or a matched pair that fails the strict check."""

    kind: str  # "miss", "false", "strict"
    key: str  # type/subject/outcome/category
    sentence: str
    detail: str = ""


@dataclass
class Tally:
    """Counts that add up over articles; figures are derived from them."""

    gold: int = 0
    predicted: int = 0
    core_tp: int = 0
    quant_gold: int = 0
    quant_predicted: int = 0
    strict_tp: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [gold, predicted, matched]
    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [agreeing, matched pairs]
    boilerplate_lines: int = 0
    boilerplate_left: int = 0

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "core_tp", "quant_gold", "quant_predicted", "strict_tp",
                     "boilerplate_lines", "boilerplate_left"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for table_name in ("by_type", "fields"):
            mine, theirs = getattr(self, table_name), getattr(other, table_name)
            for name, counts in theirs.items():
                row = mine.setdefault(name, [0] * len(counts))
                for i, value in enumerate(counts):
                    row[i] += value

    def figures(self) -> dict[str, Any]:
        core_p, core_r, core_f1 = prf(self.core_tp, self.gold, self.predicted)
        strict_p, strict_r, strict_f1 = prf(self.strict_tp, self.quant_gold, self.quant_predicted)
        return {
            "core_p": core_p, "core_r": core_r, "core_f1": core_f1,
            "strict_p": strict_p, "strict_r": strict_r, "strict_f1": strict_f1,
            "type_f1": {t: prf(m, g, p)[2] for t, (g, p, m) in sorted(self.by_type.items())},
            "field_acc": {f: (ok / n if n else None) for f, (ok, n) in self.fields.items()},
            "boilerplate_clean": self.boilerplate_left == 0,
        }


@dataclass
class ArticleScore:
    id: str
    tally: Tally = field(default_factory=Tally)
    boilerplate_left: list[str] = field(default_factory=list)
    errors: list[ClaimError] = field(default_factory=list)
    failure: str | None = None  # why the article could not be scored (unreadable file, pipeline crash)
    unlocatable_quotes: list[str] = field(default_factory=list)  # gold quotes absent from the text

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["figures"] = self.tally.figures()
        return out


def boilerplate_left_in(boilerplate: Iterable[str], cleaned_text: str) -> list[str]:
    """Boilerplate lines still present in the cleaned text, as whole words (so "0 $" is not found
    inside "2,500 $")."""
    left = []
    for line in boilerplate:
        stripped = line.strip()
        if stripped and re.search(r"(?<!\w)" + re.escape(stripped) + r"(?!\w)", cleaned_text):
            left.append(line)
    return left


def _sentence_text(text: str, sentences: Sequence[Span], span: Span) -> str:
    touched = [text[s:e] for s, e in sentences if spans_overlap(span, (s, e))]
    return " / ".join(touched) if touched else text[span[0]:span[1]]


def _describe(claim: ClaimDict, names: Iterable[str]) -> str:
    return " ".join(f"{n}={json.dumps(claim.get(n), ensure_ascii=False)}" for n in names)


def score_article(
    article_id: str,
    text: str,
    gold_claims: Sequence[ClaimDict],
    predicted: Sequence[ClaimDict],
    boilerplate: Sequence[str] = (),
    cleaned_text: str | None = None,
) -> ArticleScore:
    """Score one article's predicted claims (contract dicts, spans into `text`) against its gold claims."""
    sentences = sentence_spans(text)
    windows = [quote_windows(text, g.get("quote") or "", sentences) for g in gold_claims]
    pairs = match_claims(gold_claims, predicted, windows)
    tally = Tally(
        gold=len(gold_claims),
        predicted=len(predicted),
        core_tp=len(pairs),
        quant_gold=sum(g.get("type") in QUANTITATIVE_TYPES for g in gold_claims),
        quant_predicted=sum(p.get("type") in QUANTITATIVE_TYPES for p in predicted),
        strict_tp=sum(is_strict_match(gold_claims[g], predicted[p]) for g, p in pairs),
    )
    for claim_type in CLAIM_TYPES:
        row = [
            sum(g.get("type") == claim_type for g in gold_claims),
            sum(p.get("type") == claim_type for p in predicted),
            sum(gold_claims[g].get("type") == claim_type for g, _ in pairs),
        ]
        if any(row):
            tally.by_type[claim_type] = row
    for name in SCORED_FIELDS:
        tally.fields[name] = [sum(field_agrees(name, gold_claims[g], predicted[p]) for g, p in pairs), len(pairs)]
    score = ArticleScore(id=article_id, tally=tally)
    if cleaned_text is not None:
        score.boilerplate_left = boilerplate_left_in(boilerplate, cleaned_text)
        tally.boilerplate_lines = len(boilerplate)
        tally.boilerplate_left = len(score.boilerplate_left)

    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for gold_index, gold in enumerate(gold_claims):
        quote = gold.get("quote") or ""
        if not windows[gold_index]:
            score.unlocatable_quotes.append(quote)
        if gold_index in matched_gold:
            continue
        where = " / ".join(text[s:e] for s, e in windows[gold_index]) or f"(quote not in text: {quote!r})"
        score.errors.append(ClaimError("miss", "/".join(map(str, claim_key(gold))), where,
                                       _describe(gold, ("count", "claimant", "stance", "date", "quote"))))
    for gold_index, pred_index in pairs:
        gold, pred = gold_claims[gold_index], predicted[pred_index]
        if gold.get("type") in QUANTITATIVE_TYPES and not is_strict_match(gold, pred):
            wrong = [n for n in STRICT_FIELDS if not strict_field_agrees(n, gold, pred)]
            detail = "; ".join(f"{n}: gold {json.dumps(gold.get(n))} predicted {json.dumps(pred.get(n))}" for n in wrong)
            score.errors.append(ClaimError("strict", "/".join(map(str, claim_key(gold))),
                                           " / ".join(text[s:e] for s, e in windows[gold_index]), detail))
    for pred_index, pred in enumerate(predicted):
        if pred_index in matched_pred:
            continue
        span = predicted_span(pred)
        sentence = _sentence_text(text, sentences, span) if span else "(no span)"
        score.errors.append(ClaimError("false", "/".join(map(str, claim_key(pred))), sentence,
                                       f"span={list(span) if span else None} " + _describe(pred, ("count", "claimant", "stance"))))
    return score


def total_of(scores: Iterable[ArticleScore]) -> Tally:
    total = Tally()
    for score in scores:
        total.add(score.tally)
    return total


def gold_summary_line(figures: Mapping[str, Any]) -> str:
    """The headline figures in the reference scorer's last-line form, for scripts and comparisons."""
    return f"strict_f1={figures['strict_f1']:.3f} core_f1={figures['core_f1']:.3f}"


# ---------------------------------------------------------------------------------------------------
# ACLED notes
# ---------------------------------------------------------------------------------------------------

# ACLED sub_event_type -> the (type, outcome) pairs that recover it; outcome None accepts any outcome.
ACLED_SUB_EVENT_KINDS: dict[str, frozenset[tuple[str, str | None]]] = {
    "Armed clash": frozenset({("attack", "clash"), ("attack", "offensive")}),
    "Air/drone strike": frozenset({("attack", "airstrike")}),
    "Shelling/artillery/missile attack": frozenset({("attack", "shelling")}),
    "Remote explosive/landmine/IED": frozenset({("attack", "bombing")}),
    "Suicide bomb": frozenset({("attack", "bombing")}),
    "Grenade": frozenset({("attack", "bombing")}),
    "Attack": frozenset({("attack", "assault")}),
    "Government regains territory": frozenset({("territory", None)}),
    "Non-state actor overtakes territory": frozenset({("territory", None)}),
}
GEO_TOLERANCE_KM = 25.0
EARTH_RADIUS_KM = 6371.0


def fatalities_claimed(claims: Iterable[ClaimDict]) -> int:
    """Sum of the low counts of asserted, non-cumulative, top-level casualty/killed claims."""
    total = 0
    for claim in claims:
        if (claim.get("type") == "casualty" and claim.get("outcome") == "killed"
                and claim.get("stance", "assert") == "assert" and not claim.get("cumulative")
                and claim.get("part_of") is None):
            count = claim.get("count")
            if count and count[0] is not None:
                total += count[0]
    return total


def recovers_event_kind(claims: Iterable[ClaimDict], accepted: frozenset[tuple[str, str | None]]) -> bool:
    return any((c.get("type"), c.get("outcome")) in accepted or (c.get("type"), None) in accepted for c in claims)


def great_circle_km(a: Sequence[float], b: Sequence[float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return EARTH_RADIUS_KM * 2 * math.asin(math.sqrt(h))


@dataclass
class AcledTally:
    notes: int = 0
    failed: int = 0  # notes the pipeline raised on (scored as giving no claims)
    fatal_notes: int = 0  # notes whose fatalities are scored (not split)
    fatal_ok: int = 0
    fatal_abs_error: int = 0
    deadly_notes: int = 0
    deadly_ok: int = 0
    bloodless_notes: int = 0
    bloodless_ok: int = 0
    dated: int = 0  # notes with at least one claim date
    date_ok: int = 0
    located: int = 0  # notes with at least one claim coordinate
    geo_ok: int = 0
    kind_notes: int = 0  # notes of a fight / strike / bombing / attack / seizure sub-event type
    kind_ok: int = 0

    def add(self, other: AcledTally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        return {
            "fatal_acc": self.fatal_ok / max(self.fatal_notes, 1),
            "fatal_acc_pos": self.deadly_ok / max(self.deadly_notes, 1),
            "fatal_acc_zero": self.bloodless_ok / max(self.bloodless_notes, 1),
            "fatal_mae": self.fatal_abs_error / max(self.fatal_notes, 1),
            "date_acc": self.date_ok / max(self.notes, 1),
            "geo_acc": self.geo_ok / max(self.notes, 1),
            "type_acc": self.kind_ok / max(self.kind_notes, 1),
        }


@dataclass
class AcledNoteScore:
    id: str
    tally: AcledTally
    gold_fatalities: int
    predicted_fatalities: int
    problems: list[str] = field(default_factory=list)  # "fatalities", "date", "geo", "type", "failed: ..."


def score_acled_note(note_id: str, gold: Mapping[str, Any], claims: Sequence[ClaimDict]) -> AcledNoteScore:
    """Score one note's claims against ACLED's coding (`gold`: fatalities, event_date, latitude, ...)."""
    tally = AcledTally(notes=1)
    predicted = fatalities_claimed(claims)
    problems: list[str] = []
    if not gold.get("fatalities_note_split"):
        right = predicted == gold["fatalities"]
        tally.fatal_notes, tally.fatal_ok = 1, int(right)
        tally.fatal_abs_error = abs(predicted - gold["fatalities"])
        if gold["fatalities"] > 0:
            tally.deadly_notes, tally.deadly_ok = 1, int(right)
        else:
            tally.bloodless_notes, tally.bloodless_ok = 1, int(right)
        if not right:
            problems.append("fatalities")
    accepted = ACLED_SUB_EVENT_KINDS.get(gold.get("sub_event_type") or "")
    if accepted:
        tally.kind_notes = 1
        tally.kind_ok = int(recovers_event_kind(claims, accepted))
        if not tally.kind_ok:
            problems.append("type")
    dates = {c.get("date") for c in claims if c.get("date")}
    if dates:
        tally.dated = 1
        tally.date_ok = int(gold["event_date"] in dates)
    if not tally.date_ok:
        problems.append("date")
    points = [c.get("coordinates") for c in claims if c.get("coordinates")]
    if points:
        tally.located = 1
        site = (gold["latitude"], gold["longitude"])
        tally.geo_ok = int(any(great_circle_km(p, site) <= GEO_TOLERANCE_KM for p in points))
    if not tally.geo_ok:
        problems.append("geo")
    return AcledNoteScore(note_id, tally, gold["fatalities"], predicted, problems)


# ---------------------------------------------------------------------------------------------------
# Running the pipeline (the only I/O in this module)
# ---------------------------------------------------------------------------------------------------


@dataclass
class Prediction:
    claims: list[dict[str, Any]]
    cleaned_text: str | None
    failure: str | None = None


def parse_published(value: Any) -> dt.date | None:
    """A publication date as the extract command reads it: the first 10 characters as an ISO date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def predict(text: str, published: dt.date | None, item: str, *, is_html: bool = False,
            source_id: str | None = None, extractor: str | None = None) -> Prediction:
    """Run cleaning and extraction in-process, as `counterclaim extract` does, and return the claims in
    contract form (JSON round-tripped, so they compare exactly as printed output would). A crash of the
    pipeline is returned as `failure`, never raised."""
    from counterclaim.clean import prepare_document
    from counterclaim.extract import get_extractor
    from counterclaim.records import IngestError, RawDocument

    try:
        raw = RawDocument(item=item, source_id=source_id, text=None if is_html else text,
                          html=text if is_html else None, published=published)
        document = prepare_document(raw)
        if isinstance(document, IngestError):
            return Prediction([], None)
        claims = [json.loads(json.dumps(c.contract_dict(), ensure_ascii=False)) for c in get_extractor(extractor).extract(document)]
        return Prediction(claims, document.cleaned_text)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop an evaluation
        return Prediction([], None, f"{type(exc).__name__}: {exc}")


def read_text_as_extract_does(path: Path) -> str:
    """The text `counterclaim extract` reads (sources.decoding), or UTF-8 with replacements where it refuses."""
    from counterclaim.sources.decoding import DecodeFailure, decode_bytes

    data = path.read_bytes()
    try:
        return decode_bytes(data)
    except DecodeFailure:
        return data.decode("utf-8", errors="replace")


def evaluate_gold_file(path: Path, extractor: str | None = None) -> ArticleScore:
    """Read one gold file and its text, run the extractor (by registry name) on the text, and score it. An unreadable file
    or a crashing pipeline gives an ArticleScore with `failure` set (and all gold claims missed)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = (path.parent / gold["text"]).resolve()
        text = read_text_as_extract_does(text_path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return ArticleScore(id=path.stem, failure=f"cannot read gold file: {type(exc).__name__}: {exc}")
    gold_claims = gold.get("claims") or []
    article_id = str(gold.get("id") or path.stem)
    prediction = predict(text, parse_published(gold.get("published")), str(text_path),
                         is_html=text_path.suffix.lower() in {".html", ".htm"}, extractor=extractor)
    if prediction.failure:
        score = score_article(article_id, text, gold_claims, [])
        score.failure = f"pipeline failed: {prediction.failure}"
        return score
    return score_article(article_id, text, gold_claims, prediction.claims,
                         gold.get("boilerplate") or [], prediction.cleaned_text)


def read_acled_notes(path: Path, limit: int = 0) -> list[dict[str, Any]]:
    notes = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                notes.append(json.loads(line))
                if limit and len(notes) >= limit:
                    break
    return notes


def evaluate_acled_notes(notes: Sequence[Mapping[str, Any]], source: str = "notes",
                         extractor: str | None = None) -> list[AcledNoteScore]:
    """Run the extractor (by registry name) on each note's text (ACLED's coding is never shown to it) and score it."""
    scores = []
    for number, note in enumerate(notes, 1):
        prediction = predict(note["text"] or "", parse_published(note.get("published")), f"{source}:{number}",
                             source_id=str(note.get("id")), extractor=extractor)
        score = score_acled_note(str(note["id"]), note["gold"], prediction.claims)
        if prediction.failure:
            score.tally.failed = 1
            score.problems.insert(0, f"failed: {prediction.failure}")
        scores.append(score)
    return scores


def acled_total_of(scores: Iterable[AcledNoteScore]) -> AcledTally:
    total = AcledTally()
    for score in scores:
        total.add(score.tally)
    return total


def acled_summary_line(figures: Mapping[str, float]) -> str:
    """The ACLED figures in the reference scorer's last-line form."""
    return " ".join(f"{name}={figures[name]:.3f}" for name in ("fatal_acc", "fatal_acc_pos", "date_acc", "geo_acc", "type_acc"))
