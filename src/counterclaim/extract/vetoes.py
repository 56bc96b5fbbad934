"""Syntactic vetoes: draft claims whose trigger, read on the parse, reports no actual act of war.

Hypotheses and warnings ("could kill thousands"), intentions ("threatened to attack"), conditions ("if
the army attacks"), questions, figurative objects ("killed the bill") and natural causes ("the floods
killed 23 people") are no claims of harm (GOLD_FORMAT.md). The patterns are data
(`patterns/vetoes.json`, spaCy DependencyMatcher specs with ids); this module loads them and applies
them to the drafts of one sentence. Sentences without a draft claim are never parsed, nor are those
whose words meet no pattern's needs. One veto reads words, not the parse: harm in a sentence that names an
accident or a natural cause and no act, means or party of war, for the sentences the parse misreads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from counterclaim.extract.drafts import DraftClaim, without_drafts
from counterclaim.extract.lexicon import FIGURATIVE_FIGHT, FIGURATIVE_WAR
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.syntax import language_model, parse, unparsed_words

VETOES_PATH = Path(__file__).resolve().parent / "patterns" / "vetoes.json"
QUESTION_VETO = "question"  # a sentence asking whether something happened reports nothing
QUESTION_TYPES = frozenset({"casualty", "materiel", "territory", "attack"})
# Arrests by the authorities (patterns/vetoes.json): no capture in war, but the people arrested are still
# those a later "he died in custody" speaks of.
ARREST_VETOES = frozenset({"arrest-verb", "arrest-by-law-enforcement", "arrest-by-law-enforcement-passive", "arrest-of-suspects"})


# Harm from an accident or a natural cause, read off the words when the parse misses it ("a bus carrying
# pilgrims overturned, killing 12", "climbers died after being caught in an avalanche"), in a sentence that
# names no act, means or party of war: no claim of harm (GOLD_FORMAT).
PEACEFUL_CAUSE_VETO = "accident-or-natural-cause-without-war"
# A blast in a public place ("an explosion at a market", "a blast in a hotel"): an accident in a text about peace, a
# bombing in one that tells of attacks (markets, hotels and restaurants are where bombers strike in Somalia or Borno).
PUBLIC_PLACE_BLAST = (r"(?:explosion|blast|fire|blaze)s?\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:restaurant|market|shop|store|mall|hotel|nightclub|cinema)")
PUBLIC_PLACE_BLAST_ONLY = prefiltered(re.compile(PUBLIC_PLACE_BLAST + r"s?\b", re.I))
PUBLIC_PLACE_BLAST_VETO = "blast-at-a-workplace"  # the parse's form of the same veto, whose sites include public places
PEACEFUL_CAUSE = prefiltered(re.compile(
    r"\b(?:accidents?|crash(?:ed|es)?|collisions?|collided|overturn(?:ed|ing)?|capsiz(?:ed|es|ing)|derail(?:ed|ment)|plunged|skidded|toppled|"
    r"collapsed?|stampede|landslides?|mudslides?|avalanches?|floods?|flooding|flash\s+floods|earthquakes?|quakes?|tremors?|cyclones?|"
    r"hurricanes?|typhoons?|tornado(?:es)?|tsunamis?|lightning|heatwaves?|heat\s*stroke|wildfires?|bushfires?|electrocut\w+|drown(?:ed|ing)|"
    r"cholera|malaria|measles|ebola|dengue|outbreaks?|epidemics?|food\s+poisoning|gas\s+(?:leaks?|explosions?|cylinders?)|boilers?|"
    # the site before the blast ("a factory explosion", "a refinery fire", "a fireworks warehouse blast")
    r"(?:factory|plant|refinery|colliery|mine|warehouse|industrial|chemical|fireworks|workshop|mill|boiler|gas\s+station|petrol\s+station|fuel\s+tanker|tanker\s+truck)\s+(?:explosion|blast|fire|blaze)s?|"
    r"(?:explosion|blast|fire|blaze)s?\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:factory|plant|refinery|colliery|coal\s+mine|warehouse|kitchen|workshop|mill)|"
    + PUBLIC_PLACE_BLAST + r")\b",
    re.I,
))
WAR_WORDS = re.compile(
    r"\b(?:attack\w*|ambush\w*|raid\w*|assault\w*|offensive|strikes?|struck|airstrikes?|bomb\w*|shell(?:s|ed|ing)|mortars?|artillery|rockets?|"
    r"missiles?|drones?|ieds?|explosives?|landmines?|mines?\s+(?:blast|explosion)|grenades?|gun\w*|shot|shoot\w*|fired\s+(?:up)?on|opened\s+fire|"
    r"crossfire|snipers?|militants?|rebels?|insurgents?|jihadists?|terroris\w+|militia\w*|fighters?|troops?|soldiers?|army|military|forces|"
    r"combat|clash\w*|battle\w*|fighting|war|conflict|massacre\w*|execut\w+|behead\w*|abduct\w*|kidnap\w*|hostages?|bandits?|gangs?|"
    r"armed|suicide|shrapnel|siege|besieged|fleeing|displaced|camps?)\b",
    re.I,
)


@dataclass(frozen=True)
class VetoPattern:
    id: str
    about: str
    types: frozenset[str]
    outcomes: frozenset[str] | None
    unless_child: tuple[dict[str, Any], ...]
    unless_modal_in: frozenset[str]
    # (index of a pattern node, lemmas): the veto does not hold when that node's words name such a cause ("the building
    # collapsed after being hit by a missile": an accident brought about by an act of war kills in the war)
    unless_caused_by: tuple[int, frozenset[str]] | None = None
    # (index of a pattern node, the natural causes): the veto does not hold when that node's word heads an "of" phrase
    # naming no natural cause, a part or a figure, not a cause ("in the heart of Rafah", "in the heat of the battle", "a
    # rain of rockets"); "an outbreak of cholera" still names one
    unless_part_of: tuple[int, frozenset[str]] | None = None


@dataclass(frozen=True)
class Veto:
    """A draft claim dropped, and the pattern that dropped it."""

    draft: DraftClaim
    pattern: str
    trigger: str


def _expand(value: Any, vocabularies: dict[str, list[str]], key: str = "") -> Any:
    """The pattern with each '$name' replaced by the vocabulary of that name; under LEMMA, with the words'
    capitalised forms too, singular and plural (a sentence-initial word tagged a proper noun keeps its
    case and its inflection as its lemma: 'Wildfires killed ...')."""
    if isinstance(value, str) and value.startswith("$"):
        words = vocabularies[value[1:]]
        return sorted({*words, *(w.capitalize() for w in words), *(w.capitalize() + "s" for w in words)}) if key == "LEMMA" else words
    if isinstance(value, dict):
        return {name: _expand(item, vocabularies, name if name != "IN" else key) for name, item in value.items()}
    if isinstance(value, list):
        return [_expand(item, vocabularies, key) for item in value]
    return value


@dataclass(frozen=True)
class PatternMatcher:
    """One veto pattern's matcher, and the words it cannot match without: for each of its nodes that asks for
    a lemma or a lowercase form, (attribute, the words it allows)."""

    matcher: DependencyMatcher
    needs: tuple[tuple[str, frozenset[str]], ...]

    def may_match(self, words: dict[str, set[str]]) -> bool:
        return all(not allowed.isdisjoint(words[attribute]) for attribute, allowed in self.needs)


@lru_cache(maxsize=1)
def veto_matcher() -> tuple[dict[str, PatternMatcher], dict[str, VetoPattern]]:
    """A matcher per pattern (a sentence is matched only against the patterns whose words it holds, which
    costs a fraction of matching all of them), and the patterns by id."""
    data = json.loads(VETOES_PATH.read_text(encoding="utf-8"))
    vocabularies: dict[str, list[str]] = data["vocabularies"]
    matchers: dict[str, PatternMatcher] = {}
    patterns: dict[str, VetoPattern] = {}
    for spec in data["patterns"]:
        nodes = _expand(spec["pattern"], vocabularies)
        matcher = DependencyMatcher(language_model().vocab)
        matcher.add(spec["id"], [nodes])
        matchers[spec["id"]] = PatternMatcher(matcher, tuple(_lexical_needs(nodes)))
        patterns[spec["id"]] = VetoPattern(
            id=spec["id"],
            about=spec["about"],
            types=frozenset(spec["types"]),
            outcomes=frozenset(spec["outcomes"]) if "outcomes" in spec else None,
            unless_child=_exceptions(_expand(spec.get("unless_child"), vocabularies)),
            unless_modal_in=frozenset(_expand(spec.get("unless_modal_in", []), vocabularies)),
            unless_caused_by=_cause_exception(spec, vocabularies),
            unless_part_of=_part_of_exception(spec, vocabularies),
        )
    return matchers, patterns


def _cause_exception(spec: dict[str, Any], vocabularies: dict[str, list[str]]) -> tuple[int, frozenset[str]] | None:
    cause = spec.get("unless_caused_by")
    if cause is None:
        return None
    node = next(i for i, n in enumerate(spec["pattern"]) if n["RIGHT_ID"] == cause["node"])
    return node, frozenset(w.lower() for w in _expand(cause["lemma"], vocabularies))


def _part_of_exception(spec: dict[str, Any], vocabularies: dict[str, list[str]]) -> tuple[int, frozenset[str]] | None:
    node_id = spec.get("unless_part_of")
    if node_id is None:
        return None
    node = next(i for i, n in enumerate(spec["pattern"]) if n["RIGHT_ID"] == node_id)
    return node, frozenset(w.lower() for w in vocabularies["natural_cause"])


def _part_of_something(pattern: VetoPattern, matched: list[Token]) -> bool:
    """Whether the node `unless_part_of` names heads an "of" phrase whose object is no natural cause ("the heart of
    Rafah", "the heat of battle"): a part or a figure, not what harmed."""
    if pattern.unless_part_of is None:
        return False
    node, causes = pattern.unless_part_of
    if node >= len(matched):
        return False
    return any(child.dep_ == "prep" and child.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() not in causes for o in child.children)
               for child in matched[node].children)


