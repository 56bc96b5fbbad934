"""The extraction pipeline: sentences -> mentions -> claims -> attribution -> resolution.

Works on a Document's cleaned text and returns claims whose spans are mapped back to the
original text through the document's offset map. Deterministic: same text, same claims, same order.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from counterclaim.data.actors import ActorRegistry, ConflictProfile, load_registry
from counterclaim.extract.attack import find_attack_claims
from counterclaim.extract.attackers import weapon_owners
from counterclaim.extract.attribution import (
    ANONYMOUS,
    Anchor,
    anchor_for,
    backward_reference,
    denied_source,
    denier_after,
    evidence_in,
    find_anchors,
    hedge_in,
    institution_owners,
    rebutted_report,
    unnamed_institution_speaks,
)
from counterclaim.extract.casualty import find_casualty_claims, find_personnel_in_tally, remember_named_people
from counterclaim.extract.casualty_syntax import TRIGGER_STEM as CASUALTY_SYNTAX_TRIGGER
from counterclaim.extract.casualty_syntax import find_casualty_syntax_claims
from counterclaim.extract.dates import (
    days_with_their_year,
    find_dates,
    in_dateline,
    in_span_of_days,
    lead_event_date,
    opens_window,
    with_years_told,
)
from counterclaim.extract.deaths import TRIGGER_WORDS as DEATH_TRIGGER
from counterclaim.extract.deaths import (
    attack_of_harm,
    drop_background_deaths,
    drop_told_deaths,
    event_totals,
    find_syntactic_deaths,
    without_bodies_of_a_toll_told,
)
from counterclaim.extract.denials import find_denial_claims
from counterclaim.extract.document_state import DocumentState
from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.headlines import lower_title_case, protected_spans, title_case_lines
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.materiel import (
    find_materiel_claims,
    find_materiel_from_previous,
    find_materiel_in_tally,
    is_tally_heading,
    is_tally_line,
)
from counterclaim.extract.mentions import (
    defined_acronyms,
    registry_matcher,
    war_alias_matcher,
    with_war_aliases,
)
from counterclaim.extract.mobilization import find_mobilization_claims
from counterclaim.extract.numbers import find_quantities
from counterclaim.extract.places import PlaceMention, best_place, find_places, without_namesake_countries
from counterclaim.extract.resolve import (
    PRONOUN_AFTER_QUOTE,
    PRONOUN_SPEAKER,
    STATEMENT_DATE,
    AttributedDraft,
    means_told_later,
    resolve,
)
from counterclaim.extract.sentences import split_sentences
from counterclaim.extract.sides import document_fighters, home_state
from counterclaim.extract.statement import (
    after_dateline,
    find_statement_claims,
    general_charge_spans,
    listed_actors,
    sentence_subject,
)
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
from counterclaim.extract.vetoes import ARREST_VETOES, PEACEFUL_CAUSE, WAR_WORDS, apply_vetoes, may_be_vetoed
from counterclaim.extract.vetoes import QUESTION_TYPES as VETOED_TYPES
from counterclaim.records import Claim, Document

EXTRACTOR_VERSION = "rules-0.23.0"

# Claims another party can deny in a clause after them ("..., a claim the army rejected"): GOLD_FORMAT codes denying an
# attack, a toll, a loss, ground lost or support given as the same claim with stance deny.
DENIABLE_TYPES = ("casualty", "materiel", "territory", "attack", "support")
# A sentence that only restates the event's toll ("2 fatalities.", "Fatalities: 3") is the total of
# the casualties reported beside it, not another set of deaths.
TALLY_SENTENCE = re.compile(
    r"^\s*(?:(?:there\s+(?:was|were)\s+)?(?:(?:at\s+least|about|around|approximately)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+fatalit(?:y|ies)"
    r"(?:\s+(?:were\s+|was\s+)?(?:reported|recorded|confirmed)\b[^.]{0,80})?|fatalities\s*:\s*\d+)\s*\.?(?:\s*\[[^\]]*\])*\s*$",  # closing tags of an event note ("[size=no report]")
    re.I,
)
# An attack told in a relative clause on the victims: "troops killed six militants who attacked a checkpoint" (the
# killers did not make that attack).
VICTIMS_RELATIVE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|reportedly\s+|allegedly\s+|earlier\s+)*$", re.I)
# The attack noun alone, which names no means.
ATTACK_NOUN = re.compile(r"attacks?", re.I)
# A paragraph opening with a date sets the scene for its later sentences ("On 3 May 2022, ...").
SCENE_DATE = re.compile(r"^\s*(?:On|Around|Between|Since|From|As\s+of|On\s+or\s+around)\s+(?:the\s+)?(?:\w+\s+)?\d", re.I)


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, document: Document) -> list[Claim]: ...


# The web server extracts in request threads; one extraction runs at a time in a process (the GIL would
# run them one at a time anyway).
_ONE_EXTRACTION_AT_A_TIME = threading.RLock()


class RuleExtractor:
    """The embedded default: rules and lexicons, no model download."""

    name = "rules"
    version = EXTRACTOR_VERSION

    def extract(self, document: Document) -> list[Claim]:
        with _ONE_EXTRACTION_AT_A_TIME:  # spaCy's pipelines and the lazily built tables are not for threads
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


# Scare quotes around a word or two inside a sentence ('attackers were "neutralised"', 'a "special operation"'):
# the words are read as written, the marks left out (as spaces, so offsets stay those of the text). A label
# after a verb of naming keeps them: its quotation marks it as the speaker's word ('called the raid "barbaric"').
SCARE_QUOTED = re.compile(r"(?<=[\s(])[\"“](?P<words>[\w'’-]+(?:\s+[\w'’-]+)?)[\"”](?=[\s,.;:)])")
NAMING_BEFORE = re.compile(r"\b(?:call|term|brand|describ|dub|label|denounc|condemn)\w*\b[^.;]{0,100}$", re.I)


def without_scare_quotes(text: str) -> str:
    return SCARE_QUOTED.sub(lambda quoted: quoted.group() if NAMING_BEFORE.search(text, 0, quoted.start())
                            else " " + quoted.group("words") + " ", text)


# Typographic spaces: no-break, thin, narrow no-break, figure and fixed-width spaces.
TYPOGRAPHIC_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
# One of them between digits grouping thousands ("1\u202f200 militants", "12\u00a0500"): a thousands separator.
THOUSANDS_SPACE = re.compile(rf"(?<=\d)[{TYPOGRAPHIC_SPACES}](?=\d{{3}}(?!\d))")
PLAIN_SPACES = str.maketrans(dict.fromkeys(TYPOGRAPHIC_SPACES, " "))
# A wire service's slug glued to the headline it heads ("UPDATE 2-Houthis say ...", "EXCLUSIVE-Sudan's army ...").
WIRE_SLUG = re.compile(r"(?m)^(?:UPDATE\s+\d+|WRAPUP\s+\d+|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|FOCUS|FEATURE|INTERVIEW|"
                       r"TIMELINE|SPECIAL\s+REPORT|CORRECTED|REFILE|RPT)\s*-(?=\S)")


def reading_copy(text: str) -> str:
    """The text with typographic spaces as plain ones ("El\u00a0Fasher" is the place "El Fasher"), those grouping a
    number's thousands as commas, and a wire slug before a headline as blanks, one character for one, so that offsets
    stay those of the text."""
    text = WIRE_SLUG.sub(lambda slug: " " * len(slug.group()), text)
    return THOUSANDS_SPACE.sub(",", text).translate(PLAIN_SPACES)


def extract_from_cleaned_text(text: str, published: dt.date | None) -> list[Claim]:
    """Claims of a cleaned text, spans relative to that text."""
    registry = load_registry()
    matcher = registry_matcher()
    text = reading_copy(text)
    title_case_spans = tuple(title_case_lines(text))
    # a headline in title case reads like running text: its common words lowered, offsets unchanged
    text = lower_title_case(text, protected_spans(matcher.find, lambda line: find_places(line, ()), published))
    views: list[SentenceView] = []
    for index, sentence in enumerate(split_sentences(text)):
        sentence = replace(sentence, text=without_scare_quotes(sentence.text))
        views.append(SentenceView(sentence.text, sentence.start, matcher.find(sentence.text, _actors_day(sentence.text, published)),
                                  find_quantities(sentence.text), index, sentence.paragraph))
    acronyms = defined_acronyms([(view.text, view.actors) for view in views])
    if acronyms is not None:  # "the Arakan Army (AA)": "AA" is that group in the rest of the text
        for view in views:
            view.actors = with_war_aliases(view.text, view.actors, acronyms)
    # actors' names are no places ("struck Hamas targets": not a village of that name)
    actor_spans = [(v.offset + a.start, v.offset + a.end, a.role) for v in views for a in v.actors]
    about = _named_states(views, registry, published)
    place_countries = [p.country for p in without_namesake_countries(find_places(text[:FRAME_PLACE_CHARS], about, actor_spans, title_case_spans), about)
                       if p.country]
    home = home_state(place_countries, registry)
    _name_network_branches(views, home, registry, published, place_countries[0] if place_countries else None)
    # a surface that some war gives another actor ("SNA") does not choose the war
    codes = ([a.code for v in views for a in v.actors if not registry.contested(a.text)]
             or [a.code for v in views for a in v.actors])
    lead = place_countries[0] if place_countries else None
    profile = registry.profile_for(codes, published, home=home, lead=lead) if codes else None
    if profile is None and codes and place_countries:
        # A state named only as an ally abroad takes that war when the text's places are there.
        profile = registry.profile_for(codes, published, place_countries, home, lead)
    if profile is not None and len({registry.side_of(c, profile) for c in codes} - {None}) == 1:
        # One side named ("Israeli strikes killed 30 civilians in Khan Younis"): several profiles may hold
        # it; the countries of the places named pick the war ("Khan Younis" is in Gaza, not Lebanon).
        places = find_places(text[:PROFILE_PLACE_CHARS], (), actor_spans, title_case_spans)
        if places:
            profile = registry.profile_for(codes, published, [p.country for p in places if p.country]) or profile
    wars_at_home = 0
    if profile is None and not codes and home is not None:
        # No actor named ("the military", "resistance fighters"), its places in one state: the war fought there
        # ("an air strike on a monastery in Sagaing"), whose generic names may then be read.
        profile = registry.profile_for([home], published, place_countries)
        wars_at_home = len({frozenset(p.sides) for p in registry.profiles if home in p.members() and p.covers(published)})
    war_aliases = war_alias_matcher(profile.id) if profile is not None else None
    if war_aliases is not None:  # the war's aliases of generic words ("separatist authorities") hold only in it
        for view in views:
            view.actors = with_war_aliases(view.text, view.actors, war_aliases, _actors_day(view.text, published))
    countries = tuple(profile.countries) if profile else tuple(dict.fromkeys(c for c in codes if len(c) == 3 and c.isupper()))[:3]
    state = DocumentState(published, profile, countries, about_states=tuple(dict.fromkeys(countries + about)),
                          title_case_spans=title_case_spans)
    if home is None and profile is not None and len(profile.countries) == 1 and getattr(registry.actor(profile.countries[0]), "kind", None) == "state":
        home = profile.countries[0]  # a war fought in one state: its people live there when no place says otherwise
    state.lead_date = lead_event_date(text, published)
    headline = text.lstrip().split("\n", 1)[0]
    state.disaster_report = bool(PEACEFUL_CAUSE.search(headline)) and not WAR_WORDS.search(headline)  # "Floods kill 40 in Kenya"
    state.fighters = _fighter_sides(profile, registry)
    if state.fighters is not None and profile is not None and state.fighters[0] not in codes:
        # the war's leading state never named ("the military said", in a text naming Israel in the Red Sea's war, led by the
        # United States): its forces are those of the state of that side the text names most
        allies = Counter(c for c in codes if registry.side_of(c, profile) == state.fighters[0]
                         and getattr(registry.actor(c), "kind", None) == "state")
        if allies:
            state.fighters = (allies.most_common(1)[0][0], state.fighters[1])
    state.home_state = home
    if state.fighters is None:
        # no profile names the war's two parties: read them off the text (a state and the group fighting it)
        state.fighters = document_fighters(codes, place_countries, registry)
        if state.fighters is not None and profile is not None and state.fighters[1] in profile.backers:
            # a war of states and a group one of them backs ("Pakistan's strikes on TTP camps in Afghanistan"): the
            # group fights the other state, whichever country the text's places are in
            backed = profile.backers[state.fighters[1]]
            others = [side for side in profile.sides if side != backed]
            if len(others) == 1:
                state.fighters = (others[0], state.fighters[1])
    if state.fighters is not None:
        named = state.fighters
        if (profile is not None and home is not None and home != named[0] and home in profile.members()
                and registry.side_of(home, profile) == registry.side_of(named[0], profile)):
            named = (home, named[1])  # "police in Kampala", "soldiers in N'Djamena": the ally whose land the text is in
        group_side = named[1]
        # a text that never names the group: "gunmen", "militants" are unknown attackers (GOLD_FORMAT), "the rebels" its party,
        # unless its state fights several groups ("rebels seized villages near Goma")
        group_named = profile is None or any(a.role != "generic" and (a.code == group_side or registry.side_of(a.code, profile) == group_side)
                                             for v in views for a in v.actors)
        group_nouns = GROUP_FIGHTER_NOUNS if group_named else PARTY_NOUNS if wars_at_home < 2 else None
        for view in views:
            # "the group", "the rebels" on a side of several groups: the one of them the text named last; a group the
            # war's profile does not place but that fights its state is on that side too ("BLA attacks ... killed 21
            # insurgents": the BLA's); a group of another war counts when its paragraph names the state it fights
            groups = [a.code for a in view.actors if a.role != "generic" and a.code != named[0]
                      and getattr(registry.actor(a.code), "kind", None) == "group" and profile is not None]
            members = [g for g in groups if registry.side_of(g, profile) == group_side
                       or (registry.side_of(g, profile) is None and registry.adversary(g, None) in profile.members())]
            outsider = next((g for g in reversed(groups) if g not in members and registry.side_of(g, profile) is None), None)
            enemy = _outsider_enemy(view, views, outsider, profile, registry) if outsider is not None else None
            named = (named[0], members[-1] if members else named[1])
            if enemy is not None and outsider is not None:
                _add_fighter_mentions(view, (enemy, outsider))
            else:
                _add_fighter_mentions(view, named, group_nouns)
    elif profile is None and home is not None:
        for view in views:
            _add_mentions(view, ((HOME_FORCE_NOUNS, home),))
    for view in views:
        _drop_topic_label(view)
    quote_speakers = _quote_speakers(views)
    remember_named_people(views)

    skipped = _skipped_sentences(views)
    found_by_rules = {view.index: _rule_drafts(view) for view in views if view.index not in skipped}
    _add_materiel_from_previous(views, found_by_rules)
    _add_personnel_tallies(views, found_by_rules)
    # A text that names its attacks tells their tolls as tolls: "assailants killed 21 soldiers" there retells
    # a fight already coded (GOLD_FORMAT: a later mention is coded again only when it adds something).
    attacks_told = any(found for by_finder in found_by_rules.values() for name, found in by_finder
                       if name == find_attack_claims.__name__)
    # Unnamed attackers take the group that claimed the attack, wherever the text says so (GOLD_FORMAT).
    claims_of_responsibility = [(index, d.subject) for index, by_finder in found_by_rules.items() for name, found in by_finder
                                if name == find_attack_claims.__name__ for d in found
                                if d.notes.get("claimed") and d.subject is not None and not d.subject.startswith("@")]
    state.claimed_by = {subject for _, subject in claims_of_responsibility}
    # ... and the attack told right before a claim of it ("In a separate incident, a bomb hit a patrol. The Qassam Brigades
    # claimed responsibility for the attack"), whatever other time or place its sentence is set in
    claims_per_sentence = Counter(index for index, _ in claims_of_responsibility)
    state.claimed_next = {index - 1: subject for index, subject in claims_of_responsibility if claims_per_sentence[index] == 1}
    with parsed_ahead(view.text for view in views if view.index in found_by_rules and _will_be_parsed(view, found_by_rules[view.index])):
        return _claims_of_sentences(views, skipped, found_by_rules, attacks_told, state, registry, quote_speakers)


def _claims_of_sentences(views: list[SentenceView], skipped: dict[int, str], found_by_rules: dict[int, list[tuple[str, list[DraftClaim]]]],
                         attacks_told: bool, state: DocumentState, registry: ActorRegistry,
                         quote_speakers: dict[int, str | None]) -> list[Claim]:
    claims: list[Claim] = []
    previous_drafts: list[DraftClaim] = []
    previous_claims: list[Claim] = []
    tally_index: int | None = None
    for view in views:
        state.years_told.update(days_with_their_year(find_dates(view.text, state.published)))
        if view.index in skipped:
            note_skipped(view, skipped[view.index])
            continue
        drafts, arrested = _find_drafts(view, found_by_rules[view.index], previous_drafts, attacks_told, state.disaster_report)
        state.quote_speaker = quote_speakers.get(view.index)
        if state.quote_speaker == PREVIOUS_SPEAKER:
            state.quote_speaker = state.last_claimant
        sentence_claims = _attribute(view, drafts, state, registry)
        for draft_index, claim in sentence_claims:
            # whose people or equipment a claim resolved to, for a later denial of it ("Israel disputes the figures")
            drafts[draft_index].notes.setdefault("resolved_subject", claim.subject or "")
        if state.credited_back is not None:
            for claim in previous_claims:
                if claim.claimant is None:
                    claim.claimant = state.credited_back  # "... killing a local man. The governor said this on Telegram."
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
            elif drafts[draft_index].notes.get("part") == "of-told":
                claim.part_of = _earlier_total(claims, claim)  # "Eight of the dead were children": the toll told before
                if claim.part_of is not None and not find_dates(view.text, state.published):
                    # "A woman was among the dead": a part of a toll told before is of that toll's event, and of its day
                    claim.date = claims[claim.part_of].date
        if TALLY_SENTENCE.match(view.text):
            tally = [c for _, c in sentence_claims if c.type == "casualty" and c.outcome == "killed"]
            if tally:
                tally_index = claims.index(tally[0])
        if drafts or arrested:
            previous_drafts = drafts + arrested  # the people arrested stay referents ('he died in custody')
        state.listed_before = listed_actors(view)
    if tally_index is not None:
        _parts_of_tally(claims, tally_index)
    means_told_later(claims, state.means_open)
    _headline_dates(views, claims, state.published)
    _headline_means(views, claims)
    _headline_attackers(views, claims)
    return _in_text_order(_drop_duplicates(claims))


HEADLINE_DATED_TYPES = ("casualty", "materiel", "attack")


def _headline_and_body(views: list[SentenceView], claims: list[Claim]) -> tuple[SentenceView, list[Claim], list[Claim]] | None:
    """The text's headline (a first line with no sentence end), its claims and the body's, or None with no headline."""
    headline = next((v for v in views if v.text.strip()), None)
    if headline is None or headline.text.rstrip().endswith((".", "!", "?", '"', "”", ":")):
        return None
    end = headline.offset + len(headline.text)
    spanned = [c for c in claims if c.sentence_span is not None]
    return (headline, [c for c in spanned if c.sentence_span[0] == headline.offset], [c for c in spanned if c.sentence_span[0] >= end])


def _headline_dates(views: list[SentenceView], claims: list[Claim], published: dt.date | None) -> None:
    """A headline's claim with no time cue of its own takes the date the body gives the same event (GOLD_FORMAT):
    'Houthis say they downed a US drone' over 'The Houthis said on Thursday they had shot down a US MQ-9 drone'."""
    found = _headline_and_body(views, claims)
    if found is None or find_dates(found[0].text, published):
        return
    _, told_there, body = found
    for claim in told_there:
        if claim.type not in HEADLINE_DATED_TYPES:
            continue
        same = [c for c in body if (c.type, c.subject, c.outcome, c.category) == (claim.type, claim.subject, claim.outcome, claim.category)]
        told = next((c for c in same if c.count == claim.count), same[0] if same else None)
        if told is not None and told.date is not None:
            claim.date = told.date


# A headline's attack named by the bare noun or verb ("... in attack on military base", "Rebels attack town"): no means.
BARE_ATTACK_WORDS = re.compile(r"(?:attacks?|attacked|attacking)\b", re.I)
# The means a body can give an attack whose headline named none.
SPECIFIC_BODY_MEANS = frozenset({"airstrike", "shelling", "bombing"})


def _headline_means(views: list[SentenceView], claims: list[Claim]) -> None:
    """A headline's attack told by the bare word takes the means the body's first attack by the same attacker gives
    (GOLD_FORMAT: unnamed means come from the text around it, the same event): 'ELN kills five soldiers in attack on
    military base' over 'ELN guerrillas attacked the base with explosives-laden drones' is an air strike."""
    found = _headline_and_body(views, claims)
    if found is None:
        return
    headline, told_there, body = found
    for claim in told_there:
        if claim.type != "attack" or claim.subject is None:
            continue
        words = headline.text[claim.span[0] - headline.offset : claim.span[1] - headline.offset]
        if not BARE_ATTACK_WORDS.match(words):
            continue
        first = next((c for c in body if c.type == "attack" and c.subject == claim.subject), None)
        if first is not None and first.outcome in SPECIFIC_BODY_MEANS:
            claim.outcome = first.outcome


