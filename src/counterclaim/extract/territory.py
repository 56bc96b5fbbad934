"""Territory claims: ground lost by one side and gained, or retaken, by the other.

`subject` is the side that loses the ground in the event, `object` the side that gains it;
`retaken` marks ground recovered by the gainer ("recaptured the base", "restored positions").
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    DraftClaim,
    SentenceView,
)

GROUND = (
    r"(?:(?:the\s+)?(?:(?i:village|town|city|settlement|base)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:(?i:some|several|a\s+number\s+of|\d+|two|three|four|five|the|a|an|its|their|our|his|key|strategic|several\s+more)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?i:positions?|villages?|towns?|city|cities|settlements?|bases?|military\s+base|hills?|heights?|territor(?:y|ies)|ground|areas?|districts?|regions?|outposts?|posts?|checkpoints?|bridgeheads?|strongholds?|control|footholds?|localit(?:y|ies)|neighbou?rhoods?|airport|airfield|port|camp|barracks|headquarters)))"
)
# Ground changing hands, by the gainer's verb: "captured the town", "took the base".
GAIN = re.compile(rf"\b(?P<verb>(?i:captured|capturing|seized|seizing|took\s+(?:control\s+of|over)|took|taken|overran|overrunning|occupied|occupying|conquered|gained\s+control\s+of|entered|took\s+the\s+base|established\s+control\s+over))\s+(?P<ground>{GROUND})\b")
RETAKE = re.compile(rf"\b(?P<verb>(?i:recaptured|recapturing|retook|retaking|regained(?:\s+control\s+of)?|liberated|liberating|restores?|restored|restoring|reclaim(?:ed|ing)?|took\s+back|won\s+back|recovered))\s+(?P<ground>{GROUND})\b")
# The other side driven out: "pushed Russian troops out of Kherson", "drove the rebels from Goma".
EXPEL = re.compile(rf"\b(?P<verb>(?i:pushed|pushing|drove|driving|driven|forced|expelled|expelling|ousted|ousting|kicked))\s+(?:[\w'’-]+\s+){{0,3}}?(?i:out\s+of|from)\s+(?P<ground>{GROUND})\b")
# Ground given up, by the loser's verb: "lost some positions to the Armenian army", "withdrew from".
LOSS = re.compile(rf"\b(?P<verb>(?i:lost|losing|ceded|abandoned|withdrew\s+from|retreated\s+from|pulled\s+out\s+of|surrendered))\s+(?P<ground>{GROUND})\b")
PEOPLE_NOT_GROUND = re.compile(r"\b(?:soldiers?|troops|fighters|prisoners?|hostages?|civilians|people|lives|tanks?|vehicles?|helicopters?|drones?|responsibility)\b", re.I)


def find_territory_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = []
    for pattern, kind in ((RETAKE, "retaken"), (EXPEL, "retaken"), (GAIN, "gain"), (LOSS, "loss")):
        for match in pattern.finditer(text):
            if any(d.start <= match.start() < d.end for d in drafts):
                continue
            ground = match.groupdict().get("ground") or ""
            if re.search(r"\b(?:the|of|from)\s+$", text[max(0, match.start() - 6) : match.start()], re.I) and match.group("verb").lower().endswith("ed"):
                continue  # "the occupied territories": an adjective, not an event
            if PEOPLE_NOT_GROUND.search(ground) or re.match(r"(?:the\s+)?(?:lives|life)\b", ground, re.I):
                continue
            if PEOPLE_NOT_GROUND.match(text, match.end() + 1) and text[match.end() : match.end() + 1] == " ":
                continue  # "captured Armenian tanks": the name qualifies what was captured, not ground
            if kind == "gain" and match.group("verb").lower() in ("took", "taken") and not re.search(r"\b(?:base|town|village|city|positions?|control|territory|ground|hill)\b", ground, re.I):
                continue
            agent = _clause_actor(view, match.start())
            if kind == "loss":
                to = re.match(r"^[^.;]{0,30}?\bto\s+(?:the\s+)?", text[match.end() :], re.I)
                gainer = view.first_actor_after(match.end() + to.end()) if to else None
                subject = agent or _pronoun_subject(text, match.start())
                drafts.append(DraftClaim("territory", "lost", match.start(), match.end() + (to.end() + 30 if to else 0) if to else match.end(), subject=subject, object=gainer.code if gainer else None))
                drafts[-1].end = min(drafts[-1].end, len(text))
            else:
                subject = SUBJECT_IS_ADVERSARY_OF + agent if agent else None
                if agent is None and FIRST_PERSON.search(text[: match.start()]):
                    subject = SUBJECT_IS_CLAIMANT_ADVERSARY  # "we took the base": the speaker's side gained it
                drafts.append(DraftClaim("territory", "retaken" if kind == "retaken" else "lost", match.start(), match.end(), subject=subject, object=agent))
    return drafts


FIRST_PERSON = re.compile(r"\b(?:we|our\s+(?:forces|troops|fighters|units))\s+(?:\w+\s+){0,2}$", re.I)
# "... killed 12 Somali soldiers and briefly captured": the verb shares the clause's subject.
SECOND_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.I)
CLAUSE_START = re.compile(r"[;.:]|\b(?:while|but|whereas|although)\b", re.I)


def _clause_actor(view: SentenceView, position: int) -> str | None:
    actor = view.last_actor_before(position)
    if actor is None:
        return None
    between = view.text[actor.end : position]
    if SECOND_VERB.search(between):
        breaks = [m.end() for m in CLAUSE_START.finditer(view.text, 0, actor.start)]
        head = view.first_actor_after(breaks[-1] if breaks else 0)
        if head is None or head is actor:
            return None
        actor, between = head, view.text[head.end : position]
    if len(between) > 70 or re.search(r"[;.]|\b(?:while|but|whereas|although)\b", between, re.I):
        return None
    if re.search(r"\b(?:to|of|on|against|from|in)\s+(?:the\s+)?$", view.text[: actor.start], re.I) and not re.search(r"\b(?:authorities|government|forces)\s+in\s+$", view.text[: actor.start], re.I):
        return None
    return actor.code


def _pronoun_subject(text: str, position: int) -> str | None:
    if re.search(r"\b(?:we|our\s+forces|our\s+troops)\b[^.;,]{0,30}$", text[:position], re.I):
        return SUBJECT_IS_CLAIMANT
    if re.search(r"\bthe\s+region\s+has\s*$|\b(?:it|they)\s+(?:has|have|had)?\s*$", text[:position], re.I):
        return SUBJECT_IS_CLAIMANT
    return None
