"""Casualty claims: people killed, wounded, captured or missing, with counts and categories.

Covers people phrases with an outcome after them ("nine more paratroopers were killed") or before
them ("killed scores of enemy fighters"), bare counts ("and 100 wounded"), death nouns
("93 martyrs", "20 bodies"), tolls and running totals ("bringing the toll to 58"), zero claims
("lost none", "no fatalities"), breakdowns of a total ("18 people - 16 troops, a woman and a
child"), and figures attributed in an elliptical frame ("how many were killed: A says hundreds,
B says none"). Who claims it, dates and places are attribution's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.lexicon import (
    ANAPHORIC_PEOPLE,
    CASUALTY_AFTER,
    CASUALTY_BEFORE,
    CIVILIAN_MODIFIERS,
    COMPARED_SINCE,
    DEATH_EVENT_NOUNS,
    DEATH_MODIFIERS,
    DEATH_NOUNS,
    ELLIPTICAL_HEADS,
    GROUP_FIGHTERS,
    MILITARY_MODIFIERS,
    PARTY_SINCE_CLAUSE,
    PERSON_CATEGORY,
    STATE_FIGHTERS,
    TO_DEATH_VERBS,
    WOUND_MODIFIERS,
    alternation,
)
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.materiel import (
    GROUP_SIDE,
    LOSSES_AT_FIGURE,
    PLACE_BEFORE,
    SIDE_MODIFIER,
    STATE_SIDE,
    TALLY_HEADING,
    TARGET_OF_ATTACK,
    clause_agent,
    tally_loser,
    weapon_pattern,
)
from counterclaim.extract.numbers import NOT_A_PAIR_AFTER, NUMBER, TENS, UNITS, Quantity
from counterclaim.records import Count

PEOPLE = alternation(PERSON_CATEGORY)
# Lower-case words allowed between a number and the people it counts ("16 of their troops",
# "15 more servicemen", "two young local men"); capitalised words (actors, names) are allowed too.
MODIFIER_WORDS = frozenset(
    """more other of their its our his her the these those additional further young elderly old
    local civilian innocent unarmed armed military enemy foreign unidentified suspected alleged fellow
    government rebel opposition security police army regime separatist militia islamist jihadist gang
    special border national ethnic displaced regular senior junior female male israeli-held
    pro-government fellow own native newborn underage teenage adult wounded injured additional
    fallen slain murdered deceased""".split()
)
AFTER_OUTCOME = re.compile(
    # (the modifier holds no reporting verb: "a doctor in Gaza said 10 people were killed" reports, the doctor is no victim)
    r"(?:\s*\([^()]{1,60}\))?(?:\s+(?:wearing|dressed\s+in|from|of|at|in|near|inside|aboard|on|including|among\s+them|aged|for\s+the)\s+(?:(?!\b(?:said|says|told|tells|reported|reports|added|adds|stated|claimed|claims|confirmed|announced)\b)[^,.;]){1,40}?"
    r"|\s*,\s*(?:including|among\s+them|aged|ages?)\s+[^,.;]{1,40}?,"
    # an apposition that says who most of them were ("19 people, most of them women and children, were killed")
    r"|\s*,\s*(?:(?:most|many|all|half|some|several|the\s+majority|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)|mostly|mainly|largely)\s+[^,.;]{1,40}?,"
    # a part named in passing ("three children, one of them a baby, were wounded")
    r"|\s*,\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|whom)\s+[^,.;]{1,40}?,"
    # a breakdown set off by dashes ("18 people - 10 soldiers and 8 civilians - were killed")
    r"|\s*[–—]\s*[^–—.;()]{1,60}?\s*[–—]|\s+-\s+[^.;()]{1,60}?\s+-(?=\s)"
    # uncounted people coordinated with counted ones ("about five soldiers and policemen were killed",
    # "12 soldiers and Pyu Saw Htee members were killed"): the count and the outcome cover them
    r"|\s+(?:and|or)\s+(?!(?:a|an|one|another|his|her|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|hundreds?|dozens?|scores?|several|\d[\d,]*)\s)(?:(?:other|their|the|local)\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*|(?-i:[a-z])+)\s+){0,2}?(?:" + PEOPLE + r")(?![\w-])"
    r"|\s+and\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*(?=\s+(?:were|was|have\s+been|had\s+been|(?:have\s+|had\s+)?(?:died|perished))\b)"
    # (two of them: "seven members of a family, including four children, were killed")
    r"){0,2}(?:\s*,)?\s+(?:(?:who|that|which)\s+)?"
    r"(?:(?:were|was|have|has|had|are|is|being|been|got|reportedly|reported|said\s+to\s+(?:have\s+been|be)|allegedly|also|all|later|both|already|still|remain|remains|remained"
    r"|subsequently|then|each|apparently|believed|to\s+have|(?<=were\s)left|(?<=was\s)left|presumed|presumably|reportedly|feared|confirmed|recently|now|likely|probably"
    # how badly the wounded were hurt ("three others were seriously wounded")
    r"|(?:seriously|critically|severely|gravely|badly|lightly|slightly|moderately)(?=\s+(?:wounded|injured|hurt)\b))\s+)*"
    r"(?P<out>" + "|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in CASUALTY_AFTER.items()) + r")\b",
    re.I,
)
BEFORE_OUTCOME = prefiltered(re.compile(
    r"\b(?P<out>" + "|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in CASUALTY_BEFORE.items()) + r")"
    r"(?:\s+(?:a\s+total\s+of|another|an\s+additional|only|also|in\s+total|a|an|the|these|those|about|all(?:\s+the)?"
    # the victims' kin named after another victim ("killed a woman and injured her two children")
    r"|his|her|their"
    # the attacker's own death before his victims ("blew himself up, killing himself and four soldiers")
    r"|(?:himself|herself|themselves)\s+and))?\s*[\"“]?$",  # a quoted figure: 'had lost "up to 1,300 servicemen"'
    re.I,
))
# People taken with the word of their captivity after them ("took 12 soldiers prisoner").
TAKEN_BEFORE = re.compile(r"\b(?P<out>took|taken|taking|take|takes|holding|holds|hold|held|keeping|keeps|kept)\s+$", re.I)
CAPTIVE_HEADS = frozenset({"prisoner", "prisoners", "captive", "captives", "hostage", "hostages"})
CAPTIVE_AFTER = re.compile(r"\s+(?:as\s+)?(?:prisoners?|captives?|hostages?|POWs?)\b", re.I)
LOSS_BEFORE = re.compile(r"\b(?:tragic\s+)?(?:loss|losses)\s+of\s*$|\blost\s*$", re.I)
# Bare counts with an outcome and no people noun ("and 100 wounded", "1,280 killed").
BARE_AFTER = re.compile(
    r"\s+(?:(?:people|persons|others|more)\s+)?(?:(?:were|have\s+been|had\s+been|(?:are|is)(?=\s+(?:feared|believed|presumed|confirmed|reported)\b))\s+|(?:are|is|remain|remained|were)\s+(?:still\s+)?(?=missing|unaccounted)|(?:have|had|has)\s+(?=died))?"
    # the toll as a report gives it ("nine were confirmed dead", "12 were reported killed", "six are feared dead")
    r"(?:(?:confirmed|believed|feared|presumed)\s+(?=(?:dead|killed|wounded|injured|missing)\b))?"
    r"(?:(?:seriously|critically|severely|gravely|badly|lightly|slightly|moderately)\s+(?=wounded|injured|hurt))?"
    r"(?P<out>(?P<killed>killed|dead|deaths|fatalities|fatality|died|dies|die|martyrs)|(?P<wounded>wounded|injured|hurt|injuries"
    # injuries undergone ("13 died and 20 sustained injuries")
    r"|(?:sustained|suffered)\s+(?:[a-z]+\s+)?(?:injuries|wounds))"
    r"|(?P<captured>captured|taken\s+(?:prisoner|hostage|captive)|abducted|kidnapped)|(?P<missing>missing|unaccounted\s+for))\b",
    re.I,
)
# "since" with no start after it is an adverb: "have not been heard from since", "the army has since regained the
# town" (a past participle after it); only "since" before a start marks a running total.
SINCE_AS_ADVERB = r"(?!\s*(?:[,.;:!?)”\"]|$)|\s+(?:been\s+|also\s+)?(?!then\b|when\b|often\b)(?-i:[a-z])[a-z]+(?:ed|en|wn)\b)"
# Punctuation inside a written date, which does not end a toll's window: "Oct. 7, 2023", "Sept. 12".
DATE_PUNCTUATION = r"(?:(?<=\bJan)|(?<=\bFeb)|(?<=\bMar)|(?<=\bApr)|(?<=\bAug)|(?<=\bSep)|(?<=\bSept)|(?<=\bOct)|(?<=\bNov)|(?<=\bDec))\.|,(?=\s*\d{4}\b)"
# Running-total and toll constructions.
TOLL = prefiltered(re.compile(
    r"\b(?:(?:death|casualty|civilian|military|troop|soldier)\s+){0,2}(?:toll|(?<=death\s)count|number\s+(?:of\s+(?:the\s+|those\s+)?(?:(?!the\b|those\b)[\w'’-]+\s+){0,2}?)?(?P<noun>victims|dead|deaths|killed|fatalities|martyrs|wounded|injured|lives\s+lost)"
    # deaths themselves counted up ("deaths in the strikes have exceeded 30,000"): only with a verb of a rising total
    r"|(?P<bare>deaths|fatalities))"
    r"(?P<among>\s+among\s+(?:the\s+)?(?P<amongnoun>[a-z]+(?:\s+personnel)?))?"
    # the event or the window of the toll ("in the attack", "since the coup", "this month"), a date's year and
    # abbreviated month within it ("since Oct. 7, 2023")
    r"(?:\s+(?:from|in|of|since|during|this|last)\s+(?:[^,.;]|" + DATE_PUNCTUATION + r"){0,100}?)?"
    r"\s+(?:has\s+|have\s+|had\s+|now\s+)*(?P<verb>is|was|now|stands\s+at|stood\s+at|(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|jumps|soared|soars|mounted|mounts|grew|grows|swelled|swells)\s+to|reached|reaches|hit|hits|to|at|of"
    # a toll past or short of a figure ("passes 35,000", "nears 100"): more than it, up to it
    r"|(?P<past>pass(?:es|ed)?|surpass(?:es|ed)?|exceed(?:s|ed)?|top(?:s|ped)|cross(?:es|ed)"
    r"|(?:rose|risen|rises|climbed|climbs|jumped|jumps|soared|soars|mounted|mounts|grew|grows)\s+(?:past|above|beyond))|(?P<near>near(?:s|ed)?|approach(?:es|ed)?))\s+$",
    re.I,
))
BARE_DEATHS_NOT_A_TOTAL = frozenset({"is", "was", "to", "at", "of", "hit", "hits"})
# The toll of one event, named after the toll ("the toll from Tuesday's twin bombings", "the death toll in the mosque
# attack"): GOLD_FORMAT keeps it non-cumulative even as it rises; a toll since a start stays a running total.
ONE_EVENT_TOLL = re.compile(
    r"\b(?:from|in|of)\s+(?:the\s+|a\s+|an\s+|this\s+week['’]s\s+|(?-i:[A-Z])\w+day['’]s\s+|last\s+\w+['’]s\s+|yesterday['’]s\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attack|strike|air\s*strike|bombing|blast|explosion|massacre|raid|ambush|assault|siege|shelling|clash|battle)(?:e?s)?\b", re.I)
SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|war|conflict|\d|(?-i:[A-Z]))", re.I)
CUMULATIVE_MARKERS = re.compile(
    # ("since" with no start after it is an adverb: "have not been heard from since")
    r"\b(?:so\s+far|since" + SINCE_AS_ADVERB + r"|in\s+total|total|overall|as\s+of|to\s+date|bringing|brought|(?:rose|risen|rises|climbed|climbs)\s+to"
    # a figure added to a total that the clause raises ("..., raising the number of soldiers killed to 272")
    r"|(?:raising|raised|pushing|pushed)\s+(?:the|its|their)\s+[^,.;]{0,80}?\bto\s+(?=[\d\w])"
    r"|reached|reaches|cumulative|altogether|thus\s+far|until\s+now)\b",
    re.I,
)
# "the rebel side suffered heavy losses": the side whose people the sentence's figures count
SIDE_LOSSES = re.compile(r"\s*(?:side|army|forces|troops|military)?\s+(?:has\s+|have\s+|had\s+)?(?:suffered|sustained|incurred|took)\s+(?:heavy\s+|some\s+|significant\s+|serious\s+)?(?:losses|casualties)\b", re.I)
LOSSES_ON_SIDE_BEFORE = re.compile(r"\b(?:losses|casualties|dead|toll)\s+(?:on|of|among|for)\s+(?:the\s+)?$", re.I)
# "inflicted heavy losses on the RSF, killing 60 of its fighters": the side losses were inflicted on
INFLICTED_ON_BEFORE = re.compile(
    r"\b(?:inflict(?:ed|ing|s)?|caus(?:ed|ing|es))\s+(?:(?:heavy|significant|serious|major|great|considerable|huge)\s+)?(?:losses|casualties)\s+(?:on|upon)\s+(?:the\s+)?$", re.I)
# "On the Russian side, 30 soldiers were killed": a side named as where the figures fall
ON_SIDE_BEFORE = re.compile(r"\b(?:on|from)\s+the\s+$", re.I)
SIDE_AFTER = re.compile(r"(?:['’]s)?\s+side\s*[,:–—-]", re.I)
# Outcomes coordinated after the first: "was wounded and taken prisoner", "killed and 12 injured"
CHAINED_OUTCOME = re.compile(
    r"\s+and\s+(?:was\s+|were\s+|later\s+|then\s+)*(?P<out>" + "|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in CASUALTY_AFTER.items()) + r")\b",
    re.I,
)
# "there were killed and injured among both residents and security personnel"
DEAD_AND_WOUNDED_AMONG = prefiltered(re.compile(
    r"\b(?P<o1>dead|killed|deaths)\s+and\s+(?P<o2>wounded|injured)\b[^.;]{0,25}?\bamong\s+(?:both\s+)?(?:the\s+)?(?P<g1>[a-z]+(?:\s+personnel)?)(?:\s+and\s+(?:the\s+)?(?P<g2>[a-z]+(?:\s+personnel)?))?",
    re.I,
))
PERFECT_CAMPAIGN = prefiltered(re.compile(r"(?<!\bto\s)\bha(?:s|ve)\s+(?:killed|claimed\s+the\s+lives|cost\s+the\s+lives)\b|\b(?:war|offensive|campaign|conflict|invasion|military\s+action)\b[^.;]{0,40}\bha(?:s|ve)\s+(?:killed|resulted)", re.I))
# One event the perfect tells of ("have killed 23 people in an attack on Kairu village"): a toll, not a campaign's.
ONE_EVENT = re.compile(r"\bin\s+(?:an?|the|one|a\s+single)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|ambush|strike|air\s*strike|assault|bombing|explosion|blast|massacre)\s+(?:on|in|at|near|against)\b", re.I)


def _perfect_campaign(text: str) -> bool:
    """A total a campaign has killed ("the war has killed 40,000"), not the toll of one attack told in the perfect."""
    return bool(PERFECT_CAMPAIGN.search(text)) and not ONE_EVENT.search(text)


# A part of a total named in passing between commas ("three children, one of them a baby, were wounded").
APPOSITIVE_PART = re.compile(r"\s*,\s*(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|whom)\s+[^,.;]{1,40}?,", re.I)
# (also set off by dashes or brackets before the verb: "18 people - 10 soldiers and 8 civilians - were killed")
INNER_BREAKDOWN = re.compile(r"\s*(?:,?\s*(?:including|among\s+them)\b|[–—(]|\s-\s)", re.I)
LATER_INNER_BREAKDOWN = re.compile(r"\s*,\s*(?:including|among\s+them)\b", re.I)
# A breakdown introduced after a total ("- 16 of their troops, a woman and a child", "including 11 children").
BREAKDOWN_LEAD = re.compile(r"\s*(?:[–—:(-]+|,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them))\s*", re.I)
# Where and when, between deaths and their breakdown ("in Gaza overnight", "on Sunday in the north"): no verb, no number.
ADVERBIAL_BEFORE_BREAKDOWN = re.compile(
    r"(?:\s+(?:in|on|at|near|across|around|outside|inside|overnight|yesterday|today|late|early|last|this|since|during|over|of|from)\b(?:[^,.;:\d]|\d+-(?=[a-z])){0,50}?)"
    r"(?=\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b)", re.I)  # ("in the 12-day war": a number of a compound)
# A part of a total counted before "of whom" and named after the copula ("14 people, five of whom were children"), or
# after "of them" with the copula left out ("19 people were killed, 13 of them civilians").
# Where and when may stand between ("19 people were killed in Thailand on Saturday, 13 of them civilians").
PART_BEFORE_OF_WHOM = re.compile(r"(?:\s+(?:in|on|at|near|across|around|outside|inside|overnight|yesterday|today|late|early|last|this)\b[^,.;:\d]{0,50}?)?\s*(?:[,–—]|\s-)\s*$", re.I)
OF_WHOM_COPULA = re.compile(r"\s+of\s+(?:whom|them)\s+(?:were|are|was|is)(?:\s+(?:all|reportedly|also))?(?=\s)|\s+of\s+them(?=\s)", re.I)
# A side's possessive before one of its people ("Hezbollah's top commander").
ACTOR_POSSESSIVE = re.compile(r"['’]s(?=\s)")
# People nouns that name a whole body, not one of its people ("Ukraine's military", "Russia's army").
COLLECTIVE_PEOPLE = frozenset({"military", "army", "police", "militia", "enemy", "crew", "personnel", "people", "staff", "leadership", "youth"})
# People counted by an article: "a woman", "an Azerbaijani general", "one soldier", "another".
ARTICLE_COUNT = re.compile(r"(?<![\w-])(?P<det>a|an|one|another|the|both|each|his|her)\s+(?=\S)", re.I)
ZERO_PATTERNS: tuple[tuple[re.Pattern[str], str, str | None], ...] = (
    # ("no fatalities", "no deaths", "no one was killed", "lost none", "without casualties")
    # (a side's demonym may name whose: "no Israeli fatalities", "no Thai casualties")
    (re.compile(r"\b(?:no|zero)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:(?:civilian|military|human|reported|further|other)\s+)?(?P<w>fatalities|deaths|dead|losses|killed)\b", re.I), "killed", None),
    # "there were no casualties" (GOLD_FORMAT: one killed claim [0, 0]; "no reports of casualties" is none)
    (re.compile(r"\bno\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:(?:civilian|military|human)\s+)?(?P<w>casualties)\b", re.I), "killed", None),
    (re.compile(r"\b(?:no\s+(?:one|body)|nobody)\s+(?:was|were|had\s+been|has\s+been)\s+(?:reportedly\s+)?(?P<w>killed|hurt|injured|wounded)\b", re.I), "", None),
    (re.compile(r"\b(?:lost|suffered)\s+(?P<w>none|nobody|no\s+one)\b", re.I), "killed", "military"),
    # ("the army lost no soldiers", "suffered no losses among its personnel" is above)
    (re.compile(r"\b(?:lost|losing|suffered)\s+no\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?P<w>soldiers|troops|servicemen|fighters|personnel|men|officers|policemen)\b", re.I), "killed", "military"),
    (re.compile(r"\bno\s+(?:injuries|wounded)\b(?:\s+or\s+(?P<w>fatalities|deaths))?", re.I), "wounded", None),
    (re.compile(r"\bno\s+[a-z]+\s+or\s+(?P<w>fatalities|deaths)\b", re.I), "killed", None),
)


@dataclass
class PeoplePhrase:
    start: int
    end: int
    count: Count | None
    category: str
    head: str
    subject: str | None
    possessive: str | None
    exact: bool
    bare: bool = False  # a plural people noun with no count or determiner ("killed civilians", "soldiers were wounded")


# People counted without a number: "a large number of the enemy's troops", "many civilians".
UNCOUNTED_PEOPLE = prefiltered(re.compile(r"(?<!how\s)\b(?:an?\s+(?:large\s+|great\s+|significant\s+|substantial\s+|considerable\s+|sizeable\s+|sizable\s+|huge\s+|big\s+|unknown\s+|undisclosed\s+|unspecified\s+|undetermined\s+)?number\s+of|large\s+numbers\s+of|many|numerous|countless|some(?!\s+(?:of|\d|\w+ty\b|\w+teen\b|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?))"
    # a side's people in a denial ("denied that any of its soldiers had been killed")
    r"|(?<=\bthat\s)any(?=\s+of\s+(?:its|their|our|his|her)\s))(?=\s)", re.I))
# Headlines drop articles: "Drone Kills Man", "Strike Kills Child" count one person.
HEADLINE_VICTIM = re.compile(r"\b(?:Kills?|Killed|Wounds?|Injures?|Shot)\s+(?:(?:Local|Young|Elderly|Civilian)\s+)?(?P<head>Man|Woman|Child|Boy|Girl|Soldier|Civilian|Teenager|Journalist|Farmer|Resident|Policeman|Officer)\b")


# An age before the head ("a 17-year-old Palestinian", "a 60 year old Sudanese").
AGE_MODIFIER = re.compile(r"\b\d{1,3}[\s-]+years?[\s-]+old\b")


# Offices that are civilian on their own ("a village chief") but head an armed force when it is named before them.
FORCE_OFFICES = frozenset({"chief", "chiefs", "commissioner", "commissioners", "official", "officials", "head", "heads"})
FORCE_OF_OFFICE = re.compile(r"\b(?:police|army|military|militia|rebel|gendarmerie|navy|naval)\b")


# Men out of the force they served in.
FORMER = re.compile(r"\b(?:former|retired|ex|demobili[sz]ed|discharged)\b")


def category_of(head: str, modifiers: str) -> str:
    category = PERSON_CATEGORY.get(head.lower(), "unknown")
    lowered = modifiers.lower()
    if category == "unknown":
        if any(re.search(rf"\b{m}\b", lowered) for m in CIVILIAN_MODIFIERS):
            return "civilian"
        if any(re.search(rf"\b{m}\b", lowered) for m in MILITARY_MODIFIERS):
            return "military"
        if AGE_MODIFIER.search(lowered):
            return "civilian"  # GOLD_FORMAT: victims described by age are civilians ("a 17-year-old Palestinian")
    if category == "military" and FORMER.search(lowered):
        return "civilian"  # "three former soldiers", "a retired police officer": out of the force, no longer its fighters
    if category == "civilian" and head.lower() in ("man", "men") and re.search(r"\b(?:armed|gun|army)\b", lowered):
        return "military"
    if category == "civilian" and head.lower() in FORCE_OFFICES and FORCE_OF_OFFICE.search(lowered):
        return "military"  # "the district police chief", "a militia leader": the head of an armed force is of that force (GOLD_FORMAT: police are military)
    if head.lower() == "men" and re.search(r"\b(?:his|its|our)\b", lowered):
        return "military"  # "the commander and six of his men", "the unit lost 12 of its men": a leader's or a force's men are its fighters
    return category


NOT_MODIFIERS = frozenset(
    """in at on near and or who whom which that with from for during while after before by were was are is had have
    has been being to than days years hours weeks months times killed died die dies lost as wounded injured said says since when
    among between both across against into over under about through within without
    death deaths killing killings murder murders loss body bodies remains capture abduction kidnapping execution
    taken""".split()
)


def _modifiers_ok(modifiers: str) -> bool:
    words = re.findall(r"[\w'’.-]+", modifiers)
    if any(not re.search(r"\w", w) for w in words):
        return False  # "May 1 - Troops": a dash between a number and a noun parts a dateline from its sentence
    # "22 Boko Haram and ISWAP terrorists", "30 Hamas and Islamic Jihad militants": names joined before their people
    joined_names = {i for i, w in enumerate(words[1:-1], 1) if w.lower() in ("and", "&") and words[i - 1][0].isupper() and words[i + 1][0].isupper()}
    unknown = [w for i, w in enumerate(words)
               if i not in joined_names and not (w[0].isupper() or w[0].isdigit() or "-" in w or w.lower() in MODIFIER_WORDS)]
    for word, following in zip(words, words[1:], strict=False):
        if THING_AFTER_HEAD.fullmatch(" " + word) and following.lower() == "of":
            return False  # "five tanks of the enemy": a thing counted before the people who own it is no people phrase
        if following.lower() in ("the", "these", "those") and word.lower() != "of":
            return False  # "a claim the Sudanese army denied": a determiner opens another noun phrase
        if word.lower() in ("and", "or") and (following[0].isdigit() or following.lower() in UNITS or following.lower() in TENS):
            return False  # "lost both legs and two others were wounded": a second count opens another phrase
    return len(unknown) <= 2 and not any(w.lower() in NOT_MODIFIERS for w in unknown)


THING_AFTER_HEAD = re.compile(r"\s+(?:carriers?|vehicles?|equipment|hardware|bases?|positions?|targets?|facilit(?:y|ies)|installations?|infrastructure|units?|convoys?|stations?|posts?|camps?|headquarters|depots?|aircraft|helicopters?|trucks?|planes?|ships?|boats?"
    # the equipment of armed men, as war reports name it ("four rebel pickup trucks", "two militia technicals")
    r"|pickups?|pick-ups?|technicals?|motorcycles?|motorbikes?|tanks?|artillery|guns?|weapons?|drones?|launchers?|jets?|howitzers?|mortars?"
    r"|armou?red|gunboats?|ammunition|arms\s+depots?|hideouts?|strongholds?|trenches|fortifications?|dugouts?"
    # the places armed men hold ("15 military outposts", "two army checkpoints", "three enemy command centres")
    r"|outposts?|checkpoints?|barracks|garrisons?|air\s?bases?|airfields?|airports?|compounds?|bunkers?|warehouses?|sites?|objects?|assets?"
    r"|command\s+(?:centres?|centers?|posts?))\b", re.I)
# Demonyms whose plural noun is the adjective itself ("13 Lebanese were killed" but "two Lebanese army trucks").
ADJECTIVE_DEMONYMS = frozenset({"lebanese", "sudanese", "congolese", "burmese", "druze", "rohingya", "burkinabe", "french", "swiss", "chinese",
                                "japanese", "vietnamese", "togolese", "senegalese", "beninese", "nepalese", "sinhalese", "taiwanese"})
# Bodies a people noun may qualify ("a rebel group said", "police authorities"), and people nouns that are adjectives
# too ("a local was shot", "a civilian shepherd") and qualify them from further off ("a local resistance group said",
# "a civilian defence committee"): before such a body, not one of its people, the noun counts no one.
BODY_AFTER_HEAD = re.compile(
    r"(?P<gap>(?:\s+[a-z][\w-]*){0,2}?)\s+(?:group|groups|organi[sz]ations?|councils?|committees?|bod(?:y|ies)|networks?|movements?|"
    r"militias?|authorit(?:y|ies)|administrations?|governments?|media|outlets?|radio|television|news\s+(?:agency|site|outlet))\b"
    rf"(?!\s+(?:{PEOPLE})(?![\w-]))", re.I)  # not "a local militia member", "a civilian government employee": people
ADJECTIVE_PEOPLE = frozenset({"local", "civilian"})
DEMONYM_NOUN_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:were|was|had|have|has|are|is|and|or|in|on|at|near|who|whom|killed|died|dead|wounded|injured|hurt|including"
    r"|among|from|during|when|after|by|as|while|since|remain|remained|abducted|kidnapped|missing|taken)\b", re.I)
HEAD_AFTER_HEAD = re.compile(rf"\s+(?P<head>{PEOPLE})(?![\w-])", re.I)
OTHER_THEN_HEAD = re.compile(rf"(?:\s+(?:senior|junior|top|high-ranking|senior-ranking|young|local|armed|foreign|military|security|government|rebel|militia|(?-i:[A-Z])[\w'’-]*)){{1,3}}\s+(?P<head>{PEOPLE})(?![\w-])", re.I)
# The words between a count and its people, a group's acronym in brackets after its name among them ("six New
# People's Army (NPA) rebels", "four Kachin Independence Army (KIA) fighters").
NP_AFTER_COUNT = re.compile(rf"(?P<mods>(?:\s+[\w'’.-]+|(?<=[A-Za-z])\s+\((?-i:[A-Z][A-Za-z-]{{1,11}})\)){{0,6}}?)\s+(?P<head>{PEOPLE})(?![\w-])", re.I)


# The personnel line of a tally of losses, before its count ("personnel ‒ about", "Personnel:").
PERSONNEL_LINE = re.compile(r"\bpersonnel\s*[‒–—:-]\s*(?:(?:about|approximately|around|over|some|more\s+than)\s+)?$", re.I)
# A tally's change since its last edition, printed between a count and its noun ("about 400,000 (+1,200) persons").
DAILY_CHANGE = re.compile(r"\s*\(\s*\+\s*[\d][\d,.\s]*\)")


# A tally's line of personnel, with its count after it ("personnel – about 470,000 (+1,100) persons", "Personnel: 512,300").
PERSONNEL_TALLY_ITEM = prefiltered(re.compile(r"(?:^|[,;:]\s*)[\W_]*(?P<word>personnel|manpower)\s*(?:[‒–—:]|\s-)\s*(?=(?:(?:about|approximately|around|over|some|more\s+than|nearly|almost)\s+)?\d)", re.I))


def find_personnel_in_tally(view: SentenceView, heading: SentenceView | None) -> list[DraftClaim]:
    """The personnel line of a tally of losses, under its heading on the lines before or after its own colon:
    the heading's side lost them, killed (GOLD_FORMAT: losses of personnel are killed), military."""
    for item in PERSONNEL_TALLY_ITEM.finditer(view.text):
        inline = TALLY_HEADING.search(view.text, 0, item.start("word"))
        head_view = SentenceView(view.text[: item.start("word")], view.offset, view.actors_between(0, item.start("word")), []) if inline else heading
        if head_view is None or (not inline and len(view.text) > 80):
            continue
        quantity = next((q for q in view.quantities if q.start == item.end()), None)  # its bound read with it ("about 470,000")
        if quantity is None or quantity.count is None:
            continue
        end = quantity.end
        change = DAILY_CHANGE.match(view.text, end)
        end = change.end() if change is not None else end
        noun = re.match(r"\s+(?:persons|people|servicemen|soldiers|troops)\b", view.text[end:], re.I)
        end = end + noun.end() if noun is not None else end
        owner, subject, cumulative = tally_loser(head_view)
        draft = DraftClaim("casualty", "killed", item.start("word"), end, category="military", count=quantity.count,
                           subject=subject, cumulative=cumulative, notes={"head": item.group("word").lower()})
        if owner is None:
            draft.notes["loser"] = "unnamed"
        return [draft]
    return []