def _headline_attackers(views: list[SentenceView], claims: list[Claim]) -> None:
    """A headline's attack with no attacker takes the one the body names for an attack by the same means, when the body
    names one attacker for them (GOLD_FORMAT: unnamed attackers take the group the outlet identifies for the same attack):
    'Drone strike on power station cuts electricity' over 'Drones launched by the RSF struck the power station'."""
    found = _headline_and_body(views, claims)
    if found is None:
        return
    _, told_there, body = found
    for claim in told_there:
        if claim.type != "attack" or claim.subject is not None or claim.outcome == "clash":
            continue  # fighting with no attacker named has none (GOLD_FORMAT)
        attackers = {c.subject for c in body if c.type == "attack" and c.outcome == claim.outcome and c.stance == claim.stance
                     and c.subject is not None}
        if len(attackers) == 1:
            claim.subject = attackers.pop()


# A reporting verb before a killing: its agent may be the reporter's guess, not a named killer.
REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|reported|reports|according\s+to|claimed)\b", re.I)


def _named_states(views: list[SentenceView], registry: ActorRegistry, published: dt.date | None) -> tuple[str, ...]:
    """The states a text is about, before its places are read: those of the war its actors fight (the profile their
    codes choose), then the states it names. A place name shared with a town abroad is read as the one there
    ("Cauca" in a text about the ELN is Colombia's department, not a village in Spain)."""
    codes = [a.code for v in views for a in v.actors]
    if not codes:
        return ()
    profile = registry.profile_for(codes, published)
    war = tuple(profile.countries) if profile is not None else ()
    named = tuple(c for c in codes if getattr(registry.actor(c), "kind", None) == "state")
    return tuple(dict.fromkeys(war + named))


