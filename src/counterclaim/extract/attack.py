"""Attack claims: clashes, shelling, air and drone strikes, bombings, assaults and offensives.

A trigger word names the means (`outcome`); the attacker is the actor heading the clause or
qualifying the trigger ("an Israeli airstrike", "an attack by the RSF"), the target the actor
after "on/against/at". A clash with no attacker named has neither subject nor object.
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import (
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    DraftClaim,
    SentenceView,
)

# Trigger phrases per means, most specific first. Each is matched as a whole word sequence.
ATTACK_TRIGGERS: tuple[tuple[str, str], ...] = (
    ("bombing", r"(?:hurled|threw|thrown|lobbed|planted)\s+(?:\w+\s+){0,2}(?:bombs?|grenades?|explosives?|IEDs?)|blew\s+up|suicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers)?|blast)|car\s+bomb(?:s|ing)?|roadside\s+bomb(?:s)?|(?:improvised\s+)?explosive\s+devices?|IEDs?|VBIEDs?|landmines?|land\s+mines?|(?:remote[\w-]*\s+)?mines?\s+(?:attack|explosion|blast)s?|mine\s+exploded|grenades?(?:\s+attack)?|bomb\s+(?:blast|attack|explosion)s?|bombings?|detonated|explosions?\s+(?:hit|killed|ripped|took\s+place|occurred)|bombs?\s+(?:exploded|went\s+off)|explosives?\s+(?:exploded|went\s+off)|IED\s+explosion"),
    ("airstrike", r"bombed|dropped\s+(?:\w+\s+){0,2}bombs?|bomb-laden\s+drones?|air\s+force\s+(?:fired|struck|bombed|hit|attacked)|air\s*strikes?|airstrike[sd]?|air\s+raids?|air\s+attacks?|drone\s+(?:strikes?|attacks?)|(?:kamikaze|attack|combat)\s+drones?|aerial\s+(?:bombardment|attacks?|strikes?)|warplanes?|fighter\s+jets?|helicopter\s+gunships?|bombed\s+from\s+the\s+air|with\s+(?:a\s+)?drones?|by\s+(?:a\s+)?drones?|drones?\s+(?:hit|struck|attacked)"),
    ("shelling", r"fired\s+(?:\w+\s+){0,3}(?:at|on|towards|into)|explosions?\s+(?:involving|were\s+(?:observed|heard|recorded))|shell(?:ed|ing|s)|artillery(?:\s+(?:fire|strikes?|attacks?|shells?))?|mortars?(?:\s+(?:fire|shells?|rounds?|attacks?))?|mortared|rockets?(?:\s+(?:fire|attacks?|strikes?))?|missiles?(?:\s+(?:strikes?|attacks?))?|bombard(?:ed|ing|ment|ments)|MLRS|Grads?|multiple\s+rocket\s+launchers?|fired\s+(?:on|at|upon)"),
    ("clash", r"clash(?:es|ed)?|shoot-?outs?|fighting|fought|gun\s*fights?|fire\s*fights?|exchanges?\s+of\s+fire|exchanged\s+fire|skirmish(?:es)?|battles?|battled|ambush(?:ed|es)?|armed\s+confrontations?|engaged\s+in\s+combat|trap"),
    ("offensive", r"operations?\s+against|counter[\s-]?offensives?|offensives?|counter[\s-]?attacks?|advanc(?:e|ed|ing|es)|storm(?:ed|ing)|stormed\s+in|push(?:ed)?\s+(?:into|towards|on)|assault\s+on\s+(?:\w+\s+){0,2}(?:positions|base|city|town)|attacks?\s+on\s+(?:\w+\s+){0,2}(?:positions|bases?|barracks|checkpoints?|posts?)|attempting\s+to\s+attack|launched\s+(?:an?\s+)?(?:attack|assault)|army\s+attacks|attacked\s+(?:\w+\s+){0,3}(?:positions|bases?|barracks|checkpoints?|posts?|forces|troops|soldiers|military|army|police)|claimed\s+(?:responsibility|the\s+attack)|advancing"),
    ("assault", r"(?:beat|beaten|assaulted|tortured)\s+(?:and\s+\w+\s+)?|shot\s+at|(?:conducted|carried\s+out|launched)\s+(?:\w+\s+){0,2}strikes?|stabbed|hacked\s+to\s+death|beheaded|lynched|body\s+was\s+found|bodies\s+were\s+found|killed\s+by\s+(?:unknown|unidentified|armed)|massacred?|opened\s+fire|(?:were|was)\s+shot\s+at|shot\s+(?:dead|and\s+killed)|gunned\s+down|raid(?:ed|s)?|(?:attack(?:ed|s)?|targeted)\s+(?:on\s+)?(?:\w+\s+){0,3}(?:civilians?|village|villagers|residents|people|man|woman|men|women|children|houses|homes|settlements?|market|school|hospital|health\s+cent(?:er|re)|clinic|church|mosque|camp|farmers?|herders?|town|passengers)|attack(?:ed|ing)?|strikes?\s+on"),
)
TRIGGER = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in ATTACK_TRIGGERS), re.I)
NOT_AN_ATTACK = re.compile(
    r"^(?:attack\s+helicopters?|attack\s+drones?\s+(?:were|are)|artillery\s+(?:systems?|pieces?|guns?|units?)|rockets?\s+launchers?|missiles?\s+(?:systems?|launchers?)|mortars?\s+(?:systems?|launchers?))$",
    re.I,
)
# Context words that make a generic "strike" an artillery one, or an air one.
GROUND_MEANS = re.compile(r"\b(?:artillery|ground\s+forces|rocket|missile|shell)", re.I)
AIR_MEANS = re.compile(r"\b(?:air|aircraft|jets?|warplanes?|drones?|UAVs?|helicopters?)\b", re.I)
NON_EVENT = re.compile(
    r"\b(?:(?i:stop|cease|halt|end\s+the|threaten(?:ed|s)?\s+to|plans?\s+to|ready\s+to|warn(?:ed|s)?\s+(?:of|that|against)|fear(?:s|ed)?|risk\s+of|prevent|how\s+did\s+it\s+begin)|if|If|would|could|might|may)\b"
)
TARGET_PREPOSITION = re.compile(r"^\s*(?:on|against|at|upon|targeting|in|near)\s+(?:the\s+)?(?:\w+\s+){0,3}?$", re.I)


def _means(match: re.Match[str]) -> str:
    return next(name for name, _ in ATTACK_TRIGGERS if match.group(name))


def find_attack_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = []
    for match in TRIGGER.finditer(text):
        phrase = match.group()
        if NOT_AN_ATTACK.match(phrase) or NOT_AN_ATTACK.match(text[match.start() : match.end() + 12].strip()):
            continue
        following = text[match.end() : match.end() + 14].lower()
        if re.match(r"^\s*(?:helicopters?|systems?|launchers?|pieces?|units?|guns?|batteries|battalion|brigade|division|crews?|vehicles?|positions|ammunition|shells?)\b", following):
            continue
        means = _means(match)
        if means == "assault" and re.search(r"strikes?(?:\s+on)?$", phrase, re.I):
            means = "shelling" if GROUND_MEANS.search(text) and not AIR_MEANS.search(text) else "airstrike"
        generic = means == "assault" and bool(re.match(r"(?:attack|target)", phrase, re.I))
        if means == "assault" and re.fullmatch(r"attack(?:ed|ing)?", phrase, re.I):
            means = _generic_attack_means(text, match)
        if any(d.start <= match.start() < d.end for d in drafts):
            continue
        if NON_EVENT.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        if means in ("clash", "offensive", "assault") and _background_reference(text, match):
            continue
        if means == "clash" and WAR_DESCRIPTION.search(text[max(0, match.start() - 40) : match.end() + 60]):
            continue  # "the M23 rebel group fighting the army", "al Shabaab is fighting the government": who fights whom
        if ANAPHORA.search(text[max(0, match.start() - 50) : match.start()]):
            continue  # "this attack", "regarding the attack": an attack told of before, not a new one
        if re.search(r"\b(?:condemn\w*|denounc\w*|deplor\w*|regrett?\w*)\s+(?:the|this|that|an?)\s+(?:\w+\s+)?$", text[max(0, match.start() - 40) : match.start()], re.I):
            continue  # "France condemned the attack": a statement about an attack named elsewhere
        if means in ("shelling", "airstrike") and re.search(r"\b(?:destroyed|captured|seized|lost|downed|damaged|shot\s+down)\s+(?:\S+\s+){0,3}$", text[max(0, match.start() - 50) : match.start()], re.I):
            continue  # "destroyed 3 Grad launchers": equipment lost, not an attack
        if re.search(r"\b(?:using|including|deploying|deployed)\s+(?:heavy\s+|its\s+|their\s+)?$", text[max(0, match.start() - 30) : match.start()], re.I) and not re.match(r"\s+(?:on|at|against)\b", text[match.end() :]):
            continue  # "an offensive using artillery, armored vehicles": the means of another attack
        attacker = _attacker(view, match.start(), match.end())
        means = _means_by_weapon(text, match, means)
        if means == "shelling" and re.match(r"fired\b", phrase, re.I) and SMALL_ARMS.search(text[match.start() : match.end() + 60]):
            means = "assault"
        if means == "assault" and _armed_target(text, match):
            means = "clash"
        if means == "offensive" and re.match(r"storm", phrase, re.I) and CIVILIAN_PLACE.match(text, match.end()):
            means = "assault"
        if attacker is None and re.search(r"\b(?:our|its|their|(?:his|her)\s+country['’]s)\s+(?:[\w-]+\s+){0,2}$", text[max(0, match.start() - 40) : match.start()], re.I):
            attacker = SUBJECT_IS_CLAIMANT
        if attacker is None and OWN_FORCES_BEFORE.search(text[max(0, match.start() - HEAD_DISTANCE) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT
        if attacker is None and re.search(r"\b(?:invaders|occupiers|aggressors?|enemy|occupation\s+forces)\b[^.;,]{0,30}$", text[: match.start()], re.I):
            attacker = SUBJECT_IS_CLAIMANT_ADVERSARY
        if attacker is None and re.search(r"\b(?:he|she|we|they|it)\s+(?:\w+\s+){0,2}(?:ordered|launched|began|started|carried\s+out|conducted)\s+(?:[\w-]+\s+){0,3}$", text[: match.start()], re.I):
            attacker = SUBJECT_IS_CLAIMANT
        target = _target(view, match.end())
        if means == "clash" and re.search(r"\bbetween\b", text[match.end() : match.end() + 12], re.I):
            attacker, target = None, None
        if means == "clash" and attacker is not None and re.search(r"\b(?:both\s+sides|each\s+other)\b", text, re.I):
            attacker, target = None, None
        drafts.append(DraftClaim("attack", means, match.start(), match.end(), subject=attacker, object=target))
        if generic and means in ("assault", "offensive"):
            drafts[-1].notes["generic"] = "yes"  # by what means, the document may have said before
    return _one_per_means(drafts)


# Mentions of fighting as background rather than as an event: "during the fighting", "amid renewed
# clashes", "in its offensive", "using artillery" (the means of another attack).
BACKGROUND = re.compile(
    r"\b(?:during|amid|amidst|in\s+response\s+to|since|after|before|despite|throughout|over|to\s+stop|end\s+(?:to\s+)?|in|into|of|using|with|including|assist\s+\w+\s+in)\s+(?:the\s+|its\s+|their\s+|his\s+|a\s+|an\s+)?(?:(?:renewed|fresh|recent|ongoing|current|latest|heavy|continued|intense|armed|military)\s+)*$",
    re.I,
)


# Who is at war with whom, not a fight: a participle after the group's noun ("the rebel group fighting
# the army"), or the present progressive against a government ("al Shabaab is fighting the government").
WAR_DESCRIPTION = re.compile(
    r"\b(?:group|rebels|militants|militias?|insurgents|movement|fighters|army|military|forces|troops|government)\s+fighting\s+(?:against\s+)?the\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+fighting\s+(?:against\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:government|state|regime|authorities)\b",
    re.I,
)
# A reference back to an attack already told of: a demonstrative ("this attack", "those strikes"), or
# what people say or do about it ("statements regarding the attack", "commented on the attack",
# "an investigation into the strike", "despite a government offensive").
ANAPHORA = re.compile(
    r"(?:\b(?:this|that|these|those)|\b(?:regarding|about|concerning|despite)\s+(?:the|a|an|its|their|his|her)"
    r"|\b(?:comment(?:ed|s|ing)?|statements?|details|investigat(?:e|ed|ing|ion|ions)|inquiry|probe)\s+(?:on|about|into|of)\s+(?:the|this|that))\s+"
    r"(?!(?:were|was|is|are|had|have|has|will|would|could|may|might)\b)(?:[\w'’-]+\s+)?$",
    re.I,
)


def _background_reference(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 60) : match.start()]
    if not BACKGROUND.search(before) or re.search(r"\b(?:engaged|took\s+part|participated|involved)\s+in\s+(?:an?\s+|the\s+)?$", before, re.I):
        return False
    # "in the clashes between the rebels and the army", "in clashes that lasted all day", "in a strike on
    # Khan Younis" describe events
    if re.search(r"\s(?:on|against)$", match.group(), re.I):
        return False
    return not re.match(r"\s+(?:between|that|which|with|in\s+which|on|targeting|at)\b", text[match.end() : match.end() + 14], re.I)


WITH_AIR_WEAPON = re.compile(r"^[^.;]{0,80}?\b(?:with|by|using)\s+(?:an?\s+|\w+\s+)?(?:drones?|UAVs?|aircraft|warplanes?|jets?|helicopters?|air\s*strikes?)\b", re.I)
WITH_BOMB = re.compile(r"^[^.;]{0,80}?\b(?:with|by|using)\s+(?:an?\s+|\w+\s+|remote[\w-]*\s+)*?(?:mines?|landmines?|IEDs?|(?:improvised\s+)?explosive\s+devices?|grenades?|bombs?|explosives?)\b", re.I)
WITH_GROUND_WEAPON = re.compile(r"^[^.;]{0,80}?\b(?:with|by|using)\s+(?:an?\s+|\w+\s+)?(?:artillery|mortars?|rockets?|missiles?|shells?|MLRS|Grads?|howitzers?|tanks?)\b", re.I)


def _means_by_weapon(text: str, match: re.Match[str], means: str) -> str:
    """'attacked the village with a drone' is an air strike; 'with artillery', shelling."""
    if means not in ("assault", "offensive", "clash"):
        return means
    following = text[match.end() :]
    if WITH_AIR_WEAPON.match(following):
        return "airstrike"
    if WITH_BOMB.match(following):
        return "bombing"
    if WITH_GROUND_WEAPON.match(following) and means != "offensive":
        return "shelling"
    return means


CIVILIAN_PLACE = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:village|hospital|school|market|church|mosque|camp|clinic|town|house|home)s?\b", re.I)
SMALL_ARMS = re.compile(r"\b(?:small\s+arms|guns?|rifles?|pistols?|bullets|shots|without\s+warning|civilians?|cars?|vehicles?)\b", re.I)
ARMED_PEOPLE = re.compile(r"\b(?:police(?:men)?|officers|soldiers|troops|forces|militants|rebels|insurgents|fighters|militiamen|gang\s+members|military|army|guards|patrol|convoy|base|checkpoint|positions)\b", re.I)
UNARMED_PEOPLE = re.compile(r"\b(?:civilians?|villagers?|residents?|man|woman|men|women|children|child|family|driver|passengers?|farmers?|students?|journalists?|worshippers|members?|off-duty|businessm[ae]n|trader|home|house|car)\b", re.I)


def _armed_target(text: str, match: re.Match[str]) -> bool:
    """Whether an assault's targets are armed ('opened fire on six soldiers', 'police were shot at')."""
    window = text[max(0, match.start() - 40) : match.end() + 50]
    return bool(ARMED_PEOPLE.search(window)) and not UNARMED_PEOPLE.search(window)


