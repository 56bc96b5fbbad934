"""Deaths read from the parse: killing verbs and death predicates of every register, their victims and counts.

The pattern finders in casualty.py read people phrases from a lexicon of nouns and outcome words
beside them. Event reports (wire copy, monitors' event notes, police blotters) name victims by any role
("a village head", "two tailors", "a Tigrayan man"), kill them with many verbs ("gunned down",
"stabbed to death", "sniped dead", "assassinated", "lynched") and report deaths as predicates ("died
of his wounds", "succumbed to injuries", "was found dead", "the body of a driver was found"). This
module reads those from the dependency parse: the victim is the passive subject or the object of a
killing verb, or the subject of a death predicate; its count comes from the number, article or
possessive on the noun, and coordinated victims add up ("a chief, his son and a neighbour" is 3).

It only adds what the pattern finders missed: a death whose trigger or victim overlaps a killed claim
already drafted is left to that claim. It also drops killed claims that are no event of the sentence:
the grievance of a protest ("protested over the killing of two students") and deaths dated to another
time ("murdered six years ago", "coded separately").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from counterclaim.extract.casualty import category_of, with_companions
from counterclaim.extract.casualty_syntax import names_things
from counterclaim.extract.dates import LONG_AGO
from counterclaim.extract.drafts import SUBJECT_IS_CLAIMANT, DraftClaim, SentenceView, without_drafts
from counterclaim.extract.lexicon import PERSON_CATEGORY
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.syntax import parse
from counterclaim.records import Count

# --- vocabularies --------------------------------------------------------------------------------
# Verbs whose object (or passive subject) is killed: killing of every register, from the neutral to
# the euphemistic and the legal ("neutralised", "extrajudicially executed").
KILLING_VERBS = frozenset(
    """kill murder assassinate slaughter execute behead decapitate lynch massacre slay butcher
    neutralize neutralise eliminate liquidate""".split()
)
# Euphemisms that also take things as objects ("eliminated the threat"): people objects only.
EUPHEMISTIC_KILLING = frozenset({"neutralize", "neutralise", "eliminate", "liquidate", "execute"})
# Verbs that kill with a resultative "dead" ("shot dead", "sniped dead", "left two people dead").
DEAD_RESULT_VERBS = frozenset({"shoot", "snipe", "snip", "gun", "stab", "beat", "hack", "leave", "club", "hit", "knife", "strike"})
# Verbs that kill with a particle ("gunned down", "mowed down").
PARTICLE_KILLING = frozenset({("gun", "down"), ("mow", "down"), ("cut", "down")})
# Verbs whose object (or passive subject) is wounded ("shot and injured a guard", "was wounded").
WOUNDING_VERBS = frozenset({"wound", "injure", "maim"})
# Verbs with "to death" that kill nobody yet ("sentenced to death", "threatened to death").
NOT_KILLING_TO_DEATH = frozenset({"sentence", "condemn", "threaten", "scare", "frighten", "bore", "love"})
# Nouns of a death that name their victim with "of", and the verbs that report them as a result of the
# event ("causing the death of a passer-by", "resulted in the deaths of three soldiers").
DEATH_EVENT_NOUNS = frozenset({"death", "deaths", "killing", "killings", "murder", "murders", "assassination"})
RESULT_VERBS = frozenset({"cause", "result", "lead", "leave", "claim", "bring"})
# Predicates whose subject died ("died", "perished", "succumbed to his injuries").
DEATH_PREDICATES = frozenset({"die", "perish", "succumb"})
# Nouns for the remains of people; found, recovered or dumped, they are deaths ("the body of a driver").
BODY_NOUNS = frozenset({"body", "bodies", "corpse", "corpses", "remains", "cadaver"})
BODY_FOUND_VERBS = frozenset({"find", "discover", "recover", "retrieve", "exhume", "dump", "locate", "abandon", "leave", "throw"})
# Words that count the people of an 'of' phrase after them ("one of them", "a dozen of the villagers").
QUANTITY_NOUNS = frozenset(
    """one two three four five six seven eight nine ten all both each some dozen dozens scores hundreds handful couple
    number""".split()
)
# People suspected of a crime ("a drug suspect", "a robbery suspect"): no fighters, whatever the lexicon says of
# "suspected militants".
CRIME_SUSPECTS = frozenset({"suspect", "thief", "robber", "criminal", "kidnapper", "trafficker", "dealer"})
# Nouns that count as many people as they say ("a couple" is two).
COLLECTIVE_COUNTS = {"couple": 2, "pair": 2, "twins": 2}
# Nouns of several people that give no number with an article ("killed its crew", "wiped out the cell"): uncounted.
GROUP_NOUNS = frozenset({"crew", "cell", "unit", "team", "squad", "patrol", "platoon", "battalion", "brigade", "company", "detachment",
                         "group", "gang", "band", "convoy", "delegation", "family", "household", "crowd"})
# Pronouns that refer back to people named in an earlier sentence.
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
# Words that mark a death as later than the injury or capture told before ("later died").
LATER_MARKERS = frozenset({"later", "subsequently", "afterwards", "eventually", "then", "hospital", "wounds", "injuries", "injury", "wound"})

# Grievances of a protest: deaths the protesters speak of are no deaths of the protest itself.
PROTEST_VERBS = frozenset(
    """protest demonstrate rally march gather assemble mourn demand commemorate honour honor
    petition picket boycott chant""".split()
)
# Condemning is a protest's grievance when a crowd condemns, not when a state or body does ("Egypt condemned the strike
# that killed 20 people": the deaths are told).
CONDEMNING_VERBS = frozenset({"condemn", "denounce"})
CROWD_NOUNS = frozenset(
    """protesters demonstrators mourners students residents crowd crowds people hundreds thousands dozens marchers
    activists villagers families relatives workers women youths supporters participants""".split()
)
PROTEST_NOUNS = frozenset(
    """protest protests demonstration demonstrations rally rallies march marches vigil vigils sit-in walk-out walkout
    justice memory anniversary commemoration funeral inquiry investigation trial accountability probe""".split()
)
# Deaths dated to another year or coded as another event ("murdered six years ago", "coded separately"); deaths
# of last week are news the text reports, coded like any other (GOLD_FORMAT).
OTHER_TIME = re.compile(
    LONG_AGO + r"|\b(?:(?:previous|earlier)\s+(?:incident|attack|event|year|clash|clashes|war|conflict)|past\s+(?:war|conflict))s?\b"
    r"|\b(?:coded|reported|recorded|counted)\s+separately\b",
    re.I,
)
# Causes that make a death no act of violence ("died of malnutrition", "a lorry crash killed a cyclist").
NATURAL_CAUSES = frozenset(
    """malnutrition malnourishment hunger starvation illness disease cholera malaria measles covid covid-19 coronavirus
    cancer fever heart-attack stroke cold heat exhaustion accident collision crash flood floods flooding landslide
    earthquake storm lightning drowning suicide overdose natural""".split()
)
# Conjunctions and prepositions that put an earlier event before the one a sentence reports ("after", "following").
PRIOR_EVENT_MARKERS = frozenset({"after", "following"})
# Armed fights a text tells as events of its own, whose dead are no background to what followed them.
ARMED_EVENT_NOUNS = frozenset(
    """shootout gunfight firefight clash clashes ambush attack raid battle fighting assault bombing explosion blast strike
    airstrike shelling offensive skirmish exchange""".split()
)
# Acts of protest, riot and arrest that a death can set off ("youths burned tyres after a boy was killed",
# "police arrested ten people following the killing of a trader"): that death is no death of the act.
REACTION_VERBS = PROTEST_VERBS | frozenset(
    """arrest detain apprehend block barricade burn torch loot vandalize vandalise riot storm close shut stage hold
    flee demand launch open set blockade occupy sit""".split()
)
# A definite phrase whose adjective says the person is dead refers back to a death told before ("the slain
# suspect", "the murdered journalist", "the deceased").
TOLD_DEAD = re.compile(r"(?:the|this|that|his|her|their)\s+(?:slain|murdered|dead|deceased|killed|late|executed|assassinated)\b", re.I)
# Words that mark a later sentence's death as another death, not the one told before ("also", "another").
NEW_DEATH_MARKERS = re.compile(r"\b(?:also|too|as\s+well|another|additional|further|other|second|third)\b", re.I)

TRIGGER_WORDS = prefiltered(re.compile(
    r"\b(?:kill|murder|assassinat|slaughter|execut|behead|decapitat|lynch|massacr|sla[yi]n?|butcher|strangl|neutrali[sz]|eliminat|liquidat"
    r"|dead|death|gunned|mowed|died|dies|die|perish|succumb|bod(?:y|ies)|corpses?|remains|injur|wound|maim)",
    re.I,
))



def _parsed(text: str) -> Doc:
    return parse(text)  # cached in syntax.parse


# --- victims and their counts ------------------------------------------------------------------------


def _quantity_at(view: SentenceView, token: Token) -> Count | None:
    for quantity in view.quantities:
        if quantity.start <= token.idx < quantity.end:
            return quantity.count
    return None


def _own_count(view: SentenceView, noun: Token) -> Count | None:
    """How many people one noun (without its conjuncts) counts, or None when it gives no number."""
    lower = noun.lower_
    if noun.pos_ == "NUM" or noun.like_num:
        return _quantity_at(view, noun)
    if lower in ("one", "another"):
        return (1, 1)
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num):
            count = _quantity_at(view, child)
            if count is not None:
                return count
    if lower in ("number", "numbers", "handful", "lot", "lots", "unknown", "several", "many"):
        return None  # "an unspecified number of militants" gives no figure
    if noun.lemma_.lower() in COLLECTIVE_COUNTS:
        n = COLLECTIVE_COUNTS[noun.lemma_.lower()]
        return (n, n)
    plural = noun.tag_ in ("NNS", "NNPS") or lower in ("people", "men", "women", "children", "police")
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "predet")}
    if "both" in determiners:
        return (2, 2)
    if plural or noun.lemma_.lower() in GROUP_NOUNS:
        return None
    if determiners & {"a", "an", "one", "another", "the", "this", "that", "his", "her", "their", "its", "our", "my", "each"}:
        return (1, 1)
    return None


def _is_person(noun: Token, strict: bool) -> bool:
    lemma = noun.lemma_.lower()
    lower = noun.lower_
    if names_things(noun):
        return False
    if noun.pos_ == "PRON":
        return lower in SINGULAR_PRONOUNS | PLURAL_PRONOUNS or lower in ("one", "others", "another")
    if lower == "old" and any(c.lemma_.lower() in ("year", "month") for c in noun.children):
        return True  # "a 17-year-old"
    if not strict:
        return noun.pos_ in ("NOUN", "PROPN", "NUM")
    return lower in PERSON_CATEGORY or lemma in PERSON_CATEGORY or (lemma + "s") in PERSON_CATEGORY


def _members(noun: Token) -> list[Token]:
    """The noun and the people coordinated with it ('a chief, his son and a neighbour')."""
    members = [] if names_things(noun) else [noun]  # "40 heads of cattle and two herders": the herders
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            members.extend(_members(child))
        elif child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children) and child.pos_ in ("NOUN", "PROPN") \
                and not _breakdown_apposition(noun, child):
            members.extend(_members(child))  # a list after a comma, parsed as an apposition
    return members


def _breakdown_apposition(noun: Token, appos: Token) -> bool:
    """'14 people (nine soldiers and five civilians)', '12 people: eight villagers and four militiamen': a counted noun's
    list in brackets or after a colon or dash breaks its figure down; it names no more people."""
    opening = noun.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    return opening is not None and opening.text in ("(", "[", ":", "-", "–", "—") and any(c.dep_ == "nummod" for c in noun.children)


def _of_phrase(noun: Token) -> Token | None:
    """'one of them', 'the body of a driver': the noun after 'of'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _of_after(noun: Token) -> Token | None:
    """The noun after an 'of' a few words on, when the parser hung it elsewhere ('the death from smoke inhalation of')."""
    for token in noun.doc[noun.i + 1 : noun.i + 5]:
        if token.lower_ == "of":
            return next((c for c in token.children if c.dep_ == "pobj"), None)
        if token.is_punct:
            return None
    return None