# A verb of harm whose passive says the thing was struck ("after being hit", "after it was targeted by").
STRUCK_VERBS = frozenset({"hit", "target", "strike", "shell", "bomb", "shoot"})


def _caused_by_war(pattern: VetoPattern, matched: list[Token]) -> bool:
    """Whether the node `unless_caused_by` names has an act of war among its words: a lemma of the vocabulary, or a
    verb of striking in the passive ("collapsed after being hit")."""
    if pattern.unless_caused_by is None:
        return False
    node, lemmas = pattern.unless_caused_by
    if node >= len(matched):
        return False
    for token in matched[node].subtree:
        if token.lemma_.lower() in lemmas:
            return True
        if token.lemma_.lower() in STRUCK_VERBS and any(c.dep_ in ("auxpass", "agent") for c in token.children):
            return True
    return False


def _lexical_needs(nodes: list[dict[str, Any]]) -> list[tuple[str, frozenset[str]]]:
    """(attribute, allowed words) for each node that asks for a LEMMA or LOWER value or one of a list."""
    needs = []
    for node in nodes:
        for attribute in ("LEMMA", "LOWER"):
            wanted = node["RIGHT_ATTRS"].get(attribute)
            if isinstance(wanted, str):
                needs.append((attribute, frozenset({wanted})))
            elif isinstance(wanted, dict) and "IN" in wanted:
                needs.append((attribute, frozenset(wanted["IN"])))
    return needs