def _generic_attack_means(text: str, match: re.Match[str]) -> str:
    """'attacked' alone: by what and whom the sentence says."""
    window = text[match.start() : match.end() + 80]
    if AIR_MEANS.search(window) and re.search(r"\bdrones?|UAV|aircraft|jets?|warplanes?\b", window, re.I):
        return "airstrike"
    if re.search(r"\b(?:positions?|forces|troops|soldiers|military|army|police|base|checkpoint|militants?|fighters?)\b", window, re.I):
        return "offensive"
    return "assault"


def _attacker(view: SentenceView, start: int, end: int) -> str | None:
    text = view.text
    # "an Israeli airstrike", "the RSF's shelling", "Armenian army attacks"
    overlapping = [a for a in view.actors if a.start < start < a.end <= end]
    if overlapping:
        return overlapping[-1].code  # "Armenian army attacks": the actor form runs into the trigger
    qualifier = view.last_actor_before(start)
    if qualifier and re.fullmatch(r"(?:['’]s)?(?:\s+(?:army|military|forces|artillery|air\s+force|troops|side|heavy|new|deadly|devastating|fresh|massive|latest|overnight))*\s*", text[qualifier.end : start], re.I):
        prefix = text[: qualifier.start]
        if not re.search(r"\b(?:on|against|at|in|targeting)\s+(?:the\s+)?$", prefix, re.I) and not PLACE_PREPOSITION.search(prefix):
            return qualifier.code
    by = re.match(r"^\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:\w+\s+){0,2}?", text[end:], re.I)
    if by:
        actor = view.first_actor_after(end + by.start())
        if actor and actor.start - end < 60:
            return actor.code
    return _clause_head(view, start)