# --- the finder ----------------------------------------------------------------------------------------


class _Death:
    __slots__ = ("trigger", "victims", "outcome")

    def __init__(self, trigger: Token, victims: list[Token], outcome: str = "killed") -> None:
        self.trigger = trigger
        self.victims = victims
        self.outcome = outcome


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN")


def _victim_of_verb(verb: Token) -> Token | None:
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head  # "a man killed by police"
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    if verb.dep_ == "conj" and _passive(verb.head) is True and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return _victim_of_verb(verb.head)  # "was raped and killed", "were shot and killed"
    if verb.dep_ == "relcl" and _passive(verb):
        return verb.head  # "two men who were killed"
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        head = verb.head
        for child in head.children:
            if child.dep_ == "dobj" and child.i > verb.i:
                return child  # "shot and killed a trader": the object after the second verb
    return None


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ == "conj":
        return _subject_of(verb.head)
    if verb.dep_ in ("relcl",):
        return verb.head
    return None


def _deaths_in(doc: Doc) -> list[_Death]:
    deaths: list[_Death] = []
    for token in doc:
        lemma = token.lemma_.lower()
        children = list(token.children)
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if _killed_and_wounded(token):
                continue  # "70 people were killed and wounded": one figure of both, neither a toll nor a count of wounded
            to_death = lemma not in NOT_KILLING_TO_DEATH and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in children)
            dead_result = lemma in DEAD_RESULT_VERBS and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "advcl", "xcomp", "ccomp", "dobj", "amod", "conj") for c in children)
            particle = any((lemma, c.lower_) in PARTICLE_KILLING for c in children if c.dep_ == "prt")
            if lemma == "find" and any(c.lower_ == "dead" for c in children):
                victim = next((c for c in children if c.dep_ in ("nsubjpass", "dobj")), None)
                if victim is None and token.dep_ == "acl":
                    victim = token.head
                if victim is None and token.dep_ == "conj":
                    victim = _victim_of_verb(token)  # "was seized at a checkpoint and found dead days later"
                if victim is not None:
                    deaths.append(_Death(token, [victim]))
                continue
            if lemma == "leave" and dead_result:
                victim = next((c for c in children if c.dep_ == "dobj"), None)
                if victim is not None:
                    deaths.append(_Death(token, [victim]))
                continue
            if lemma in KILLING_VERBS or to_death or dead_result or particle:
                victim = _victim_of_verb(token)
                if victim is not None:
                    deaths.append(_Death(token, [victim]))
                continue
            if lemma in DEATH_PREDICATES or (lemma == "lose" and any(c.lemma_.lower() == "life" for c in children if c.dep_ == "dobj")):
                victim = _subject_of(token)
                if victim is not None:
                    deaths.append(_Death(token, [victim]))
                continue
            if lemma in WOUNDING_VERBS and not any(c.lower_ in ("feelings", "pride", "economy", "chances") for c in children):
                victim = _victim_of_verb(token)
                if victim is not None:
                    deaths.append(_Death(token, [victim], "wounded"))
                continue
            if lemma in BODY_FOUND_VERBS:
                body = next((c for c in children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in BODY_NOUNS), None)
                if body is None and token.dep_ == "acl" and token.head.lower_ in BODY_NOUNS:
                    body = token.head
                if body is not None:
                    deaths.append(_Death(token, [body]))
        elif token.pos_ == "NOUN" and token.lower_ in DEATH_EVENT_NOUNS and token.head.lemma_.lower() in RESULT_VERBS:
            victim = _of_phrase(token) or _of_after(token)  # "causing the death from smoke inhalation of a vendor"
            if victim is not None:
                deaths.append(_Death(token, [victim]))
    return deaths


