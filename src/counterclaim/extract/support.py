"""Support claims: one party backing another with arms and aid, fighters, or political support.

`subject` is the provider, `object` the recipient. "Syrian militants sent to assist Azerbaijan"
is fighters support to AZE whose provider is unnamed unless "deployed by Turkey" says so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from counterclaim.data.actors import load_registry
from counterclaim.extract.attribution import ACCORDING_TO, GERUND_START, REPORTING
from counterclaim.extract.drafts import SUBJECT_IS_CLAIMANT, ActorMention, DraftClaim, SentenceView
from counterclaim.extract.literal_prefilter import Prefiltered, prefiltered
from counterclaim.extract.materiel import weapon_pattern

# Verbs of a state keeping another's forces on its land.
HOSTING = re.compile(r"\b(?:host(?:s|ed|ing)|station(?:s|ed|ing))\b", re.I)
# (each pattern prefiltered: most sentences hold none of its words)
SUPPORT_PATTERNS: tuple[tuple[str, Prefiltered], ...] = tuple((outcome, prefiltered(pattern)) for outcome, pattern in (
    # political support: "voiced its support for", "reaffirmed its backing of", "will support our brothers"; first, so
    # that its verb keeps the noun after it
    ("political", re.compile(r"\b(?:voiced|expressed|declared|pledged|reaffirmed|affirmed|reiterated|restated|renewed|confirmed|underlined|stressed|announced)\s+(?:its|his|her|their|our|full|strong|unwavering|the\s+[\w-]+['’]s|(?-i:[A-Z])[\w-]+['’]s)?\s*"
                             r"(?:(?:full|strong|continued|unwavering|unconditional|firm|steadfast|solid|total|unequivocal|political|diplomatic|complete|resolute)\s+){0,2}(?:support|backing)\s+(?:for|to|of)\b|\bwill\s+support\b|\bsupport\s+(?:our|their)\s+\w+\s+brothers\b", re.I)),
    # diplomatic cover given to a side: "offered diplomatic cover to the junta", "shielded Israel at the Security Council"
    ("political", re.compile(r"\b(?:offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|extend(?:s|ed|ing)?|lent|lend(?:s|ing)?)\s+"
                             r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+)?(?:crucial\s+|key\s+|vital\s+)?diplomatic\s+(?:cover|protection|shield|backing|support)\b"
                             r"|\bshield(?:s|ed|ing)?\s+(?:the\s+)?(?-i:[A-Z])?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:at|in|from)\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?Security\s+Council\b", re.I)),
    # fighters sent, deployed or recruited to fight for a side
    # (the fighters head the verb's clause: "mercenaries from Syria were sent to fight for", not "the fight against
    # jihadists his priority and has recruited ...")
    ("fighters", re.compile(r"\b(?:militants|mercenaries|fighters|jihadists|volunteers|troops|soldiers|militiamen)\b(?:\s+(?!(?:his|her|their|its|our|and|has|have|had)\b)[^\s.;]+){0,8}?\s+(?:sent|deployed|transferred|brought|recruited|dispatched|being\s+deployed|were\s+sent|crossed\s+into|arrived\s+in|flown\s+(?:in|into|to)|"
                            # forces moving into a place to help a side there ("moved into Kidal to help the army", "entered Tigray to back")
                            r"(?:moved|advanced|pushed|entered|rolled|poured)(?:\s+into)?)\b[^.;]{0,60}?\b(?:to\s+(?:assist|help|fight\s+(?:for|against|alongside|with)|support|aid|reinforce|prop\s+up|shore\s+up|bolster)|for)\b", re.I)),
    ("fighters", re.compile(r"\b(?:sent|sends|deployed|deploys|sending|deploying|recruited|recruits|recruiting|dispatched|dispatches|transferred|transfers|transferring|airlifted|ferried)\s+(?:\w+\s+){0,3}(?:militants|mercenaries|fighters|jihadists|militiamen|paramilitaries|(?:military\s+)?advis[eo]rs|instructors)\b", re.I)),
    # troops, advisers or instructors sent to help a side ("sent troops to fight for Russia", "deployed special forces to assist")
    # ("sent 11,000 troops to Russia to fight in Kursk", "deployed troops and warplanes to Sudan to back the army")
    ("fighters", re.compile(r"\b(?:sent|deployed|sending|deploying|dispatched|dispatching|sends|deploys)\s+(?:[\w,-]+\s+){0,3}?(?:troops|soldiers|forces|advisers|advisors|instructors|special\s+forces|units)\s+"
                            r"(?:and\s+(?:[\w-]+\s+)?[\w-]+\s+)?(?:(?:to|into|in|inside)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?to\s+(?:help|assist|support|aid|back|reinforce|bolster|fight|join|serve\s+(?:with|alongside))\b", re.I)),
    # troops deployed beside a side ("deploying some 4,000 soldiers alongside the rebels", "sent troops in support of the army")
    # ("deployed between 3,000 and 4,000 troops in eastern Congo alongside the M23")
    ("fighters", re.compile(r"\b(?:sent|deployed|sending|deploying|dispatched|dispatching|sends|deploys)\s+(?:[\w,-]+\s+){0,5}?(?:troops|soldiers|forces|"
                            r"special\s+forces|units)\s+(?:(?:to|into|in|inside)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?(?:alongside|in\s+support\s+of)\b", re.I)),
    # a side bringing in foreign fighters: "the junta has relied on Russian mercenaries", "hired Wagner fighters"
    ("fighters", re.compile(r"\b(?:reli(?:ed|es)\s+on|rely(?:ing)?\s+on|hir(?:ed|es|ing)|enlist(?:ed|s|ing)|brought\s+in|bringing\s+in)\s+(?:(?:the\s+)?[\w'’-]+\s+){0,3}?(?:mercenaries|fighters|paramilitaries|contractors|instructors|troops)\b", re.I)),
    # foreign fighters fighting for a side: "Wagner mercenaries are fighting for the junta", "on the side of Assad's forces"
    ("fighters", re.compile(r"\b(?:mercenaries|fighters|militants|volunteers|jihadists|militiamen|troops|soldiers)\s+(?:(?:are|were|have\s+been|had\s+been|is|was)\s+)?(?:\w+ly\s+)?fighting\s+(?:for|on\s+(?:the\s+)?side\s+of|on\s+behalf\s+of)\b", re.I)),
    # armed men acting for a side: "Rwandan troops are operating inside Congo in support of the M23", "Hezbollah fighters
    # joined the battle in support of Hamas"
    # (the men head their verb: not "groups began joining resistance fighters in March in support of ...")
    ("fighters", re.compile(r"\b(?:mercenaries|fighters|militants|volunteers|jihadists|militiamen|troops|soldiers|special\s+forces)\s+(?:are|were|is|was|have|has|had|\w+ed|\w+ing|fought|went|came|took|joined)\b"
                            r"(?:\s+(?!(?:his|her|their|its|our|and|but|while)\b)[^\s.;,]+){0,8}?\s+(?:in\s+support\s+of|on\s+behalf\s+of)\b", re.I)),
    # armed men of one side backing another in the field: "Burundi has 10,000 troops in Congo backing the Congolese army",
    # "Burundian troops are supporting the army in South Kivu"
    ("fighters", re.compile(r"\b(?:troops|soldiers|forces|fighters|mercenaries|militiamen|contingents?)\b(?:\s+(?!(?:and|but|while|who|which|that)\b)[^\s.;,]+){0,5}?"
                            r"\s+(?:backing|supporting|helping|assisting|reinforcing)(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # a side backed by men: "Burundi backs the Congolese army with some 10,000 troops", "Rwanda is assisting the M23 with troops"
    ("fighters", re.compile(r"\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|aid(?:s|ed|ing)?|reinforc(?:es|ed|ing))\s+(?:the\s+)?"
                            r"(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+with\s+(?:[\w,-]+\s+){0,3}?(?:troops|soldiers|fighters|mercenaries|special\s+forces)\b", re.I)),
    # fighters joining a side: "Chadian fighters have joined the ranks of the RSF"
    ("fighters", re.compile(r"\b(?:mercenaries|fighters|militants|volunteers|jihadists|militiamen|troops|soldiers)\s+(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?join(?:ed|ing)?\s+(?:the\s+ranks\s+of|the\s+fight\s+(?:alongside|for|on\s+the\s+side\s+of))\b", re.I)),
    # arms and aid: "sending assistance to the junta", "supplying weapons", "backing the rebels"
    ("military_aid", re.compile(r"\b(?:provid(?:e|es|ed|ing)|supply(?:ing)?|supplie[sd]|deliver(?:s|ed|ing)?|sen(?:d|ds|t|ding)|giv(?:e|es|ing)|gave|ship(?:s|ped|ping)?|transfer(?:s|red|ring)?|"
                                    # given away or passed on quietly ("donated 20 Marders", "handed over tanks", "funnelling arms")
                                    r"donat(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|sold|sell(?:s|ing)?|funnel(?:s|l?ed|l?ing)|channel(?:s|l?ed|l?ing)|smuggl(?:e|es|ed|ing)|"
                                    # carried by air ("has been flying weapons to the RSF", "airlifted ammunition to Kyiv")
                                    r"fl(?:y|ies|ying|ew|own)|airlift(?:s|ed|ing)?|"
                                    # goods promised to a side ("pledged three more IRIS-T systems to Ukraine", "promised Kyiv 24 F-16s")
                                    r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting))\s+(?:[\w$€£.,-]+\s+){0,6}?(?:military\s+)?(?:assistance|aid|weapons|arms|ammunition|munitions|equipment|hardware|missiles|rockets|drones|tanks|support|"
                                    r"systems|jets|warplanes|aircraft|helicopters|howitzers|artillery|shells|launchers|air\s+defen[cs]es?|armou?red\s+vehicles|(?:combat|fighting)\s+vehicles|rifles|bombs|"
                                    # what is known of the enemy, handed to a side ("provided intelligence to the Houthis")
                                    r"intelligence(?=\s+(?:to|for)\b))\b", re.I)),
    # equipment named with its giver or taker: "drones supplied by Iran", "missiles made in Iran and delivered to Russia"
    ("military_aid", re.compile(r"\b(?:weapons|arms|ammunition|munitions|missiles|rockets|drones|tanks|jets|warplanes|aircraft|helicopters|howitzers|shells|systems|equipment|vehicles)\s+"
                                r"(?:[\w-]+\s+){0,4}?(?:supplied|provided|delivered|donated|shipped|smuggled|funnell?ed)\s+(?:by|to)\b", re.I)),
    # help with arms or men: "Turkey is helping Azerbaijan with drones", "Rwanda is assisting the M23 with troops"
    ("military_aid", re.compile(r"\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|aid(?:s|ed|ing)?)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+with\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:weapons|arms|ammunition|munitions|missiles|rockets|drones|tanks|troops|soldiers|fighters|advisers|advisors|equipment|intelligence|air\s+defen[cs]es?)\b", re.I)),
    # help in the fighting itself: "the US helped Israel shoot down Iranian missiles", "its jets helped defend Israel"
    ("military_aid", re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?(?:to\s+)?"
                                r"(?:defend|shoot\s+down|intercept|repel|repulse|fight\s+off|hold\s+off|push\s+back|retake|recapture|win)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                                r"(?:(?-i:[A-Z])|missiles|drones|rockets|attacks?|assaults?|offensives?|advances?|forces|troops|positions|territory|ground|war|battle|"
                                r"towns?|villages?|cities|city|areas?|bases?|regions?|control)", re.I)),
    # support of a military kind offered to a side: "China offered Pakistan satellite support", "gave Kyiv intelligence support"
    ("military_aid", re.compile(r"\b(?:offer(?:ed|s|ing)?|provid(?:ed|es|ing)|giv(?:en|es|ing)|gave|extend(?:ed|s|ing))\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:military|intelligence|satellite|air|naval|logistical|logistic|operational|targeting)\s+(?:support|assistance|help|cover)\b", re.I)),
    # the giver named by a noun: "Iran is the main supplier of weapons to the Houthis"
    ("military_aid", re.compile(r"\b(?:supplier|provider|source)\s+of\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|ammunition|munitions|missiles|drones|military\s+(?:aid|equipment|hardware))\b", re.I)),
    # the transfer named as a noun: "US weapons deliveries to Israel", "the sale of F-16 jets to Taiwan"
    ("military_aid", re.compile(r"\b(?:(?:arms|weapons|military|ammunition)\s+(?:deliveries|delivery|shipments?|supplies|transfers?|sales?)|"
                                r"(?:sales?|deliver(?:y|ies)|shipments?|transfers?|supply)\s+of\s+(?:[\w-]+\s+){0,3}?(?:weapons|arms|ammunition|munitions|missiles|rockets|drones|tanks|jets|warplanes|aircraft|helicopters|howitzers|artillery|shells|air\s+defen[cs]es?|systems))\s+to\b", re.I)),
    ("military_aid", re.compile(r"\b(?:announc(?:ed|es|ing)|approv(?:ed|es|ing)|pledg(?:ed|es|ing)|unveil(?:ed|s|ing)|authori[sz](?:ed|es|ing)|promis(?:ed|es|ing)|committ(?:ed|ing)|"
                                r"agree[ds]?|agreeing|adopt(?:ed|s|ing)|pass(?:ed|es|ing))\s+(?:[\w$€£.,-]+\s+){0,7}?(?:(?:military|security|defen[cs]e|weapons)\s+(?:aid|assistance|package|support)|(?:aid|assistance)\s+package)\b", re.I)),
    # training a side's forces ("French instructors trained 2,000 Ukrainian soldiers", "is training Malian troops")
    # ... not "training" naming a side's own flight, drill or range ("crashed during a training flight, killing both pilots");
    # a training mission, camp or centre may well serve another side's forces
    ("military_aid", re.compile(r"\b(?:train(?:s|ed|ing)?)(?!\s+(?:flights?|exercises?|sorties?|drills?|accidents?|jets?|aircraft|planes?|"
                                r"grounds?|ranges?|areas?)\b)(?:\s+and\s+(?:equip(?:s|ped|ping)?|arm(?:s|ed|ing)?))?\s+(?:[\w,'’-]+\s+){0,5}?(?:soldiers|troops|forces|fighters|pilots|recruits|servicemen|personnel|units|brigades?|battalions?|army|military|police|commandos)\b", re.I)),
    # arms or money given to a party named right after the verb ("the UAE armed the RSF", "Iran funds Hezbollah")
    ("military_aid", re.compile(r"(?<![-‑])\b(?:armed|arms|fund(?:s|ed|ing)|financ(?:es|ed|ing)|bankroll(?:s|ed|ing)?|sponsor(?:s|ed)|equip(?:s|ped)|support(?:s|ed|ing)|suppl(?:ies|ied|ying))\b(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # verbs of backing coordinated before the party backed: "Iran has armed and trained the Houthis", "funded, armed and trained"
    ("military_aid", re.compile(r"\b(?:armed|funded|financed|equipped|trained|bankrolled)(?:\s*,\s*(?:armed|funded|financed|equipped|trained|bankrolled))*(?:,?\s+and\s+)(?:armed|funded|financed|equipped|trained|bankrolled)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))", re.I)),
    # help against a side's enemy: "Russia's Africa Corps has been helping Malian troops against jihadists"
    ("military_aid", re.compile(r"\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|aid(?:s|ed|ing)?|support(?:s|ed|ing)?)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:troops|forces|army|soldiers|military|government)?\s*"
                                r"(?:in\s+(?:its|their|the)\s+(?:fight|war|battle|struggle|campaign)\s+)?against\b", re.I)),
    # a state letting armed men use its land ("allowing militants to use its soil for attacks", "lets the TTP operate from
    # its territory"): harbouring them
    # a state hosting another's forces on its land ("Belarus hosted Russian troops", "stationed Russian forces on its soil")
    ("military_aid", re.compile(HOSTING.pattern + r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:troops|forces|soldiers|military\s+bases?)\b", re.I)),
    ("military_aid", re.compile(r"\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|let(?:s|ting)?)\s+(?:[\w'’-]+\s+){0,3}?(?:militants|terrorists|fighters|groups?|insurgents|rebels|jihadists)\s+"
                                r"to\s+(?:use|operate\s+(?:from|on|in)|launch\s+attacks\s+from)\s+(?:its|their|his|her|the\s+country['’]s|Afghan|Pakistani)\s+(?:soil|territory|land)\b", re.I)),
    # armed men given a refuge: "Pakistan gives shelter to militants", "provided safe haven to the TTP"
    ("military_aid", re.compile(r"\b(?:giv(?:e|es|ing|en)|gave|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?)\s+(?:a\s+)?(?:safe\s+)?(?:shelter|sanctuary|sanctuaries|safe\s+havens?|refuge)\s+(?:to|for)\b", re.I)),
    ("military_aid", re.compile(r"\b(?:back(?:ed|ing|s)?|arming|harbou?r(?:s|ed|ing)|shelter(?:s|ed|ing)|directly\s+supporting|supporting\s+it\s+in|support(?:ing|ed)?\s+(?:\w+\s+){0,2}in\s+(?:its|their)\s+(?:offensive|war|fight|attack))\b", re.I)),
    # accused of supporting ("accuses Rwanda of supporting the M23"): whatever the kind, it is backing
    ("military_aid", re.compile(r"(?<=\bof\s)(?:supporting|financing|funding|sponsoring|aiding)\b(?=\s+(?:the\s+)?[A-Z\w])", re.I)),
    # the noun: "US support for Israel", "Iran's backing of the Houthis" (GOLD_FORMAT: support of unstated kind is military_aid)
    ("military_aid", re.compile(r"\b(?:military\s+)?(?:support|backing)\s+(?:for|to|of)\b", re.I)),
    ("military_aid", re.compile(r"\b(?:formed\s+an\s+alliance|teamed\s+up\s+with|cooperat(?:ing|ed|ion)\s+with|(?:fighting|fought|fight|fights|operating|operated|operates|operate|serving|served|serves|serve)\s+alongside|in\s+alliance\s+with|collaborat(?:ing|ed)\s+with|allied\s+(?:itself\s+|themselves\s+)?with|joined\s+forces\s+with|sided\s+with)\b", re.I)),
))
RELIED_ON = re.compile(r"(?i)reli(?:ed|es)\s+on|rely(?:ing)?\s+on|hir(?:ed|es|ing)|enlist(?:ed|s|ing)|brought\s+in|bringing\s+in")
# Verbs that take "back" as a particle ("hit back", "pushed back the advance", "drove back", "held back").
PHRASAL_BACK = re.compile(
    r"\b(?:hit|hits|hitting|strike|strikes|struck|striking|fight|fights|fought|fighting|push|pushed|pushes|pushing|drive|drove|driven|driving|"
    r"beat|beaten|beating|force|forced|forcing|hold|held|holding|fall|fell|falling|roll|rolled|rolling|turn|turned|turning|come|came|coming|"
    r"go|went|going|bring|brought|bringing|send|sent|sending|win|won|winning|pull|pulled|pulling|call|called|calling|cut|cutting|scale|scaled|scaling|"
    r"pay|paid|paying|give|gave|giving|get|got|getting|look|looked|looking|step|stepped|stepping|move|moved|moving|shoot|shot|shooting|"
    # "set back Iran's nuclear programme", "fired back", "flew back to base", "knocked back", "put back"
    r"set|sets|setting|fire|fired|fires|firing|fly|flew|flown|flying|knock|knocked|knocking|put|puts|putting|return|returned|returning)\s+(?:\w+\s+)?$",
    re.I,
)
# Alliances: the partner joined ("teamed up with the FDLR") is the one lending support.
ALLIANCE = re.compile(r"\b(?:formed\s+an\s+alliance|teamed\s+up\s+with|cooperat(?:ing|ed|ion)\s+with|(?:fighting|fought|fight|fights|operating|operated|operates|operate|serving|served|serves|serve)\s+alongside|in\s+alliance\s+with|collaborat(?:ing|ed)\s+with|allied\s+(?:itself\s+|themselves\s+)?with|joined\s+forces\s+with|sided\s+with)\b", re.I)
RECIPIENT_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:to|for|assist|help|support|with|alongside|backing|backed|back|arming|supporting|of)\s+(?:the\s+|our\s+)?", re.I)
NOUN_SUPPORT = re.compile(r"(?i)(?:military\s+)?(?:support|backing)\s+(?:for|to|of)\b")
# Verbs of backing that say nothing of arms: a claim only when the party backed is named.
NEEDS_RECIPIENT = re.compile(r"(?i)(?:back|harbou?r|shelter|directly\s+supporting|supporting|financing|funding|sponsoring|aiding|arm(?:s|ed)\b|fund(?:s|ed)\b|financ|bankroll|sponsor|equip)")
# The one accused in a passive: "the UAE, which has been accused by the army of arming the RSF".
ACCUSED_BY_OF = re.compile(r"\b(?:(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+(?:being\s+)?)?(?:\w+ly\s+)?accused\s+by\s+[^,;.]{1,50}?\s+of\s+(?:\w+ly\s+)?$", re.I)
# "accused Belgrade of backing ...": an accusation of backing, whoever is backed
ACCUSED_OF = re.compile(r"(?i)\baccus\w+\s+(?:[\w'’-]+\s+){0,3}of\s+(?:\w+ly\s+)?$")
# Armed men sheltered, named by a pronoun or a noun, after an accusation ("accused Algeria of harbouring them", "of
# sheltering militants"): the accused backs them whoever they are.
HARBOURED_FIGHTERS = re.compile(r"\s+(?:them|the\s+(?:militants|terrorists|rebels|insurgents|fighters|jihadists|attackers|gunmen)|"
                                r"(?:[\w-]+\s+)?(?:militants|terrorists|rebels|insurgents|fighters|jihadists))\b", re.I)
# Forces or weapons sent to strike: the sender's own attack ("sent jets to strike", "dispatched drones to hit").
SENT_TO_STRIKE = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:strike|attack|bomb|hit|shell|target|pound|raid|destroy|intercept)\b", re.I)
DIRECT_BACKING = re.compile(r"(?i)armed|arms|fund(?:s|ed|ing)|financ(?:es|ed|ing)|bankroll(?:s|ed|ing)?|sponsor(?:s|ed)|equip(?:s|ped)|support(?:s|ed|ing)|suppl(?:ies|ied|ying)")
# "supports" names backing in arms only with an armed group for object ("Turkey was supporting Hamas terrorists"); a state
# or a people supported may be voiced support ("France supports Ukraine's bid"); "supplies" with no goods named, likewise
# ("the UAE has been supplying the RSF", not "Qatar supplies Europe").
SUPPORT_VERB = re.compile(r"(?i)support(?:s|ed|ing)|suppl(?:ies|ied|ying)")


def _direct_object(view: SentenceView, end: int) -> bool:
    """Whether an actor is the verb's direct object, right after it ("armed the RSF", "funds Hezbollah")."""
    actor = view.first_actor_after(end)
    return actor is not None and re.fullmatch(r"\s+(?:the\s+)?", view.text[end : actor.start]) is not None and view.text[end:].split()[0].lower() not in ("forces", "groups")