# How far before its trigger the actor heading an attack's clause may stand.
HEAD_DISTANCE = 60
PLACE_PREPOSITION = re.compile(r"\b(?:in|near|from|around|outside|inside)\s+(?:the\s+)?$", re.I)
TARGET_BEFORE = re.compile(r"\b(?:on|against|at|targeting|of)\s+(?:the\s+)?$", re.I)
CLAUSE_BREAK = re.compile(r"[;,.]|\b(?:that|which|who|while|but|and|on|against|at|said|says)\b", re.I)
OWN_FORCES_BEFORE = re.compile(r"\b(?:its|our|their)\s+(?:military|army|forces|troops|aircraft|jets|air\s+force|artillery)\b[^.;,]*$", re.I)
SUBJECT_RELATIVE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:that|who)\s+", re.I)


def _clause_head(view: SentenceView, start: int) -> str | None:
    """The actor heading the trigger's clause: "Russian forces shelled ...", "al Shabaab militants
    stormed ...", past a place inside its phrase ("Armenian forces in Karabakh set up a trap") and
    through a subject relative clause ("Ukrainian troops that were attempting to attack")."""
    text = view.text
    for actor in reversed([a for a in view.actors if a.end <= start]):
        if start - actor.end > HEAD_DISTANCE:
            return None
        if PLACE_PREPOSITION.search(text[: actor.start]):
            continue  # a place named inside the head's phrase: the head stands further back
        if TARGET_BEFORE.search(text[: actor.start]):
            return None
        between = text[actor.end : start]
        relative = SUBJECT_RELATIVE.match(between)
        if CLAUSE_BREAK.search(between[relative.end() :] if relative else between):
            return None
        if OWN_FORCES_BEFORE.search(text[max(0, actor.start - HEAD_DISTANCE) : actor.start]):
            return SUBJECT_IS_CLAIMANT  # "its military had targeted Hamas' chief in a strike": Hamas is the target
        return actor.code
    return None


def _target(view: SentenceView, end: int) -> str | None:
    actor = view.first_actor_after(end)
    if actor is None:
        return None
    between = view.text[end : actor.start]
    if TARGET_PREPOSITION.match(between) and len(between) < 40:
        return actor.code
    return None


def _one_per_means(drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Several triggers of one means and attacker in a sentence are one attack claim."""
    seen: set[tuple[str | None, str | None]] = set()
    attributed = {d.outcome for d in drafts if d.subject is not None}
    kept: list[DraftClaim] = []
    for draft in drafts:
        key = (draft.outcome, draft.subject)
        if key in seen or (draft.subject is None and draft.outcome in attributed):
            continue
        seen.add(key)
        kept.append(draft)
    return kept