def _exceptions(spec: dict[str, Any] | list[dict[str, Any]] | None) -> tuple[dict[str, Any], ...]:
    """'unless_child' as a tuple of alternatives (one dict of token attributes, or a list of them)."""
    if spec is None:
        return ()
    return tuple(spec) if isinstance(spec, list) else (spec,)


def _child_matches(token: Token, attributes: dict[str, Any]) -> bool:
    """Whether a token has the attributes: a value, {"IN": words} or {"NOT_IN": words}; "NO_CHILD_LEMMA":
    {"IN": words} asks that none of the token's own children has such a lemma ('police forces')."""
    values = {"DEP": token.dep_, "LEMMA": token.lemma_.lower(), "LOWER": token.lower_, "POS": token.pos_}
    for key, wanted in attributes.items():
        if key == "NO_CHILD_LEMMA":
            if any(child.lemma_.lower() in wanted["IN"] for child in token.children):
                return False
        elif isinstance(wanted, dict):
            if ("IN" in wanted and values[key] not in wanted["IN"]) or ("NOT_IN" in wanted and values[key] in wanted["NOT_IN"]):
                return False
        elif values[key] != wanted:
            return False
    return True


def _arguments(trigger: Token) -> list[Token]:
    """The trigger's children, with the object of its passive agent ('detained by gunmen' -> gunmen) and the
    subject a second verb shares with the first ('troops killed four and detained two' -> troops)."""
    children = list(trigger.children)
    if trigger.dep_ == "conj" and not any(child.dep_.startswith("nsubj") for child in children):
        children += [child for child in trigger.head.children if child.dep_ == "nsubj"]
    return children + [grandchild for child in children if child.dep_ == "agent" for grandchild in child.children]


def _kept_by_exception(pattern: VetoPattern, trigger: Token, matched: list[Token]) -> bool:
    """'may have been killed': a possibility modal with the perfect reports the past, hedged;
    'detained by gunmen': an armed group's detention is a capture, no arrest."""
    if not pattern.unless_child:
        return False
    if pattern.unless_modal_in and not any(t.lower_ in pattern.unless_modal_in for t in matched[1:]):
        return False
    return any(_child_matches(child, wanted) for child in _arguments(trigger) for wanted in pattern.unless_child)