def _verb_subject(view: SentenceView, start: int) -> bool:
    """Whether an actor heads the verb at `start` ("the UAE armed", "Iran has long funded"), not a possessor or article."""
    actor = view.last_actor_before(start)
    return (actor is not None and not re.search(r"['’]s?$", actor.text)
            and re.fullmatch(r"\s+(?:(?:has|have|had|is|are|was|were|been|also|long|\w+ly)\s+){0,3}", view.text[actor.end : start], re.I) is not None)


# Support asked for, not given: "urged allies to send", "called on Europe to deliver", "asked Washington to provide".
APPEAL_TO = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|implor\w+|plead\w*\s+with|"
                       r"request(?:s|ed|ing)?|encourag\w+)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:\w+ly\s+)?$", re.I)
# Support refused or ruled out for the future ("refused to fight alongside", "will not send troops"); a past "has never sent"
# is a denial, read as one.
REFUSED_BEFORE = re.compile(r"\b(?:(?:refus|declin)(?:ed|es|ing)\s+to|(?:will|would)\s+not|(?:will|would)n['’]t|won['’]t)\s+(?:\w+ly\s+)?$", re.I)
NOT_SUPPORT = re.compile(r"\b(?:humanitarian|food|medical|relief)\s+(?:aid|assistance|supplies)\b", re.I)