def people_after(view: SentenceView, position: int) -> tuple[int, str, str] | None:
    """The people noun phrase right after `position`: (end, modifiers, head) or None."""
    change = DAILY_CHANGE.match(view.text, position)
    if change is not None:
        position = change.end()  # "about 400,000 (+1,200) persons": a tally's change since the day before
    match = NP_AFTER_COUNT.match(view.text, position)
    name = next((a for a in view.actors if match and a.role in ("name", "group") and a.start < match.end("head") and match.start("head") < a.end), None)
    if match and name is not None and name.end >= match.end("head"):
        # "six New People's Army (NPA) rebels": a people word inside a group's name is no head; the people come after it
        after = NP_AFTER_COUNT.match(view.text, name.end)
        match = after if after is not None and re.fullmatch(r"(?:\s+\((?-i:[A-Z][A-Za-z-]{1,11})\))?", after.group("mods")) else match
    if not match or not _modifiers_ok(match.group("mods")):
        return None
    head = match.group("head")
    end = match.end()
    mods = match.group("mods")
    while True:
        # "military soldiers", "police officers", "militia members": the last noun of the run is the head
        longer = HEAD_AFTER_HEAD.match(view.text, end)
        if longer is None and head.lower() == "other":
            # "10 other senior commanders": "other" is a modifier of the people after it
            longer = OTHER_THEN_HEAD.match(view.text, end)
        if not longer or (longer.group("head").lower() in DEATH_NOUNS and longer.group("head").lower() not in DEATH_EVENT_NOUNS):
            break  # "30 rebels dead": the rebels are the people, "dead" says what became of them
        mods, head, end = mods + " " + head, longer.group("head"), longer.end()
    if THING_AFTER_HEAD.match(view.text, end):
        return None  # "four military vehicles", "police stations": the head is an adjective of a thing
    if head.lower() in ADJECTIVE_DEMONYMS and not DEMONYM_NOUN_END.match(view.text, end):
        return None  # "two Lebanese T-55 tanks": a demonym that is also a plural noun ends its phrase only before a clause word
    if (body := BODY_AFTER_HEAD.match(view.text, end)) is not None and (not body.group("gap") or head.lower() in ADJECTIVE_PEOPLE):
        return None  # "four children, a local rebel group said": the group speaks, no local or rebel was hurt
    if head[0].isupper() and head.lower() in ("general", "major", "captain", "colonel") and end < len(view.text) and view.text[end : end + 1] == " " and view.text[end + 1 : end + 2].isupper():
        return None  # a title before a name ("General Smith") is one person, counted by its article
    return end, mods, head


# Any noun phrase of up to four words ("a clan elder", "two private security men", "8 Karamajong"),
# taken as people only beside an outcome that is said of people alone (killed, died, wounded, abducted).
_NP_STOP = r"(?:in|at|on|near|and|or|who|whom|which|that|with|from|for|during|while|after|before|by|the|were|was|are|is|had|have|has|been|being|to|of|as|but|when|where|died|die|dies|lost|perished|killed|wounded|injured"
# a span of time or place after an elided count ("and wounded 800 over the past day", "injured 40 overnight")
_NP_STOP += r"|over|across|since|until|inside|outside|around|within|throughout|amid|overnight|yesterday|today|tonight|earlier|last|this)\b"
GENERIC_NP = re.compile(rf"(?P<mods>(?:\s+(?!{_NP_STOP})[\w'’-]+){{0,3}})\s+(?!{_NP_STOP})(?P<head>[A-Za-z][\w'’-]*)(?=\s+{_NP_STOP}|\s*[,.;:()]|\s*$)", re.I)
# Heads of noun phrases that are never people, though an outcome verb follows them ("the blast killed").
NOT_PEOPLE_HEADS = frozenset(
    """school compound building hospital clinic camp market house home shelter mosque church village town city area
    district region strike airstrike attack shelling blast explosion bomb bombing raid assault fire missile rocket
    shell drone car vehicle truck bus convoy base checkpoint road bridge
    livestock cattle cow cows goat goats sheep camel camels donkey donkeys horse horses animal animals dog dogs
    chicken chickens poultry herd herds head
    ngo organisation organization agency charity company firm office ministry
    dozen dozens hundred hundreds thousand thousands score scores number numbers couple handful lot
    total totals majority rest sum tally toll amount part share series wave batch
    leg arm hand foot feet eye limb finger
    day days night nights hour hours minute minutes week weeks month months year years decade decades times occasions
    kilometres kilometers km miles metres meters
    brigade brigades battalion battalions regiment regiments division divisions platoon platoons squad squads
    detachment detachments""".split()
)
STRONG_AFTER = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:\s*,)?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|reportedly|allegedly|all|also|later|both)\s+)*"
    r"(?P<out>(?P<killed>killed|died|dies|martyred|lost\s+(?:their|his|her)\s+(?:lives|life)|perished|shot\s+dead|shot\s+and\s+killed|beheaded|murdered|executed|lynched|burned\s+to\s+death|hacked\s+to\s+death|found\s+dead)|(?P<wounded>wounded|injured)|(?P<captured>abducted|kidnapped|taken\s+hostage)|(?P<missing>missing))\b",
    re.I,
)
STRONG_BEFORE = re.compile(r"\b(?P<out>(?P<killed>killed|killing|shot\s+dead|shot\s+and\s+killed|murdered|beheaded|executed|lynched)|(?P<wounded>wounded|wounding|injured|injuring)|(?P<captured>abducted|abducting|kidnapped|kidnapping))\s*$", re.I)


COORDINATED_REST = re.compile(r"\s+and\s+[^,.;]{1,40}?(?=(?:\s*,)?\s+(?:were|was|died|killed))", re.I)


def generic_people_after(view: SentenceView, position: int, phrase_start: int) -> tuple[int, str, str] | None:
    """A people phrase whose head the lexicon lacks, when a people-only outcome stands beside it."""
    match = GENERIC_NP.match(view.text, position)
    if not match:
        return None
    rest = COORDINATED_REST.match(view.text, match.end())
    after_at = rest.end() if rest else match.end()
    if not (STRONG_AFTER.match(view.text, match.end()) or STRONG_AFTER.match(view.text, after_at) or STRONG_BEFORE.search(view.text[:phrase_start])):
        return None
    head = match.group("head").lower()
    if head.endswith("ly") and match.group("head")[0].islower():
        return None  # "five seriously wounded": an adverb of the outcome, the people elided
    if head in NOT_PEOPLE_HEADS or head.removesuffix("s") in NOT_PEOPLE_HEADS or head.removesuffix("es") in NOT_PEOPLE_HEADS:
        return None  # "a strike on a Gaza school killed ...": the school did not die
    if weapon_pattern()[0].fullmatch(head) is not None:
        return None  # "lost two helicopters and a pilot was killed": equipment, not the people the outcome tells of
    words = (match.group("mods") + " " + match.group("head")).split()
    known = [w for w in words if w.lower() in PERSON_CATEGORY]
    head = known[-1] if known else match.group("head")
    return match.end(), match.group("mods"), head


# Words a side's statements use for the other side's men ("enemy", "occupiers", "invaders", "aggressors"): one
# vocabulary for the epithet inside a people phrase and for the owner or loser of listed losses below.
ENEMY_WORD = r"(?:enemy|occupiers?|invaders?|aggressors?|occupation|occupying)"
ENEMY_EPITHET = re.compile(rf"\b(?:{ENEMY_WORD}|invading)(?!\w)", re.I)


def _subject_in(view: SentenceView, start: int, end: int) -> tuple[str | None, str | None]:
    """Actor named inside a people phrase, or a possessive pronoun referring to one."""
    actors = [a for a in view.actors_between(start, end) if a.role != "pronoun"]
    if any(a.role != "official" for a in actors):
        # "ISWAP leader Abu Musab al-Barnawi": the group the role is of, not another group's official of a like name
        actors = [a for a in actors if a.role != "official"]
    if actors:
        # the name nearest the noun ("Iran-backed Houthi fighters"); of names joined before it, the first-named
        # leads ("22 Boko Haram and ISWAP terrorists", GOLD_FORMAT: one figure for allied forces)
        index = len(actors) - 1
        while index > 0 and re.fullmatch(r"\s+(?:and|&)\s+", view.text[actors[index - 1].end : actors[index].start]):
            index -= 1
        return actors[index].code, None
    if ENEMY_EPITHET.search(view.text, start, end):
        return SUBJECT_IS_CLAIMANT_ADVERSARY, None  # "40 occupiers", "enemy troops": the speaker's adversary
    possessive = re.search(r"\b(their|its|our|his|her)\b", view.text[start:end], re.I)
    return None, possessive.group(1).lower() if possessive else None


def _owner_after(view: SentenceView, end: int) -> str | None:
    """'soldiers of the Armenian army', 'fighters belonging to Hamas'."""
    match = re.match(r"^\s+(?:of|from|belonging\s+to|with)\s+(?:the\s+)?", view.text[end:], re.I)
    if not match:
        return None
    actor = view.first_actor_after(end + match.end())
    if actor and actor.start - (end + match.end()) <= 2:
        return actor.code
    return None


# A reporting verb right after a person named by an article: that person speaks ("a Fano commander claimed").
SPEAKER_VERB_AFTER = re.compile(r",?\s+(?:(?:also|later|then)\s+)?(?:said|says|claimed|claims|told|reported|added|stated|announced|confirmed|"
                                r"insisted|wrote|posted|tweeted)\b", re.I)