# A headline's topic label before a colon ("Nigeria: Gunmen kill 12", "Ukraine war: ...", "DR Congo crisis: ..."):
# the country the story is about, not an actor of its clause.
# A label that is a speaker ("Russian Defence Ministry: 19 drones downed", "Houthis: we shot down") is no topic: only a
# country's name, alone or with the word for its war, is one.
TOPIC_LABEL = re.compile(r"^\s*(?P<name>[A-Z][^:]{1,30}?)(?:\s+(?:war|crisis|conflict|fighting|violence|unrest|latest|update))?\s*:\s+(?=\S)")


def _drop_topic_label(view: SentenceView) -> None:
    """A headline opened by a topic label names no actor there: its mention leaves the sentence's actors."""
    if len(view.text) > 250 or view.text.rstrip().endswith("."):
        return  # running text, not a headline
    label = TOPIC_LABEL.match(view.text)
    if label is None or view.text[label.end() : label.end() + 1] in ('"', "“"):
        return  # 'Qatar: "We condemn ..."': a country whose words are quoted speaks
    named = [a for a in view.actors if a.start == label.start("name") and a.end == label.end("name") and a.role == "name"]
    if named and getattr(load_registry().actor(named[0].code), "kind", None) == "state":
        view.actors = [a for a in view.actors if a.start >= label.end()]


