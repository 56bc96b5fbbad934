"""Mobilization claims: martial law and mobilization (call-ups of reservists, conscription drives).

A declaration of both in one clause is one martial-law claim (the broader measure).
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import SUBJECT_IS_CLAIMANT, DraftClaim, SentenceView
from counterclaim.extract.literal_prefilter import prefiltered

MARTIAL_LAW = prefiltered(re.compile(r"\b(?:(?:partial\s+)?martial\s+law|state\s+of\s+war|(?:(?:national|nationwide|six-month|three-month|\w+-month)\s+)?state\s+of\s+emergency|emergency\s+rule)\b", re.I))
# A state of emergency for a disaster, an epidemic or the economy: no measure of war.
CIVIL_EMERGENCY = re.compile(
    r"\b(?:floods?|flooding|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|storms?|droughts?|famine|wildfires?|fires?|heatwaves?|"
    r"epidemics?|pandemic|outbreaks?|cholera|ebola|covid\w*|virus|disease|health|economic|economy|financial|energy|power\s+cuts?|fuel|"
    r"climate|locusts?|volcan\w*|landslides?|snow)\b", re.I)
MOBILIZATION = prefiltered(re.compile(
    r"\b(?:(?:general|total|partial|military)\s+)?mobili[sz](?:ation|ed|ing|es|e)\b"
    r"|\b(?:call(?:ed|ing|s)?[\s-]up|draft(?:ed|ing)?)\s+(?:of\s+)?(?:(?:about|some|around|nearly|over|more\s+than|an\s+additional|another|[\d,.]+|\w+)\s+){0,3}?(?:thousand\s+|million\s+)?(?:reservists|reserve\s+soldiers|conscripts)\b"
    r"|\bconscription\s+(?:drive|law|campaign)\b|\b(?:enforc|activat|introduc|impos)(?:ed|es|ing|e)\s+(?:compulsory|mandatory)\s+military\s+service\b",
    re.I,
))
# A force or body named for mobilisation ("the Popular Mobilization Forces", "a Mobilisation Unit"): a name, no call-up.
MOBILIZATION_IN_NAME = re.compile(r"Mobili[sz]ation\s+(?:Forces?|Units?|Committee|Front|Authority|Commission|Directorate|Council)\b")
NOT_DECLARED = prefiltered(re.compile(r"\b(?:lift(?:ed|s)?|end(?:ed|s)?|cancel(?:led|ed)?|no\s+plans?|not\s+(?:declare|announce))\b", re.I))
# A measure reported by someone else ("Azerbaijan said Armenia declared martial law"): the reporter claims it.
REPORTED = re.compile(r"\b(?:said|says|claimed|claims|reported|reports|according\s+to|accused|alleged)\b", re.I)
SIMILAR_ANNOUNCEMENT = re.compile(r"\b(?:similar|same)\s+(?:announcement|decision|measure|step)\s+by\s+(?:the\s+)?", re.I)


def find_mobilization_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    if NOT_DECLARED.search(text):
        return []
    drafts: list[DraftClaim] = []
    martial = MARTIAL_LAW.search(text)
    mobilization = next((m for m in MOBILIZATION.finditer(text) if not MOBILIZATION_IN_NAME.match(text, m.start())), None)
    first = martial or mobilization
    if first is None:
        return drafts
    if martial and re.search(r"(?i)emergency", martial.group()) and CIVIL_EMERGENCY.search(text):
        return drafts  # "a state of emergency after the floods": a civil measure
    outcome = "martial_law" if martial else "mobilization"
    declarers = _declarers(view, first.start())
    for code in declarers or [SUBJECT_IS_CLAIMANT]:
        # a side's own measure is its own announcement (GOLD_FORMAT): the declarer is the claimant
        claimant = code if declarers and not REPORTED.search(text[: first.start()]) else None
        drafts.append(DraftClaim("mobilization", outcome, first.start(), first.end(), subject=code, claimant=claimant))
    similar = SIMILAR_ANNOUNCEMENT.search(text)
    if similar:
        actor = view.first_actor_after(similar.end())
        if actor and actor.start - similar.end() <= 20:
            drafts.append(DraftClaim("mobilization", outcome, similar.start(), actor.end, subject=actor.code, claimant=actor.code))
    return drafts


def _declarers(view: SentenceView, position: int) -> list[str]:
    """The actors declaring: every actor heading the clause ('Yerevan and the breakaway republic')."""
    clause_start = max(view.text.rfind(sep, 0, position) for sep in (";", ". "))
    actors = [a for a in view.actors if max(clause_start, 0) <= a.start < position]
    actors = [a for a in actors if not re.search(r"\b(?:on|against|to|in|of|by|for|with)\s+(?:the\s+)?$", view.text[: a.start], re.I)]
    codes: list[str] = []
    for actor in actors:
        if actor.code not in codes:
            codes.append(actor.code)
    return codes