# A clause opened by a role and name, with at most a few capitalised words or words of a force before the role ("Serbian
# police officer Milan Petrovic was killed").
ROLE_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s+)(?:(?:(?-i:[A-Z])[\w'’.-]*|police|army|military|security|border|militia|rebel|government|senior|local|former)\s+){0,4}$")


def find_people_phrases(view: SentenceView) -> list[PeoplePhrase]:
    """People phrases with a count (digits, words, vague amounts, or an article)."""
    phrases: list[PeoplePhrase] = []
    taken: list[tuple[int, int]] = []
    for quantity in view.quantities:
        if AGE.match(view.text, quantity.end):
            continue  # "a 15 year old herder" is one person
        if any(start < quantity.start < end for start, end in taken):
            continue  # "five members of one family": the count inside a phrase already read
        family = FAMILY_OF_N.search(view.text, 0, quantity.start)
        if family is not None and family.end() == quantity.start:
            # "killed a family of four": the family's members, civilians
            phrases.append(PeoplePhrase(family.start(), quantity.end, quantity.count, "civilian", "family", *_subject_in(view, family.start(), quantity.end), quantity.exact))
            taken.append((family.start(), quantity.end))
            continue
        after = quantity.end
        if view.text[after : after + 1] in ('"', "”") and view.text[max(0, quantity.start - 1) : quantity.start] in ('"', "“"):
            after += 1  # 'lost "about 30" fighters', 'killed “dozens” of militants': the quoted figure, then its people
        np = people_after(view, after) or generic_people_after(view, after, quantity.start)
        own = OF_THEIR_OWN.match(view.text, quantity.end) if np is None else None
        if own is not None:
            # "the army lost one of its own", "police lost two of their own": a side's own people, its fighters when armed
            armed = FIGHTER_WORD.search(view.text, 0, quantity.start) or ARMED_OWNER.search(view.text, 0, quantity.start)
            phrases.append(PeoplePhrase(quantity.start, own.end(), quantity.count, "military" if armed else "unknown", "own",
                                        None, own.group("poss").lower(), quantity.exact))
            taken.append((quantity.start, own.end()))
            continue
        of_them = OF_THEM.match(view.text, quantity.end) if np is None else None
        referent = _referent_before(view, quantity.start) if of_them is not None else None
        if of_them is not None and referent is not None:
            # "inflicted heavy losses on the rebels, killing 60 of them": the people named before
            subject = next((a.code for a in reversed(view.actors_between(max(0, referent.start() - 30), referent.end())) if a.role != "pronoun"), None)
            phrases.append(PeoplePhrase(quantity.start, of_them.end(), quantity.count, category_of(referent.group("head"), ""), referent.group("head"),
                                        subject, None, quantity.exact))
            taken.append((quantity.start, of_them.end()))
            continue
        if np is None:
            continue
        end, mods, head = np
        armed_body = ARMED_BODY_OF.match(view.text, end) if head.lower() in ("members", "member") else None
        members = MEMBERS_OF.match(view.text, end) if head.lower() in ("members", "member") and armed_body is None else None
        if armed_body is not None:
            # "four members of a local vigilante group", "six members of the militia": armed men, whatever the words before
            end, mods, head = armed_body.end(), mods + " " + armed_body.group(0), "militia members"
        elif members is not None:
            # "16 members of the security forces": the people of the group named after "of"
            end, mods, head = members.end(), mods + " " + members.group(0), members.group("head")
        phrases.append(_phrase(view, quantity.start, end, quantity.count, mods, head, quantity.exact))
        family_after = FAMILY_AFTER.match(view.text, end) if head.lower() in ("members", "member") else None
        taken.append((quantity.start, family_after.end() if family_after else end))  # "of one family" is read with it
    for match in UNCOUNTED_PEOPLE.finditer(view.text):
        np = people_after(view, match.end())
        if np is not None and not any(s <= match.start() < e for s, e in taken):
            end, mods, head = np
            phrases.append(_phrase(view, match.start(), end, None, mods, head, False))
            taken.append((match.start(), end))
    for match in ARTICLE_COUNT.finditer(view.text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        np = people_after(view, match.end() - 1) or (generic_people_after(view, match.end() - 1, match.start()) if match.group("det").lower() in ("a", "an", "one", "another") else None)
        if np is None and match.group("det").lower() == "another" and AFTER_OUTCOME.match(view.text, match.end() - 1):
            np = (match.end() - 1, "", "another")  # "a civilian was killed and another wounded": one more of the people before
        if np is None:
            continue
        end, mods, head = np
        if any(match.start() < s < end for s, _ in taken):
            continue  # "the Israeli strike left 22 people dead": the article opens another noun phrase before a counted one
        if head.lower() in ANAPHORIC_PEOPLE and match.group("det").lower() != "another":
            continue
        if SPEAKER_VERB_AFTER.match(view.text, end):
            continue  # "killing dozens of soldiers, a Fano commander claimed": the one speaking, no victim
        det = match.group("det").lower()
        if det == "both" and NOT_A_PAIR_AFTER.match(view.text, match.end() - 1):
            continue  # "Armenia and Azerbaijan both reported 15 soldiers killed": two speakers, not two people
        if det == "the" and re.match(r"\s*(?:total\s+|exact\s+|final\s+)?numbers?\s+of\b", view.text[match.end() - 1 :], re.I):
            continue  # "the number of people killed rose to 27": a toll, read by the toll finder
        if det == "the" and head.lower() == "lives" and (lives_of := re.match(r"\s+of\s+", view.text[end:])) is not None and any(
                0 <= q.start - (end + lives_of.end()) <= 20 for q in view.quantities):
            continue  # "claimed the lives of 12 people": the people counted after "of" are the dead, read with their count
        if det == "the" and head.lower() in DEATH_NOUNS and (head.lower() != "bodies" or re.match(r"\s+of\b", view.text[end:])):
            continue  # "among the dead", "mourned the dead", "the dead heat": no count and no new deaths
        plural = head.lower().endswith(("s", "men")) or head.lower() in ("people", "men", "women", "children", "police", "military", "personnel", "militia", "army", "enemy", "crew", "dead", "deceased")
        if det == "both":
            count: Count | None = (2, 2)
        elif plural and det in ("the", "each"):
            count = None
        elif plural:
            continue
        else:
            count = (1, 1)
        phrases.append(_phrase(view, match.start(), end, count, mods, head, True, determiner=det))
        taken.append((match.start(), end))
    for match in ROLE_THEN_NAME.finditer(view.text):
        # "killing officer Milan Petrovic", "shot dead journalist Ahmed Yusuf", "Serbian police officer Milan Petrovic was
        # killed": a role with no article before a name is one person, told right after the verb that harmed them or as
        # the subject of a clause that says what became of them
        if any(s <= match.start() < e or match.start() < s < match.end() for s, e in taken):
            continue
        opener = ROLE_OPENS_CLAUSE.search(view.text, 0, match.start()) if AFTER_OUTCOME.match(view.text, match.end()) else None
        if not (STRONG_BEFORE.search(view.text, 0, match.start()) or opener):
            continue
        if any(a.start < match.end("name") and match.start("name") < a.end and a.role != "official" for a in view.actors):
            continue  # "commander Hezbollah": an actor, not a person's name
        if re.match(r",\s+(?:a|an|the)\s", view.text[match.end() :]):
            continue  # "killed Colonel Ahmed Saleh, a senior Houthi commander": the apposition says who, read by the parse
        start = match.start() if opener is None else opener.start() + len(opener.group()) - len(opener.group().lstrip(",;: "))
        phrases.append(_phrase(view, start, match.end(), (1, 1), view.text[start : match.start()], match.group("role"), True))
        taken.append((start, match.end()))
    for actor in view.actors:
        # "killed Hezbollah's top commander", "Hamas's military chief was killed": a side's possessive counts one of its people
        owned = actor.end if actor.text.endswith(("'s", "’s")) else ACTOR_POSSESSIVE.match(view.text, actor.end)
        if owned is None or actor.role in ("pronoun", "demonym", "adjective") or any(s <= actor.start < e for s, e in taken):
            continue
        np = people_after(view, owned if isinstance(owned, int) else owned.end())
        if np is None or np[2].lower() in ANAPHORIC_PEOPLE or np[2].lower().endswith(("s", "men")) or np[2].lower() in COLLECTIVE_PEOPLE or SPEAKER_VERB_AFTER.match(view.text, np[0]):
            continue
        end, mods, head = np
        if any(actor.start < s < end for s, _ in taken):
            continue  # "the health ministry's figure of 90 dead": the possessive owns a noun before a counted phrase
        phrases.append(_phrase(view, actor.start, end, (1, 1), mods, head, True))
        taken.append((actor.start, end))
    for match in PEOPLE_NOUN.finditer(view.text):
        bare = _bare_plural(view, match, taken)
        if bare is not None:
            phrases.append(bare)
            taken.append((bare.start, bare.end))
    for match in HEADLINE_VICTIM.finditer(view.text):
        if not any(s <= match.start("head") < e for s, e in taken):
            head = match.group("head")
            phrases.append(_phrase(view, match.start("head"), match.end("head"), (1, 1), "", head, True))
    if not view.text.rstrip().endswith((".", "!", "?", '"', "”", ":")):
        # a headline drops articles: "Sniper kills Ukrainian soldier", "Israeli soldier killed in Gaza", "kills Palestinian"
        taken.extend((p.start, p.end) for p in phrases if (p.start, p.end) not in taken)
        for word in HEADLINE_WORD.finditer(view.text):
            head = word.group()
            demonym = any(a.role in ("demonym", "adjective") and a.start == word.start() and a.end == word.end() for a in view.actors)
            if any(s <= word.start() < e for s, e in taken) or not (head.lower() in SINGULAR_PEOPLE or demonym):
                continue
            if demonym and HEADLINE_WORD.match(view.text, word.end() + 1) and view.text[word.end() : word.end() + 1] == " " and \
                    view.text[word.end() + 1 :].split(" ", 1)[0].lower().strip(",") in PERSON_CATEGORY:
                continue  # "Ukrainian soldier": the demonym modifies the noun after it
            start = _headline_modifiers_start(view, word.start())
            if HEADLINE_COUNTED_BEFORE.search(view.text, 0, start):
                continue  # "the soldier", "two soldier", "Kyiv's soldier": counted or owned elsewhere
            if not (STRONG_AFTER.match(view.text, word.end()) or HEADLINE_OUTCOME_BEFORE.search(view.text, 0, start)):
                continue
            phrases.append(_phrase(view, start, word.end(), (1, 1), view.text[start : word.start()], head if not demonym else "person", True))
            taken.append((start, word.end()))
    # "According to the regional governor, four civilians were killed": the source of the report, no victim
    phrases = [p for p in phrases if not SOURCE_BEFORE.search(view.text, max(0, p.start - 40), p.start)]
    phrases.sort(key=lambda p: p.start)
    return _without_conjuncts_of_counted(view.text, phrases)


# The dead of two sides named as such, inside the claim's words or right after them ("35 fighters from both sides were
# killed", "left 80 fighters dead on both sides", "killing 20 combatants on either side").
BOTH_SIDES_INSIDE = re.compile(r"\b(?:from|on|of)\s+(?:both|either)\s+sides?\b", re.I)
BOTH_SIDES_DEAD = re.compile(r"\s+(?:from|on|of)\s+(?:both|either)\s+sides?\b", re.I)


def _conjunct_nationalities(view: SentenceView, phrases: list[PeoplePhrase]) -> dict[int, str]:
    """The nationality named with the first of coordinated people, by the start of a later conjunct that names none
    ("at least 11 Thai civilians and a soldier", "two Nigerien soldiers and three civilians were killed"): the side
    of those people when nothing else tells it, as a category carries to an elliptical figure. Armed-group men on
    either side break the carry ("two Malian soldiers and 12 militants"): a state's nationality is not the militants'."""
    sides: dict[int, str] = {}
    previous: PeoplePhrase | None = None
    side: str | None = None
    for phrase in phrases:
        if previous is not None and previous.end <= phrase.start and LIST_GAP.fullmatch(view.text, previous.end, phrase.start):
            if phrase.subject is None and side is not None and phrase.possessive is None and phrase.head.lower() not in GROUP_FIGHTERS \
                    and phrase.head.lower() not in ANAPHORIC_PEOPLE:
                sides[phrase.start] = side
        else:
            side = None
        if phrase.subject is not None:
            named = any(a.code == phrase.subject and a.role in ("adjective", "demonym") for a in view.actors_between(phrase.start, phrase.end))
            side = phrase.subject if named and phrase.head.lower() not in GROUP_FIGHTERS else None
        elif phrase.head.lower() in GROUP_FIGHTERS:
            side = None
        previous = phrase
    return sides


# What joins an uncounted conjunct to a counted people phrase: "60 soldiers and volunteer fighters", "12 policemen
# and members of the village guard".
UNCOUNTED_CONJUNCT_GAP = re.compile(r"\s+and\s+(?:[\w'’-]+\s+){0,2}")
MEMBERS_CONJUNCT_GAP = re.compile(r"\s+and\s+(?:other\s+)?members\s+of\s+")


def _without_conjuncts_of_counted(text: str, phrases: list[PeoplePhrase]) -> list[PeoplePhrase]:
    """An uncounted people phrase coordinated after a counted one is counted with it, one claim: "at least 60
    soldiers and volunteer fighters died", "12 policemen and members of the village guard were killed"."""
    kept: list[PeoplePhrase] = []
    for phrase in phrases:
        counted = next((p for p in reversed(kept) if p.end <= phrase.start), None)
        if (counted is not None and counted.count is not None and not counted.bare
                and ((phrase.bare and UNCOUNTED_CONJUNCT_GAP.fullmatch(text, counted.end, phrase.start))
                     or MEMBERS_CONJUNCT_GAP.fullmatch(text, counted.end, phrase.start))):
            continue
        kept.append(phrase)
    return kept


# The words that introduce a report's source ("according to", "citing", "quoted") right before a people phrase.
SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoting|cited\s+by|quoted\s+by)\s+$", re.I)


# People counted by a pronoun that points back ("killing 60 of them", "three of those were soldiers").
# "Those" placed by where its people were ("two of those on board", "one of those travelling in it") is no pointer back.
OF_THEM = re.compile(
    r"\s+of\s+(?:them|these|those(?!\s+(?:on|aboard|onboard|in|inside|at|near|who|travell?ing|riding|present|gathered|waiting"
    r"|attending|living|working|sheltering|trapped)\b))\b",
    re.I,
)
# A side's own people ("lost one of its own") and the words that make that side an armed one.
OF_THEIR_OWN = re.compile(r"\s+of\s+(?P<poss>its|their|our|his|her)\s+own"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|during|when|while|after|as|and|to|from|since|last|this|over|overnight|yesterday|today)\b)", re.I)
ARMED_OWNER = re.compile(r"\b(?:army|armed\s+forces|forces|military|police|gendarmerie|militia|navy|air\s+force|battalion|brigade|regiment|unit)\b", re.I)
PEOPLE_NOUN = re.compile(rf"(?<![\w-])(?P<head>{PEOPLE})(?![\w-])", re.I)


def _referent_before(view: SentenceView, position: int) -> re.Match[str] | None:
    """The last people noun before `position` in the sentence: what 'of them' counts."""
    found = [m for m in PEOPLE_NOUN.finditer(view.text, 0, position) if m.group("head").lower() not in ANAPHORIC_PEOPLE | DEATH_NOUNS | {"casualties"}]
    return found[-1] if found else None


# Plural people nouns that need no count to be people ("civilians", "Ukrainian soldiers").
PLURAL_PEOPLE = frozenset(w for w in PERSON_CATEGORY if (w.endswith(("s", "men")) or w in ("people", "children", "police", "prisoners of war")) and w not in (
    "lives", "forces", "military forces", "security forces", "others", "ones", "members", "deaths", "fatalities", "casualties",
    "bodies", "martyrs", "corpses", "dead", "deceased", "relatives", "brothers", "sons", "daughters", "officials", "leaders", "suspects",
    "agents", "elements", "attackers", "assailants", "gunmen", "bandits"))
# Words that may stand between an outcome verb and a bare plural, or open one ("killed innocent civilians").
BARE_MODIFIERS = frozenset("civilian innocent unarmed local young elderly fellow displaced government rebel army security police enemy top senior high-ranking key prominent".split())
# The outcome of a bare plural: a passive or intransitive verb after it ("civilians were killed", "soldiers died") ...
GAPPED_PARTICIPLE = re.compile(r"\s+(?:wounded|injured|hurt|abducted|kidnapped|captured|missing)\b", re.I)
BARE_OUTCOME_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:(?:reportedly|allegedly|also|all|later|both)\s+)*(?:(?:were|have\s+been|had\s+been|are\s+being|got)\s+(?:(?:reportedly|allegedly|also|all|later|both)\s+)*"
    r"(?:killed|wounded|injured|abducted|kidnapped|taken\s+hostage|taken\s+prisoner|captured|martyred|shot\s+dead|executed|murdered|massacred)"
    r"|(?:have\s+|had\s+)?(?:died|perished|lost\s+(?:their|his|her)\s+(?:lives|life)|(?:were|are|is|remain|remained)\s+(?:still\s+|reported\s+|feared\s+|believed\s+)?missing|went\s+missing"
    # members of a toll ("civilians were among the dead", "children are among the wounded")
    r"|(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the|those)\s+(?:dead|killed|fatalities|wounded|injured)))\b",
    re.I,
)
# ... or, in a headline's present tense, a death predicate ("Myanmar junta troops die in weekend clashes")
HEADLINE_DEATH_AFTER = re.compile(r"\s+(?:die|perish\b|"
                                  # a headline's passive without its auxiliary: "Russian soldiers killed in drone strike"
                                  r"(?:killed|wounded|injured|abducted|kidnapped|captured|shot\s+dead)"
                                  r"(?=\s+(?:in|by|as|after|near|at|during|when|amid|while|on|over)\b|\s*[,:;–—-]|\s*$))", re.I)
# ... or a transitive one before it ("killing civilians"), not in a general accusation, a denial of habit, or a threat
BARE_OUTCOME_BEFORE = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|massacred|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|captured|capturing"
                                 r"|executed|executing|beheaded|beheading|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|liquidated|liquidating)\s+$", re.I)
NOT_AN_EVENT_BEFORE = re.compile(
    r"\b(?:of|to|not|never|n['’]t|would|could|will|may|might|must|without|from|avoid|avoiding|stop|prevent)\s+(?:\w+\s+(?:or\s+)?)?$"
    # the verb as an adjective ("the wounded soldiers", "the number of killed and wounded soldiers")
    r"|\b(?:the|a|an|of|(?:killed|dead|injured|wounded)\s+(?:and|or))\s+$",
    re.I,
)


# Captives killed, their capture a participle before them ("executed captured soldiers", "killed abducted villagers").
KILLED_WHILE_HELD = re.compile(r"\b(?:executed|executing|killed|killing|shot\s+dead|murdered|massacred|beheaded|beheading)\s+(?P<held>captured|detained|abducted|kidnapped)\s+$", re.I)
# People listed without a number as part of a counted whole: "including elderly people and children", "mostly civilians".
UNCOUNTED_BREAKDOWN = re.compile(r"\b(?:including|among\s+them|mostly|mainly|chiefly|many\s+of\s+them|most\s+of\s+them)\s+(?:[\w'’-]+\s+(?:and|or)\s+|[\w'’-]+,\s+)*$", re.I)


def _bare_plural(view: SentenceView, match: re.Match[str], taken: list[tuple[int, int]]) -> PeoplePhrase | None:
    """'Russian shelling killed civilians', 'soldiers were wounded': uncounted people with a casualty verb beside them."""
    head = match.group("head")
    if any(s <= match.start() < e or s < match.end() <= e for s, e in taken):
        return None
    if head.lower() == "others" and re.search(r"(?:,|\band)\s+$", view.text[: match.start()]) and (
            BARE_OUTCOME_AFTER.match(view.text, match.end())
            # the auxiliary gapped after the first clause's ("several people were killed and others wounded")
            or (GAPPED_PARTICIPLE.match(view.text, match.end()) and re.search(r"\b(?:were|was|have\s+been|had\s+been)\s+\w+\s+and\s+$", view.text[: match.start()], re.I))):
        # "three soldiers died and others were wounded": more of the people before, their number untold
        phrase = _phrase(view, match.start(), match.end(), None, "", head, False)
        phrase.bare = True
        return phrase
    if head.lower() not in PLURAL_PEOPLE:
        return None
    start = match.start()
    while True:  # modifiers before the head: demonyms and actor names, and a few adjectives of people
        previous = re.search(r"([\w'’-]+)\s+$", view.text[:start])
        if previous is None:
            break
        word = previous.group(1)
        actor = any(a.end == previous.end(1) and a.role != "pronoun" for a in view.actors)
        if not (actor or word.lower() in BARE_MODIFIERS):
            break
        start = previous.start(1)
    held = KILLED_WHILE_HELD.search(view.text, 0, start)
    if held is not None:
        start = held.start("held")  # "executed captured fighters": the captives killed, their capture told in passing
    # ("this" and "that" determine no plural: "denied that civilians had been killed" is the conjunction)
    if re.search(r"(?:\b(?:a|an|the|these|those|its|their|our|his|her|of|many|some|several|dozens|hundreds|thousands|scores|no|\d[\d,]*)|['’]s?)\s+$", view.text[:start], re.I):
        return None  # counted, owned or partitive: the other finders read it ("no soldiers were killed": a zero claim)
    if start == 0 and view.text[:1].islower():
        return None  # a piece of a sentence cut by length: its count may lie before the cut
    if re.search(r"\b(?:were|are|was|is|being|as|than|like|them|whom|most|all|none|half|both)\s+$", view.text[:start], re.I):
        return None  # a predicate or a part ("five of whom were children", "most of them conscripts"): counted before it
    if UNCOUNTED_BREAKDOWN.search(view.text, 0, start):
        return None  # "26 civilians, including women and children, were killed": who the counted dead were, no claim of its own
    before = BARE_OUTCOME_BEFORE.search(view.text[:start])
    if before is not None and NOT_AN_EVENT_BEFORE.search(view.text[: before.start()]):
        before = None  # "accused of killing civilians", "never killed civilians": no event
    headline = not view.text.rstrip().endswith((".", "!", "?", '"', "”", ":"))
    if before is None and not BARE_OUTCOME_AFTER.match(view.text, match.end()) and not (headline and HEADLINE_DEATH_AFTER.match(view.text, match.end())):
        return None
    phrase = _phrase(view, start, match.end(), None, view.text[start : match.start()], head, False)
    phrase.bare = True
    return phrase


# Headline victims without an article: one person named by a singular noun or a demonym.
HEADLINE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*(?![\w'’-])")
SINGULAR_PEOPLE = frozenset(w for w in PERSON_CATEGORY if " " not in w and not w.endswith("s") and w not in (
    "people", "men", "women", "children", "police", "military", "personnel", "militia", "army", "dead", "deceased", "enemy", "crew",
    "manpower", "youth", "other", "more", "lives", "forces"))
HEADLINE_COUNTED_BEFORE = re.compile(r"(?:\b(?:a|an|the|this|that|his|her|their|its|our|one|two|three|four|five|six|seven|eight|nine|ten|another|\d[\d,]*)|['’]s?)\s+$", re.I)
HEADLINE_OUTCOME_BEFORE = re.compile(r"\b(?:deaths?\s+of|killing\s+of|capture\s+of|kills?|killed|killing|wounds?|wounded|injures?|injured|shoots?\s+dead|shot\s+dead|abducts?|abducted|kidnaps?|kidnapped)\s+$", re.I)
HEADLINE_RANKS = frozenset("police army local young elderly civilian senior top deputy key former prominent notorious wanted veteran".split())


def _headline_modifiers_start(view: SentenceView, position: int) -> int:
    """Where the modifiers of a headline's article-less victim begin: capitalised words, actor names however spelt
    ("al-Shabaab leader", "Hamas deputy commander") and a few ranks, at most three words."""
    start = position
    for _ in range(3):
        previous = re.search(r"([\w'’-]+)\s+$", view.text[:start])
        if previous is None:
            break
        word = previous.group(1)
        actor = any(a.start <= previous.start(1) and previous.end(1) <= a.end and a.role != "pronoun" for a in view.actors)
        if HEADLINE_OUTCOME_BEFORE.match(word + " ") or not (actor or word[:1].isupper() or word.lower() in HEADLINE_RANKS):
            break  # not across the verb: "Drone Strike Kills Hezbollah Commander" in title case
        start = previous.start(1)
    return start


# A family counted by its size ("a family of four", "an entire family of six").
FAMILY_OF_N = re.compile(r"\b(?:a|an|one|the)\s+(?:(?:whole|entire|extended|displaced|local)\s+)?family\s+of\s+", re.I)
# Members of a group named by its people ("members of the security forces", "members of a local militia").
MEMBERS_OF = re.compile(rf"\s+of\s+(?:the|a|an|its|their|our|his|her)\s+(?:[\w'’-]+\s+){{0,2}}(?P<head>{PEOPLE})(?![\w-])", re.I)
# Members of an armed body are fighters ("members of a vigilante group", "members of the Joint Task Force", "of the militia",
# "of a drug trafficking group", "of a rival gang").
ARMED_BODY_OF = re.compile(
    r"\s+of\s+(?:the|a|an|its|their|our|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:armed|vigilante|self-defen[cs]e|jihadist|rebel|militant|insurgent|terrorist"
    r"|paramilitary|militia|separatist|criminal|bandit|drug|trafficking|drug[\s-]trafficking|crime|organi[sz]ed\s+crime)\s+(?:groups?|organi[sz]ations?|movements?|outfits?|gangs?|cartels?|rings?|syndicates?)"
    r"|gangs?|cartels?|militias?|task\s+force|security\s+forces|armed\s+forces"
    r"|army|brigade|battalion|regiment|police(?:\s+force)?|gendarmerie|national\s+guard)(?![\w-])",
    re.I,
)
# Members of a family are civilians ("18 members of one family", "five members of the same family").
FAMILY_AFTER = re.compile(r"\s+of\s+(?:a|an|one|the|his|her|their|a\s+single|the\s+same|one\s+single|two|three|four|five|several)\s+(?:[\w-]+\s+)?famil(?:y|ies)\b", re.I)


# Nouns for the people of a body, fighters when the body is an armed group ("three of its members", "two of its cadres").
GROUP_MEMBER_HEADS = frozenset({"members", "member", "operatives", "operative", "cadres", "cadre", "elements", "men"})


# People said to be from a state's armed force after them ("six heroes from our army", "two men of the national police").
FROM_ARMED_FORCE = re.compile(
    r"\s+(?:from|of)\s+(?:our|their|its|the)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?(?:armed\s+forces|army|military|security\s+forces|defen[cs]e\s+forces?|"
    r"police|gendarmerie|national\s+guard|navy|air\s+force|troops|ranks)(?![\w-])", re.I)


def _phrase(view: SentenceView, start: int, end: int, count: Count | None, mods: str, head: str, exact: bool, determiner: str = "") -> PeoplePhrase:
    subject, possessive = _subject_in(view, start, end)
    if subject is None:
        subject = _owner_after(view, end)
    category = category_of(head, mods + " " + determiner)
    if category == "unknown" and head.lower() in ("members", "member") and FAMILY_AFTER.match(view.text, end):
        category = "civilian"
    elif category == "unknown" and PERSONNEL_LINE.search(view.text, 0, start):
        category = "military"  # "personnel – about 424,060 (+1,030) persons": a tally's line of military personnel
    elif category == "unknown" and head.lower() in ("members", "member", "operatives", "operative", "cadres", "cadre", "dissidents", "dissident", "elements") and _armed_group_named(view, start, end):
        category = "military"  # "two Hezbollah members", "five members of al-Shabaab": an armed group's people are its fighters
    elif category == "unknown" and FROM_ARMED_FORCE.match(view.text, end):
        category = "military"  # "the deaths of these four brave men from our battalion", "three people from the police": the force's men
    elif category == "unknown" and any(a.role == "group" and a.end == end and a.start > start for a in view.actors):
        category = "military"  # "killed 30 Houthis", "15 Boko Haram were killed": an armed group's name counted is its fighters
    elif category == "civilian" and head.lower() in ("chief", "chiefs", "head", "heads") and ARMED_BODY_AFTER_TITLE.match(view.text, end):
        category = "military"  # "the chief of the armed forces", "the head of the Revolutionary Guards": commanders
    return PeoplePhrase(start, end, count, category, head, subject, possessive, exact)


# An armed body after a title word: "(the chief) of the general staff", "(the head) of the Revolutionary Guards' air force".
ARMED_BODY_AFTER_TITLE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:armed\s+forces|army|military|general\s+staff|staff|guards?|corps|air\s+force|navy|"
    r"forces|militia|brigades?|battalions?|regiments?|divisions?|units?|commands?|intelligence|wing)\b", re.I)


GROUP_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def _armed_group_named(view: SentenceView, start: int, end: int) -> bool:
    """Whether an armed group names the people of a phrase: inside it, or in an 'of' right after it."""
    inside = [a for a in view.actors_between(start, end) if a.role != "pronoun"]
    after = [a for a in view.actors if end <= a.start <= end + 40 and GROUP_OWNER_AFTER.fullmatch(view.text[end : a.start])]
    # a state's armed force by its name ("members of the Ethiopian National Defense Force", "of the Tatmadaw") or its noun
    # ("members of the Malian armed forces", "of the police"): GOLD_FORMAT soldiers and police are military
    return any(a.role == "group" for a in inside + after[:1]) or any(a.role == "military" for a in after[:1]) or ARMED_FORCE_AFTER.match(view.text, end) is not None


ARMED_FORCE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:armed\s+forces|army|military|security\s+forces|defen[cs]e\s+forces?|forces|militias?|police|"
    r"gendarmerie|national\s+guard|brigades?|battalions?|regiments?)\b", re.I)


