"""Statement claims: accusations, condemnations, appeals, expressions of support, denials, warnings.

`subject` is the speaker (resolved from the claimant), `object` the party the statement targets.
One claim per speaker: "Russia, France and the US urged ..." is three statements.
"""

from __future__ import annotations

import dataclasses
import re

from counterclaim.extract.drafts import SUBJECT_IS_CLAIMANT, DraftClaim, SentenceView
from counterclaim.extract.literal_prefilter import Prefiltered, prefiltered

# An act of harm named after a denial ("denied any involvement in the attack"): that act denied, no general denial.
NAMED_ACT = r"(?:attacks?|strikes?|bombings?|blasts?|explosions?|killings?|shelling|massacres?|assaults?|ambush(?:es)?|raids?|abductions?|kidnappings?|murders?)"
# Harm done to civilians in general: "deliberately targeting civilians", "killing innocent civilians" (no place named).
CIVILIANS_CHARGED = (r"(?:(?:deliberately|indiscriminately|systematically|intentionally|repeatedly)\s+)?(?:targeting|attacking|killing|shelling|bombing|striking|murdering|massacring)\s+"
                     r"(?:innocent\s+|unarmed\s+|defen[cs]eless\s+|peaceful\s+)?civilians\b"
                     r"(?!(?:\s+with(?:\s+[\w'’-]+){1,5}?)?\s+(?:in|at|on|near|around|across|of|from)\s)")  # ("with warplanes in Mellit")
# A day, an adverb or the medium between a verb of intent and its infinitive: "vowed on Sunday to avenge", "threatened again to strike".
VERB_TO_INFINITIVE = (r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|today\s+|yesterday\s+|(?:once\s+)?again\s+|also\s+|"
                      # the medium of the words: "threatened in a video to blockade", "vowed in a televised speech to"
                      r"in\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:video|statement|speech|address|post|message|interview|communiqu[eé]|broadcast|audio\s+recording)\s+|"
                      r"(?:late|early)\s+(?:on\s+)?\w+day\s+|(?!(?:only|early)\b)\w+ly\s+)?")
# A source asking not to be named asks nothing of a party: "a commander, who asked not to be identified, said".
ANONYMITY_ASKED = r"not\s+to\s+be\b|to\s+remain\s+anonymous|that\s+(?:his|her|their)\s+names?\b|for\s+anonymity"
# Vocabularies of each statement act (GOLD_FORMAT statement outcomes), general to war reporting.
ACCUSE = (
    r"accus(?:e|ed|es|ing|ation|ations)|complicit\s+in|complicity\s+in|blam(?:e|es|ed|ing)\s+(?!(?:the\s+|an?\s+|this\s+|that\s+|these\s+)?(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|blasts?|explosions?|killings?|shelling|massacres?|assaults?|ambush(?:es)?|raids?|deaths?)\b)|"
    r"h[oe]ld(?:s|ing)?\s+(?:[\w'’-]+\s+){1,4}?(?:fully\s+|directly\s+|solely\s+|entirely\s+)?responsible|(?:bears?|bore|bearing)\s+(?:the\s+|full\s+|all\s+|sole\s+|direct\s+|entire\s+)*responsibility(?:\s+for|(?=\s*[,.;!\"”’]|\s*$))|responsibility\s+for\s+[^.;]{0,80}?\bfalls\s+on|(?:full\s+|sole\s+|entire\s+)?responsibility\s+(?:for\s+[^.;]{0,80}?\s+)?(?:lies|rests)\s+(?:\w+ly\s+)?(?:with|on)|has\s+caused\s+the\s+escalation|"
    r"(?:trad|exchang)(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:accusations|blame|charges|allegations|barbs)|(?:act\s+of\s+)?aggression\s+by|(?:blatant|flagrant|naked|brutal|unprovoked|outright|open|military)\s+aggression|acts?\s+of\s+(?:aggression|state\s+terror(?:ism)?|war\b(?!\s+(?:and|or)\s+peace))|provocations?|war\s+crimes?|crimes?\s+against\s+humanity|"
    r"crimes\s+of\s+the|(?<!\bany\s)violation\s+of|violat(?:ed|ing)\s+the\s+(?:ceasefire|cease-fire|truce|agreement|accord|armistice|moratorium|deal|airspace|air\s+space)|(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+)?violat(?:ed|ing)\s+(?:(?:its|their|our|the|[\w'’-]+['’]s?|[A-Z]\w+)\s+){1,2}(?:sovereignty|territorial\s+integrity|airspace|borders?|territory)|refused\s+everything|"
    r"genocide\s+against|human\s+shields?|genocidal\s+(?:policy|policies|war|campaign|acts?|intent|regime|aggression|practices|crimes)|"
    # a party charged with feeding the war or lying to the world: "adding fuel to the fire", "spreading Kremlin propaganda"
    r"(?:add|pour)(?:s|ed|ing)?\s+(?:more\s+)?(?:fuel|oil)\s+(?:to|on)\s+the\s+(?:fire|flames)|fan(?:s|ned|ning)?\s+the\s+flames\s+of\s+(?:war|conflict|violence)|"
    r"spread(?:s|ing)?\s+(?:[\w-]+\s+)?(?:propaganda|disinformation|lies|fake\s+news|falsehoods)|"
    # threats of mass harm and fear spread among a people charged: "amounted to nuclear blackmail", "trying to terrorise Ukrainians"
    r"(?:nuclear\s+)?blackmail(?:ing)?\b(?!\s+(?:case|charges?|scheme|trial)\b)|terrori[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:civilians?|(?:civilian\s+)?populations?|people|residents|(?-i:[A-Z])\w+(?:ians|ans|ese|is))\b|"
    # the laws of war broken: "continue to violate the laws of war", "flouting international humanitarian law"
    r"(?:violat|flout|breach|trampl)(?:e|es|ed|ing)\s+(?:\w+ly\s+)?(?:on\s+)?(?:all\s+)?(?:the\s+)?(?:laws?\s+(?:and\s+customs\s+)?of\s+war|rules\s+of\s+war|international\s+(?:humanitarian\s+)?law|the\s+Geneva\s+Conventions?)|"
    # a government charged with harming its own people: "a regime that massacres its own people", "killing its own citizens"
    r"(?:massacr|kill|bomb|starv|murder|slaughter|terrori[sz]|butcher|shell)(?:es|s|ed|ing)?\s+(?:of\s+)?(?:its|their)\s+own\s+(?:people|citizens|population|civilians)|point(?:s|ed|ing)?\s+(?:the\s+|an?\s+accusing\s+)?finger\s+at|cross(?:ed|es|ing)\s+(?:a|all|every|the|many|several)\s+(?:\w+\s+)?red\s+lines?|"
    # a party labelled a terrorist body or a criminal: "called Russia a terrorist state", "described the TPLF as terrorists"
    r"(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubb?(?:s|ed|ing)?)\s+(?:the\s+|them\s+)?(?:[\w'’-]+\s+){0,3}?(?:as\s+)?[\"“']?(?:an?\s+)?(?:terrorists?\b(?!\s+(?:acts?|attacks?))|terror(?:ist)?\s+(?:state|regime|entity|organi[sz]ation|group|militia)|war\s+criminals?|criminal\s+regime|occupying\s+(?:power|force|army|regime)|occupiers?\b|invaders?\b)|"
    r"commit(?:s|ted|ting)\s+(?:an?\s+)?(?:(?:new|fresh|another|more|horrific|heinous|systematic|daily)\s+)*(?:genocide|massacres?|atrocit(?:y|ies)|war\s+crimes?|crimes|abuses|crime\s+against)|(?:is|are|was|were|amounts?\s+to|amounted\s+to|constitutes?|constituted)\s+[\"“']?(?:an?\s+|the\s+)?(?:(?:clear|blatant|flagrant|outright|open|deliberate|systematic|real|new|another|ongoing|full-scale|true|main|sole|only)\s+)*(?:genocide|ethnic\s+cleansing|aggressors?|act\s+of\s+aggression|terrorist\s+(?:state|regime|entity|militia|organi[sz]ation|group|gang|movement)|criminal\s+(?:gang|group|organi[sz]ation|regime|militia|enterprise|network)|gang\s+of\s+(?:criminals|terrorists|thugs|bandits|murderers)|war\s+criminals?)\b|(?:state\s+)?sponsors?\s+of\s+terror(?:ism)?|(?:support|sponsor|financ|fund|export)(?:s|ed|es|ing)?\s+(?:international\s+|global\s+|state\s+)?terror(?:ism)?\b|aggressor\s+(?:state|country|regime|nation)|epicent(?:re|er)\s+of\s+(?:global\s+)?terror(?:ism)?|(?:brand|label|labell|term)(?:s|ed|ing)\s+(?:the\s+|them\s+)?(?:[\w'’-]+\s+){0,3}?(?:as\s+)?[\"“']?(?:an?\s+)?terrorists?\b(?!\s+(?:acts?|attacks?))|ethnic\s+cleansing|terroris[tm]\s+(?:attack|act)s?\s+by|justify\s+the\s+(?:\w+\s+)?massacre|(?<!\bif\s)(?<!\bunless\s)(?<!\bwhen\s)(?<!\bnot\s)provok(?:ed|ing|es)|"
    r"complain(?:ed|s)?\s+(?:(?:in\s+a\s+statement|publicly|bitterly|loudly)\s+)?(?:about|of)|"
    # a party publicly faulted: "the rebels called out the UN for its silence", "Kyiv has called out Budapest"
    r"call(?:s|ed|ing)?\s+out\s+(?=(?:the\s+)?(?-i:[A-Z]))|served\s+as\s+an?\s+(?:active\s+)?(?:\w+\s+){0,4}(?:military\s+)?(?:facility|base|command|position)"
)
# A label given with no "as": the verb's ending, its object, the label's article ("termed the strikes an act of war").
LABEL_WITHOUT_AS = (r"(?:s|ed|ing)\s+(?:the|it|them|this|these|those|such|(?-i:[A-Z])[\w'’-]*['’]s?)\b[^.;“”\"]{0,60}?\s+[\"“']?(?:an?\s+)?"
                    # the label's own judgement: "called India's strikes a blatant act of war"
                    r"(?:(?:blatant|flagrant|clear|outright|naked|cowardly|heinous|deliberate|brutal|unprovoked|shameless)\s+)*")