def find_support_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = _support_received(view)
    for outcome, pattern in SUPPORT_PATTERNS:
        for match in pattern.finditer(text):
            if any(d.start <= match.start() < d.end or match.start() <= d.start < match.end() for d in drafts):
                continue
            if NOT_SUPPORT.search(text[match.start() : match.end() + 20]):
                continue
            if PHRASAL_BACK.search(text, max(0, match.start() - 20), match.start()) and match.group().lower() == "back":
                continue  # "hit back", "pushed back the advance", "fought back": a particle, not backing
            if text[max(0, match.start() - 1) : match.start()] in ("-", "‑"):
                continue  # "the UN-backed government": a description, not a claim of support
            if re.match(r"(?i)backed|supported", match.group()) and BACKED_WORDS.search(text, 0, match.start()):
                continue  # "a claim backed by UN experts": words backed, not a party
            if SENT_TO_STRIKE.match(text, match.end()) and not HOSTING.match(match.group()):
                continue  # "sent F-16 jets to strike two targets": a side's own attack, not support of the target
            if re.match(r"(?i)harbou?r|shelter", match.group()) and not _direct_object(view, match.end()) and not (
                    ACCUSED_OF.search(text[: match.start()]) and HARBOURED_FIGHTERS.match(text, match.end())):
                continue  # "where 150 displaced people had been sheltering": people taking shelter, no party sheltered
            if (DIRECT_BACKING.fullmatch(match.group()) and not re.search(r"(?i)\bof\s$", text[max(0, match.start() - 3) : match.start()])
                    and not (_direct_object(view, match.end()) and _verb_subject(view, match.start()))):
                continue  # "the Armed Forces of Armenia", "Yemen's armed Houthi group": an adjective, no party armed or funded
            if SUPPORT_VERB.fullmatch(match.group()) and getattr(load_registry().actor(getattr(view.first_actor_after(match.end()), "code", "")), "kind", None) != "group":
                continue  # "France supports Ukraine's bid": a state supported in words, no arms told
            if APPEAL_TO.search(text, max(0, match.start() - 90), match.start()):
                continue  # "urged allies to send more air defence": an appeal for support, none given yet
            if REFUSED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Hungary refused to fight alongside Ukraine", "has never sent troops": no support given
            if ALLIANCE.search(match.group()):
                partner = view.first_actor_after(match.end())
                ally = view.last_actor_before(match.start())
                if ally is not None and re.search(r"(?i)\b(?:to|in|into|from|of|on|at)\s+(?:the\s+)?$", text[: ally.start]):
                    continue  # "sent fighters to Libya to fight alongside ...": a place on the way, not the ally
                if partner and partner.start - match.end() <= 6 and ally and re.search(r"(?i)alongside", match.group()) and ally.code != partner.code:
                    # "Eritrean troops fighting alongside Ethiopian forces": those fighting alongside lend the support
                    drafts.append(DraftClaim("support", "fighters", match.start(), partner.end, subject=ally.code, object=partner.code))
                elif partner and partner.start - match.end() <= 6 and not (ally is not None and ally.code == partner.code):
                    # (not "the junta recruited volunteers to fight alongside the army": one side's own forces)
                    drafts.append(DraftClaim("support", outcome, match.start(), partner.end, subject=partner.code,
                                             object=ally.code if ally and ally.code != partner.code else SUBJECT_IS_CLAIMANT))
                continue
            if RELIED_ON.match(match.group()):
                # "the junta has relied on Russian mercenaries from the Wagner Group": the fighters' owner sends them
                owners = [a for a in view.actors if match.start() < a.start and (a.end <= match.end() or a.start - match.end() <= 30
                          and re.fullmatch(r"\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?", text[match.end() : a.start]))]
                host = next((a for a in reversed(view.actors) if a.end <= match.start()), None)
                if owners:
                    drafts.append(DraftClaim("support", "fighters", match.start(), max(match.end(), owners[-1].end), subject=owners[-1].code,
                                             object=host.code if host is not None and host.code != owners[-1].code and match.start() - host.end <= 40 else None))
                continue
            provider = _provider(view, match.start(), match.end(), outcome)
            if (accused_by := ACCUSED_BY_OF.search(text, max(0, match.start() - 90), match.start())) is not None:
                accused = view.last_actor_before(accused_by.start())
                provider = accused.code if accused is not None and accused.role != "pronoun" else provider  # "the UAE, accused by the army of arming"
            noun = bool(NOUN_SUPPORT.match(match.group()))
            if noun:
                before = view.last_actor_before(match.start())
                # the noun needs its provider right before it: "US support for", "Iran's backing of", "its support for"
                if before is None or not re.fullmatch(r"(?:['’]s)?\s*(?:military\s+|continued\s+|growing\s+|unwavering\s+)?", view.text[before.end : match.start()]):
                    continue
                provider = before.code
            if provider is None and re.search(r"\b(?:we|I|our)\b", text[max(0, match.start() - 12) : match.end()], re.I):
                provider = SUBJECT_IS_CLAIMANT
            if DENIED_GIVING.search(text, max(0, match.start() - 40), match.start()):
                provider = SUBJECT_IS_CLAIMANT  # "Iran condemned the strikes and denied supplying weapons": the denier gave none
            recipient = _recipient(view, match, provider)
            if (helped := _allies_of(view, match.start())) is not None and provider == helped:
                provider, recipient = None, recipient or helped  # "Ukraine's Western allies have sent weapons": the allies give, Ukraine receives
            if re.search(r"(?i)\bagainst$", match.group()) or re.search(r"(?i)\bto\s+fight$", match.group()) and not re.match(r"(?i)\s+(?:for|alongside|with|on|beside)\b", text[match.end() :]):
                # "troops were sent to Russia to fight against Ukraine", "deployed soldiers in Congo to fight the M23": the side
                # they are sent to, not the enemy
                sent_to = [a for a in view.actors_between(match.start(), match.end()) if a.code != provider]
                recipient = sent_to[-1].code if sent_to else None
            if recipient is None and provider is None:
                continue
            accused_of = ACCUSED_OF.search(text[: match.start()])
            if recipient is None and (noun or outcome == "political" or NEEDS_RECIPIENT.match(match.group())) and not (accused_of and provider):
                continue  # backing a bill, a candidate or an accord is no support of a party; "accused X of backing the gunmen" is
            if recipient is not None and recipient == provider:
                continue
            if outcome == "military_aid" and MEN_HEADING_HELP.search(text, max(0, match.start() - 40), match.start()) and HELP_VERB.match(match.group()):
                outcome = "fighters"  # "North Korean troops helped Russia retake Kursk": the men themselves fought for it
            draft = DraftClaim("support", outcome, match.start(), match.end(), subject=provider, object=recipient)
            if outcome == "political" and provider is not None and provider != SUBJECT_IS_CLAIMANT:
                draft.claimant = provider  # voiced support is the provider's own announcement
            elif provider is not None and (pledge := PLEDGED_BY_PROVIDER.search(text, max(0, match.start() - 60), match.start())) is not None:
                named = view.last_actor_before(pledge.start())
                clause = text[: named.start][max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, named.start)), default=0) :] if named else ""
                if (named is not None and named.code == provider and re.fullmatch(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}\s+", text[named.end : pledge.start()])
                        and not REPORTING.search(clause) and not ACCORDING_TO.search(clause)):
                    # "..., while Britain pledged to train recruits": the provider announces its own aid (not "the US said
                    # Britain had pledged", nor "according to Kenyan officials, Turkey agreed")
                    draft.claimant = provider
            drafts.append(draft)
    if MUTUAL_BACKING.search(text):
        drafts = [d for d in drafts if not MUTUAL_BACKING.search(text[max(0, d.start - 60) : d.end])]
    drafts.extend(find_support_constructions(view, drafts))
    drafts.extend(_backers_named(view, drafts))
    return _one_per_provider(view, drafts)