def _outcome(match: re.Match[str]) -> str:
    return next(k for k in ("killed", "wounded", "captured", "missing") if match.groupdict().get(k))


def _agent_before(view: SentenceView, position: int) -> ActorMention | None:
    """The actor acting in the clause before a verb ("al Shabaab militants killed ...")."""
    clause_start = max(view.text.rfind(sep, 0, position) for sep in (",", ";", " that ", " and "))
    relative = RELATIVE_SUBJECT.search(view.text, 0, position)
    if relative is not None:
        # "the 2011 uprising, which killed 9,000 people": the relative's antecedent kills, an actor only when it
        # stands right before ("the RSF, which killed ..."), never one named further back ("wanted by Kigali for ...")
        antecedent = view.last_actor_before(relative.start() + 1)
        return antecedent if antecedent is not None and re.fullmatch(r"\s*", view.text[antecedent.end : relative.start()]) else None
    candidates = [a for a in view.actors if a.end <= position and a.start >= max(clause_start, 0) - 80]
    for actor in reversed(candidates):
        # "an Israeli airstrike on a Gaza school ... killed": Gaza is where, not who; "Azerbaijani forces
        # shelled Stepanakert, killing ...": Stepanakert is what was shelled
        prefix = view.text[: actor.start]
        if MUTUAL_FIGHTING_BEFORE.search(prefix):
            return None  # "clashes between Russian and Ukrainian troops killed 40 people": both sides killed
        if REPORTED_CLAUSE.search(view.text, actor.end, position):
            return None  # "Lebanon's health ministry said Friday's strike killed ...": the speaker, not the killer
        if REPELLED_BY_BEFORE.search(prefix) or (REPEL_VERB_BEFORE.search(prefix) and ATTACK_NOUN_AFTER.match(view.text, actor.end)):
            continue  # "repelled an assault by the RSF / an RSF attack, killing 200 of the attackers": the repeller killed
        if actor.role == "capital" and EVENT_NOUN_AFTER.match(view.text, actor.end):
            continue  # "the Kabul blast killed 12 people": the capital is where it happened, not its government acting
        if BACKER_OF_AGENT_BEFORE.search(prefix):
            continue  # "Somali forces backed by US airstrikes killed 40 militants": the backer helps, the forces before it kill
        if re.search(r"\(\s*$", prefix) and re.match(r"\s*\)", view.text[actor.end :]):
            continue  # "positions of the Volunteers for the Defence of the Homeland (VDP)": a short name repeats the name before it
        if not PREPOSITION_BEFORE.search(prefix) and not ATTACKED_BEFORE.search(prefix):
            return actor
    return None


# The backer of the clause's forces, named after them: "backed by US airstrikes", "with the support of Russian mercenaries".
BACKER_OF_AGENT_BEFORE = re.compile(r"\b(?:(?:backed|supported|aided|assisted|helped|reinforced)\s+by|with\s+(?:the\s+)?(?:support|backing|help)\s+of)\s+(?:the\s+)?$", re.I)
# An event noun after a place name that modifies it ("the Kabul blast", "the Kyiv attack", "Khartoum fighting").
EVENT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:blasts?|bombings?|explosions?|attacks?|shelling|strikes?|airstrikes?|fire|clashes|fighting|violence|massacre|raids?|siege)\b", re.I)


# A verb of beating back before the side named on the attack it beat back ("repelled an RSF attack", "foiled a Russian
# assault"), and that attack's noun after the side.
REPEL_VERB_BEFORE = re.compile(
    r"\b(?:repel(?:led|ling|s)?|repuls(?:ed|ing|es)?|foil(?:ed|ing|s)?|thwart(?:ed|ing|s)?|fought\s+off|beat\s+back|pushed\s+back)"
    r"\s+(?:(?:an?|the|another|two|three|several|a\s+series\s+of|multiple|large|major|fresh|new|renewed|massive)\s+)*$",
    re.I,
)
ATTACK_NOUN_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|advances?|incursions?|raids?|attempts?)\b", re.I)
# A relative pronoun heading the verb: "..., which killed", "... that had killed".
RELATIVE_SUBJECT = re.compile(r",?\s*\b(?:which|that|who)\s+(?:(?:had|has|have|reportedly|allegedly|also)\s+)*$", re.I)
# The side whose attack was beaten back ("repelled a large assault by the RSF", "foiled an attempt by Russian troops").
REPELLED_BY_BEFORE = re.compile(
    r"\b(?:repel(?:led|ling|s)?|repuls(?:ed|ing|es)|foil(?:ed|ing|s)?|thwart(?:ed|ing|s)?|fought\s+off|fighting\s+off|beat\s+back|beating\s+back"
    r"|pushed\s+back|repuls(?:ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|assaults?|offensives?|advances?|incursions?|raids?|attempts?|infiltrations?)"
    r"\s+(?:by|of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


# A reporting verb between a named actor and a casualty verb, followed by another subject than the actor's
# pronoun: the actor reports the killing ("the ministry said the strike killed"), it did not do it
# ("the group said it killed" keeps the group).
REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|say|reported|reports|told|tells|announced|announces|confirmed|confirms|stated|states|added|adds|according\s+to)\b(?:\s+(?:on\s+)?\w+day)?(?:\s+that)?\s+(?!(?:it|they|we|he|she|its|their|our)\b)",
    re.I,
)


# Fighting between two sides, an actor of which follows: "clashes between the army and", "fighting between Fano and".
MUTUAL_FIGHTING_BEFORE = re.compile(
    r"\b(?:clash(?:es)?|fighting|fights|battles?|combat|hostilities|skirmish(?:es)?|confrontations?|exchanges?\s+of\s+fire|gunfights?|firefights?)"
    r"\s+between\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?)?$",
    re.I,
)
PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|against|to|from|of|near|into|over|targeting)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", re.I)
# Also a headline's present ("Insurgents attack Mozambique town, killing several") and people carried by what was hit ("a bomb
# hit a vehicle carrying African Union soldiers, wounding three"): the actor is the target or its passengers, not the killer.
ATTACKED_BEFORE = re.compile(
    r"\b(?:shell(?:ed|ing|s)?|attack(?:ed|ing|s)?|struck|strikes?|striking|hits?|hitting|bomb(?:ed|ing|s)?|target(?:ed|ing|s)?|storm(?:ed|ing|s)?|"
    r"raid(?:ed|ing|s)?|pound(?:ed|ing|s)?|rocket(?:ed|ing)|ambush(?:ed|ing|es)?|overr(?:an|unning|uns?)|"
    r"carrying|transporting|ferrying|evacuating|escorting)\s+(?:(?:the|a|an)\s+)?(?:(?:city|town|village|region)\s+of\s+)?$",
    re.I,
)


def _agent_by(view: SentenceView, end: int) -> str | None:
    match = re.match(r"^[^.;]{0,40}?\bby\s+(?:the\s+)?", view.text[end:], re.I)
    if match:
        actor = view.first_actor_after(end + match.end())
        if actor and actor.start - (end + match.end()) <= 3:
            return actor.code
    attack = ATTACK_OF_SIDE_AFTER.match(view.text, end)
    if attack:
        actor = view.first_actor_after(attack.start("side"))
        if (actor is not None and actor.start == attack.start("side") and actor.role in ("adjective", "demonym", "name", "group", "military")
                and not PLACE_NAME_AFTER_IN.match(view.text, actor.end)):
            return actor.code  # "killed in Pakistani shelling", "wounded in an Israeli strike": the side whose attack it was
    return None


# Counts with no noun of their own, each with its place, after a first count and its place: "(five militants) in Bannu
# and three in Lakki Marwat", "(12 soldiers were killed) in Kharkiv, four in Sumy and two in Kherson".
PLACE_OF_COUNT = re.compile(r"\s+(?:in|at|near|around|across|outside|on)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}", re.I)
ELLIPTICAL_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:another\s+|a\s+further\s+)?$", re.I)


def _gapped_outcome(found: _SentenceCasualties, phrase: PeoplePhrase) -> str | None:
    """The outcome of the claim before a counted phrase that shares its verb, each with its place ("three soldiers were
    killed in Donetsk and 12 people in Kharkiv")."""
    text = found.view.text
    if PLACE_OF_COUNT.match(text, phrase.end) is None:
        return None
    for draft in reversed(found.drafts):
        place = PLACE_OF_COUNT.match(text, draft.end) if draft.type == "casualty" and draft.end <= phrase.start else None
        if place is not None and ELLIPTICAL_JOIN.fullmatch(text, place.end(), phrase.start):
            return draft.outcome
    return None


def _elliptical_counts(view: SentenceView, end: int) -> list[Count]:
    """The noun-less counts that go on a first count place by place (see PLACE_OF_COUNT)."""
    text = view.text
    counts: list[Count] = []
    place = PLACE_OF_COUNT.match(text, end)
    while place is not None:
        quantity = next((q for q in view.quantities if q.start > place.end() and ELLIPTICAL_JOIN.fullmatch(text, place.end(), q.start)), None)
        following = PLACE_OF_COUNT.match(text, quantity.end) if quantity is not None else None
        if quantity is None or following is None or quantity.count is None:
            break
        counts.append(quantity.count)
        place = following
    return counts


# A participle of loss sharing the clause's subject: "..., losing 15 of their men", "..., having lost 30 fighters".
SHARED_SUBJECT_LOSS = re.compile(r",\s*(?:losing|having\s+lost|suffering)\s+(?:the\s+lives\s+of\s+)?$", re.I)
# A clause of its own between an assailant and a later "lost": its subject is another ("..., which said it lost").
CLAUSE_BETWEEN = re.compile(r"[;.]|\b(?:that|which|who|while|but|said|says)\b", re.I)


# An attack named by its side right after the outcome: "killed in Pakistani shelling", "wounded in an Israeli air strike",
# "died in Cambodian rocket fire", "killed during Azerbaijani drone attacks".
ATTACK_OF_SIDE_AFTER = re.compile(
    r"\s+(?:in|during|amid)\s+(?:an?\s+|the\s+|renewed\s+|fresh\s+|overnight\s+|heavy\s+)*(?P<side>(?-i:[A-Z])[\w'’-]+)(?:['’]s)?\s+"
    r"(?:(?:air|drone|missile|rocket|artillery|mortar|tank|cross-border|overnight|heavy|retaliatory)\s+)*"
    r"(?:shelling|strikes?|airstrikes?|attacks?|fire|firing|gunfire|bombardments?|bombings?|raids?|barrages?|offensive)\b", re.I)
# A capitalised word after the side that makes it a place: "in Kharkiv region shelling" names no attacker.
PLACE_NAME_AFTER_IN = re.compile(r"\s+(?:region|province|district|city|oblast)\b", re.I)


# The speaker's side named after the dead, in their clause ("13 people had died on its side", "five were wounded on our
# side", "killed among its ranks").
NAMED_SIDE_AFTER = re.compile(r"(?i)(?:(?!\b(?:while|whereas|but|and|said|says)\b)[^.;]){0,50}?\b(?:on|among)\s+the\s+")
OWN_SIDE_AFTER = re.compile(r"(?i)(?:(?!\b(?:while|whereas|but|and|said|says)\b)[^.;]){0,70}?\b(?:on|among|in)\s+(?:its|our|their)\s+(?:own\s+)?(?:side|ranks)\b")


# The crew of a machine ("its two pilots", "their crews") and the machine named before them.
CREW_HEADS = frozenset({"pilot", "pilots", "crew", "crews", "crew members", "crewmen", "co-pilot", "navigator", "sailors", "gunner"})
MACHINE_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:helicopters?|aircraft|planes?|jets?|bombers?|fighters?\s+jets?|tanks?|vehicles?|ships?|boats?|vessels?|drones?|gunships?|[A-Z][\w-]*-\d+\w*)\b")


def crew_owner(view: SentenceView, start: int, head: str, agent: str | None) -> str | None:
    """'shot down a Congolese army helicopter, killing its two pilots': the crew's side is the machine's owner."""
    if head.lower() not in CREW_HEADS:
        return None
    owner = next((a for a in reversed(view.actors) if a.end <= start and a.role not in ("pronoun", "generic") and a.code != agent
                  and MACHINE_BEFORE.match(view.text, a.end)), None)
    return owner.code if owner is not None else None


def _resolve_subject(view: SentenceView, phrase: PeoplePhrase, agent: ActorMention | None) -> str | None:
    if phrase.subject:
        return phrase.subject
    if phrase.possessive in ("our",):
        return SUBJECT_IS_CLAIMANT
    if phrase.possessive in ("their", "its") and (owner := crew_owner(view, phrase.start, phrase.head, agent.code if agent else None)):
        return owner
    if phrase.possessive in ("their", "its"):
        # "Kyiv said Russian strikes killed 12 of its civilians": the people are the speaker's, never the killer's; "destroyed
        # vehicles belonging to the paramilitaries and killed dozens of their fighters": the side named last before them
        # ("Armenia and Azerbaijan said 15 of their soldiers": each speaker's own)
        antecedent = next((a for a in reversed(view.actors) if a.end <= phrase.start and a.role != "pronoun"
                           and (agent is None or a.code != agent.code)), None)
        if antecedent is None or SPEAKER_VERB_AFTER.match(view.text, antecedent.end):
            return SUBJECT_IS_CLAIMANT
        return antecedent.code
    if OWN_SIDE_AFTER.match(view.text, phrase.end) or ((force := FROM_ARMED_FORCE.match(view.text, phrase.end)) and re.match(r"(?i)\s+\w+\s+our\b", force.group())):
        return SUBJECT_IS_CLAIMANT  # "Cambodia said 13 people had died on its side", "six heroes from our army": the speaker's own dead
    named_side = NAMED_SIDE_AFTER.match(view.text, phrase.end)
    side = view.first_actor_after(named_side.end()) if named_side is not None else None
    if side is not None and side.start == named_side.end() and re.match(r"(?i)\s+side\b", view.text[side.end :]):
        return side.code  # "killing ten civilians on the Indian side": that side's people, whoever fired
    if agent is not None:
        return SUBJECT_IS_ADVERSARY_OF + agent.code
    return None


@dataclass
class _SentenceCasualties:
    """Casualty drafts of one sentence as they are found, with what the finders share."""

    view: SentenceView
    phrases: list[PeoplePhrase]
    cumulative: bool
    victim_side: str | None
    losing_side: tuple[str, int] | None = None  # the side named as losing, and where: the people named after it are its
    drafts: list[DraftClaim] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # starts of quantities and phrases already claimed

    def add(self, draft: DraftClaim) -> int:
        self.drafts.append(draft)
        return len(self.drafts) - 1