def _killed_and_wounded(verb: Token) -> bool:
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")] + ([verb.head] if verb.dep_ == "conj" else [])
    lemmas = {v.lemma_.lower() for v in verbs}
    if sum(any(c.dep_ == "dobj" for c in v.children) for v in verbs) >= 2:
        return False  # "killing the driver and wounding a guard": each verb has its own victims
    return bool(lemmas & WOUNDING_VERBS) and bool(lemmas & (KILLING_VERBS | {"die"}))


def _count_victims(view: SentenceView, death: _Death, previous: list[DraftClaim], strict: bool) -> tuple[Count, list[Token], str] | None:
    """(count, victim tokens, category) of a death, or None when its victims are uncounted or not people."""
    victim = death.victims[0]
    if victim.lower_ in BODY_NOUNS:
        inner = _of_phrase(victim)
        if inner is not None:
            if any(c.lower_ in ("the", "these", "those") for c in inner.children if c.dep_ == "det") or inner.pos_ == "PRON":
                return None  # "the bodies of the victims": deaths told before
            victim = inner
        else:
            if any(c.lower_ in ("the", "these", "those", "their", "his", "her") for c in victim.children if c.dep_ in ("det", "poss")):
                return None  # "the bodies were found": the dead of a killing told before
            count = _own_count(view, victim)
            if count is None:
                return None
            return count, [victim], "unknown"
    lower = victim.lower_
    if lower in QUANTITY_NOUNS or victim.like_num:
        inner = _of_phrase(victim)
        if inner is not None and inner.pos_ != "PRON":
            if not _is_person(inner, True):
                return None  # "eight of the herd's goats"
            count = _quantity_at(view, victim)
            if count is None or count[0] is None:
                return None
            modifiers = " ".join(t.text for t in inner.subtree if t.i < inner.i)
            return count, [victim], category_of(inner.text, modifiers)  # "three of the soldiers", "a dozen of the villagers"
        if inner is not None and inner.lower_ == "those" and any(c.dep_ in ("prep", "advmod", "relcl", "acl") for c in inner.children):
            # "two of those on board", "three of those inside the bus", "one of those who fled": people placed by where they were
            count = _quantity_at(view, victim) or ((1, 1) if lower == "one" else None)
            return (count, [victim], "unknown") if count is not None and count[0] is not None else None
        if inner is not None and inner.lower_ in ("whom", "which"):
            # "shot three people, two of whom died": a part of the people of the same sentence
            count = _quantity_at(view, victim) or ((1, 1) if lower == "one" else None)
            return (count, [victim], "unknown") if count is not None and count[0] is not None else None
        if inner is not None and inner.pos_ == "PRON":
            # "one of them died later": a part of the people an earlier sentence counted
            if not _earlier_unkilled(previous) or not _later(death):
                return None
            if lower in ("all", "both", "each"):
                count = _earlier_unkilled(previous)[-1].count
                if count is None:
                    return None
            else:
                count = _quantity_at(view, victim) or ((1, 1) if lower == "one" else None)
                if count is None:
                    return None
            return count, [victim], _earlier_unkilled(previous)[-1].category or "unknown"
    if victim.pos_ == "PRON":
        if lower not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
            return None
        earlier = _earlier_unkilled(previous)
        if not earlier:
            return None  # "he was killed because ...": the death was told before, or nobody was
        if lower in SINGULAR_PRONOUNS:
            return (1, 1), [victim], earlier[-1].category or "unknown"
        count = earlier[-1].count
        return (count, [victim], earlier[-1].category or "unknown") if count is not None else None
    if victim.pos_ == "PROPN" and victim.text in view.named_people and not victim.conjuncts and victim.tag_ == "NNP":
        if not any(a.start <= victim.idx < a.end and a.role != "official" for a in view.actors):
            return (1, 1), [victim], view.named_people[victim.text][0]  # "killing Haddad", named as a commander elsewhere
    members = _members(victim)
    if not members:
        return None  # "killed off three airlines": no people
    low = high = 0
    categories: list[str] = []
    for member in members:
        if not _is_person(member, strict):
            return None
        count = _own_count(view, member)
        if count is None:
            return None
        if count[0] is None:
            return None
        low += count[0]
        high = high + count[1] if (high is not None and count[1] is not None) else None
        modifiers = " ".join(t.text for t in member.subtree if t.i < member.i)
        categories.append("unknown" if member.lemma_.lower() in CRIME_SUSPECTS else category_of(member.text, modifiers))
    category = categories[0] if len(set(categories)) == 1 else "unknown"
    return (low, high), members, category