# Armed men heading a verb of help: "North Korean troops helped Russia retake Kursk", "Chadian soldiers are assisting".
MEN_HEADING_HELP = re.compile(r"\b(?:troops|soldiers|forces|fighters|mercenaries|militiamen|special\s+forces|paratroopers|contingents?)\s+"
                              r"(?:(?:have|has|had|are|were|is|was|also|reportedly|reportedly\s+have)\s+)*$", re.I)
HELP_VERB = re.compile(r"(?i)(?:help|assist|aid(?:s|ed|ing)?\b)")


# A provider announcing its own aid ("Britain pledged to train", "Japan has promised to send", "Turkey agreed to supply").
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\b|\b(?:while|whereas)\b", re.I)
PLEDGED_BY_PROVIDER = re.compile(r"\b(?:pledged|pledges|promised|promises|vowed|vows|offered|offers|agreed|agrees|committed|commits|"
                                 r"announced|announces|decided|decides)\s+(?:to\s+|on\s+)?$", re.I)


LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
VERB_AFTER_LIST = re.compile(r"\s+(?:(?:have|has|had|also|jointly|all|both|together|reportedly|allegedly)\s+)*", re.I)


def _one_per_provider(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """One support claim per provider listed ("Saudi Arabia and the UAE backed ...", "jets from Denmark and the
    Netherlands"): the draft names the provider closest to its verb, the others share it."""
    out: list[DraftClaim] = []
    for draft in drafts:
        out.append(draft)
        if draft.subject is None or draft.subject.startswith("@"):
            continue
        mentions = [a for a in view.actors if a.code == draft.subject]
        before = next((a for a in reversed(mentions) if a.end <= draft.start and VERB_AFTER_LIST.fullmatch(view.text, a.end, draft.start)), None)
        after = next((a for a in mentions if draft.start <= a.start and a.end == draft.end), None)
        if before is None and after is None and GERUND_START.match(view.text, draft.start) and mentions and mentions[0] is view.actors[0]:
            # "Russia and China vetoed a resolution, offering diplomatic cover to the junta": the clause's head is a list
            after = mentions[0]
        listed: list[str] = []
        if before is not None:
            chain = [a for a in view.actors if a.end <= before.start]
            position = before.start
            for actor in reversed(chain):
                link = LIST_LINK.fullmatch(view.text, actor.end, position)
                if not link or not listed and not re.search(r"\band\b", link.group()):
                    break  # a list ends with "and": "Russia, Iran and China backed", not "..., Kenya said, Uganda backed"
                listed.append(actor.code)
                position = actor.start
        elif after is not None:
            position = after.end
            links = []
            for actor in (a for a in view.actors if a.start >= after.end):
                link = LIST_LINK.fullmatch(view.text, position, actor.start)
                if not link:
                    break
                listed.append(actor.code)
                links.append(link.group())
                position = actor.end
            while links and not re.search(r"\band\b", links[-1]):
                links.pop()
                listed.pop()  # "backed by Rwanda, UN experts say": a comma alone ends no list
        for code in dict.fromkeys(listed):
            if code not in (draft.subject, draft.object):
                out.append(dataclasses.replace(draft, subject=code, claimant=code if draft.claimant == draft.subject else draft.claimant,
                                               notes=dict(draft.notes)))
    return out


# Support told from the receiving side: "with the support of Russian mercenaries", "with backing from the UAE",
# "aided by Rwandan troops", "receives support from Wagner": the actor after it provides, the one before receives.
# A sentence opening on the help its subject had ("Backed by Turkish drones, the Ethiopian army ...").
LEADING_BACKED_BY = re.compile(r"^\W*(?:backed|supported|aided|assisted|helped|armed|reinforced)\s+by\s+(?:the\s+)?", re.I)
# Helpers the registry does not name, listed before one it does ("clan militias and ", "local fighters, ").
LISTED_BEFORE_PROVIDER = re.compile(r"(?:[\w'’-]+\s+){1,3}?(?:and|,)\s+(?:the\s+)?", re.I)
SUPPORT_RECEIVED = prefiltered(re.compile(
    r"\b(?:with\s+(?:the\s+)?(?:military\s+|direct\s+|active\s+|full\s+)?(?:support|backing|help|assistance|aid)\s+(?:of|from)|"
    r"(?:aided|assisted|helped|reinforced|bolstered)\s+by|(?:receiv|get|gett)(?:es|ed|ing|s)?\s+(?:military\s+)?(?:support|backing|help|assistance)\s+from)\s+(?:the\s+)?",
    re.I,
))
FIGHTER_AFTER = re.compile(r"\s*(?:troops|soldiers|forces|mercenaries|fighters|militias?|units|special\s+forces|paramilitaries)\b", re.I)


# Backing named by a noun of the party backed (GOLD_FORMAT: nouns of backing are coded, adjectives are not): "Israel's main
# military backer, the United States", "Hezbollah, Iran's closest ally,", "Russia's ally Belarus": the ally or backer
# provides, the possessor receives.
BACKER_NOUN = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:main|chief|key|closest|close|biggest|principal|staunchest|top|military|regional|foreign|strongest|most\s+important)\s+){0,2}"
    r"(?:ally|backer|patron|sponsor|benefactor|arms\s+supplier)\b", re.I)