def _actors_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a sentence's actors are named as of: the earliest full date it gives before publication ("the
    Taliban seized the district on 3 May 2019" names the armed group, not the government it became), else
    the publication day."""
    earlier = [d.date for d in find_dates(text, published) if published is not None and d.date < published]
    return min(earlier) if earlier else published


def _name_network_branches(views: list[SentenceView], country: str | None, registry: ActorRegistry,
                           when: dt.date | None, first_place: str | None = None) -> None:
    """A network named in a country where it has a branch stands for that branch (GOLD_FORMAT: "groups
    affiliated to al-Qaeda" in Mali are JNIM, Islamic State fighters in Mozambique ISMP), the branch it had on `when`."""
    if not any(a.code in registry.branches for v in views for a in v.actors):
        return
    if country is None:  # no place says where: the one state the text names, if only one
        states = {a.code for v in views for a in v.actors if getattr(registry.actor(a.code), "kind", None) == "state"}
        # else the country of the lead's first place: a roundup that turns to neighbouring states after its lead
        country = states.pop() if len(states) == 1 else first_place
    for view in views:
        if not any(a.code in registry.branches for a in view.actors):
            continue
        # "In Mozambique, insurgents linked to the Islamic State ...", in a text set in Ethiopia: the branch of the
        # country the sentence's own places are in, where the network has one there
        local = next((p.country for p in find_places(view.text, ()) if p.country), None)
        view.actors = [replace(a, code=_branch_here(registry, a.code, local, country, when)) if a.code in registry.branches else a
                       for a in view.actors]


def _branch_here(registry: ActorRegistry, code: str, local: str | None, country: str | None, when: dt.date | None) -> str:
    """The network's branch in the sentence's own country `local` if it has one there, else in the text's `country`."""
    here = registry.branch_in(code, local, when) if local is not None else code
    return here if here != code else registry.branch_in(code, country, when)


# Who kills in an attack on people: armed men, not a strike, a war or a disease ...
ARMED_MEN = (r"gunm[ae]n|militants?|assailants|attackers|militia(?:men)?|rebels|bandits|fighters|members|insurgents|jihadists|terrorists|"
             r"soldiers|forces|troops|army|military|gangs?|(?:sleeper\s+|terror(?:ist)?\s+)?cells?|remnants|extremists")
# ... named before the killing ("unknown armed men killed a trader"), where police, suspects and a mob count too ...
ARMED_AGENT = re.compile(
    rf"\b(?:{ARMED_MEN}|armed\s+(?:men|individuals?|groups?|assailants|persons)|suspects?|police|mob|individuals?)\b[^.;]{{0,60}}$",
    re.I,
)
# ... or by a passive's agent after it ("a civilian was killed by IS militants", "... by Taliban forces").
KILLED_BY_ARMED_MEN = re.compile(
    rf"\s+by\s+(?:the\s+|an?\s+|suspected\s+|unknown\s+|unidentified\s+)*(?:[\w'’-]+\s+){{0,3}}?(?:{ARMED_MEN})\b",
    re.I,
)


def _skipped_sentences(views: list[SentenceView]) -> dict[int, str]:
    """Sentences read for no claim, with the reason: a headline or teaser repeated on the page is listed once; a
    section heading of a few words that names no one ("Fighting", "Military aid") heads what follows."""
    seen: set[str] = set()
    skipped: dict[int, str] = {}
    for view in views:
        key = re.sub(r"\W+", " ", view.text.lower()).strip()
        if len(key) > 15 and key in seen:
            skipped[view.index] = "a repeated headline or teaser, listed once"
        elif SECTION_HEADING.fullmatch(view.text.strip()) and not view.actors:
            skipped[view.index] = "a section heading"
        seen.add(key)
    return skipped


# A section heading: up to three words, lowercase after the first but for "and", no digit, no sentence end.
SECTION_HEADING = re.compile(r"[A-Z][a-z]+(?:\s+(?:and|&)?\s*[a-z]+){0,2}")


RULE_FINDERS = (find_casualty_claims, find_materiel_claims, find_territory_claims, find_attack_claims, find_support_claims,
                find_mobilization_claims)


def _add_materiel_from_previous(views: list[SentenceView], found_by_rules: dict[int, list[tuple[str, list[DraftClaim]]]]) -> None:
    """Counts whose equipment the sentence before named ("85 drones were launched. Sixty were shot down."), for the
    sentences where the materiel finder found nothing."""
    heading: SentenceView | None = None  # the heading of a tally printed one item a line, while its lines go on
    for previous, view in zip(views, views[1:], strict=False):
        if is_tally_heading(previous):
            heading = previous
        found = found_by_rules.get(view.index)
        if found is None or any(d for name, d in found if name == find_materiel_claims.__name__):
            heading = None
            continue
        drafts = find_materiel_in_tally(view, heading) if heading is not None else []
        if not drafts:
            heading = heading if heading is not None and is_tally_line(view) else None  # "personnel – 400,000" goes on
            drafts = find_materiel_from_previous(view, previous)
        if drafts:
            found_by_rules[view.index] = _joined(found, find_materiel_claims, drafts)


def _add_personnel_tallies(views: list[SentenceView], found_by_rules: dict[int, list[tuple[str, list[DraftClaim]]]]) -> None:
    """The personnel line of a tally of losses ("personnel – about 470,000 (+1,100) persons"), printed under its
    heading or after the heading's colon in one sentence, where the casualty finder found nothing on it."""
    heading: SentenceView | None = None
    for view in views:
        found = found_by_rules.get(view.index)
        if found is not None and not any(d.type == "casualty" for _, drafts in found for d in drafts):
            personnel = find_personnel_in_tally(view, heading)
            if personnel:
                found_by_rules[view.index] = _joined(found, find_casualty_claims, personnel)
        if is_tally_heading(view):
            heading = view
        elif heading is not None and not is_tally_line(view):
            heading = None


def _joined(found: list[tuple[str, list[DraftClaim]]], finder: Callable[..., list[DraftClaim]],
            more: list[DraftClaim]) -> list[tuple[str, list[DraftClaim]]]:
    """A sentence's drafts by finder, with `more` added to what `finder` found."""
    return [(name, drafts + more if name == finder.__name__ else drafts) for name, drafts in found]


def _rule_drafts(view: SentenceView) -> list[tuple[str, list[DraftClaim]]]:
    """What each rule finder finds in a sentence, by finder name (they read the sentence alone)."""
    return [(finder.__name__, finder(view)) for finder in RULE_FINDERS]


def _will_be_parsed(view: SentenceView, found_by_rules: list[tuple[str, list[DraftClaim]]]) -> bool:
    """Whether `_find_drafts` will read the sentence's parse: it holds a word the parse-based finders look
    for, or a draft the vetoes check. A guess either way costs time only: a sentence not named ahead is
    parsed when asked for."""
    return bool(CASUALTY_SYNTAX_TRIGGER.search(view.text) or DEATH_TRIGGER.search(view.text)
                or (any(d.type in VETOED_TYPES for _, found in found_by_rules for d in found) and may_be_vetoed(view.text)))


# People nouns that also name aircraft ("a Tu-22M3 bomber", "two Su-30 fighters").
AIRCRAFT_PEOPLE_HEADS = frozenset({"bomber", "bombers", "fighter", "fighters"})


def _without_aircraft_read_as_people(drafts: list[DraftClaim]) -> list[DraftClaim]:
    """The drafts less losses of people whose noun is the aircraft of a materiel draft over the same words ("Russia lost
    a Tu-22M3 bomber", "destroyed two strategic bombers"): the aircraft lost, not a man killed."""
    aircraft = [(d.start, d.end) for d in drafts if d.type == "materiel" and d.category == "aircraft"]
    return [d for d in drafts
            if not (d.type == "casualty" and d.notes.get("head", "").lower() in AIRCRAFT_PEOPLE_HEADS
                    and any(start < d.end and d.start < end for start, end in aircraft))]


def _find_drafts(view: SentenceView, found_by_rules: list[tuple[str, list[DraftClaim]]], previous: list[DraftClaim],
                 attacks_told: bool, disaster_report: bool = False) -> tuple[list[DraftClaim], list[DraftClaim]]:
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
    drafts = _without_aircraft_read_as_people(drafts)
    drafts, vetoed = apply_vetoes(view.text, drafts, disaster_report, attacks_told)
    note_vetoes(view, vetoed)
    arrested = [veto.draft for veto in vetoed if veto.pattern in ARREST_VETOES]
    drafts = drop_background_deaths(view, drafts)  # a protest's grievance, a death of another time
    event_totals(view, drafts)  # 'a total of 12 were killed' in one event is no running total
    drafts = drop_told_deaths(view, drafts, previous)  # 'the slain man' after his killing was told
    deaths = find_syntactic_deaths(view, drafts, previous)
    note_found(view, "find_syntactic_deaths", deaths)
    deaths, vetoed_deaths = apply_vetoes(view.text, deaths, disaster_report, attacks_told)  # a death the vetoes dropped is not found again
    note_vetoes(view, vetoed_deaths)
    drafts.extend(deaths)
    drafts = without_bodies_of_a_toll_told(view, drafts)
    harm_attacks = [d for d in attack_of_harm(view, drafts) if not (attacks_told and d.outcome == "clash")]  # 'a civilian was killed by militants': an attack
    note_found(view, "attack_of_harm", harm_attacks)
    drafts.extend(harm_attacks)
    victims = {d.category for d in drafts if d.type == "casualty"}
    if victims == {"military"}:
        for draft in drafts:
            if draft.type == "attack" and draft.outcome == "assault" and not ATTACK_NOUN.fullmatch(view.text[draft.start : draft.end]):
                # shooting at armed men is a fight, not an attack on civilians; the noun "attack" keeps its means open
                # for the text around it ("the attack on the camp" told before); a ground raid on armed men is a push on
                # their position (GOLD_FORMAT: `offensive`)
                draft.outcome = "offensive" if GROUND_RAID.fullmatch(view.text[draft.start : draft.end]) else "clash"
    killers = [d.object for d in drafts if d.type == "casualty" and d.object is not None and d.stance is None
               and (d.notes.get("active") or KILLED_BY_ARMED_MEN.match(view.text, d.end)) and not REPORTED_BEFORE.search(view.text[: d.start])
               and any(a.code == d.object and a.role != "generic" for a in view.actors)]  # not "gunmen" standing for the war's group
    for draft in drafts:
        if (draft.type == "attack" and draft.subject is None and draft.outcome != "clash" and len(set(killers)) == 1 and not draft.notes.get("victims_head")
                and not draft.notes.get("repelled")  # "troops repelled an attack, killing 20 assailants": the defenders killed them
                and not draft.notes.get("irregulars")  # "Palestinian militants detonated a bomb ...": irregulars, no other side's attack
                and not draft.notes.get("traded")  # "the two armies traded fire, killing ten civilians": fire both ways, no attacker
                and not VICTIMS_RELATIVE.search(view.text[max(0, draft.start - 30) : draft.start])):
            draft.subject = killers[0]  # "Israel killed a commander in an airstrike on Beirut": the killer struck
    if not any(d.type == "attack" for d in drafts):
        # "unknown armed men killed a trader": a killing by someone is an attack on its victims
        for draft in drafts:
            if (draft.type == "casualty" and draft.category in ("civilian", "unknown") and draft.stance is None and not draft.cumulative
                    and ((draft.notes.get("active") and ARMED_AGENT.search(view.text[: draft.start]))
                         or (draft.object is not None and KILLED_BY_ARMED_MEN.match(view.text, draft.end)))):
                drafts.append(DraftClaim("attack", "assault", draft.start, draft.end, subject=draft.object))
                note_found(view, "find_killing_by_armed_men", drafts[-1:])
                break
    denials = find_denial_claims(view, previous, drafts)
    note_found(view, "find_denial_claims", denials)
    drafts.extend(denials)
    # claims of a reported clause of their own ("accused Thailand of using cluster munitions and said Thai troops had tried to
    # seize the temple") are not the act an accusation before them names
    statements = find_statement_claims(view, has_other_claims=any(not d.notes.get("whole_war") and not OWN_REPORTED_CLAUSE.search(view.text, 0, d.start)
                                                                   for d in drafts))
    note_found(view, "find_statement_claims", statements)
    general_denials = [(d.start, d.end) for d in statements if d.outcome == "deny"] + general_charge_spans(view, statements)
    # "denied that its forces had targeted civilians", "accused Russia of targeting civilians": a denial or a charge in
    # general terms is a statement (GOLD_FORMAT), and the act it names inside it no attack of its own
    kept = [d for d in drafts if not (d.type == "attack" and any(start <= d.start and d.end <= end for start, end in general_denials))]
    if len(kept) < len(drafts) and not any(not d.notes.get("whole_war") for d in kept):
        # the only other claim was the act named inside a general denial: the sentence's statements are read alone
        # ("denied targeting civilians and blamed the rebels for ...")
        statements = find_statement_claims(view, has_other_claims=False)
        note_found(view, "find_statement_claims", statements)  # the drafts read again are the ones --explain follows
    drafts = kept
    # a charge worded as the act itself ("violated the ceasefire overnight, firing at Indian posts"): the act names it,
    # coded as that act's claim (GOLD_FORMAT), not also as a statement
    statements = [d for d in statements if not (d.outcome == "accuse" and any(
        a.type == "attack" and not a.notes.get("whole_war") and a.start < d.end and d.start < a.end for a in drafts))]
    # "rejected accusations that it supports the rebels": the denial of the backing named is that support denied (GOLD_FORMAT),
    # not also a general denial
    statements = [d for d in statements if not (d.outcome == "deny" and any(
        a.type == "support" and a.stance == "deny" and a.start < d.end and d.start < a.end for a in drafts))]
    drafts.extend(statements)
    _losses_of_the_attacked(drafts)
    return drafts, arrested


def _set_in_state(text: str, places: list[PlaceMention]) -> str | None:
    """The state a sentence opens by as its setting ("In Niger, ...", "Elsewhere in neighbouring Mali, ..."), else None."""
    frame = OTHER_COUNTRY_FRAME.match(text)
    if frame is None or not places or places[0].kind != "country" or places[0].start != frame.end():
        return None
    return places[0].country


# A sentence opening on a part of the figure the sentence before gave ("Of those, 87 were shot down", "Of them, ...",
# "Of this number, ..."): it goes on with that sentence's report and its speaker.
PARTITIVE_OPENER = re.compile(r"\W*(?:of\s+(?:those|these|them|this\s+number|that\s+number|the\s+total|which)|among\s+(?:those|them|these))\s*,", re.I)


# A side's own words for its foe ("the enemy lost 190 troops", "the occupiers shelled"), which no outlet writes in its own voice.
SPEAKER_EPITHET = re.compile(r"\b(?:the\s+enemy|enemy\s+(?:forces|troops|losses)|the\s+occupiers|occupiers['’]|the\s+invaders|the\s+aggressor)\b", re.I)


# A second reported clause coordinated after a first: "... and said", "... but added".
OWN_REPORTED_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|claimed|claims|announced|reported)\b", re.I)