# People the text names with a role ("Hezbollah commander Yusuf Haddad", "Arben Gashi, a police sergeant"): later
# mentions by name alone ("killing Gashi", "Haddad was killed") count one person of the role's category and side.
ROLE_NOUNS = alternation(w for w, c in PERSON_CATEGORY.items() if c != "unknown" and not w.endswith("s") and " " not in w
                         and w not in ("man", "woman", "men", "women", "local", "minor", "major", "general", "crew", "military", "army", "enemy", "police", "militia", "chief", "youth", "elderly", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister"))
NAME = r"(?P<name>(?:(?-i:[A-Z][a-z][\w'’-]*)\s+){0,3}(?-i:[A-Z][a-z][\w'’-]+))"
ROLE_THEN_NAME = re.compile(rf"(?<![\w-])(?P<role>{ROLE_NOUNS})\s+{NAME}", re.I)
NAME_THEN_ROLE = re.compile(rf"{NAME},\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<role>{ROLE_NOUNS})\b", re.I)
NOT_A_SURNAME = frozenset("The This That He She They His Her It In On At By For And But Said Says After Before During Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def remember_named_people(views: list[SentenceView]) -> None:
    """Fill the views' shared `named_people` with the people each sentence names by role and name."""
    named: dict[str, tuple[str, str | None]] = {}
    for view in views:
        for pattern in (ROLE_THEN_NAME, NAME_THEN_ROLE):
            for match in pattern.finditer(view.text):
                words = match.group("name").split()
                if any(a.start < match.end("name") and match.start("name") < a.end and a.role != "official" for a in view.actors):
                    continue  # "commander Hezbollah": an actor, not a person's name
                role = match.group("role")
                category = category_of(role, "")
                owner = next((a.code for a in reversed(view.actors_between(max(0, match.start() - 40), match.end())) if a.role not in ("pronoun",)
                              and not (match.start("name") <= a.start < match.end("name"))), None)
                for word in (words[-1],) if len(words) > 1 else tuple(words):
                    if word not in NOT_A_SURNAME and len(word) > 2:
                        named.setdefault(word, (category, owner))
    groups = {a.code for view in views for a in view.actors if a.role == "group"}
    for view in views:
        for actor in view.actors:
            if actor.role == "official" and actor.code in groups and actor.text[:1].isupper():
                # a leader of an armed group the registry knows by name ("Deif", "Nasrallah"): one of its fighters
                named.setdefault(actor.text.split()[-1], ("military", actor.code))
    for view in views:
        view.named_people = named


def find_casualty_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    victim_side: str | None = None
    for actor in view.actors:
        if SIDE_LOSSES.match(text, actor.end):
            victim_side = actor.code
        elif LOSSES_ON_SIDE_BEFORE.search(text, 0, actor.start) and re.match(r"\s+(?:side|forces|army|troops)\s*[:,–—-]", text[actor.end :]):
            victim_side = actor.code  # "Losses on the Azerbaijani side: 12 servicemen killed, 38 wounded"
    losing_side: tuple[str, int] | None = (victim_side, 0) if victim_side is not None else None
    for actor in view.actors:
        if INFLICTED_ON_BEFORE.search(text, 0, actor.start) or (ON_SIDE_BEFORE.search(text, 0, actor.start) and SIDE_AFTER.match(text, actor.end)):
            losing_side = (actor.code, actor.start)  # "inflicted losses on the RSF", "on the Russian side,"
    enemy_side = re.search(rf"\b(?:on|from)\s+the\s+{ENEMY_WORD}(?:['’]s)?\s+side\b", text, re.I)
    if enemy_side is not None:
        losing_side = (SUBJECT_IS_CLAIMANT_ADVERSARY, enemy_side.start())  # "on the enemy side, some twenty fighters were neutralised"
    found = _SentenceCasualties(
        view,
        find_people_phrases(view),
        cumulative=bool(CUMULATIVE_MARKERS.search(COMPARED_SINCE.sub(" ", PARTY_SINCE_CLAUSE.sub(", ", text)))) or _perfect_campaign(text),
        victim_side=victim_side,
        losing_side=losing_side,
    )
    _toll_claims(found)
    _dead_of_a_side_claims(found)
    _people_phrase_claims(found)
    _among_a_toll_claims(found)
    _no_people_harmed(found)
    _zero_claims(found)
    _fate_unknown_claims(found)
    _counted_from_a_force_claims(found)
    _bare_count_claims(found)
    _dead_and_wounded_claims(found)
    _uncounted_body_claims(found)
    _uncounted_death_claims(found)
    _heavy_losses_claims(found)
    _parts_of_the_dead_claims(found)
    _elliptical_frame(view, found.drafts)
    _own_toll_of_soldiers(found.drafts)
    _mostly_civilians(text, found.drafts)
    _deaths_among_people(view, found.drafts)
    _side_named_after(view, found.drafts)
    for draft in found.drafts:
        if draft.type == "casualty" and (BOTH_SIDES_DEAD.match(text, draft.end) or BOTH_SIDES_INSIDE.search(text, draft.start, draft.end)):
            draft.notes["both_sides"] = "yes"  # "35 fighters from both sides were killed": the dead of two sides, no one's (GOLD_FORMAT)
    sides = _conjunct_nationalities(view, found.phrases)
    for draft in found.drafts:
        if (draft.subject is None or draft.subject.startswith(SUBJECT_IS_ADVERSARY_OF)) and draft.start in sides:
            draft.notes["conjunct_side"] = sides[draft.start]
    return found.drafts


# The side named after the figures of its losses ("left one soldier dead and two wounded on the Armenian side").
SIDE_NAMED_AFTER = re.compile(r"(?:\s+(?:dead|killed|wounded|injured))?(?:\s+and\s+[^,.;]{1,30}?)?\s+(?:on|from)\s+the\s+$", re.I)


def _side_named_after(view: SentenceView, drafts: list[DraftClaim]) -> None:
    for actor in view.actors:
        if actor.role not in ("adjective", "demonym", "name") or not re.match(r"(?:['’]s)?\s+side\b", view.text[actor.end :]):
            continue
        for draft in drafts:
            if (draft.type == "casualty" and draft.subject is None and draft.end <= actor.start
                    and SIDE_NAMED_AFTER.fullmatch(view.text, draft.end, actor.start)):
                draft.subject = actor.code


def _deaths_among_people(view: SentenceView, drafts: list[DraftClaim]) -> None:
    """'15 fatalities among its troops', '20 deaths among civilians': the people after 'among' are the dead's category."""
    for draft in drafts:
        if draft.type != "casualty" or draft.category != "unknown" or draft.notes.get("head") not in DEATH_NOUNS:
            continue
        among = AMONG_PEOPLE_AFTER.match(view.text, draft.end)
        if among is None or (category := category_of(among.group("head"), "")) == "unknown":
            continue
        draft.category = category
        if draft.subject is None:
            subject, possessive = _subject_in(view, among.start(), among.end())
            draft.subject = subject or (SUBJECT_IS_CLAIMANT if possessive in ("its", "their", "our") else None)


# Tolls said to be mostly civilians after them: "killing some 1,200 people, mostly civilians", "left 46 dead and six
# wounded, mostly children", "30 were killed, most of them women and children", "nine people, all of them civilians, were
# killed" (GOLD_FORMAT: civilian).
MOSTLY_CIVILIANS = prefiltered(re.compile(
    r",?\s*(?:mostly|mainly|largely|predominantly|chiefly|overwhelmingly|(?:most|all)\s+of\s+(?:them|whom)(?:\s+(?:were|are))?|the\s+majority\s+of\s+(?:them|whom))\s+"
    r"(?:innocent\s+|unarmed\s+|(?-i:[A-Z][a-z]+)\s+)?(?:civilians|women|children|villagers|residents|displaced\s+people|elderly\s+people|worshippers|farmers|students|minors)\b",
    re.I,
))


# Tolls said to be all or mostly fighters after them: "eight people, all of them combatants, had died", "killed 40
# people, mostly soldiers".
MOSTLY_FIGHTERS = prefiltered(re.compile(
    r",?\s*(?:mostly|mainly|largely|predominantly|chiefly|all\s+of\s+(?:them|whom)(?:\s+(?:were|are))?|most\s+of\s+(?:them|whom)(?:\s+(?:were|are))?"
    r"|the\s+majority\s+of\s+(?:them|whom))\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?P<head>[a-z]+)\b",
    re.I,
))


def _mostly_fighters(text: str, drafts: list[DraftClaim]) -> None:
    mostly = MOSTLY_FIGHTERS.search(text)
    if mostly is None or PERSON_CATEGORY.get(mostly.group("head").lower()) != "military":
        return
    for draft in drafts:
        if draft.start < mostly.start() and draft.category == "unknown" and draft.outcome in ("killed", "wounded", "captured", "missing") and draft.part_of is None:
            draft.category = "military"


def _mostly_civilians(text: str, drafts: list[DraftClaim]) -> None:
    _mostly_fighters(text, drafts)
    mostly = MOSTLY_CIVILIANS.search(text)
    if mostly is None:
        return
    for draft in drafts:
        if draft.start < mostly.start() and draft.category == "unknown" and draft.outcome in ("killed", "wounded") and draft.part_of is None:
            draft.category = "civilian"


def _own_toll_of_soldiers(drafts: list[DraftClaim]) -> None:
    """'two soldiers were killed, bringing its toll since the offensive began to 265': a side's own toll after its
    soldiers' deaths counts its soldiers; 'two Israeli soldiers were killed, raising the number of soldiers killed to
    272': a total of the same people counted after their deaths is their side's."""
    for toll in drafts:
        if toll.notes.pop("counted_toll", None) is None:
            continue
        sides = {d.subject for d in drafts if d is not toll and d.type == "casualty" and d.part_of is None and d.start < toll.start
                 and d.outcome == toll.outcome and d.category == toll.category}
        if len(sides) == 1 and None not in sides:
            toll.subject = sides.pop()
    for toll in drafts:
        if toll.notes.pop("own_toll", None) is None:
            continue
        earlier = {d.category for d in drafts if d is not toll and d.type == "casualty" and d.part_of is None and d.start < toll.start and d.outcome == toll.outcome}
        if earlier == {"military"}:
            toll.category = "military"


# The dead or wounded of a toll, named as a part of it ("at least 14 of those killed were children", "three of the
# dead were soldiers"; "Of the 30 killed, 12 were women"): the part's people, count and category after the copula.
DEAD_GROUP = r"(?:(?P<killed>(?:those\s+)?killed|(?:those\s+who\s+)?died|dead|deceased|fatalities)|(?P<wounded>(?:those\s+)?(?:wounded|injured)))"
PART_OF_THE_DEAD = re.compile(
    r"\s+of\s+(?:the\s+|those\s+|these\s+)?(?:\w+\s+)?" + DEAD_GROUP + r"(?:\s+(?:in|from|at)\s+[^,;]{1,40}?)?\s+(?:were|are|was|is|included|include)(?:\s+(?:all|also|reportedly))?(?=\s)",
    re.I,
)
PART_AFTER_THE_DEAD = re.compile(
    r"\bof\s+(?:the|those|these)\s+(?:[\w,.-]+\s+){0,3}?" + DEAD_GROUP + r"(?:\s+(?:in|from|at)\s+[^,;]{1,40}?)?\s*,\s*$",
    re.I,
)
COPULA_AFTER = re.compile(r"\s+(?:were|are|was|is)(?:\s+(?:all|also|reportedly))?(?=\s)", re.I)
# The dead or wounded named before a figure that counts some of them: "Among the injured were 11 children", "The dead
# include three medics", "Those killed included at least two journalists".
PART_LED_BY_THE_DEAD = re.compile(
    r"\b(?P<among>(?:among|amongst)\s+)?(?:the|those)\s+(?:[\w-]+\s+){0,2}?" + DEAD_GROUP
    + r"\s+(?:(?P<include>include|included|includes)|were|are|was|is)\s+(?:also\s+)?(?:at\s+least\s+)?$",
    re.I,
)


# People said to be among the dead after their phrase ("Two children were among the dead", "A 64-year-old woman was
# among those killed"): a part of the toll told, like "Among the dead were two children".
AMONG_THE_DEAD_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:was|were|is|are)\s+(?:also\s+|reportedly\s+|said\s+to\s+be\s+)?(?:among|amongst)\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?" + DEAD_GROUP + r"\b",
    re.I,
)


def _parts_among_the_dead_after(found: _SentenceCasualties) -> None:
    for draft in found.drafts:
        among = AMONG_THE_DEAD_AFTER.match(found.view.text, draft.start) if draft.type == "casualty" and draft.part_of is None else None
        if among is None or draft.outcome != ("killed" if among.group("killed") else "wounded"):
            continue
        draft.part_of = _total_before(found, draft.outcome, draft)
        if draft.part_of is None:
            draft.notes["part"] = "of-told"


def _parts_of_the_dead_claims(found: _SentenceCasualties) -> None:
    view = found.view
    text = view.text
    _parts_among_the_dead_after(found)
    for quantity in view.quantities:
        if quantity.count is None:
            continue
        told = [d for d in found.drafts if d.type == "casualty" and d.start <= quantity.start < d.end]
        led = PART_LED_BY_THE_DEAD.search(text, 0, quantity.start)
        if told and led is not None and (led.group("among") or led.group("include")):
            # "Among the dead were two children", read as two dead children by the other finders: a part of the toll told
            for draft in told:
                outcome = "killed" if led.group("killed") else "wounded"
                if draft.outcome == outcome and draft.part_of is None:
                    draft.part_of = _total_before(found, outcome, draft)
                    if draft.part_of is None:
                        draft.notes["part"] = "of-told"
            continue
        if any(d.category != "unknown" or d.count != quantity.count for d in told) or (quantity.start in found.used and not told):
            continue
        part = PART_OF_THE_DEAD.match(text, quantity.end)
        lead = None if part is not None else PART_AFTER_THE_DEAD.search(text, 0, quantity.start)
        copula = COPULA_AFTER.match(text, quantity.end) if lead is not None else None
        after = part.end() if part is not None else copula.end() if copula is not None else None
        if after is None:
            continue
        np = people_after(view, after)
        if np is None or np[2].lower() in DEATH_NOUNS | ANAPHORIC_PEOPLE | {"victims", "victim", "casualties"}:
            continue
        end, mods, head = np
        if re.match(r"\s+(?-i:[a-z])|-", text[end:]):
            continue  # "one of the dead was a military informant": the word is a modifier of another noun
        outcome = "killed" if (part or lead).group("killed") else "wounded"  # type: ignore[union-attr]
        subject, _ = _subject_in(view, after, end)
        if told:
            # "three of the dead were soldiers", read as three dead by the other finders: the people after the copula say who
            for draft in told:
                if draft.outcome == outcome:
                    draft.category, draft.end = category_of(head, mods), max(draft.end, end)
                    draft.subject = draft.subject or subject
                    if draft.part_of is None:
                        draft.part_of = _total_before(found, outcome, draft)
                        if draft.part_of is None:
                            draft.notes["part"] = "of-told"  # a part of a total an earlier sentence gave
            continue
        draft = DraftClaim("casualty", outcome, quantity.start, end, category=category_of(head, mods), count=quantity.count,
                           subject=subject, notes={"head": head.lower()})
        draft.part_of = _total_before(found, outcome, draft)
        if draft.part_of is None:
            draft.notes["part"] = "of-told"
        found.used.add(quantity.start)
        found.add(draft)


def _total_before(found: _SentenceCasualties, outcome: str, part: DraftClaim) -> int | None:
    """The index of the sentence's total that a part belongs to: the first uncounted-in-another figure of the outcome."""
    return next((i for i, d in enumerate(found.drafts) if d is not part and d.type == "casualty" and d.outcome == outcome
                 and d.part_of is None and d.count is not None and d.count[0] is not None and part.count is not None
                 and part.count[0] is not None and d.count[0] >= part.count[0] and d.start < part.start), None)


# A side's losses or a toll put at a figure: "bringing their losses to 58", "put Russian losses over the past day
# at 1,130", "a toll in the east of 40".
# A rolling window of time ("losses over the past day amounted to 1,030"): a count for the window, not a running total
# (GOLD_FORMAT: `cumulative` is false for a rolling window).
ROLLING_WINDOW = re.compile(r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\b", re.I)
LOSSES_TO = prefiltered(re.compile(
    r"\b(?:total\s+)?(?:(?P<cat>military|civilian)\s+)?(?:losses|death\s+toll|toll)"
    r"(?:\s+(?:over|in|during|since|for)\s+[^,.;:]{1,40}?)?\s+(?:to|at|of)\s+$",
    re.I,
))


# A participle clause that opens a running total a figure adds to ("..., raising the number of soldiers killed to").
RUNNING_TOTAL_LEAD = re.compile(r"[,;]\s*(?:bringing|raising|pushing|taking)\s+(?:the|its|their)\s+[^,.;]{0,40}$", re.I)
# A side losing ("Russia had lost", "the RSF has suffered"), before a clause adding to its total.
SIDE_LOST = re.compile(r"(?:['’]s)?(?:\s+(?:forces|army|troops|military|side))?\s+(?:(?:had|has|have|reportedly|also)\s+)*(?:lost|loses|suffered)\b", re.I)
# A participle clause adding a figure to its side's total: "..., bringing its total losses to".
BRINGING_OWN = re.compile(r",\s+(?:bringing|raising|pushing|taking)\s+(?:its|their)\s+[^,.;]{0,60}$", re.I)


# A toll owned by armed forces named without their side ("the army's death toll", "the military's losses").
FORCES_TOLL = re.compile(r"\bthe\s+(?:army|military|armed\s+forces|police|navy)['’]s?\s+(?:own\s+)?(?:total\s+)?(?:death\s+|casualty\s+)?(?:losses|toll)", re.I)


def _toll_claims(found: _SentenceCasualties) -> None:
    """Tolls and running totals: "the death toll rose to 23", "taking their overall military losses to 74"."""
    view = found.view
    text = view.text
    for quantity in view.quantities:
        before = text[: quantity.start]
        toll = TOLL.search(before[-160:])
        losses_to = LOSSES_TO.search(before)
        losses_among = LOSSES_AMONG_NUMBERED.search(before)
        if losses_among is not None and not toll and not losses_to:
            people = NP_AFTER_COUNT.match(" " + losses_among.group("np") + " ")
            if people is not None and PERSON_CATEGORY.get(people.group("head").lower()) == "military":
                _personnel_losses(found, quantity, losses_among, people.group("head"))
            continue
        if toll and toll.group("bare") and toll.group("verb").lower() in BARE_DEATHS_NOT_A_TOTAL:
            toll = None  # "the deaths of 12 soldiers", "deaths at 3 sites": the people-phrase finders read them
        if not toll and not losses_to:
            continue
        if DEAD_AND_WOUNDED_AFTER.match(text, quantity.end):
            continue  # "a toll of 150 dead and wounded": both together
        if weapon_pattern()[0].match(text, quantity.end + len(text[quantity.end :]) - len(text[quantity.end :].lstrip())):
            continue  # "inflicted losses of 12 tanks": equipment, not people
        noun = (toll.group("noun") or "") if toll else ""
        outcome = "wounded" if re.search(r"wounded|injured", noun, re.I) else "killed"
        among = toll.group("amongnoun") if toll and toll.group("among") else (losses_to.group("cat") if losses_to else None)
        np = people_after(view, quantity.end)
        category = "unknown"
        end = quantity.end
        subject = None
        if np is not None:
            end, mods, head = np
            category = category_of(head, mods)
            subject, _ = _subject_in(view, quantity.start, end)
        prefix = re.match(r"(?:number\s+of\s+)?(civilian|military|troop|soldier|army)\s", toll.group(0), re.I) if toll else None
        if prefix and category == "unknown":
            # "the civilian death toll", "civilian fatalities have reached 1,200", "troop toll from Mali militant clash rises to 14"
            category = "civilian" if prefix.group(1).lower() == "civilian" else "military"
        counted = re.search(r"\bnumber\s+of\s+((?:[\w'’-]+\s+){0,1})([\w'’-]+)\s+(?:killed|dead|wounded|injured)\b", toll.group(0), re.I) if toll else None
        if counted is not None and category == "unknown" and counted.group(2).lower() in PERSON_CATEGORY:
            # "the number of Israeli soldiers killed ... to 278": the people counted name the category and their side
            category = category_of(counted.group(2), counted.group(1))
            toll_start = toll.start() + len(before) - len(before[-160:])
            if subject is None:
                named = [a for a in view.actors_between(toll_start + counted.start(1), toll_start + counted.end(2)) if a.role not in ("generic", "pronoun")]
                subject = named[0].code if named else None
        if among:
            category = category_of(among, "") if among.lower() in PERSON_CATEGORY else ("military" if among.lower() in ("military", "army") else "civilian" if among.lower() == "civilian" else category)
        owner = re.search(r"\b(their|its|our)\s+(?:own\s+)?(?:total\s+)?(?:military\s+|civilian\s+)?(?:death\s+|casualty\s+)?(?:losses|toll)", before, re.I)
        forces_owner = FORCES_TOLL.search(before) if owner is None and subject is None else None
        if forces_owner is not None:
            # "the military announced ..., bringing the army's death toll to 401": the speaking forces' own dead
            owner = forces_owner
            category = "military" if category == "unknown" else category
        start = toll.start() + len(before) - len(before[-160:]) if toll else losses_to.start() if losses_to else quantity.start
        if subject is None and losses_to is not None:
            named = view.last_actor_before(start)
            if named is not None and named.role not in ("generic", "pronoun") and LOSSES_OWNER_GAP.fullmatch(text, named.end, start):
                subject = named.code  # "put Russian losses at 1,200"
        if subject is None and toll is not None and not toll.group("bare"):
            named = view.last_actor_before(start)
            if named is not None and named.role not in ("generic", "pronoun") and re.fullmatch(r"(?:['’]s?)?\s+", text[named.end : start]):
                subject = named.code  # a headline's "Gaza death toll tops 30,000", "Ukraine's civilian toll": whose dead
        bringing = BRINGING_OWN.search(before) if subject is None and owner is not None else None
        if bringing is not None:
            losers = [a for a in view.actors if a.end <= bringing.start() and a.role not in ("generic", "pronoun") and SIDE_LOST.match(text, a.end)]
            subject = losers[-1].code if losers else None  # "Russia lost 1,210 troops, bringing its total losses to 929,690": Russia's
            if subject is not None and category == "unknown" and re.search(r"(?i)losses", owner.group()):
                category = "military"  # a side's losses are its fighters
        draft = DraftClaim(
            "casualty", outcome, start, end, category=category, count=quantity.count,
            subject=subject or (SUBJECT_IS_CLAIMANT if owner else None),
            # a side's losses put at a figure run over the war; a toll put at one ("put the toll at 12") is the toll of its
            # event unless the sentence marks it running (GOLD_FORMAT: the toll of one strike is not cumulative)
            cumulative=bool((found.cumulative and not (toll and ONE_EVENT_TOLL.search(toll.group(0)) and not SINCE_START.search(text)))
                            or (losses_to and re.search(r"(?i)losses", losses_to.group()) and not ROLLING_WINDOW.search(losses_to.group()))),
            notes={"own_toll": "yes"} if owner is not None and category == "unknown" and subject is None else {},
        )
        if subject is None and counted is not None and category != "unknown" and RUNNING_TOTAL_LEAD.search(text, 0, start):
            draft.notes["counted_toll"] = "yes"  # "two soldiers were killed, raising the number of soldiers killed to 272"
        if toll and quantity.count and quantity.exact and toll.group("past"):
            draft.count = (quantity.count[0] + 1 if quantity.count[0] is not None else None, None)
        elif toll and quantity.count and quantity.exact and toll.group("near"):
            draft.count = (None, quantity.count[1])
        index = found.add(draft)
        found.used.add(quantity.start)
        _breakdown(view, found.phrases, index, found.drafts, found.used, end)  # "rose to 31, including 11 children"



# Between a side and its losses: "Russian losses", "Russia's total combat losses".
LOSSES_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:total|overall|combat|daily|confirmed|irrecoverable|personnel)\s+)*", re.I)


# The dead or wounded of one side, named before their figure ("those killed on the army's side included 9 soldiers",
# "the dead among the rebels numbered at least 30", "the wounded on the Israeli side were 14 soldiers").
DEAD_OF_A_SIDE = re.compile(
    r"\b(?:(?:those|the\s+people|people|the\s+men)\s+(?P<k1>killed|who\s+(?:were\s+killed|died)|(?P<w1>wounded|injured))"
    r"|the\s+(?P<k2>dead|fatalities|(?P<w2>wounded|injured)))"
    r"\s+(?:on|among|from)\s+(?P<side>(?:the\s+)?[^,.;:]{1,40}?)"
    r"\s+(?:included|include|numbered|number|totall?ed|reached|stood\s+at|were|was|are)\s+$",
    re.I,
)
SIDE_NOUN = re.compile(r"(?i)^(?:the\s+)?(?P<head>.*?)(?:['’]s?)?(?:\s+(?:side|ranks|camp))?$")


def _dead_of_a_side_claims(found: _SentenceCasualties) -> None:
    view = found.view
    text = view.text
    for quantity in view.quantities:
        if quantity.count is None or quantity.start in found.used:
            continue
        lead = DEAD_OF_A_SIDE.search(text, 0, quantity.start)
        if lead is None:
            continue
        side_actors = [a for a in view.actors_between(lead.start("side"), lead.end("side")) if a.role != "pronoun"]
        side_head = SIDE_NOUN.match(lead.group("side"))
        side_word = side_head.group("head").split()[-1].lower() if side_head and side_head.group("head").split() else ""
        side_kind = SIDE_MODIFIER.search(lead.group("side")) if not side_actors else None
        if not side_actors and side_kind is None and PERSON_CATEGORY.get(side_word) is None:
            continue  # "those killed on Monday were 9": no side named
        np = people_after(view, quantity.end)
        end, category = quantity.end, PERSON_CATEGORY.get(side_word, "military" if side_actors else "unknown")
        if np is not None:
            end, mods, head = np
            category = category_of(head, mods)
        elif re.match(r"\s+(?!(?:people|persons)\b)[a-z]", text[quantity.end :]) and not re.match(r"\s+(?:in|on|at|by|and|or|as|after|before|during|since|over|across|this|last|according)\b", text[quantity.end :], re.I):
            continue  # "included 9 tanks": another noun counted
        subject, _ = _subject_in(view, quantity.start, end)
        subject = subject or (side_actors[-1].code if side_actors else None)
        outcome = "wounded" if (lead.group("w1") or lead.group("w2")) else "killed"
        draft = DraftClaim("casualty", outcome, lead.start(), end, category=category, count=quantity.count,
                           subject=subject, cumulative=found.cumulative)
        if subject is None and side_kind is not None:
            draft.notes["side"] = STATE_SIDE if side_kind.group("state") else GROUP_SIDE  # "on the government side"
        found.add(draft)
        found.used.add(quantity.start)


# "Combat losses among Russian personnel numbered 61,330", "losses of the enemy's troops stood at 250": a
# side's losses of people given as a bare figure after the verb.
LOSSES_AMONG_NUMBERED = prefiltered(re.compile(
    r"\b(?:(?:total|combat|military|personnel|irrecoverable)\s+)*losses\s+(?:among|of)\s+(?P<np>[^,.;]{1,60}?)"
    r"(?:\s+(?:between|since|from|in|during|over)\s+[^,.;]{1,80}?)?\s+(?:numbered|stood\s+at|reached|totall?ed|amounted\s+to|rose\s+to|exceeded|were|was)\s+$",
    re.I,
))