PROVIDER_IS = re.compile(r"(?i)\s+(?:is|was|remains|remained|has\s+been|had\s+been|became|becomes)\s+(?:also\s+|still\s+)?(?:the\s+)?$")


# The party backed named by a noun of its patron: "Hezbollah, Iran's most powerful proxy,", "Iran's proxy Hezbollah".
PROXY_NOUN = re.compile(r"^(?:['’]s?)?\s+(?:(?:main|chief|key|closest|most\s+powerful|most\s+potent|strongest|regional|armed|militant|local)\s+){0,2}(?:proxy|proxies|client\s+militias?)\b", re.I)


def _proxy_named(view: SentenceView, patron: ActorMention, end: int, taken: list[DraftClaim]) -> list[DraftClaim]:
    """The patron gives, the proxy named in apposition receives (unnamed proxies: the patron's backing with no recipient)."""
    text = view.text
    if any(d.start <= patron.start < d.end for d in taken):
        return []
    after = view.first_actor_after(end)
    before = view.last_actor_before(patron.start)
    proxy = None
    if after is not None and re.fullmatch(r",?\s+(?:the\s+)?", text[end : after.start]):
        proxy = after  # "Iran's proxy Hezbollah"
    elif before is not None and re.fullmatch(r",\s+(?:an?\s+|the\s+)?", text[before.end : patron.start]):
        proxy = before  # "Hezbollah, Iran's most powerful proxy,"
    if proxy is not None and proxy.code == patron.code:
        return []
    return [DraftClaim("support", "military_aid", min(patron.start, proxy.start if proxy else patron.start), max(end, proxy.end if proxy else end),
                       subject=patron.code, object=proxy.code if proxy else None)]


def _backers_named(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    found: list[DraftClaim] = []
    for receiver in view.actors:
        noun = BACKER_NOUN.match(text[receiver.end :])
        possessive = re.search(r"['’]s?$", receiver.text) or re.match(r"['’]", text[receiver.end :])
        if receiver.role != "pronoun" and possessive and (proxy := PROXY_NOUN.match(text[receiver.end :])) is not None:
            found.extend(_proxy_named(view, receiver, receiver.end + proxy.end(), [*drafts, *found]))
            continue
        if noun is None or receiver.role == "pronoun" or not possessive:
            continue  # a possessor only: "Iran's ally", not "an Iran ally summit"
        end = receiver.end + noun.end()
        if any(d.start <= receiver.start < d.end for d in [*drafts, *found]):
            continue
        provider = None
        after = view.first_actor_after(end)
        before = view.last_actor_before(receiver.start)
        if after is not None and re.fullmatch(r",?\s+(?:the\s+)?", text[end : after.start]):
            provider = after  # "Russia's ally Belarus", "Israel's main backer, the United States"
        elif before is not None and (re.fullmatch(r",\s+(?:an?\s+|the\s+)?", text[before.end : receiver.start]) or PROVIDER_IS.fullmatch(text[before.end : receiver.start])):
            provider = before  # "Hezbollah, Iran's closest ally,", "The United States is Israel's main backer"
        if provider is None or provider.code == receiver.code:
            continue
        found.append(DraftClaim("support", "military_aid", min(receiver.start, provider.start), max(end, provider.end), subject=provider.code, object=receiver.code))
    return found


def _support_received(view: SentenceView) -> list[DraftClaim]:
    drafts = []
    for match in LEADING_BACKED_BY.finditer(view.text):
        # "Backed by Turkish drones, the Ethiopian army pushed ...": the clause's head after the comma is helped
        provider = view.first_actor_after(match.end())
        comma = view.text.find(",", match.end())
        receiver = view.first_actor_after(comma) if comma > 0 else None
        if (provider is not None and provider.start - match.end() <= 3 and receiver is not None and receiver.code != provider.code
                and provider.end <= comma and re.fullmatch(r",\s*(?:the\s+)?", view.text[comma : receiver.start])):
            drafts.append(DraftClaim("support", "military_aid", match.start(), provider.end, subject=provider.code, object=receiver.code))
    for match in SUPPORT_RECEIVED.finditer(view.text):
        provider = view.first_actor_after(match.end())
        if provider is not None and LISTED_BEFORE_PROVIDER.fullmatch(view.text, match.end(), provider.start):
            pass  # "with the support of clan militias and African Union troops": the provider the registry knows, listed after others
        elif provider is None or provider.start - match.end() > 3:
            continue
        receiver = next((a for a in reversed(view.actors) if a.end <= match.start()), None)
        gap = view.text[receiver.end : match.start()] if receiver is not None else ""
        if (receiver is None or receiver.code == provider.code or len(gap) > 45 or re.search(r"[.;]|\b(?:but|while|which|who|that|against)\b", gap)
                or re.search(r"(?i)\b(?:of|on|in|into|against|from|by|to|with|at|over|for)\s+(?:the\s+)?$", view.text[: receiver.start])):
            continue
        named = re.sub(r"(?i)^(?:[\w'’-]+\s+)", "", view.text[provider.start : provider.end]) if " " in view.text[provider.start : provider.end] else ""
        outcome = "fighters" if FIGHTER_AFTER.match(view.text, provider.end) or FIGHTER_AFTER.match(" " + named) else "military_aid"
        drafts.append(DraftClaim("support", outcome, match.start(), provider.end, subject=provider.code, object=receiver.code))
    return drafts


def _provider(view: SentenceView, start: int, end: int, outcome: str) -> str | None:
    deployed_by = re.search(r"\b(?:deployed|sent|recruited|transferred|brought|backed|armed|supported|supplied|provided|delivered|donated|shipped|smuggled|funnell?ed)\s+by\s+(?:the\s+)?", view.text[start : end + 40], re.I)
    if deployed_by and not BACKED_WORDS.search(view.text, 0, start + deployed_by.start()):
        actor = view.first_actor_after(start + deployed_by.end())
        if actor and actor.start - (start + deployed_by.end()) <= 2:
            return actor.code
    covering = [a for a in view.actors if a.start < start < a.end and (a.role == "group" or a.role in ("military", "adjective", "demonym") and outcome == "fighters")]
    if outcome == "fighters" and covering:
        return covering[0].code  # "Wagner mercenaries were deployed to ...": the group named with its fighters sends them
    decision = DECISION_JUDGED_BEFORE.search(view.text, max(0, start - 80), start)
    if decision is not None:
        # "Moscow blasted the decision to send missiles to Kyiv": who judges a decision did not take it; its maker, if named in
        # the phrase ("Washington's decision to send"), gives
        maker = next((a for a in view.actors if decision.start("phrase") <= a.start < start), None)
        return maker.code if maker is not None else None
    if GERUND_START.match(view.text, start) and re.search(r",\s*$", view.text[:start]) and view.actors:
        head = view.actors[0]
        if head.start < start and re.fullmatch(r"\W*(?:the\s+)?", view.text[: head.start], re.I) and head.role not in ("pronoun", "generic"):
            return head.code  # "Russia and China vetoed a resolution, offering diplomatic cover to the junta": the clause's head gives
    actor = view.last_actor_before(start)
    if actor is None:
        return None
    between = view.text[actor.end : start]
    if outcome == "fighters" and view.text[start:end].split()[0].lower() in ("troops", "soldiers") and re.fullmatch(r"\s*", between) and actor.role in ("adjective", "demonym"):
        return actor.code  # "North Korean troops were sent to Russia": a state's troops are sent by the state
    if outcome == "fighters" and re.fullmatch(r"\s*", between) and actor.role == "group":
        return actor.code  # "Hezbollah fighters were sent to Syria": the group sends its own fighters
    if (outcome == "fighters" and view.text[start:end].split()[0].lower() in ("militants", "mercenaries", "fighters", "jihadists", "volunteers", "troops", "militiamen")
            and (re.fullmatch(r"\s*", between) or not HAS_MEN_BETWEEN.fullmatch(between))):
        return None  # "Syrian militants sent to ...": the adjective is who they are, not who sent them
    if len(between) > 60 or re.search(r"[;.]|\b(?:while|but|whereas)\b", between, re.I):
        return None
    if re.search(r"\b(?:to|of|on|against|for)\s+(?:the\s+)?$", view.text[: actor.start], re.I) and not re.search(r"\bwith\s+$", view.text[: actor.start]):
        if not re.search(r"\bwith\s+", view.text[: actor.start][-8:]):
            return None
    return actor.code


# A decision judged, whose act the trigger tells: "blasted the decision to ", "welcomed Washington's move to ".
DECISION_JUDGED_BEFORE = re.compile(
    r"\b(?:condemn|denounc|deplor|decr|slam|criticis|criticiz|lambast|castigat|rebuk|censur|blast|welcom|prais|hail|protest|question)\w*\s+"
    r"(?P<phrase>(?:the|a|its|their|[\w'’.-]+['’]s?)\s+(?:[\w'’-]+\s+){0,2}?(?:decision|plan|move|proposal|intention|bid|offer|pledge|promise|announcement)s?\s+to\s+)$",
    re.I)


# A side that has the men counted after it: "Burundi has about 10,000 troops in Congo backing ...", "Rwanda has deployed 4,000".
HAS_MEN_BETWEEN = re.compile(r"\s+(?:has|have|had|keeps?|kept|maintains?|maintained|(?:has|have|had)\s+(?:deployed|sent|stationed))\s+"
                             r"(?:(?:about|some|around|roughly|nearly|at\s+least|more\s+than|up\s+to|an\s+estimated)\s+)?(?:[\d,]+|[a-z]+|[a-z]+\s+thousand)\s+", re.I)


# A side's unnamed helpers heading the verb: "Ukraine's Western allies have sent", "Kyiv's partners pledged".
ALLIES_OF = re.compile(r"(?:['’]s?)?\s+(?:(?:Western|European|foreign|international|NATO|Arab|regional|main|key|closest|military)\s+){0,2}(?:allies|partners|backers|supporters|friends|sponsors)"
                       r"\s+(?:(?:have|has|had|also|already|reportedly|recently|now|\w+ly)\s+)*$", re.I)


def _allies_of(view: SentenceView, start: int) -> str | None:
    actor = view.last_actor_before(start)
    if actor is None or actor.role in ("pronoun", "generic") or not ALLIES_OF.fullmatch(view.text, actor.end, start):
        return None
    return actor.code


# The side a force is sent to help, named after a place on the way: "sent fighters to Libya to support Haftar's LNA".
SENT_TO_HELP = re.compile(r"^[^.;,]{0,60}?\bto\s+(?:help|support|assist|back|bolster|reinforce|fight\s+(?:for|alongside|on\s+behalf\s+of))\s+(?:the\s+)?", re.I)


def _recipient(view: SentenceView, match: re.Match[str], provider: str | None) -> str | None:
    if HOSTING.match(match.group()):
        # "Belarus hosted Russian troops": the forces' side is helped, whatever "to ..." follows
        hosted = [a for a in view.actors_between(match.start(), match.end()) if a.code != provider]
        return hosted[-1].code if hosted else None
    if (helped := SENT_TO_HELP.match(view.text[match.end() :])) is not None:
        first = view.first_actor_after(match.end() + helped.end())
        if first is not None and first.start - (match.end() + helped.end()) <= 12:
            owned = view.first_actor_after(first.end)
            if owned is not None and re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+)?", view.text[first.end : owned.start]):
                first = owned  # the helped side itself, after its possessor ("Khalifa Haftar's LNA")
            if first.code != provider:
                return first.code
    direct_object = view.first_actor_after(match.end())
    if direct_object is not None and re.fullmatch(r"\s+(?:the\s+)?", view.text[match.end() : direct_object.start]) and direct_object.code != provider:
        return direct_object.code  # "Rwanda backs the M23 rebels, according to UN experts": the object, not the source
    verb = re.match(r"\w+\s+(?:the\s+)?", match.group())
    direct = view.first_actor_after(match.start())
    if (verb and direct is not None and direct.start == match.start() + verb.end() and direct.code != provider
            and SUPPLIES_WITH.match(match.group()) and direct.end <= match.end()):
        return direct.code  # "Iran supplies the Houthis with missiles, according to the US": the verb's object, not the source
    after = RECIPIENT_AFTER.match(view.text[match.end() :])
    if after:
        actor = view.first_actor_after(match.end() + after.end() - 1)
        if actor and actor.start - (match.end() + after.end()) <= 12 and not re.search(r"[,;:]|\b(?:while|whereas|but)\b", view.text[match.end() + after.end() : actor.start]):
            return actor.code  # not "deliver four systems by the end of the year, while Britain ...": the next clause's subject
    actor = view.first_actor_after(match.end())
    if actor and actor.start - match.end() <= 5 and actor.code != provider and "," not in view.text[match.end() : actor.start]:
        return actor.code  # not "supplied Russia with drones, Washington said": a comma ends the verb's phrase
    verb = re.match(r"\w+\s+(?:the\s+)?", match.group())
    direct = view.first_actor_after(match.start())
    if verb and direct is not None and direct.start == match.start() + verb.end() and direct.code != provider:
        return direct.code  # "supplies the Houthis with drones": the verb's direct object receives
    inside = [a for a in view.actors_between(match.start(), match.end()) if a.code != provider]
    if inside and re.search(r"\b(?:to|for|assist|help|with|backing|train(?:s|ed|ing)?\s+(?:[\w,'’-]+\s+){0,2}?)\s*(?:the\s+)?$", view.text[match.start() : inside[-1].start], re.I):
        return inside[-1].code
    return None