# A raid named by its noun or verb alone: "killed two militants in a raid", "troops raided".
GROUND_RAID = re.compile(r"(?i)(?:the\s+|an?\s+)?(?:raid|raids|raided|raiding)")


def _losses_of_the_attacked(drafts: list[DraftClaim]) -> None:
    """'Israeli jets struck military sites across Syria, destroying air defence batteries': the fighters and equipment
    an attacker's strike of the sentence destroyed are those of the side it struck, not of the attacker's usual enemy."""
    for draft in drafts:
        if (draft.type not in ("casualty", "materiel") or draft.subject is None or not draft.subject.startswith(SUBJECT_IS_ADVERSARY_OF)
                or (draft.type == "casualty" and draft.category != "military")):
            continue
        agent = draft.subject[len(SUBJECT_IS_ADVERSARY_OF) :]
        struck = {a.object for a in drafts if a.type == "attack" and a.subject == agent and a.object and not a.object.startswith("@")
                  and a.object != agent}
        if len(struck) == 1:
            draft.subject = struck.pop()
            if draft.type == "materiel":
                draft.notes["loser"] = "agent"  # the side struck, not a maker named by an adjective


def _attribute(view: SentenceView, drafts: list[DraftClaim], state: DocumentState, registry: ActorRegistry) -> list[tuple[int, Claim]]:
    """Claimant, stance, hedge, evidence, date, place and sides for every draft of a sentence."""
    text = view.text
    hedged = hedge_in(text)
    evidence = evidence_in(text)
    dates = with_years_told(find_dates(text, state.published), state.years_told)
    actor_spans = [(a.start, a.end, a.role) for a in view.actors]
    title_case = [(start - view.offset, end - view.offset) for start, end in state.title_case_spans if start < view.offset + len(text) and view.offset < end]
    places = (without_namesake_countries(find_places(text, state.war_countries, actor_spans, title_case), state.about_states)
              if drafts or view.paragraph != state.scene_paragraph else [])
    if view.paragraph != state.scene_paragraph:
        state.scene_paragraph = view.paragraph
        scene = SCENE_DATE.match(text)
        state.scene_date = dates[0].date if scene and dates and dates[0].start < 40 and not in_span_of_days(text, dates[0], dates) else None
        state.scene_place = places[0] if scene and places else None
        state.paragraph_date = None
    groups = [a.code for a in view.actors if a.role != "generic" and getattr(registry.actor(a.code), "kind", None) == "group"]
    state.last_armed_group = groups[-1] if groups else state.last_armed_group
    previous_speaker = state.last_claimant
    if state.unreported_subject is not None and (PERSON_CONTINUES.match(text) or PRONOUN_AFTER_QUOTE.search(text)):
        previous_speaker = state.unreported_subject  # "Netanyahu met his cabinet on Sunday. He vowed ...": the one the sentence before was about
    owners = institution_owners([p.country for p in places if p.country], state.war_countries, state.fighters, previous_speaker,
                                lambda code: getattr(registry.actor(code), "kind", None) == "state", view, state.last_armed_group,
                                state.home_state,
                                (lambda code: registry.adversary(code, state.profile)) if state.profile is not None else None,
                                _set_in_state(text, places))
    anchors = find_anchors(view, previous_speaker, owners, state.speaker_surnames)
    state.sentence_weapon_owners = weapon_owners(view)
    state.sentence_attackers = [d.subject for d in drafts if d.type == "attack" and d.subject and not d.subject.startswith("@")]
    claims: list[tuple[int, Claim]] = []
    for draft_index, draft in enumerate(drafts):
        anchor = anchor_for(draft, anchors, view.text)
        rebutted = rebutted_report(view.text, draft) if draft.type in ("casualty", "materiel", "attack", "territory") else None
        if rebutted is not None:
            # '"Reports of two jets shot down are fake," the ministry said': the speaker denies the report
            outer = [a for a in anchors if a.speech and not rebutted[0] <= a.position < rebutted[1]]
            anchor = (replace(min(outer, key=lambda a: abs(a.position - draft.start)), denial=True) if outer
                      else Anchor(rebutted[0], rebutted[0], state.quote_speaker, True))
        claimant = draft.claimant
        if claimant is None and anchor is not None:
            claimant = anchor.claimant
        if claimant is None and anchor is None and state.quote_speaker is not None:
            claimant = state.quote_speaker
        if claimant is None and anchor is None and not anchors and PARTITIVE_OPENER.match(text):
            claimant = state.sentence_claimant  # "..., the air force said. Of those, 87 were shot down": the same report goes on
        if claimant is None and anchor is None and not anchors and state.quote_speaker is None and SPEAKER_EPITHET.search(text):
            # "..., the ministry said. In the south, the enemy lost up to 190 troops": a side's word for its foe is no outlet's
            # voice; the report of the side that spoke last goes on
            claimant = state.last_claimant
        stance = draft.stance or ("deny" if anchor is not None and anchor.denial and draft.type != "statement" else "assert")
        note_claimant(view, draft, claimant, _claimant_step(view, draft, anchor, claimant, stance))
        place = best_place(places, draft.start) or state.scene_place
        if draft.notes.get("listed") and place is not None and not place.start <= draft.start < place.end:
            # "liberated Novoselivka and Kalynove": a listed place the gazetteer lacks is named as written, in the
            # country of the place nearest it, with no coordinates
            place = replace(place, start=draft.start, end=draft.end, name=view.text[draft.start : draft.end],
                            latitude=None, longitude=None, population=0, kind="city")
        found = AttributedDraft(view, draft, claimant, stance, hedged, evidence, dates, place)
        resolved = resolve(found, state, registry)
        if claimant is None and anchor is not None and draft.type in ("casualty", "materiel") and unnamed_institution_speaks(view.text, anchor):
            for claim in resolved:
                if claim.subject is not None and getattr(registry.actor(claim.subject), "kind", None) in ("state", "authority"):
                    # "twelve soldiers were killed, the army said", "medics said 30 people died": an institution named
                    # without its state reports the losses of its own side (GOLD_FORMAT: institutions and officials
                    # speaking as a group take their side's code)
                    claim.claimant = claim.subject
                    note_claimant(view, draft, claim.subject, f"claimant {claim.subject}: an institution named without its state reports its own side's losses")
        claims.extend((draft_index, claim) for claim in resolved)
        source = denied_source(view, anchor, draft) if stance == "deny" and draft.stance is None and draft.type in ("casualty", "materiel") else None
        if source is not None:
            # "the army denied the claim of the rebels that eight soldiers were killed": the rebels assert it
            asserted = AttributedDraft(view, draft, source, "assert", hedged, evidence, dates, place)
            both = resolved + resolve(asserted, state, registry)
            if claimant is not None and (DENIER_OWN.search(view.text, draft.start, draft.end)
                                         or DENIER_LOST.search(view.text[max(anchor.end if anchor else 0, draft.start - 30) : draft.end])):
                for claim in both:
                    # "Hamas denied Israel's claim that it had killed 20 of its fighters": 'its' losses are the denier's
                    claim.subject, claim.object = claimant, (claim.object if claim.object != claimant else None)
                note_claimant(view, draft, claimant, f"subject {claimant}: a possessive in the denied claim names the denier's own losses")
            claims.extend((draft_index, claim) for claim in both[len(resolved):])
        denier = (denier_after(view, draft) if stance == "assert" and draft.type in DENIABLE_TYPES
                  and not any(d.type == draft.type and d.stance == "deny" for d in drafts) else None)  # not a denial a finder read
        if denier is not None and denier != claimant:
            # "the army said it killed 60 rebels, a claim the M23 dismissed": the M23 denies the same figure
            denied = AttributedDraft(view, draft, denier, "deny", hedged, evidence, dates, place)
            claims.extend((draft_index, claim) for claim in resolve(denied, state, registry))
    state.previous_sentence = (view.paragraph, text)
    named_days = [d.date for d in dates if not in_dateline(text, d) and not opens_window(text, d) and not in_span_of_days(text, d, dates)]
    if named_days:
        state.last_day = (view.index, named_days[-1])
        state.first_day = state.first_day or named_days[0]
    event_days = [c.date for _, c in claims if c.date is not None and c.type not in ("statement", "support") and not c.cumulative]
    if event_days:
        state.paragraph_date = (view.index, event_days[-1])
    subject = sentence_subject(view)
    if subject is None and not anchors and not claims and not any(a.role not in ("pronoun", "generic") for a in view.actors):
        return claims  # '"Only scum can act like this.' or "Rescuers searched the rubble.": no one named, the subject before goes on
    state.unreported_subject = subject if not anchors else None
    if subject is None and PRONOUN_SPEAKER.match(text, after_dateline(text)):
        # "The statement condemned the raid. It called on ...": a pronoun subject goes on standing for the speaker before
        subject = next((c.claimant for _, c in claims if c.type == "statement" and c.claimant), None) or state.sentence_subject
    if subject is None and PRONOUN_AFTER_QUOTE.search(text) and anchors and anchors[-1].claimant is not None:
        subject = anchors[-1].claimant  # '"...," he said.' then "He called on ...": the one the quotation was credited to
    state.sentence_subject = subject
    for _, kind, owner in sorted(state.sentence_weapon_owners):
        state.weapon_owner[kind] = owner  # "Russian drones ...": whose "the drones" of a later sentence are
    statement_dates = [d for d in dates if STATEMENT_DATE.search(view.text[max(0, d.start - 30) : d.start])]
    if statement_dates and anchors:
        spoke = min(anchors, key=lambda a: abs(a.end - statement_dates[0].start))
        state.statement_day = (spoke.claimant, statement_dates[0].date) if spoke.claimant else state.statement_day
    back = backward_reference(view, anchors)
    state.credited_back = back.claimant if back is not None and not claims else None
    state.sentence_claimant = next((c.claimant for _, c in claims if c.claimant is not None), anchors[-1].claimant if anchors else None)
    if anchors:
        state.last_claimant = anchors[-1].claimant if anchors[-1].claimant else state.last_claimant
        if anchors[-1].claimant is None and ANONYMOUS.search(text):
            state.last_claimant = None  # "an official, speaking anonymously, said ...": "the official added" goes on unnamed
    return claims