def _personnel_losses(found: _SentenceCasualties, quantity: Quantity, losses: re.Match[str], head: str) -> None:
    view = found.view
    owners = view.actors_between(losses.start("np"), losses.end("np"))
    if NP_AFTER_COUNT.match(view.text, quantity.end) or BARE_AFTER.match(view.text, quantity.end) or weapon_pattern()[0].match(view.text, quantity.end + 1):
        return  # the figure counts its own noun: the people-phrase finders take it
    found.add(DraftClaim(
        "casualty", "killed", losses.start(), quantity.end, category=category_of(head, ""), count=quantity.count,
        subject=owners[-1].code if owners else None, cumulative=found.cumulative,
    ))
    found.used.add(quantity.start)


# People said to be among a toll counted after them ("Five children were among the 20 people killed", "14 policemen and
# soldiers were among 38 people killed"): a part of that toll.
AMONG_A_TOLL = re.compile(r"(?:\s+and\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?", re.I)


def _among_a_toll_claims(found: _SentenceCasualties) -> None:
    """A counted people phrase said to be among a toll told after it, in another category than the toll's: a part of
    that toll (GOLD_FORMAT part_of), its outcome the toll's; in the toll's own category it is no claim of its own."""
    text = found.view.text
    for phrase in found.phrases:
        if phrase.start in found.used or phrase.count is None:
            continue
        among = AMONG_A_TOLL.match(text, phrase.end)
        if among is None:
            continue
        total = next((i for i, d in enumerate(found.drafts) if d.type == "casualty" and d.part_of is None and among.end() <= d.start <= among.end() + 4
                      and d.count is not None), None)
        if total is None:
            continue
        toll = found.drafts[total]
        found.used.add(phrase.start)
        if toll.category == phrase.category:
            continue
        found.add(DraftClaim("casualty", toll.outcome, phrase.start, phrase.end, category=phrase.category, count=phrase.count,
                             subject=_resolve_subject(found.view, phrase, None), object=toll.object, part_of=total, cumulative=toll.cumulative))


def _people_phrase_claims(found: _SentenceCasualties) -> None:
    """People phrases with an outcome before or after them."""
    view = found.view
    text = view.text
    for phrase in found.phrases:
        if phrase.start in found.used:
            continue
        after = AFTER_OUTCOME.match(text, phrase.end)
        # ("a number of dead and wounded": uncounted, the same)
        if (after and KILLED_AND_WOUNDED.match(text, after.start("out"))) or (
                (phrase.count or phrase.head.lower() == "dead") and DEAD_AND_WOUNDED_AFTER.match(text, phrase.end - len(phrase.head) - 1)):
            found.used.add(phrase.start)
            continue  # "100 people were killed and wounded": a total of both, neither a death nor an injury toll
        if after and _agent_of_active_verb(text, phrase.end, after):
            after = None  # "a fighter shot and killed a civilian": the phrase is the killer, not the killed
        before = BEFORE_OUTCOME.search(text[: phrase.start])
        if before and KILLED_OR_WOUNDED_BEFORE.search(text, 0, before.start("out")):
            found.used.add(phrase.start)
            continue  # "had killed or wounded dozens of troops": a total of both, neither a death nor an injury toll
        loss = LOSS_BEFORE.search(text[: phrase.start])
        lost_list: re.Match[str] | None = None
        outcome: str | None = None
        agent: ActorMention | None = None
        if phrase.head.lower() in DEATH_NOUNS or _death_modifier(text[phrase.start : phrase.end]) or BODY_AFTER.match(text, phrase.end) or BODY_OF.match(text, phrase.start):
            outcome = "killed"  # "93 martyrs", "two fallen soldiers", "a woman's body was found"
        elif (TO_DEATH_AFTER.match(text, phrase.end) and TO_DEATH_BEFORE.search(text[: phrase.start])) or (
                TO_HELL_AFTER.match(text, phrase.end) and TO_HELL_BEFORE.search(text[: phrase.start])):
            outcome = "killed"  # "stabbed a shepherd to death", "sent six terrorists to hell"
            before = TO_DEATH_BEFORE.search(text[: phrase.start]) or TO_HELL_BEFORE.search(text[: phrase.start])
            agent = _agent_before(view, before.start()) if before else None
        elif phrase.head.lower() == "lives" and (LIVES_TAKEN_BEFORE.search(text[: phrase.start]) or LIVES_LOST_AFTER.match(text, phrase.end)):
            outcome = "killed"  # "the insurgency has claimed more than 2,000 lives", "cost 40 lives"
        elif (CAPTIVE_AFTER.match(text, phrase.end) or phrase.head.lower() in CAPTIVE_HEADS) and (taken := TAKEN_BEFORE.search(text[: phrase.start])):
            outcome = "captured"  # "had taken 40 soldiers prisoner", "took two aid workers hostage"
            before = taken
            agent = _agent_before(view, taken.start())
        elif after:
            outcome = _outcome(after)
        elif before and not re.match(r"(?i)left|leaving", before.group("out")):
            # "left"/"leaving" kills only with the dead named ("leaving 12 dead", above): "leaving an official ceremony"
            outcome = _outcome(before)
            if before.group("out").lower().startswith(("lost", "lose", "losing", "the loss", "the death")):
                agent = None
            else:
                agent = _agent_before(view, before.start())
        elif loss or (LOSSES_LIST.search(text[: phrase.start]) and phrase.category == "military") or (
                phrase.category == "military" and phrase.count is not None and (lost_list := _lost_after_equipment(text, phrase.start)) is not None):
            outcome = "killed"
        elif phrase.count is not None and any(w.lower() in WOUND_MODIFIERS for w in re.findall(r"[\w'’-]+", text[phrase.start : phrase.end])):
            outcome = "wounded"  # "hundreds of wounded civilians", "evacuated 30 injured soldiers"
        coordinated: list[PeoplePhrase] = []
        with_one = WITH_ONE_BEFORE.search(text[: phrase.start]) if outcome is None and phrase.count is not None else None
        if with_one is not None:
            outcome, before = _outcome(with_one), with_one  # "killed him along with 10 other commanders": him and the ten
            agent = _agent_before(view, with_one.start())
        if outcome is None:
            shared = _shared_outcome(view, found.phrases, phrase)
            if shared is not None:
                outcome, after = _outcome(shared[0]), shared[0]
                coordinated = shared[1]
        if outcome is None and phrase.count is not None:
            outcome = _gapped_outcome(found, phrase)  # "three soldiers were killed in Donetsk and 12 people in Kharkiv"
        if outcome is None:
            continue
        if outcome == "killed" and before and re.match(r"(?i)los", before.group("out")) and LOST_TO_NO_DEATH.match(text, phrase.end):
            continue  # "the club lost three of its men to injury": people gone, not dead
        if phrase.count is None and phrase.head.lower() not in DEATH_NOUNS and not after and not (before and (phrase.bare or UNCOUNTED_PEOPLE.match(text, phrase.start))):
            continue
        if before and not after:
            coordinated = _coordinated_objects(view, found.phrases, phrase)  # "shot dead a trader and his son"
        elliptical = phrase.head.lower() in ELLIPTICAL_HEADS and phrase.category == "unknown"
        if phrase.head.lower() in ANAPHORIC_PEOPLE or (elliptical and any(d.type == "casualty" for d in found.drafts)):
            # the people before, not a part of them ("killed 50 people, including 12 children, and injured 100 more")
            previous = [d for d in found.drafts if d.type == "casualty" and d.part_of is None]
            category = previous[-1].category if previous else "unknown"
            subject = previous[-1].subject if previous else None
            named_harm = None if previous else list(CATEGORY_OF_HARM_BEFORE.finditer(text, 0, phrase.start))
            if named_harm:
                category = named_harm[-1].group(1).lower()  # "all the civilian casualties were in Poonch, with 59 others injured"
        else:
            category = phrase.category
            if phrase.head.lower() in CAPTIVE_HEADS and outcome == "captured":
                # "took 20 soldiers captive": the phrase read the captivity word as its head; the people are the noun before it
                words = re.findall(r"[\w'’-]+", text[phrase.start : phrase.end])[:-1]
                named = [w for w in words if w.lower() in PERSON_CATEGORY]
                category = category_of(named[-1], " ".join(words)) if named else category
            subject = None
        lost_by = LOST_BY.search(text[: phrase.start] if lost_list is None else text[: lost_list.start("items")])
        if (lost_by or re.search(r"\b(?:our|its)\b", text[phrase.start : phrase.end], re.I)) and phrase.head.lower() in ("men", "man") and category == "civilian":
            category = "military"  # "the army lost 40 men", "Ethiopia had lost up to 30,000 men": a side's men are its fighters
        listed_losses = LOSSES_LIST.search(text[: phrase.start]) if subject is None and phrase.subject is None else None
        if listed_losses is not None:
            owner = view.last_actor_before(listed_losses.start())
            if owner is not None and re.fullmatch(r"\s*(?:['’]s?\s+)?(?:(?:total|combat|military|personnel)\s+)*", text[owner.end : listed_losses.start()], re.I):
                subject = owner.code  # "Russian losses numbered 61,330 personnel": the losses' owner
            of_owner = re.match(r"losses\s+(?:of|among)\s+(?:the\s+)?", text[listed_losses.start() :], re.I)
            if subject is None and of_owner is not None:
                named = view.first_actor_after(listed_losses.start() + of_owner.end())
                if named is not None and named.start - (listed_losses.start() + of_owner.end()) <= 2:
                    subject = named.code  # "total losses of Ukrainian troops were 1,500 servicemen"
            if subject is None and (ENEMY_OWNER.search(text, 0, listed_losses.start()) or (of_owner and ENEMY_AFTER.match(text, listed_losses.start() + of_owner.end()))):
                subject = SUBJECT_IS_CLAIMANT_ADVERSARY  # "the enemy's losses amount to 300 servicemen", "losses of the enemy"
        shared_subject = SHARED_SUBJECT_LOSS.search(text, 0, phrase.start) if subject is None and phrase.subject is None else None
        loser = clause_agent(view, shared_subject.start()) if shared_subject is not None else None
        if loser is not None:
            # "JNIM fighters attacked the town, losing 15 of their men": the clause's subject lost them, its men fighters
            subject = loser
            category = "military" if phrase.head.lower() in ("men", "man") and category == "civilian" else category
        if subject is None:
            if lost_by and phrase.subject is None and ENEMY_LOSER.search(lost_by.group(1)):
                subject = SUBJECT_IS_CLAIMANT_ADVERSARY  # "the ministry said the enemy lost up to 95 servicemen"
            elif lost_by and phrase.subject is None:
                owner = view.last_actor_before(phrase.start)
                target = owner
                while owner is not None and (TARGET_OF_ATTACK.search(text[: owner.start]) or PLACE_BEFORE.search(text[: owner.start])):
                    owner = view.last_actor_before(owner.start)  # "launched an assault on Ukrainian positions and lost": the assailant
                if owner is not target and owner is not None and CLAUSE_BETWEEN.search(text, owner.end, lost_by.start(1)):
                    owner = None
                subject = owner.code if owner and (owner.end >= lost_by.start(1) or owner is not target) else (SUBJECT_IS_CLAIMANT if re.search(r"\b(?:it|we|they)\s*$", lost_by.group(1), re.I) else None)
            else:
                subject = _resolve_subject(view, phrase, agent)
                named = [a for a in view.actors_between(phrase.start, phrase.end) if a.role != "pronoun"]
                if found.losing_side is not None and phrase.start > found.losing_side[1] and (
                        (phrase.subject is None and (phrase.possessive in ("its", "their") or (phrase.possessive is None and agent is None)))
                        or (named and all(a.role == "generic" for a in named))):
                    # "the RSF suffered heavy losses, with 100 of its fighters killed", "on the Russian side, 30 soldiers
                    # were killed": the side the sentence names as losing, over a pronoun or the war's default for "soldiers"
                    subject = found.losing_side[0]
        if subject is None and agent is None:
            subject = found.victim_side
        if category == "unknown" and phrase.head.lower() in GROUP_MEMBER_HEADS and subject is not None and any(
                a.code == subject and a.role == "group" for a in view.actors):
            category = "military"  # "the PDF said it lost three of its members": an armed group's members are its fighters
        obj = agent.code if agent else _agent_by(view, after.end() if after else phrase.end)
        if (subject is None and agent is None and obj is not None and phrase.category == "military" and phrase.possessive is None
                and any(a.code == obj and a.role in ("adjective", "demonym", "name") for a in view.actors)):
            # "three soldiers were killed by Iranian missiles": a state's attack kills its enemy's soldiers (a group's
            # victims are left to the reporting state, whose own forces they are)
            subject = SUBJECT_IS_ADVERSARY_OF + obj
        active = bool(before and not after and not before.group("out").lower().startswith(("lost", "lose", "losing", "the ", "left", "leaving")))
        span_start = before.start() if before and not after else phrase.start
        span_end = after.end() if after else phrase.end
        count = phrase.count
        named = _apposition(text, phrase, found.phrases)
        if named:
            # "the deaths of two soldiers, a sergeant and a staff sergeant": the same two named one by one
            found.used.update(m.start for m in named)
            coordinated = [m for m in coordinated if m not in named]
        same = [m for m in coordinated if _one_figure(text, m, phrase)]
        if same and count is not None:
            # "one sergeant and one soldier were killed": a list in one category adds up to one figure, also
            # when other categories stand in it ("two police officers, a soldier and three civilians": 3 and 3)
            count = _sum_counts([count, *(m.count for m in same if m.count is not None)])
            found.used.update(m.start for m in same)
        if with_one is not None and count is not None:
            count = _sum_counts([count, (1, 1)])
        companions = COMPANIONS_AFTER.match(text, span_end) if after and count is not None else None
        companion = next((p for p in found.phrases if companions and companions.end() <= p.start <= companions.end() + 12
                          and re.fullmatch(r"[\w\s]*", text[companions.end() : p.start])), None)
        if companion is not None and count is not None and companion.count is not None and _one_figure(text, companion, phrase):
            # "a Hezbollah commander was killed along with 10 other fighters": the commander and his companions
            count = _sum_counts([count, companion.count])
            found.used.add(companion.start)
            span_end = companion.end
        elif companion is not None and companion.count is not None and companion.head.lower() not in ANAPHORIC_PEOPLE:
            # "a soldier was killed along with two civilians": the companions' own figure, in their category
            found.add(DraftClaim("casualty", outcome, companion.start, companion.end, category=companion.category, count=companion.count,
                                 subject=_resolve_subject(view, companion, agent) or found.victim_side))
            found.used.add(companion.start)
        uncounted_others = False
        if companion is None and count is not None and (after or before) and UNCOUNTED_OTHERS_AFTER.match(text, span_end if after else phrase.end):
            # "Barakat was killed along with other officers of the brigade", "killed a top commander and other senior figures":
            # the named one and an untold number more, a toll of no known size
            count = None
            uncounted_others = True
        elliptical = _elliptical_counts(view, span_end) if count is not None and phrase.count is not None else []
        if elliptical:
            # "killed five militants in Bannu and three in Lakki Marwat": the same people counted place by place add up
            count = _sum_counts([count, *elliptical])
        if before and not after:
            listed: list[tuple[PeoplePhrase, DraftClaim]] = []
            for other in coordinated:
                # "killing a child and two soldiers": each object of the verb is killed
                if other.count is None or other.head.lower() in ANAPHORIC_PEOPLE:
                    break
                if other in same and count is not None:
                    continue
                kin = next((d for m, d in listed if _one_figure(text, other, m)), None)
                if kin is not None and kin.count is not None:
                    kin.count = _sum_counts([kin.count, other.count])  # "killing a child, two soldiers and a woman": 2 civilians
                else:
                    listed.append((other, found.drafts[found.add(DraftClaim(
                        "casualty", outcome, other.start, other.end, category=other.category, count=other.count,
                        subject=_resolve_subject(view, other, agent) or found.victim_side, object=agent.code if agent else None))]))
                found.used.add(other.start)
        index = found.add(DraftClaim(
            "casualty", outcome, span_start, span_end, category=category, count=count,
            subject=subject, object=obj, notes={"head": phrase.head.lower(), **({"active": "yes"} if active else {}),
                                                **({"named_one_by_one": "yes"} if named else {}),
                                                **({"uncounted_others": "yes"} if uncounted_others else {}),
                                                **({"own_side": "yes"} if subject == SUBJECT_IS_CLAIMANT and OWN_SIDE_AFTER.match(text, phrase.end) else {})},
            cumulative=found.cumulative and not INCREMENT.search(text[phrase.start : phrase.end]) and bool(re.search(r"\b(?:so\s+far|since" + SINCE_AS_ADVERB + r"|total|in\s+all|as\s+of|to\s+date|altogether|bringing)\b|(?<!\bto\s)\bha(?:s|ve)\s+(?:killed|claimed\s+the\s+lives|cost\s+the\s+lives)\b", text[: _running_total_clause(text, span_end)], re.I)),
        ))
        found.used.add(phrase.start)
        if after is not None:
            # "34 fighters from the army-allied Joint Forces were killed": the people after "from" say whose the
            # fighters are, and are no other dead; allies named by their side ("army-allied", "pro-government") are its side
            found.used.update(p.start for p in found.phrases if phrase.end < p.start < after.start("out") and p.count is None
                              and re.match(r"\s+(?:from|of)\b", text[phrase.end :]))
            allied = ALLIED_SIDE.search(text, phrase.start, after.start("out"))
            generic = allied is not None and not any(a.role in ("name", "adjective", "demonym", "group", "capital") and not allied.start() <= a.start < allied.end()
                                                     for a in view.actors_between(phrase.start, after.start("out")))
            if allied is not None and generic and (subject is None or subject == phrase.subject):
                found.drafts[index].notes["side"] = STATE_SIDE if allied.group("state") else GROUP_SIDE
                found.drafts[index].subject = None  # "pro-government militiamen": not the militias' side the war's profile names
        appositive = APPOSITIVE_PART.match(text, phrase.end) if after is not None and phrase.count is not None else None
        if appositive is not None and appositive.end() <= after.start("out"):
            # "three children, one of them a baby, were wounded": the part named in passing is no more dead; in another
            # category it is a part of the total ("five people, two of them soldiers, were killed")
            inner = [p for p in found.phrases if appositive.start() <= p.start < appositive.end()]
            found.used.update(p.start for p in inner)
            quantity = next((q for q in view.quantities if q.start == appositive.start("n")), None)
            if inner and quantity is not None and inner[-1].category not in ("unknown", category):
                found.add(DraftClaim("casualty", outcome, quantity.start, inner[-1].end, category=inner[-1].category, count=quantity.count,
                                     subject=subject, part_of=index, cumulative=found.drafts[index].cumulative))
        chained = CHAINED_OUTCOME.match(text, after.end()) if after else None
        if chained and _outcome(chained) != outcome:
            found.add(DraftClaim("casualty", _outcome(chained), chained.start("out"), chained.end(), category=category, count=phrase.count, subject=subject, object=_agent_by(view, chained.end())))
        # breakdown of this total: "- 16 of their troops, a woman and a child", "including nine children and four women"
        inner = after and INNER_BREAKDOWN.match(text, phrase.end)  # "Six people, including 3 children, were killed"
        # "Seven members of a family, including four children, were killed": the breakdown after the phrase's own modifier
        later = LATER_INNER_BREAKDOWN.search(text, phrase.end, after.start("out")) if after and not inner else None
        _breakdown(view, found.phrases, index, found.drafts, found.used, phrase.end if inner or not after else later.start() if later else span_end)



# The clause of the running total a figure adds to ("45 were killed in the past day, bringing the toll since October
# to 34,535"): its markers are the total's, not the figure's.
RUNNING_TOTAL_CLAUSE = re.compile(
    r"[,;]\s*(?:bringing|raising|pushing|taking|which\s+(?:brings|brought|raises|raised|takes|took|pushes|pushed))\b", re.I)


def _running_total_clause(text: str, end: int) -> int:
    clause = RUNNING_TOTAL_CLAUSE.search(text, end)
    return clause.start() if clause is not None else len(text)


def _zero_claims(found: _SentenceCasualties) -> None:
    """Zero claims: "lost none", "no fatalities", "no one was killed"."""
    view = found.view
    text = view.text
    for pattern, outcome, category in ZERO_PATTERNS:
        for match in pattern.finditer(text):
            if any(d.start <= match.start() < d.end for d in found.drafts):
                continue
            word = (match.group("w") or "").lower()
            zero_outcome = outcome or ("killed" if word == "killed" else "wounded")
            if zero_outcome == "wounded" and match.group("w") and pattern.pattern.startswith(r"\bno\s+(?:injuries"):
                found.add(DraftClaim("casualty", "wounded", match.start(), match.end(), category="unknown", count=(0, 0)))
                zero_outcome = "killed"
            own = re.search(r"\b(?:it|we|they|its|our)\b[^.,;]{0,20}$", text[: match.start()], re.I)
            named = view.last_actor_before(match.start())
            if named is not None and not re.fullmatch(r"\s+(?:has|have|had)(?:\s+\w+ly)?\s+", text[named.end : match.start()], re.I):
                named = None  # only "Hamas has lost none": the side named right before the verb
            # "no Thai casualties": the demonym names whose people, of no category
            inside = next((a for a in view.actors if match.start() <= a.start and a.end <= match.end() and a.role in ("adjective", "demonym")), None)
            found.add(DraftClaim(
                "casualty", zero_outcome, match.start(), match.end(),
                category=category or _zero_category(match.group()) or ("military" if (own or named) and not inside else "unknown"), count=(0, 0),
                subject=inside.code if inside else named.code if named else SUBJECT_IS_CLAIMANT if own else None,
            ))


# What may follow a bare count after an outcome verb ("killing 71, injuring 122", "Gunmen kill five at a
# market", "killed 12 in Gao on Monday"): a clause end, a coordination, or a place/time preposition.
BARE_COUNT_END = re.compile(r"\s*(?:[,.;)\u2014\u2013:]|-\s|(?:and|at|in|on|near|during|across|outside|inside|after|when|as|while|overnight|yesterday|today|over|since|throughout|last|this)\b|$)", re.I)


# Named people none of whom was harmed: "No civilians were injured or killed", "no soldiers were hurt" (one zero
# claim per outcome named, in the people's category).
NO_PEOPLE_HARMED = re.compile(
    rf"\bno\s+(?:(?-i:[A-Z][\w.]*)\s+)?(?P<head>{PEOPLE})\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:reportedly\s+|seriously\s+)?"
    r"(?P<w>killed|hurt|injured|wounded|harmed)(?:\s+(?:or|and)\s+(?P<w2>killed|hurt|injured|wounded))?\b", re.I)