# --- constructions the verb patterns above do not see -----------------------------------------------
# "the RSF, backed by the UAE", "rebels armed by Rwanda", "the M23 is backed by Rwanda" (verbs of backing;
# GOLD_FORMAT codes them, unlike the adjective labels "Rwanda-backed").
# A denial right before the giving it denies: "denied supplying", "denies ever having armed".
DENIED_GIVING = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?\s+claims\s+(?:of|that\s+it\s+(?:was|is))?)\s+(?:ever\s+)?(?:having\s+)?$", re.I)
# Words backed, not a party: "a claim backed by UN experts", "a resolution supported by France".
BACKED_WORDS = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges?|findings?|assessments?|conclusions?|reports?|views?|positions?|proposals?|plans?|"
    r"resolutions?|motions?|bids?|calls?|demands?|initiatives?|statements?|assertions?|accounts?|figures?|estimates?)\s*,?\s*$",
    re.I,
)
PASSIVE_BACKING = prefiltered(re.compile(r"(?<![-‑])\b(?:backed|supported|armed|funded|financed|equipped|trained|sponsored)\s+by\s+(?:the\s+)?", re.I))
# "Iran supplies the Houthis with drones", "Washington has provided Kyiv with $60 billion in military aid"
SUPPLIES_WITH = prefiltered(re.compile(r"\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|arm(?:s|ed|ing)|equip(?:s|ped|ping)|furnish(?:es|ed|ing))\s+(?:the\s+)?", re.I))
MILITARY_GOODS = re.compile(r"\b(?:weapons|arms|ammunition|munitions|missiles?|rockets?|drones?|tanks|artillery|shells|bombs|warplanes|helicopters|howitzers|"
                            r"launchers|armou?red\s+vehicles|military\s+(?:aid|assistance|equipment|hardware)|air\s+defen[cs]es?|fighter\s+jets|aircraft|intelligence)\b", re.I)
# "..., an accusation Serbia denies", "..., a charge Kigali rejects", "..., which Tehran has denied"
PRONOUN_DENIES = re.compile(r"(?i)\b(?:it|they)\s+(?:has\s+|have\s+)?(?:\w+ly\s+)?(?:denies|denied|deny|rejects|rejected|refutes|refuted|dismisses|dismissed)\b")
ACCUSATION_DENIED = prefiltered(re.compile(r"(?:\b(?:an?\s+)?(?:accusations?|allegations?|charges?|claims?)\s+(?:that\s+|which\s+)?|(?<=,\s)(?:which|something)\s+)(?:the\s+)?[\w'’ -]{1,40}?\s+(?:has\s+|have\s+)?(?:denies|denied|deny|rejects|rejected|refutes|refuted|dismisses|dismissed)\b", re.I))
# "Kyiv received the first F-16 jets from Denmark": the goods name the support, "from" its provider.
RECEIVED_FROM = prefiltered(re.compile(r"\b(?:received|receives|receive|receiving|obtained|obtains|obtain|acquired|got|gets|get|getting)\s+(?:[\w$€£.,'’-]+\s+){0,9}?from\s+(?:the\s+)?", re.I))
# "the army and its allies Wazalendo, FDLR and Burundian troops": each named ally fights for the possessor.
# Aid received with its givers named only by origin: "Ukraine receives Western weapons", "Kyiv got US-made tanks".
RECEIVED_FOREIGN = prefiltered(re.compile(r"\b(?:received|receives|receive|receiving|got|gets|getting)\s+(?:(?:more|new|further|additional|fresh|the\s+first|its\s+first|a\s+new\s+batch\s+of|a\s+batch\s+of|\d[\d,.]*|dozens\s+of|hundreds\s+of)\s+)*"
                              r"(?P<origin>(?:Western|foreign|NATO|allied|(?-i:[A-Z][\w'’]+))(?:-(?:made|supplied|built|donated|provided))?)\s+(?P<goods>(?:(?!from\b)[\w-]+\s+){0,3}(?!from\b)[\w-]+)\b", re.I))