# The crimes of war such a label names, for "called" as for "termed" or "branded" ("called the strike a war crime").
CRIMES_OF_WAR = r"(?:(?:new|blatant|flagrant|brutal|naked|outright|clear|unprovoked|further|another|dangerous|criminal)\s+)+aggression|act\s+of\s+(?:war|aggression|terror(?:ism)?)|terrorist\s+(?:act|attack)|terror\s+attack|genocide|ethnic\s+cleansing|massacre|war\s+crime"
CONDEMN = (
    r"condemn(?:s|ed|ing|ation)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ied|ies)|"
    r"slam(?:s|med|ming)(?!\s+(?:into|in|onto|on|down|shut|through|against)\b)|lambast(?:s|ed|ing)?|(?<!bomb\s)(?<!blast\s)blast(?:s|ed|ing)\s+(?=the\b|an?\b|his\b|her\b|its\b|their\b|[A-Z])|hit(?:s|ting)?\s+out\s+at|lash(?:es|ed|ing)?\s+out\s+at|"
    r"(?:express|voic)(?:e|es|ed|ing)\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:outrage|indignation|revulsion)|(?:(?:was|were|is|are)\s+)?(?:(?:deeply|profoundly|utterly|truly|absolutely)\s+)?[\"“']?(?:outraged|appalled|horrified|shocked|sickened)[\"”']?\s+(?:(?:and|by|at)\s+[\w-]+\s+)?(?:by|at|over)|castigat(?:e|es|ed|ing)|censur(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|"
    # headline verbs of blame: "Kyiv assails Budapest", "excoriated the junta", "berates Western allies"
    r"assail(?:s|ed|ing)?(?=\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?-i:[A-Z])|\s+(?:the\s+)?(?:\w+\s+){0,2}(?:decision|move|strikes?|attacks?|raid|policy|remarks|statement|report|resolution|sanctions|killing|invasion|offensive|occupation))|"
    r"excoriat(?:e|es|ed|ing)|pillor(?:y|ies|ied|ying)|berat(?:e|es|ed|ing)|upbraid(?:s|ed|ing)?|"
    r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|object(?:s|ed|ing)?\s+(?:strongly\s+)?to\b|"
    # an act or policy rejected: "rejected the Israeli incursion", "expressed its categorical rejection of the aggression"
    r"(?:reject(?:s|ed|ing)?|rejection\s+of)\s+(?:the\s+|any\s+|all\s+|this\s+|such\s+)?(?!(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|charges?|calls?|demands?|proposals?|offers?|plans?)\b)(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|aggression|strikes?|incursions?|invasion|occupation|annexation|bombing|bombardment|shelling|assault|raids?|escalation|operations?\s+in|targeting|killing|storming|violations|crimes|incursion)\b|"
    # the judgement as a noun: "expressed its strong denunciation of", "voiced its condemnation of"
    r"(?:express|voic|reiterat|renew|affirm)(?:e|es|ed|ing)\s+(?:its|his|her|their|the\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+['’]s)\s+(?:(?:strong|strongest|firm|categorical|absolute|total|utmost|complete|full)\s+)*(?:denunciation|condemnation)|"
    # an act judged by a verb of regard: "considered the assassination a dangerous escalation", "deemed the raid a violation"
    r"(?:consider|deem|regard|view)(?:s|ed|ing)?\s+(?:the|it|this|these|those|such|[\w'’-]+['’]s?)\b[^.;“”\"]{0,80}?\s+(?:as\s+)?[\"“']?(?:an?\s+)?(?:(?:dangerous|serious|grave|flagrant|blatant|clear|unprecedented|major|new|direct)\s+)*(?:escalation|violation|war\s+crime|crime|act\s+of\s+(?:aggression|war|terror(?:ism)?)|aggression|provocation|declaration\s+of\s+war|unacceptable|illegal|null\s+and\s+void|threat\s+to)\b|"
    r"call(?:ed|s|ing)?\s+(?:the\s+(?:\w+\s+){0,3}|it\s+|them\s+|this\s+)[\"“']?(?:barbaric|cowardly|heinous|criminal|outrageous|an?\s+(?:war\s+)?crime|a\s+massacre|an?\s+act\s+of\s+terror(?:ism)?|"
    r"unacceptable|deplorable|disgraceful|shameful|reprehensible|abhorrent|appalling|despicable|horrific|horrendous|inhumane?|unjustifiable|unconscionable|a\s+disgrace|"
    r"unprovoked|premeditated|provocative|reckless|irresponsible|barbarous|savage|brutal|vile|monstrous|treacherous|unjustified|senseless|atrocious|egregious|"
    r"an?\s+(?:outrage|atrocity|abomination)|an\s+act\s+of\s+piracy|piracy|"
    r"illegal|illegitimate|unlawful|a\s+sham|null\s+and\s+void|an\s+act\s+of\s+(?:war|aggression)|a\s+declaration\s+of\s+war|an?\s+(?:gross\s+|flagrant\s+|blatant\s+|clear\s+)?violation)|"
    # "termed the strikes an act of war", "branded the vote a sham": the label with no "as"
    r"call" + LABEL_WITHOUT_AS + r"(?:" + CRIMES_OF_WAR + r")\b|"
    # a headline's label with no article: "Hamas calls Israeli strike on Nasser hospital a 'massacre'"
    r"calls?\s+(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+){0,5}?[\"“']?\s*(?:an?\s+)?(?:" + CRIMES_OF_WAR + r")\b|"
    r"(?:term|brand|label|labell)" + LABEL_WITHOUT_AS + r"(?:" + CRIMES_OF_WAR + r"|sham|crime|outrage|atrocity|(?:gross\s+|flagrant\s+|blatant\s+|clear\s+)?violation|illegal|illegitimate|unacceptable|barbaric|cowardly|heinous)|"
    r"(?:lodg|fil|register|deliver|issu)(?:e|es|ed|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?protests?|"
    r"summon(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?(?:ambassadors?|envoys?|charg[eé]s?\s+d['’]affaires|diplomats?)|"
    r"(?:describ|brand|label|labell|term|characteri[sz])(?:e|es|ed|ing)\s+(?:the|it|them|this|these|those|such)\b[^.;“”\"]{0,80}?\bas\s+[\"“']?(?:an?\s+|the\s+)?(?:(?:blatant|flagrant|brutal|horrific|heinous|deliberate|cowardly|barbaric)\s+)*"
    r"(?:barbaric|cowardly|heinous|criminal|massacre|terrorism|terrorist\s+(?:act|attack)|terror\s+attack|genocide|ethnic\s+cleansing|war\s+crimes?|act\s+of\s+(?:terror(?:ism)?|war)|atrocity|outrage|unacceptable|declaration\s+of\s+war|"
    r"(?:(?:serious|grave|direct|major)\s+)?threat\s+to\s+(?:regional|international|global|the\s+region['’]s)?|(?:(?:gross|flagrant|blatant|clear)\s+)?violation|dangerous\s+escalation|provocation)|"
    r"(?:was|were|is|are)\s+(?:a\s+|an\s+)?(?:barbaric|cowardly|heinous)|(?:was|were|is|are|amounts?\s+to|amounted\s+to)\s+[\"“']?(?:a\s+)?(?:(?:horrific|brutal|deliberate|new|another|real|true)\s+)?massacre\b|(?:was|were|is|are)\s+[\"“']?(?:(?:utterly|completely|totally|simply|absolutely|wholly|entirely|deeply)\s+)?(?:unacceptable|intolerable|inexcusable|unjustifiable|unconscionable|indefensible|reprehensible|abhorrent|despicable|unforgivable)\b|(?:was|were|is|are)\s+[\"“']?(?:an?\s+|another\s+|yet\s+another\s+)?(?:(?:clear|blatant|flagrant|deliberate|outright|open|new|real|true|pure|cowardly|heinous|barbaric)\s+)?(?:act\s+of\s+(?:war|terror(?:ism)?)|declaration\s+of\s+war|terrorist\s+(?:act|attack))|(?:was|were|is|are)\s+[\"“']?(?:pure\s+|sheer\s+|outright\s+|nothing\s+but\s+)?(?:state\s+)?(?:terrorism|barbarism)\b|amount(?:s|ed|ing)?\s+to\s+(?:a\s+)?(?:declaration\s+of\s+war|an\s+act\s+of\s+war)|"
    # the act judged a crime: "said the strike on the camp was a crime" ("is a war crime" is an accusation, above)
    r"(?:was|were|is|are|constitutes?|constituted)\s+[\"“']?(?:a|another|yet\s+another)\s+(?:(?:new|heinous|horrific|flagrant|blatant|full-fledged|clear|grave|brutal|premeditated|deliberate)\s+)?crime\b(?!\s+(?:to|scene|rate|wave|boss|family|syndicate|figure|novel|drama|story|thriller))|"
    r"(?:firmly|strongly|resolutely|vehemently|categorically)\s+[\"“']?\s*oppos(?:e|es|ed)\b|denunciation\s+of|(?:cowardly|barbaric|heinous)\s+(?:act|attack|crime)s?|strategic\s+mistake|"
    r"call(?:ed|s|ing)?\s+(?:the|it|them|this)\b[^.;“”\"]{0,90}?[\"“']\s*(?:barbaric|cowardly|heinous|criminal|a\s+war\s+crime|a\s+crime|terrorism|a\s+terrorist\s+act|"
    # a quoted judgement of another party's words or acts: "called the statement by the French Senate 'biased and provocative'"
    r"biased|provocative|hostile|unacceptable|irresponsible|reckless|outrageous|shameful|deplorable|disgraceful|one-sided|inflammatory)"
)
APPEAL = (
    r"call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:to|for)|demand(?:s|ed|ing)?|ask(?:s|ed)?\s+(?!" + ANONYMITY_ASKED + r")(?:[\w'’-]+\s+){1,5}?to\s+(?!the\b|a\b|an\b)|pressed\s+for|"
    r"(?:told|tells?|telling)\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:immediately\s+)?(?:stop|end|halt|cease|show|exercise|withdraw|leave|lay\s+down|respect|return|release|refrain|de-?escalate|pull\s+back|back\s+off|stay\s+out|hold\s+fire)\b|"
    # what a party is told it must do to end the fighting or open talks: "must accept talks", "must sign the agreement",
    # "must disarm", "troops must leave Tigray", "must implement the accord"
    # (residents told they must leave are ordered out of their homes, no party asked to end the fighting)
    r"(?<!residents\s)(?<!civilians\s)(?<!people\s)(?<!inhabitants\s)(?<!families\s)(?:must|should)\s+(?:immediately\s+|now\s+|urgently\s+)?(?:stop|end|halt|cease|step\s+up|accept|sign|implement|comply|disarm|leave|lift|honou?r|engage|(?:urgently\s+)?increase|scale\s+up|speed\s+up|respect|withdraw|return|de-?escalate|exercise|show|refrain|resume|allow|release|protect|abide|agree|negotiate|lay\s+down|pull\s+back|come\s+to\s+the\s+table|act|intervene|uphold|ensure|do\s+more|take\s+(?:urgent\s+|immediate\s+|concrete\s+|decisive\s+|more\s+|further\s+|additional\s+|every\s+|all\s+(?:possible\s+|necessary\s+|feasible\s+)?)?(?:action|steps|measures|precautions|care)|hold\s+(?:[\w'’-]+\s+){1,3}?accountable|not\s+(?:look\s+away|remain\s+silent|stay\s+silent|stand\s+(?:idly\s+)?by|turn\s+a\s+blind\s+eye))\b|"
    r"(?:stress|emphasi[sz]|underlin|underscor|reiterat)(?:e|es|ed|ing)\s+(?:the\s+|an?\s+)?(?:urgent\s+|pressing\s+|immediate\s+)?(?:need\s+(?:for|to)|importance\s+of)\s+(?:an?\s+|the\s+)?(?:immediate\s+|urgent\s+|lasting\s+|permanent\s+|full\s+|unhindered\s+|political\s+)?"
    r"(?:(?:exercis|show|observ|respect)(?:e|ing)\s+(?:maximum\s+|utmost\s+|the\s+utmost\s+)?(?:self-)?)?"
    r"(?:ceasefire|cease-fire|calm|restraint|de-?escalat\w*|dialogue|peace|protect|humanitarian|negotiat\w*|talks|halt|end|stop|truce|withdraw\w*|release|access|accountability|spare)|"
    r"(?:must|should)\s+be\s+(?:protected|respected|released|spared|allowed|stopped|halted|held\s+accountable|brought\s+to\s+justice)\b|"
    # a hope voiced that the parties act for peace: "expressed hope that both sides would exercise restraint"
    r"(?:express|voic)(?:e|es|ed|ing)\s+(?:its\s+|his\s+|her\s+|their\s+)?hope\s+that\s+(?=[^.;]{0,80}?\b(?:would|will|could|can)\s+(?:\w+ly\s+)?"
    r"(?:exercise|show\s+restraint|return\s+to\s+(?:the\s+)?(?:negotiating\s+table|talks|negotiations|dialogue)|agree|reach|resume|respect|refrain|de-?escalate|negotiate|abide|implement|honou?r|engage|withdraw|lay\s+down)\b)|"
    # what a party wants another to do: "the AU wants both sides to return to the table"
    r"(?:want(?:s|ed)?|expect(?:s|ed)?)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:immediately\s+)?(?:stop|end|halt|cease|withdraw|leave|lay\s+down|respect|return|release|refrain|de-?escalate|pull\s+back|negotiate|agree|accept|sign|implement|comply|disarm)\b|"
    r"insist(?:s|ed|ing)?\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:immediately\s+)?(?:withdraw|stop|end|halt|cease|leave|respect|release|return|pull\s+back|lay\s+down|comply|disarm)\b|"
    r"plead(?:s|ed|ing)?\s+(?:with|for)|(?:made|make|makes|making|issued|issues|renewed|renews|repeated|repeats|launched|sent)\s+(?:an?\s+|its\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?pleas?\s+(?:for|to|with)|"
    r"push(?:es|ed|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:ceasefire|cease-fire|truce|talks|negotiations|de-?escalation|peace|withdrawal|release|access|halt|end)\b|"
    r"remind(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:their|its|his|her)\s+(?:\w+\s+)?(?:obligations?|duty|duties|responsibilit(?:y|ies))|pled\s+(?:with|for)|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|press(?:es|ed|ing)?\s+(?:\w+\s+){1,3}?to\s+(?:stop|end|halt|agree|accept|return|allow|respect|withdraw|release|resume|avoid|refrain|show|exercise|de-?escalate|cease|negotiate|comply|abide|lift|protect|pull\s+back)"
)
SUPPORT = (r"stand\s+(?:(?:firmly|fully|squarely|resolutely|shoulder\s+to\s+shoulder)\s+)?(?:with|by|behind)|stands\s+(?:(?:firmly|fully|squarely|resolutely|shoulder\s+to\s+shoulder)\s+)?(?:with|by|behind)|"
           r"stood\s+(?:(?:firmly|fully|squarely|resolutely|shoulder\s+to\s+shoulder)\s+)?(?:with|by|behind)|solidarity\s+with|"
           # a party's right to fight voiced: "said Israel had a right to defend itself"
           r"(?:has|had|have)\s+(?:a|the|every)\s+right\s+to\s+defend\s+(?:itself|themselves|its\s+(?:territory|people|citizens|sovereignty))|"
           # praise of a party's fighting: "hailed the army's victory", "praised the resistance", "saluted the heroes of the Qassam Brigades"
           r"(?:prais|hail|salut|commend|laud|congratulat)(?:e|es|ed|ing|s)?\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|forces|troops|soldiers|fighters|resistance|"
           r"heroes|mujahideen|brigades|operation|victory|advance|liberation|steadfastness|courage|heroism)\b)")