# A possessive pronoun naming whose losses a denied claim counts ("20 of its fighters", "their soldiers").
DENIER_OWN = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:fighters|soldiers|troops|servicemen|men|members|personnel|forces|tanks|aircraft|jets|planes|helicopters|drones|vehicles|ships|losses)\b", re.I)

# The denied claim's loser as a pronoun ("denied Israeli reports that it had lost 12 fighters"): the denier.
DENIER_LOST = re.compile(r"\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:lost|suffered)\b", re.I)


# A sentence whose subject stands for a person or body named as the subject of the sentence before ("He vowed", "The
# spokesman added", "The Ethiopian government issued a statement. It accused ...").
PERSON_CONTINUES = re.compile(r"[\s\"“]*(?:he|she|it|they|the\s+(?:spokes(?:man|woman|person)|minister|president|prime\s+minister|leader|envoy|commander|chief))\b", re.I)


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


# How much of a text's start is searched for places when they must choose between conflict profiles.
PROFILE_PLACE_CHARS = 1500
# How much of a text's start is searched for the places that tell which state a war without a profile is in.
FRAME_PLACE_CHARS = 3000
# Nouns that, in a war between one state and one armed group, can only mean one side's fighters.
GROUP_FIGHTER_NOUNS = re.compile(
    r"\b(?:rebels|militants|insurgents|jihadists|terrorists|gunmen|militiamen|the\s+(?:(?:paramilitary|militant|rebel|armed|insurgent|separatist|jihadist|Islamist|extremist)\s+)?group|"
    # "the militia", "the paramilitaries" pointing back to the war's armed group ("killing dozens of the militia's fighters")
    r"the\s+(?:militants|rebels|insurgents|paramilitaries|militia|paramilitary(?!\s+group)))\b",
    re.I,
)
# Of those, the names of an organised party ("the rebels", "the armed group"), not of unknown attackers ("gunmen", "militants").
PARTY_NOUNS = re.compile(
    r"\b(?:rebels|the\s+(?:(?:paramilitary|rebel|armed|insurgent|separatist|jihadist|Islamist|extremist)\s+)?group|"
    r"the\s+(?:paramilitaries|militia|paramilitary(?!\s+group)))\b",
    re.I,
)
STATE_FIGHTER_NOUNS = re.compile(r"\b(?:the\s+(?:military|army|government|authorities)|(?:government|state|security)\s+(?:forces|troops)|soldiers|troops|servicemen|policemen|police\s+officers?|police|(?<!health\s)(?<!medical\s)(?<!hospital\s)(?<!local\s)(?<!municipal\s)(?<!UN\s)(?<!aid\s)officials|military\s+officers?|junta|regime|army(?=\s+(?:units?|warplanes|jets|aircraft|helicopters|drones|artillery|troops|soldiers|patrols?|convoys?)\b))\b", re.I)
# Nouns that can only mean the forces of the state a text's places are in, when no profile or frame names
# the parties: "junta troops shelled", "regime forces", "government forces", "the army".
HOME_FORCE_NOUNS = re.compile(r"\b(?:junta|regime|(?:government|state|security)\s+(?:forces|troops|soldiers)|the\s+(?:army|military)|(?:riot\s+)?police(?!\s+station))\b", re.I)