def _no_people_harmed(found: _SentenceCasualties) -> None:
    view = found.view
    for match in NO_PEOPLE_HARMED.finditer(view.text):
        if any(d.start <= match.start() < d.end for d in found.drafts):
            continue
        inside = next((a for a in view.actors if match.start() <= a.start and a.end <= match.start("head")), None)
        for word in filter(None, (match.group("w"), match.group("w2"))):
            # "no civilians were harmed": no casualties, one killed claim (GOLD_FORMAT "No casualties" is killed [0, 0])
            outcome = "killed" if word.lower() in ("killed", "harmed") else "wounded"
            # the head noun names whose people they are, as for counted ones ("no peacekeepers were hurt": the mission's)
            found.add(DraftClaim("casualty", outcome, match.start(), match.end(), category=category_of(match.group("head"), ""),
                                 count=(0, 0), subject=inside.code if inside else None, notes={"head": match.group("head").lower()}))


def _zero_category(words: str) -> str | None:
    """'no civilian casualties' counts civilians, 'no military losses' soldiers."""
    named = re.search(r"\b(civilian|military)\b", words, re.I)
    return named.group(1).lower() if named else None


# An attack on armed forces named before a bare count: its dead are the forces' ("stormed a military camp, killing 29").
MILITARY_TARGET = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|storm(?:ed|ing|s)?|raid(?:ed|ing|s)?|ambush(?:ed|ing|es)?|overr(?:an|un|unning)|assault(?:ed|ing)?|target(?:ed|ing)?|struck|hit)\s+"
    r"(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:military|army|police|security|gendarmerie|border)\s+(?:camp|base|post|outpost|position|convoy|patrol|checkpoint|barracks|station|unit|detachment|garrison|vehicle)s?"
    r"|(?:barracks|garrison|outposts?|troops|soldiers|convoys?\s+of\s+(?:troops|soldiers)))\b[^.;]{0,80}$",
    re.I,
)
# A word after "3 captured" that makes the outcome a participle before a noun ("3 captured Armenian tanks").
PARTICIPLE_OF_A_NOUN = re.compile(r"\s+(?:[A-Z][\w'’-]*|[a-z]+-[\w-]+|(?:tanks?|vehicles?|armou?red|military|enemy|heavy|combat|army|rebel|government)\b)")


# People whose fate is unknown are missing ("the fate of the two pilots remains unknown").
FATE_OF = prefiltered(re.compile(r"\bthe\s+fate\s+of\s+", re.I))
FATE_UNKNOWN_AFTER = re.compile(r"\s+(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:unknown|unclear|not\s+known)\b", re.I)


def _fate_unknown_claims(found: _SentenceCasualties) -> None:
    text = found.view.text
    for fate in FATE_OF.finditer(text):
        phrase = next((p for p in found.phrases if fate.end() <= p.start <= fate.end() + 4 and p.start not in found.used), None)
        if phrase is None or FATE_UNKNOWN_AFTER.match(text, phrase.end) is None:
            continue
        found.add(DraftClaim("casualty", "missing", fate.start(), FATE_UNKNOWN_AFTER.match(text, phrase.end).end(), category=phrase.category,
                             count=phrase.count, subject=phrase.subject, notes={"head": phrase.head.lower()}))
        found.used.add(phrase.start)


# People counted by the force they belong to, with no noun of their own ("killed eight from the Burkinabe army",
# "three Russian contractors and nine from the Burkinabe army").
FROM_FORCE = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+)?(?P<force>(?:[\w'’-]+\s+){0,3}?(?:army|armed\s+forces|forces|military|troops|militia|police|gendarmerie))\b", re.I)
OBJECT_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.I)


def _counted_from_a_force_claims(found: _SentenceCasualties) -> None:
    view = found.view
    text = view.text
    for quantity in view.quantities:
        if quantity.start in found.used or quantity.count is None or any(p.start == quantity.start for p in found.phrases):
            continue
        force = FROM_FORCE.match(text, quantity.end)
        if force is None or _looks_like_non_count(text, quantity):
            continue
        before = BEFORE_OUTCOME.search(text[: quantity.start])
        listed = next((d for d in reversed(found.drafts) if d.type == "casualty" and d.notes.get("active") and d.part_of is None
                       and OBJECT_LIST_GAP.fullmatch(text[d.end : quantity.start])), None)
        if before is not None and not re.match(r"(?i)left|leaving|took|taking|seized|lost|los", before.group("out")):
            outcome = _outcome(before)
        elif listed is not None:
            outcome = listed.outcome or "killed"
        else:
            continue
        named = [a for a in view.actors_between(force.start("force"), force.end("force")) if a.role != "pronoun"]
        found.add(DraftClaim("casualty", outcome, quantity.start, force.end(), category="military", count=quantity.count,
                             subject=named[-1].code if named else None, notes={"head": "troops"}))
        found.used.add(quantity.start)


def _second_loser(view: SentenceView, drafts: list[DraftClaim], before: re.Match[str]) -> str | None:
    """The side named right before a second 'lost N' with no people of its own, after a first side's losses told with
    their people in the sentence; else None."""
    if before.group("out").lower() not in ("lost", "lose", "loses", "losing"):
        return None
    told = [d for d in drafts if d.type == "casualty" and d.part_of is None and d.end <= before.start() and d.category == "military"]
    if not told:
        return None
    owner = view.last_actor_before(before.start())
    if owner is None or owner.start < told[-1].end or not re.fullmatch(r"(?:\s+(?:had|has|have|also|reportedly))*\s+", view.text[owner.end : before.start()]):
        return None
    return owner.code


def _bare_count_claims(found: _SentenceCasualties) -> None:
    """Bare counts with an outcome: "and 100 wounded", "lost 1,280 killed, 2,700 wounded"."""
    view = found.view
    text = view.text
    for quantity in view.quantities:
        if quantity.start in found.used or any(p.start == quantity.start for p in found.phrases):
            continue
        bare = BARE_AFTER.match(text, quantity.end)
        agent: ActorMention | None = None
        if DEAD_AND_WOUNDED_AFTER.match(text, quantity.end):
            continue  # "150 killed and wounded": both together
        before = BEFORE_OUTCOME.search(text[: quantity.start])
        if bare and PARTICIPLE_OF_A_NOUN.match(text, bare.end()):
            continue  # "3 captured Armenian tanks": the outcome describes the thing after it
        if bare:
            outcome = _outcome(bare)
            end = bare.end()
        elif before and not people_after(view, quantity.end) and BARE_COUNT_END.match(text, quantity.end) and not re.search(r"\b(?:the|its|their)\s*$", text[: quantity.start]):
            outcome = _outcome(before)
            loser = _second_loser(view, found.drafts, before)
            if loser is not None:
                # "government forces lost 22 troops, while the Houthis lost 13": the second side's losses, the people elided
                told = [d for d in found.drafts if d.type == "casualty" and d.part_of is None][-1]
                found.add(DraftClaim("casualty", told.outcome, before.start(), quantity.end, category=told.category, count=quantity.count,
                                     subject=loser, notes={"head": told.notes.get("head", "")}, cumulative=told.cumulative))
                found.used.add(quantity.start)
                continue
            if before.group("out").lower() in ("took", "taking", "seized", "left", "leaving", "lost", "lose", "loses", "losing"):
                continue
            end = quantity.end
            agent = _agent_before(view, before.start())  # "Israeli strike on a Gaza school kills 30": who killed
        else:
            continue
        if _looks_like_non_count(text, quantity):
            continue
        previous = [d for d in found.drafts if d.type == "casualty" and d.part_of is None]
        category = previous[0].category if previous else "unknown"
        forces = not previous and before is not None and not bare and MILITARY_TARGET.search(text, 0, quantity.start) is not None
        if forces:
            category = "military"  # "militants attacked an army post, killing 29": the post's men, the state's forces
        subject = previous[0].subject if previous else None
        subject = subject or found.victim_side
        lost_by = re.search(r"\b(?:lost|loses|lose|losing|suffered)\s*$", text[: quantity.start], re.I)
        if lost_by and not previous:
            owner = view.last_actor_before(quantity.start)
            subject = owner.code if owner else None
            category = "military" if owner else category
        listed = LOSSES_LIST.search(text[: quantity.start]) if not previous and subject is None else None
        if listed is not None and ENEMY_OWNER.search(text, 0, listed.start()):
            subject, category = SUBJECT_IS_CLAIMANT_ADVERSARY, "military"  # "the enemy's losses amounted to 45 killed"
        if subject is None and agent is not None and not previous:
            subject = SUBJECT_IS_ADVERSARY_OF + agent.code
        index = found.add(DraftClaim(
            "casualty", outcome, quantity.start, end, category=category, count=quantity.count,
            subject=subject, object=agent.code if agent is not None and not previous else None,
            notes={**({"active": "yes"} if agent is not None else {}), **({"head": "troops"} if forces else {}),
                   # a figure with no people named, its own ("killing 71") or elided after another's ("and injuring 122")
                   **({} if forces else {"bare": "elided" if previous else "own"})},
            cumulative=found.cumulative and bool(previous and previous[0].cumulative),
        ))
        found.used.add(quantity.start)
        # "killed 18, including six children"; a second figure's own ("killed four and injured 11, among them three policemen")
        _breakdown(view, found.phrases, index, found.drafts, found.used, end)



def _dead_and_wounded_claims(found: _SentenceCasualties) -> None:
    """'there were dead and wounded both among civilians and military personnel': one claim per pair."""
    view = found.view
    text = view.text
    for match in DEAD_AND_WOUNDED_AMONG.finditer(text):
        groups = [g for g in (match.group("g1"), match.group("g2")) if g]
        for outcome_word in (match.group("o1"), match.group("o2")):
            outcome = "wounded" if outcome_word.lower() in ("wounded", "injured") else "killed"
            for group in groups:
                category = category_of(group.split()[0], "") if group.split()[0].lower() in PERSON_CATEGORY else "unknown"
                if group.lower().startswith("military"):
                    category = "military"
                found.add(DraftClaim("casualty", outcome, match.start(), match.end(), category=category, subject=found.victim_side))


# Bodies without a count ("the bodies of the soldiers were returned", "rescuers pulled bodies from the rubble"):
# GOLD_FORMAT counts bodies as deaths, with count null when no number is given.
UNCOUNTED_BODIES = prefiltered(re.compile(
    r"(?<![\w-])(?P<det>(?:the|their|its|our|his|her)\s+)?(?:(?:charred|mutilated|decomposed|burned|burnt|dismembered|bullet-riddled|lifeless)\s+)?(?P<noun>bodies|corpses)\b"
    r"(?P<of>\s+of\s+(?P<np>(?:(?:the|its|their|our|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>" + PEOPLE + r")(?![\w-])))?",
    re.I,
))
# Bodies as institutions ("government bodies", "UN bodies", "bodies of water"): no dead.
NOT_DEAD_BODIES_BEFORE = re.compile(
    r"\b(?:government(?:al)?|international|regional|national|UN|U\.N\.|official|public|state|civil|legislative|regulatory|advisory|governing|decision-making|"
    r"security|judicial|relevant|other|various|several|elected|representative|professional|religious|student|local|federal|provincial|municipal)\s+$",
    re.I,
)
# Words of handling the dead that make bare "bodies" people's ("bodies were recovered", "lay in the streets").
BODY_HANDLING = re.compile(
    r"\b(?:found|recovered|retrieved|pulled|dug|exhumed|buried|burying|lay|lying|strewn|littered|piled|returned|handed|repatriated|identified|collected|"
    r"morgue|mortuary|mass\s+graves?|rubble|killed|dead|bloated|floating|dumped|washed)\b",
    re.I,
)


def _uncounted_body_claims(found: _SentenceCasualties) -> None:
    """'The bodies of the soldiers were returned', 'bodies lay in the streets': deaths with count null."""
    view = found.view
    text = view.text
    for match in UNCOUNTED_BODIES.finditer(text):
        start, end = match.start(), match.end()
        if any(d.type == "casualty" and d.start <= match.start("noun") < d.end for d in found.drafts) or any(p.start <= match.start("noun") < p.end for p in found.phrases if p.count is not None):
            continue  # "31 bodies", "the bodies of 12 people": counted, read by the other finders
        if NOT_DEAD_BODIES_BEFORE.search(text, 0, match.start("noun")) or re.match(r"\s+of\s+(?:water|evidence|work|knowledge|law)\b", text[match.end("noun") :], re.I):
            continue
        if re.search(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|many|several|some|more|few))\s+(?:[\w-]+\s+)?$", text[: match.start("noun")], re.I):
            continue  # a count before the noun
        if match.group("of") is None and (not BODY_HANDLING.search(text) or any(d.type == "casualty" and d.outcome == "killed" for d in found.drafts)):
            continue  # "soldiers were killed, their bodies left on the ground": the same dead
        if match.group("of") is not None and any(q.start >= match.end("noun") and q.start < end for q in view.quantities):
            continue
        head = match.group("head") or "bodies"
        category = category_of(head, match.group("np") or "")
        subject, possessive = _subject_in(view, start, end)
        if subject is None and possessive in ("its", "their", "our"):
            subject = SUBJECT_IS_CLAIMANT  # "the army recovered the bodies of its soldiers"
        found.add(DraftClaim("casualty", "killed", start, end, category=category, subject=subject, notes={"head": head.lower()}))


# Deaths and injuries told with no count and no people noun (GOLD_FORMAT: a killed claim with count null needs a
# clause saying people died): "there were deaths", "lives were lost", "the shelling caused deaths and injuries",
# "fatalities were reported".
UNCOUNTED_DEATHS = prefiltered(re.compile(
    r"\bthere\s+(?:were|have\s+been|had\s+been|was)\s+(?:(?:several|some|many|numerous|multiple|reported|also)\s+)?(?P<n1>deaths|fatalities)\b"
    r"|\b(?P<n2>lives|life)\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+lost\b"
    r"|\b(?:caus(?:ed|ing|es)|result(?:ed|ing|s)\s+in|le(?:d|ading)\s+to)\s+(?:(?:several|many|numerous|multiple|civilian|human)\s+)?(?P<n3>deaths|fatalities|(?:the\s+)?loss\s+of\s+(?:human\s+)?(?:life|lives))\b"
    r"(?:\s+and\s+(?:(?:several|many|numerous|multiple)\s+)?(?P<injuries>injuries|injured))?"
    r"|\b(?P<n4>fatalities|deaths)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?reported\b",
    re.I,
))
# What keeps such words from telling an event: a negation, a modal or a purpose ("could cause deaths", "to avoid loss of life").
NO_DEATHS_EVENT_BEFORE = re.compile(r"\b(?:no|not|never|without|avoid|avoiding|prevent|preventing|would|could|can|may|might|will|risk|risks|fear|feared|feared\s+to)\s+(?:\w+\s+){0,2}$", re.I)
AMONG_PEOPLE_AFTER = re.compile(rf"\s+among\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?P<head>{PEOPLE})(?![\w-])", re.I)


def _uncounted_death_claims(found: _SentenceCasualties) -> None:
    """'There were deaths among the civilians', 'lives were lost', 'caused deaths and injuries': deaths with count null."""
    text = found.view.text
    for match in UNCOUNTED_DEATHS.finditer(text):
        if any(d.type == "casualty" and d.outcome == "killed" for d in found.drafts) or NO_DEATHS_EVENT_BEFORE.search(text, 0, match.start()):
            continue  # the deaths counted elsewhere in the sentence, or none that happened
        among = AMONG_PEOPLE_AFTER.match(text, match.end())
        category = category_of(among.group("head"), "") if among else "unknown"
        end = among.end() if among else match.end()
        subject = _subject_in(found.view, match.start(), end)[0] if among else None
        found.add(DraftClaim("casualty", "killed", match.start(), end, category=category, subject=subject, notes={"head": "deaths"}))
        if match.group("injuries") and not any(d.type == "casualty" and d.outcome == "wounded" for d in found.drafts):
            found.add(DraftClaim("casualty", "wounded", match.start("injuries"), match.end("injuries"), category=category, subject=subject,
                                 notes={"head": "injuries"}))


# What people "lost to" that is no death ("lost three players to injury", "lost 40 staff to rival firms").
LOST_TO_NO_DEATH = re.compile(r"\s+to\s+(?:(?:an?|the|other|rival)\s+)?(?:injur|illness|suspension|retirement|transfers?|rivals?|clubs?|firms?|compan|the\s+private\s+sector|emigration|desertion)", re.I)



# Uncounted losses of a side's people ("suffered heavy losses", "inflicted significant losses on the rebels"):
# GOLD_FORMAT counts a side's losses of personnel as deaths; with no number, count null.
HEAVY_LOSSES = prefiltered(re.compile(
    r"\b(?:heavy|significant|huge|serious|considerable|major|severe|substantial|massive|great|enormous|big|tangible)\s+(?:human\s+|personnel\s+)?(?:losses|casualties\s+and\s+losses)\b",
    re.I,
))
LOSSES_OF_THINGS = re.compile(r"\s+(?:of|in)\s+(?:military\s+)?(?:equipment|hardware|materiel|armou?r|tanks|vehicles|aircraft|weapons|territory|ground|revenue|money)\b", re.I)
LOSSES_OWNER_AFTER = re.compile(r"\s+(?:on|upon|to|among|for|of|in\s+the\s+ranks\s+of)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", re.I)
SUFFERED_BEFORE = re.compile(r"\b(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|incur(?:red|s|ring)?|t(?:ook|aken|akes|aking)|fac(?:ed|es|ing)|endur(?:ed|es|ing))\s+(?:some\s+|very\s+)?$", re.I)
INFLICTED_BEFORE = re.compile(r"\b(?:inflict(?:ed|s|ing)?|caus(?:ed|es|ing)|dealt|deal(?:s|ing)?)\s+(?:some\s+|very\s+)?$", re.I)


def _heavy_losses_claims(found: _SentenceCasualties) -> None:
    """'The rebels suffered heavy losses', 'inflicted significant losses on the enemy': a side's dead, uncounted."""
    view = found.view
    text = view.text
    if any(d.type == "casualty" and d.outcome == "killed" and d.count is not None for d in found.drafts):
        return  # "inflicted heavy losses on the rebels, killing 60 of them": the losses are the figure given
    for match in HEAVY_LOSSES.finditer(text):
        if any(d.type == "casualty" and d.start <= match.start() < d.end for d in found.drafts):
            continue
        if LOSSES_OF_THINGS.match(text, match.end()) and not re.match(r"[^.;]{0,20}\b(?:manpower|personnel|men|troops|lives)\b", text[match.end() :], re.I):
            continue  # "heavy losses of equipment", "significant losses in revenue"
        if re.search(r"\bboth\s+sides\b|\beach\s+other\b", text[match.end() : match.end() + 40], re.I):
            continue  # "heavy losses on both sides": no one side's
        subject: str | None = None
        owner = LOSSES_OWNER_AFTER.match(text, match.end())
        if owner is not None:
            named = view.first_actor_after(owner.end())
            if named is not None and named.start - owner.end() <= 2 and named.role != "pronoun":
                subject = named.code
            elif re.match(r"enemy\b", text[owner.end() :], re.I):
                subject = SUBJECT_IS_CLAIMANT_ADVERSARY
        possessive = re.search(r"(?:['’]s?|\b(?P<pron>its|their|our))\s+$", text[: match.start()])
        if subject is None and possessive is not None:
            if possessive.group("pron"):
                subject = SUBJECT_IS_CLAIMANT if possessive.group("pron").lower() == "our" else None
            else:
                named = view.last_actor_before(possessive.start() + 1)
                subject = named.code if named is not None and named.end >= possessive.start() - 1 else (SUBJECT_IS_CLAIMANT_ADVERSARY if re.search(r"enemy\s*$", text[: possessive.start()], re.I) else None)
        suffered = SUFFERED_BEFORE.search(text[: match.start()])
        inflicted = INFLICTED_BEFORE.search(text[: match.start()])
        agent = None
        if subject is None and suffered is not None:
            clause = text[max(0, max(text.rfind(sep, 0, suffered.start()) for sep in (",", ";", " that ", " and "))) : suffered.start()]
            sufferer = _agent_before(view, suffered.start())
            if re.search(r"\benemy\b", clause, re.I):
                subject = SUBJECT_IS_CLAIMANT_ADVERSARY
            elif sufferer is not None:
                subject = sufferer.code
            elif re.search(r"\b(?:we|it|they)\s+(?:have\s+|has\s+|had\s+)?$", text[: suffered.start()], re.I):
                subject = SUBJECT_IS_CLAIMANT
        elif subject is None and inflicted is not None:
            agent = _agent_before(view, inflicted.start())
            subject = SUBJECT_IS_ADVERSARY_OF + agent.code if agent is not None else SUBJECT_IS_CLAIMANT_ADVERSARY
        elif suffered is None and inflicted is None and owner is None and possessive is None:
            continue  # "fears of heavy losses", "to avoid heavy losses": no side said to have lost people
        found.add(DraftClaim("casualty", "killed", (suffered or inflicted or match).start(), match.end(), category="military",
                             subject=subject, object=agent.code if agent is not None else None, notes={"head": "losses"}))


TO_DEATH_BEFORE = re.compile(r"\b(?P<out>(?P<killed>" + alternation(TO_DEATH_VERBS) + r"))\s*$", re.I)
TO_DEATH_AFTER = re.compile(r"\s+to\s+death\b", re.I)
# killing as a side's own statements boast of it ("security forces sent six terrorists to hell")
TO_HELL_BEFORE = re.compile(r"\b(?P<out>(?P<killed>sent|sending|sends|send))\s*$", re.I)
TO_HELL_AFTER = re.compile(r"\s+to\s+(?:hell|their\s+graves?)\b", re.I)
# One figure for the dead and the wounded together (GOLD_FORMAT: not coded as killed or wounded).
KILLED_AND_WOUNDED = prefiltered(re.compile(r"(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b|(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)\b", re.I))
# The first of two outcome verbs sharing one object: "killed or wounded", "killing and injuring".
KILLED_OR_WOUNDED_BEFORE = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e))\s+(?:and|or|and/or)\s+$", re.I)
DEAD_AND_WOUNDED_AFTER = re.compile(r"\s+(?:people\s+|persons\s+)?(?:(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead))\b", re.I)
# A possessive body after a person: "a woman's beheaded body", "the soldier's remains".
BODY_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:body|bodies|corpse|remains)\b", re.I)
# A people phrase that opens with the body found: "the body of a journalist", "the remains of a child".
BODY_OF = re.compile(r"(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+of\b", re.I)
# "More than 100 lives were lost": lives lost after the count.
LIVES_LOST_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been|was)\s+(?:reportedly\s+)?lost\b", re.I)
# Verbs before "N lives" that make them lives lost ("has claimed 2,000 lives", "cost 40 lives").
LIVES_TAKEN_BEFORE = re.compile(r"\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|t(?:ook|akes|aking|aken))\s+(?:the\s+)?(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|an\s+estimated)\s+)?$", re.I)