DENY = (
    # the judgement before what is rejected: "rejected as \"frivolous\" India's attempts to link it", "dismissed as baseless the claims"
    r"(?:reject|dismiss|refut|rebuff|den(?:y|ie))(?:s|es|ed|d)?\s+as\s+[\"“‘']?(?:(?:completely|totally|utterly|entirely)\s+)?(?:baseless|false|frivolous|unfounded|groundless|absurd|lies|fabricated|"
    r"propaganda|nonsense|ridiculous|preposterous|politically\s+motivated|malicious|concocted|fictitious|misleading|untrue|fake|irresponsible|unacceptable|"
    r"slanderous|outlandish|far-fetched|ludicrous)\b|"
    # the use of a banned means denied in general: "denied using chemical weapons", "denies ever deploying cluster munitions"
    r"den(?:y|ies|ied|ying)\s+(?:\w+ly\s+)?(?:ever\s+)?(?:using|possessing|deploying|employing|having\s+used)\s+(?:any\s+)?(?:banned\s+|prohibited\s+|illegal\s+|outlawed\s+)?(?:chemical|cluster|(?:white\s+)?phosphorus|incendiary|biological|poison|banned|prohibited)\s+(?:weapons|munitions|bombs|arms|gas|shells|agents)\b|"
    r"allegations?\s+(?:are|were)\s+(?:baseless|false|nonsense|lies|fabricated|groundless|unfounded)|"
    r"(?:strongly|firmly|categorically|vehemently|flatly|completely|totally|resolutely)\s+[\"“']?\s*(?:rejects?|rejected|denies|denied|refutes?|refuted)\b|"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:e|es|ed)|dismiss(?:es|ed)?)\s+(?:\w+ly\s+)?(?:all\s+)?(?:these|those|such|the|their|its|his)\s+(?:\w+\s+)?(?:lies|fabrications|falsehoods|slanders?|fake\s+news)|"
    r"(?:there\s+(?:is|was)\s+)?no\s+truth\s+(?:in|to)|(?:(?<=allegations\s)|(?<=accusations\s)|(?<=claims\s)|(?<=charges\s)|(?<=reports\s))(?:are|were|is|was)\s+[\"“']?(?:a\s+|an\s+)?(?:(?:desperate|cynical|clumsy|crude|transparent|blatant|deliberate|pathetic|futile)\s+)?(?:attempt|bid|effort|ploy)\s+to\s+(?:divert|distract|deflect|cover\s+up|justify|mislead|smear|discredit|whitewash|tarnish)|(?:den(?:y|ies|ied|ying)\s+(?:any\s+|all\s+)?(?:involvement|wrongdoing|complicity)|(?:had|has|have)\s+nothing\s+to\s+do\s+with)\b(?![^.;]{0,40}?\b" + NAMED_ACT + r")|(?:a\s+)?figment\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|someone['’]s\s+)?imagination|(?:(?<=allegations\s)|(?<=accusations\s)|(?<=claims\s)|(?<=charges\s)|(?<=allegation\s)|(?<=accusation\s)|(?<=claim\s)|(?<=charge\s))(?:had|has|have)\s+no\s+(?:basis|foundation|grounds)|(?:are|is|was|were)\s+not\s+true|"
    r"(?:are|is|was|were|it['’]s)\s+[\"“']?(?:completely\s+|totally\s+|entirely\s+|absolutely\s+|utterly\s+|simply\s+|pure\s+|blatantly\s+|nothing\s+but\s+|nothing\s+more\s+than\s+)?(?:a\s+|an\s+)?(?:(?:blatant|outright|complete|total|big|brazen|shameless|absolute|pure|flagrant|monstrous|cynical|deliberate)\s+)?(?:nonsense|baseless|lies|lie|falsehoods?|a\s+lie|fabricated|fabrications?|groundless|unfounded|untrue|hoax|fake(?:\s+news)?|outlandish|preposterous|ludicrous|far-fetched|a\s+pack\s+of\s+lies|"
    r"false|propaganda|disinformation|misinformation|horror\s+story|absurd|ridiculous|slanderous|slander|a\s+smear(?:\s+campaign)?|an?\s+(?:fabrication|invention|fantasy)|"
    r"biased|one-sided|politically\s+motivated|misleading|distorted|an?\s+(?:gross\s+|grotesque\s+)?distortion)|(?:describ|brand|dismiss|label|reject|brush(?:e)?|wav|rebuff)(?:e|es|ed|ing)?\s+(?:off\s+|aside\s+|away\s+)?(?:the\s+|these\s+|those\s+|such\s+)?(?:[\w'’-]+\s+){0,2}(?:allegations?|accusations?|claims?|reports?|charges?|version(?:\s+of\s+events)?|account|narrative|criticism)\s+as\s+[\"“']?(?:an?\s+|pure\s+|total\s+|nothing\s+but\s+)?(?:(?:blatant|outright|utter|complete|brazen|shameless|absolute|big|cynical|malicious|deliberate)\s+)?(?:lies?|pack\s+of\s+lies|biased|one-sided|politically\s+motivated|outlandish|preposterous|ludicrous|fabrications?|fabricated|hoax|fake(?:\s+news)?|nonsense|propaganda|disinformation|misinformation|slander|baseless|false|absurd|unfounded|groundless|untrue|ridiculous|a\s+smear(?:\s+campaign)?)|never\s+(?:deliberately\s+)?(?:targeted|attacked|struck|bombed|shelled)\s+(?:any\s+)?civilians?|(?:does|do|did|would|will)\s+not\s+(?:deliberately\s+|intentionally\s+)?(?:target|strike|attack|bomb|shell|hit)\s+(?:any\s+)?(?:civilians?|civilian\s+(?:areas?|targets?|sites?|objects?|infrastructure|populations?))\b|(?:had|has|have)\s+(?:not|never)\s+(?:deliberately\s+|intentionally\s+)?(?:targeted|attacked|struck|bombed|shelled|hit)\s+(?:any\s+)?(?:civilians?|civilian\s+(?:areas?|targets?|sites?|objects?|infrastructure|populations?))\b|(?:had|has|have|did)\s+(?:not|never)\s+(?:violated?|breached?|broken|break)\s+the\s+(?:ceasefire|cease-fire|truce|agreement)|(?:denied|denies|deny|denying)\s+(?:ever\s+)?(?:violating|breaching|breaking)\s+the\s+(?:ceasefire|cease-fire|truce|agreement)|(?:only|solely|exclusively)\s+(?:targets?|targeted|targeting|strikes?|struck|striking|hits?)\s+(?:\w+\s+)?(?:militants|military|terrorists?|fighters|combatants|positions|targets)|(?:targets?|targeted|targeting|strikes?|struck|striking|hits?)\s+only\s+(?:[\w'’-]+\s+)?(?:militants|military|terrorists?|fighters|combatants|positions|targets|gatherings|concentrations|bases|hideouts|sites|installations|facilities)\b|(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:its|their|his|our|the)\s+(?:forces|troops|soldiers|army|fighters|military|aircraft|warplanes|jets|drones|units|artillery)\s+(?:had\s+|have\s+|has\s+|had\s+ever\s+|ever\s+)?(?:deliberately\s+)?(?:targeted|attacked|targets?|attacks?)\s+civilians|(?:denied|denies|deny|denying)\s+(?:ever\s+|deliberately\s+|intentionally\s+)?(?:targeting|attacking|shelling|bombing|harming|hurting|killing|abusing|mistreating)\s+(?:any\s+)?civilian(?:s|\s+(?:areas?|targets?|sites?|objects?|infrastructure|populations?|facilities|homes|neighbou?rhoods))\b|denied\s+(?:that\s+)?there\s+(?:had\s+been|has\s+been|was|were)\s+(?:any|no)|(?:rejected|refuted)\s+(?:the\s+)?(?:accusations?|allegations?)|"
    r"(?:call|term|dub)(?:ed|s|ing)?\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:[\w'’-]+\s+){0,2}(?:allegations?|accusations?|claims?|reports?|account|version|charges?|findings|case)\s+(?:(?:of|about|against|by|at|before)\s+(?:[\w'’-]+\s+){1,3}?)?[\"“']?(?:\w+ly\s+)?(?:a\s+|an\s+|pure\s+|total\s+|nothing\s+but\s+)?"
    r"(?:(?:pathetic|blatant|outright|utter|brazen|shameless|complete|absolute|monstrous|cynical|malicious|big|deliberate|baseless|absurd)\s+)?"
    r"(?:lies?|fabrications?|fabricated|concocted|invented|made[-\s]up|untrue|slanderous|defamatory|fictitious|psychological\s+(?:terror|warfare)|hoax|fake(?:\s+news)?|nonsense|propaganda|disinformation|slander|horror\s+story|baseless|false|absurd|biased|one-sided|politically\s+motivated|unfounded|groundless|outlandish|preposterous|ludicrous|far-fetched|misleading|ridiculous)"
)
WARN = (
    r"(?<!early\s)(?<!early-)warn(?:s|ed|ing)?(?!\s+(?:shots?|fire|flares?|sirens?|lights?|signs?|signals?|labels?|systems?|planes?|aircraft|radars?)\b)|(?:express|voic|rais)(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:concerns?|fears?|alarm)\s+(?:that|about|over)\s+(?=[^.;]{0,90}?\b(?:could|would|might|may|risks?|threatens?)\b)|"
    r"(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?(?:concerned|worried|alarmed)\s+(?:that|about|over)\s+(?=[^.;]{0,90}?\b(?:could|would|might|may|risks?|threatens?)\b)|caution(?:s|ed)\s+(?:against|that|\w+\s+against)|could\s+have\s+(?:\w+\s+)?consequences|threaten(?:s|ed|ing)?\s+" + VERB_TO_INFINITIVE + r"(?:to|with)|"
    r"threaten(?:s|ed|ing)?\s+(?=(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s*(?:$|[,.;]|\s+(?:after|over|with|for|if|unless|on|in)\b))|playing\s+with\s+fire|(?:on\s+the\s+)?(?:brink|verge)\s+of\s+(?:an?\s+)?(?:full-scale\s+|all-out\s+|wider\s+|regional\s+|open\s+|total\s+|another\s+|new\s+)?war\b|"
    # sanctions and other punishment threatened: "the EU threatened sanctions against officials blocking aid"
    r"threaten(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:retaliation|reprisals?|intervention|military\s+action|force|consequences|response|sanctions|countermeasures|punitive\s+(?:measures|action|steps))|"
    # a threat told as a clause ("threatened that Tehran will burn"), and a red line drawn ("any attack on its water would be
    # considered an act of war")
    r"threaten(?:s|ed|ing)?\s+that\b|(?:would|will)\s+be\s+(?:considered|treated|regarded|seen|deemed)\s+(?:as\s+)?an?\s+(?:act\s+of\s+war|declaration\s+of\s+war)|"
    r"threaten(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|further\s+|more\s+|another\s+|wider\s+|full-scale\s+|major\s+|renewed\s+)*(?:ground\s+|military\s+|cross-border\s+|air\s+|missile\s+|drone\s+)?(?:operations?|offensives?|invasion|attacks?|strikes?|war)\b|"
    # a vow or pledge of force: "vowed to crush", "pledged to fight on", "vowed revenge", "vowed to march on the capital"
    r"(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|swore|swear(?:s|ing)?)\s+" + VERB_TO_INFINITIVE + r"(?:to\s+(?:respond|retaliate|avenge|press\s+on|continue\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:fight|fighting|war|attacks|operations|offensive|resistance|struggle|jihad)|continue(?!\s+(?:to\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:support|supporting|provid|help|aid|deliver|work|assist|back|humanitarian|talks|negotiat|dialogue|mediat|cooperat))|fight|keep\s+(?:on\s+)?(?:fighting|targeting|attacking|striking|advancing|pushing|hitting|resisting|bombing|shelling)|press\s+ahead|take\s+(?:revenge|vengeance|back|the\s+(?:fight|war|battle)\s+to|(?:full\s+)?control\s+of|the\s+(?:city|town|capital|region|airport|base|port)\b|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?!\s+(?:apart|to|on|into|part|down|out|over|seriously|for|from|home)\b))|destroy|crush|punish|defeat|eliminate|annihilate|"
    r"wipe\s+out|drive\s+out|expel|bring\s+(?:[\w'’-]+\s+){1,4}?to\s+justice|flush\s+out|liberate|recapture|retake|take\s+back|hunt\s+down|track\s+down|march\s+on|advance\s+on|capture|seize|storm|escalate|intensify|step\s+up|expand|widen|strike|attack|hit\s+back|strike\s+back|"
    r"finish\s+off|root\s+out|neutrali[sz]e|make\s+\w+\s+pay|[^.;]{0,80}?\bby\s+(?:military\s+)?force\b)|(?:retaliation|revenge|vengeance|reprisals?|response\s+to)|"
    # the vengeance qualified, with no article: "vowed harsh revenge", "pledged swift retaliation"
    r"(?:harsh|swift|severe|strong|crushing|decisive|painful|bitter|fierce|terrible|forceful|firm|tough|befitting)\s+(?:revenge|retaliation|response|reprisals?|punishment|vengeance)|"
    r"(?:retaliatory|reciprocal|tough|harsh)\s+(?:measures|steps|action|strikes)|an?\s+(?:strong\s+|harsh\s+|decisive\s+|crushing\s+|firm\s+|forceful\s+|tough\s+|severe\s+)?(?:response|retaliation|revenge)|[\"“'‘]?(?:total|all-out|full-scale|open)\s+war)|"
    r"(?:will|would|shall)\s+not\s+(?:leave|let)\s+[^.;]{0,50}?(?:unanswered|unpunished)|(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|swore|swears)\s+(?:on\s+\w+day\s+)?that\s+[^.;]{0,80}?\b(?:would|will|shall)\s+(?:be\s+(?:brought\s+to\s+justice|punished|hunted\s+down|held\s+(?:to\s+account|accountable)|crushed|defeated|eliminated)|pay\b)|(?:will|would|shall)\s+not\s+(?:go|be\s+left|remain)\s+(?:unanswered|unpunished)|"
    r"(?:will|would|must|shall)\s+[\"“'‘]?pay\s+(?:a|the|an)\s+(?:(?:very|heavy|high|steep|dear|terrible|heavier|bitter|painful|unprecedented)\s+)*price|"
    # a fight promised to its end, a party to be held to account, war declared
    r"(?:fight|fighting|battle|resist)\s+(?:on\s+)?(?:until|till|to)\s+[\"“']?(?:the\s+)?(?:(?:total|final|complete|full|absolute)\s+victory|victory|(?:very\s+|bitter\s+)?end|last\s+(?:man|soldier|fighter|drop|breath|bullet)|death)\b|"
    r"(?:will|would|shall)\s+hold\s+(?:[\w'’-]+\s+){1,4}?(?:fully\s+|directly\s+|solely\s+|personally\s+)?(?:responsible|accountable)|declar(?:e|es|ed|ing)\s+[\"“']?(?:total|all-out|open|full-scale)\s+war\b|"
    r"(?:will|would|shall)\s+(?:not\s+hesitate\s+to\s+)?(?:respond|retaliate|hit\s+back|strike\s+back|avenge)\b|"
    # force held ready: "would not hesitate to defend its sovereignty", "won't hesitate to act"
    r"(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t)\s+hesitate\s+to\s+(?:defend|use|act|strike|hit|take|protect|intervene|deploy|fight|destroy|eliminate)\b|"
    r"(?:it|they|we)\s+(?:will|would|shall)\s+(?:continue\s+to\s+)?(?:target|strike|attack|hit|destroy|crush|punish|annihilate|bomb)\s+(?:any|all|every)\b|"
    # harm promised to whoever acts: "Israel would strike anyone who tries to harm it"
    r"(?:will|would|shall)\s+(?:target|strike|attack|hit|destroy|crush|punish|annihilate|bomb|cut\s+off\s+the\s+hand\s+of)\s+(?:anyone|anybody|whoever|those\s+who|any\s+(?:party|country|state|force)\s+that)\b|"
    # force promised against a party's assets: "the group would target US warships", "will strike enemy bases"
    r"(?:will|would|shall)\s+(?:continue\s+to\s+)?(?:target|strike|attack|hit|bomb|shell)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:warships|ships|vessels|bases|positions|troops|forces|soldiers|targets|installations|interests|cities|airfields|depots)\b|"
    r"(?:will|would|could)\s+(?:only\s+|inevitably\s+|further\s+)?(?:lead\s+to|result\s+in|trigger|provoke|spark|fuel|plunge\s+the\s+region\s+into)\s+(?:an?\s+|further\s+|new\s+|a\s+new\s+round\s+of\s+|the\s+)?(?:\w+\s+)?(?:escalation|war|catastrophe|disaster|bloodshed|confrontation|retaliation|response)\b|"
    r"(?:will|would|shall)\s+pay\s+for|(?:will|would|shall)\s+not\s+(?:allow|tolerate|permit)|"
    # a reckoning promised with no payer's price named: '"Those who started this war will pay," he said', "there will be a response"
    # force kept in reserve: "all options are on the table", "no option is off the table"
    r"(?:all|every)\s+options?\s+(?:are|is|remain|remains)\s+(?:still\s+)?on\s+the\s+table|no\s+option\s+(?:is|was)\s+off\s+the\s+table|"
    r"(?:will|shall)\s+pay(?=\s*[,.;!\"”]|\s*$)|(?:will|shall)\s+not\s+(?:escape|go\s+without)\s+(?:punishment|justice|retribution|accountability)|there\s+(?:will|shall)\s+be\s+(?:an?\s+)?(?:(?:strong|harsh|decisive|crushing|firm|severe|swift|painful)\s+)?(?:response|retaliation|revenge|reprisals?|consequences)\b|"
    r"(?:will|would|shall)\s+(?:receive|face|get|meet)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:response|retaliation|punishment|consequences|blow|reply)|"
    r"(?:crushing|decisive|harsh|befitting|fitting|forceful|resolute|painful|severe|devastating)\s+(?:response|retaliation|blow|reply|punishment)|"
    r"(?:readiness|preparedness)\s+to\s+(?:confront|respond|retaliate|fight|repel|strike|defend|face)\b|(?:is|are|was|were)\s+(?:fully\s+|now\s+|well\s+)?(?:ready|prepared)\s+for\s+(?:an?\s+)?(?:(?:long|protracted|all-out|total|open|full-scale|wider)\s+)?(?:war|battle|confrontation)\b|"
    # force held ready: "the army was ready to launch a ground offensive", "is prepared to strike back"
    r"(?:is|are|was|were)\s+(?:fully\s+|now\s+|well\s+)?(?:ready|prepared)\s+to\s+(?:launch(?!\s+(?:talks|negotiations|dialogue|a\s+dialogue|an?\s+(?:investigation|inquiry|appeal|probe)))|strike|attack|retaliate|respond\s+(?:militarily|with\s+force)|invade|storm|go\s+to\s+war|hit\s+back|strike\s+back|expand\s+(?:the|its|their|our)\s+(?:war|offensive|operations))\b|"
    r"all\s+options\s+(?:are|were|remain|remained|is|was)\s+(?:still\s+)?on\s+the\s+table|(?:issu|deliver)(?:e|es|ed|ing)\s+(?:an?\s+)?(?:\w+\s+)?ultimatum|(?:gave|give|gives|giving)\s+(?:[\w'’-]+\s+){1,3}?(?:an?\s+)?(?:\w+\s+)?ultimatum|sound(?:s|ed|ing)?\s+(?:the\s+)?alarm\s+(?:over|about|on)|"
    r"(?:will|would|shall)\s+[\"“']?(?:crush|annihilate|wipe\s+out|flush\s+out|eliminate|destroy|defeat|punish|teach\s+\w+\s+a\s+lesson)[\"”']?\s+(?:the\s+|all\s+|any\s+|these\s+|those\s+)?[\"“']?(?:[\w-]+\s+)?(?:rebels?|rebellion|militias?|enemy|enemies|terrorists?|invaders?|aggressors?|insurgents?|insurgency|militants?|gangs?|junta|occupiers?|occupation|mercenaries|them|"
    r"forces|fighters|extremists?|jihadists?|separatists?|bandits|armed\s+groups?|groups|remnants|elements|traitors|puppets)\b|"
    r"(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\s+(?:continued|further|more|new|fresh|relentless)\s+(?:attacks|strikes|operations|resistance|fighting|retaliation)|"
    r"reserv(?:e|es|ed|ing)\s+(?:the|its|their|our|his|her)\s+(?:full\s+|legitimate\s+|legal\s+)?right\s+to\s+(?:respond|retaliate|defend|react|take|self[-\s]defen[cs]e|(?:\w+\s+)?retaliat\w+)|"
    # a response claimed as a right ("Pakistan has every right to respond forcefully"): a warning of force to come
    r"(?:has|have|had)\s+(?:every|the\s+full|the|a\s+legitimate|the\s+legitimate)\s+right\s+to\s+(?:respond|retaliate|react)\b|(?:stand|stands|stood|is|are|was|were)\s+(?:\w+ly\s+)?(?:ready|prepared)\s+to\s+(?:use\s+(?:military\s+)?force|respond|retaliate|strike|crush|fight|repel|defend|destroy|hit)|"
    r"(?:will|would|shall)\s+be\s+met\s+with|(?:will|would|shall)\s+take\s+all\s+(?:the\s+)?necessary\s+(?:measures|steps|action)|(?:will|would|shall)\s+take\s+[\"“']?(?:resolute|decisive|firm|strong|tough|forceful|severe|harsh|retaliatory)\s+(?:counter-?)?(?:measures|steps|action)|"
    r"(?:will|would|shall)\s+be\s+(?:crushed|destroyed|eliminated|annihilated|wiped\s+out|punished|defeated|routed|driven\s+out|flushed\s+out|hunted\s+down|expelled)|"
    r"(?:will|would|shall)\s+(?:continue|not\s+stop|not\s+cease|not\s+halt)\s+(?:our|its|their|the|these|such)?\s*(?!(?:[\w-]+\s+){0,2}?(?:rescue|relief|aid|humanitarian|evacuation|search|recovery|peacekeeping|medical|vaccination|airlift|clean-?up|repair|de-?mining|election)\b)(?:[\w-]+\s+){0,2}?(?:attacks|operations?|strikes|offensive|fight|fighting|war|struggle|resistance|campaign)\b(?!\s+(?:to\s+(?:help|aid|assist|support|rescue|deliver|evacuate|feed)|of\s+(?:aid|relief|rescue|evacuation)))|"
    # more force announced: "would expand its attacks to the Mediterranean", "will continue to target US ships"
    r"(?:more|further|additional)\s+(?:strikes|attacks|operations|raids)\s+(?:will|would)\s+(?:follow|come)|(?:will|would|shall)\s+not\s+stop\s+until|"
    r"(?:will|would|shall)\s+(?:retake|recapture|liberate|reclaim)\s+(?:all|every|the\s+(?:rest|whole|entire))\b|"
    r"(?:will|would|shall)\s+(?:further\s+)?(?:expand|escalate|intensify|widen|step\s+up|extend|broaden)\s+(?:our|its|their|the)\s+(?:\w+\s+)?(?:attacks|operations|strikes|offensive|campaign|military\s+operations)|"
    r"(?:will|would|shall)\s+continue\s+(?:to\s+)?(?:target|attack|strike|hit|bomb|shell|pound|liberat|advanc|fight|push)(?:e|ing)?\b|"
    # the acts as the subject: "such strikes will continue", "our operations will not stop"
    r"(?:such|these|our|its|their|the)\s+(?:\w+\s+)?(?:strikes|attacks|operations|raids|offensive|bombardments?|operation|war|fighting|campaign)\s+(?:will|shall|would)\s+(?:continue|go\s+on|not\s+stop|not\s+end|intensify|only\s+intensify)|"
    # the acts named with their target: "attacks on Israel-linked ships would continue until ..."
    r"(?:strikes|attacks|operations|raids)\s+(?:on|against)\s+(?:[\w'’-]+\s+){1,3}?(?:will|shall|would)\s+(?:continue|go\s+on|not\s+stop|not\s+end|intensify|only\s+intensify)|"
    r"threaten(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,3}?with\s+(?:an?\s+|the\s+)?(?:[\"“']?[\w-]+[\"”']?\s+)?(?:retaliation|reprisals?|response|consequences|force|action|war|strikes?|attacks?|annihilation|destruction|weapons|missiles|bombs|invasion)"
    # harm announced in general: "will bear the consequences", "would not stand idly by", "would use all means at its disposal"
    r"|(?:will|would|shall)\s+(?:bear|suffer)\s+(?:the\s+|dire\s+|grave\s+|serious\s+|severe\s+|full\s+)*consequences|(?:will|would|shall)\s+pay\s+(?:dearly|heavily)|(?:will|shall)\s+[\"“']?(?:bitterly\s+)?regret\b|"
    r"(?:will|would|shall)\s+not\s+(?:stand\s+(?:idly\s+)?by|sit\s+idly\s+by|remain\s+(?:silent|idle|indifferent|passive)|stay\s+silent|stay\s+(?:idle|passive))|"
    r"(?:will|would|shall)\s+(?:keep|go\s+on)\s+(?:on\s+)?(?:fighting|advancing|attacking|striking|pushing|targeting|resisting|bombing|shelling|hitting)\b|"
    r"(?:will|would|shall)\s+(?:not\s+hesitate\s+to\s+)?use\s+(?:all\s+(?:available\s+|necessary\s+)?(?:means|measures|options)(?:\s+at\s+(?:its|our|their|his)\s+disposal)?(?=\s*[.,;]|\s+to\s+(?:defend|protect|respond|retaliate|repel|counter|stop|crush|destroy|punish|safeguard|liberate))|(?:military\s+)?force|(?:all\s+)?(?:its|our|their)\s+(?:\w+\s+)?(?:might|power|capabilities|arsenal|weapons))|"
    r"(?:will|would|shall)\s+(?:act|strike|hit)\s+with\s+(?:great\s+|full\s+|overwhelming\s+|unprecedented\s+|all\s+(?:its|our|their)\s+)?(?:force|might|strength|power)|"
    r"(?:will|would|shall)\s+be\s+held\s+(?:fully\s+|directly\s+|solely\s+)?(?:responsible|accountable)\s+for\s+(?:any|all|every|the\s+consequences|(?:these|its|their|such|this|the)\s+(?:crimes?|attacks?|aggression|acts?|massacres?|strikes?))\b|legitimate\s+(?:military\s+)?targets?\b|"
    r"(?:will|would|shall)\s+(?:take|adopt)\s+[\"“']?(?:\w+\s+){0,2}?(?:countermeasures|counter-measures|retaliatory\s+(?:measures|steps|action))|"
    # an ultimatum: "gave the army 48 hours to leave Uvira", "issued an ultimatum", "withdraw or face the consequences"
    r"(?:gave|give|gives|giving|set|sets|setting)\s+(?:[\w'’-]+\s+){1,5}?(?:an?\s+|\d+|one|two|three|five|seven|ten|fifteen|thirty|twenty-four|forty-eight|seventy-two)(?:[\s-]+(?:hours?|days?|weeks?))\s+(?:deadline\s+)?to\s+(?:leave|withdraw|surrender|lay\s+down|disarm|evacuate|pull\s+out|hand\s+over|release|stop|end|vacate|quit)\b|"
    r"(?:issu|deliver|gave|give|gives|giving|sen[dt]|pos)(?:e|es|ed|ing|s)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?ultimatum\b|"
    r"or\s+face\s+(?:the\s+)?(?:(?:dire|grave|serious|severe|military)\s+)?(?:consequences|attack|force|military\s+action|retaliation|annihilation|destruction|an?\s+(?:attack|assault|offensive))\b"
)
# Every phrase above starts with a word character, so the look-ahead in "\b(?=\w)" lets the regex engine pass over
# the ends of words at once (a phrase starting with a quote mark or a space would need it changed).
STATEMENT_PATTERNS: tuple[tuple[str, Prefiltered], ...] = tuple(
    (outcome, prefiltered(re.compile(rf"\b(?=\w)(?:{vocabulary})\b", re.I)))
    for outcome, vocabulary in (("accuse", ACCUSE), ("condemn", CONDEMN), ("appeal", APPEAL), ("support", SUPPORT), ("deny", DENY), ("warn", WARN))
)
DENIED_ALLEGATIONS = prefiltered(re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|refute|rebuff(?:s|ed)?|rubbish(?:es|ed)?|debunk(?:s|ed)?|disput(?:es|ed)|mock(?:s|ed)|ridicul(?:es|ed)|brush(?:es|ed)\s+(?:off|aside)|shrug(?:s|ged)\s+off|wave[sd]\s+(?:off|away|aside))\s+"
    r"(?:the\s+|these\s+|those\s+|such\s+|all\s+|its\s+|their\s+)?"
    # the author named in full before the noun: "dismissed the Human Rights Watch report", "rejected the UN panel's findings"
    # (a judgement in scare quotes among the words: "rejected India's \"baseless\" allegations")
    r"(?:[\"“‘']?[\w'’-]+[\"”’']?\s+){0,2}?(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}?(?:accusations?|allegations?|charges?|claims?|reports?|findings|conclusions|criticism|version\s+of\s+events|narrative)\b(?!\s+(?:that|of)\b)|"
    # the charge named in general terms: "dismissed US accusations of atrocities", "rejected allegations of war crimes"
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)\s+(?:the\s+|these\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(?:accusations?|allegations?|charges?)\s+of\s+"
    r"(?:(?:committing|carrying\s+out|widespread|systematic|mass)\s+)?(?:atrocities|war\s+crimes|genocide|ethnic\s+cleansing|crimes\s+against\s+humanity|(?:human\s+rights\s+)?abuses|human\s+rights\s+violations|aggression|terrorism|extrajudicial\s+killings)\b",
    re.I,
))
# A charge the speaker rejects for itself ("denied committing atrocities", "said it had not committed any war crimes",
# "denies that its forces carried out ethnic cleansing"): the words between the denial and the charge only say who did
# what, so the sentence rejects an accusation in general terms, a denial (GOLD_FORMAT), not the speaker accusing itself.
CHARGE_DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|(?:has|have|had|did|does|do|is|are|was|were)\s+(?:\w+ly\s+)?(?:not|never))"
    r"(?:\s+(?:that|it|they|he|she|we|its|their|his|our|forces|troops|fighters|soldiers|men|units|army|had|has|have|ever|any|all|the|"
    r"committing|committed|commit|carrying|carried|carry|out|perpetrat\w*|engag\w*|in|involvement|involved|\w+ly))*\s+$",
    re.I,
)
# Protests are statements of their crowds: demands are appeals, opposition is condemnation.
# Acts of protest: marches, rallies, sit-ins, vigils, strikes by workers, roads blocked by a crowd.
PROTEST = prefiltered(re.compile(
    r"\b(?:protest(?:s|ed|ers|ing)?|demonstrat(?:e|es|ed|ion|ions|ors|ing)|rall(?:y|ied|ies)|(?-i:march)|march(?:ed|es)|gathered|sit-ins?|picket(?:s|ed|ing)?|"
    r"vigils?|walk-?outs?|boycott(?:s|ed|ing)?|motorcades?|took\s+to\s+the\s+streets|"
    # "went on strike", not a ban or a pause "on strikes" of war ("a moratorium on strikes on energy facilities")
    r"(?:(?:(?<=\bwent\s)|(?<=\bgo\s)|(?<=\bgoes\s)|(?<=\bgoing\s)|(?<=\bgone\s)|(?<=\bare\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bbeen\s)|(?<=\bremain\s)|(?<=\bremained\s)|(?<=\bstayed\s))on|"
    r"general|hunger|climate|labou?r|weekly|national|nationwide|teachers['’]?|workers['’]?)\s+strikes?|"
    r"(?:block(?:ed|ing|s)?|slow(?:ed|ing|s)?|disrupt(?:ed|ing|s)?|paralys(?:ed|ing)|halt(?:ed|ing))\s+(?:the\s+)?(?:traffic|access\s+to)|(?:held|staged|began|started|called)\s+(?:a\s+)?(?!(?:the|this|that|its|their)\b)(?:\w+\s+)?strike(?!\s+(?:on|against|at)\b)|"
    r"(?:block(?:ed|ing|s)?|barricad(?:ed|ing)|cut|closed|shut)\s+(?:off\s+)?(?:the\s+|a\s+|several\s+)?(?:\w+\s+){0,2}(?:roads?|streets?|highways?|traffic|entrances?|gates?|bridges?)(?=[^.;]{0,60}?\b(?:to\s+(?:demand|denounce|protest|press|reject|oppose)|against|over|in\s+protest|demanding)))\b",
    re.I,
))
# A march vowed or threatened is an advance: "vowed to march on Addis Ababa", "threatened to march on Kinshasa".
INTENT_TO_MARCH = re.compile(r"\b(?:vow\w*|pledg\w*|promis\w*|threat\w*|swore|swear\w*|plan\w*|order\w*|prepar\w*)\s+(?:\w+\s+)?to\s+$", re.I)
# Armed men marching are moving, not protesting ("columns of troops marched into the city").
MARCHING_FORCES = re.compile(r"\b(?:troops|soldiers|forces|fighters|rebels|militants|militiamen|army|columns?|convoys?|units?)\s+(?:\w+\s+){0,2}$", re.I)
# The crowd named only as those arrested, dispersed or fired on: the police act, the crowd's demands are not told.
# A crowd acted on, not acting: "arrested 20 protesters", "shot the protesters", "killed two demonstrators".
CROWD_ACTED_ON = re.compile(r"\b(?:arrest\w*|detain\w*|dispers\w*|round(?:ed|ing)?\s+up|tear[- ]?gass?\w*|beat(?:en|ing)?|fired\s+(?:\w+\s+){0,3}(?:at|on)|"
                            r"shot|shoot(?:s|ing)?|kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|attack(?:ed|ing|s)?|"
                            r"opened\s+fire\s+on|crack(?:ed|ing)?\s+down\s+on)\s+(?:\w+\s+){0,4}$", re.I)
