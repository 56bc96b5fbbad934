"""Resolution: a draft claim, with what attribution found for it, becomes the claims it states.

The shared part is here once: subjects relative to the claimant (its adversary, an agent's adversary), the
date, the place and the building of the Claim. Each claim type's own rules are one resolver below
(`resolve_casualty`, `resolve_materiel`, `resolve_attack`, `resolve_statement`), chosen by the draft's
type in `RESOLVERS`; territory, support and mobilisation have no rules of their own. Resolvers read and
update the document state (the last victim, the last attacker); they find nothing in the text themselves.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from counterclaim.data.actors import ActorRegistry, ConflictProfile
from counterclaim.extract.attack import WEAPON_BEFORE
from counterclaim.extract.attackers import attack_weapons, weapon_anaphor
from counterclaim.extract.attribution import ACCORDING_TO, ANONYMOUS, REPORTING
from counterclaim.extract.dates import (
    ELSEWHEN,
    SAME_DAY,
    DateMention,
    in_span_of_days,
    inherited_date,
    opens_window,
    sentence_date,
    statement_dates,
)
from counterclaim.extract.document_state import DocumentState
from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.lexicon import GROUP_FIGHTERS, STATE_FIGHTERS
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.materiel import GROUP_SIDE, STATE_SIDE
from counterclaim.extract.places import PlaceMention
from counterclaim.extract.sides import frame_adversary
from counterclaim.extract.statement import sentence_subject, speakers_of_each_other
from counterclaim.records import Claim


@dataclass(frozen=True)
class AttributedDraft:
    """A draft with what attribution found for it: what resolution starts from."""

    view: SentenceView  # the sentence the draft is in
    draft: DraftClaim
    claimant: str | None  # who asserts the claim, from the draft's clause, a reporting anchor or the quotation's speaker
    stance: str  # "assert" or "deny"
    hedged: bool  # the sentence hedges ("reportedly", "may have")
    evidence: str | None  # the kind of evidence the sentence cites
    dates: list[DateMention]  # every date the sentence names
    place: PlaceMention | None  # the place named nearest the draft, else the scene of its paragraph


def resolve(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """The claims a draft states: none, one, or one per party (mutual accusations, several claimants)."""
    claims = RESOLVERS[found.draft.type](found, state, registry)
    if found.draft.stance == "deny" and found.draft.subject is None and "resolved_subject" in found.draft.notes:
        # a denial of a claim told before denies that claim, whose subject it keeps (null for a whole war's toll)
        claims = [claim.model_copy(update={"subject": found.draft.notes["resolved_subject"] or None}) for claim in claims]
    if found.draft.type in JOINTLY_CLAIMED_TYPES and len(claims) == 1:
        # "Armenia and Azerbaijan both reported 15 soldiers killed": one claim per claimant (GOLD_FORMAT)
        for other in co_claimants(found.view, claims[0].claimant):
            own = RESOLVERS[found.draft.type](replace(found, claimant=other), state, registry) \
                if found.draft.subject in (SUBJECT_IS_CLAIMANT, SUBJECT_IS_CLAIMANT_ADVERSARY) else []
            # "Both Armenia and Azerbaijan said 15 of their soldiers were killed": each claimant's own soldiers
            claims.append(own[0] if len(own) == 1 else claims[0].model_copy(update={"claimant": other}))
    profile = state.profile
    mutual = profile is not None and len(profile.sides) == 2 and OTHER_SIDE.search(found.view.text) is not None
    if (mutual and found.draft.type in ("casualty", "materiel") and len(claims) == 1 and claims[0].claimant is None and claims[0].subject is None
            and BOTH_SIDES_SAID.search(found.view.text)):
        # "each side claimed to have inflicted heavy losses on the other": each side claims the other's losses
        claims = [claims[0].model_copy(update={"claimant": side, "subject": registry.adversary(side, profile)}) for side in profile.sides]
    elif mutual and found.draft.type in ("casualty", "materiel") and (found.draft.subject is None or found.draft.subject.startswith("@")):
        for claim in claims:
            if claim.claimant in profile.sides:
                claim.subject = registry.adversary(claim.claimant, profile)  # "India and Pakistan each said they had shot down the other's drones"
    if (found.draft.type in ("attack", "territory", "support") and len(claims) == 1 and claims[0].claimant is None and profile is not None
            and len(profile.sides) == 2 and BOTH_SIDES_SAID.search(found.view.text)):
        # "..., leaving one soldier dead, officials from both countries said": one claim per claimant (GOLD_FORMAT)
        claims = []
        for side in profile.sides:
            own = RESOLVERS[found.draft.type](replace(found, claimant=side), state, registry)
            claims.extend(own[:1])
    return claims


# The other party named by each of two speakers: "inflicted losses on the other", "the other's drones", "each other's".
OTHER_SIDE = prefiltered(re.compile(r"\b(?:on\s+the\s+other(?:\s+side)?|the\s+other(?:\s+side)?['’]s|each\s+other['’]s|one\s+another['’]s)", re.I))
# Both parties of a two-sided war reporting one thing ("officials from both countries said", "both sides reported").
BOTH_SIDES_SAID = re.compile(
    r"\b(?:(?:officials|authorities|militaries|armies|governments)\s+(?:from|of|on|in)\s+both\s+(?:sides|countries|nations)|both\s+(?:sides|countries|nations|armies|militaries|governments)"
    r"|each\s+side)\s+(?:have\s+|had\s+|has\s+)?(?:said|say|says|reported|report|reports|claimed|claim|claims|confirmed|announced)\b", re.I)


# Types whose one draft reported by coordinated claimants is one claim per claimant here; statements do it in their
# finder (each listed speaker is a statement).
JOINTLY_CLAIMED_TYPES = ("attack", "casualty", "materiel", "territory", "support")


# --- Shared by every claim type ---

# "said on Monday": the day of a statement, used for its claims only when no other date is given.
STATEMENT_DATE = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|claimed|confirmed)\s+(?:on\s+|late\s+|early\s+)?$", re.I)
# "now", "to date": a running total as of the publication day.
NOW = re.compile(r"\b(?:now|currently|to\s+date|as\s+of\s+today)\b", re.I)
# How far into a text its lead event's date reaches: later sentences turn to background, other incidents and
# roundups, whose claims keep no date unless they give one (GOLD_FORMAT: roundup items keep null).
LEAD_REACH = 9
# How many sentences on a day given in a paragraph reaches the claims after it that give none.
PARAGRAPH_REACH = 2
# Claim types whose cumulative counts are running totals, dated to the day they were given.
RUNNING_TOTAL_TYPES = ("casualty", "materiel", "territory")


def claimant_relative_subject(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> str | None:
    """The draft's subject with the markers relative to the claimant or an agent resolved: the claimant
    itself, the claimant's adversary, an agent's adversary (in the war profile, else in the document's frame)."""
    draft, claimant, profile = found.draft, found.claimant, state.profile
    adversary = registry.adversary
    subject = draft.subject
    # armed men and equipment belong to the frame's other party; civilians to where they live (resolve_casualty)
    frame = state.fighters if draft.type == "materiel" or draft.category == "military" else None
    if subject == SUBJECT_IS_CLAIMANT:
        return claimant
    if subject == SUBJECT_IS_CLAIMANT_ADVERSARY:
        subject = (adversary(claimant, profile) or frame_adversary(claimant, frame) or _enemy_in_its_own_war(claimant, profile, registry)) if claimant else None
    elif subject is not None and subject.startswith(SUBJECT_IS_ADVERSARY_OF):
        agent = subject[len(SUBJECT_IS_ADVERSARY_OF) :]
        subject = adversary(agent, profile) or frame_adversary(agent, frame) or _enemy_in_its_own_war(agent, profile, registry)
    else:
        return subject
    return _ally_where_it_happened(subject, found.place, profile, registry) if draft.type in ("casualty", "materiel") else subject


def _enemy_in_its_own_war(code: str, profile: ConflictProfile | None, registry: ActorRegistry) -> str | None:
    """The enemy of an armed group that the document's war leaves out, in the war the registry knows it for (a text
    read as Pakistan's war with the TTP that tells of the BLA blowing up an army truck: Pakistan's truck)."""
    if profile is None or code in profile.members() or getattr(registry.actor(code), "kind", None) != "group":
        return None
    return registry.adversary(code, None)


def _opposing_sides_named(view: SentenceView, profile: ConflictProfile | None, registry: ActorRegistry) -> bool:
    """Whether the sentence names two sides of a fight together ("Thai and Cambodian troops clash ...; death toll rises to
    32", "fighting between Thailand and Cambodia"): a toll there may count either side's dead."""
    named = [a for a in view.actors if a.role != "generic"]
    for first, second in itertools.pairwise(named):
        if first.code == second.code or not re.fullmatch(r"(?:['’]s)?\s+and\s+(?:the\s+)?", view.text[first.end : second.start]):
            continue
        if profile is not None and registry.side_of(first.code, profile) == registry.side_of(second.code, profile) is not None:
            continue  # "Mali's army and Wagner fighters": one side
        return True
    return False


def _ally_where_it_happened(subject: str | None, place: PlaceMention | None, profile: ConflictProfile | None, registry: ActorRegistry) -> str | None:
    """The enemy side an agent's loss falls on, taken as the ally of that side whose country it happened in: al-Shabaab
    killing police officers in Mandera kills Kenya's, not Somalia's, Kenya being on Somalia's side."""
    where = place.country if place is not None else None
    if (subject is None or profile is None or where is None or where == subject
            or getattr(registry.actor(where), "kind", None) != "state" or getattr(registry.actor(subject), "kind", None) != "state"):
        return subject
    return where if registry.side_of(where, profile) == registry.side_of(subject, profile) else subject


def claim_date(found: AttributedDraft, claimant: str | None, state: DocumentState) -> dt.date | None:
    """The day of the claim: the event date nearest the draft, else the paragraph's scene; the day the report
    was given for a day relative to the report; the day a running total was given."""
    view, draft, dates = found.view, found.draft, found.dates
    if draft.notes.get("whole_war"):
        return _day_of_war(view.text, draft, dates)
    if draft.notes.get("habitual"):
        return None  # "al-Shabaab frequently carries out such attacks": attacks of no one day (GOLD_FORMAT)
    date = sentence_date(view.text, draft.start, dates, draft.type == "statement", draft.cumulative) or state.scene_date
    if date is None and not dates and SAME_DAY.search(view.text):
        # "Earlier in the day, jets struck ...": the day a sentence just before named, else the day of the news (GOLD_FORMAT)
        recent = state.last_day[1] if state.last_day and view.index - state.last_day[0] <= PARAGRAPH_REACH else None
        return recent or state.first_day
    if date is None and any(opens_window(view.text, m) or in_span_of_days(view.text, m, dates) for m in dates if m.start <= draft.start):
        return None  # "Between 14 and 20 May, 512 people were killed": the sentence's own window, no day of another's (GOLD_FORMAT)
    if date is None and not draft.cumulative and draft.type not in ("statement", "support"):  # backing runs over time, not on the day
        near = state.paragraph_date[1] if state.paragraph_date and view.index - state.paragraph_date[0] <= PARAGRAPH_REACH else None
        date = inherited_date(view.text, near or (state.lead_date if view.index < LEAD_REACH else None))
        spoken = statement_dates(view.text, dates)
        if date is not None and spoken and date > spoken[0].date:
            date = None  # "the army said on Wednesday it had retaken ...": told before the day the text leads with, so another event
    if date is None and draft.cumulative and draft.type in RUNNING_TOTAL_TYPES:
        # a running total is as of the day of the statement giving it (GOLD_FORMAT): "now" is the publication
        # day; else the day the same claimant was said to speak, in this sentence or before it
        if NOW.search(view.text):
            date = state.published
        elif state.statement_day is not None and state.statement_day[0] == claimant:
            date = state.statement_day[1]
    return date


# The words between a war's noun and the day it began: "the invasion of Ukraine on Feb. 24", "launched an incursion on Tuesday".
WAR_DAY_BETWEEN = re.compile(r"(?:\s+(?:of|into|on|against|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?\s*(?:on|in)\s+(?:(?:late|early)\s+)?", re.I)


def _day_of_war(text: str, draft: DraftClaim, dates: list[DateMention]) -> dt.date | None:
    """The day of a whole war told as one side's act ("Russia's invasion", "amid Israel's war on Gaza"): only a day
    the sentence ties to its start ("the invasion on Feb. 24"); the days of the events it frames, the lead event's and a
    photo's are not the war's (GOLD_FORMAT)."""
    for mention in dates:
        if mention.start >= draft.end and WAR_DAY_BETWEEN.fullmatch(text[draft.end : mention.start]) and not opens_window(text, mention):
            return mention.date
    return None


def build_claim(found: AttributedDraft, subject: str | None, claimant: str | None, outcome: str | None, state: DocumentState) -> Claim:
    """The Claim of a resolved draft: its subject, claimant and outcome as the resolver left them, its date
    and place, and its spans in the cleaned text."""
    view, draft, place = found.view, found.draft, found.place
    date = claim_date(found, claimant, state)
    obj = draft.object
    if obj == SUBJECT_IS_CLAIMANT:
        obj = claimant  # "X fought alongside the army": the speaker's side, once known
    elif obj is not None and obj.startswith("@"):
        obj = None  # a marker left unresolved names no actor
    return Claim(
        type=draft.type,  # type: ignore[arg-type]
        subject=subject,
        object=obj if obj != subject else None,
        outcome=outcome,
        category=draft.category,
        count=draft.count,
        cumulative=draft.cumulative,
        claimant=claimant,
        stance="deny" if found.stance == "deny" else "assert",
        hedged=found.hedged,
        evidence=found.evidence,  # type: ignore[arg-type]
        date=date,
        place=place.name if place else None,
        coordinates=(place.latitude, place.longitude) if place and place.latitude is not None and place.longitude is not None else None,
        span=(view.offset + draft.start, view.offset + max(draft.end, draft.start + 1)),
        sentence_span=(view.offset, view.offset + len(view.text)),
    )


def own_loss_when_denied(found: AttributedDraft, subject: str | None) -> str | None:
    """A denied loss is the denier's own ("we lost no tanks"), not its adversary's."""
    if found.stance == "deny" and found.draft.subject == SUBJECT_IS_CLAIMANT_ADVERSARY:
        return found.claimant
    return subject


def resolve_by_shared_rules(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """Claim types with no rules of their own (support, mobilisation)."""
    return [build_claim(found, claimant_relative_subject(found, state, registry), found.claimant, found.draft.outcome, state)]


# "Liberating" ground is retaking it only for the side whose country it is; anyone else's liberation is a capture.
LIBERATION = re.compile(r"(?i)liberat")


def resolve_territory(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """Who lost the ground: the claimant-relative subject, else the state whose base or post it was; a
    liberation of ground in a country by anyone but that country's side is ground lost, not retaken."""
    subject = claimant_relative_subject(found, state, registry)
    if subject is None and found.draft.notes.get("side") == STATE_SIDE:
        subject = _side_of_war(True, state, registry)  # "gunmen stormed the army base and occupied it": the state's ground
    if subject is None and found.draft.object is not None:
        # "Ukrainian troops withdrew from the town", "the town fell to Wagner": no loser named, the gainer's adversary lost it
        subject = registry.adversary(found.draft.object, state.profile) or frame_adversary(found.draft.object, state.fighters)
    if (subject is None and found.draft.object is None and not found.draft.notes.get("loser_verb")
            and IRREGULARS_BEFORE.search(found.view.text, 0, found.draft.start)):
        # "insurgents stormed the outpost and occupied it": unnamed, still the state's loss; not "the rebels withdrew from
        # the town", where the irregulars gave it up
        subject = _side_of_war(True, state, registry)
    owner = found.place.country if found.place is not None else None
    gainer = getattr(registry.actor(found.draft.object), "kind", None) if found.draft.object is not None else None
    if (gainer == "group" and owner is not None and owner != found.draft.object and subject != owner
            and getattr(registry.actor(owner), "kind", None) == "state"
            and (subject is None or (getattr(registry.actor(subject), "kind", None) == "state"
                                    and (found.draft.subject is None or found.draft.subject.startswith("@"))))):
        # "the M23 captured Kanyabayonga", "the Houthis, who control much of northern Yemen": an armed group's gain in a
        # country is that country's loss, not that of a foreign enemy of the group in another war
        subject = owner
    claim = build_claim(found, subject, found.claimant, found.draft.outcome, state)
    view, draft = found.view, found.draft
    if (claim.outcome == "retaken" and owner is not None and LIBERATION.match(draft.notes.get("verb") or view.text[draft.start : draft.end])
            and (claim.subject == owner or claim.object not in (None, owner))):
        claim = claim.model_copy(update={"outcome": "lost"})  # "Russian forces liberated a village in Donetsk": Ukraine lost it
    return [claim]


# --- Casualties ---

# A war, not a party, as the killer: "the conflict has killed", "an insurgency that has claimed more than 2,000 lives".
WHOLE_WAR_TOLL = re.compile(
    r"\b(?:conflict|war|insurgency|violence|fighting|hostilities|rebellion|unrest|civil\s+war|uprising)s?\b"
    # "the war between the army and the RSF, which erupted in April 2023, has killed"
    r"(?:\s+(?:between|in|against|with)\s+[^,.;]{1,60}?)?(?:,\s+(?:which|that)\s+[^,.;]{1,80},)?"
    r"(?:,?\s+(?:which|that))?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left|cost)\b",
    re.I,
)
# A war told in the past as the killer, with no auxiliary: "the two-year war in Tigray killed", "a war against the
# TPLF that killed as many as 600,000" (not "fighting killed 12": one battle's toll is its place's people).
WHOLE_WAR_PAST_TOLL = re.compile(
    r"\b(?:conflict|war|insurgency|civil\s+war)s?\b"
    r"(?:\s+(?:between|in|against|with|on)\s+[^,.;]{1,60}?)?(?:,\s+(?:which|that)\s+[^,.;]{1,80},)?"
    r"(?:,?\s+(?:which|that))?\s+(?:killed|claimed)\s+(?:the\s+lives\s+of\s+)?(?:an\s+estimated\s+|at\s+least\s+|as\s+many\s+as\s+|up\s+to\s+|about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|hundreds\s+of\s+|tens\s+of\s+)?[\d,.]*\s*(?:hundreds?|thousands?|millions?)?",
    re.I,
)
# The dead of a whole war, told after their count: "600,000 people have died in the Tigray war", "have been killed in
# the conflict since 2011" (not one battle's: "died in the fighting in Bakhmut").
WHOLE_WAR_DEAD = re.compile(
    r"(?:\s+(?:have|has)\s+(?:so\s+far\s+|now\s+)?(?:died|been\s+killed|perished|lost\s+their\s+lives))?\s+(?:in|during|since\s+the\s+start\s+of)\s+"
    r"(?:the|this|a)\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict|insurgency|civil\s+war)s?\b(?!\s+(?:zone|region|area)\b)", re.I)
# A war named in a sentence: a running total there may count every side's dead.
WAR_NAMED = re.compile(r"\b(?:conflict|war|insurgency|hostilities|rebellion|civil\s+war|uprising|invasion|offensive|campaign)s?\b", re.I)
# People nouns that name one kind of party: in a war between a state and an armed group, "rebels" are
# the group's and "soldiers" the state's (lexicon.GROUP_FIGHTERS, lexicon.STATE_FIGHTERS).




def resolve_casualty(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """Whose the dead and wounded are: the claimant-relative subject, else the claimant's own or where they
    live, else the side a role noun names, the last victims, the home state; civilians never an armed group's."""
    view, draft, claimant, place, profile = found.view, found.draft, found.claimant, found.place, state.profile
    adversary = registry.adversary
    subject = claimant_relative_subject(found, state, registry)
    if subject is None and claimant is None and draft.notes.get("loser") == "unnamed" and state.last_claimant and not _own_speaker(view):
        # a tally's personnel line with no side and no speaker of its own, after a side was quoted: sides publish
        # the losses they inflict, so the dead are the quoted side's adversary's (as for the tally's equipment)
        subject = adversary(state.last_claimant, profile) or frame_adversary(state.last_claimant, state.fighters)
        claimant = state.last_claimant if subject is not None else None
        found = replace(found, claimant=claimant)
    if (draft.category == "unknown" and draft.notes.get("head") in GROUP_MEMBER_HEADS and draft.subject == SUBJECT_IS_CLAIMANT
            and getattr(registry.actor(subject), "kind", None) == "group"):
        # "Hezbollah said two of its members were killed": an armed group's own members are its fighters, as
        # when it is named inside the phrase ("two Hezbollah members")
        draft = replace(draft, category="military")
        found = replace(found, draft=draft)
    if draft.notes.get("both_sides") and draft.subject is None:
        return [build_claim(found, None, claimant, draft.outcome, state)]  # "35 fighters from both sides were killed": no one side's
    told = _toll_told_before(draft, view, state)
    if told is not None:
        # "71 soldiers were killed ... the attack, killing 71, injuring 122": the figure alone tells the same toll again,
        # its people those named before, and the figure elided after it counts the same people
        draft = replace(draft, category=told[0])
        found = replace(found, draft=draft)
        subject = subject or told[1]
    if subject is None and draft.notes.get("side") in (STATE_SIDE, GROUP_SIDE):
        subject = _side_of_war(draft.notes["side"] == STATE_SIDE, state, registry)  # "those killed on the government side"
    if (draft.category in ("civilian", "unknown") and draft.subject is not None and draft.subject.startswith("@")
            and place is not None and _outside_profile(place.country, profile, registry)):
        # "US strikes in Iraq killed 16 people" under a war profile that Iraq is no party to: people take the
        # code of where they live, not of the attacker's adversary in another war
        subject = place.country
    attackers = [code for code, paragraph in ((state.last_attacker, state.last_attacker_paragraph), state.last_harm_by or (None, -1))
                 if code is not None and paragraph == view.paragraph and code != claimant and getattr(registry.actor(code), "kind", None) == "group"]
    # "Pakistani forces attacked its posts and its fighters killed 19 of the attackers": the attacker this sentence names
    attackers = [code for code in state.sentence_attackers if code != claimant][:1] + attackers
    if draft.notes.get("head") in ATTACKER_NOUNS and (draft.subject is None or draft.subject.startswith(SUBJECT_IS_ADVERSARY_OF)) and attackers:
        subject = attackers[0]  # "troops killed one of the attackers": the armed group whose attack was just told
    if draft.object is not None and getattr(registry.actor(draft.object), "kind", None) == "group" and found.stance == "assert":
        state.last_harm_by = (draft.object, view.paragraph)
    subject = own_loss_when_denied(found, subject)
    if (draft.category == "unknown" and (draft.subject is None or draft.subject.startswith(SUBJECT_IS_ADVERSARY_OF))
            and (WHOLE_WAR_TOLL.search(view.text[max(0, draft.start - 160) : draft.end]) is not None
                 or WHOLE_WAR_PAST_TOLL.search(view.text[max(0, draft.start - 160) : draft.end]) is not None
                 or WHOLE_WAR_DEAD.match(view.text, draft.end) is not None)):
        # "the conflict has killed 40,000 people", "the war between the army and the RSF, which erupted in
        # 2023, has killed": a toll of all sides has no subject (GOLD_FORMAT), whoever the war's description names
        # a whole war's toll runs from its start: a running total (GOLD_FORMAT "has killed more than 38,000")
        found = replace(found, draft=replace(draft, cumulative=True))
        return [build_claim(found, None, claimant, draft.outcome, state)]
    if subject is None and draft.notes.get("denied_toll") and state.last_victim is not None:
        subject = state.last_victim  # "the military said the death toll was inflated": the toll of the victims told before
    if subject is None:
        claimant_kind = getattr(registry.actor(claimant), "kind", None) if claimant else None
        if place is not None and draft.category == "civilian" and claimant_kind == "group":
            subject = place.country  # civilians take the code of where they live, not of an armed group reporting them
        elif claimant_kind in ("state", "group", "authority") and (draft.object is None and draft.category != "military" or draft.count == (0, 0)):
            subject = claimant
            where = place.country if place is not None else None
            if claimant is not None and claimant_kind == "state" and draft.category in ("civilian", "unknown") and _foreign_state(where, claimant, profile, registry):
                subject = where  # "Turkey said the strikes on Idlib killed 60 civilians": Syria's, where they live
            elif (claimant_kind == "state" and draft.category == "civilian" and where is not None and where != claimant
                  and getattr(registry.actor(where), "kind", None) == "state"):
                subject = where  # AFRICOM: "no civilians were harmed in the strike near Jilib": Somalia's, an ally's or not
            elif (claimant_kind == "state" and draft.category == "civilian" and where is None and state.home_state not in (None, claimant)
                  and profile is not None and claimant not in profile.countries):
                subject = state.home_state  # AFRICOM: "No civilians were injured or killed": Somalia's, where the strike was
        elif place is not None and draft.category in ("civilian", "unknown") and not (draft.cumulative and _opposing_sides_named(view, profile, registry)):
            subject = place.country
        elif claimant_kind == "state" and draft.category in ("civilian", "unknown") and draft.object is not None and (
                claimant == adversary(draft.object, profile)
                or claimant in state.war_countries and claimant != draft.object
                and registry.side_of(claimant, profile) != registry.side_of(draft.object, profile)):
            # "India reports 13 civilians killed by Pakistani shelling": its own people; "the Lebanese health ministry
            # said three people were killed in the Israeli strikes": a country the war is fought in counts its own
            subject = claimant
    if subject is None and draft.notes.get("denied_toll"):
        subject = state.last_victim
    if (subject is None and draft.subject is None and draft.category == "military" and draft.notes.get("head") in STATE_FIGHTERS
            and claimant is not None and claimant != draft.object and getattr(registry.actor(claimant), "kind", None) == "state"):
        subject = claimant  # "Kenyan police said 12 officers were killed by al-Shabaab": a state's report of its own forces
        if draft.notes.get("active") and draft.object is None:
            # "the ministry said it had struck a command post, killing 60 servicemen": the killer is a pronoun for the
            # speaker, and the dead are its enemy's
            subject = adversary(claimant, profile) or frame_adversary(claimant, state.fighters)
    if subject is None:
        subject = _side_by_role_noun(draft.notes.get("head"), state.fighters)
    head = draft.notes.get("head")
    if subject is None and draft.object is None and state.last_victim_paragraph == view.paragraph:
        subject = _other_side_when_opposite(state.last_victim, head, state.last_victim_head.get(""), state, registry)
    if subject is None and draft.object is None and draft.category == "military":
        subject = _other_side_when_opposite(state.last_victim_by_category.get(draft.category), head,
                                            state.last_victim_head.get(draft.category), state, registry)
    if (draft.subject is None and head in GROUP_FIGHTERS and getattr(registry.actor(subject), "kind", None) == "state"
            and draft.notes.get("side") != STATE_SIDE):
        subject = None  # "57 militants were killed": an armed group's dead are no state's, whoever died before them
    if subject is None and draft.subject is None and head in STATE_FIGHTERS and draft.category == "military":
        subject = state.home_state  # "a police officer was injured": the forces of the state the text's places are in
    if (subject is None and draft.category in ("civilian", "unknown") and not (draft.cumulative and WAR_NAMED.search(view.text))
            and not (draft.cumulative and _opposing_sides_named(view, profile, registry))):
        # no place or side named: people live where the text's places are; a running total of a strike or a
        # town ("the number of dead rose to 14") too, but not one that counts a war, which may cover all sides
        subject = state.home_state
    if (subject is not None and draft.category in ("civilian", "unknown") and place is not None and place.country
            and not _named_in_phrase(draft, subject) and _lives_in_another_war_state(subject, place.country, profile, registry)):
        # "Ukrainian shelling killed two people in Horlivka": people of a town of the war's state, whoever
        # shelled it and whoever holds it (GOLD_FORMAT), not the shelling side's adversary
        subject = place.country
    if subject is None and draft.notes.get("conjunct_side"):
        subject = draft.notes["conjunct_side"]  # "killing at least 11 Thai civilians and a soldier": the first conjunct's nationality
    if subject is not None and draft.category in ("civilian", "unknown"):
        home = place.country if place is not None and place.country else state.home_state
        subject = _civilian_code(subject, profile, registry, home)
    if head in PEACEKEEPERS and (subject is None or getattr(registry.actor(subject), "kind", None) == "state"):
        # "two Indian peacekeepers", "a Ghanaian peacekeeper serving with UNIFIL": the mission's, not the
        # contributing state's (GOLD_FORMAT: UN with its missions and peacekeepers; AU with its missions)
        subject = "AU" if AU_MISSION.search(view.text) else "UN"
    if (claimant is not None and draft.object == claimant and found.stance == "assert" and draft.outcome in ("killed", "wounded", "captured")
            and getattr(registry.actor(claimant), "kind", None) == "group"):
        # "the BLA claimed to have killed 100 soldiers": a group claiming the harm it did claims the attack, and
        # names the unnamed attackers the text tells of later (GOLD_FORMAT)
        state.claimed_by.add(claimant)
    if draft.part_of is None and draft.count is not None and draft.category != "unknown" and not draft.notes.get("bare") and found.stance == "assert":
        state.tolls_told.setdefault((draft.outcome or "", draft.count), (draft.category, subject))
    if subject is not None and draft.part_of is None:
        state.last_victim, state.last_victim_paragraph = subject, view.paragraph
        state.last_victim_head[""] = head or ""
        if draft.category:
            state.last_victim_by_category[draft.category] = subject
            state.last_victim_head[draft.category] = head or ""
    return [build_claim(found, subject, claimant, draft.outcome, state)]


def _toll_told_before(draft: DraftClaim, view: SentenceView, state: DocumentState) -> tuple[str, str | None] | None:
    """The category and subject of a figure told alone that repeats a toll told before with its people, or that is
    elided after such a figure in the same sentence."""
    if draft.category != "unknown" or draft.part_of is not None or draft.count is None or draft.count[0] is None:
        return None
    if draft.notes.get("bare") == "own":
        told = state.tolls_told.get((draft.outcome or "", draft.count))
        if told is not None:
            state.toll_retold = (view.offset, *told)
        return told
    if draft.notes.get("bare") == "elided" and state.toll_retold is not None and state.toll_retold[0] == view.offset:
        return state.toll_retold[1], state.toll_retold[2]
    return None


# People nouns that count an organisation's members: an armed group's are its fighters.
GROUP_MEMBER_HEADS = frozenset({"members", "member", "operatives", "operative", "cadres", "cadre", "elements"})
# People named by the attack they made: the attacker of the attack told before them.
ATTACKER_NOUNS = frozenset({"attackers", "attacker", "assailants", "assailant", "raiders", "bomber", "bombers", "suicide bomber", "suicide bombers"})
# Authorities whose civilians take their code, not the state's (GOLD_FORMAT: NKR; Palestine is a state code).
CIVILIANS_OWN_AUTHORITIES = frozenset({"NKR"})
PEACEKEEPERS = frozenset({"peacekeeper", "peacekeepers", "blue helmets"})
AU_MISSION = re.compile(r"\b(?:African\s+Union|AU|AMISOM|ATMIS|AUSSOM|AMIS)\b")


def _named_in_phrase(draft: DraftClaim, subject: str) -> bool:
    """Whether the people phrase itself names the subject's state ("two Israelis", "three Ukrainian civilians"):
    then the people are that state's wherever they were hit, unlike people a side is inferred for."""
    return draft.subject == subject or bool(draft.notes.get("own_side"))  # "Cambodia said 13 people died on its side"


def _other_side_when_opposite(last: str | None, head: str | None, last_head: str | None, state: DocumentState,
                              registry: ActorRegistry) -> str | None:
    """The side of the last victims, or its adversary when they were the other kind of party ("11 militants were
    killed ... two soldiers were also killed": the soldiers are the militants' enemies, not their comrades)."""
    if last is None or head is None or not last_head:
        return last
    if (head in STATE_FIGHTERS and last_head in GROUP_FIGHTERS) or (head in GROUP_FIGHTERS and last_head in STATE_FIGHTERS):
        return registry.adversary(last, state.profile)
    return last


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


def _lives_in_another_war_state(code: str, where: str, profile: ConflictProfile | None, registry: ActorRegistry) -> bool:
    """True when people coded as state `code` are in a place of `where`, another state the war is fought in,
    and no authority that replaces the state for its people (NKR) stands on either side."""
    if profile is None or where == code or where not in profile.countries or code not in profile.members():
        return False
    if any(getattr(registry.actor(c), "kind", None) != "state" for c in (code, where)):
        return False
    sides = {registry.side_of(code, profile), registry.side_of(where, profile)}
    return not any(m in CIVILIANS_OWN_AUTHORITIES for side in sides if side for m in profile.sides.get(side, ()))


def _civilian_code(code: str, profile: ConflictProfile | None, registry: ActorRegistry, home: str | None = None) -> str:
    """Civilians belong to a state or authority, not to an armed group: the state or authority of the group's
    side (HAMAS -> PSE), else `home`, the state where they are (GOLD_FORMAT: civilians take the code of the
    state where they live, whoever holds the area)."""
    actor = registry.actor(code)
    if actor is not None and actor.kind == "authority" and code not in CIVILIANS_OWN_AUTHORITIES:
        # "hostages killed in Bosaso", "residents of Donetsk": a region's or breakaway authority's people are
        # the state's where they live; only the codebook's named authorities (NKR) replace it
        return home if home is not None and getattr(registry.actor(home), "kind", None) == "state" else code
    if actor is None or actor.kind != "group":
        return code
    if (profile is not None and home is not None and getattr(registry.actor(home), "kind", None) == "state"
            and home in profile.members() and registry.side_of(home, profile) != registry.side_of(code, profile)):
        return home  # villagers in Sagaing are Myanmar's, whoever claims to govern them from the other side
    for side, members in (profile.sides.items() if profile is not None else ()):
        if code == side or code in members:
            for member in members:
                member_actor = registry.actor(member)
                if member_actor is not None and member_actor.kind in ("state", "authority"):
                    return member
    if home is None and profile is not None and profile.countries and getattr(registry.actor(profile.countries[0]), "kind", None) == "state":
        return profile.countries[0]  # no place named: an armed group's civilians live in the war's main country (TPLF -> ETH)
    return home if home is not None and getattr(registry.actor(home), "kind", None) in ("state", "authority") else code


# --- Materiel ---


# An unnamed source tied to a side by its adjective: "a U.S. official", "two Israeli security sources", "a Russian officer".
SIDE_OF_SOURCE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:officials?|officers?|sources?|commanders?|diplomats?)\b", re.I)


def unnamed_sources_side(view: SentenceView) -> str | None:
    """The side an unnamed source of the sentence belongs to ("a U.S. official, speaking anonymously, said"): GOLD_FORMAT
    keeps the official's state as the subject of its own side's loss, with no claimant."""
    for actor in view.actors:
        if actor.role in ("adjective", "name", "demonym") and SIDE_OF_SOURCE.match(view.text, actor.end):
            return actor.code
    return None


def _own_speaker(view: SentenceView) -> bool:
    """Whether the sentence names an unnamed source of its own ("a U.S. official, speaking anonymously, confirmed that a
    drone had been lost"): its losses are told by that source, not by the side quoted before."""
    return ANONYMOUS.search(view.text) is not None and (REPORTING.search(view.text) is not None or ACCORDING_TO.search(view.text) is not None)


def resolve_materiel(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """Whose the lost equipment was: the claimant-relative subject, a denier's own, never its maker."""
    claimant, profile = found.claimant, state.profile
    subject = own_loss_when_denied(found, claimant_relative_subject(found, state, registry))
    launched = _launcher_told_before(found, state)
    if launched is not None:
        subject = launched  # "The Houthis fired a missile at Israel. Israel said it intercepted the missile": the Houthis'
    side = found.draft.notes.get("side")
    if side in (STATE_SIDE, GROUP_SIDE):
        # "a junta fighter jet", "rebel pickups": the state's or the armed group's, when the text's war says which
        subject = _side_of_war(side == STATE_SIDE, state, registry) or subject
    place = found.place
    if (subject is None and claimant is None and found.draft.subject == SUBJECT_IS_CLAIMANT_ADVERSARY
            and found.draft.outcome in ("destroyed", "damaged", "lost")):
        # "eight rockets were intercepted over Belgorod", told by no one: the weapons of whoever fights the
        # country they were downed over, else the adversary of the side the text last quoted (also "20 others were lost
        # to electronic warfare": the side jamming them is the one that speaks of them)
        if place is not None and place.country:
            subject = registry.adversary(place.country, profile)
        if subject is None and state.last_claimant:
            subject = registry.adversary(state.last_claimant, profile) or frame_adversary(state.last_claimant, state.fighters)
    if subject is None and claimant is None and found.draft.subject == SUBJECT_IS_CLAIMANT:
        subject = unnamed_sources_side(found.view)  # "a U.S. official confirmed that a drone had been lost": the U.S.'s
    if subject is None and claimant is None and found.draft.notes.get("loser") == "unnamed" and state.last_claimant and not _own_speaker(found.view):
        # a tally of losses with no owner and no speaker of its own, after a side was quoted ("Losses over the day:
        # 12 tanks, 30 drones"): sides publish the losses they inflict, so they are the quoted side's adversary's
        subject = registry.adversary(state.last_claimant, profile) or frame_adversary(state.last_claimant, state.fighters)
        claimant = state.last_claimant if subject is not None else None
    if (profile is not None and subject is not None and subject not in profile.members() and found.draft.notes.get("loser") != "agent"
            and not _fights_in_another_war(subject, claimant, found.draft.object, registry)):
        # "German tanks", "French-made AMX-10": the maker, not the side that lost them; the claimant's adversary, else
        # the adversary of the side that destroyed them ("Russian forces destroyed two British Challenger tanks")
        agent = found.draft.object
        subject = (registry.adversary(claimant, profile) if claimant else
                   registry.adversary(agent, profile) if agent and found.draft.outcome != "lost" else None)
    return [build_claim(found, subject, claimant, found.draft.outcome, state)]


def _launcher_told_before(found: AttributedDraft, state: DocumentState) -> str | None:
    """The owner of weapons shot down that the sentence names by a definite noun ("intercepted the missile", "the drones
    were downed"), when the text named who launched them and it is not the side that downed them: the launcher, not the
    usual enemy of the side that downed them (GOLD_FORMAT: missiles shot down are the launcher's)."""
    draft = found.draft
    if draft.outcome != "destroyed" or draft.subject is None or not (draft.subject == SUBJECT_IS_CLAIMANT_ADVERSARY
                                                                     or draft.subject.startswith(SUBJECT_IS_ADVERSARY_OF)):
        return None
    anaphor = weapon_anaphor(found.view.text, draft.start, draft.end)
    if anaphor is None:
        return None
    owner = _weapon_owner_before(state, *anaphor)
    shooter = draft.subject[len(SUBJECT_IS_ADVERSARY_OF) :] if draft.subject.startswith(SUBJECT_IS_ADVERSARY_OF) else found.claimant
    return owner if owner is not None and owner not in (shooter, draft.object) else None


def _weapon_owner_before(state: DocumentState, kind: str, antecedent: int) -> str | None:
    """The side named as owning weapons of `kind` before `antecedent` in the sentence, else the last one the text named."""
    owners = [owner for at, owned, owner in state.sentence_weapon_owners if owned == kind and at < antecedent]
    return owners[-1] if owners else state.weapon_owner.get(kind)


def _fights_in_another_war(owner: str, claimant: str | None, agent: str | None, registry: ActorRegistry) -> bool:
    """Whether the owner fights the claimant or the agent in some war the registry knows ("the Houthis shot down an
    American drone" in a text read as Yemen's war): then its adjective names the side that lost it, not a maker."""
    others = {code for code in (claimant, agent) if code and code != owner}
    return any(
        owner in p.members() and any(o in p.members() and registry.side_of(o, p) != registry.side_of(owner, p) for o in others)
        for p in registry.profiles
    )


def _side_of_war(state_side: bool, state: DocumentState, registry: ActorRegistry) -> str | None:
    """The state (or the armed group) of the document's war: its two fighters, else the home state for the state."""
    if state.fighters is not None:
        return state.fighters[0] if state_side else state.fighters[1]
    if state_side and state.home_state is not None and (state.profile is None or state.home_state in state.profile.members()):
        return state.home_state
    return None


# --- Attacks ---

# A time set apart from the text's event ("earlier this month", "the following day", "a week after"): an
# attack told there is another one, and its unnamed attacker is not the one named for the event; so is an
# attack another one answers ("strikes in retaliation for a drone attack").
ANOTHER_TIME = re.compile(ELSEWHEN + r"|\bin\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|\bto\s+avenge\b"
                          r"|\bin\s+(?:a\s+separate|another)\s+(?:incident|attack|development)\b|\bseparately\b"
                          # an event told as the one before it ("strikes on Yemen, hours after the group fired missiles", a headline's
                          # "India strikes Pakistan after Kashmir attack"): its attacker is not the one of the main clause
                          r"|\b(?:hours|days|weeks|minutes|moments|shortly|soon|a\s+day|a\s+week)\s+(?:after|before)\b"
                          r"|\b(?:after|following)\s+(?!(?:the|a|an|its|their|this|that|these|those|his|her)\b)(?:[\w'’-]+\s+){1,3}$"
                          # an attack noun right after "after" ("strikes militia after drone attack on base"): the one answered
                          r"|\b(?:after|following)\s+(?:an?\s+)?$", re.I)
# Weapons told by where they came from: "a rocket launched from Gaza", "shells fired from across the border".
FIRED_FROM = re.compile(r"\b(?:fired|launched)\s+from\b", re.I)
# An attack on another place than the one told ("killed in an attack on another army post"): another attack.
ANOTHER_TARGET = re.compile(r"(?:attacks?|raids?|assaults?|ambush(?:es)?|strikes?)\s+(?:on|against|in)\s+another\b", re.I)
# An attack told in another country than the text's ("In neighbouring Niger, a suicide bomber ..."): not the one claimed.
ANOTHER_COUNTRY = re.compile(r"\b(?:in|across)\s+(?:the\s+)?neighbou?ring\b", re.I)
# A sentence opening on the country it is set in: "In Burkina Faso, gunmen attacked ...", "Elsewhere in Niger, ...".
COUNTRY_FRAME = re.compile(r"\W*(?:(?:meanwhile|separately|elsewhere),?\s+)?(?:elsewhere\s+)?(?:in|across)\s+$", re.I)


def _set_in_another_country(view: SentenceView, before: int, state: DocumentState, registry: ActorRegistry) -> bool:
    """Whether the sentence opens on a state other than the one the text's places are in ("In Burkina Faso, gunmen
    attacked ..." in a Mali report): an attack there is not the one whose attacker the text named at home."""
    if ANOTHER_COUNTRY.search(view.text[:before]):
        return True
    frame = next((a for a in view.actors if a.start < before and COUNTRY_FRAME.fullmatch(view.text[: a.start])
                  and view.text[a.end : a.end + 1] == "," and a.role == "name"), None)
    return (frame is not None and state.home_state is not None and frame.code != state.home_state
            and getattr(registry.actor(frame.code), "kind", None) == "state")
# Irregular fighters named by a definite noun heading an attack's clause ("the militants attacked", "the rebels then
# ambushed"): the armed group the text named by name (GOLD_FORMAT: unnamed attackers take the group the outlet identifies).
DEFINITE_FIGHTERS_HEAD = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:militants|rebels|insurgents|jihadists|fighters|guerrillas|militiamen|extremists|islamists|"
    r"gunmen|attackers|assailants|group|movement|militia)\s+(?:(?:had|have|has|also|then|later|reportedly|allegedly|again)\s+)*$",
    re.I,
)
# Means an attack names itself; a generic "attacked" or "targeted" by the same attacker later takes them on.
SPECIFIC_MEANS = frozenset({"shelling", "airstrike", "bombing"})
# Irregular fighters heading an attack's clause ("gunmen attacked", "resistance fighters stormed").
GROUP_FIGHTER_NOUNS = "|".join(sorted(GROUP_FIGHTERS, key=lambda noun: (-len(noun), noun)))
GROUP_FIGHTERS_HEAD = re.compile(rf"\b(?:{GROUP_FIGHTER_NOUNS})\s+(?:(?:had|have|has|also|then|later|reportedly)\s+)*$", re.I)
# Irregular fighters anywhere before a claim in its sentence ("Insurgents stormed the outpost ... and occupied it").
IRREGULARS_BEFORE = re.compile(rf"\b(?:{GROUP_FIGHTER_NOUNS})\b", re.I)
# A definite attack noun pointing back to the attack told before: "the attack", "the unclaimed attack", "this strike".
THE_ATTACK_TOLD = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.I)
# "attacked" with no object of its own ("the militants attacked early in the morning", "attacked at dawn"): the attack
# the text has told, by the same means.
ATTACKED_WITHOUT_OBJECT = re.compile(
    r"\s*(?:[,.;:!?”\"]|$|\s(?:again|early|late|shortly|overnight|at|on|in|from|before|after|around|during|while|with|when|as|and\s+(?:killed|seized|burned|looted)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+night)\b))",
    re.I,
)
# "accused each other of shelling": both sides of a two-party war accuse, each of the other.
MUTUAL_ACCUSATION = re.compile(r"\b(?:accus\w*|blam\w*)\s+(?:each\s+other|one\s+another|the\s+other(?:\s+side)?)\s+(?:of|for)\s+(?:\w+\s+){0,3}$", re.I)


# Aircraft, not drones: air strikes, air raids, warplanes, jets, helicopter gunships.
WARPLANES = re.compile(r"\b(?:air\s*(?:-\s*)?strikes?|air\s+raids?|aerial\s+(?:bombardments?|bombings?|strikes?)|warplanes?|fighter\s+jets?|jets?|bombers?|helicopters?|gunships?)\b", re.I)


# Ground forces heading a generic attack: they went in ("Israeli soldiers attacked a farmer").
GROUND_FORCES_HEAD = re.compile(
    r"\b(?:soldiers|troops|infantry|police(?:men)?|officers|settlers|commandos|special\s+forces|paratroopers|marines|guards|patrols?|militia(?:men)?|"
    # ground units by name ("the Russian 20th Motorized Rifle Division attacked", "the 47th Mechanized Brigade")
    r"(?:rifle|infantry|motori[sz]ed|mechani[sz]ed|airborne|assault|marine|mountain)\s+(?:divisions?|brigades?|regiments?|battalions?)|assault\s+(?:groups?|detachments?|units?))"
    r"\s+(?:[\w-]+\s+){0,2}$", re.I)


# Several claimants of one report: "Israel and Lebanon said", "both the army and the RSF reported".
CO_CLAIMANT_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+(?:the\s+)?)")
CO_CLAIMANT_VERB = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+(?:both\s+|each\s+|also\s+)?(?:said|say|says|reported|report|reports|announced|confirmed|claimed|stated)\b", re.I)


def co_claimants(view: SentenceView, claimant: str | None) -> list[str]:
    """The other actors coordinated with the claimant as subject of one reporting verb."""
    if claimant is None:
        return []
    actors = [a for a in view.actors if a.role != "pronoun"]
    for index, actor in enumerate(actors):
        if actor.code != claimant or index == 0 or not CO_CLAIMANT_VERB.match(view.text, actor.end):
            continue
        others: list[str] = []
        at = index
        while at > 0:
            previous = actors[at - 1]
            joint = view.text[previous.end : actors[at].start]
            joined = re.fullmatch(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?" + CO_CLAIMANT_JOIN.pattern, joint, re.I)
            if joined is None or previous.code in others or previous.code == claimant:
                break
            headline_pair = (at == index == 1 and re.fullmatch(r",\s*", joint) is not None and not view.text.rstrip().endswith((".", "!", "?", '"', "”")))
            if at == index and not re.search(r"\band\s+(?:the\s+)?$", joint, re.I) and not headline_pair:
                break  # a list ends in "and" right before its last speaker ("Russia, France and the US said"); "insurgents on Monday, the police said"
                # and "targets in Sanaa and Hodeidah, the group's TV said" are none
                # (a headline drops the "and": "Armenia, Azerbaijan report dozens killed")
            others.insert(0, previous.code)
            at -= 1
        return others
    return []


def _place_fired_from(view: SentenceView, place: PlaceMention) -> bool:
    """Whether the sentence names the place as where the fire came from ("rockets were fired from Gaza at Ashkelon"), not
    where it fell."""
    return view.text[place.start : place.end] == place.name and re.search(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?$", view.text[: place.start], re.I) is not None


def _side_named_attacking(country: str, attackers: set[str], profile: ConflictProfile, registry: ActorRegistry) -> bool:
    """Whether the text has named attacking a party on the side of a place's country ("Hezbollah fired rockets ... the port of
    Tyre was bombed": Lebanon is on Hezbollah's side of the war)."""
    side = registry.side_of(country, profile)
    return side is not None and any(registry.side_of(code, profile) == side for code in attackers)


def means_told_later(claims: list[Claim], open_claims: list[Claim]) -> None:
    """Generic attacks whose means nothing before them told take those of the same attacker's next attack told by its
    means (GOLD_FORMAT: unnamed means come from the text around it, the same event or the same attacker's strikes
    nearby): "six soldiers were killed in an attack claimed by JNIM ... an army unit was hit by roadside bombs"."""
    open_ids = {id(c) for c in open_claims}
    for index, claim in enumerate(claims):
        if id(claim) not in open_ids:
            continue
        later = next((c for c in claims[index + 1 :] if c.type == "attack" and c.subject == claim.subject and id(c) not in open_ids
                      and c.outcome in SPECIFIC_MEANS and c.stance == "assert"), None)
        if later is not None:
            claim.outcome = later.outcome


# The speaker's own fighters as the subject of what it reports ("said its fighters had killed ...", "said our men
# attacked"): an attack told after them with no attacker of its own is the speaker's.
SPEAKER_OWN_FIGHTERS = re.compile(
    r"\b(?:said|says|claimed|claims|announced|stated|reported)\s+(?:that\s+)?(?:its|their|our)\s+(?:own\s+)?(?:fighters|men|militants|cadres|mujahideen|forces|"
    r"combatants|guerrillas|units|members)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:killed|attacked|ambushed|stormed|raided|targeted|struck|hit|overran|destroyed)\b",
    re.I,
)


def resolve_attack(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """Who attacked, by what means: the claimant-relative subject, else whoever invades the place's country,
    the claimant reporting its enemy hit, the attacker of this paragraph; mutual accusations give one claim each."""
    view, draft, claimant, place, profile = found.view, found.draft, found.claimant, found.place, state.profile
    adversary = registry.adversary
    subject = claimant_relative_subject(found, state, registry)
    if (subject is None and draft.subject is None and claimant is not None and found.stance == "assert"
            and SPEAKER_OWN_FIGHTERS.search(view.text, 0, draft.start) and not ANOTHER_TIME.search(view.text[: draft.start])):
        subject = claimant  # "the BLA said its fighters had killed 18 soldiers in an attack on a convoy": the speaker's own men attacked
    if subject is None and draft.subject == SUBJECT_IS_CLAIMANT_ADVERSARY and place is not None and place.country:
        subject = adversary(place.country, profile)  # "the invaders were shelling Zaporizhzhia": whoever invades its country
    outcome = draft.outcome
    if (subject is None and draft.outcome != "clash" and claimant is not None and draft.object is not None
            and draft.object in (adversary(claimant, profile), frame_adversary(claimant, state.fighters))):
        subject = claimant  # "US carrier hit by missiles, Houthis say": a side reporting its enemy hit reports its own strike
    traded = bool(draft.notes.get("traded"))  # fire traded both ways: no attacker, whoever the text named before (GOLD_FORMAT)
    anaphor = weapon_anaphor(view.text, draft.start, draft.end) if subject is None and draft.outcome != "clash" and not traded else None
    if anaphor is not None:
        # "the drones targeted the headquarters", "shot down Ukrainian drones as they attempted to attack": the attacker
        # is the weapons' owner, named before in the sentence or in the text
        subject = _weapon_owner_before(state, *anaphor)
        if subject is not None and subject == draft.object:
            subject = None
    if (subject is None and not traded and (draft.outcome != "clash" or draft.notes.get("ambush")) and state.last_armed_group is not None
            and DEFINITE_FIGHTERS_HEAD.search(view.text[max(0, draft.start - 60) : draft.start])):
        subject = state.last_armed_group  # "al-Shabaab fighters clashed with troops ... the militants attacked a base": the group named
    another_target = ANOTHER_TARGET.match(view.text, draft.start) is not None
    # "... killed in an attack on another army post. Gunmen led the attack at dawn": the attack just told, whose attacker
    # nothing named, keeps none (GOLD_FORMAT: unnamed attackers take only the group identified for the same attack)
    another_target = another_target or (state.last_told is not None and state.last_told[0] is None and state.last_told[2] >= view.paragraph - 1
                                        and state.last_told[1] == draft.outcome and THE_ATTACK_TOLD.search(view.text[max(0, draft.start - 30) : draft.start]) is not None)
    if (subject is None and draft.outcome in SPECIFIC_MEANS and state.last_told is not None and state.last_told[0] is not None
            and state.last_told[1] == draft.outcome and state.last_told[2] >= view.paragraph - 1 and draft.subject is None
            and THE_ATTACK_TOLD.search(view.text[max(0, draft.start - 30) : draft.start]) is not None and not another_target and not traded
            and not any(draft.start - 30 <= a.end <= draft.start for a in view.actors)):  # a noun, not "the TPLF traded fire"
        # "the army's warplanes bombed Nyala ... Residents said the air raid also destroyed the market": the attack just
        # told by the same means, with its attacker (GOLD_FORMAT: unnamed attackers take those named for the same attack)
        subject = state.last_told[0]
    if (subject is None and not traded and (draft.outcome != "clash" or draft.notes.get("ambush")) and not draft.notes.get("irregulars")
            and (state.last_attacker_paragraph == view.paragraph or len(state.attackers_named) == 1)
            and not ANOTHER_TIME.search(view.text[: draft.start]) and not another_target and not _set_in_another_country(view, draft.start, state, registry)):
        subject = state.last_attacker  # an unnamed attacker: the one of this paragraph, or the only one the text has named
        if subject is not None and subject == claimant and FIRED_FROM.search(view.text, draft.start, draft.end):
            subject = None  # "the army said a rocket launched from Gaza fell in an open area": the side reporting the fire did not fire it
        if subject is not None and draft.object == subject:
            # "Israel struck Beirut ... Hezbollah said rockets were fired at Israeli towns": the side attacked is not the attacker;
            # the attacker is the one other side named attacking, when there is one
            others = state.attackers_named - {subject}
            subject = others.pop() if len(others) == 1 else None
        if subject is not None and getattr(registry.actor(subject), "kind", None) == "state" and GROUP_FIGHTERS_HEAD.search(view.text[max(0, draft.start - 40) : draft.start]):
            subject = None  # "the junta bombed a school ... resistance fighters attacked a police station": irregulars are not the state
        if (subject is not None and draft.outcome == "bombing" and getattr(registry.actor(subject), "kind", None) == "state"
                and subject != found.claimant and not re.search(r"mine", view.text[draft.start : draft.end], re.I)):
            subject = None  # "troops killed 11 militants ... a roadside bomb hit a police van": an unnamed bomber is no state's army (mines laid aside)
        if (subject is not None and draft.outcome == "airstrike" and WARPLANES.search(view.text[draft.start : draft.end])
                and getattr(registry.actor(subject), "kind", None) == "group"):
            # "JNIM stormed a base ... The army said air strikes killed dozens of fighters": an armed group flies no
            # warplanes, so unnamed air strikes are its enemy's
            subject = adversary(subject, profile)
    if subject is None and draft.notes.get("state_operation") and state.fighters is not None:
        subject = state.fighters[0]  # "during an intelligence-based operation": in a war of a state and a group, the state's
    if (subject is None and not traded and (draft.outcome != "clash" or draft.notes.get("ambush")) and len(state.claimed_by) == 1 and not draft.notes.get("state_operation")
            and not ANOTHER_TIME.search(view.text[: draft.start]) and not another_target and not _set_in_another_country(view, draft.start, state, registry)):
        subject = next(iter(state.claimed_by))  # unnamed attackers: the one group the text says claimed the attack
    if subject is None and not traded and draft.outcome != "clash" and (claimer := state.claimed_next.get(view.index)) is not None:
        subject = claimer  # "In a separate incident, a bomb hit a patrol. X claimed responsibility for the attack": X's
    if (subject is None and not traded and draft.outcome in ("shelling", "airstrike") and place is not None and place.country and profile is not None
            and getattr(registry.actor(place.country), "kind", None) == "state"
            and (place.country in state.attackers_named or _side_named_attacking(place.country, state.attackers_named, profile, registry))
            and not _place_fired_from(view, place) and not draft.notes.get("irregulars")
            and not ANOTHER_TIME.search(view.text[: draft.start])):
        # "In Mykolaiv, a drone struck an apartment building": fire from a distance on the town of a state the text has
        # named attacking is its enemy's
        subject = adversary(place.country, profile)
    bare_noun = view.text[draft.start : draft.end]
    if (subject is None and draft.notes.get("generic") and state.attackers_named and not draft.notes.get("irregulars")  # not "after a militant attack"
            and ((outcome == "assault" and re.fullmatch(r"attacks?", bare_noun, re.I)) or re.fullmatch(r"strikes?", bare_noun, re.I))):
        # "the attacks were the latest in a string of assaults", "the strike came hours after": an attack or strike noun
        # naming neither attacker nor means, after the text has named its attackers, retells an attack told before
        # (GOLD_FORMAT: a later mention is coded again only when it adds the attacker, means, target, place or time)
        return []
    if subject is not None:
        state.last_attacker, state.last_attacker_paragraph = subject, view.paragraph
        state.attackers_named.add(subject)
        # "Russia struck Kyiv with missiles": the attacker owns the weapons its attack names
        state.sentence_weapon_owners.extend((draft.start + at, kind, subject) for at, kind in attack_weapons(view.text[draft.start : draft.end]))
    told_before = (THE_ATTACK_TOLD.search(view.text[max(0, draft.start - 30) : draft.start]) is not None
                   or (re.fullmatch(r"attacked", view.text[draft.start : draft.end], re.I) is not None and ATTACKED_WITHOUT_OBJECT.match(view.text, draft.end) is not None))
    # a generic attack whose means nothing before it told: the same attacker's means told later may (means_told_later)
    means_open = (subject is not None and bool(draft.notes.get("generic")) and not (outcome in ("assault", "offensive") and told_before and subject in state.last_outcome_by_attacker)
                  and subject not in state.last_means_by_attacker
                  and not (state.last_means is not None and THE_ATTACK_TOLD.search(view.text[max(0, draft.start - 30) : draft.start])))
    unattributed_told = (state.last_told is not None and state.last_told[0] is None and state.last_told[1] in SPECIFIC_MEANS
                         and state.last_told[2] >= view.paragraph - 1 and THE_ATTACK_TOLD.search(view.text[max(0, draft.start - 30) : draft.start]) is not None)
    if draft.notes.get("generic") and unattributed_told and state.last_told is not None:
        # "a drone strike hit a market ... activists blamed the RSF for the attack": the attack just told, whose attacker
        # it had left unnamed, not the blamed side's earlier shelling
        outcome = state.last_told[1]
        means_open = False
    elif subject is not None and draft.notes.get("generic") and outcome in ("assault", "offensive") and told_before and subject in state.last_outcome_by_attacker:
        outcome = state.last_outcome_by_attacker[subject]  # "gunmen raided a base ... The attack began at dawn": the attack told before
    elif (subject is not None and draft.notes.get("generic") and outcome == "assault" and re.match(r"attacked\b", view.text[draft.start : draft.end], re.I)
          and GROUP_FIGHTERS_HEAD.search(view.text[max(0, draft.start - 40) : draft.start])):
        means_open = False  # "Hamas-led gunmen attacked Israel": the attacker's men went in (GOLD_FORMAT: `assault`), whatever it fired elsewhere
    elif subject is not None and draft.notes.get("generic") and subject in state.last_means_by_attacker:
        outcome = state.last_means_by_attacker[subject]  # "the RSF also targeted the health centre": by shelling, as before
    elif draft.notes.get("generic") and state.last_means is not None and THE_ATTACK_TOLD.search(view.text[max(0, draft.start - 30) : draft.start]):
        outcome = state.last_means  # "a drone hit the base ... Washington blamed the attack on the militia": the attack told before
    elif subject is not None and outcome in SPECIFIC_MEANS and not (subject in state.last_means_by_attacker and ANOTHER_TIME.search(view.text[: draft.start])):
        # "the strike on Sumy came a day after Russian drones hit Kharkiv": an attack of another time does not change the
        # means of the attacker's attack the text is telling
        state.last_means_by_attacker[subject] = outcome
    elif (subject is not None and outcome == "assault" and draft.notes.get("generic") and getattr(registry.actor(subject), "kind", None) == "state"
          and not GROUND_FORCES_HEAD.search(view.text[max(0, draft.start - 40) : draft.start])):
        outcome = "shelling"  # "Russia attacked Kharkiv", "a Russian attack on Odesa": a state's attack with no cue is fired from a distance
        told = state.previous_sentence[1] if state.previous_sentence[0] >= view.paragraph - 1 else ""
        weapons = list(WEAPON_BEFORE.finditer(told))
        if weapons and weapons[-1].group("air"):
            outcome = "airstrike"  # "Military drones circled the town ... the attack by government forces": the event just told
        means_open = False  # a state's attack with no cue is fired from a distance (GOLD_FORMAT), whatever follows
    if outcome in SPECIFIC_MEANS and not (state.last_means is not None and ANOTHER_TIME.search(view.text[: draft.start])):
        state.last_means = outcome
    if subject is not None and (outcome != "clash" or draft.notes.get("ambush")) and not (subject in state.last_outcome_by_attacker and ANOTHER_TIME.search(view.text[: draft.start])):
        state.last_outcome_by_attacker[subject] = outcome
    state.last_told = (subject, outcome, view.paragraph)
    claim = build_claim(found, subject, claimant, outcome, state)
    if means_open:
        state.means_open.append(claim)
    if co_claimants(view, claimant):
        return [claim]  # one claim per co-claimant, made in `resolve`
    if profile is not None and len(profile.sides) == 2 and MUTUAL_ACCUSATION.search(view.text[: draft.start]):
        # "Armenia and Azerbaijan accused each other of shelling": each side says the other attacked
        first, second = list(profile.sides)
        return [claim.model_copy(update={"subject": accused, "claimant": accuser, "object": None})
                for accuser, accused in ((first, second), (second, first))]
    return [claim]


# --- Statements ---

# "a Pakistani official added", "two French officials told AFP", "an Israeli military spokesman said": unnamed
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


# A sentence whose subject is a pronoun or a noun standing for the speaker named before ("He", "It", "The statement").
PRONOUN_SPEAKER = re.compile(r"[\s\"“]*(?:in\s+(?:the|its|his|her|their|a)\s+(?:statement|communiqu[eé]|speech|address|post|letter),\s+)?"
                             r"(?:he|she|it|they|the\s+(?:statement|group|movement|ministry|government|president|minister|leader|army|military|junta|rebels|militants|"
                             r"council|cabinet|presidency|command|office|communiqu[eé]|kingdom|emirate|republic|country))\s+", re.I)
PRONOUN_AFTER_QUOTE = re.compile(r"[,.!?…][\"”]\s+(?:he|she|it|they)\s+(?:said|added|told|wrote|warned|stressed|insisted|declared)\b", re.I)


# An actor that cannot head the statement's clause: the owner or qualifier of the statement's noun ("Azerbaijan's
# violation of", "Israeli allegations"), or the object of a preposition ("the invasion of Ukraine was a violation").
NOUN_OWNER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}")
STATEMENT_NOUN = re.compile(r"(?:war\s+crimes?|crimes?|violations?|provocations?|aggression|acts?\s+of|genocide|ethnic\s+cleansing|accusations?|allegations?|terroris[tm])\b", re.I)
PREPOSITION_OBJECT = re.compile(r"\b(?:of|on|in|into|against|from|by|to|with|at|over|for|toward|towards|across|near)\s+(?:the\s+)?$", re.I)


# A second verb sharing the sentence's subject: "..., vows to fight on", "... and warned".
COORDINATED_PREDICATE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:also\s+|later\s+)?$", re.I)


# A party named right after a statement's verb, as (the owner of) its object.
STATEMENT_VERB_OBJECT = re.compile(r"\b(?:condemn|denounc|deplor|accus|blam|slam|criticis|criticiz|reject|rebuk|lambast)\w*\s+(?:\w+ly\s+)?(?:the\s+)?$", re.I)


# A party as the object of a labelling verb, and the labels a statement gives it ("declared the UAE an aggressor state").
LABELLED_OBJECT = re.compile(r"\b(?:declared|declares|called|calls|named|names|branded|brands|labell?ed|labels|termed|terms|considers|considered|designated|designates|described|describes)\s+(?:the\s+)?$", re.I)
LABEL_NOUN = re.compile(r"[\"“']?(?:an?\s+)?[\"“']?(?:aggressor|terrorist|sponsor|state\s+sponsor|epicent)", re.I)


# Praise of forces ("hailed", "saluted"): support of another party only.
PRAISE = re.compile(r"(?i)prais|hail|salut|commend|laud|congratulat")


# Warnings that a party will suffer ("will pay for", "will receive a crushing response", "will be crushed").
SUFFERED_WARNING = re.compile(r"(?:will|would|shall)\s+(?:pay|receive|face|get|meet|be\s+(?:crushed|destroyed|punished|eliminated|met))\b", re.I)


def _not_a_speaker(view: SentenceView, speaker: ActorMention, start: int) -> bool:
    """Whether the actor named before a statement's noun is no speaker of it."""
    before = view.text[: speaker.start]
    if PREPOSITION_OBJECT.search(before) or STATEMENT_VERB_OBJECT.search(before):
        return True  # "condemned the RSF attack on the camp and called on ...": the RSF is what was condemned
    if re.fullmatch(r"\s+(?:\w+\s+)?", view.text[speaker.end : start]) and re.match(r"(?i)(?:must|should)\b", view.text[start:]):
        return True  # "the MEA said Pakistan must stop ...": the party a modal appeal addresses
    if LABELLED_OBJECT.search(before) and LABEL_NOUN.match(view.text, start):
        return True  # "declared the UAE an aggressor state": the party labelled, not the speaker
    inside_quote = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    if (inside_quote or re.fullmatch(r"(?:['’]s)?\s+(?:[\w'’-]+\s+)?", view.text[speaker.end : start])) and SUFFERED_WARNING.match(view.text, start):
        return True  # '"Russia will pay for this crime," he said', "Iran: Israel will pay a heavy price": the party warned, not the speaker
    return bool(STATEMENT_NOUN.match(view.text, start) and NOUN_OWNER.fullmatch(view.text, speaker.end, start))


# An aside set between a statement's subject and its verb: a phrase opened by a preposition, a participle or a relative
# pronoun, between commas ("Ethiopia's prime minister, in a speech about Eritrea, warned", "Qatar, which mediates between
# Israel and Hamas, urged"): the parties named inside it do not speak.
PARENTHETICAL_TAIL = re.compile(
    r",\s+(?:in|during|at|after|before|while|when|on|from|with|amid|following|speaking|addressing|talking|writing|responding|reacting|"
    r"visiting|meeting|backed|supported|armed|designated|accused|led|which|who|whose)\b[^,;:“”\"]{2,120},\s*(?:(?:also|further|later|then|had|has|have)\s+)*$",
    re.I,
)


# A verb before a party: the party is that verb's object ("hosted Rwanda's president", "met the Chinese envoy").
OBJECT_OF_VERB = re.compile(r"\b(?:[a-z]+(?:ed|s)|met|struck|hit|shot|sent|told|held|fought|seized|took|beat|left)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|a\s+|an\s+)?$")


def _clause_head(view: SentenceView, last: ActorMention | None) -> str | None:
    """The first party of a sentence, when the one named just before a second verb is the first verb's object
    ("On Monday, Kenya's president hosted Rwanda's leader and urged dialogue")."""
    if last is None or not OBJECT_OF_VERB.search(view.text, 0, last.start):
        return None
    first = next((a for a in view.actors if a.role not in ("pronoun", "generic") and not PREPOSITION_OBJECT.search(view.text, 0, a.start)), None)
    return first.code if first is not None and first.start < last.start else None


# The two sides heading a clause of their own: "both sides accused", "the two countries traded accusations".
MUTUAL_SUBJECT = re.compile(r"\b(?:both\s+(?:sides|countries|parties|armies)|the\s+two\s+(?:sides|countries|parties|armies|neighbou?rs))\s+(?:(?:have|had|also|quickly|again|then)\s+)*$", re.I)


def resolve_statement(found: AttributedDraft, state: DocumentState, registry: ActorRegistry) -> list[Claim]:
    """Who states: the claimant, else the actor named just before, unnamed officials' state, the speakers listed
    in the sentence before or both sides of a mutual accusation; a protest is its crowd's. No speaker, no claim."""
    view, draft, claimant, place, profile = found.view, found.draft, found.claimant, found.place, state.profile
    subject = claimant_relative_subject(found, state, registry)
    if draft.notes.get("reported_label") and claimant is None:
        return []  # "Russian aggression" in the outlet's own words: no one's statement
    if draft.notes.get("protest"):
        subject = draft.subject if draft.subject and not draft.subject.startswith("@") else (place.country if place else None)
    elif ((claimant is None or MUTUAL_SUBJECT.search(view.text, max(0, draft.start - 50), draft.start))
          and speakers_of_each_other(view.text) and profile is not None and draft.outcome == "accuse"):
        # "Russia brokered a truce, but both sides accused each other of violating it": the two sides speak, not the broker
        sides = list(profile.sides)
        if len(sides) == 2:
            claimant, subject = sides[0], sides[0]
    elif claimant is None and draft.notes.get("listed_speakers") and state.listed_before:
        claimant, subject = state.listed_before[0], state.listed_before[0]
    else:
        if claimant is None:
            # "Iran's foreign minister, in a call with his Saudi counterpart, condemned": the subject before the aside
            aside = PARENTHETICAL_TAIL.search(view.text, 0, draft.start)
            verb_at = aside.start() if aside is not None else draft.start
            speaker = view.last_actor_before(verb_at)
            claimant = speaker.code if speaker and verb_at - speaker.end < 40 and not _not_a_speaker(view, speaker, verb_at) else None
            if COORDINATED_PREDICATE.search(view.text, max(0, verb_at - 12), verb_at) and (head := sentence_subject(view) or _clause_head(view, speaker)) is not None:
                claimant = head  # "Kenya hosted Rwanda's president and urged dialogue": the subject of both verbs, not the first one's object
        if claimant is None and state.sentence_subject is not None and (PRONOUN_SPEAKER.match(view.text) or PRONOUN_AFTER_QUOTE.search(view.text)):
            claimant = state.sentence_subject  # "Zelensky visited Kherson. He accused Russia of ...": the subject named before
        if claimant is None and COORDINATED_PREDICATE.search(view.text, max(0, draft.start - 12), draft.start):
            claimant = sentence_subject(view)  # "Sudan's Burhan rules out talks with RSF, vows to fight on": the subject of both verbs
        subject = claimant if claimant is not None else _unnamed_officials_state(view)
        if subject is None:
            return []
    if draft.outcome == "support" and subject is not None and subject == draft.object and PRAISE.match(view.text, draft.start):
        return []  # "Putin hailed the Russian army's advance": a side's praise of its own forces supports no other party
    if draft.notes.get("reported_conduct") and (subject is None or subject == draft.object or claimant is None):
        return []  # "Russia said its forces were using ...": no accusation of oneself, and none without a named reporter
    claim = build_claim(found, subject, claimant, draft.outcome, state)
    if draft.notes.get("listed_speakers") and claimant == subject and state.listed_before[:1] == [claimant]:
        return [claim.model_copy(update={"subject": code, "claimant": code}) for code in state.listed_before]
    if draft.outcome == "accuse" and profile is not None and re.search(r"\beach\s+other\b", view.text[draft.start :], re.I) and claimant in profile.sides:
        sides = list(profile.sides)
        if len(sides) == 2:
            # "the two governments accused each other": one accusation per side
            return [claim.model_copy(update={"subject": side, "claimant": side, "object": other}) for side, other in (sides, sides[::-1])]
    return [claim]


Resolver = Callable[[AttributedDraft, DocumentState, ActorRegistry], list[Claim]]
# The resolver of each claim type.
RESOLVERS: dict[str, Resolver] = {
    "casualty": resolve_casualty,
    "materiel": resolve_materiel,
    "territory": resolve_territory,
    "attack": resolve_attack,
    "support": resolve_by_shared_rules,
    "statement": resolve_statement,
    "mobilization": resolve_by_shared_rules,
}
