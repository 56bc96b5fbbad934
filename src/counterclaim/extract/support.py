"""Support claims: one party backing another with arms and aid, fighters, or political support.

`subject` is the provider, `object` the recipient. "Syrian militants sent to assist Azerbaijan"
is fighters support to AZE whose provider is unnamed unless "deployed by Turkey" says so.
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import SUBJECT_IS_CLAIMANT, DraftClaim, SentenceView

SUPPORT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # fighters sent, deployed or recruited to fight for a side
    ("fighters", re.compile(r"\b(?:militants|mercenaries|fighters|jihadists|volunteers|troops)\b[^.;]{0,60}?\b(?:sent|deployed|transferred|brought|recruited|dispatched|being\s+deployed|were\s+sent)\b[^.;]{0,60}?\b(?:to\s+(?:assist|help|fight\s+for|support|aid|reinforce)|for)\b", re.I)),
    ("fighters", re.compile(r"\b(?:sent|deployed|sending|deploying|recruited|recruiting|dispatched)\s+(?:\w+\s+){0,2}(?:militants|mercenaries|fighters|jihadists)\b", re.I)),
    # arms and aid: "providing assistance to Armenia", "supplying weapons", "backing the rebels"
    ("military_aid", re.compile(r"\b(?:provid(?:e|es|ed|ing)|supply(?:ing)?|supplie[sd]|deliver(?:s|ed|ing)?|sen[dt]|sending|giv(?:e|es|ing)|gave|ship(?:ped|ping)?|transfer(?:red|ring)?)\s+(?:\w+\s+){0,3}?(?:military\s+)?(?:assistance|aid|weapons|arms|ammunition|equipment|hardware|missiles|drones|tanks|support)\b", re.I)),
    ("military_aid", re.compile(r"\b(?:announc(?:ed|es|ing)|approv(?:ed|es|ing)|pledg(?:ed|es|ing)|unveil(?:ed|s|ing)|authori[sz](?:ed|es|ing)|promis(?:ed|es|ing)|committ(?:ed|ing))\s+(?:[\w$€£.,-]+\s+){0,5}?(?:military|security|defen[cs]e|weapons)\s+(?:aid|assistance|package|support)\b", re.I)),
    ("military_aid", re.compile(r"\b(?:back(?:ed|ing|s)?|arming|harbou?r(?:s|ed|ing)|shelter(?:s|ed|ing)|directly\s+supporting|supporting\s+it\s+in|support(?:ing|ed)?\s+(?:\w+\s+){0,2}in\s+(?:its|their)\s+(?:offensive|war|fight|attack))\b", re.I)),
    # the noun: "US support for Israel", "Iran's backing of the Houthis" (GOLD_FORMAT: support of unstated kind is military_aid)
    ("military_aid", re.compile(r"\b(?:military\s+)?(?:support|backing)\s+(?:for|to|of)\b", re.I)),
    ("military_aid", re.compile(r"\b(?:formed\s+an\s+alliance|teamed\s+up\s+with|cooperat(?:ing|ed|ion)\s+with|fighting\s+alongside|in\s+alliance\s+with|collaborat(?:ing|ed)\s+with)\b", re.I)),
    # political support: "voiced its support for", "will support our brothers"
    ("political", re.compile(r"\b(?:voiced|expressed|declared|pledged|reaffirmed|announced)\s+(?:its|his|their|full|strong|unwavering)?\s*(?:full\s+|strong\s+)?support\s+(?:for|to)\b|\bwill\s+support\b|\bsupport\s+(?:our|their)\s+\w+\s+brothers\b", re.I)),
)
# Alliances: the partner joined ("teamed up with the FDLR") is the one lending support.
ALLIANCE = re.compile(r"\b(?:formed\s+an\s+alliance|teamed\s+up\s+with|cooperat(?:ing|ed|ion)\s+with|fighting\s+alongside|in\s+alliance\s+with|collaborat(?:ing|ed)\s+with)\b", re.I)
RECIPIENT_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:to|for|assist|help|support|with|alongside|backing|backed|back|arming|supporting|of)\s+(?:the\s+|our\s+)?", re.I)
NOUN_SUPPORT = re.compile(r"(?i)(?:military\s+)?(?:support|backing)\s+(?:for|to|of)\b")
# Verbs of backing that say nothing of arms: a claim only when the party backed is named.
NEEDS_RECIPIENT = re.compile(r"(?i)(?:back|harbou?r|shelter|directly\s+supporting|supporting)")
NOT_SUPPORT = re.compile(r"\b(?:humanitarian|food|medical|relief)\s+(?:aid|assistance|supplies)\b", re.I)


def find_support_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = []
    for outcome, pattern in SUPPORT_PATTERNS:
        for match in pattern.finditer(text):
            if any(d.start <= match.start() < d.end or match.start() <= d.start < match.end() for d in drafts):
                continue
            if NOT_SUPPORT.search(text[match.start() : match.end() + 20]):
                continue
            if text[max(0, match.start() - 1) : match.start()] in ("-", "‑"):
                continue  # "the UN-backed government": a description, not a claim of support
            if ALLIANCE.search(match.group()):
                partner = view.first_actor_after(match.end())
                ally = view.last_actor_before(match.start())
                if partner and partner.start - match.end() <= 6:
                    drafts.append(DraftClaim("support", outcome, match.start(), partner.end, subject=partner.code,
                                             object=ally.code if ally and ally.code != partner.code else SUBJECT_IS_CLAIMANT))
                continue
            provider = _provider(view, match.start(), match.end(), outcome)
            noun = bool(NOUN_SUPPORT.match(match.group()))
            if noun:
                before = view.last_actor_before(match.start())
                # the noun needs its provider right before it: "US support for", "Iran's backing of", "its support for"
                if before is None or not re.fullmatch(r"(?:['’]s)?\s*(?:military\s+|continued\s+|growing\s+|unwavering\s+)?", view.text[before.end : match.start()]):
                    continue
                provider = before.code
            if provider is None and re.search(r"\b(?:we|I|our)\b", text[max(0, match.start() - 12) : match.end()], re.I):
                provider = SUBJECT_IS_CLAIMANT
            recipient = _recipient(view, match, provider)
            if recipient is None and provider is None:
                continue
            if recipient is None and (noun or outcome == "political" or NEEDS_RECIPIENT.match(match.group())):
                continue  # backing a bill, a candidate or an accord is no support of a party
            if recipient is not None and recipient == provider:
                continue
            draft = DraftClaim("support", outcome, match.start(), match.end(), subject=provider, object=recipient)
            if outcome == "political" and provider is not None and provider != SUBJECT_IS_CLAIMANT:
                draft.claimant = provider  # voiced support is the provider's own announcement
            drafts.append(draft)
    return drafts


def _provider(view: SentenceView, start: int, end: int, outcome: str) -> str | None:
    deployed_by = re.search(r"\b(?:deployed|sent|recruited|transferred|brought|backed|armed|supported)\s+by\s+(?:the\s+)?", view.text[start : end + 40], re.I)
    if deployed_by:
        actor = view.first_actor_after(start + deployed_by.end())
        if actor and actor.start - (start + deployed_by.end()) <= 2:
            return actor.code
    actor = view.last_actor_before(start)
    if actor is None:
        return None
    between = view.text[actor.end : start]
    if outcome == "fighters" and view.text[start:end].split()[0].lower() in ("militants", "mercenaries", "fighters", "jihadists", "volunteers", "troops"):
        return None  # "Syrian militants sent to ...": the adjective is who they are, not who sent them
    if len(between) > 60 or re.search(r"[;.]|\b(?:while|but|whereas)\b", between, re.I):
        return None
    if re.search(r"\b(?:to|of|on|against|for)\s+(?:the\s+)?$", view.text[: actor.start], re.I) and not re.search(r"\bwith\s+$", view.text[: actor.start]):
        if not re.search(r"\bwith\s+", view.text[: actor.start][-8:]):
            return None
    return actor.code


def _recipient(view: SentenceView, match: re.Match[str], provider: str | None) -> str | None:
    after = RECIPIENT_AFTER.match(view.text[match.end() :])
    if after:
        actor = view.first_actor_after(match.end() + after.end() - 1)
        if actor and actor.start - (match.end() + after.end()) <= 12:
            return actor.code
    actor = view.first_actor_after(match.end())
    if actor and actor.start - match.end() <= 5:
        return actor.code
    inside = [a for a in view.actors_between(match.start(), match.end()) if a.code != provider]
    if inside and re.search(r"\b(?:to|for|assist|help|with|backing)\s+(?:the\s+)?$", view.text[match.start() : inside[-1].start], re.I):
        return inside[-1].code
    return None