PROTEST_AIM = re.compile(r"\b(?:against|to\s+(?:denounce|protest|condemn|oppose|reject)|denouncing|condemning)\b", re.I)
# Appeals named as a noun: "rejected calls for", "despite international demands", "amid growing calls".
OTHERS_CALLS = re.compile(r"\b(?:reject\w*|dismiss\w*|ignor\w*|resist\w*|defy\w*|defied|rebuff\w*|spurn\w*|snubb?\w*|brush\w*\s+aside|turn\w*\s+down|refus\w*|despite|amid|heed\w*|answer\w*|growing|mounting|repeated|renewed|international|the|these|those|such|their|its)\s+(?:[\w'’-]+\s+)?$", re.I)
# Another party's appeals refused, their author named between ("spurned the African Union's calls for").
REFUSED_BEFORE = re.compile(r"\b(?:reject|dismiss|ignor|rebuff|spurn|snubb?|def(?:y|ie)|refus|brush\w*\s+aside|turn\w*\s+down)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
# A speaker voicing its own appeals again: "China renewed its calls for a ceasefire", "reiterated their demands".
OWN_CALLS_VOICED = re.compile(r"\b(?:renew|reiterat|repeat|restat|reaffirm|echo|made|make|issu|voic|step(?:ped)?\s+up)\w*\s+(?:its|their|his|her|our)\s+(?:[\w'’-]+\s+)?$", re.I)
REJECTED_CALL = re.compile(r"\b(?:reject\w*|dismiss\w*|ignor\w*|heed\w*|answer\w*|despite|amid|defy\w*|defied|rebuff\w*|spurn\w*|snubb?\w*|brush\w*\s+aside|turn\w*\s+down|refus\w*)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w'’-]+\s+)?$", re.I)
# What an accusation charges in general terms (GOLD_FORMAT: a statement), not a specific act.
GENERAL_CHARGE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:of|for)\s+[“\"‘]?(?:[\w'’-]+,?\s+){0,4}?(?:war\s+crimes|crimes|aggression|provocations?|genocide|terrorism|ethnic\s+cleansing|"
    r"violating|violations?|escalat\w+|atrocities|abuses|lying|propaganda|state\s+terror\w*|targeting\s+civilians)\b|\s+(?:[\w'’-]+\s+){0,4}?of\s+" + CIVILIANS_CHARGED,
    re.I,
)
# Harm to civilians charged with no place, day or target named (GOLD_FORMAT: "targeting civilians" is a general accusation).
CIVILIANS_CHARGED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?of\s+" + CIVILIANS_CHARGED, re.I)
# What a vow to "fight" or "crush" aims at in sport, politics and the economy ("fight for the title", "crush inflation").
FIGURATIVE_STRUGGLE = re.compile(
    r"\s+(?:on\s+)?(?:for\s+|against\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?(?:[\w'’-]+\s+)?"
    r"(?:title|cup|trophy|championship|league|medals?|place|seat|elections?|votes?|poverty|corruption|inflation|climate|hunger|disease|cancer|"
    r"malaria|pandemic|virus|drugs?|unemployment|prices?|deficit|debt|crime|jobs?|reforms?|change|emissions|illiteracy|famine|deal|agreement|contract|rights|whistle|game|match|final)\b",
    re.I,
)
# A weapon heading the clause of a copula: "an anti-ship missile that was aimed into the Red Sea and was prepared to launch".
WEAPON_AS_SUBJECT = re.compile(r"\b(?:missiles?|rockets?|drones?|launchers?|weapons?|warheads?|bombs?|vessels?|boats?|ships?)\b(?:\s+(?:that|which))?[^.;,]{0,60}$", re.I)
# A warning's words inside an open question: "how it would respond", "whether Tehran will retaliate".
OPEN_QUESTION = re.compile(r"\b(?:how|whether|if|when|what)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
MULTI_SPEAKER = re.compile(r"\b(?:both\s+(?:sides|countries|parties)|each\s+other|(?:trad|exchang)(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:accusations|blame|charges|allegations|barbs))\b", re.I)


# A condemnation named as a noun with its speakers after "from": "drew swift condemnation from the EU and the UN",
# "the raid prompted a rebuke from Turkey", "sparked international criticism from Egypt".
CONDEMNATION_DRAWN = prefiltered(re.compile(
    r"\b(?:dr[ae]w|draws|drawing|drawn|spark(?:s|ed|ing)?|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|provok(?:e|es|ed|ing)|"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+met\s+with|earn(?:s|ed|ing)?|attract(?:s|ed|ing)?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:condemnations?|criticism|rebukes?|denunciations?|censure)\s+from\s+(?:the\s+)?|"
    # criticism suffered: "came under fire from Egypt for the raid" (fire with "for" after its source: words, not shots)
    r"(?:came|comes|coming|come)\s+under\s+(?:\w+\s+)?(?:criticism|fire)\s+from\s+(?:the\s+)?(?=[^.;,]{1,40}?\s+(?:for|over)\s)",
    re.I,
))