@lru_cache(maxsize=256)
def may_be_vetoed(text: str) -> bool:
    """Whether some veto pattern could match the sentence's parse: it holds the words each needs. Sentences
    that hold none are not parsed for the vetoes. Kept per sentence: the pipeline asks before parsing ahead,
    and `apply_vetoes` asks again."""
    matchers, _ = veto_matcher()
    words = unparsed_words(text)
    return any(m.may_match(words) for m in matchers.values())


def vetoes_in(doc: Doc) -> list[tuple[str, Token]]:
    """(pattern id, trigger token) of every veto pattern matched in a parsed sentence, in text order."""
    matchers, patterns = veto_matcher()
    words = {"LEMMA": {t.lemma_ for t in doc}, "LOWER": {t.lower_ for t in doc}}
    found: list[tuple[str, Token]] = []
    matches = [match for m in matchers.values() if m.may_match(words) for match in m.matcher(doc)]
    for match_id, token_ids in matches:
        pattern = patterns[doc.vocab.strings[match_id]]
        matched = [doc[i] for i in token_ids]
        if not _kept_by_exception(pattern, matched[0], matched) and not _caused_by_war(pattern, matched) and not _part_of_something(pattern, matched):
            found.append((pattern.id, matched[0]))
    return sorted(set(found), key=lambda item: (item[1].i, item[0]))


def _anchored_in(trigger: Token, draft: DraftClaim) -> bool:
    """Whether a veto's trigger word is the draft's: inside its words, or the verb whose object its words
    are ('injuring 50', where the draft is the bare number)."""
    if draft.start <= trigger.idx < max(draft.end, draft.start + 1):
        return True
    return any(child.dep_ == "dobj" and draft.start <= child.idx < draft.end for child in trigger.children)


def apply_vetoes(text: str, drafts: list[DraftClaim], disaster_report: bool = False,
                 war_report: bool = False) -> tuple[list[DraftClaim], list[Veto]]:
    """The drafts of a sentence that stand, and those vetoed; `part_of` indices follow the kept drafts. In a
    `disaster_report` (a text whose headline tells of a flood, a crash, an epidemic), a sentence with no word of war
    counts the disaster's dead ("Rescue teams pulled 12 bodies from the mud"); in a `war_report` (a text that tells
    of attacks) a blast in a public place is no accident."""
    if not any(d.type in QUESTION_TYPES for d in drafts):
        return drafts, []
    _, patterns = veto_matcher()
    question = text.rstrip().rstrip("\"'”’)").endswith("?")
    matched = vetoes_in(parse(text)) if may_be_vetoed(text) else []
    war = WAR_WORDS.search(FIGURATIVE_WAR.sub(" ", FIGURATIVE_FIGHT.sub(" ", text))) is not None  # not "fighting a cholera outbreak"
    cause = PEACEFUL_CAUSE.search(text) if not war else None
    public_blast = war_report and not disaster_report and PUBLIC_PLACE_BLAST_ONLY.search(text) is not None
    if cause is not None and public_blast and PUBLIC_PLACE_BLAST_ONLY.fullmatch(cause.group()):
        cause = next((c for c in PEACEFUL_CAUSE.finditer(text) if not PUBLIC_PLACE_BLAST_ONLY.fullmatch(c.group())), None)
    if public_blast:
        matched = [(pattern_id, trigger) for pattern_id, trigger in matched if pattern_id != PUBLIC_PLACE_BLAST_VETO]
    peaceful = cause.group() if cause else "the disaster of the headline" if disaster_report and not war else None
    dropped: dict[int, Veto] = {}
    for index, draft in enumerate(drafts):
        if question and draft.type in QUESTION_TYPES:
            dropped[index] = Veto(draft, QUESTION_VETO, text[draft.start : draft.end])
            continue
        if peaceful is not None and draft.type == "casualty":
            dropped[index] = Veto(draft, PEACEFUL_CAUSE_VETO, peaceful)
            continue
        for pattern_id, trigger in matched:
            inside = _anchored_in(trigger, draft)
            pattern = patterns[pattern_id]
            if inside and draft.type in pattern.types and (pattern.outcomes is None or draft.outcome in pattern.outcomes):
                dropped[index] = Veto(draft, pattern_id, trigger.text)
                break
    return without_drafts(drafts, set(dropped)), [dropped[i] for i in sorted(dropped)]