def _outsider_enemy(view: SentenceView, views: list[SentenceView], group: str, profile: ConflictProfile | None,
                    registry: ActorRegistry) -> str | None:
    """The state fighting an armed group of another war than the text's ("ISWAP fighters overran a Nigerian army base,
    killing 11 soldiers" in a roundup read as Somalia's war): the first state its paragraph names outside the war; None
    with no such state, and for a group of the text's war or one fighting its states (BLA in Pakistan's war with the TTP)."""
    if profile is None or registry.side_of(group, profile) is not None:
        return None
    enemy = registry.adversary(group, None)
    if enemy is not None and enemy in profile.members():
        return None
    for other in views:
        if other.paragraph == view.paragraph and other.index <= view.index:
            for actor in other.actors:
                if (actor.role in ("name", "adjective", "demonym", "capital") and actor.code not in profile.members()
                        and getattr(registry.actor(actor.code), "kind", None) == "state"):
                    return actor.code
    if enemy is not None and getattr(registry.actor(enemy), "kind", None) == "state" and any(
            place.country == enemy for other in views if other.paragraph == view.paragraph and other.index <= view.index
            for place in find_places(other.text, ())):
        return enemy  # "Fano said it took Debre Tabor, killing 50 soldiers": the group's enemy, whose town its paragraph names
    if enemy is not None and any(actor.code == enemy and actor.role in ("name", "adjective", "demonym", "capital") for other in views for actor in other.actors):
        # wire copy sets each sentence apart ("Philippine troops kill 6 rebels" above "Six NPA rebels were killed ..., the
        # military said"): the group's own enemy, when the text names that state anywhere, is the state it fights here
        return enemy
    return None  # no state named there: the registry's enemy of a network (Islamic State: Iraq) may be far from this text


def _fighter_sides(profile: ConflictProfile | None, registry: ActorRegistry) -> tuple[str, str] | None:
    """(state side, group side) of a profile with exactly one of each, else None."""
    if profile is None:
        return None
    kinds = {side: getattr(registry.actor(side), "kind", None) for side in profile.sides}
    groups = [side for side, kind in kinds.items() if kind == "group"]
    states = [side for side, kind in kinds.items() if kind in ("state", "authority")]
    return (states[0], groups[0]) if len(groups) == 1 and len(states) == 1 else None


def _add_fighter_mentions(view: SentenceView, fighters: tuple[str, str], group_nouns: re.Pattern[str] | None = GROUP_FIGHTER_NOUNS) -> None:
    """'the military recaptured the base', '12 soldiers were killed': generic nouns name a side; not the war's state's
    soldiers when another state speaks in the sentence ("Niger's defence ministry said six soldiers died", in a text
    about Burkina Faso: Niger's own). `group_nouns` are those that stand for the group (None: none do)."""
    other_state_speaks = any(len(a.code) == 3 and a.code.isalpha() and a.code.isupper() and a.code != fighters[0] and a.role != "generic"
                             and (OTHER_STATE_SPEAKS.match(view.text, a.end) or a.role in ("military", "ministry") and STATE_BODY_SPEAKS.match(view.text, a.end))
                             for a in view.actors)
    frame = OTHER_COUNTRY_FRAME.match(view.text)
    framed = next((a.code for a in view.actors if frame is not None and a.start == frame.end() and len(a.code) == 3 and a.code.isalpha()
                   and a.code.isupper() and a.code != fighters[0] and OTHER_COUNTRY_FRAME_END.match(view.text, a.end)), None)
    if framed is not None:
        # "In neighbouring Niger, ... killing 12 soldiers": the soldiers, army and ministry of the state the sentence is set in
        nouns: tuple[tuple[re.Pattern[str], str], ...] = ((STATE_FIGHTER_NOUNS, framed),)
    elif other_state_speaks:
        nouns = ()
    elif (third := _third_state_forces(view, fighters)) is not None:
        # "another strike hit a Lebanese army checkpoint, wounding two soldiers, the army said", in a text about Israel and
        # Hezbollah: the soldiers and the army of the state whose forces the sentence names
        nouns = ((STATE_FIGHTER_NOUNS, third),)
    else:
        nouns = ((STATE_FIGHTER_NOUNS, fighters[0]),)
    if group_nouns is not None and framed is None:
        nouns = (*nouns, (group_nouns, fighters[1]))
    _add_mentions(view, nouns)


def _third_state_forces(view: SentenceView, fighters: tuple[str, str]) -> str | None:
    """The one state other than the war's whose forces the sentence names, when it names none of the war's state."""
    states = {a.code for a in view.actors if a.role != "generic" and len(a.code) == 3 and a.code.isalpha() and a.code.isupper()}
    forces = {a.code for a in view.actors if a.role == "military" and a.code in states}
    if fighters[0] in states or len(forces) != 1:
        return None
    return next(iter(forces))


# A sentence set in another country than the war's state: "In neighbouring Niger, ...", "Elsewhere in Burkina Faso, ...".
OTHER_COUNTRY_FRAME = re.compile(r"\W*(?:(?:meanwhile|separately|elsewhere),?\s+)?(?:elsewhere\s+)?(?:in|across|over\s+the\s+border\s+in)\s+"
                                 r"(?:(?:the\s+)?(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|western|central)\s+)*", re.I)
OTHER_COUNTRY_FRAME_END = re.compile(r"\s*,")


# A state named as the speaker: "Niger's defence ministry said", "the Malian army announced".
OTHER_STATE_SPEAKS = re.compile(
    r"(?:['’]s)?\s+(?:(?:defen[cs]e|interior|foreign)\s+ministry|ministry\s+of\s+(?:defen[cs]e|interior)|army|military|armed\s+forces|government|authorities|junta)"
    r"(?:\s+(?:on\s+)?\w+day)?\s+(?:said|says|reported|announced|stated|confirmed|added)\b",
    re.I,
)
# The verb after a state's army or ministry named as one ("the Lebanese army said").
STATE_BODY_SPEAKS = re.compile(r"(?:\s+(?:on\s+)?\w+day)?\s+(?:said|says|reported|announced|stated|confirmed|added)\b", re.I)


# What may stand between a named actor and a generic noun of its own phrase: nothing, or words of its institution.
OWNER_TO_NOUN = re.compile(
    r"(?:['’]s)?(?:\s+(?:army|military|security|government|police|defen[cs]e|border|intelligence|health|foreign|interior|local|senior|"
    r"top|district|provincial|regional|federal|state|navy|naval|air\s+force|armed|special|elite|paramilitary|allied|rebel|militia))*\s*",
    re.I,
)