def _drawn_condemnations(view: SentenceView) -> list[DraftClaim]:
    """One condemnation per party named after 'drew condemnation from' (the speakers follow their noun)."""
    drafts = []
    for match in CONDEMNATION_DRAWN.finditer(view.text):
        first = view.first_actor_after(match.end())
        if first is None or first.start != match.end() or first.role in ("pronoun", "generic"):
            continue
        listed = [first]
        for actor in view.actors:
            if actor.start > listed[-1].end and LIST_SEPARATOR.fullmatch(view.text, listed[-1].end, actor.start) and actor.role not in ("pronoun", "generic"):
                listed.append(actor)
        drafts.extend(DraftClaim("statement", "condemn", match.start(), match.end(), subject=code, claimant=code)
                      for code in dict.fromkeys(a.code for a in listed))
    return drafts


# A draft text voted down or blocked, right before the words it held ("vetoed a resolution demanding", "blocked a
# statement condemning", "rejected a draft calling for").
DEFEATED_TEXT_BEFORE = re.compile(
    r"\b(?:vetoe?d?|vetoes|vetoing|blocked|blocks|blocking|rejected|voted\s+down|voted\s+against|failed\s+to\s+(?:adopt|pass))\s+"
    r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:resolution|draft|statement|motion|text|declaration)\s+(?:that\s+(?:would\s+have\s+)?)?$", re.I)