def _earlier_unkilled(previous: list[DraftClaim]) -> list[DraftClaim]:
    """Wounded, captured or missing people of the sentence before, when it told no deaths."""
    if any(d.type == "casualty" and d.outcome == "killed" for d in previous):
        return []
    return [d for d in previous if d.type == "casualty" and d.outcome in ("wounded", "captured", "missing") and d.part_of is None]


def _later(death: _Death) -> bool:
    trigger = death.trigger
    words = {t.lower_ for t in trigger.subtree} | {t.lower_ for t in trigger.children}
    return bool(words & LATER_MARKERS) or trigger.lemma_.lower() in ("succumb", "die") or trigger.lemma_.lower() == "find"



def _span_of(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.left_edge.idx if t.dep_ not in ("nsubjpass", "nsubj", "dobj") else min(c.idx for c in t.subtree if c.i <= t.i) for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _victims_side(view: SentenceView, victims: list[Token]) -> str | None:
    """The side the victims' own words name: an actor inside their phrase ("Hezbollah commander Fuad Shukr"), or a
    possessive that stands for the speaker ("Hezbollah said its commander was killed"), as in the rule finders."""
    start, end = _span_of(victims)
    start = min([start] + [c.left_edge.idx for v in victims for c in v.children if c.dep_ in ("poss", "compound", "amod")])
    named = [a for a in view.actors_between(start, end) if a.role != "pronoun"]
    if named:
        return named[-1].code
    owners = {c.lower_ for v in victims for c in v.children if c.dep_ == "poss"}
    return SUBJECT_IS_CLAIMANT if owners & {"its", "their", "our"} else None


def find_syntactic_deaths(view: SentenceView, drafts: list[DraftClaim], previous: list[DraftClaim]) -> list[DraftClaim]:
    """Killed claims the pattern finders missed in this sentence (see the module's docstring)."""
    if not TRIGGER_WORDS.search(view.text):
        return []
    doc = _parsed(view.text)
    added: list[DraftClaim] = []
    for death in _deaths_in(doc):
        trigger = death.trigger
        killed = [d for d in drafts if d.type == "casualty" and (d.outcome == death.outcome or death.outcome == "wounded")
                  and (d.count is not None or d.notes.get("uncounted_others"))]  # ("killed along with other members": read, uncounted)
        strict = trigger.lemma_.lower() in EUPHEMISTIC_KILLING or death.outcome == "wounded"
        counted = _count_victims(view, death, previous, strict)
        if counted is None:
            continue
        count, victims, category = counted
        if killed:
            # the pattern finders read this sentence's deaths already; the parse only completes a list of
            # victims they cut short ("a woman and her three children": 4, not 1)
            if death.outcome == "killed" and len(victims) > 1 and count[0] is not None:
                span = _span_of(victims)
                span = (min(span[0], trigger.idx), max(span[1], trigger.idx + len(trigger.text)))
                inside = [d for d in killed if d.part_of is None and _overlaps(span, (d.start, max(d.end, d.start + 1)))]
                if (len(inside) == 1 and inside[0].count is not None and inside[0].count[0] is not None and inside[0].count[0] < count[0] and not inside[0].cumulative
                        and not inside[0].notes.get("named_one_by_one")):  # "two soldiers, a sergeant and a corporal": two
                    inside[0].count = count
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in trigger.children):
            continue  # "unclear whether the commander was killed"
        trigger_span = (trigger.idx, trigger.idx + len(trigger.text))
        victim_span = _span_of(victims)
        if any(_overlaps(trigger_span, (d.start, max(d.end, d.start + 1))) or _overlaps(victim_span, (d.start, max(d.end, d.start + 1))) for d in killed + added):
            continue
        if death.outcome == "killed" and (_background(doc, trigger) or _background_victims(doc, victims)):
            continue
        start, end = min(trigger_span[0], victim_span[0]), max(trigger_span[1], victim_span[1])
        active = not _passive(trigger) and trigger.lemma_.lower() not in DEATH_PREDICATES and trigger.dep_ not in ("amod", "acl", "relcl")
        notes = {"head": victims[0].lower_, "syntax": "yes", **({"active": "yes"} if active else {})}
        named = view.named_people.get(victims[0].text) if victims[0].pos_ == "PROPN" and len(victims) == 1 else None
        count = with_companions(view, end, count)
        added.append(DraftClaim("casualty", death.outcome, start, end, category=category, count=count, notes=notes,
                                subject=named[1] if named is not None else _victims_side(view, victims)))
        agent = _armed_agent(trigger)
        if agent is not None and not active and not any(d.type == "attack" for d in drafts + added):
            # "a trader was shot dead by gunmen": a killing by armed men is an attack on its victims
            added.append(DraftClaim("attack", "assault", agent.idx, agent.idx + len(agent.text)))
    return added


