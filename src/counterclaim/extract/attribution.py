"""Attribution: who asserts each claim, whether it is denied or hedged, and what evidence is cited.

Reporting anchors ("X said", "according to X", "said X" after a quote, "It denied") are found in
each sentence; every draft takes the nearest anchor before it in its sentence, or else the first
after it ("..., the ministry said"). Pronoun subjects ("It", "He", "The ministry") continue the
previous sentence's claimant. Sources outside the registry ("witnesses said") give no claimant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counterclaim.extract.drafts import ActorMention, DraftClaim, SentenceView
from counterclaim.extract.lexicon import DENIAL_VERBS, EVIDENCE_WORDS, HEDGES, REPORTING_VERBS, alternation

REPORTING = re.compile(rf"\b(?P<verb>{alternation(REPORTING_VERBS)})\b", re.I)
DENIAL = re.compile(rf"\b(?:{alternation(DENIAL_VERBS)})\b", re.I)
ACCORDING_TO = re.compile(r"\b(?:according\s+to|citing|cited\s+by|as\s+per|per)\s+(?:the\s+|a\s+)?", re.I)
HEDGE = re.compile(rf"\b(?:{alternation(HEDGES)})\b", re.I)
EVIDENCE = {kind: re.compile(rf"\b(?:{alternation(words)})\b", re.I) for kind, words in EVIDENCE_WORDS.items()}
# Subjects that continue the previous claimant ("It also said", "The ministry added", "He said").
CONTINUING_SUBJECT = re.compile(
    r"(?:^(?:[A-Z]\w*,?\s+){0,2}|[,;:”\"]\s*|\b(?:and|but|then|later|also)\s+)(?:it|he|she|they|the\s+(?:ministry|army|military|statement|spokesman|spokeswoman|spokesperson|official|minister|president|leader|authorities|government|command|office|group|militants|rebels|movement|source|report|agency|defen[cs]e\s+ministry))(?:\s+(?:also|further|later|then|had|has|have|again))*\s*$",
    re.I,
)
# Subjects outside the registry: the claim is the source's, not an actor's ("witnesses said").
OUTSIDE_SOURCE = re.compile(
    r"\b(?:witnesses|residents|locals|sources|source|doctors|medics|hospital|officials?|reports|media|activists|observers|analysts|experts|journalists|monitors|villagers|survivors|relatives|police|paramedics|rescuers|a\s+spokesman|spokesperson|officer|commander|Reuters|AFP|AP|TASS|Interfax|RIA)\b[^,.;]{0,30}$",
)
ROLES_FOR_CLAIMANT = frozenset({"name", "adjective", "demonym", "capital", "military", "ministry", "official", "body", "group", "authority", "generic"})


@dataclass(frozen=True)
class Anchor:
    position: int  # offset of the reporting verb in the sentence
    end: int
    claimant: str | None
    denial: bool


def find_anchors(view: SentenceView, previous_claimant: str | None) -> list[Anchor]:
    anchors: list[Anchor] = []
    text = view.text
    for match in ACCORDING_TO.finditer(text):
        if re.match(r"(?:which|whom|him|her|them|it|this|these)\b", text[match.end() :], re.I):
            anchors.append(Anchor(match.start(), match.end(), previous_claimant, False))
            continue
        actor = view.first_actor_after(match.end())
        source = actor.code if actor and actor.start - match.end() <= 60 and not re.search(r"[,;.]", text[match.end() : actor.start]) else None
        anchors.append(Anchor(match.start(), match.end(), source, False))
    for match in REPORTING.finditer(text):
        verb_start = match.start()
        before = text[:verb_start]
        if DENIED_NOUN.search(before):
            continue  # "denied reports that ...": 'reports' is what is denied, not who reports
        denial = bool(DENIAL.fullmatch(match.group("verb")))
        claimant: str | None = None
        subject_actor = _subject_before(view, verb_start)
        closing = max(before.rfind("”"), before.rfind('"'))
        speaker_after_quote = [a for a in view.actors if closing >= 0 and closing < a.start and a.end <= verb_start and a.role in ROLES_FOR_CLAIMANT]
        coordinated = [a for a in anchors if a.end <= verb_start and a.claimant is not None]
        if subject_actor is None and coordinated and COORDINATED_VERB.search(before):
            # "The M23 ... rejected claims of mass casualties and said it had killed nine": one subject
            anchors.append(Anchor(verb_start, match.end(), coordinated[-1].claimant, denial))
            continue
        if speaker_after_quote and verb_start - closing < 120:
            # '..." Abdiasis Abu Musab, al Shabaab's military operation spokesman, told Reuters'
            claimant = speaker_after_quote[-1].code
        elif subject_actor is not None:
            claimant = subject_actor.code
        elif CONTINUING_SUBJECT.search(before):
            claimant = previous_claimant
        elif re.search(r"[,”\"’]\s*$", before) or re.search(r"[,”\"]\s*(?:the\s+)?$", before):
            # reported speech with the source after the verb: '..., said Turkey's President Erdogan'
            after = view.first_actor_after(match.end())
            if after and after.start - match.end() <= 40 and not re.search(r"[.;]", text[match.end() : after.start]):
                claimant = after.code
            elif re.match(r"^\s+(?:he|she|it|they|the\s+(?:ministry|army|military|statement|official|spokesman))\b", text[match.end() :], re.I):
                claimant = previous_claimant
        elif OUTSIDE_SOURCE.search(before[-60:]):
            claimant = None
        else:
            continue
        anchors.append(Anchor(verb_start, match.end(), claimant, denial))
    anchors.sort(key=lambda a: a.position)
    return anchors


INSTITUTION_OF = re.compile(
    r"\b(?:authorities|government|leadership|officials|ministry|forces|army|military|president|leader|head|spokesman|spokesperson|command|leaders)(?:\s+of\s+(?:defen[cs]e|foreign\s+affairs|internal\s+affairs|the\s+interior|health))?\s+(?:in|of)\s+(?:the\s+)?$",
    re.I,
)
OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:against|on|at|in|with|to|by|from|for|of|over|into)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$",
    re.I,
)
# A reporting word as the object of a denial ("rejected reports that ..."): a noun, not a verb.
DENIED_NOUN = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|these\s+|those\s+|media\s+|such\s+)?$", re.I)
# The object of a participle inside the subject's phrase: "the M23 rebel group fighting the army".
PARTICIPLE_OBJECT = re.compile(r"\b\w+ing\s+(?:the\s+)?$", re.I)
# How long a subject's phrase may run to its verb when actors inside it were passed over.
SUBJECT_PHRASE_LIMIT = 100
# "... rejected the claims and said": a second reporting verb sharing the first one's subject.
COORDINATED_VERB = re.compile(r"\band\s+(?:also\s+|later\s+|then\s+)?$", re.I)


def _subject_before(view: SentenceView, verb_start: int) -> ActorMention | None:
    """The actor heading the clause whose verb starts at `verb_start` ('Armenia's Defense ministry said'),
    past actors that are objects inside the subject's phrase ('The M23 rebel group fighting the army in
    eastern Congo on Friday rejected')."""
    candidates = [a for a in view.actors if a.end <= verb_start and a.role in ROLES_FOR_CLAIMANT]
    for actor in reversed(candidates):
        prefix = view.text[: actor.start]
        inner_object = (OBJECT_OF_PREPOSITION.search(prefix) or PARTICIPLE_OBJECT.search(prefix)) and not INSTITUTION_OF.search(prefix)
        if not inner_object:
            return _heading(view, actor, verb_start, skipped=actor is not candidates[-1])
    return None


def _heading(view: SentenceView, actor: ActorMention, verb_start: int, skipped: bool) -> ActorMention | None:
    between = view.text[actor.end : verb_start]
    if len(between) > (SUBJECT_PHRASE_LIMIT if skipped else 60) or re.search(r"[;“”\"]", between):
        return None
    if re.search(r"\b(?:that|which|who|and|but|while|as|if|when|because|after|before|whose)\b", between, re.I):
        return None
    appositive = re.fullmatch(r",\s*", between) and re.search(r",\s*$", view.text[: actor.start])
    if "," in between and not re.fullmatch(r",[^,;]{1,50},\s*", between) and not appositive:
        return None  # ("the President, Ilham Aliyev, stated": the name in apposition heads the clause)
    return actor


def anchor_for(draft: DraftClaim, anchors: list[Anchor]) -> Anchor | None:
    before = [a for a in anchors if a.end <= draft.start + 1]
    if before:
        return before[-1]
    after = [a for a in anchors if a.position >= draft.start]
    return after[0] if after else None


def hedge_in(text: str) -> bool:
    return bool(HEDGE.search(text))


def evidence_in(text: str) -> str | None:
    for kind, pattern in EVIDENCE.items():
        if pattern.search(text):
            return kind
    return None