def find_statement_claims(view: SentenceView, has_other_claims: bool) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = _drawn_condemnations(view)
    passive_clauses: list[tuple[int, int]] = []
    for outcome, pattern in STATEMENT_PATTERNS:
        for match in pattern.finditer(text):
            if any(d.start <= match.start() < d.end for d in drafts):
                continue
            if DEFEATED_TEXT_BEFORE.search(text, max(0, match.start() - 90), match.start()):
                continue  # "Russia vetoed a resolution demanding a halt": a text that was not adopted says nothing
            target = _target(view, match.end(), match.start())
            if outcome == "appeal" and re.match(r"(?i)must|should", match.group()) and (addressed := view.last_actor_before(match.start())) is not None \
                    and addressed.role != "pronoun" and re.fullmatch(r"\s+", text[addressed.end : match.start()]):
                target = addressed.code  # "Israel must end ...": the one a modal appeal addresses is its subject
            if outcome == "accuse":
                target = _accused_inside(view, match) or target
            if outcome == "condemn" and LABELLING.match(match.group()):
                target = _accused_inside(view, match) or target  # "called the Israeli strike on Beirut a new aggression"
            if outcome == "condemn" and (owner := _voiced_by_owner(view, match)) is not None:
                # "the ministry expressed the Kingdom of Saudi Arabia's condemnation of ...": the state whose judgement is voiced
                drafts.append(DraftClaim("statement", outcome, match.start(), match.end(), subject=owner, claimant=owner, object=target))
                continue
            if outcome == "deny" and (owners := [a for a in view.actors_between(match.start(), match.end()) if a.role not in ("pronoun", "generic")]):
                target = owners[0].code  # "called the Thai claims false": whose words are denied
            if outcome == "accuse" and ACCUSATION_NOUN.fullmatch(match.group()) and DENIED_ALLEGATIONS.search(text, max(0, match.start() - 60), match.end()):
                continue  # "rejected the accusations and blamed the army": the noun names the words denied, the blame is the accusation
            same_kind = [d for d in drafts if d.outcome == outcome]
            if same_kind:
                speaker = _new_speaker(view, max(d.end for d in same_kind), match.start())
                if speaker is not None and outcome in ("accuse", "condemn", "appeal", "warn", "deny") and not any(d.subject == speaker for d in same_kind):
                    # "Egypt condemned the raid, while Jordan denounced it": another speaker heads its own verb
                    drafts.append(DraftClaim("statement", outcome, match.start(), match.end(), subject=speaker, claimant=speaker, object=target if target != speaker else None))
                continue  # one statement of a kind per sentence and speaker
            if outcome == "condemn" and CONDEMNED_ALLEGATIONS.match(text, match.end()) and not OUTRAGE.search(match.group()):
                outcome = "deny"  # "denounced the accusations as lies": rejecting another party's words is a denial
            if outcome == "warn" and re.match(r"(?i)warn", match.group()) and (conduct := _warned_conduct(view, match.end())) is not None:
                drafts.append(DraftClaim("statement", "accuse", match.start(), match.end(), subject=SUBJECT_IS_CLAIMANT, object=conduct))
                continue  # "warned that Israel was dragging the region into war": a charge of what a party is doing, not of future harm
            if outcome == "warn" and re.search(r"(?i)^(?:vow|pledg|promis|sw[oe]re?)|fighting$", match.group()) and FIGURATIVE_STRUGGLE.match(text, match.end()):
                continue  # "vowed to fight for the title", "pledged to crush inflation": a struggle of peace, no force
            if outcome == "warn" and re.match(r"(?i)(?:is|are|was|were)\s", match.group()) and WEAPON_AS_SUBJECT.search(text, max(0, match.start() - 80), match.start()):
                continue  # "a missile that was aimed at the sea and was prepared to launch": a weapon made ready, no one's warning
            if outcome == "warn" and OPEN_QUESTION.search(text, max(0, match.start() - 40), match.start()):
                continue  # "did not say how it would respond", "asked whether Moscow will retaliate": no warning given
            if (outcome == "appeal" and (OTHERS_CALLS.search(text, max(0, match.start() - 40), match.start()) or REFUSED_BEFORE.search(text, max(0, match.start() - 60), match.start()))
                    and re.match(r"(?i)calls|appeals|demands", match.group()) and not OWN_CALLS_VOICED.search(text, max(0, match.start() - 40), match.start())):
                continue  # "rejected calls for a ceasefire", "amid growing calls for": others' appeals named as a noun
            if outcome == "appeal" and REJECTED_CALL.search(text, max(0, match.start() - 40), match.start()) and re.match(r"(?i)call\s+for", match.group()):
                continue  # "rejected the call for talks", "despite the call for": another's appeal named as a noun
            if outcome == "appeal" and DOCUMENT_SUBJECT.search(text, max(0, match.start() - 120), match.start()):
                continue  # "the US plan calls for a withdrawal": what a document provides, not a speaker's appeal
            if (outcome == "appeal" and re.match(r"(?i)must|should", match.group()) and not SAID_BEFORE_MODAL.search(text, max(0, match.start() - 90), match.start())
                    and not QUOTE_CREDITED_AFTER.match(text, match.end())):
                continue  # "the talks should resume": an appeal only as someone's words ("the UN chief said the fighting must stop")
            if outcome == "condemn" and re.search(r"(?i)oppos", match.group()) and target is None:
                continue  # "firmly opposes the new tariff": opposition to a policy, not to a party
            if outcome == "support" and target is None and re.match(r"(?i)ha[sdv]", match.group()):
                holder = view.last_actor_before(match.start())
                if holder is not None and holder.role not in ("pronoun", "generic") and re.fullmatch(r"\s+", text[holder.end : match.start()]):
                    target = holder.code  # "said Israel had a right to defend itself": the party whose right is voiced
            if outcome == "support" and target is None:
                continue  # support for a party, not for an accord or a bill
            if outcome == "accuse" and CHARGE_DENIED_BEFORE.search(text, max(0, match.start() - 80), match.start()):
                outcome, target = "deny", None  # "the RSF denies carrying out ethnic cleansing": its own charge rejected
            if outcome == "accuse" and REFERRED_ACCUSATION.match(text, match.end()):
                continue  # "an accusation Serbia denies": the accusation made before, now denied
            if (outcome == "accuse" and (act := SPECIFIC_ACT.match(text, match.end())) and not MULTI_SPEAKER.search(text, match.end())
                    and not CIVILIANS_CHARGED_AFTER.match(text, match.end())
                    and (has_other_claims or ACT_OF_HARM.search(act.group()))):
                continue  # "accused Rwanda of backing the rebels": coded as the act itself (GOLD_FORMAT); a charge that no
                # claim codes and no harm names ("accused the rebels of recruiting children") stays an accusation
            if outcome == "accuse" and BLAMED_ACT.match(text, match.end()):
                continue  # "blamed the attack on the rebels": the attack, with the blamer as claimant
            if any(start <= match.start() < end for start, end in passive_clauses):
                continue  # "which has been accused of ethnic cleansing": the charge of a passive accusation, no speaker's own
            reduced = (REDUCED_RELATIVE.search(text[: match.start()]) or view.last_actor_before(match.start()) is not None
                       and re.fullmatch(r"\s+", text[view.last_actor_before(match.start()).end : match.start()])) \
                and re.match(r"(?i)accused\s+(?:by\s+[^,.;]{1,40}?\s+)?of\b", text[match.start() :])  # "RSF accused of genocide": a headline's passive
            if (ADDRESSEE_PASSIVE.search(text[: match.start()]) or reduced) and match.group().split()[0].lower().endswith("ed"):
                clause = re.match(r"[^.;]*?(?=,|$)", text[match.end() :])
                passive_clauses.append((match.start(), match.end() + (clause.end() if clause else 0)))
                # "Kabul has been urged to act", "Hamas was accused of war crimes by Israel": the grammatical subject
                # is the one addressed or accused; the speaker is the agent after "by", when one is named
                agent = _passive_agent(view, match.end())
                addressee = view.last_actor_before(match.start())
                if agent is not None:
                    drafts.append(DraftClaim("statement", outcome, match.start(), match.end(), subject=agent, claimant=agent,
                                             object=addressee.code if addressee and addressee.code != agent else None))
                # "the attack was widely condemned, including by Egypt and Jordan": one statement per agent listed
                drafts.extend(DraftClaim("statement", outcome, match.start(), match.end(), subject=code, claimant=code)
                              for code in _agents_included(view, match.end()) if code != agent)
                continue
            if outcome == "deny" and _denies_reported_event(view, max(0, match.start() - 90), match.end()) and not GENERAL_CLAIMS.search(text[max(0, match.start() - 40) : match.end()]):
                continue  # "reports of two jets shot down are fake": the denial of that loss, not of an accusation
            clause_speaker = _participle_speaker(view, match.start())
            speakers = coordinated_speakers(view, match.start())
            if len(speakers) > 1:
                # "Russia, France and the United States urged ...": one statement per speaker
                drafts.extend(DraftClaim("statement", outcome, match.start(), match.end(), subject=code, object=target,
                                         claimant=code) for code in speakers)
                continue
            if clause_speaker is not None:
                # "..., vowing to press on", "..., accusing Kyiv of ...": the participle's subject is the clause's
                drafts.append(DraftClaim("statement", outcome, match.start(), match.end(), subject=clause_speaker,
                                         object=target if target != clause_speaker else None, claimant=clause_speaker))
                continue
            drafts.append(DraftClaim("statement", outcome, match.start(), match.end(), subject=SUBJECT_IS_CLAIMANT, object=target))
            if PLURAL_SPEAKERS.search(text[max(0, match.start() - 60) : match.start()]):
                drafts[-1].notes["listed_speakers"] = "yes"  # "The presidents condemned": those listed just before
    # "condemned the strikes as a violation of its sovereignty": the accusation noun qualifies the condemnation, one statement;
    # a second predicate after "and a" is a second judgement ("the raid was cowardly and an act of aggression")
    drafts = [d for d in drafts if not (d.outcome == "accuse" and not re.match(r"(?i)accus|blam|complain|provok", text[d.start : d.end])
                                         and any(o.outcome in ("condemn", "deny") and o.end <= d.start and not re.search(r"[;.]|\b(?:and|but|while)\s+(?:also\s+)?(?:\w+ed|said|says|told|added)\b|\band\s+(?:also\s+)?an?\s", text[o.end : d.start])
                                                 for o in drafts))]
    if has_other_claims:
        # "accused the army of shelling the market, killing 12": the act the sentence codes is the accusation (GOLD_FORMAT),
        # unless what is charged is general ("accused Russia of war crimes")
        drafts = [d for d in drafts if not (d.outcome == "accuse" and re.match(r"(?i)accus|blam", text[d.start : d.end])
                                             and not GENERAL_CHARGE.match(text, d.end))]
        # "attempts to carry out terrorist attacks by drones ... were thwarted": the attacks told are coded, not the label
        drafts = [d for d in drafts if not (d.outcome == "accuse" and re.fullmatch(r"(?i)terroris[tm]\s+(?:attack|act)s?\s+by", text[d.start : d.end]))]
    # "will not let this treacherous attack go unpunished": the words of one act inside another's are part of it
    drafts = [d for d in drafts if not any(o.start <= d.start and d.end <= o.end and o.end - o.start > d.end - d.start for o in drafts)]
    if any(d.outcome == "deny" for d in drafts) or DENIED_ALLEGATIONS.search(text):
        # "dismissed Kabul's accusations", "the accusations by the rights group were baseless": the accusation noun
        # names the other side's words being denied, not an accusation of this sentence's speaker
        drafts = [d for d in drafts if not (d.outcome == "accuse" and ACCUSATION_NOUN.fullmatch(text[d.start : d.end]))]
    denial = DENIED_ALLEGATIONS.search(text)
    if denial and not has_other_claims and not any(d.outcome == "deny" for d in drafts):
        # "The army denied the allegations": a denial of no claim named in the sentence
        author = next((a for a in view.actors_between(denial.start(), denial.end()) if a.role not in ("pronoun", "generic")), None)
        drafts.append(DraftClaim("statement", "deny", denial.start(), denial.end(), subject=SUBJECT_IS_CLAIMANT,
                                 object=author.code if author is not None else _target(view, denial.end())))  # "dismissed Ukrainian claims"
    if not has_other_claims and any(d.outcome == "accuse" for d in drafts) and (referred := ACCUSATION_DENIED_BY.search(text)) is not None:
        denier = next((a for a in view.actors_between(referred.start("denier"), referred.end("denier")) if a.role not in ("pronoun", "generic")), None)
        if denier is not None and not any(d.outcome == "deny" and d.subject == denier.code for d in drafts):
            # "accused Baku of provocations, an accusation Azerbaijan rejects": the one named denies the accusation in
            # general terms (GOLD_FORMAT: a statement deny)
            drafts.append(DraftClaim("statement", "deny", referred.start(), referred.end(), subject=denier.code, claimant=denier.code))
    if not any(d.outcome in ("accuse", "deny", "condemn") for d in drafts) and (named := NAMED_AGGRESSION.search(text)) is not None:
        # "the attack was a response to Israeli aggression", the group said: the party's aggression named in reported words
        accused = view.first_actor_after(named.start())
        draft = DraftClaim("statement", "accuse", named.start(), named.end(), subject=SUBJECT_IS_CLAIMANT,
                           object=accused.code if accused is not None and accused.start == named.start() else None)
        draft.notes["reported_label"] = "yes"
        drafts.append(draft)
    if not has_other_claims and not any(d.outcome in ("accuse", "deny") for d in drafts):
        drafts.extend(_reported_accusations(view))
    protest = next((m for m in PROTEST.finditer(text) if _is_protest(text, m) and not _party_protests(view, m)), None)
    if protest and drafts:
        for draft in drafts:
            draft.notes["protest"] = "yes"  # the crowd's demands: statements with no registry speaker
    party_protest = next((m for m in PROTEST.finditer(text) if _party_protests(view, m)), None)
    if not drafts and not has_other_claims and party_protest is not None:
        # "China protested the visit": a state's or a body's protest is its condemnation
        drafts.append(DraftClaim("statement", "condemn", party_protest.start(), party_protest.end(), subject=SUBJECT_IS_CLAIMANT,
                                 object=_target(view, party_protest.end())))
    if not drafts and not has_other_claims:
        if protest:
            outcome = "condemn" if PROTEST_AIM.search(text) and not re.search(r"\b(?:demand|call(?:ed|ing)?\s+for|to\s+call|urg)", text, re.I) else "appeal"
            actor = view.last_actor_before(protest.end())
            draft = DraftClaim("statement", outcome, protest.start(), protest.end(), subject=actor.code if actor else None)
            draft.notes["protest"] = "yes"
            drafts.append(draft)
    return drafts + _listed_targets(view, drafts)


# Statements whose target is a list of parties: one claim per party charged (GOLD_FORMAT: "the crimes of the Russian
# and Syrian governments" is two accusations).
TARGETS_LISTED = frozenset({"accuse", "condemn", "warn"})


def _listed_targets(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """A copy of each accusation, condemnation or warning for every further party listed with its target ("condemned the
    US and British strikes", "warned Russia and Belarus against ...")."""
    extra: list[DraftClaim] = []
    for draft in drafts:
        if draft.outcome not in TARGETS_LISTED or draft.object is None or draft.object.startswith("@") or draft.notes.get("protest"):
            continue
        target = next((a for a in view.actors if a.code == draft.object and a.start >= draft.start and a.role not in ("pronoun", "generic")), None)
        if target is None:
            continue
        seen = {draft.object}
        for actor in view.actors:
            if actor.start < target.end or actor.role in ("pronoun", "generic"):
                continue
            if not LIST_SEPARATOR.fullmatch(view.text, target.end, actor.start):
                break
            if actor.code not in seen:
                # the words naming the further party locate its claim (the verb's own words hold the first)
                extra.append(dataclasses.replace(draft, object=actor.code, start=actor.start, end=actor.end, notes=dict(draft.notes)))
                seen.add(actor.code)
            target = actor
    return extra


# A party's aggression named by its adjective ("Israeli aggression", "the US-British aggression"): an accusation when the
# sentence reports someone's words (the outlet's own "Russian aggression" is no statement).
NAMED_AGGRESSION = prefiltered(re.compile(r"\b(?-i:(?:[A-Z][a-z]+(?:an|ian|i|ese|ish)|Zionist|Western|NATO|US|U\.S\.|UK)(?:[-–](?:[A-Z][a-z]+(?:an|ian|i|ese|ish)|led))?)\s+aggression\b|"
                              # by its possessive: "Rwanda's aggression would not go unpunished", "Kigali's continued aggression"
                              r"\b(?-i:[A-Z][\w-]+)['’]s?\s+(?:(?:continued|ongoing|repeated|latest|new|brutal|blatant|military|naked)\s+)?aggression\b", re.I))


# A plan, deal or text as the subject of "calls for", "demands", "urges": its terms, no speaker's appeal.
DOCUMENT_SUBJECT = re.compile(
    r"\b(?:plan|proposal|agreement|deal|accord|framework|initiative|road\s?map|bill|law|treaty|draft|document|blueprint|deal|truce|memorandum|clause|provision|protocol)s?"
    r"(?:\s+(?:between|by|from|of|for)\s+[^,.;]{1,60}?)?(?:,\s*[^,.;]{1,60},)?\s+(?:(?:also|further|which|that)\s+)*$",
    re.I,
)
# A reporting verb whose clause an appeal's modal belongs to ("said all sides must", "stressed that Israel should").
# The modal inside a quotation credited after it: '"All sides must stop the fighting," the AU said'.
QUOTE_CREDITED_AFTER = re.compile(r"[^“”\"]{0,120}?[,.!?…]?\s*[”\"]\s*,?\s+(?:[^.;“”\"]{1,80}?\s+)?(?:said|says|told|added|stressed|insisted|wrote|warned|declared|urged|tweeted|posted)\b", re.I)
SAID_BEFORE_MODAL = re.compile(r"\b(?:said|says|say|stressed|insisted|added|told\s+\w+|underlined|emphasi[sz]ed):?\s+(?:that\s+)?"
                               # the appeal's words quoted from its subject or its modal on: 'said Pakistan "must stop ..."'
                               r"[\"“]?[^.;,“”\"]{1,60}(?:\s[\"“])?$", re.I)
# Outrage at reports is condemnation of what they tell ("appalled by the reports"), not a denial of them.
OUTRAGE = re.compile(r"(?i)outrage|indignation|revulsion|appalled")
# Another party's words as what is condemned: "slammed the claims as baseless", "denounced the UN report".
CONDEMNED_ALLEGATIONS = re.compile(
    r"\s+(?:\w+ly\s+)?(?:what\s+(?:it|they|he|she)\s+(?:called|termed|described\s+as)\s+(?:an?\s+)?)?"
    r"(?:the\s+|these\s+|those\s+|such\s+|all\s+|its\s+|their\s+|[\w'’-]+['’]s?\s+)?[\"“']?(?:[\w'’-]+[\"”']?\s+){0,2}?"
    # the words of another party (reports of an event are condemned for the event: "denounced reports of attacks on civilians")
    r"(?:(?:claims?|reports?|assertions?)\b(?!\s+(?:of|that)\s+(?!\w+\s+(?:is|are|was|were)\b))|(?:allegations?|accusations?|charges?)\b|"
    r"(?:lies|fabrications?|falsehoods|propaganda|disinformation|misinformation|false\s+information|fake\s+news|smear(?:\s+campaign)?|slanders?|narrative)\b)",
    re.I,
)
# What a warning charges a party with doing now: "warned that Kyiv was preparing ...", "warns Moscow is using ...".
WARNED_CONDUCT = re.compile(
    r"\s*(?:(?:the\s+)?(?:[\w'’-]+\s+){0,2})?(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+|now\s+|still\s+|already\s+)*(?!going\b)\w+ing\b",
    re.I,
)


def _warned_conduct(view: SentenceView, end: int) -> str | None:
    """The party a warning charges with what it is doing ('warned that Israel was dragging the region into war')."""
    lead = re.match(r"\s+(?:on\s+\w+day\s+)?(?:that\s+)?", view.text[end:])
    actor = view.first_actor_after(end)
    if lead is None or actor is None or actor.start != end + lead.end() or actor.role in ("generic", "pronoun"):
        return None
    return actor.code if WARNED_CONDUCT.match(view.text, actor.end) else None


# A state's protest through diplomats: a condemnation by the state, not a crowd's protest.
DIPLOMATIC_PROTEST = re.compile(r"\b(?:(?:lodg|fil|register|deliver|issu)(?:e|es|ed|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?|(?:ambassadors?|envoys?|diplomats?|embass(?:y|ies))\b[^.;]{0,40}?\bto\s+)$", re.I)


# A party's report that another party behaves in a hostile way ("Kyiv said Moscow was using hunger as a weapon",
# "the army said the rebels had refused to withdraw"): an accusation by the reporter, of the party named.
REPORTED_CONDUCT_VERB = re.compile(
    r"\b(?:said|says|say|claimed|claims|alleged|alleges|charged|insisted|stressed|added|noted|told\s+(?:[\w'’-]+\s+){1,3}?)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:the\s+)?$",
    re.I,
)
# A quotation opening with the party whose conduct it tells: '"The army is bombing its own people," the RSF said'.
QUOTE_OPENS_WITH = re.compile(r"\s*[“\"]\s*(?:the\s+)?", re.I)
# The body of a party whose conduct is charged ("Russia's forces", "the regime"), between the party and the verb.
CONDUCT_BODY = r"(?:forces|troops|army|military|regime|government|authorities|side|leadership|militia|fighters|rebels|junta)"
HOSTILE_CONDUCT = re.compile(
    rf"^(?:['’]s?)?\s+(?:{CONDUCT_BODY}\s+)?"
    r"(?:(?:continue[sd]?\s+to|keeps?\s+on|kept\s+on)\s+(?:\w+ly\s+)?(?:sponsor|support|arm|back|violate|obstruct|block|fuel|incite|provoke|threaten|harbou?r|destabili[sz]e|undermine)\b|"
    r"(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?|(?:continue[sd]?|kept|keeps)\s+)(?:\w+ly\s+|also\s+|still\s+|again\s+)*"
    r"(?:using|preparing|planning|plotting|trying|seeking|attempting|sponsoring|harbou?ring|waging|provoking|provoked|hiding|staging|staged|"
    r"committing|committed|deporting|deported|blocking|blocked|obstructing|obstructed|rammed|ramming|refused|refusing|banned|banning|caused|causing|"
    r"escalating|escalated|destabili[sz]ing|fabricating|fabricated|spreading|sabotaging|sabotaged|stealing|looting|plundering|persecuting|torturing|"
    r"starving|exploiting|interfering|meddling|recruiting|conscripting|responsible\s+for|guilty\s+of|behind\s+the|lying|breaking|broke|broken|violating|"
    r"terrori[sz]ing|targeting|waging|(?:directly\s+)?(?:involved|participating|taking\s+part)\s+in\s+(?:the\s+)?(?:war|conflict|fighting|aggression|hostilities)|fu?elling|fueling|undermining|threatening|dragging|inciting|arming|backing|supporting|occupying|plundering|"
    r"blackmailing|prolonging|stoking|terrorists|"
    # conduct short of a blow charged: troops massed, aid withheld, talks stalled, a siege laid, an accord broken
    # (present participles only, and past ones that take no passive: "Armenians were displaced" is no charge against them)
    r"violated|massing|amassing|weaponi[sz]ing|diverting|withholding|colluding|collaborating|shielding|covering\s+up|"
    r"stalling|derailing|besieging|blockading|militari[sz]ing|infiltrating|oppressing|repressing|cracking\s+down|annexing|expelling|displacing|"
    r"clos(?:ing|ed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|crossings?|corridor)))\b",
    re.I,
)


# A headline's report drops the copula: "Ukraine says Russia using banned munitions", "Kyiv says Moscow preparing new offensive",
# "Hamas says Israel responsible for hostages' fate".
HEADLINE_SAYS = re.compile(r"\b(?:says|say)\s+(?:the\s+)?$", re.I)
HEADLINE_CONDUCT = re.compile(
    rf"^(?:['’]s?)?\s+(?:{CONDUCT_BODY}\s+)?(?:\w+ly\s+|still\s+|again\s+)*"
    r"(?:using|preparing|planning|plotting|sponsoring|harbou?ring|waging|provoking|staging|committing|deporting|blocking|obstructing|escalating|"
    r"fabricating|sabotaging|violating|massing|amassing|weaponi[sz]ing|withholding|stalling|derailing|besieging|blockading|meddling|recruiting|"
    r"[\"“']?(?:fully\s+|solely\s+|directly\s+)?responsible[\"”']?\s+for|behind\s+the|guilty\s+of)\b",
    re.I,
)


def _reported_accusations(view: SentenceView) -> list[DraftClaim]:
    """Accusations told as reported conduct of another party: '<speaker> said <party> was using ...'."""
    drafts = []
    for actor in view.actors:
        quoted = QUOTE_OPENS_WITH.fullmatch(view.text, 0, actor.start) and QUOTE_CREDITED_AFTER.match(view.text, actor.end)
        if actor.role == "generic" or not (REPORTED_CONDUCT_VERB.search(view.text, max(0, actor.start - 60), actor.start) or quoted):
            continue  # the conduct told after "<speaker> said", or opening a quotation credited after it
        conduct = HOSTILE_CONDUCT.match(view.text[actor.end :])
        if conduct is None and HEADLINE_SAYS.search(view.text, max(0, actor.start - 12), actor.start):
            conduct = HEADLINE_CONDUCT.match(view.text[actor.end :])  # "Armenia says Azerbaijan preparing new offensive"
        if conduct is None or re.match(r"(?i)\s*(?:the\s+|an?\s+|this\s+|that\s+|these\s+)?(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|killings?|massacres?|blasts?|explosions?|ambush(?:es)?|shelling|raids?|assassinations?)\b",
                                       view.text[actor.end + conduct.end() :]) and re.search(r"(?i)responsible[\"”']?\s+for|behind\s+the$", conduct.group()):
            continue  # "said the TPLF was responsible for the attack": the attack, with the speaker as claimant
        draft = DraftClaim("statement", "accuse", actor.start, actor.end + conduct.end(), subject=SUBJECT_IS_CLAIMANT, object=actor.code)
        draft.notes["reported_conduct"] = "yes"
        drafts.append(draft)
        break
    return drafts


# A crowd out to celebrate, mourn or welcome: a gathering, no protest.
CELEBRATION = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:to\s+(?:celebrate|mark|mourn|welcome|greet|commemorate|honou?r|cheer)|in\s+celebration|for\s+(?:the\s+)?(?:funeral|festival|parade|celebrations?))\b", re.I)