ALLIES = prefiltered(re.compile(r"\b(?:its|their|his)\s+(?:local\s+|foreign\s+|militia\s+)?allies\s*,?\s*(?:(?:including|such\s+as|namely|the)\s+)?", re.I))
# "X and Y accused each other of using / bringing in foreign fighters / mercenaries"
MUTUAL_FOREIGN_FIGHTERS = prefiltered(re.compile(
    r"\b(?:accus\w*|blam\w*)\s+each\s+other\s+of\s+(?:\w+\s+){0,3}?(?:using|deploying|bringing\s+in|recruiting|hiring|employing)\s+(?:\w+\s+){0,2}(?:mercenaries|foreign\s+fighters|foreign\s+militants|militants|jihadists|fighters)\b",
    re.I,
))
# "mutual accusations of ... bringing in foreign militants": the same, with the two sides as the war's
MUTUAL_NOUN = re.compile(r"\bmutual\s+accusations\s+of\s+[^.;]{0,80}?\b(?:using|deploying|bringing\s+in|recruiting)\s+(?:\w+\s+){0,2}(?:mercenaries|foreign\s+fighters|militants|jihadists)\b", re.I)
# "X and Y accuse each other of backing / cooperating with Z": each says Z backs the other.
MUTUAL_BACKING = prefiltered(re.compile(r"\b(?:accus\w*|blam\w*)\s+each\s+other\s+of\s+(?:backing|supporting|arming|cooperating\s+with|collaborating\s+with|colluding\s+with|working\s+with)\s+(?:the\s+)?", re.I))


# Support denied by its alleged provider: "Rwanda denied backing the M23", "Tehran denied any links to the group"
# (GOLD_FORMAT: denying support given is a support claim with stance deny).
DENIED_BACKING = prefiltered(re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed|dismisses)\s+(?:\w+ly\s+)?(?:ever\s+)?(?:(?:supporting|backing|arming|funding|financing|aiding|helping|assisting|"
    r"harbou?ring|sheltering|sponsoring|having\s+(?:any\s+)?(?:links|ties|contacts?)\s+(?:to|with))|(?:any\s+)?(?:links?|ties|connections?)\s+(?:to|with)|"
    # the backing named inside the words denied: "rejected accusations that it supports the rebels", "denies claims it armed the RSF"
    r"(?:the\s+|all\s+|any\s+)?(?:[\w'’-]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?)\s+(?:that\s+)?(?:it|they|its\s+(?:government|forces|army|military)|the\s+(?:government|country|kingdom|regime))\s+"
    r"(?:(?:had|has|have|was|were|is|are|ever|secretly|covertly|directly)\s+)*(?:supports?|supported|supporting|backs?|backed|backing|arms|armed|arming|funds?|funded|funding|"
    r"financ(?:es|ed|ing)|sponsor(?:s|ed|ing)|supplie[sd]|supplying|harbou?r(?:s|ed|ing)|shelter(?:s|ed|ing)))\s+(?:the\s+)?",
    re.I,
))


# Armed personnel sent to a country on a mission of help ("Kenya has sent 400 police officers to Haiti to lead the
# mission", "Chad deployed 1,000 soldiers to Mali as part of the UN force", "Rwanda sent troops to Mozambique at the
# request of Maputo"): fighters lent to that country. The purpose after the country keeps invasions out ("sent troops
# into Ukraine").
PERSONNEL_SENT = re.compile(
    r"\b(?:sent|sends|sending|deployed|deploys|deploying|dispatched|dispatches|dispatching|flew|flown|airlifted|has\s+committed|pledged\s+to\s+send)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|an\s+additional|another|more\s+than|over|up\s+to|at\s+least|a\s+(?:first\s+|second\s+|new\s+)?(?:contingent|batch|team|unit)\s+of|[\d,.]+|hundreds\s+of|thousands\s+of|dozens\s+of|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+few|several|its|their|more|additional|extra|elite|special)\s+){0,4}"
    r"(?:[\w-]+\s+)?(?P<kind>troops|soldiers|police(?:\s+officers)?|policemen|gendarmes|peacekeepers|personnel|paratroopers|marines|commandos|special\s+forces|forces|officers|military\s+advisers|military\s+advisors|instructors|contingents?)\s+"
    r"(?:to|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?=\s+(?:to\s+(?:help|lead|join|support|bolster|reinforce|train|assist|back|shore\s+up|prop\s+up|fight|combat|battle|tackle|restore)|"
    r"as\s+part\s+of|under\s+(?:a|an|the)\b|at\s+the\s+request\s+of|for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:mission|force|operation)|in\s+support\s+of)|"
    # police, peacekeepers and trainers go only to help: no purpose needs saying ("Kenya has sent 400 police officers to Haiti.")
    r"(?P<bare>\s*(?:[,.;]|$|\s+(?:on|last|this|since|in)\b)))"
)

# Personnel that go to a country only to help it, so that no purpose needs saying ("Kenya has sent 400 police officers to Haiti.").
HELPING_PERSONNEL = re.compile(r"\b(?:police|policemen|gendarmes|peacekeepers|instructors|military\s+advis[eo]rs)\b", re.I)

# Help acknowledged by its receiver: "thanked Washington for its military support", "thanked Germany for the Patriot systems".
THANKED_FOR = prefiltered(re.compile(
    r"\bthank(?:s|ed|ing)?\s+(?:the\s+)?(?P<giver>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+for\s+(?:its|their|his|her|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:support|help|assistance|aid|backing|weapons|arms|ammunition|missiles|drones|tanks|jets|systems|air\s+defen[cs]es?|shells|equipment|package)\b"
))


def _personnel_sent(view: SentenceView) -> list[DraftClaim]:
    """Troops or police sent to a country on a mission of help: the sender provides, the country receives."""
    drafts = []
    for match in PERSONNEL_SENT.finditer(view.text):
        host = next((a for a in view.actors if a.start == match.start("place") and a.role not in ("pronoun", "generic")), None)
        sender = view.last_actor_before(match.start())
        if host is None or sender is None or sender.role in ("pronoun", "generic") or sender.code == host.code:
            continue
        if match.group("bare") is not None and not HELPING_PERSONNEL.search(view.text, match.start(), match.end("kind")):
            continue  # "sent troops to Ukraine.": troops with no mission told may be an invasion
        if getattr(load_registry().actor(host.code), "kind", None) != "state":
            continue  # "deployed troops to the West Bank to ...": forces moved within ground a side holds, no country helped
        if match.start() - sender.end > 40 or re.search(r"[.;]|\b(?:said|says|told|while|but)\b", view.text[sender.end : match.start()]):
            continue
        drafts.append(DraftClaim("support", "fighters", match.start(), match.end(), subject=sender.code, object=host.code))
    return drafts


# A party helped in the war, named right after the verb: "Rwanda is helping the M23", "had helped M23 rebels capture Goma".
# Only an armed party, or one named with its forces or a verb of fighting, is helped in arms ("helped Ukraine rebuild" is not).
PARTY_HELPED = prefiltered(re.compile(r"\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|aid(?:s|ed|ing)?)\s+(?:the\s+)?", re.I))
FORCES_OR_FIGHT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:army|armed\s+forces|forces|troops|soldiers|military|rebels|fighters|militias?|militiamen|insurgents)\b|"
                                   r"(?:to\s+)?(?:capture|seize|take|retake|recapture|fight|defeat|repel|hold|advance|attack|overrun)\b)", re.I)
# Help stopped, refused or asked for: "urged Kigali to stop helping the rebels", "refused to assist the army".
HELP_WITHHELD = re.compile(r"\b(?:stop(?:s|ped)?|end(?:s|ed)?|cease[sd]?|halt(?:s|ed)?|quit|refus(?:e|es|ed)\s+to|declin(?:e|es|ed)\s+to|not|never|no\s+longer|cannot|can['’]t|won['’]t)\s+$", re.I)
# Help named with its giver's adjective: "with Rwandan help, the M23 seized ...", "relies heavily on Russian military support".
ADJECTIVE_HELP = prefiltered(re.compile(r"\b(?:with|on|upon|receiv(?:e|es|ed|ing)|gets?|got|enjoy(?:s|ed|ing)?)\s+(?:(?:the|strong|heavy|direct|active|covert|significant|substantial|crucial|key|considerable)\s+)*"
                            r"(?P<giver>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:(?:military|financial|logistical|logistic|air|naval|intelligence|covert|direct)\s+)?"
                            r"(?:help|support|backing|assistance|aid)\b(?!\s+(?:for|to|of)\b)", re.I))
ARMED_GENERIC_BEFORE = re.compile(r"\b(?:rebels|militants|insurgents|jihadists|militias?|fighters|gunmen|separatists)\s+(?:(?:also|still|reportedly|allegedly|have|has|had)\s+)*$", re.I)