def _death_modifier(phrase_text: str) -> bool:
    """'two fallen soldiers', 'the slain officers': an adjective before the noun says they died."""
    return any(w.lower() in DEATH_MODIFIERS for w in re.findall(r"[\w'’-]+", phrase_text))


# Words that may follow a participle telling what befell people ("soldiers killed in the ambush", "two wounded and
# three missing", "civilians killed outright"): prepositions, conjunctions, adverbs of time and manner, copulas.
AFTER_PARTICIPLE = frozenset(
    """in at on near during by when while after before and or but nor as since last this that yesterday today tonight overnight
    earlier later so too over across inside outside from with without along around under among following amid amidst within
    through between to into for because including were was are is have has had be been being remain remained remains who which
    whom whose outright alone together each both all there here dead alive again too instantly also either not nearly almost
    about some then throughout till until upon via versus per against despite plus than if unless where whereas whilst""".split()
)
# "15 more", "another 3", "two additional": an increment, never the running total beside it
INCREMENT = re.compile(r"\b(?:more(?!\s+than)|another|additional|further|new)\b", re.I)
ACTIVE_OBJECT = re.compile(
    r"\s+(?:a|an|the|\d+|his|her|their|its|at\s+least|more\s+than|nearly|almost|several|dozens|scores|hundreds|thousands|many"
    rf"|another|himself|herself|themselves|(?i:{NUMBER})|[A-Z]\w*)\b"
)
# A bare noun as the object of a transitive verb ("militants killed civilians", "the rebels captured weapons"); not the
# words that follow a participle of the people's own fate ("killed in", "wounded during", "killed instantly") nor a
# participle clause ("laid down their lives defending the post").
BARE_OBJECT = re.compile(rf"\s+(?!(?:{'|'.join(sorted(AFTER_PARTICIPLE))})\b)(?-i:[a-z])(?![a-z]*(?:ly|ing)\b)[a-z]+\b(?![-'’])")
TRANSITIVE_OUTCOME = re.compile(r"(?i)(?:killed|wounded|injured|hurt|captured|seized|abducted|kidnapped|executed|murdered|massacred|beheaded|eliminated|neutrali[sz]ed|liquidated|arrested|detained|shot\s+dead|shot\s+and\s+killed|slain|maimed|lynched)$")
PERFECT_ACTIVE = re.compile(r"\s+(?:had|has|have)\s+(?:(?:\w+ly|also|reportedly|allegedly|already|just)\s+)*", re.I)
AUXILIARY = re.compile(r"\b(?:were|was|have|has|had|are|is|being|been|got)\b", re.I)
AGE = re.compile(r"[\s-]+(?:years?|yrs?)[\s-]+old\b|-year-old", re.I)


# The enemy as the owner of listed losses, before or after the word ("the enemy's total losses", "losses of the enemy").
ENEMY_OWNER = re.compile(rf"\b{ENEMY_WORD}['’]s?\s+(?:(?:total|combat|military|personnel|irrecoverable)\s+)*$", re.I)
ENEMY_AFTER = re.compile(rf"{ENEMY_WORD}\b", re.I)
# The enemy as the subject of a verb of loss ("the enemy lost", "the occupiers' forces have lost").
ENEMY_LOSER = re.compile(rf"\b{ENEMY_WORD}(?:['’]s?)?(?:\s+(?:side|forces|troops|army|units))?(?:\s+(?:has|have|had))?\s*$", re.I)
# "Total losses of Ukrainian troops were more than 1,500 servicemen, 28 tanks": personnel losses are deaths.
LOSSES_LIST = re.compile(
    r"\blosses\b[^.;:]{0,80}?\b(?:were|was|amount(?:ed|s)?\s+to|included|(?:stood|stands?)\s+at|totall?ed|totals|reached|numbered|exceeded|topped|rose\s+to|"
    + LOSSES_AT_FIGURE + r")\s+(?:[^.;]{0,40})$",
    re.I,
)


# A side's loss of equipment listed before its men ("the RSF lost 12 vehicles and 90 fighters", "Ukraine lost two tanks,
# five armoured vehicles and up to 340 servicemen"): the men after the list are lost too, its dead.
LOST_LIST_BEFORE = re.compile(r"\b(?:lost|loses|lose|losing)\s+(?P<items>[^.;:()]{1,160}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.I)


# The side losing people right before them ("the army lost 40 men", "Ethiopia had lost up to 30,000 men").
LOST_BY = prefiltered(re.compile(r"(?:^|\W)(\w[\w\s'’-]{0,40}?)\s+(?:lost|loses|lose|losing|has\s+lost|have\s+lost|had\s+lost|suffered)(?:\s+(?:only|just|barely|merely))?\s*[\"“]?$", re.I))


def _lost_after_equipment(text: str, start: int) -> re.Match[str] | None:
    lost = LOST_LIST_BEFORE.search(text, 0, start)
    if lost is None:
        return None
    items = lost.group("items")
    # every item of the list is equipment, none is people or a clause of its own
    if all(weapon_pattern()[0].search(item) is not None and not re.search(r"\b(?:who|which|that|were|was|had|have|has)\b", item, re.I)
           for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", items)):
        return lost
    return None


def _agent_of_active_verb(text: str, end: int, after: re.Match[str]) -> bool:
    """Whether the people ending at `end` act in the outcome verb after them, its object following it ("a fighter shot
    and killed a civilian", "the rebels captured weapons"), rather than undergo it."""
    between = text[end : after.start("out")]
    if AUXILIARY.search(between) and not PERFECT_ACTIVE.fullmatch(between):
        return False  # "the rebels were killed"; but "the rebels had killed 40 soldiers" is active
    return bool(ACTIVE_OBJECT.match(text, after.end()) or (TRANSITIVE_OUTCOME.fullmatch(after.group("out")) and BARE_OBJECT.match(text, after.end())))


# Harm told with its category but no figure, before "others" ("the civilian casualties ..., with 59 others injured").
CATEGORY_OF_HARM_BEFORE = re.compile(r"\b(civilian|military)\s+(?:casualties|deaths|dead|victims|fatalities|toll|losses)\b", re.I)


# Allies named by the side they fight for ("army-allied militias", "pro-government fighters", "RSF-aligned gunmen").
ALLIED_SIDE = re.compile(
    r"\b(?:(?P<state>(?:army|government|regime|junta|military)[- ](?:allied|aligned|backed)|pro-(?:government|army|regime|junta|military))"
    r"|(?P<group>(?:rebel|militia|insurgent)[- ](?:allied|aligned|backed)|pro-(?:rebel|insurgent)))\b", re.I)


# One person named by a pronoun with the people killed beside him ("killed him along with around 10 other commanders").
WITH_ONE_BEFORE = re.compile(
    r"\b(?P<out>(?P<killed>killed|killing|kills|shot\s+dead|eliminated|eliminating)|(?P<wounded>wounded|wounding|injured|injuring)|(?P<captured>captured|capturing))"
    r"\s+(?:him|her)\s+(?:along|together)\s+with\s+(?:(?:around|about|some|nearly|at\s+least)\s+)?$", re.I)
# Companions after a passive outcome ("was killed along with ...").
COMPANIONS_AFTER = re.compile(r"\s+(?:along|together)\s+with\s+", re.I)
# Others killed with the victim, after the clause ("the colonel had been killed along with other officers of his staff",
# "... along with 10 other commanders"): uncounted, they leave the toll unknown; counted, they add to it.
COMPANIONS_OF_VICTIM = re.compile(r"\s+(?:along|together)\s+with\s+(?:(?P<vague>several|many|a\s+number\s+of|some|dozens\s+of|scores\s+of)\s+)?(?=\S)", re.I)
OTHER_PEOPLE_AFTER = re.compile(r"\s*(?:other|more)\b", re.I)


def with_companions(view: SentenceView, end: int, count: Count) -> Count | None:
    companions = COMPANIONS_OF_VICTIM.match(view.text, end)
    if companions is None:
        return count
    quantity = next((q for q in view.quantities if q.start == companions.end()), None)
    if quantity is not None and OTHER_PEOPLE_AFTER.match(view.text, quantity.end) and quantity.count is not None:
        low, high = quantity.count
        return (None if count[0] is None or low is None else count[0] + low, None if count[1] is None or high is None else count[1] + high)
    if (quantity is None and OTHER_PEOPLE_AFTER.match(view.text, companions.end())) or companions.group("vague"):
        return None
    return count


# Uncounted others killed with the people counted ("along with several other commanders", "and other senior figures").
UNCOUNTED_OTHERS_AFTER = re.compile(
    rf"\s+(?:and|along\s+with|together\s+with)\s+(?:several\s+|many\s+|some\s+|a\s+number\s+of\s+)?other\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PEOPLE}|figures|officials|leaders|members|cadres|operatives)(?![\w-])", re.I)


# What stands between two people phrases of one list: a comma or "and", and the owner of a counted member ("a mother
# and her three children", "a farmer and his two sons").
LIST_GAP = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*(?:,|and|,\s*and|,?\s*(?:along|together)\s+with)\s*(?:(?:his|her|their)\s+)?")


def _shared_outcome(view: SentenceView, phrases: list[PeoplePhrase], phrase: PeoplePhrase) -> tuple[re.Match[str], list[PeoplePhrase]] | None:
    """'12 soldiers and 4 volunteer fighters were killed': coordinated people share the outcome after the last.
    Returns the outcome and the phrases coordinated after `phrase`."""
    position = phrase.end
    members: list[PeoplePhrase] = []
    for other in phrases:
        if other.start < position:
            continue
        if not LIST_GAP.fullmatch(view.text[position : other.start]):
            return None
        members.append(other)
        found = AFTER_OUTCOME.match(view.text, other.end)
        if found and _agent_of_active_verb(view.text, other.end, found):
            return None  # "clashes between the army and the militia killed 20 soldiers": the list is the killers
        if found:
            return found, members
        position = other.end
    return None


# A reporting verb right after a people phrase: the phrase names a source ("a local elder said", "residents told AFP").
SOURCE_AFTER = re.compile(r"(?:\s+(?:who|there|here|also|later|had|has|have))*\s+(?:said|says|told|reported|added|recounted|confirmed|explained|stated)\b", re.I)


def _coordinated_objects(view: SentenceView, phrases: list[PeoplePhrase], phrase: PeoplePhrase) -> list[PeoplePhrase]:
    """People coordinated after an object of a casualty verb, without an outcome of their own
    ('killing a child and two women', 'shot dead a trader and his son')."""
    members: list[PeoplePhrase] = []
    position = phrase.end
    for other in phrases:
        if other.start < position:
            continue
        if not LIST_GAP.fullmatch(view.text[position : other.start]) or AFTER_OUTCOME.match(view.text, other.end):
            break
        if SOURCE_AFTER.match(view.text, other.end):
            break  # "killing five soldiers, a local elder said": the one who told it, not another victim
        if OF_THEM.search(view.text, other.start, other.end):
            break  # "injured 14 people, four of them seriously": a part of the figure, not more victims
        members.append(other)
        position = other.end
    return members


# Ranks and kinds of people that name, one by one, people counted before them ("two soldiers, a sergeant and a
# corporal,"; "three civilians, a woman and her two children,").
NAMED_ONE_BY_ONE = frozenset(
    """sergeant sergeants corporal corporals lieutenant lieutenants captain captains major majors colonel colonels private
    privates officer officers commander commanders general generals brigadier pilot pilots medic conscript reservist
    woman women man men child children boy boys girl girls son sons daughter daughters mother father wife husband
    brother brothers sister sisters infant baby teenager""".split())


def _apposition(text: str, phrase: PeoplePhrase, phrases: list[PeoplePhrase]) -> list[PeoplePhrase]:
    """People listed after a comma that name the people of `phrase` one by one, in its category, their counts adding
    up to its count ("two soldiers, a 20-year-old sergeant and a staff sergeant"); else []."""
    if phrase.count is None or phrase.count[0] is None or phrase.count[0] < 2 or phrase.count[0] != phrase.count[1]:
        return []
    members: list[PeoplePhrase] = []
    position = phrase.end
    for other in phrases:
        if other.start < position:
            continue
        if not LIST_GAP.fullmatch(text[position : other.start]):
            break
        members.append(other)
        position = other.end
    if len(members) < 2 or not re.fullmatch(r"\s*,\s*", text[phrase.end : members[0].start]):
        return []
    if any(m.count is None or m.category != phrase.category or m.head.lower() not in NAMED_ONE_BY_ONE for m in members):
        return []  # "two soldiers, a policeman and a gendarme": four people of one category, not two named again
    if not re.match(r"\s*,", text[members[-1].end :]):
        return []
    return members if _sum_counts([m.count for m in members if m.count is not None]) == phrase.count else []


def _one_figure(text: str, member: PeoplePhrase, phrase: PeoplePhrase) -> bool:
    """Whether a counted member of a list adds up with `phrase`: one category, one side (an unnamed one fits a named one)."""
    companions = bool(COMPANIONS.search(text, phrase.end, member.end))  # "a commander along with six other fighters": his side
    return (member.category == phrase.category and member.count is not None and member.head.lower() not in ANAPHORIC_PEOPLE
            and (member.subject == phrase.subject or member.subject is None or phrase.subject is None)
            and (companions or len({_fighters_side(text, member), _fighters_side(text, phrase)} - {None}) < 2))


# People named as the companions of the one before them: of his side whatever their noun ("the commander along with
# 14 of his fighters", "an officer and six other fighters").
COMPANIONS = re.compile(r"\b(?:along|together)\s+with\b|\b(?:other|his|her|their)\b", re.I)


FIGHTER_WORD = re.compile(rf"(?<![\w-])(?:{alternation(STATE_FIGHTERS | GROUP_FIGHTERS)})(?![\w-])", re.I)


def _fighters_side(text: str, phrase: PeoplePhrase) -> str | None:
    """'state' or 'group' for a people phrase naming one kind of party, by its head or the noun its head is part of
    ('soldiers'; '45 members of the security forces'; 'militants'); None for others ('people', 'civilians')."""
    words = [phrase.head] if phrase.head.lower() in STATE_FIGHTERS | GROUP_FIGHTERS else [m.group() for m in FIGHTER_WORD.finditer(text, phrase.start, phrase.end)]
    sides = {"state" if w.lower() in STATE_FIGHTERS else "group" for w in words}
    return sides.pop() if len(sides) == 1 else None


def _sum_counts(counts: list[Count]) -> Count:
    """[low, high] of a list of figures: a bound unknown in any item is unknown in the sum."""
    lows, highs = [c[0] for c in counts], [c[1] for c in counts]
    return (
        sum(x for x in lows if x is not None) if all(x is not None for x in lows) else None,
        sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None,
    )


# The month (and day) before a year: "on April 8, 2022 killed ...", "the 26 August 2021 bombing"; the month alone before
# the day of a date ("on April 22 killed 26 men").
MONTH_NAME = r"\b(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?-i:[a-z]*)\.?"
MONTH_BEFORE_YEAR = re.compile(MONTH_NAME + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$")
MONTH_BEFORE_DAY = re.compile(MONTH_NAME + r"\s+$")


def _looks_like_non_count(text: str, quantity: Quantity) -> bool:
    """Years, clock times, ages, money and ordinals are never casualty counts."""
    low = quantity.count[0] if quantity.count else None
    if low is not None and 1900 <= low <= 2100 and quantity.exact and (re.search(r"\b(?:in|since|of|until|by)\s*$", text[: quantity.start], re.I)
                                                                        or MONTH_BEFORE_YEAR.search(text, 0, quantity.start)):
        return True
    if low is not None and 1 <= low <= 31 and quantity.exact and quantity.text.isdigit() and MONTH_BEFORE_DAY.search(text, 0, quantity.start):
        return True
    after = text[quantity.end : quantity.end + 12].lower()
    return bool(re.match(r"^\s*(?:years?|year-old|-year|am|pm|a\.m|p\.m|hours|minutes|km|kilomet|miles|%|percent|dollars|\$)", after))


# A part named without a number after "including" ("including civilians", "among them women and children").
UNCOUNTED_PART = re.compile(rf"(?:some\s+|several\s+|many\s+)?(?P<head>{PEOPLE})(?![\w-])(?!\s+(?:of|who|from)\b)", re.I)


def _part_named_after_copula(view: SentenceView, total: int, drafts: list[DraftClaim], used: set[int], end: int) -> bool:
    """'killed 14 people, five of whom were children': the part in another category than the total's is a claim of its own."""
    quantity = next((q for q in view.quantities if q.start >= end and PART_BEFORE_OF_WHOM.match(view.text[end : q.start])), None)
    copula = OF_WHOM_COPULA.match(view.text, quantity.end) if quantity is not None else None
    np = people_after(view, copula.end()) if copula is not None else None
    if quantity is None or np is None:
        return False
    _, mods, head = np
    total_draft = drafts[total]
    category = category_of(head, mods)
    used.add(quantity.start)
    if category not in ("unknown", total_draft.category):
        drafts.append(DraftClaim("casualty", total_draft.outcome, quantity.start, np[0], category=category, count=quantity.count,
                                 subject=total_draft.subject, part_of=total, cumulative=total_draft.cumulative,
                                 notes={k: v for k, v in total_draft.notes.items() if k == "own_side"}))
    return True


def _breakdown(view: SentenceView, phrases: list[PeoplePhrase], total: int, drafts: list[DraftClaim], used: set[int], end: int) -> None:
    if _part_named_after_copula(view, total, drafts, used, end):
        return
    lead = BREAKDOWN_LEAD.match(view.text, end)
    if not lead:
        # the breakdown after the place and time of the deaths ("16 people were killed in Gaza overnight, including six children")
        where = ADVERBIAL_BEFORE_BREAKDOWN.match(view.text, end)
        if where is None or any(end <= p.start < where.end() for p in phrases):
            return
        lead = BREAKDOWN_LEAD.match(view.text, where.end())
        if not lead or not lead.group().lstrip().startswith(","):
            return
    parts: list[PeoplePhrase] = []
    position = lead.end()
    for phrase in phrases:
        if phrase.start < position:
            continue
        gap = re.sub(r"(?i)\s+(?:her|his|their)\s*$", " ", view.text[position : phrase.start])  # "a mother and her two children"
        if gap.strip(" ,") not in ("", "and") or phrase.count is None:
            break
        if SOURCE_AFTER.match(view.text, phrase.end):
            break  # "including five children, the state governor said": the one who told it, not a part of the dead
        own = AFTER_OUTCOME.match(view.text, phrase.end)
        if parts and own is not None and _outcome(own) != drafts[total].outcome:
            break  # "killed 12, including four children, and 30 others wounded": the wounded are no part of the dead
        parts.append(phrase)
        position = phrase.end
    total_draft = drafts[total]
    if not parts:
        uncounted = UNCOUNTED_PART.match(view.text, lead.end())
        category = category_of(uncounted.group("head"), "") if uncounted else None
        if uncounted and category not in (None, "unknown", total_draft.category):
            # "killed at least 23 people, including civilians": a part of the total in another category, uncounted
            drafts.append(DraftClaim("casualty", total_draft.outcome, uncounted.start("head"), uncounted.end("head"), category=category,
                                     subject=total_draft.subject, part_of=total, cumulative=total_draft.cumulative))
        return
    groups: list[list[PeoplePhrase]] = []
    for part in parts:
        # parts of one category add up, unless they name two sides ("23 dead - 14 Houthi fighters and nine
        # government troops": each side's dead are a claim of their own)
        group = next((g for g in groups if g[0].category == part.category and _one_figure(view.text, part, g[0])), None)
        if group is None:
            groups.append([part])
        else:
            group.append(part)
        used.add(part.start)
    for members in groups:
        category = members[0].category
        if category == total_draft.category:
            continue  # a subset in the total's own category is not a claim of its own
        lows = [m.count[0] for m in members if m.count]
        highs = [m.count[1] for m in members if m.count]
        count: Count | None = (
            sum(x for x in lows if x is not None) if all(x is not None for x in lows) else None,
            sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None,
        )
        subject = next((m.subject for m in members if m.subject), None)
        if subject is None and any(m.possessive in ("their", "its", "our") for m in members):
            subject = SUBJECT_IS_CLAIMANT
        drafts.append(DraftClaim(
            "casualty", total_draft.outcome, members[0].start, members[-1].end, category=category,
            count=count, subject=subject or total_draft.subject, part_of=total,
            cumulative=total_draft.cumulative, notes={k: v for k, v in total_draft.notes.items() if k == "own_side" and not subject},
        ))


FRAME = prefiltered(re.compile(rf"\b(?:how\s+many|the\s+number\s+of|number\s+of)\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?(?P<head>{PEOPLE}))\s+(?:were|had\s+been|have\s+been|was)\s+(?P<out>killed|wounded|injured|captured)\b", re.I))
FRAME_CLAIM = re.compile(r"\b(?:claims?|says?|said|puts?|estimates?|reports?|reported|claimed)\b(?:\s+(?:it|that|they))?(?:\s+(?:to\s+be|were|was|is|are|at|in|the))*\s*$", re.I)


def _elliptical_frame(view: SentenceView, drafts: list[DraftClaim]) -> None:
    """'It is unclear how many X soldiers were killed, as A claims hundreds, while B claims it lost none.'"""
    frame = FRAME.search(view.text)
    if not frame:
        return
    subject_actor = view.actors_between(frame.start("np"), frame.end("np"))
    subject = subject_actor[-1].code if subject_actor else None
    category = category_of(frame.group("head"), frame.group("np"))
    outcome = "wounded" if frame.group("out").lower() in ("wounded", "injured") else frame.group("out").lower()
    for quantity in view.quantities:
        if quantity.start < frame.end() or any(d.start <= quantity.start < d.end for d in drafts):
            continue
        if FRAME_CLAIM.search(view.text[: quantity.start]) or re.search(r"\bin\s+the\s*$", view.text[: quantity.start]):
            drafts.append(DraftClaim("casualty", outcome, quantity.start, quantity.end, category=category, count=quantity.count, subject=subject))
    for draft in drafts:
        if draft.start >= frame.end() and draft.count == (0, 0) and draft.type == "casualty":
            draft.subject = subject or draft.subject
            draft.category = category
            draft.outcome = outcome