def _is_protest(text: str, match: re.Match[str]) -> bool:
    word = match.group().lower()
    if CELEBRATION.match(text, match.end()):
        return False
    if word.startswith("protest") and DIPLOMATIC_PROTEST.search(text[max(0, match.start() - 80) : match.start()]):
        return False
    if word.startswith(("march", "block", "slow", "disrupt", "paralys", "halt")) and MARCHING_FORCES.search(text[max(0, match.start() - 40) : match.start()]):
        return False
    if word.startswith("march") and INTENT_TO_MARCH.search(text[max(0, match.start() - 40) : match.start()]):
        return False  # "vowed to march on the capital": an advance threatened, no protest
    if word.startswith(("protester", "demonstrator")) and CROWD_ACTED_ON.search(text[max(0, match.start() - 60) : match.start()]):
        return False
    return True


def _party_protests(view: SentenceView, match: re.Match[str]) -> bool:
    """Whether a protest is a state's or a body's, named as its subject ("China protested the visit"): the party's
    condemnation, no crowd's."""
    actor = view.last_actor_before(match.start())
    return (match.group().lower().startswith("protest") and actor is not None and actor.role in ("name", "capital")
            and SUBJECT_TO_VERB.fullmatch(view.text, actor.end, match.start()) is not None
            and not PREPOSITION_BEFORE.search(view.text[: actor.start]))  # "teachers in Iran protested": the crowd's place


# The owner of a judgement voiced by another's words: "expressed the Kingdom of Saudi Arabia's condemnation".
VOICED_OWNER = re.compile(r"(?i)(?:express|voic|reiterat|renew|affirm)\w*\s+the\s+")


def _voiced_by_owner(view: SentenceView, match: re.Match[str]) -> str | None:
    voiced = VOICED_OWNER.match(match.group())
    if voiced is None:
        return None
    owner = view.first_actor_after(match.start() + voiced.end())
    if owner is None or owner.end > match.end() or owner.role in ("pronoun", "generic") or not re.search(r"['’]s?$", view.text[owner.start : owner.end + 1].rstrip()):
        return None
    return owner.code


# Agents of a passive statement given as examples after a comma: "was widely condemned, including by Egypt and Jordan".
AGENTS_INCLUDED = re.compile(r"\s*,\s+(?:including|notably|particularly|especially|among\s+others)\s+(?:from\s+|by\s+)(?:the\s+)?", re.I)


def _agents_included(view: SentenceView, end: int) -> list[str]:
    included = AGENTS_INCLUDED.match(view.text, end)
    if included is None:
        return []
    first = view.first_actor_after(included.end())
    if first is None or first.start != included.end() or first.role in ("pronoun", "generic"):
        return []
    listed = [first]
    for actor in view.actors:
        if actor.start > listed[-1].end and LIST_SEPARATOR.fullmatch(view.text, listed[-1].end, actor.start) and actor.role not in ("pronoun", "generic"):
            listed.append(actor)
    return list(dict.fromkeys(a.code for a in listed))


def _passive_agent(view: SentenceView, end: int) -> str | None:
    """The actor after 'by' in a passive statement's clause ("accused of war crimes by Israel" -> ISR)."""
    by = re.match(r"[^.;,]{0,60}?\bby\s+(?:the\s+)?", view.text[end:])
    if by is None:
        return None
    actor = view.first_actor_after(end + by.end())
    return actor.code if actor is not None and actor.start - (end + by.end()) <= 2 else None


# An attack or killing blamed on someone: coded as that act (GOLD_FORMAT: an accusation naming a specific act).
BLAMED_ACT = re.compile(
    r"\s+(?:the\s+|an?\s+|this\s+|that\s+|these\s+|last\s+\w+['’]s\s+|\w+['’]s\s+)?(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|blasts?|explosions?|"
    r"killings?|shelling|massacres?|assaults?|ambush(?:es)?|raids?|assassinations?|murders?|deaths?)\s+on\b",
    re.I,
)
# A reduced relative after the one accused: "The RSF, accused of genocide by the US, ...", "fighters, long accused of".
REDUCED_RELATIVE = re.compile(r"(?:,|—|–|\b(?:\w+s|group|militia|army|regime|movement|junta))\s+(?:(?:\w+ly|long|also|often|repeatedly)\s+)*$", re.I)
# The addressee as a passive subject: "has been urged to", "were called on to", "was accused of".
ADDRESSEE_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
# Claims named only by a demonstrative, denied in general: "these claims are completely false".
GENERAL_CLAIMS = re.compile(r"\b(?:these|those|such|all\s+(?:these|such|the))\s+(?:claims|allegations|accusations|reports|charges)\s+(?:are|were)\s+", re.I)
# Denials of reports or claims of a specific event (a loss, a hit, a toll), not of an accusation in general.
# The reports or claims name their content ("reports of two jets shot down", "claims that troops withdrew") or are one
# claim told before ("the Houthi claim is false": a singular claim); plural and bare ("called the claims baseless") or named by their
# author ("the claims of the junta are false"), they are another party's words denied in general.
DENIED_REPORT = re.compile(r"\b(?:(?:claims?|reports?|reporting)\s+(?:of|that|about|on|regarding)\s+(?!(?:of\s+)?(?:aggression|war\s+crimes|genocide|terror))(?:the\s+)?|claim\b(?!\s+(?:of|that)\b))[^.;]*$", re.I)


def _denies_reported_event(view: SentenceView, start: int, end: int) -> bool:
    """Whether a denial's words reject reports of a specific event, not another party's words in general."""
    report = DENIED_REPORT.search(view.text, start, end)
    if report is None:
        return False
    content = re.match(r"(?i)(?:claims?|reports?)\s+of\s+(?:the\s+)?", view.text[report.start() :])
    author = view.first_actor_after(report.start() + content.end()) if content else None
    return not (content is not None and author is not None and author.start == report.start() + content.end()
                and re.match(r"(?:['’]s)?\s+(?:are|were|is|was|as)\b|(?:['’]s)?\s*[,;.\"”]", view.text[author.end :]))


# "an accusation (that) Serbia denies / rejected": an accusation named again to report its denial.
REFERRED_ACCUSATION = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,3}?(?:has\s+|have\s+)?(?:denies|denied|rejects|rejected|dismisses|dismissed|refutes|refuted)\b", re.I)
# An accusation named again by a noun or relative to report who denies it: "a charge Abu Dhabi has repeatedly denied",
# ", which Moscow rejects", "an allegation Kigali dismissed".
ACCUSATION_DENIED_BY = re.compile(
    r"(?:,\s*(?:an?\s+|the\s+)?(?:(?:accusations?|allegations?|charges?|claims?)\s+)?(?:that\s+|which\s+)?|\b(?:an?|the)\s+(?:accusations?|allegations?|charges?|claims?)\s+(?:that\s+|which\s+)?)"
    r"(?P<denier>(?:[\w'’-]+\s+){1,3}?)(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|also|always|again)\s+)?"
    r"(?:denies|denied|deny|rejects|rejected|dismisses|dismissed|refutes|refuted)\b",
    re.I,
)
# An accusation naming an act that is coded as its own claim (support, an attack, a killing, a loss).
SPECIFIC_ACT = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:of|for)\s+(?:\w+ly\s+)?(?:backing|supporting|arming|harbou?ring|sheltering|sending|supplying|funding|financing|"
    r"shelling|attacking|bombing|striking|killing|targeting\s+(?:\w+\s+){0,2}(?:positions?|troops|soldiers|bases?)|downing|shooting\s+down|"
    r"launching|firing|invading|occupying|capturing|seizing|deploying|recruiting|"
    r"carrying\s+out|being\s+behind|orchestrat\w+|masterminding|plotting|planning|planting|detonating|abducting|kidnapping|executing|murdering|"
    r"assassinating|ambushing|raiding|storming|burning|torching|looting|massacring|hitting|destroying|poisoning|"
    r"(?:the|an?|last\s+\w+['’]s|\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|blasts?|explosions?|killings?|shelling|massacres?|assaults?|ambush(?:es)?|raids?|assassinations?|murders?|deaths?|abductions?|kidnappings?))\b",
    re.I,
)
# Acts of harm among the specific acts: an accusation of one is its attack or loss, found or not.
ACT_OF_HARM = re.compile(
    r"\b(?:shell\w*|attack\w*|bomb\w*|strik\w*|struck|kill\w*|down\w*|shoot\w*|launch\w*|fir\w*|invad\w*|occup\w*|captur\w*|seiz\w*|"
    r"target\w*|carrying\s+out|being\s+behind|orchestrat\w+|mastermind\w*|plant\w*|detonat\w*|abduct\w*|kidnap\w*|execut\w*|murder\w*|"
    r"assassinat\w*|ambush\w*|raid\w*|storm\w*|burn\w*|torch\w*|loot\w*|massac\w*|hit\w*|destroy\w*|poison\w*|blasts?|explosions?|deaths?)",
    re.I,
)
# Between a clause's subject and its verb: a possessor's office, adverbs, a day ("Jordan's foreign ministry also", "Tehran on Saturday").
SUBJECT_TO_VERB = re.compile(
    r"(?:['’]s?)?(?:\s+(?:foreign|defen[cs]e|interior|prime|deputy|top|chief|ministry|minister|government|president|presidency|army|military|"
    r"spokes(?:man|woman|person)|office|leader|leadership|authorities|forces|envoy|diplomats?|officials?|secretary|general|of\s+foreign\s+affairs)){0,3}"
    r"(?:\s+(?:also|later|then|too|in\s+turn|on\s+\w+|has|have|had|\w+ly))*\s+",
    re.I,
)