def _parties_helped(view: SentenceView, taken: Callable[[int, int], bool]) -> list[DraftClaim]:
    """Help in the war told by its verb with the party helped for object, or by a noun with its giver's adjective."""
    text = view.text
    drafts: list[DraftClaim] = []
    for match in PARTY_HELPED.finditer(text):
        helped = view.first_actor_after(match.end())
        if helped is None or helped.start != match.end() or helped.role in ("pronoun", "generic") or taken(match.start(), helped.end):
            continue
        if not (getattr(load_registry().actor(helped.code), "kind", None) == "group" or FORCES_OR_FIGHT_AFTER.match(text, helped.end)):
            continue
        if HELP_WITHHELD.search(text, max(0, match.start() - 20), match.start()) or APPEAL_TO.search(text, max(0, match.start() - 90), match.start()):
            continue
        helper = view.last_actor_before(match.start())
        if helper is None or helper.role in ("pronoun", "generic") or helper.code == helped.code or not _verb_subject(view, match.start()):
            continue
        drafts.append(DraftClaim("support", "military_aid", match.start(), helped.end, subject=helper.code, object=helped.code))
    for match in ADJECTIVE_HELP.finditer(text):
        giver = next((a for a in view.actors if match.start("giver") <= a.start < match.end("giver") and a.role not in ("pronoun", "generic")), None)
        if giver is None or taken(match.start(), match.end()) or NOT_SUPPORT.search(text, match.start(), match.end() + 20):
            continue
        if giver.role not in ("adjective", "demonym", "military") and not re.search(r"['’]s?$", text[giver.start : match.end("giver")]):
            continue  # "presses Israel on Gaza aid": a place named before the noun is where the aid goes, not who gives it
        if re.search(r"(?i)\baid$", match.group()) and not re.search(r"(?i)\bmilitary\s+aid$", match.group()):
            continue  # "with Qatari aid" may be food and fuel: only military aid is support in arms
        after = view.first_actor_after(match.end())
        before = view.last_actor_before(match.start())
        if after is not None and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[match.end() : after.start]):
            helped_code: str | None = after.code  # "With Rwandan help, the M23 ..."
        elif before is not None and match.start() - before.end <= 45 and not re.search(r"[.;]", text[before.end : match.start()]):
            helped_code = before.code  # "The M23 relies heavily on Rwandan military support"
        else:
            continue
        if helped_code == giver.code:
            continue
        drafts.append(DraftClaim("support", "military_aid", match.start(), match.end(), subject=giver.code, object=helped_code))
    return drafts


def find_support_constructions(view: SentenceView, existing: list[DraftClaim]) -> list[DraftClaim]:
    """Passive backing, 'supplies X with weapons', allies lists, denied backing and mutual accusations of
    foreign fighters."""
    text = view.text
    drafts: list[DraftClaim] = []

    def taken(start: int, end: int) -> bool:
        return any(d.start < end and start < d.end for d in [*existing, *drafts])

    for draft in _personnel_sent(view):
        if not taken(draft.start, draft.end):
            drafts.append(draft)
    drafts.extend(_parties_helped(view, taken))
    for match in THANKED_FOR.finditer(text):
        provider = next((a for a in view.actors if a.start == match.start("giver") and a.role not in ("pronoun", "generic")), None)
        if provider is not None and not taken(match.start(), match.end()) and not NOT_SUPPORT.search(match.group()):
            # "Zelensky thanked Germany for the Patriot systems": the thanked party gave, the thanker received
            thanker = view.last_actor_before(match.start())
            receiver = thanker.code if thanker is not None and thanker.role not in ("pronoun", "generic") and thanker.code != provider.code else None
            drafts.append(DraftClaim("support", "military_aid", match.start(), match.end(), subject=provider.code, object=receiver, claimant=receiver))

    for match in DENIED_BACKING.finditer(text):
        named = view.first_actor_after(match.end())
        denied_recipient = named.code if named is not None and named.start - match.end() <= 3 else None
        if not taken(match.start(), match.end()):
            drafts.append(DraftClaim("support", "military_aid", match.start(), match.end(), subject=SUBJECT_IS_CLAIMANT,
                                     object=denied_recipient, stance="deny"))

    for match in PASSIVE_BACKING.finditer(text):
        provider = view.first_actor_after(match.end())
        if provider is None or provider.start - match.end() > 3 or BACKED_WORDS.search(text, 0, match.start()):
            continue
        backed = view.last_actor_before(match.start())
        gap = text[backed.end : match.start()] if backed is not None else ""
        if backed is None or re.search(r"[.;]", gap) or not (len(gap) <= 25 or len(gap) <= 45 and not re.search(r",|\b(?:but|while|which|who|that)\b", gap)):
            continue
        if backed.code == provider.code or taken(match.start(), provider.end):
            continue
        drafts.append(DraftClaim("support", "military_aid", match.start(), provider.end, subject=provider.code, object=backed.code))
    for match in SUPPLIES_WITH.finditer(text):
        recipient = view.first_actor_after(match.end())
        if recipient is None or recipient.start != match.end():
            continue
        rest = re.match(r"(?:['’]s)?\s*(?:[\w-]+\s+)?with\s+[^.;]{0,60}", text[recipient.end :])
        if rest is None or not MILITARY_GOODS.search(rest.group()) or NOT_SUPPORT.search(rest.group()):
            continue
        provider = view.last_actor_before(match.start())
        if provider is None or match.start() - provider.end > 40 or provider.code == recipient.code or taken(match.start(), recipient.end):
            continue
        drafts.append(DraftClaim("support", "military_aid", match.start(), recipient.end + len(rest.group()), subject=provider.code, object=recipient.code))
    for match in RECEIVED_FROM.finditer(text):
        provider = view.first_actor_after(match.end())
        recipient = view.last_actor_before(match.start())
        if recipient is not None and match.start() - recipient.end > 30:
            recipient = None
        if provider is None or provider.start - match.end() > 3 or recipient is None and not ARMED_GENERIC_BEFORE.search(text, 0, match.start()):
            continue  # "the rebels receive weapons from Algeria": an armed party the registry does not name, its giver named
        goods = match.group()
        if recipient is not None and recipient.code == provider.code or taken(match.start(), provider.end) or not (MILITARY_GOODS.search(goods) or weapon_pattern()[0].search(goods) or re.search(r"(?i)\btraining\b", goods)):
            continue
        drafts.append(DraftClaim("support", "military_aid", match.start(), provider.end, subject=provider.code, object=recipient.code if recipient else None))
    for match in RECEIVED_FOREIGN.finditer(text):
        recipient = view.last_actor_before(match.start())
        if recipient is None or match.start() - recipient.end > 30 or re.search(r"[,;]", text[recipient.end : match.start()]) or taken(match.start(), match.end()):
            continue
        if not (MILITARY_GOODS.search(match.group("goods")) or weapon_pattern()[0].search(match.group("goods"))) or NOT_SUPPORT.search(match.group()):
            continue
        makers = [a for a in view.actors_between(match.start("origin"), match.end("origin")) if a.code != recipient.code]
        drafts.append(DraftClaim("support", "military_aid", match.start(), match.end(), subject=makers[0].code if makers else None, object=recipient.code))
    for match in ALLIES.finditer(text):
        owner = view.last_actor_before(match.start())
        if owner is None or match.start() - owner.end > 40:
            continue
        listed: list[str] = []
        position = match.end()
        for actor in view.actors:
            if actor.start < position:
                continue
            if not re.fullmatch(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)?(?:the\s+)?(?:\d[\d,.]*\s+)?", text[position : actor.start]) and listed:
                break
            if actor.start - position > 12 and not listed:
                break
            listed.append(actor.code)
            position = actor.end
            following = re.match(r"(?:\s+(?:troops|forces|soldiers|army|militias?|fighters|units|mercenaries))?", text[position:])
            position += following.end() if following else 0
        for code in dict.fromkeys(listed):
            if code != owner.code:
                drafts.append(DraftClaim("support", "fighters", match.start(), position, subject=code, object=owner.code))
    for match in ACCUSATION_DENIED.finditer(text):
        accused = [d for d in [*existing, *drafts] if d.type == "support" and d.stance != "deny" and d.end <= match.start() and d.subject]
        denier = view.first_actor_after(match.start())
        code = denier.code if denier is not None and denier.end <= match.end() else None
        if code is None and accused and PRONOUN_DENIES.search(match.group()):
            code = accused[-1].subject  # "accused of sending weapons to the RSF, which it denies": the pronoun is the accused
        if not accused or code is None or code != accused[-1].subject:
            continue  # the one accused of backing denies it: "accuses X of backing the gunmen, an accusation X denies"
        drafts.append(DraftClaim("support", accused[-1].outcome, match.start(), match.end(), subject=code,
                                 object=accused[-1].object, stance="deny", claimant=code))
    mutual = MUTUAL_FOREIGN_FIGHTERS.search(text)
    if mutual and not taken(mutual.start(), mutual.end()):
        accusers = [a.code for a in view.actors if a.end <= mutual.start()][-2:]
        if len(accusers) == 2 and accusers[0] != accusers[1]:
            for accuser, accused in ((accusers[0], accusers[1]), (accusers[1], accusers[0])):
                drafts.append(DraftClaim("support", "fighters", mutual.start(), mutual.end(), subject=None, object=accused, claimant=accuser))
    backing = MUTUAL_BACKING.search(text)
    if backing and not taken(backing.start(), backing.end()):
        third = view.first_actor_after(backing.end())
        accusers = [a.code for a in view.actors if a.end <= backing.start()][-2:]
        if third is not None and third.start - backing.end() <= 25 and len(accusers) == 2 and accusers[0] != accusers[1]:
            for accuser, accused in ((accusers[0], accusers[1]), (accusers[1], accusers[0])):
                drafts.append(DraftClaim("support", "military_aid", backing.start(), third.end, subject=third.code, object=accused, claimant=accuser))
    return drafts