# Verbs of harm done to people by someone: with an armed agent, an attack on the people harmed.
HARM_VERBS = KILLING_VERBS | frozenset({"shoot", "wound", "injure", "stab", "hack", "gun", "snipe", "snip", "maim", "torture"})


def attack_of_harm(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """'1 civilian was killed by militants', 'gunmen shot and wounded a soldier': people killed or wounded by
    armed men are an attack on them; a fight when the people harmed are armed men themselves."""
    if any(d.type == "attack" for d in drafts):
        return []
    harmed = [d for d in drafts if d.type == "casualty" and d.outcome in ("killed", "wounded") and d.count is not None
              and (d.count[0] or 0) > 0 and not d.cumulative and d.stance is None]
    if not harmed or not TRIGGER_WORDS.search(view.text):
        return []
    doc = _parsed(view.text)
    for token in doc:
        if token.lemma_.lower() not in HARM_VERBS or not token.tag_.startswith("VB"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in token.children):
            continue
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children) and token.lemma_.lower() == "shoot":
            continue  # "its air force shot down five jets": aircraft downed (materiel), no people harmed
        by_agent = _armed_agent(token)
        agent = by_agent or _armed_subject(view, token)
        if agent is None:
            continue
        # "gunmen", "militants" standing for the war's armed group name no attacker: unnamed attackers take only the group the
        # text identifies for the same attack (GOLD_FORMAT), which resolution looks for
        actor = next((a for a in view.actors if a.start <= agent.idx < a.end and a.role not in ("pronoun", "generic")), None)
        means = MEANS_OF_HARM.get(agent.lemma_.lower())
        if means is not None:
            # "government drones killed 30 people", "Russian shells killed two soldiers": the means name the attack's kind
            owner = actor or next((a for a in view.actors if agent.left_edge.idx <= a.start < agent.idx and a.role not in ("pronoun", "generic")), None)
            return [DraftClaim("attack", means, agent.left_edge.idx, agent.idx + len(agent.text), subject=owner.code if owner else None)]
        if all(d.category == "military" for d in harmed):
            # armed men harming armed men: a fight; the named agent of the killing ("killed by ADF rebels") is its attacker
            named = next((a for a in view.actors if agent.left_edge.idx <= a.start < agent.idx + len(agent.text) and a.role not in ("pronoun", "generic")), None)
            if by_agent is not None and named is not None:
                return [DraftClaim("attack", "clash", named.start, max(named.end, agent.idx + len(agent.text)), subject=named.code)]
            return [DraftClaim("attack", "clash", agent.idx, agent.idx + len(agent.text))]
        return [DraftClaim("attack", "assault", agent.idx, agent.idx + len(agent.text), subject=actor.code if actor else None)]
    return []