def _new_speaker(view: SentenceView, previous_end: int, start: int) -> str | None:
    """The actor heading the verb at `start` as its subject, when named after the previous statement of its kind."""
    actor = view.last_actor_before(start)
    if actor is None or actor.start < previous_end or actor.role in ("generic", "pronoun"):
        return None
    if not SUBJECT_TO_VERB.fullmatch(view.text, actor.end, start) or PREPOSITION_BEFORE.search(view.text[: actor.start]):
        return None
    if not SPEAKER_VERB.match(view.text, start) or not CLAUSE_BREAK.search(view.text, previous_end, actor.start):
        return None  # "warned that al-Shabaab would be crushed": the party inside the statement, no speaker of its own
    if QUOTE_CLOSED_BEFORE_SPEAKER.fullmatch(view.text, previous_end, actor.start):
        return None  # '"Any attack will be met with force," Iran's army chief warned': the quote's speaker, one warning
    return actor.code


# The rest of a quotation after the statement found in it, up to its speaker: '... will be met with force," Iran'.
QUOTE_CLOSED_BEFORE_SPEAKER = re.compile(r"[^\"“”]*[\"”]\s*(?:the\s+|an?\s+)?")
SPEAKER_VERB = re.compile(r"(?i)condemn|denounc|deplor|decr|slam|lambast|castigat|criticis|criticiz|blast|accus|blam|urg|call|appeal|demand|plead|implor|press|ask|"
                          r"warn|threat|vow|den(?:y|ied|ies)|reject|dismiss|refut")
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but|and|as)\b", re.I)


# A participle after a comma ("..., vowing to respond", "..., accusing Kyiv of ..."), and what opens its clause.
PARTICIPLE = re.compile(r",\s+(?:\w+ly\s+)?(?:also\s+)?$")
CLAUSE_OPENER = re.compile(r"[;:]|\b(?:while|whereas|but|although|as)\b", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(?:on|against|to|in|of|by|for|with|from|into|at|near|over|across|toward|towards|after)\s+(?:the\s+)?$", re.I)


def _participle_speaker(view: SentenceView, start: int) -> str | None:
    """The subject of the clause a participle hangs on ("Israel struck Beirut, vowing to press on" -> ISR)."""
    text = view.text
    word = re.match(r"\w+", text[start:])
    if word is None or not word.group().lower().endswith("ing") or not PARTICIPLE.search(text[:start]):
        return None
    openers = [m.end() for m in CLAUSE_OPENER.finditer(text, 0, start)]
    clause_start = openers[-1] if openers else 0
    for actor in view.actors:
        if actor.start < clause_start or actor.end > start or actor.role == "generic":
            continue
        if PREPOSITION_BEFORE.search(text[: actor.start]):
            continue
        return actor.code
    return None


# A plural subject standing for speakers listed in the sentence before: "The presidents condemned ...".
PLURAL_SPEAKERS = re.compile(
    r"\b(?:the|all|both)\s+(?:three\s+|two\s+|four\s+)?(?:presidents|leaders|heads\s+of\s+state|foreign\s+ministers|"
    r"ministers|countries|governments|co-?chairs|mediators|powers)\s+(?:(?:also|jointly|have|had|then|further)\s+)*$",
    re.I,
)
LIST_TO_VERB = re.compile(r"(?:,\s+(?:the|both|two|all)\s+[^,;.“”\"]{1,50},)?"  # "Qatar and Egypt, the main mediators, called on"
                          r"\s+(?:(?:have|has|had|also|jointly|all|together|on\s+\w+day)\s+)*"
                          # a first verb shared by the list: "The US and China expressed concern and called for restraint"
                          r"(?:(?:expressed|voiced|condemned|denounced|deplored|welcomed|rejected|urged|warned)\s+(?:[\w'’-]+\s+){0,4}?and\s+(?:also\s+)?)?"
                          # a verb giving the statement's noun: "Burkina Faso and Niger expressed their full solidarity with"
                          r"(?:(?:express|voic|reaffirm|reiterat|declar|affirm|renew)(?:ed|es|e)\s+(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?)?", re.I)
# A verb right before a party, whose object it is ("struck Gaza", "hosted Rwanda's president").
LIST_OBJECT_VERB = re.compile(r"\b(?:[a-z]+(?:ed|s)|met|struck|hit|shot|sent|told|held|fought|seized|took|beat|left)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?$")
# Those speaking for the states listed after them: "the leaders of", "the foreign ministers of".
OFFICIALS_OF = re.compile(r"\b(?:leaders|presidents|heads\s+of\s+(?:state|government)|(?:foreign|defen[cs]e)\s+ministers|ministers|governments|"
                          r"delegations|representatives|envoys|ambassadors)\s+of\s+(?:the\s+)?$", re.I)
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


def coordinated_speakers(view: SentenceView, verb_start: int) -> list[str]:
    """The actors listed as the verb's subject ('Russia, France and the United States urged'), in order."""
    text = view.text
    before = [a for a in view.actors if a.end <= verb_start]
    if not before or not LIST_TO_VERB.fullmatch(text, before[-1].end, verb_start):
        return []
    listed = [before[-1]]
    if len(before) > 1 and LIST_SEPARATOR.fullmatch(text, before[-2].end, before[-1].start) and LIST_OBJECT_VERB.search(text, 0, before[-2].start):
        return []  # "Israel struck Gaza and Hamas vowed revenge": the first verb's object and the next clause's subject, no list
    for actor in reversed(before[:-1]):
        if not LIST_SEPARATOR.fullmatch(text, actor.end, listed[-1].start):
            break
        if PREPOSITION_BEFORE.search(text, max(0, actor.start - 12), actor.start):
            if OFFICIALS_OF.search(text, max(0, actor.start - 40), actor.start):
                listed.append(actor)  # "the leaders of Russia, France and the United States condemned": the first of the states listed
            break  # "killed a commander in Beirut, and Hezbollah warned": the place of the clause before, no speaker
        listed.append(actor)
    if REPORTED_CONDUCT_VERB.search(text, max(0, listed[-1].start - 60), listed[-1].start):
        return []  # "the Houthis said the US and Britain had committed a crime": the parties reported on, not speakers
    return list(dict.fromkeys(a.code for a in reversed(listed)))


def listed_actors(view: SentenceView) -> list[str]:
    """The distinct actors of the longest list in a sentence ('the leaders of Russia, the United States and
    France'), when it names two or more."""
    best: list[str] = []
    run: list[str] = []
    for previous, actor in zip([None, *view.actors], view.actors, strict=False):
        if previous is not None and LIST_SEPARATOR.fullmatch(view.text, previous.end, actor.start):
            run.append(actor.code)
        else:
            run = [actor.code]
        codes = list(dict.fromkeys(run))
        if len(codes) > len(best):
            best = codes
    return best if len(best) > 1 else []


# The act condemned, then its agent after "by" ("the missile attack by the armed forces of Armenia on Ganja").
AGENT_OF_THE_ACT = re.compile(r"\s+(?:the\s+|an?\s+|this\s+|these\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:attacks?|strikes?|shelling|bombing|bombardment|raids?|assaults?|"
                              r"offensive|invasion|incursion|aggression|killings?|massacres?|operations?)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?", re.I)
# Words that start a new clause before an actor: its subject, not the statement's target.
NEXT_CLAUSE = re.compile(r",\s+(?:with|while|whereas|but|and|as|saying|adding|calling|which|who)\s+(?:the\s+)?$", re.I)
# An act of war and the place or party it befell: "the strikes on Sanaa", "attacks against Iran".
ACT_ON_BEFORE = re.compile(r"\b(?:attacks?|strikes?|shelling|bombing|bombardment|raids?|assaults?|offensive|invasion|incursion|aggression)\s+(?:on|against|in|upon)\s+(?:the\s+)?$"
                           # or the place where it happened: "shocked by the strike on the hospital in Kyiv"
                           r"|\b(?:in|at|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$", re.I)
# What a party is owed or what binds all, named after it: the wronged party or the law, not the one charged.
PROTECTED_BY_LAW = re.compile(r"(?:['’]s?)?\s+(?:(?:national|territorial)\s+)?(?:sovereignty|territorial\s+integrity|airspace|air\s+space|borders?|Charter|resolutions?|"
                              r"Security\s+Council\s+resolutions?|Convention|conventions)\b", re.I)


def _target(view: SentenceView, end: int, start: int | None = None) -> str | None:
    """The party a statement targets: the actor just after its words, else the one qualifying its noun
    ("the Israeli allegations are baseless" -> ISR)."""
    actor = view.first_actor_after(end)
    if actor is not None and actor.start - end > 40 and AGENT_OF_THE_ACT.fullmatch(view.text, end, actor.start):
        return actor.code  # "condemns the missile attack by the armed forces of Armenia": the act's agent, named after "by"
    if actor is not None and (NEXT_CLAUSE.search(view.text, end, actor.start) or PROTECTED_BY_LAW.match(view.text, actor.end)
                              or ACT_ON_BEFORE.search(view.text, end, actor.start)):
        return None  # "criticised the strikes, with Moscow calling them ...": the next clause's subject; "a violation of Iran's
        # sovereignty", "of the UN Charter", "the strikes on Sanaa": the party or place wronged or the law broken, not the one charged
    if actor is None or actor.start - end > 40 or re.search(r"[.;]", view.text[end : actor.start]):
        before = view.last_actor_before(start) if start is not None else None
        if before is not None and start is not None and ACCUSATION_NOUN.match(view.text, start) and re.fullmatch(r"(?:['’]s)?\s*", view.text[before.end : start]):
            return before.code
        return None
    return actor.code


# Accusations that name the accused inside their words ("holds Kigali responsible") or as their subject ("Russia bears
# responsibility", "Thailand has violated Cambodian sovereignty").
HELD_RESPONSIBLE = re.compile(r"(?i)h[oe]ld")
LABELLING = re.compile(r"(?i)(?:call|describ|dub|brand|label|term)\w*\s")
ACCUSED_HEAD = re.compile(r"(?i)(?:['’]s)?(?:\s+(?:occupation|regime|government|army|forces|military|side|authorities|leadership|junta|militia|troops))?\s+(?:(?:also|still|again|clearly|would|will|shall|must)\s+)*")
ACCUSED_AS_SUBJECT = re.compile(r"(?i)(?:has|have|had|is|are|was|were)\s|bears?\b|bore\b|bearing\b")


def _accused_inside(view: SentenceView, match: re.Match[str]) -> str | None:
    if HELD_RESPONSIBLE.match(match.group()) or LABELLING.match(match.group()):  # "described the RSF as a terrorist militia"
        inside = [a for a in view.actors_between(match.start(), match.end()) if a.role not in ("pronoun", "generic")]
        return inside[0].code if inside else None
    if ACCUSED_AS_SUBJECT.match(match.group()):
        subject = view.last_actor_before(match.start())
        if subject is not None and subject.role not in ("pronoun", "generic") and re.fullmatch(ACCUSED_HEAD, view.text[subject.end : match.start()]):
            return subject.code
    return None


ACCUSATION_NOUN = re.compile(r"(?:allegations?|accusations?|charges?|claims?)\b", re.I)


def speakers_of_each_other(text: str) -> bool:
    return bool(MULTI_SPEAKER.search(text))


# The actor heading a sentence as the subject of its verb ("Zelensky visited Kherson on Monday", "Hamas issued a
# statement"), for a statement of the next sentence whose subject is a pronoun ("He accused Russia of ...").
SENTENCE_START = re.compile(r"[\s\"“'‘(]*(?:the\s+)?", re.I)
SUBJECT_INSTITUTION = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e|interior|information|prime|deputy|top|chief|armed)\s+){0,2}(?:ministry|minister|government|president|presidency|"
    r"army|military|forces|leader|leadership|authorities|junta|spokes(?:man|woman|person)|envoy|office|command|"
    r"secretary|chancellor|premier|vice[-\s]president|ambassador|king|emir|crown\s+prince|commander|general|chief)\b",
    re.I,
)
SUBJECT_VERB = re.compile(r"(?:['’]s?)?(?:\s+(?:[A-Z][\w.'’-]+|(?:foreign|defen[cs]e|interior|information|prime|deputy|top|chief)\s+\w+))*"
                          r"(?:\s+(?:has|have|had|also|later|then|on\s+\w+day|\w+ly))*\s+(?!(?:said|says)\b)(?:[a-z]+(?:ed|s)|"
                          # the irregular past of the acts of war and diplomacy: "The Houthis struck a ship and warned ..."
                          r"met|held|spoke|struck|sent|took|made|gave|fought|shot|hit|led|sought|won|lost|began|brought|kept|left|saw|"
                          r"broke|stood|rose|drove|flew|threw|overran|withdrew|swore|told|wrote|ran|went|came|put|set|cut|beat|seized)\b")


# A dispatch's dateline opening its first sentence ("RIYADH (SPA) --", "GOMA, Jan 27 (Reuters) -"): the subject follows it.
LEAD_DATELINE = re.compile(r"[\s\"“]*(?:[A-Z][\w.'’/-]*[\s,]+){1,4}(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([^)]{0,40}\)\s*)?(?:--?|–|—)\s+")


def after_dateline(text: str) -> int:
    """Where a sentence's own words start, after a dateline if it opens with one."""
    dateline = LEAD_DATELINE.match(text)
    return dateline.end() if dateline else 0


def sentence_subject(view: SentenceView) -> str | None:
    first = view.actors[0] if view.actors else None
    if first is None or first.role in ("pronoun", "generic") or not SENTENCE_START.fullmatch(view.text, after_dateline(view.text), first.start):
        return None
    if first.role in ("adjective", "demonym") and not SUBJECT_INSTITUTION.match(view.text, first.end):
        return None  # "Israeli strikes killed ...": the adjective of no speaker
    return first.code if SUBJECT_VERB.match(view.text, first.end) or SUBJECT_INSTITUTION.match(view.text, first.end) else None


def general_charge_spans(view: SentenceView, statements: list[DraftClaim]) -> list[tuple[int, int]]:
    """The words of harm to civilians charged in general by an accusation ("accused Russia of targeting civilians"): a
    statement (GOLD_FORMAT), and no attack of its own."""
    spans = []
    for draft in statements:
        if draft.outcome == "accuse" and (charged := CIVILIANS_CHARGED_AFTER.match(view.text, draft.end)) is not None:
            spans.append((draft.end, charged.end()))
    return spans
