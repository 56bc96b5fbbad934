"""The extraction pipeline: sentences -> mentions -> claims -> attribution -> resolution.

Works on a Document's cleaned text and returns claims whose spans are mapped back to the
original text through the document's offset map. Deterministic: same text, same claims, same order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from counterclaim.data.actors import ActorRegistry, ConflictProfile, load_registry
from counterclaim.extract.attack import find_attack_claims
from counterclaim.extract.attribution import (
    ANONYMOUS,
    Anchor,
    anchor_for,
    backward_reference,
    evidence_in,
    find_anchors,
    hedge_in,
    home_states,
)
from counterclaim.extract.casualty import find_casualty_claims
from counterclaim.extract.casualty_syntax import TRIGGER_STEM as CASUALTY_SYNTAX_TRIGGER
from counterclaim.extract.casualty_syntax import find_casualty_syntax_claims
from counterclaim.extract.dates import DateMention, date_for, find_dates
from counterclaim.extract.deaths import TRIGGER_WORDS as DEATH_TRIGGER
from counterclaim.extract.deaths import (
    attack_of_harm,
    drop_background_deaths,
    drop_told_deaths,
    event_totals,
    find_syntactic_deaths,
)
from counterclaim.extract.denials import find_denial_claims
from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.materiel import find_materiel_claims
from counterclaim.extract.mentions import registry_matcher
from counterclaim.extract.mobilization import find_mobilization_claims
from counterclaim.extract.numbers import find_quantities
from counterclaim.extract.places import PlaceMention, best_place, find_places
from counterclaim.extract.sentences import split_sentences
from counterclaim.extract.sides import document_fighters, frame_adversary, home_state
from counterclaim.extract.statement import find_statement_claims, listed_actors, speakers_of_each_other
from counterclaim.extract.support import find_support_claims
from counterclaim.extract.syntax import parsed_ahead
from counterclaim.extract.territory import find_territory_claims
from counterclaim.extract.trace import (
    explanation,
    note_claimant,
    note_claims,
    note_found,
    note_skipped,
    note_vetoes,
    tracing,
)
from counterclaim.extract.vetoes import ARREST_VETOES, apply_vetoes
from counterclaim.extract.vetoes import QUESTION_TYPES as VETOED_TYPES
from counterclaim.records import Claim, Document

EXTRACTOR_VERSION = "rules-0.5.0"

# A sentence that only restates the event's toll ("2 fatalities.", "Fatalities: 3") is the total of
# the casualties reported beside it, not another set of deaths.
TALLY_SENTENCE = re.compile(
    r"^\s*(?:(?:there\s+(?:was|were)\s+)?(?:(?:at\s+least|about|around|approximately)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+fatalit(?:y|ies)"
    r"(?:\s+(?:were\s+|was\s+)?(?:reported|recorded|confirmed)\b[^.]{0,80})?|fatalities\s*:\s*\d+)\s*\.?(?:\s*\[[^\]]*\])*\s*$",  # closing tags of an event note ("[size=no report]")
    re.I,
)
# "said on Monday": the day of a statement, used for its claims only when no other date is given.
STATEMENT_DATE = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|claimed|confirmed)\s+(?:on\s+|late\s+|early\s+)?$", re.I)
NOW = re.compile(r"\b(?:now|currently|to\s+date|as\s+of\s+today)\b", re.I)
# A paragraph opening with a date sets the scene for its later sentences ("On 3 May 2022, ...").
SCENE_DATE = re.compile(r"^\s*(?:On|Around|Between|Since|From|As\s+of|On\s+or\s+around)\s+(?:the\s+)?(?:\w+\s+)?\d", re.I)


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, document: Document) -> list[Claim]: ...


class RuleExtractor:
    """The embedded default: rules and lexicons, no model download."""

    name = "rules"
    version = EXTRACTOR_VERSION

    def extract(self, document: Document) -> list[Claim]:
        claims = extract_from_cleaned_text(document.cleaned_text, document.published)
        for claim in claims:
            claim.span = document.offset_map.span_to_original(claim.span)
            if claim.sentence_span is not None:
                claim.sentence_span = document.offset_map.span_to_original(claim.sentence_span)
        return claims

    def explain(self, document: Document) -> dict[str, Any]:
        """Why each claim came out and why sentences with a trigger word gave none (`extract --explain`)."""
        with tracing() as trace:
            claims = self.extract(document)
        return explanation(trace, claims, document.offset_map.span_to_original)


@dataclass
class _Context:
    """Document-wide state carried from sentence to sentence."""

    published: dt.date | None
    profile: ConflictProfile | None
    countries: tuple[str, ...]
    claimant: str | None = None  # the last named claimant, for "It said", "He added"
    quote_speaker: str | None = None  # who speaks the quotation this sentence is part of
    fighters: tuple[str, str] | None = None  # (state side, armed-group side) when the war is one of each
    scene_date: dt.date | None = None
    scene_place: PlaceMention | None = None
    scene_paragraph: int = -1
    victim: str | None = None  # subject of the last casualty claim, for "the toll ... is 31" after it
    victim_paragraph: int = -1
    victims_by_category: dict[str, str] = field(default_factory=dict)
    home: str | None = None  # the state most of the text's places are in: where its civilians live
    listed: list[str] = field(default_factory=list)  # the actors listed in the sentence before, for "The presidents said"
    means_by_attacker: dict[str, str] = field(default_factory=dict)  # each attacker's last shelling/air strike/bombing
    attacker: str | None = None
    attacker_paragraph: int = -1
    last_group: str | None = None  # the armed group named last, for "the group's spokesman said"
    attackers: set[str] = field(default_factory=set)  # every attacker named so far
    speakers: dict[str, str] = field(default_factory=dict)  # surname of a person who spoke for an actor -> its code
    statement_day: tuple[str, dt.date] | None = None  # the last claimant said to speak on a given day, and that day
    credited_back: str | None = None  # who a sentence credits the sentence before it to ("X said this")


def extract_from_cleaned_text(text: str, published: dt.date | None) -> list[Claim]:
    """Claims of a cleaned text, spans relative to that text."""
    registry = load_registry()
    matcher = registry_matcher()
    views: list[SentenceView] = []
    for index, sentence in enumerate(split_sentences(text)):
        views.append(SentenceView(sentence.text, sentence.start, matcher.find(sentence.text, published), find_quantities(sentence.text), index, sentence.paragraph))
    place_countries = [p.country for p in find_places(text[:FRAME_PLACE_CHARS], ()) if p.country]
    home = home_state(place_countries, registry)
    _name_network_branches(views, home, registry)
    codes = [a.code for v in views for a in v.actors]
    profile = registry.profile_for(codes, published) if codes else None
    if profile is not None and len({registry.side_of(c, profile) for c in codes} - {None}) == 1:
        # One side named ("Israeli strikes killed 30 civilians in Khan Younis"): several profiles may hold
        # it; the countries of the places named pick the war ("Khan Younis" is in Gaza, not Lebanon).
        places = find_places(text[:PROFILE_PLACE_CHARS], ())
        if places:
            profile = registry.profile_for(codes, published, [p.country for p in places if p.country]) or profile
    countries = tuple(profile.countries) if profile else tuple(dict.fromkeys(c for c in codes if len(c) == 3 and c.isupper()))[:3]
    context = _Context(published, profile, countries)
    context.fighters = _fighter_sides(profile, registry)
    context.home = home
    if context.fighters is None:
        # no profile names the war's two parties: read them off the text (a state and the group fighting it)
        context.fighters = document_fighters(codes, place_countries, registry)
    if context.fighters is not None:
        for view in views:
            _add_fighter_mentions(view, context.fighters)
    elif profile is None and home is not None:
        for view in views:
            _add_mentions(view, ((HOME_FORCE_NOUNS, home),))
    quote_speakers = _quote_speakers(views)

    repeated = _repeated_sentences(views)
    found_by_rules = {view.index: _rule_drafts(view) for view in views if view.index not in repeated}
    # A text that names its attacks tells their tolls as tolls: "attackers killed 15 soldiers" there retells
    # a fight already coded (GOLD_FORMAT: a later mention is coded again only when it adds something).
    attacks_told = any(found for by_finder in found_by_rules.values() for name, found in by_finder
                       if name == find_attack_claims.__name__)
    with parsed_ahead(view.text for view in views if view.index in found_by_rules and _will_be_parsed(view, found_by_rules[view.index])):
        return _claims_of_sentences(views, repeated, found_by_rules, attacks_told, context, registry, quote_speakers)


def _claims_of_sentences(views: list[SentenceView], repeated: set[int], found_by_rules: dict[int, list[tuple[str, list[DraftClaim]]]],
                         attacks_told: bool, context: _Context, registry: ActorRegistry,
                         quote_speakers: dict[int, str | None]) -> list[Claim]:
    claims: list[Claim] = []
    previous_drafts: list[DraftClaim] = []
    previous_claims: list[Claim] = []
    tally_index: int | None = None
    for view in views:
        if view.index in repeated:
            note_skipped(view, "a repeated headline or teaser, listed once")
            continue  # a headline or teaser repeated on the page is listed once
        drafts, arrested = _find_drafts(view, found_by_rules[view.index], previous_drafts, attacks_told)
        context.quote_speaker = quote_speakers.get(view.index)
        if context.quote_speaker == PREVIOUS_SPEAKER:
            context.quote_speaker = context.claimant
        sentence_claims = _attribute(view, drafts, context, registry)
        if context.credited_back is not None:
            for claim in previous_claims:
                if claim.claimant is None:
                    claim.claimant = context.credited_back  # "... killing a local man. The governor said this on Telegram."
        previous_claims = [c for _, c in sentence_claims]
        note_claims(view, drafts, sentence_claims)
        first_claim_of_draft: dict[int, int] = {}
        for draft_index, claim in sentence_claims:
            first_claim_of_draft.setdefault(draft_index, len(claims))
            claims.append(claim)
        for draft_index, claim in sentence_claims:
            part_of = drafts[draft_index].part_of
            if part_of is not None:
                claim.part_of = first_claim_of_draft.get(part_of)
        if TALLY_SENTENCE.match(view.text):
            tally = [c for _, c in sentence_claims if c.type == "casualty" and c.outcome == "killed"]
            if tally:
                tally_index = claims.index(tally[0])
        if drafts or arrested:
            previous_drafts = drafts + arrested  # the people arrested stay referents ('he died in custody')
        context.listed = listed_actors(view)
    if tally_index is not None:
        _parts_of_tally(claims, tally_index)
    return _in_text_order(_drop_duplicates(claims))


# A time set apart from the text's event ("earlier this month", "the following day", "a week after"): an
# attack told there is another one, and its unnamed attacker is not the one named for the event; so is an
# attack another one answers ("strikes in retaliation for a drone attack").
ANOTHER_TIME = re.compile(
    r"\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|(?:last|next|later\s+that|later\s+this)\s+(?:week|month|year)|"
    r"the\s+(?:following|previous|next)\s+(?:day|week|month)|the\s+day\s+(?:before|after)|"
    r"(?:a|one|two|three|four|five|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before|after)|"
    r"(?:in|since|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b|"
    r"in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge)",
    re.I,
)


# "a Pakistani official added", "two US officials told Reuters", "an Israeli military spokesman said": unnamed
# officials of a state, who speak for it without being a claimant (GOLD_FORMAT: the official's state is the subject).
UNNAMED_OFFICIAL = re.compile(
    r"^(?:\s+(?:senior|top|high-ranking|military|defen[cs]e|security|government|foreign\s+ministry|administration|intelligence|army|other))*\s+"
    r"(?:officials?|spokes(?:man|woman|person)|diplomats?|source)\b",
    re.I,
)


def _unnamed_officials_state(view: SentenceView) -> str | None:
    """The state of the unnamed officials a sentence quotes, when exactly one is named so."""
    states = {a.code for a in view.actors if a.role in ("adjective", "name", "demonym") and UNNAMED_OFFICIAL.match(view.text, a.end)
              and REPORTED_SPEECH.search(view.text)}
    return states.pop() if len(states) == 1 else None


REPORTED_SPEECH = re.compile(r"\b(?:said|says|added|told|stated|noted|warned|insisted|argued|according\s+to)\b", re.I)


# A reporting verb before a killing: its agent may be the reporter's guess, not a named killer.
REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|reported|reports|according\s+to|claimed)\b", re.I)
def _name_network_branches(views: list[SentenceView], country: str | None, registry: ActorRegistry) -> None:
    """A network named in a country where it has a branch stands for that branch (GOLD_FORMAT: "groups
    affiliated to al-Qaeda" in Mali are JNIM, Islamic State fighters in Mozambique ISMP)."""
    if not any(a.code in registry.branches for v in views for a in v.actors):
        return
    if country is None:  # no place says where: the one state the text names, if only one
        states = {a.code for v in views for a in v.actors if getattr(registry.actor(a.code), "kind", None) == "state"}
        country = states.pop() if len(states) == 1 else None
    for view in views:
        view.actors = [replace(a, code=registry.branch_in(a.code, country)) if a.code in registry.branches else a
                       for a in view.actors]


# Who kills in an attack on people: armed men, not a strike, a war or a disease.
ARMED_AGENT = re.compile(
    r"\b(?:gunm[ae]n|militants?|armed\s+(?:men|individuals?|groups?|assailants|persons)|assailants|attackers|militia(?:men)?|rebels|bandits|fighters|members|suspects?|insurgents|jihadists|terrorists|police|soldiers|forces|troops|army|military|gangs?|mob|individuals?)\b[^.;]{0,60}$",
    re.I,
)


def _repeated_sentences(views: list[SentenceView]) -> set[int]:
    """The indices of sentences that repeat an earlier one (a headline or teaser repeated on the page)."""
    seen: set[str] = set()
    repeated: set[int] = set()
    for view in views:
        key = re.sub(r"\W+", " ", view.text.lower()).strip()
        if len(key) > 15 and key in seen:
            repeated.add(view.index)
        seen.add(key)
    return repeated


RULE_FINDERS = (find_casualty_claims, find_materiel_claims, find_territory_claims, find_attack_claims, find_support_claims,
                find_mobilization_claims)


def _rule_drafts(view: SentenceView) -> list[tuple[str, list[DraftClaim]]]:
    """What each rule finder finds in a sentence, by finder name (they read the sentence alone)."""
    return [(finder.__name__, finder(view)) for finder in RULE_FINDERS]


def _will_be_parsed(view: SentenceView, found_by_rules: list[tuple[str, list[DraftClaim]]]) -> bool:
    """Whether `_find_drafts` will read the sentence's parse: it holds a word the parse-based finders look
    for, or a draft the vetoes check. A guess either way costs time only: a sentence not named ahead is
    parsed when asked for."""
    return bool(CASUALTY_SYNTAX_TRIGGER.search(view.text) or DEATH_TRIGGER.search(view.text)
                or any(d.type in VETOED_TYPES for _, found in found_by_rules for d in found))


def _find_drafts(view: SentenceView, found_by_rules: list[tuple[str, list[DraftClaim]]], previous: list[DraftClaim],
                 attacks_told: bool) -> tuple[list[DraftClaim], list[DraftClaim]]:
    """The sentence's drafts, and the people it says were arrested (no claim of harm, but a later sentence's
    'he died in custody' speaks of them)."""
    drafts: list[DraftClaim] = []
    for finder_name, found in found_by_rules:
        note_found(view, finder_name, found)
        drafts.extend(found)
    # the parse as a fallback for victims the character-window rules did not find
    ruled = [(d.start, d.end) for d in drafts if d.type == "casualty"]
    found = [d for d in find_casualty_syntax_claims(view) if not any(d.start < end and start < d.end for start, end in ruled)]
    note_found(view, "find_casualty_syntax_claims", found)
    drafts.extend(found)
    drafts, vetoed = apply_vetoes(view.text, drafts)
    note_vetoes(view, vetoed)
    arrested = [veto.draft for veto in vetoed if veto.pattern in ARREST_VETOES]
    drafts = drop_background_deaths(view, drafts)  # a protest's grievance, a death of another time
    event_totals(view, drafts)  # 'a total of 12 were killed' in one event is no running total
    drafts = drop_told_deaths(view, drafts, previous)  # 'the slain man' after his killing was told
    deaths = find_syntactic_deaths(view, drafts, previous)
    note_found(view, "find_syntactic_deaths", deaths)
    drafts.extend(deaths)
    harm_attacks = [d for d in attack_of_harm(view, drafts) if not (attacks_told and d.outcome == "clash")]  # 'a civilian was killed by militants': an attack
    note_found(view, "attack_of_harm", harm_attacks)
    drafts.extend(harm_attacks)
    victims = {d.category for d in drafts if d.type == "casualty"}
    if victims == {"military"}:
        for draft in drafts:
            if draft.type == "attack" and draft.outcome == "assault":
                draft.outcome = "clash"  # shooting at armed men is a fight, not an attack on civilians
    killers = [d.object for d in drafts if d.type == "casualty" and d.object is not None and d.stance is None and d.notes.get("active")
               and not REPORTED_BEFORE.search(view.text[: d.start])]
    for draft in drafts:
        if draft.type == "attack" and draft.subject is None and draft.outcome != "clash" and len(set(killers)) == 1:
            draft.subject = killers[0]  # "Israel killed a commander in an airstrike on Beirut": the killer struck
    if not any(d.type == "attack" for d in drafts):
        # "unidentified armed men killed a man": a killing by someone is an attack on its victims
        for draft in drafts:
            if (draft.type == "casualty" and draft.notes.get("active") and draft.category in ("civilian", "unknown")
                    and draft.stance is None and not draft.cumulative and ARMED_AGENT.search(view.text[: draft.start])):
                drafts.append(DraftClaim("attack", "assault", draft.start, draft.end, subject=draft.object))
                note_found(view, "find_killing_by_armed_men", drafts[-1:])
                break
    denials = find_denial_claims(view, previous, drafts)
    note_found(view, "find_denial_claims", denials)
    drafts.extend(denials)
    statements = find_statement_claims(view, has_other_claims=any(not d.notes.get("whole_war") for d in drafts))
    note_found(view, "find_statement_claims", statements)
    drafts.extend(statements)
    return drafts, arrested


def _attribute(view: SentenceView, drafts: list[DraftClaim], context: _Context, registry: ActorRegistry) -> list[tuple[int, Claim]]:
    """Claimant, stance, hedge, evidence, date, place and sides for every draft of a sentence."""
    text = view.text
    hedged = hedge_in(text)
    evidence = evidence_in(text)
    dates = find_dates(text, context.published)
    actor_spans = [(a.start, a.end, a.role) for a in view.actors]
    places = find_places(text, context.countries, actor_spans) if drafts or view.paragraph != context.scene_paragraph else []
    if view.paragraph != context.scene_paragraph:
        context.scene_paragraph = view.paragraph
        scene = SCENE_DATE.match(text)
        context.scene_date = dates[0].date if scene and dates and dates[0].start < 40 else None
        context.scene_place = places[0] if scene and places else None
    groups = [a.code for a in view.actors if a.role != "generic" and getattr(registry.actor(a.code), "kind", None) == "group"]
    context.last_group = groups[-1] if groups else context.last_group
    homes = home_states([p.country for p in places if p.country], context.countries, context.fighters, context.claimant,
                        lambda code: getattr(registry.actor(code), "kind", None) == "state", view, context.last_group)
    anchors = find_anchors(view, context.claimant, homes, context.speakers)
    claims: list[tuple[int, Claim]] = []
    for draft_index, draft in enumerate(drafts):
        anchor = anchor_for(draft, anchors)
        claimant = draft.claimant
        if claimant is None and anchor is not None:
            claimant = anchor.claimant
        if claimant is None and anchor is None and context.quote_speaker is not None:
            claimant = context.quote_speaker
        stance = draft.stance or ("deny" if anchor is not None and anchor.denial and draft.type != "statement" else "assert")
        note_claimant(view, draft, claimant, _claimant_step(view, draft, anchor, claimant, stance))
        place = best_place(places, draft.start) or context.scene_place
        claims.extend((draft_index, claim) for claim in _resolve(view, draft, claimant, stance, hedged, evidence, dates, place, context, registry))
    statement_dates = [d for d in dates if STATEMENT_DATE.search(view.text[max(0, d.start - 30) : d.start])]
    if statement_dates and anchors:
        spoke = min(anchors, key=lambda a: abs(a.end - statement_dates[0].start))
        context.statement_day = (spoke.claimant, statement_dates[0].date) if spoke.claimant else context.statement_day
    back = backward_reference(view, anchors)
    context.credited_back = back.claimant if back is not None and not claims else None
    if anchors:
        context.claimant = anchors[-1].claimant if anchors[-1].claimant else context.claimant
        if anchors[-1].claimant is None and ANONYMOUS.search(text):
            context.claimant = None  # "an official, speaking anonymously, said ...": "the official added" goes on unnamed
    return claims


def _claimant_step(view: SentenceView, draft: DraftClaim, anchor: Anchor | None, claimant: str | None, stance: str) -> str:
    """How the claimant was found, in words, for `extract --explain`."""
    if draft.claimant is not None:
        source = "named in the claim's own clause"
    elif anchor is not None and anchor.claimant == claimant:
        source = f"from the reporting words {view.text[anchor.position : anchor.end]!r}"
    elif claimant is not None:
        source = "the speaker of the quotation this sentence belongs to"
    else:
        source = "none: the outlet's own voice or a source outside the registry"
    denial = "; denied by the reporting verb" if stance == "deny" and draft.stance is None else ""
    return f"claimant {claimant or 'null'}: {source}{denial}"


def _resolve(view: SentenceView, draft: DraftClaim, claimant: str | None, stance: str, hedged: bool, evidence: str | None,
             dates: list[DateMention], place: PlaceMention | None, context: _Context, registry: ActorRegistry) -> list[Claim]:
    profile = context.profile
    adversary = registry.adversary
    subject = draft.subject
    # armed men and equipment belong to the frame's other party; civilians to where they live (below)
    frame = context.fighters if draft.type == "materiel" or draft.category == "military" else None
    if subject == SUBJECT_IS_CLAIMANT:
        subject = claimant
    elif subject == SUBJECT_IS_CLAIMANT_ADVERSARY:
        subject = (adversary(claimant, profile) or frame_adversary(claimant, frame)) if claimant else None
        if subject is None and draft.type == "attack" and place is not None and place.country:
            subject = adversary(place.country, profile)  # "the invaders were shelling Kherson": whoever invades its country
    elif subject is not None and subject.startswith(SUBJECT_IS_ADVERSARY_OF):
        agent = subject[len(SUBJECT_IS_ADVERSARY_OF) :]
        subject = adversary(agent, profile) or frame_adversary(agent, frame)
    if (draft.type == "casualty" and draft.category in ("civilian", "unknown") and draft.subject is not None and draft.subject.startswith("@")
            and place is not None and _outside_profile(place.country, profile, registry)):
        # "US strikes in Iraq killed 16 people" under a war profile that Iraq is no party to: people take the
        # code of where they live, not of the attacker's adversary in another war
        subject = place.country
    if draft.type in ("materiel", "casualty") and stance == "deny" and draft.subject == SUBJECT_IS_CLAIMANT_ADVERSARY:
        subject = claimant  # a denied loss is the denier's own
    if draft.type == "materiel" and profile is not None and subject is not None and subject not in profile.members():
        # "German tanks", "French-made AMX-10": the maker, not the side that lost them
        subject = adversary(claimant, profile) if claimant else None
    whole_war_toll = (draft.type == "casualty" and draft.category == "unknown" and draft.subject is None
                      and WHOLE_WAR_TOLL.search(view.text[max(0, draft.start - 90) : draft.end]) is not None)
    if whole_war_toll:
        pass  # "the conflict has killed 40,000 people": a toll of all sides has no subject (GOLD_FORMAT)
    elif subject is None and draft.type == "casualty":
        claimant_kind = getattr(registry.actor(claimant), "kind", None) if claimant else None
        if place is not None and draft.category == "civilian" and claimant_kind == "group":
            subject = place.country  # civilians take the code of where they live, not of an armed group reporting them
        elif claimant_kind in ("state", "group", "authority") and (draft.object is None and draft.category != "military" or draft.count == (0, 0)):
            subject = claimant
            where = place.country if place is not None else None
            if claimant_kind == "state" and draft.category in ("civilian", "unknown") and _foreign_state(where, claimant, profile, registry):
                subject = where  # "Turkey said the strikes on Idlib killed 60 civilians": Syria's, where they live
        elif place is not None and draft.category in ("civilian", "unknown"):
            subject = place.country
        elif claimant_kind == "state" and draft.category in ("civilian", "unknown") and draft.object is not None and claimant == adversary(draft.object, profile):
            subject = claimant  # "India reports 13 civilians killed by Pakistani shelling": its own people
    if draft.type == "casualty" and not whole_war_toll:
        if subject is None and draft.notes.get("denied_toll"):
            subject = context.victim
        if subject is None:
            subject = _side_by_role_noun(draft.notes.get("head"), context.fighters)
        if subject is None and draft.object is None and context.victim_paragraph == view.paragraph:
            subject = context.victim
        if subject is None and draft.object is None and draft.category == "military":
            subject = context.victims_by_category.get(draft.category)
        if subject is None and draft.category in ("civilian", "unknown") and not draft.cumulative:
            subject = context.home  # no place or side named: people live where the text's places are
        if subject is not None and draft.category in ("civilian", "unknown"):
            home = place.country if place is not None and place.country else context.home
            subject = _civilian_code(subject, profile, registry, home)
        if subject is not None and draft.part_of is None:
            context.victim, context.victim_paragraph = subject, view.paragraph
            if draft.category:
                context.victims_by_category[draft.category] = subject
    outcome = draft.outcome
    if draft.type == "attack":
        if (subject is None and draft.outcome != "clash" and claimant is not None and draft.object is not None
                and draft.object in (adversary(claimant, profile), frame_adversary(claimant, context.fighters))):
            subject = claimant  # "US carrier hit by missiles, Houthis say": a side reporting its enemy hit reports its own strike
        if (subject is None and draft.outcome != "clash" and (context.attacker_paragraph == view.paragraph or len(context.attackers) == 1)
                and not ANOTHER_TIME.search(view.text[: draft.start])):
            subject = context.attacker  # an unnamed attacker: the one of this paragraph, or the only one the text has named
        if subject is not None:
            context.attacker, context.attacker_paragraph = subject, view.paragraph
            context.attackers.add(subject)
        if subject is not None and draft.notes.get("generic") and subject in context.means_by_attacker:
            outcome = context.means_by_attacker[subject]  # "the RSF also targeted the health centre": by shelling, as before
        elif subject is not None and outcome in SPECIFIC_MEANS:
            context.means_by_attacker[subject] = outcome
    if draft.type == "statement" and draft.notes.get("protest"):
        subject = draft.subject if draft.subject and not draft.subject.startswith("@") else (place.country if place else None)
    elif draft.type == "statement" and claimant is None and speakers_of_each_other(view.text) and profile is not None and draft.outcome == "accuse":
        sides = list(profile.sides)
        if len(sides) == 2:
            claimant, subject = sides[0], sides[0]
    elif draft.type == "statement" and claimant is None and draft.notes.get("listed_speakers") and context.listed:
        claimant, subject = context.listed[0], context.listed[0]
    elif draft.type == "statement":
        if claimant is None:
            speaker = view.last_actor_before(draft.start)
            claimant = speaker.code if speaker and draft.start - speaker.end < 40 else None
        subject = claimant if claimant is not None else _unnamed_officials_state(view)
        if subject is None:
            return []
    statement_dates = [d for d in dates if STATEMENT_DATE.search(view.text[max(0, d.start - 30) : d.start])]
    event_dates = [d for d in dates if d not in statement_dates] or dates
    date = date_for(draft.start, event_dates) if event_dates else context.scene_date
    report_relative = next((d for d in event_dates if d.date == date and d.from_report), None) if date is not None else None
    if report_relative is not None and statement_dates:
        date = statement_dates[0].date  # "over the past day ..., the ministry said on Friday": the report's day
    if date is None and draft.cumulative and draft.type in ("casualty", "materiel", "territory"):
        # a running total is as of the day of the statement giving it (GOLD_FORMAT): "now" is the publication
        # day; else the day the same claimant was said to speak, in this sentence or before it
        if NOW.search(view.text):
            date = context.published
        elif context.statement_day is not None and context.statement_day[0] == claimant:
            date = context.statement_day[1]
    claim = Claim(
        type=draft.type,  # type: ignore[arg-type]
        subject=subject,
        object=draft.object if draft.object != subject else None,
        outcome=outcome,
        category=draft.category,
        count=draft.count,
        cumulative=draft.cumulative,
        claimant=claimant,
        stance="deny" if stance == "deny" else "assert",
        hedged=hedged,
        evidence=evidence,  # type: ignore[arg-type]
        date=date,
        place=place.name if place else None,
        coordinates=(place.latitude, place.longitude) if place and place.latitude is not None and place.longitude is not None else None,
        span=(view.offset + draft.start, view.offset + max(draft.end, draft.start + 1)),
        sentence_span=(view.offset, view.offset + len(view.text)),
    )
    if draft.type == "attack" and profile is not None and len(profile.sides) == 2 and MUTUAL_ACCUSATION.search(view.text[: draft.start]):
        # "Armenia and Azerbaijan accused each other of shelling": each side says the other attacked
        first, second = list(profile.sides)
        return [claim.model_copy(update={"subject": accused, "claimant": accuser, "object": None})
                for accuser, accused in ((first, second), (second, first))]
    if draft.type == "statement" and draft.notes.get("listed_speakers") and claimant == subject and context.listed[:1] == [claimant]:
        return [claim.model_copy(update={"subject": code, "claimant": code}) for code in context.listed]
    if draft.type == "statement" and draft.outcome == "accuse" and profile is not None and re.search(r"\beach\s+other\b", view.text[draft.start :], re.I) and claimant in profile.sides:
        sides = list(profile.sides)
        if len(sides) == 2:
            # "both countries accused each other": one accusation per side
            return [claim.model_copy(update={"subject": side, "claimant": side, "object": other}) for side, other in (sides, sides[::-1])]
    return [claim]


# How much of a text's start is searched for places when they must choose between conflict profiles.
PROFILE_PLACE_CHARS = 1500
# How much of a text's start is searched for the places that tell which state a war without a profile is in.
FRAME_PLACE_CHARS = 3000
# Means an attack names itself; a generic "attacked" or "targeted" by the same attacker later takes them on.
SPECIFIC_MEANS = frozenset({"shelling", "airstrike", "bombing"})
MUTUAL_ACCUSATION = re.compile(r"\b(?:accus\w*|blam\w*)\s+each\s+other\s+(?:of|for)\s+(?:\w+\s+){0,3}$", re.I)
# A war, not a party, as the killer: "the conflict has killed", "an insurgency that has claimed more than 2,000 lives".
WHOLE_WAR_TOLL = re.compile(
    r"\b(?:conflict|war|insurgency|violence|fighting|hostilities|rebellion|unrest|civil\s+war|uprising)s?\b(?:,?\s+(?:which|that))?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left|cost)\b",
    re.I,
)
# People nouns that name one kind of party: in a war between a state and an armed group, "rebels" are
# the group's and "soldiers" the state's.
GROUP_FIGHTERS = frozenset({"rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "jihadists", "jihadist", "terrorists", "terrorist", "gunmen", "attackers", "fighters", "militiamen", "islamists"})
STATE_FIGHTERS = frozenset({"soldiers", "soldier", "troops", "servicemen", "serviceman", "army", "policemen", "police", "police officers", "officers", "commander", "general", "conscripts", "personnel", "military personnel"})


def _side_by_role_noun(head: str | None, fighters: tuple[str, str] | None) -> str | None:
    if head is None or fighters is None:
        return None
    if head in GROUP_FIGHTERS:
        return fighters[1]
    if head in STATE_FIGHTERS:
        return fighters[0]
    return None


def _foreign_state(where: str | None, claimant: str, profile: ConflictProfile | None, registry: ActorRegistry) -> bool:
    """Whether `where` is a state other than the claimant and not on its side of the war."""
    if where is None or where == claimant or getattr(registry.actor(where), "kind", None) != "state":
        return False
    return profile is None or registry.side_of(where, profile) is None or registry.side_of(where, profile) != registry.side_of(claimant, profile)


def _outside_profile(country: str | None, profile: ConflictProfile | None, registry: ActorRegistry) -> bool:
    """Whether `country` is a state the war profile does not count among its parties."""
    if country is None or profile is None or getattr(registry.actor(country), "kind", None) != "state":
        return False
    return country not in profile.members()


def _civilian_code(code: str, profile: ConflictProfile | None, registry: ActorRegistry, home: str | None = None) -> str:
    """Civilians belong to a state or authority, not to an armed group: the state or authority of the group's
    side (HAMAS -> PSE), else `home`, the state where they are (GOLD_FORMAT: civilians take the code of the
    state where they live, whoever holds the area)."""
    actor = registry.actor(code)
    if actor is None or actor.kind != "group":
        return code
    for side, members in (profile.sides.items() if profile is not None else ()):
        if code == side or code in members:
            for member in members:
                member_actor = registry.actor(member)
                if member_actor is not None and member_actor.kind in ("state", "authority"):
                    return member
    return home if home is not None and getattr(registry.actor(home), "kind", None) in ("state", "authority") else code


# Nouns that, in a war between one state and one armed group, can only mean one side's fighters.
GROUP_FIGHTER_NOUNS = re.compile(r"\b(?:rebels|militants|insurgents|jihadists|terrorists|gunmen|militiamen|the\s+(?:group|militants|rebels|insurgents))\b", re.I)
STATE_FIGHTER_NOUNS = re.compile(r"\b(?:the\s+(?:military|army|government|authorities)|(?:government|state|security)\s+(?:forces|troops)|soldiers|troops|servicemen|policemen|police\s+officers?|police|officials|military\s+officers?|junta|regime|army(?=\s+(?:units?|warplanes|jets|aircraft|helicopters|drones|artillery|troops|soldiers|patrols?|convoys?)\b))\b", re.I)
# Nouns that can only mean the forces of the state a text's places are in, when no profile or frame names
# the parties: "junta troops shelled", "regime forces", "government forces", "the army".
HOME_FORCE_NOUNS = re.compile(r"\b(?:junta|regime|(?:government|state)\s+(?:forces|troops|soldiers)|the\s+(?:army|military))\b", re.I)


def _fighter_sides(profile: ConflictProfile | None, registry: ActorRegistry) -> tuple[str, str] | None:
    """(state side, group side) of a profile with exactly one of each, else None."""
    if profile is None:
        return None
    kinds = {side: getattr(registry.actor(side), "kind", None) for side in profile.sides}
    groups = [side for side, kind in kinds.items() if kind == "group"]
    states = [side for side, kind in kinds.items() if kind in ("state", "authority")]
    return (states[0], groups[0]) if len(groups) == 1 and len(states) == 1 else None


def _add_fighter_mentions(view: SentenceView, fighters: tuple[str, str]) -> None:
    """'the military recaptured the base', '12 soldiers were killed': generic nouns name a side."""
    _add_mentions(view, ((STATE_FIGHTER_NOUNS, fighters[0]), (GROUP_FIGHTER_NOUNS, fighters[1])))


def _add_mentions(view: SentenceView, nouns: tuple[tuple[re.Pattern[str], str], ...]) -> None:
    """Generic nouns as mentions of the side they can only mean, unless a named actor already says whose."""
    added: list[ActorMention] = []
    for pattern, code in nouns:
        for match in pattern.finditer(view.text):
            if any(a.start < match.end() and match.start() < a.end for a in view.actors):
                continue
            if any(a.end <= match.start() and not view.text[a.end : match.start()].strip() for a in view.actors):
                continue  # "al Shabaab militants", "Somali soldiers": the named actor already says whose
            added.append(ActorMention(match.start(), match.end(), code, "generic", match.group()))
    if added:
        view.actors = sorted([*view.actors, *added], key=lambda a: a.start)


# '..." he said.', '...," the ministry added.': a sentence that ends by crediting its quotation.
CREDITED_QUOTE = re.compile(r"[”\"]\s*,?\s*[^“”\"]{1,90}?\b(?:said|says|added|adds|stated|told\s+[^“”\".]{1,40}|wrote|continued)\.\s*$")
QUOTE_ONLY = re.compile(r"\s*[“\"][^“”\"]+[”\"]\s*")
PREVIOUS_SPEAKER = "@previous"


def _quote_speakers(views: list[SentenceView]) -> dict[int, str | None]:
    """For sentences inside a quotation that spans several sentences, the speaker named where it closes; for a
    quotation that goes on after '..., he said.' in the same paragraph with no speaker of its own, the speaker
    just credited (PREVIOUS_SPEAKER, resolved to the last claimant when the sentence is read)."""
    speakers: dict[int, str | None] = {}
    open_group: list[int] = []
    credited: SentenceView | None = None  # the sentence before, when it ended by crediting a quotation
    for view in views:
        closed = view.text.count("”") + (view.text.count('"') if not view.text.lstrip().startswith('"') else 0)
        continues = credited is not None and credited.paragraph == view.paragraph and credited.index == view.index - 1
        if view.text.lstrip()[:1] in "“\"" and closed == 0:
            open_group = [view.index]
            credited = credited if continues else None
            continue
        if view.text.lstrip()[:1] in "“\"" and QUOTE_ONLY.fullmatch(view.text) and continues:
            speakers[view.index] = PREVIOUS_SPEAKER  # '..., he said. “We also seized their guns.”'
            continue
        if open_group:
            open_group.append(view.index)
            if closed:
                closing = max(view.text.rfind("”"), view.text.rfind('"'))
                after = [a for a in view.actors if a.start > closing]
                # a named actor, else the side a generic noun stands for ("..., an officer of the Army's 39th battalion, told")
                speaker = next((a for a in after if a.role != "generic"), after[0] if after else None)
                code = speaker.code if speaker else None
                if speaker is None and not view.text[closing + 1 :].strip() and credited is not None and credited.paragraph == view.paragraph:
                    code = PREVIOUS_SPEAKER
                for index in open_group:
                    speakers[index] = code
                open_group = []
        credited = view if CREDITED_QUOTE.search(view.text) else None
    return speakers


def _parts_of_tally(claims: list[Claim], tally_index: int) -> None:
    for index, claim in enumerate(claims):
        if index != tally_index and claim.type == "casualty" and claim.outcome == "killed" and claim.part_of is None and not claim.cumulative and claim.stance == "assert":
            claim.part_of = tally_index


def _in_text_order(claims: list[Claim]) -> list[Claim]:
    """Claims ordered by sentence, then by where their words start; part_of indices follow."""
    order = sorted(range(len(claims)), key=lambda i: (claims[i].sentence_span or claims[i].span, claims[i].span[0], i))
    position = {old: new for new, old in enumerate(order)}
    ordered = [claims[i] for i in order]
    for claim in ordered:
        if claim.part_of is not None:
            claim.part_of = position.get(claim.part_of)
    return ordered


def _drop_duplicates(claims: list[Claim]) -> list[Claim]:
    """One claim per (type, outcome, category, subject, claimant) for overlapping spans, and no count-less claim
    around a counted one of the same report ('The report of 20 deaths'); keeps part_of indices valid.
    Claims are compared only with those of the same key, so a long document stays near linear."""
    counted: dict[tuple[object, ...], list[tuple[int, int]]] = defaultdict(list)
    for claim in claims:
        if claim.count is not None:
            counted[(claim.type, claim.outcome, claim.category, claim.stance)].append(claim.span)
    kept: list[Claim] = []
    kept_by_key: dict[tuple[object, ...], list[tuple[int, int, int]]] = defaultdict(list)
    remap: dict[int, int] = {}
    for index, claim in enumerate(claims):
        start, end = claim.span
        if claim.count is None and claim.type in ("casualty", "materiel") and any(
            start <= other_start and other_end <= end
            for other_start, other_end in counted.get((claim.type, claim.outcome, claim.category, claim.stance), ())
        ):
            continue
        key = (claim.type, claim.outcome, claim.category, claim.subject, claim.stance, claim.count, claim.claimant)
        duplicate = next((k for other_start, other_end, k in kept_by_key[key] if other_start < end and start < other_end), None)
        if duplicate is not None:
            remap[index] = duplicate
            continue
        remap[index] = len(kept)
        kept_by_key[key].append((start, end, len(kept)))
        kept.append(claim)
    for claim in kept:
        if claim.part_of is not None:
            claim.part_of = remap.get(claim.part_of)
    return kept


def extract_claims(document: Document) -> list[Claim]:
    """Claims of one document with the default extractor of the registry, spans in the original text."""
    from counterclaim.extract.registry import get_extractor

    return get_extractor().extract(document)