def _add_mentions(view: SentenceView, nouns: tuple[tuple[re.Pattern[str], str], ...]) -> None:
    """Generic nouns as mentions of the side they can only mean, unless a named actor already says whose."""
    added: list[ActorMention] = []
    for pattern, code in nouns:
        for match in pattern.finditer(view.text):
            if any(a.start < match.end() and match.start() < a.end for a in view.actors):
                continue
            if any(a.end <= match.start() and OWNER_TO_NOUN.fullmatch(view.text, a.end, match.start()) for a in view.actors):
                continue  # "al Shabaab militants", "Somali soldiers", "Indian army officials": the named actor already says whose
            added.append(ActorMention(match.start(), match.end(), code, "generic", match.group()))
    if added:
        view.actors = sorted([*view.actors, *added], key=lambda a: a.start)


# '..." he said.', '...," the ministry added.': a sentence that ends by crediting its quotation.
# The credit may end with its occasion: '," he wrote on Telegram.', '," she said in a statement.'
CREDITED_QUOTE = re.compile(r"[”\"]\s*,?\s*[^“”\"]{1,90}?\b(?:said|says|added|adds|stated|told\s+[^“”\".]{1,40}|wrote|continued)"
                            r"(?:\s+(?:on|in|to|at|during|via|from|after|late|earlier|later)\b[^“”\".]{0,50})?\.\s*$")
# A quotation credited to a pronoun or a title: the speaker the text named last ('," he said.', '," the spokesman added.').
PRONOUN_CREDIT = re.compile(
    r"\s*,?\s*(?:he|she|it|the\s+(?:spokesman|spokeswoman|spokesperson|general|minister|commander|official|"
    # an institution named by its noun alone, the one the text has named speaking ('...," the ministry said in a statement.')
    r"(?:(?:defen[cs]e|foreign|interior)\s+)?ministry|army|military|air\s+force|navy|general\s+staff|statement|"
    r"(?:army|military|ministry)['’]s\s+(?:spokes(?:man|woman|person)|press\s+service)))\s+(?:said|added|told|stated|continued|noted|says|adds|wrote)\b", re.I)
QUOTE_ONLY = re.compile(r"\s*[“\"][^“”\"]+[”\"]\s*")
PREVIOUS_SPEAKER = "@previous"


def _quote_speakers(views: list[SentenceView]) -> dict[int, str | None]:
    """For sentences inside a quotation that spans several sentences, the speaker named where it closes; for a
    quotation that goes on after '..., he said.' in the same paragraph with no speaker of its own, the speaker
    just credited (PREVIOUS_SPEAKER, resolved to the last claimant when the sentence is read)."""
    speakers: dict[int, str | None] = {}
    open_group: list[int] = []
    credited: SentenceView | None = None  # the sentence before, when it ended by crediting a quotation
    introduced = False  # inside a quotation a speaker opened in an earlier sentence ('The minister said: “... .')
    introduced_in = -1  # the paragraph of that quotation
    for view in views:
        # closing marks: every curly one, and the straight ones but the one opening the sentence ('"We will respond," he said.')
        closed = view.text.count("”") + view.text.count('"') - (1 if view.text.lstrip().startswith('"') else 0)
        continues = credited is not None and credited.paragraph == view.paragraph and credited.index == view.index - 1
        if introduced and not open_group and view.paragraph == introduced_in:
            speakers[view.index] = PREVIOUS_SPEAKER  # the quotation's later sentences are its speaker's
            introduced = not closed and not view.text.lstrip().startswith(("“", '"'))
            credited = None
            continue
        introduced = False
        if SPEAKER_OPENS_QUOTATION.search(view.text):
            introduced, introduced_in = True, view.paragraph  # 'The minister said: “This is aggression.' ... the quotation runs on
        if view.text.lstrip()[:1] in "“\"" and closed == 0:
            open_group = [view.index]
            credited = credited if continues else None
            continue
        if view.text.lstrip()[:1] in "“\"" and QUOTE_ONLY.fullmatch(view.text) and (continues or credited is not None and credited.index == view.index - 1):
            # '..., he said. “We also seized their guns.”', also as a paragraph of its own after the credited one
            speakers[view.index] = PREVIOUS_SPEAKER
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
                elif speaker is None and PRONOUN_CREDIT.match(view.text, closing + 1):
                    code = PREVIOUS_SPEAKER  # '"... over the day. In addition, ...," he said.': the speaker named last
                for index in open_group:
                    speakers[index] = code
                open_group = []
        credited = view if CREDITED_QUOTE.search(view.text) else None
    _colon_statements(views, speakers)
    _statement_document(views, speakers)
    return speakers


# A reporting verb, then a quotation that the sentence does not close ('The ministry said: “We will respond.').
SPEAKER_OPENS_QUOTATION = prefiltered(re.compile(
    r"\b(?:said|says|stated|states|added|adds|declared|warned|wrote|tweeted|posted|told\s+[^“”\".]{1,40}?)\s*[:,]?\s*(?:“[^“”]*|\"[^\"]*)$", re.I
))


# A sentence that introduces a statement after a colon ("The ministry said in its daily briefing:").
STATEMENT_COLON = re.compile(r"\b(?:said|says|stated|states|reported|reports|announced|announces|added|claimed|wrote|posted|according\s+to)\b[^.!?]{0,80}:\s*$", re.I)
# Sources outside the registry introducing what follows ("Witnesses said:"): their lines keep no claimant.
OUTSIDE_COLON_SOURCE = re.compile(r"\b(?:witnesses|residents|locals|sources?|media|activists|doctors|medics|villagers|survivors|analysts|observers|anonymity|unnamed)\b", re.I)
# How many sentences a statement introduced by a colon may run to.
COLON_STATEMENT_SENTENCES = 12


def _colon_statements(views: list[SentenceView], speakers: dict[int, str | None]) -> None:
    """Sentences after "X said:" with no reporting words of their own are X's (a bulletin's items), up to the
    next sentence that names a source, a quotation, or COLON_STATEMENT_SENTENCES sentences."""
    run = 0
    for view in views:
        if STATEMENT_COLON.search(view.text):
            run = 0 if OUTSIDE_COLON_SOURCE.search(view.text) else COLON_STATEMENT_SENTENCES
            continue
        if run == 0:
            continue
        if REPORTED_BEFORE.search(view.text) or view.index in speakers or re.search(r"[“”\"]", view.text):
            run = 0
            continue
        speakers[view.index] = PREVIOUS_SPEAKER
        run -= 1


# A headline naming the text as an institution's own statement ("Statement of the Ministry of Foreign Affairs on ...",
# "Press release by the Ministry of Defence", "Ministry of Defence of the Russian Federation: summary of ...").
STATEMENT_DOCUMENT = re.compile(
    r"^\s*(?:(?:joint\s+)?statement|press\s+release|communiqu[eé]|declaration|(?:daily\s+)?(?:summary|briefing|bulletin))\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:ministry|ministries|office|presidency|government|general\s+staff|command|council|commission|mission)\b"
    r"|^\s*(?:[A-Z][\w'’-]*\s+){0,3}(?:ministry|office|presidency|government|general\s+staff|command)\b[^:.]{0,60}:\s*"
    r"(?:(?:joint\s+)?statement|press\s+release|communiqu[eé]|declaration|(?:daily\s+)?(?:summary|briefing|bulletin|report))\b", re.I)


def _statement_document(views: list[SentenceView], speakers: dict[int, str | None]) -> None:
    """The sentences of an institution's own statement, under a headline that says so, are its words until another source is
    quoted: they speak with the voice that the statement's first reported sentence gives (PREVIOUS_SPEAKER)."""
    if not views or STATEMENT_DOCUMENT.match(views[0].text) is None:
        return
    for view in views[1:]:
        if view.index in speakers:
            continue
        if REPORTED_BEFORE.search(view.text) or re.search(r"[“”\"]", view.text):
            return  # another source quoted, or a quotation: the statement's own words end
        speakers[view.index] = PREVIOUS_SPEAKER


def _parts_of_tally(claims: list[Claim], tally_index: int) -> None:
    for index, claim in enumerate(claims):
        if index != tally_index and claim.type == "casualty" and claim.outcome == "killed" and claim.part_of is None and not claim.cumulative and claim.stance == "assert":
            claim.part_of = tally_index


def _earlier_total(claims: list[Claim], part: Claim) -> int | None:
    """The index of the last total of the same outcome before `part` that can hold it, or None."""
    low = part.count[0] if part.count else None
    for index in range(len(claims) - 1, -1, -1):
        claim = claims[index]
        if claim is part or claim.type != "casualty" or claim.outcome != part.outcome or claim.part_of is not None:
            continue
        if claim.count is not None and claim.count[0] is not None and low is not None and claim.count[0] >= low:
            return index
    return None


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
