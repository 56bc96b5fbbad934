"""Denials that name no figure of their own: "It denied other losses", "rejected claims of mass
killing", "rejected the governor's toll", "has denied this", "said the casualty figures were exaggerated".

Each becomes a claim of the denied kind with `stance: deny`; "this"/"the claims" deny the claims
of the previous sentence, re-stated under the denier.
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import SUBJECT_IS_CLAIMANT, DraftClaim, SentenceView
from counterclaim.extract.literal_prefilter import prefiltered

DENIAL_VERB = r"(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|refuted|refutes|refuting|dismissed|dismisses|dismissing|disputed|disputes|disputing)"
# "denied other losses", "rejected claims of mass killing", "rejected the governor's toll"
DENIED_CASUALTIES = prefiltered(re.compile(
    rf"\b{DENIAL_VERB}\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:claims?\s+of\s+|reports?\s+of\s+|allegations?\s+of\s+)?(?:mass\s+)?(?P<what>killings?|casualties|deaths|toll|death\s+toll|massacre|fatalities)\b",
    re.I,
))
DENIED_LOSSES = prefiltered(re.compile(rf"\b{DENIAL_VERB}\s+(?:any\s+|other\s+|further\s+|the\s+)?losses\b", re.I))
INFLATED_TOLL = prefiltered(re.compile(r"\b(?:death\s+)?toll\s+(?:was|is|had\s+been)\s+(?:inflated|exaggerated|false|fabricated)\b|"
                           # "reports of heavy losses were exaggerated", "claims of casualties are false"
                           r"\b(?:reports?|claims?|figures?|talk)\s+(?:of|about)\s+(?:(?:heavy|huge|massive|high|large|big|significant|our|its|their)\s+)*"
                           r"(?:losses|casualties)(?:\s+(?:near|in|around|among|at|on|of)\s+[^.;,]{1,40}?)?\s+(?:are|were|is|was|have\s+been|had\s+been)\s+(?:(?:greatly|grossly|hugely|wildly|simply|completely)\s+)?"
                           r"(?:exaggerated|inflated|false|untrue|fake|baseless|fabricated|groundless|unfounded)\b|\bdo\s+not\s+align\s+with\s+the\s+information\b", re.I))
DENIED_THIS = prefiltered(re.compile(
    # "that" as a pronoun, not as the conjunction of a denied clause ("denied that Krynky had fallen")
    rf"\b{DENIAL_VERB}\s+(?:this|that(?=\s*(?:[,.;:)\"”]|$)|\s+(?:on|in|at|and|but|as|outright|categorically|flatly|strongly)\b)|it|(?:the|these|those|such)\s+(?:claims?|reports?|allegations?|accusations?|statement|information|figures?|numbers)|"
    rf"(?:the\s+)?[\w-]+['’]s?\s+(?:claims?|reports?|figures?|numbers|account|allegations?))\b(?!\s+(?:of|about|that))",
    re.I,
))
# The denial told after its noun in the next sentence: "It was a claim Azerbaijan rejected", "a figure the army disputes".
DENIED_AFTER_NOUN = re.compile(
    rf"\b(?:a|the|this|that|these|those)\s+(?:claims?|reports?|figures?|account|allegations?|assertions?)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    rf"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:has\s+|had\s+|have\s+|later\s+|swiftly\s+|quickly\s+|strongly\s+)*{DENIAL_VERB}\b",
    re.I,
)
DENIED_ABOUT = prefiltered(re.compile(rf"\b{DENIAL_VERB}\s+(?:the\s+)?(?:statement|claims?|reports?)\s+(?:of\s+[^.;]{{0,40}}?\s+)?about\b", re.I))


# Ground said not to have changed hands: "denied that Krynky had fallen", "rejected claims that the town had been captured".
DENIED_FALL = prefiltered(re.compile(
    rf"\b{DENIAL_VERB}\s+(?:(?:the\s+)?(?:claims?|reports?)\s+)?that\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|base|airport|garrison|outpost|camp)(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"\s+(?:had|has|have|was|were)\s+(?:(?:fallen|been\s+(?:captured|taken|seized|lost|overrun|surrounded|encircled))|fell)\b"
    r"(?!\s+(?:into|to|by|below|behind|short|silent|ill|victim|apart|from|sharply|under|in\s+(?:value|price|love))\b)"
    r"|\b{DENIAL_VERB}\s+(?:losing|having\s+lost|the\s+(?:fall|loss|capture)\s+of)\s+(?:control\s+of\s+)?(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?[A-Z][\w'’-]+",
    re.I,
))


def find_denial_claims(view: SentenceView, previous: list[DraftClaim], existing: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = []
    fall = DENIED_FALL.search(text)
    if fall is not None and not any(d.type == "territory" for d in existing):
        drafts.append(DraftClaim("territory", "lost", fall.start(), fall.end(), subject=SUBJECT_IS_CLAIMANT, stance="deny"))
        return drafts
    quantified = [d for d in existing if d.type in ("casualty", "materiel")]
    first_denial = DENIED_THIS.search(text)
    if quantified and not DENIED_ABOUT.search(text) and not (
            # "Kyiv denied the figure, saying only four of its soldiers had been wounded": the claim before is denied, the
            # figure after is the denier's own
            first_denial is not None and previous and first_denial.end() <= min(d.start for d in quantified)
            and re.match(r"\s*,\s*(?:saying|adding|insisting|stating|claiming)\b", text[first_denial.end() :])):
        return drafts
    if quantified:
        match = first_denial
        if match is not None and previous:
            earlier = next((d for d in reversed(previous) if d.type in ("casualty", "materiel") and d.part_of is None), None)
            if earlier is not None:
                drafts.append(DraftClaim(earlier.type, earlier.outcome, match.start(), match.end(), category=earlier.category, count=earlier.count,
                                         subject=earlier.subject if not str(earlier.subject).startswith("@") else None, object=earlier.object, stance="deny"))
                drafts[-1].notes["resolved_subject"] = earlier.notes.get("resolved_subject", "")
        return drafts
    match = DENIED_LOSSES.search(text)
    if match:
        kind = next((d.type for d in reversed(previous) if d.type in ("materiel", "casualty")), "casualty")
        drafts.append(DraftClaim(kind, "lost" if kind == "materiel" else "killed", match.start(), match.end(),
                                 category=None if kind == "materiel" else "military", subject=SUBJECT_IS_CLAIMANT, stance="deny"))
        return drafts
    match = DENIED_CASUALTIES.search(text) or INFLATED_TOLL.search(text)
    if match:
        earlier = next((d for d in previous if d.type == "casualty" and d.outcome == "killed" and d.part_of is None), None)
        subject = earlier.subject if earlier and earlier.subject and not earlier.subject.startswith("@") else None
        category = earlier.category if earlier else "unknown"
        # a massacre is of unarmed people, by the one who denies it: not the denier's own dead ("mass killing" may be either:
        # a group disputing the army's toll of its own fighters calls it that too)
        civilian = re.search(r"\bcivilian\b|\bmassacre\b", match.group(), re.I)
        own = re.search(r"\b(?:mass\s+killings?|casualties|losses)\b", match.group(), re.I) and not civilian
        # "rejecting reports of civilian deaths": the civilians' deaths denied, not the denier's own losses
        draft = DraftClaim("casualty", "killed", match.start(), match.end(), category="civilian" if civilian else category if not own else "military",
                           subject=subject if not own else SUBJECT_IS_CLAIMANT, stance="deny")
        draft.notes["denied_toll"] = "yes"
        drafts.append(draft)
        return drafts
    match = DENIED_THIS.search(text) or DENIED_AFTER_NOUN.search(text)
    if match and any(d.type != "statement" and d.start < match.start() for d in existing):
        return drafts  # "accused Kyiv of shelling the plant, a claim Ukraine rejected": the claim of this sentence, denied with it
    if match and previous:
        denier = view.last_actor_before(match.start())
        accused = [d for d in previous if d.type != "statement" and denier is not None and d.subject == denier.code]
        # "The UAE has rejected such accusations": of the claims before, the one whose actor denies it
        for earlier in accused[:1] or previous:
            if earlier.type in ("statement",):
                continue
            drafts.append(DraftClaim(earlier.type, earlier.outcome, match.start(), match.end(), category=earlier.category,
                                     count=None, subject=earlier.subject if not str(earlier.subject).startswith("@") else None,
                                     object=earlier.object, stance="deny"))
            drafts[-1].notes["resolved_subject"] = earlier.notes.get("resolved_subject", "")
            break
    return drafts
