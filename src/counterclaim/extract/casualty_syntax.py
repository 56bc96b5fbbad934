"""Syntax fallback for casualty claims: the victim, its count and the agent read from the dependency tree.

The rule finders (casualty.py) read character windows and miss claims whose victim stands far from the
verb ("four villagers who had fled the fighting were killed"), whose head noun they do not list before a
verb ("soldiers remain missing"), or whose noun sits in quotation marks ('31 "bandits" were killed'). This
finder runs on sentences that hold a trigger word, and the pipeline keeps only its drafts that overlap no
casualty draft of the rule finders; it parses the sentence, matches the DependencyMatcher specs of
`patterns/casualty_syntax.json` and keeps a match only when the victim is a person (the people
vocabularies of lexicon.py, a demonym or a named person with a title). Its drafts are shaped like the
rule finders' ones (notes 'head', 'active', 'pattern'), so vetoes, attribution and resolution are the same.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token

from counterclaim.data.weapons import weapon_category
from counterclaim.extract.casualty import (
    FROM_ARMED_FORCE,
    KILLED_AND_WOUNDED,
    _subject_in,
    category_of,
    crew_owner,
    with_companions,
)
from counterclaim.extract.drafts import SUBJECT_IS_ADVERSARY_OF, SUBJECT_IS_CLAIMANT, DraftClaim, SentenceView
from counterclaim.extract.lexicon import PERSON_CATEGORY, TITLE_ABBREVIATION_NOUNS
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.materiel import weapon_pattern
from counterclaim.extract.numbers import find_quantities
from counterclaim.extract.syntax import language_model, parse
from counterclaim.records import Count

PATTERNS_PATH = Path(__file__).resolve().parent / "patterns" / "casualty_syntax.json"
# Words whose presence makes a sentence worth parsing (stems of the trigger lemmas, lower case).
TRIGGER_STEM = prefiltered(re.compile(
    r"\b(?:kill|slay|slain|slew|execut|massacr|behead|assassinat|murder|martyr|eliminat|neutrali[sz]|lynch|slaughter"
    r"|gunned|mown|mowed|die|dying|perish|succumb|death|wound|injur|hurt|maim|captur|abduct|kidnap|missing)",
    re.I,
))
# Victim words that say nobody: "no one was hurt", "none of the crew died", "nobody was killed".
NOBODY = frozenset({"nobody", "none", "noone"})
# Participles and adjectives that carry an outcome on their own ("killed and wounded soldiers").
OUTCOME_FORMS = {"killed": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded"}
# Subordinators of a clause that asks or supposes ("whether he was killed", "if troops are captured").
OPEN_QUESTION = frozenset({"whether", "if", "unless"})
# Determiners that introduce one new person ("a soldier", "another civilian").
INDEFINITE = frozenset({"a", "an", "another", "one"})
# Actor roles that name people of a side on their own ("four Ukrainians", "two Israelis").
PEOPLE_ROLES = frozenset({"demonym"})
# Prepositions that make a killing noun the cause or the occasion of what the sentence tells ("sentenced for the murder
# of", "arrested over the killing of", "charged with", "following the assassination of").
CAUSE_PREPOSITIONS = frozenset({"for", "over", "with", "following", "after", "since", "before"})
# What one succumbs to when one dies of violence ("succumbed to his wounds", "succumbed to injuries sustained in the attack").
HARM_SUCCUMBED_TO = frozenset({"injury", "injuries", "wound", "wounds", "burn", "burns"})
# Dependencies on the victim's left that belong to its noun phrase (count, modifiers, owner).
PHRASE_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "det", "poss", "nmod", "advmod", "predet", "case"})



@lru_cache(maxsize=1)
def _patterns() -> tuple[DependencyMatcher, dict[str, dict[str, Any]], dict[str, str], dict[str, list[str]], frozenset[str], frozenset[str]]:
    data = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    vocabularies: dict[str, list[str]] = data["vocabularies"]

    def expand(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("$"):
            return vocabularies[value[1:]]
        if isinstance(value, dict):
            return {key: expand(item) for key, item in value.items()}
        if isinstance(value, list):
            return [expand(item) for item in value]
        return value

    matcher = DependencyMatcher(language_model().vocab)
    specs: dict[str, dict[str, Any]] = {}
    for spec in data["patterns"]:
        matcher.add(spec["id"], [expand(spec["pattern"])])
        specs[spec["id"]] = spec
    outcome_of = {lemma: outcome for outcome, lemmas in data["outcomes"].items() for lemma in lemmas}
    return matcher, specs, outcome_of, data["needs_particle"], frozenset(data["arrest"]), frozenset(data["peaceful"])


def _people_noun(token: Token, view: SentenceView) -> bool:
    """A noun that names people: the people vocabularies, a demonym, or a named person with a title."""
    if token.lower_ in PERSON_CATEGORY or token.lemma_.lower() in PERSON_CATEGORY:
        return True
    if any(a.role in PEOPLE_ROLES and a.start <= token.idx < a.end for a in view.actors):
        return True
    if token.pos_ == "PROPN":
        titled = _title(token) is not None
        # a description ("X, a farmer") or an age ("X, 45,") in apposition says the name is a person's
        described = any(c.dep_ == "appos" and (c.lower_ in PERSON_CATEGORY or (c.like_num and _an_age(c))) for c in token.children)
        return titled or described
    return False


def _counted_others(token: Token) -> bool:
    """'two coastguards', '14 tribesmen': a counted plural noun that names no animal, unit or equipment."""
    if token.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in token.children):
        return False
    if names_things(token):
        return False
    pattern, _ = weapon_pattern()
    if pattern.fullmatch(token.lower_) is not None or pattern.fullmatch(token.lemma_.lower()) is not None:
        return False
    # the noun ends an equipment phrase ("three armoured personnel carriers", "two fuel tankers"): things, not people
    phrase = token.doc.text[token.left_edge.idx : token.idx + len(token)]
    return weapon_category(phrase) is None


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    """Counted nouns that name no people, though a killing verb takes them: animals, units, things and
    organisations ("killed a dozen cattle", "killed off three airlines"); one vocabulary for both parse finders."""
    return frozenset(json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))["not_people"])


def names_things(noun: Token) -> bool:
    """A noun of things, not people: itself in `not_people`, or counting what follows its 'of' ("40 heads of
    cattle")."""
    if noun.lemma_.lower() in not_people() or noun.lower_ in not_people():
        return True
    return any(p.lower_ == "of" and any(o.lemma_.lower() in not_people() for o in p.children) for p in noun.children)


def _victim(token: Token, view: SentenceView) -> tuple[Token, Token] | None:
    """(phrase head, people noun): 'nine soldiers' -> soldiers twice; 'hundreds of Tigrayans' -> hundreds, Tigrayans."""
    if token.lower_ in NOBODY or (token.lower_ == "one" and any(c.lower_ == "no" for c in token.children)):
        return token, token
    if _people_noun(token, view) and token.pos_ in ("NOUN", "PROPN"):
        return token, token
    if _counted_others(token):
        return token, token
    if token.pos_ in ("NUM", "NOUN", "PRON"):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for noun in prep.children:
                    if noun.dep_ == "pobj" and (_people_noun(noun, view) or noun.lower_ in ("wounded", "injured", "dead")):
                        return token, noun
    return None


def _count(head: Token, noun: Token) -> Count | None:
    """The count on the victim phrase: its numeral (with its bound, "at least 30"), a quantity noun
    ("hundreds of"), one for a singular noun, zero for nobody. Ages and numbers in names are no counts."""
    if head.lower_ in NOBODY or any(t.lower_ == "no" for t in (*head.children, *noun.children)):
        return (0, 0)
    numerals = [c for c in head.lefts if c.dep_ in ("nummod", "quantmod")]
    if head is not noun:
        numerals.append(head)
    if numerals:
        start = min(t.left_edge.i for t in numerals)
        end = max(t.i if t is head else t.right_edge.i for t in numerals) + 1
        quantities = find_quantities(head.doc[start:end].text)
        return quantities[0].count if quantities else None
    if head is noun and noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
        return (1, 1)  # "a soldier"; "the soldier" mostly names one already counted
    if head is noun and noun.tag_ == "NNP" and any(c.dep_ == "appos" for c in noun.children):
        return (1, 1)  # "Colonel X, a senior commander": a person introduced
    if head is noun and noun.tag_ == "NNP" and _title(noun) is not None:
        return (1, 1)  # "Hamas commander Ahmed Ghandour", "police officer Ali Musa": a person named with a title
    return None


def _title(noun: Token) -> Token | None:
    """The people noun compounded before a name ("commander" in "Hamas commander Ahmed Ghandour", "Sgt." in
    "Sgt. David Cohen")."""
    title = next((c for c in noun.children if c.dep_ == "compound" and (c.lower_ in PERSON_CATEGORY or c.lower_.replace(".", "") in TITLE_ABBREVIATION_NOUNS)), None)
    if title is None:
        # "Staff Sgt. Daniel Levi, 21,": the parser ends a sentence at the rank's dot, leaving it outside the name
        first = min((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i), key=lambda c: c.i, default=noun)
        dot = first.i - 1
        if dot >= 1 and noun.doc[dot].text == "." and noun.doc[dot - 1].lower_ in TITLE_ABBREVIATION_NOUNS:
            title = noun.doc[dot - 1]
    return title


def _title_noun(title: Token) -> str:
    return TITLE_ABBREVIATION_NOUNS.get(title.lower_.replace(".", ""), title.lower_)


def _an_age(number: Token) -> bool:
    """A number set off after a name that reads as an age ("Ahmed Saleh, 45,"): a whole number a person may be."""
    return number.text.isdigit() and 0 < int(number.text) < 110 and number.nbor(-1).text == ","


def _agent(trigger: Token, active: bool) -> Token | None:
    """Who did it: the subject of an active verb (or of the clause it hangs on), the 'by' phrase of a passive."""
    if active:
        verb = trigger
        for _ in range(2):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            if verb.dep_ not in ("advcl", "conj", "xcomp"):
                break
            verb = verb.head
        return None
    by = next((c for c in trigger.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _actor_code(view: SentenceView, token: Token | None) -> str | None:
    if token is None:
        return None
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    actors = [a for a in view.actors_between(start, end) if a.role != "pronoun"]
    return actors[-1].code if actors else None


# People nouns that count an organisation's members: an armed group's are its fighters.
GROUP_MEMBERS = frozenset({"members", "member", "operatives", "operative", "cadres", "cadre", "elements"})


def find_casualty_syntax_claims(view: SentenceView) -> list[DraftClaim]:
    """Casualty drafts read from the parse of a sentence the rule finders left without one."""
    if not TRIGGER_STEM.search(view.text):
        return []
    matcher, specs, outcome_of, needs_particle, arrest, peaceful = _patterns()
    doc = parse(view.text)
    if any(t.lemma_.lower() in peaceful for t in doc):
        return []  # "two farmers were hurt in a tractor accident", a tackle in a match: no act of war
    arrested = any(t.lemma_.lower() in arrest for t in doc)
    drafts: list[DraftClaim] = []
    seen: set[tuple[int, int]] = set()
    for match_id, token_ids in sorted(matcher(doc), key=lambda m: (min(m[1]), doc.vocab.strings[m[0]])):
        spec = specs[doc.vocab.strings[match_id]]
        named = {part["RIGHT_ID"]: doc[i] for part, i in zip(spec["pattern"], token_ids, strict=True)}
        trigger, victim_token = named["trigger"], named["victim"]
        lemma = trigger.lemma_.lower()
        outcome = outcome_of.get(lemma) or outcome_of.get(trigger.lower_)
        if outcome is None:
            continue
        if lemma in needs_particle and not any(c.lower_ in needs_particle[lemma] for c in trigger.children):
            continue  # "gunned down", never a bare "gun"
        if lemma == "succumb" and any(c.dep_ == "prep" and c.lower_ == "to" and not any(o.lemma_.lower() in HARM_SUCCUMBED_TO for o in c.children)
                                      for c in trigger.children):
            continue  # "succumbed to their wounds" is a death; "succumbed to pressure" is none
        if any(c.dep_ == "neg" for c in trigger.children):
            continue  # "were not killed" reports no loss and no count
        if any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for t in (trigger, *trigger.ancestors) for c in t.children):
            continue  # "it was unclear whether the commander was killed": asked, not reported
        if trigger.pos_ == "NOUN" and trigger.head.dep_ == "prep" and trigger.head.lower_ in CAUSE_PREPOSITIONS:
            continue  # "sentenced for the murder of a soldier", "arrested over the killing of": a cause told, no death reported
        if outcome == "captured" and arrested:
            continue  # "captured and detained by the police": an arrest, no claim of harm
        if any(m.start() <= trigger.idx < m.end() for m in KILLED_AND_WOUNDED.finditer(view.text)):
            continue  # "the number of killed and wounded soldiers", however it parses
        others = {outcome_of.get(t.lemma_.lower()) or OUTCOME_FORMS.get(t.lower_) for t in trigger.conjuncts} - {None, outcome}
        if others & {"killed", "wounded"} and outcome in ("killed", "wounded"):
            continue  # "were killed and wounded": one figure for both, coded as neither (GOLD_FORMAT)
        found = _victim(victim_token, view)
        if found is None:
            # "killed the warden and two guests": a first noun the vocabularies lack heads a list whose later members are people
            found = next((f for c in victim_token.conjuncts if c.i > victim_token.i and (f := _victim(c, view)) is not None), None)
        if found is None:
            continue
        head, noun = found
        victims = [(head, noun)] + [(c, c) for c in noun.conjuncts if c.i > noun.i and _people_noun(c, view)]
        active = bool(spec.get("active"))
        agent = _actor_code(view, _agent(trigger, active))
        for head, noun in victims:
            if (head.i, trigger.i) in seen:
                continue
            seen.add((head.i, trigger.i))
            count = _count(head, noun)
            if count is None:
                continue  # no count read from the tree: the rule finders' domain, too vague to add
            phrase_start = min(t.left_edge.idx for t in (head, noun))
            phrase_end = max(t.idx + len(t) for t in (head, noun))
            start = min(phrase_start, trigger.idx)
            end = max(phrase_end, trigger.idx + len(trigger))
            modifiers = doc.text[phrase_start:phrase_end]
            described = next((c for c in noun.children if c.dep_ == "appos" and noun.pos_ == "PROPN" and not c.like_num), None)
            aged = any(c.dep_ == "appos" and c.like_num and _an_age(c) for c in noun.children)  # "David Cohen, 20,": an age, no description
            if described is not None:  # "Colonel X, a senior Houthi commander": the description says who
                noun, phrase_end = described, described.right_edge.idx + len(described.right_edge)
                modifiers = doc.text[phrase_start:phrase_end]
            category = category_of(noun.lower_, modifiers) if noun.lower_ in PERSON_CATEGORY else category_of(noun.lemma_.lower(), modifiers)
            head_words = noun.lower_
            if noun.lower_ in ("members", "member") and any(c.dep_ == "compound" and c.lower_ == "crew" for c in noun.children):
                head_words, category = "crew members", "military"  # "its two crew members": the crew of a machine
            title = _title(noun) if noun.tag_ == "NNP" else None
            if title is not None and category == "unknown":
                category = category_of(_title_noun(title), modifiers)  # "police officer Ali Musa": an officer
            force = FROM_ARMED_FORCE.match(view.text, phrase_end)
            if category == "unknown" and force is not None:
                category = "military"  # "the deaths of these four brave men from our battalion": the force's men
            if aged and category == "unknown":
                category = "civilian"  # GOLD_FORMAT: victims described by age are civilians ("Ahmed Saleh, 45,")
            if outcome == "missing" and category != "military" and not view.actors:
                continue  # "three hikers went missing": lost, not a casualty of war
            subject, possessive = _subject_in(view, phrase_start, phrase_end)
            if category == "unknown" and noun.lower_ in GROUP_MEMBERS and any(a.role == "group" for a in view.actors_between(phrase_start, phrase_end)):
                category = "military"  # "12 People's Defence Force members were killed": an armed group's members are its fighters
            if subject is None and (possessive == "our" or (force is not None and re.match(r"(?i)\s+\w+\s+our\b", force.group()))):
                subject = SUBJECT_IS_CLAIMANT
            elif subject is None and possessive in ("their", "its") and (crew := crew_owner(view, phrase_start, head_words, agent)):
                subject = crew  # "downed a Congolese army helicopter, killing its two pilots": the machine's owner's
            elif subject is None and agent is not None:
                subject = agent if possessive in ("their", "its") else SUBJECT_IS_ADVERSARY_OF + agent
            notes = {"head": noun.lower_, "pattern": spec["id"], **({"active": "yes"} if active else {})}
            if outcome == "killed":
                counted = with_companions(view, end, count)
                if counted is None:
                    notes["uncounted_others"] = "yes"  # "had died along with several other commanders": no known toll
                count = counted
            drafts.append(DraftClaim("casualty", outcome, start, end, category=category, count=count,
                                     subject=subject, object=agent, notes=notes))
    return sorted(drafts, key=lambda d: (d.start, d.end))