# Weapons heading a verb of harm, by the attack they make (GOLD_FORMAT means: aircraft and drones are airstrikes,
# artillery, rockets and missiles shelling, mines and bombs set off on the ground bombing).
MEANS_OF_HARM = {
    **dict.fromkeys(("drone", "uav", "jet", "warplane", "aircraft", "plane", "helicopter", "gunship", "airstrike", "bomber"), "airstrike"),
    **dict.fromkeys(("shell", "shelling", "artillery", "rocket", "missile", "mortar", "howitzer", "barrage"), "shelling"),
    **dict.fromkeys(("mine", "landmine", "ied", "explosive", "grenade"), "bombing"),
}


def _armed_subject(view: SentenceView, verb: Token) -> Token | None:
    """The armed subject of an active verb of harm ('militants killed', 'the army shot')."""
    if _passive(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("conj", "advcl", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ARMED_AGENT_NOUNS or any(a.start <= subject.idx < a.end and a.role != "pronoun" for a in view.actors):
        return subject
    return None


# Agents of a killing that make it an armed attack ("by gunmen", "by unidentified assailants", "by soldiers").
ARMED_AGENT_NOUNS = frozenset(
    """gunman gunmen assailant assailants attacker attackers militant militants man men individual individuals bandit bandits
    militia militias militiaman militiamen rebel rebels insurgent insurgents jihadist jihadists terrorist terrorists fighter
    fighters soldier soldiers troop troops force forces army military police policeman policemen officer officers gang gangs
    member members suspect suspects group sniper snipers""".split()
)


def _armed_agent(trigger: Token) -> Token | None:
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "agent":
                for noun in child.children:
                    if noun.dep_ == "pobj" and (noun.lower_ in ARMED_AGENT_NOUNS or noun.pos_ == "PROPN"):
                        return noun
    return None


# --- deaths that are no event of the sentence -------------------------------------------------------------


def _background(doc: Doc, trigger: Token) -> bool:
    """A death that is a protest's grievance or dated to another time."""
    clause = doc.text[trigger.left_edge.idx : trigger.right_edge.idx + len(trigger.right_edge.text)]
    own = " ".join(t.text for t in trigger.subtree)
    if OTHER_TIME.search(own) and len(own) <= len(clause) + 1:
        return True
    if _natural_cause(trigger):
        return True
    token = trigger
    steps = 0
    prior = False
    while token.head is not token and steps < 12:
        steps += 1
        relation = token.dep_
        if relation == "advcl" and any(c.dep_ == "mark" and c.lower_ in PRIOR_EVENT_MARKERS for c in token.children):
            prior = True  # "... after a lorry crash killed a cyclist"
        if relation == "pobj" and token.head.lower_ in PRIOR_EVENT_MARKERS and token.lemma_.lower() not in ARMED_EVENT_NOUNS:
            prior = True  # "... following the killing of a student"; not "arrested three men after the shootout, which left two
            # officers dead": an armed fight's dead are of the fight the text tells, whatever arrests followed
        token = token.head
        if token.lower_ in PROTEST_NOUNS or token.lemma_.lower() in PROTEST_NOUNS:
            return True
        if token.lemma_.lower() in PROTEST_VERBS and relation not in ("conj", "advcl"):
            return True
        if token.lemma_.lower() in CONDEMNING_VERBS and relation not in ("conj", "advcl") and _crowd_subject(token):
            return True  # "mourners condemned the killing of ...": a crowd's grievance; a government's condemnation tells the deaths
        if relation not in ("conj", "advcl") and any(c.dep_ == "dobj" and c.lower_ in PROTEST_NOUNS for c in token.children):
            return True  # "organised a sit-in about the death of", "held a vigil for"
    if prior and ({token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ == "conj"}) & REACTION_VERBS:
        return True  # the death that led to an arrest, a protest, a riot: no death of this event
    return False


def _crowd_subject(verb: Token) -> bool:
    """Whether a verb's subject, or that of the verb it is coordinated with, is a crowd ("students rallied and condemned")."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in CROWD_NOUNS for head in heads for c in head.children)


def _natural_cause(trigger: Token) -> bool:
    """'died of malnutrition', 'died by suicide', 'a lorry crash killed a cyclist': no act of violence."""
    lemma = trigger.lemma_.lower()
    if lemma in DEATH_PREDICATES:
        causes = [t.lower_ for child in trigger.children if child.dep_ == "prep" for t in child.subtree]
        return bool(set(causes) & NATURAL_CAUSES)
    if lemma == "kill":
        agents = [child for child in trigger.children if child.dep_ == "nsubj"]
        agents += [g for child in trigger.children if child.dep_ == "agent" for g in child.children if g.dep_ == "pobj"]
        return any(a.lower_ in NATURAL_CAUSES and a.lower_ != "suicide" for a in agents)
    return False


def _background_victims(doc: Doc, victims: list[Token]) -> bool:
    return any(_background(doc, v) for v in victims)


# Running-total cues other than "a total of", which alone sums the dead of one event ("A total of 12 soldiers
# were killed in the raid").
RUNNING_TOTAL = re.compile(
    r"\b(?:so\s+far|since|in\s+all|overall|as\s+of|to\s+date|altogether|thus\s+far|until\s+now|bringing|brought|rose|risen"
    r"|climbed|reached|cumulative|ha(?:s|ve)\s+(?:been\s+)?killed|toll|total\s+(?:number|of\s+\d[\d,]*\s+\w+\s+(?:have|has)))\b",
    re.I,
)
EVENT_TOTAL = prefiltered(re.compile(r"\ba\s+total\s+of\b", re.I))


def event_totals(view: SentenceView, drafts: list[DraftClaim]) -> None:
    """'A total of 12 soldiers were killed': the sum of one event's dead, not a running total."""
    if not EVENT_TOTAL.search(view.text) or RUNNING_TOTAL.search(view.text):
        return
    for draft in drafts:
        if draft.type == "casualty" and draft.cumulative:
            draft.cumulative = False


# Bodies named alone, with no count and no people after them ("which received the bodies", "their bodies").
BARE_BODIES = re.compile(r"(?i)(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:bodies|corpses|remains)")


def without_bodies_of_a_toll_told(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """The drafts less uncounted deaths named only as 'the bodies' when the sentence counts its dead ("killing 11
    members of one family, according to the hospital, which received the bodies"): the same dead."""
    if not any(d.type == "casualty" and d.outcome == "killed" and d.count is not None for d in drafts):
        return drafts
    return [d for d in drafts
            if not (d.type == "casualty" and d.outcome == "killed" and d.count is None and BARE_BODIES.fullmatch(view.text, d.start, d.end))]


def drop_told_deaths(view: SentenceView, drafts: list[DraftClaim], previous: list[DraftClaim]) -> list[DraftClaim]:
    """Without the killed claims of a definite phrase whose adjective refers back to the dead of the sentence
    before ('Gunmen killed a trader. The slain trader was ...'), unless the sentence says it is another death."""
    if not any(d.type == "casualty" and d.outcome == "killed" and d.count != (0, 0) for d in previous):
        return drafts
    if NEW_DEATH_MARKERS.search(view.text):
        return drafts
    told = [
        d for d in drafts
        if d.type == "casualty" and d.outcome == "killed" and d.part_of is None and d.count in ((1, 1), None)
        and TOLD_DEAD.match(view.text[d.start : d.end])
    ]
    return without_drafts(drafts, {i for i, d in enumerate(drafts) if any(d is t for t in told)})


def drop_background_deaths(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Drafts without the killed claims that are a protest's grievance or a death of another time."""
    killed = [d for d in drafts if d.type == "casualty" and d.outcome == "killed" and d.count != (0, 0)]
    if not killed or not TRIGGER_WORDS.search(view.text):
        return drafts
    doc = _parsed(view.text)
    dropped: set[int] = set()
    for index, draft in enumerate(drafts):
        if draft not in killed:
            continue
        tokens = [t for t in doc if draft.start <= t.idx < max(draft.end, draft.start + 1)]
        triggers = [t for t in tokens if (TRIGGER_WORDS.match(t.lower_) and not t.lower_.startswith(("injur", "wound", "maim")))
                    or t.lemma_.lower() in KILLING_VERBS | DEATH_PREDICATES]
        if triggers and all(_background(doc, t) for t in triggers):
            dropped.add(index)
    return without_drafts(drafts, dropped)
