"""Attribution: who asserts each claim, whether it is denied or hedged, and what evidence is cited.

Reporting anchors ("X said", "according to X", "said X" after a quote, "It denied") are found in
each sentence; every draft takes the nearest anchor before it in its sentence, or else the first
after it ("..., the ministry said"). Pronoun subjects ("It", "He", "The ministry") continue the
previous sentence's claimant. Sources outside the registry ("witnesses said"), named outlets and
speakers said to be anonymous give no claimant. A person who spoke for an actor, or was introduced by a
title of one ("M23 spokesman Willy Ngoma", "Abu Musab, the group's spokesman"), keeps it when named again
by surname ("Mr Musab added", "according to Musab"); a surname tied to two actors speaks for neither. A
passive report names its agent ("was reported by X"), and "X said this" credits the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from counterclaim.data.actors import load_registry
from counterclaim.extract.drafts import ActorMention, DraftClaim, SentenceView
from counterclaim.extract.lexicon import (
    COUNTRY_REBELS,
    DENIAL_VERBS,
    EVIDENCE_WORDS,
    HEDGES,
    PERSON_CATEGORY,
    REPORTING_VERBS,
    STATEMENT_ACT_VERBS,
    alternation,
)
from counterclaim.extract.literal_prefilter import prefiltered

# Denial verbs that are reporting verbs only when what they reject is a report ("dismissed the reports that ...").
DISMISSAL = r"(?:dismissed|dismisses|refuted|refutes|disputed|disputes|contested|contradicted)(?=\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|allegations?|accusations?|figures?|statements?|assertions?|numbers?|tolls?|accounts?)\b)"
# Verbs that give out a new figure of a side's own count: "Armenia raised its death toll to 105", "the ministry revised the
# toll to 14": the subject reports the figure.
TOLL_UPDATE = (r"(?:raised|raises|revised|revises|updated|updates|lowered|lowers|increased|increases)(?=\s+(?:up\s+|down\s+)?(?:its|their|the|his|her|our)"
               r"\s+(?:[\w'’-]+\s+){0,3}?(?:toll|tally|count|casualty\s+figures?)\b)")  # "the day's toll" too
REPORTING = re.compile(rf"\b(?P<verb>{alternation(REPORTING_VERBS)}|{DISMISSAL}|{TOLL_UPDATE})\b", re.I)
STATEMENT_ACT = prefiltered(re.compile(rf"\b(?P<verb>{alternation(STATEMENT_ACT_VERBS)})\b", re.I))
DENIAL = re.compile(rf"\b(?:{alternation(DENIAL_VERBS)})\b", re.I)
# ("2,000 soldiers per day" is a rate, not a source)
ACCORDING_TO = prefiltered(re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|as\s+per|per(?!\s+(?:day|week|month|year|hour|minute|cent|capita|person|head|km|kilomet\w*|mile)\b))\s+(?:the\s+|a\s+)?",
    re.I,
))
# The statement of the previous speaker, after "according to" ("according to the statement", "according to its update").
PREVIOUS_STATEMENT = re.compile(
    r"(?:its\s+|their\s+|his\s+|her\s+|this\s+|that\s+)?(?:(?:same|latest|new|daily|updated|written|official)\s+)?"
    r"(?:statement|update|report|bulletin|briefing|communiqu[eé]|release|post|message|summary)(?!\s+(?:from|by|of|issued|released|published)\b)\b",
    re.I,
)
# A source named as the owner of its report ("reports from the M23 indicate", "figures released by the ministry show").
REPORTS_FROM = prefiltered(re.compile(
    r"\b(?:reports?|figures|data|statistics|estimates|a\s+statement|statements|a\s+tally|a\s+toll|an\s+update|updates)\s+"
    r"(?:from|by|released\s+by|issued\s+by|published\s+by|compiled\s+by|provided\s+by)\s+(?:the\s+)?",
    re.I,
))
HEDGE = prefiltered(re.compile(rf"\b(?:{alternation(HEDGES)})\b", re.I))
# A hedge word telling who people are, not whether the act happened ("killed 12 suspected militants", "alleged members of
# the cartel", "suspected jihadists attacked"): GOLD_FORMAT codes the claim unhedged.
# Only before a noun: after a copula it hedges the act ("were presumed dead", "is suspected of killing").
IDENTITY_QUALIFIER = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
                                rf"\b(?:suspected|alleged|presumed|purported)(?=\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(PERSON_CATEGORY)})\b)", re.I)
EVIDENCE = {kind: re.compile(rf"\b(?:{alternation(words)})\b", re.I) for kind, words in EVIDENCE_WORDS.items()}
# Subjects that continue the previous claimant ("It also said", "The ministry added", "He said").
CONTINUING_SUBJECT = re.compile(
    r"(?:^(?:[A-Z]\w*,?\s+){0,2}|[,;:”\"]\s*|\b(?:and|but|then|later|also)\s+|\b(?:which|that)\s+(?=(?:he|she|it|they)\b))(?:it|he|she|they|the\s+(?:(?:foreign|external\s+affairs)\s+(?:ministry|minister|office)|ministry|army|military|statement|spokesman|spokeswoman|spokesperson|official|minister|president|leader|authorities|government|command|office|group|militants|rebels|movement|source|report|agency|defen[cs]e\s+ministry))(?:\s+(?:also|further|later|then|had|has|have|again))*\s*$",
    re.I,
)
# Subjects outside the registry: the claim is the source's, not an actor's ("witnesses said").
OUTSIDE_SOURCE = re.compile(
    r"\b(?:witnesses|residents|locals|sources|source|doctors|medics|hospital|officials?|reports|media|activists|observers|analysts|experts|journalists|monitors|villagers|survivors|relatives|police|paramedics|rescuers|a\s+spokesman|spokesperson|officer|commander|Reuters|AFP|AP|TASS|Interfax|RIA|"
    # aid and rights bodies the registry does not name ("aid groups said", "relief agencies reported", "charities say")
    r"(?:aid|relief|rights|humanitarian|medical|local|civil\s+society|community)\s+(?:groups|agencies|organi[sz]ations|workers|charities|NGOs)|NGOs|charities|aid\s+workers|humanitarians)\b[^,.;]{0,30}$",
)
# Institutions and on-the-record spokespeople named without their state ("the army said", "the governor there
# said", "regional authorities said", "officials reported", "a military spokesman said"): GOLD_FORMAT gives them
# the institution's code, which is the document's home state for the sentence (see `institution_owners`).
INSTITUTION_SUBJECT = re.compile(
    r"(?:^|[,;:”\"(]\s*|\b(?:and|but|while|as|its|their|his|her)\s+|\b(?:the|a|an)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}|(?P<owner>\bthe\s+(?:country|nation|state)['’]s\s+|\b[A-Z][\w-]+['’]s\s+))"
    r"(?:(?:regional|local|provincial|state|state-run|state-owned|district|city|municipal|federal|military|army|national|central|interior|health|defen[cs]e|foreign|top|senior|security|government|ministry|police|emergency|presidential|information|communications?|home|internal|justice|brigade|regiment|battalion|division|corps|\w+ern)\s+){0,3}"
    r"(?:governor|governors|mayor|authorities|administration|junta|minister|army|military|armed\s+forces|air\s+force|navy|ministry|ministry\s+of\s+(?:defen[cs]e|the\s+interior|interior|health|foreign\s+affairs)|"
    r"government|presidency|president's\s+office|police|gendarmerie|general\s+staff|command|headquarters|press\s+office|press\s+service|media\s+wing|officials|spokesman|spokeswoman|spokesperson|"
    r"prosecutors?|prosecutor['’]s\s+office|prosecutor[\s-]general(?:['’]s\s+office)?|attorney[\s-]general(?:['’]s\s+office)?|"
    r"intelligence(?:\s+(?:agency|service|directorate))?|security\s+service|"
    r"(?:health|emergency|rescue|civil\s+defen[cs]e)\s+(?:department|directorate|agency|services?|authority|office|bureau|(?:medicine\s+|operations\s+)?cent(?:re|er))|"
    r"emergency\s+service|civil\s+defen[cs]e|top\s+brass|brass|"
    # the state's own media with no state named ("state media reported", "state-run television said"): the home state's voice
    r"(?:(?<=\bstate\s)|(?<=\bstate-run\s)|(?<=\bstate-owned\s))(?:media|television|tv|news\s+agency|broadcaster|radio)|"
    r"\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,2}?(?:brigade|division|battalion|regiment|corps|army|fleet))"
    r"(?:\s+(?:there|here|in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|of\s+[^,;.:“”\"]{1,45}?|for\s+the\s+region|statement)|"
    r"['’]s?\s+(?:(?:official|latest|daily|new|written|media|press|top)\s+)?(?:statement|spokes(?:man|woman|person)|media\s+(?:wing|office|service)|press\s+(?:office|service)|"
    r"communiqu[eé]|update|bulletin|report|telegram\s+channel|channel|account|commander|chief))?"
    r"(?:,\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?[A-Z][\w.'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?[A-Z][\w.'’-]+){0,3},)?"
    r"(?:\s+(?:also|further|later|then|had|has|have|again|on\s+\w+day|on\s+\w+))*\s*$",
    re.I,
)
# Institutions only a state has: after an armed group's claim, "the defence ministry said" is the state's.
STATE_INSTITUTION = re.compile(r"\b(?:ministry|minister|government|presidency|army|military|armed\s+forces|air\s+force|navy|police|governor|general\s+staff)\b", re.I)
# Speakers said to be anonymous, and "sources", are outside sources even when their side is known.
ANONYMOUS = re.compile(r"\b(?:anonymity|anonymously|unnamed|unidentified|not\s+authori[sz]ed\s+to|(?:asked|asking)\s+not\s+to\s+be\s+(?:named|identified)|(?:declined|declining)\s+to\s+be\s+(?:named|identified)|speaking\s+on\s+condition|sources?)\b", re.I)
# A state or party adjective heading outside sources ("Iranian media reported", "Ukrainian sources said") gives
# no claimant: the media and the sources speak, not the state; its own outlets do ("state media").
MEDIA_HEAD = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:media|sources?|press|outlets?|news\s+outlets?|bloggers?|milbloggers?|military\s+bloggers?|war\s+correspondents?|channels|social\s+media|(?:telegram|social\s+media)\s+(?:channels?|accounts?)|"
    r"analysts|experts|observers|activists|witnesses|residents|journalists|reports?|reporters|(?:officer|official|commander)(?!\s+(?-i:[A-Z]))|news\s+agency|newspaper|"
    r"doctors|medics|physicians|paramedics|(?:[\w-]+\s+)?network|observatory|monitor|monitoring\s+group|rights\s+groups?|red\s+crescent|hospitals?|syndicate|union|lawyers|"
    r"(?:independent\s+)?(?:human\s+)?rights\s+commission|ombudsman|"  # a national rights body watches the state, it does not speak for it
    r"(?:data\s+)?project|tracker|database|(?:casualty\s+)?count|"  # a counting project ("the Yemen Data Project", "the Iraq Body Count")
    r"ngos?|charity|aid\s+group|relief\s+group|daily|broadcaster|website|channel|tv)"
    r"(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3}\s*$",  # "Turkish news site Bianet reported", "Iranian news agency Tasnim said"
    re.I,
)
# The people an international body sends to look ("UN experts", "OSCE monitors", "IAEA inspectors") speak for it.
BODY_STAFF = re.compile(r"\s*(?:(?:panel|group|team)\s+of\s+)?(?:experts|investigators|monitors|observers|inspectors|"
                        # a body's own papers speak for it ("a UN report said", "the UN experts' latest report found")
                        r"(?:(?:confidential|latest|new|annual|final|interim|internal|leaked)\s+)?(?:reports?|assessment|investigation|inquiry|probe))\s*", re.I)
# An unnamed source or single official placed inside an institution: "a source in Ukraine's SBU", "an official at the
# Russian defence ministry", "sources close to the Houthis".
SOURCE_WITHIN = prefiltered(re.compile(r"(?:^|[,;:”\"]\s*|\b(?:and|but|while)\s+)(?:(?:a|an|one|two|three|several|some)\s+)?(?:[\w.-]+\s+){0,2}?(?:sources?|official|officer)\s+"
                           r"(?:in|at|within|inside|close\s+to|from|with|familiar\s+with)\s+[^,;:“”\"]{1,60}?(?:\s+(?:also|further|later|then|had|has|have))*\s*$"
                           # ... or an unnamed rank-and-file member: "a member of the local PDF told", "a fighter with the RSF said"
                           r"|(?:^|[,;:”\"]\s*|\b(?:and|but|while)\s+)(?:a|an|one|two|three|several|some)\s+(?:[\w.-]+\s+){0,1}?"
                           r"(?:members?|fighters?|soldiers?|militiam[ae]n|rebels?|combatants?)\s+(?:of|with|from|in)\s+[^,;:“”\"]{1,60}?\s*$", re.I))
# A report named before its author: "a report by UN experts said", "a new report from the UN found": the author speaks.
# Words of a party heading the verb: "a statement from the Arakan Army condemned", "the communique by the Egyptian ministry".
STATEMENT_BY = re.compile(r"^\W*(?:(?:a|an|the|in\s+a)\s+)?(?:[\w-]+\s+)?(?:statement|communiqu[eé]|declaration|message|letter|post)\s+(?:from|by|of)\s+(?:the\s+)?$", re.I)
REPORT_BY = re.compile(r"\b(?:reports?|study|assessment|investigation|inquiry|findings)\s+(?:by|from)\s+(?:the\s+)?$", re.I)


def _body_staff(code: str, head: str) -> bool:
    return BODY_STAFF.fullmatch(head) is not None and getattr(load_registry().actor(code), "kind", None) == "body"


# The words naming the service a titled speaker belongs to, before the title ("army spokesman", "civil defence
# spokesman", "health ministry spokeswoman", "emergency services spokesperson").
TITLE_SERVICE = (r"(?:(?:army|military|police|rebel|militia|regional|district|deputy|senior|top|local|air\s+force|navy|naval|border\s+guard|national\s+guard|ministry|"
                 r"civil\s+defen[cs]e|defen[cs]e|health|interior|foreign|emergency|emergencies|rescue|government|presidential|security|services?)\s+){0,3}")
# A person named with a rank or office ("Captain Aden Nur told Reuters", "Colonel Ibrahim Sy said") speaks for an
# institution: a rebel one when the title says so, else the state's.
RANKED_PERSON = re.compile(
    r"(?:^|[,;:”\"]\s*|\b(?:and|but|while|as)\s+)(?:(?:the|a|an)\s+(?=(?:[\w'’-]+\s+){0,3}?(?:captain|colonel|lieutenant|major|general|brigadier|sergeant|commander|governor|mayor|commissioner|minister|spokes(?:man|woman|person))\s+(?-i:[A-Z])))?"
    r"(?P<title>(?:(?:(?-i:[A-Z][\w'’-]+)|(?<=\w\s)(?-i:of|for|the))\s+){0,6}?" + TITLE_SERVICE +
    r"(?:captain|capt\.|colonel|col\.|lieutenant(?:\s+colonel|\s+general)?|lt\.?|major|maj\.|general|gen\.|brigadier(?:\s+general)?|brig\.?|sergeant|sgt\.|commander|"
    # air and naval ranks ("Air Marshal AK Bharti", "Vice Admiral AN Pramod")
    r"(?:air\s+)?(?:vice\s+)?marshal|(?:vice\s+|rear\s+)?admiral|"
    r"governor|gov\.|mayor|commissioner|minister|spokesman|spokeswoman|spokesperson))\s+(?!(?-i:Staff|Command|Headquarters|Directorate|Assembly)\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s+(?:also|further|later|then|had|has|again|on\s+\w+day))*\s*$",
    re.I,
)
# The title of a ranked or official speaker anywhere in a phrase ("army spokesman Nabil X", "a regional governor").
RANKED_TITLE = re.compile(
    r"\b" + TITLE_SERVICE + r"(?:captain|colonel|lieutenant|major|general|brigadier|"
    r"commander|governor|mayor|commissioner|minister|spokes(?:man|woman|person))\b",
    re.I,
)
GROUP_SUBJECT = re.compile(r"\bthe\s+(?:(?:militant|armed|rebel|jihadist|extremist|insurgent|islamist|terrorist|separatist|sunni|shiite|shia|paramilitary|militia|guerrilla)\s+)?(?:group|movement|militants|rebels|insurgents|organi[sz]ation|militia|militias|paramilitary|paramilitaries|guerrillas?|jihadists|outfit|faction)(?:\s+(?:also|further|later|then|had|has|have|again))*\s*$", re.I)
REBEL_TITLE = re.compile(r"\b(?:rebel|militia|insurgent|militant|group)\b", re.I)
# "the group's spokesman", "the militants' commander": the armed group named last.
GROUP_POSSESSIVE = re.compile(r"\bthe\s+(?:group|movement|militants|rebels|insurgents|organi[sz]ation|militia)['’]s?\s+(?:[\w-]+\s+){0,3}(?:spokes(?:man|woman|person)|commander|leader|chief|statement|official)\b,?\s*$", re.I)
# A headline's source after a dash or colon: "... in Pakistani shelling: FM", "... on Ukraine - Kyiv", "... - MoD".
HEADLINE_SOURCE = re.compile(
    r"\s*[-–—:|]\s*(?:the\s+)?(?P<inst>MoD|FM|Defen[cs]e\s+Ministry|Foreign\s+Ministry|Interior\s+Ministry|Health\s+Ministry|Ministry|Army|Military|"
    r"Officials?|Police|Governor|Government|Spokesman|Authorities|Reports?|Media|Sources?|Witnesses|Residents|Monitor)?[^-–—:|.!?]{0,40}?\s*",
    re.I,
)
HEADLINE_OUTSIDE = re.compile(r"(?i)reports?|media|sources?|witnesses|residents|monitor")
# Figures credited to a body ("numbers supplied by the Nigerian army showed", "figures released by the UN").
DATA_BY = prefiltered(re.compile(r"\b(?:data|figures|statistics|estimates|numbers|tallies|tally|a\s+statement|the\s+statement|a\s+count)\s+(?:(?:provided|released|published|issued|compiled|collected|posted|shared)\s+)?(?:by|from)\s+(?:the\s+)?", re.I))
# A party's own outlet, named as its possession ("the Houthis' Al-Masirah TV", "Hamas-run Al-Aqsa TV", "Hezbollah's
# Al-Manar television"): the party's own voice, like a state's own media.
PARTY_OUTLET = re.compile(r"^(?:['’]s?|-(?:run|owned|controlled|operated))\s+(?:own\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:tv|television|channel|radio|news\s+agency|agency|broadcaster|website|outlet)\s*$", re.I)
# The medium after a party's own outlet named by the registry ("Al-Masirah TV", "Al-Manar television", "Amaq agency").
OWN_MEDIUM = re.compile(r"\s*(?:(?:satellite\s+)?(?:tv|television)(?:\s+(?:channel|station))?|channel|radio|website|news\s+agency|agency)\s*", re.I)
STATE_MEDIA = re.compile(r"\b(?:state|state-run|state-owned|official|government|army|military)\s+(?:media|television|tv|news\s+agency|broadcaster|radio)\b", re.I)
ROLES_FOR_CLAIMANT = frozenset({"name", "adjective", "demonym", "capital", "military", "ministry", "official", "body", "group", "authority", "generic"})


# The phrase after "according to" naming an institution of the home state ("according to the army").
INSTITUTION_OF_HOME = re.compile(
    r"\s*(?:the\s+|an?\s+)?(?:the\s+(?:country|nation|state|city|region|province|territory|district|town|enclave|strip)['’]s\s+)?"
    r"(?:(?:regional|local|provincial|district|city|municipal|state|military|army|interior|health|defen[cs]e|foreign|government|police|security|emergency|\w+ern)\s+){0,3}"
    r"(?:governor|mayor|authorities|administration|junta|army|military|armed\s+forces|air\s+force|ministry|minister|government|police|general\s+staff|command|officials|spokesman|spokeswoman|spokesperson|top\s+brass|"
    r"prosecutors?|prosecutor['’]s\s+office|prosecutor[\s-]general(?:['’]s\s+office)?|"
    r"(?:health|emergency|rescue|civil\s+defen[cs]e)\s+(?:department|directorate|agency|services?|authority|office|bureau|(?:medicine\s+|operations\s+)?cent(?:re|er))|civil\s+defen[cs]e)\b",
    re.I,
)


# Services that count the dead and wounded (health ministries, hospitals' authorities, rescuers, civil defence): they
# belong to the authority where the people live, not to the state side of a war fought there (GOLD_FORMAT: the
# health ministry and civil defence in Gaza are PSE), whoever spoke before.
CIVIL_SERVICE = re.compile(r"\b(?:health|medical|emergency|emergencies|civil\s+defen[cs]e|rescue|rescuers)\b", re.I)
# Institutions of a place rather than of a state's centre: they belong to the country the sentence is about.
LOCAL_INSTITUTION = re.compile(r"\b(?:governor|governors|mayor|regional|local|provincial|district|city|municipal|police|gendarmerie|emergency|civil\s+defen[cs]e)\b", re.I)


@dataclass(frozen=True)
class InstitutionOwners:
    """Whose institution "the army" (central) or "the governor" (local) is when the sentence names no state;
    `group` is the armed group named last (for "the group's spokesman"), `rebels` the armed-group side of a
    war between one state and one group."""

    central: str | None = None
    local: str | None = None
    group: str | None = None
    rebels: str | None = None
    opponent_of: Callable[[str], str | None] | None = None  # the other side of the document's war, for a state
    civil: str | None = None  # whose health and rescue services count the harmed: where the people live

    def for_phrase(self, phrase: str) -> str | None:
        if CIVIL_SERVICE.search(phrase):
            return self.civil or self.local
        return self.local if LOCAL_INSTITUTION.search(phrase) else self.central


def institution_owners(place_countries: list[str], profile_countries: tuple[str, ...], fighters: tuple[str, str] | None,
                       previous_claimant: str | None, is_state: Callable[[str], bool], view: SentenceView | None = None,
                       last_group: str | None = None, home: str | None = None,
                       opponent_of: Callable[[str], str | None] | None = None, frame: str | None = None) -> InstitutionOwners:
    """The state side of a war between one state and one armed group; otherwise, for central institutions,
    the last claimant when it was a state, then the country of the first place the sentence names, then the
    war's first country (a sentence set in another state, `frame`, has that state's institutions); for local ones (governors, police, regional authorities) the place first; with
    none of these, the state the text's places are in (`home`)."""
    if fighters is not None and frame is not None and frame not in fighters and is_state(frame):
        # "In neighbouring Mali, the army said ...": a sentence set in another state than the war's speaks of that
        # state's institutions and people
        return InstitutionOwners(frame, frame, last_group or fighters[1], fighters[1], opponent_of, frame)
    if fighters is not None:
        struck = _side_struck(view, opponent_of, is_state, profile_countries) if view is not None and opponent_of is not None else None
        owner = struck if struck is not None and struck != fighters[0] and not previous_claimant else fighters[0]
        civil = next((c for c in place_countries if is_state(c)), None) or home
        return InstitutionOwners(owner, owner, last_group or fighters[1], fighters[1], opponent_of, civil)
    place = next((c for c in place_countries if is_state(c)), None)
    if place is None and view is not None:
        # "Russia's republic of Dagestan": a state owning a place named in the sentence
        place = next((a.code for a in view.actors if is_state(a.code) and a.text.endswith(("'s", "’s"))), None)
    previous = previous_claimant if previous_claimant is not None and is_state(previous_claimant) else None
    first = profile_countries[0] if profile_countries else None
    if view is not None and opponent_of is not None and place is None:
        # "An Israeli strike killed 30 people, health officials said": with no place named, the institutions
        # counting a side's strikes are those of the side struck, not of the war's first country
        first = _side_struck(view, opponent_of, is_state, profile_countries) or first
    return InstitutionOwners(previous or place or first or home, place or home or previous or first, last_group, None, opponent_of,
                             place or home or previous or first)


# A side's own strikes named by its adjective: "an Israeli strike", "Russian shelling", "Azerbaijani drone attacks".
STRIKE_AFTER_ADJECTIVE = re.compile(
    r"\s+(?:(?:air|missile|drone|rocket|artillery|naval|ballistic|cruise|mortar|tank|aerial)\s+)*"
    r"(?:strikes?|airstrikes?|air\s+strikes?|shelling|bombardments?|bombing|attacks?|raids?|missiles?|drones?|rockets?|fire)\b",
    re.I,
)


def _side_struck(view: SentenceView, opponent_of: Callable[[str], str | None], is_state: Callable[[str], bool],
                 war_countries: tuple[str, ...]) -> str | None:
    """The state struck by the one attacker a sentence names by its strikes: the attacker's enemy when a state,
    else the war's other country (Israel's enemy in Gaza is Hamas, the people struck are Palestine's)."""
    attackers = {a.code for a in view.actors if a.role in ("adjective", "name") and STRIKE_AFTER_ADJECTIVE.match(view.text, a.end)}
    if len(attackers) != 1:
        return None
    attacker = attackers.pop()
    struck = opponent_of(attacker)
    if struck is not None and is_state(struck):
        return struck
    others = [c for c in war_countries if c != attacker]
    return others[0] if struck is not None and len(others) == 1 else None


@dataclass(frozen=True)
class Anchor:
    position: int  # offset of the reporting verb in the sentence
    end: int
    claimant: str | None
    denial: bool
    speech: bool = True  # False for a statement act's own verb ("condemned"), which names the speaker of its statement only
    responsibility: bool = False  # "X claimed responsibility for the attack", "a TTP-claimed raid": X claims the attack, no toll


def find_anchors(view: SentenceView, previous_claimant: str | None, owners: InstitutionOwners | None = None,
                 speakers: dict[str, str] | None = None) -> list[Anchor]:
    """Reporting anchors of a sentence; `owners` gives the code of institutions named without their state;
    `speakers` maps the surnames of people who spoke for an actor earlier in the text to its code, and takes
    in the speakers this sentence names ("Ter Chuol Gatkuoth, a White Army leader, said" ... "Mr Gatkuoth added")."""
    owners = owners or InstitutionOwners()
    speakers = speakers if speakers is not None else {}
    _remember_titled_people(view, owners, speakers)
    anchors: list[Anchor] = []
    text = view.text
    for match in ACCORDING_TO.finditer(text):
        if re.match(r"(?:which|whom|him|her|them|it|this|these)\b", text[match.end() :], re.I) or PREVIOUS_STATEMENT.match(text, match.end()):
            anchors.append(Anchor(match.start(), match.end(), previous_claimant, False))
            continue
        actor = view.first_actor_after(match.end())
        source = actor.code if actor and actor.start - match.end() <= 60 and not re.search(r"[,;.]", text[match.end() : actor.start]) else None
        head = re.split(r"[,;]|\.(?=\s|$)", text[actor.end : actor.end + 40])[0] if actor is not None else ""
        if (source is not None and MEDIA_HEAD.match(head) and not STATE_MEDIA.search(text[match.end() : actor.end + 40])
                and not _body_staff(source, head)):  # "according to UN experts": the people a body sends speak for it
            source = None  # "according to Iranian media", "..., according to a Pakistani security official."
        if source is None:
            phrase = re.match(r"[^,;.]{0,60}", text[match.end() :]).group()
            # "according to a statement from the army", "according to a tally by the health ministry"
            phrase = re.sub(r"(?i)^\s*(?:(?:a|the|an)\s+)?(?:\w+\s+)?(?:statement|tally|count|report|update|bulletin|figures)\s+(?:from|by|of|issued\s+by|compiled\s+by|released\s+by)\s+", "", phrase)
            if INSTITUTION_OF_HOME.match(phrase) and not ANONYMOUS.search(phrase):
                source = owners.for_phrase(phrase)  # "according to the army", "according to regional authorities"
            elif (head := HEAD_OF_INSTITUTION.match(phrase.lstrip())) is not None and not ANONYMOUS.search(phrase):
                source = owners.for_phrase(head.group())  # "according to the head of the regional military administration"
        if source is None and (named := KNOWN_NAME_AFTER.match(text, match.end())) is not None:
            source = speaker_of(named.group("surname"), speakers)  # "according to Musab", who spoke for al-Shabaab before
        anchors.append(Anchor(match.start(), match.end(), source, False))
    for match in REPORTS_FROM.finditer(text):
        actor = view.first_actor_after(match.end())
        if actor is not None and actor.start - match.end() <= 2 and actor.role != "pronoun" and not any(a.position == match.start() for a in anchors):
            anchors.append(Anchor(match.start(), actor.end, actor.code, False))  # "reports from the M23 indicate that ..."
    reporting = [(m, True) for m in REPORTING.finditer(text)]
    acts = [(m, False) for m in STATEMENT_ACT.finditer(text) if not any(r.start() < m.end() and m.start() < r.end() for r, _ in reporting)]
    for match, speech in sorted(reporting + acts, key=lambda pair: pair[0].start()):
        verb_start = match.start()
        if any(a.position < verb_start < a.end for a in anchors):
            continue  # "quoted the army as saying": 'saying' is part of the quotation's anchor
        before = DAY_TAIL.sub(" ", CHANNEL_TAIL.sub(" ", text[:verb_start]))  # "The army on Monday, Jan. 23, denied": the subject's phrase without its day
        anonymous_clause = ANONYMITY_CLAUSE.search(before)  # "An army colonel, who spoke on condition of anonymity, said", before its relative clause goes
        before = RELATIVE_CLAUSE_TAIL.sub(" ", before)  # "The group, which last month ..., said": the subject without its clause
        before = KNOWN_AS_TAIL.sub(" ", before)  # "the military intelligence agency, known as HUR, said"
        before = CHANNEL_TAIL.sub(" ", before)  # "The army, in a statement on Monday, said": the subject without the channel
        before = SPEAKING_TAIL.sub(" ", before)  # "The governor, speaking on local television, said": the subject without the occasion
        before = DISCOURSE_TAIL.sub(" ", before)  # "The ministry, for its part, said": the subject without the adverbial
        if DENIED_NOUN.search(before):
            continue  # "denied reports that ...": 'reports' is what is denied, not who reports
        if NOUN_FORM.fullmatch(match.group("verb")) and DENIED_OWNED_NOUN.search(before):
            continue  # "denied Israel's claim that ...", "rejected Russian reports that ...": the denied claim's noun
        if NOUN_FORM.fullmatch(match.group("verb")) and DETERMINER_BEFORE.search(before):
            continue  # "the Houthi claim is false", "these reports": a noun, not a reporting verb
        if NOUN_FORM.fullmatch(match.group("verb")) and re.search(r"['’]s?\s+(?:(?:latest|new|earlier|previous|official|own|recent)\s+)?$", before):
            continue  # "Thailand's claims were false", "Russia's latest reports": a side's claim as a noun, not a reporting verb
        if BELIEVED_TO.search(before) and re.match(r"\s+to\b", text[match.end() :]):
            continue  # "the M23 is widely believed to be backed by Rwanda": a hedge, not the M23 speaking
        if RAISING_VERB.fullmatch(match.group("verb")) and re.match(r"\s+to\s+(?:be|have)\b", text[match.end() :]):
            continue  # "gunmen believed to be members of ISWAP": a hedge on who they are, nobody speaking
        denial = bool(DENIAL.fullmatch(match.group("verb")))
        claimant: str | None = None
        if PASSIVE_BEFORE.search(before) and (by := BY_AGENT.match(text, match.end())) is not None:
            # "This was reported by the regional administration", "as stated by Kyiv": the agent after "by"
            anchors.append(Anchor(verb_start, match.end(), _agent_after(view, by.end(), owners), denial, speech))
            continue
        if ACCUSED_PASSIVE.fullmatch(match.group("verb")) and re.match(r"\s+(?:of|for|over)\b", text[match.end() :], re.I):
            # headlines' reduced passive: "Sudan's RSF accused of killing 200", "Militia blamed for massacre": the subject
            # is the accused, the accuser unnamed
            anchors.append(Anchor(verb_start, match.end(), None, denial, speech))
            continue
        if match.group("verb").lower() == "claimed" and re.match(r"\s+by\s", text[match.end() :], re.I):
            continue  # "an attack claimed by ISSP": responsibility taken for an attack, no one reporting the sentence
        if not denial and ESTIMATED_AT.match(text, verb_start):
            continue  # "losses are estimated at 25,000": the figure's verb, its subject no speaker
        if CLAIMED_LIVES.match(text, match.end()) and match.group("verb").lower().startswith("claim"):
            continue  # "the fighting claimed 30 lives": the toll's verb, no one claiming
        if match.group("verb").lower() == "quoted" and (quoted := QUOTED_AS.match(text, match.end())) is not None:
            # "SUNA quoted army spokesman X as saying ...": the one quoted speaks, not the outlet quoting them
            anchors.append(Anchor(verb_start, quoted.end(), _quoted_speaker(view, quoted, owners), denial, speech))
            continue
        subject_actor = _subject_before(view, verb_start)
        closing = max(before.rfind("”"), before.rfind('"'))
        if subject_actor is not None and closing >= subject_actor.end and before[:closing].rstrip()[-1:] in QUOTATION_END and _opens_quotation(before[:subject_actor.start]):
            subject_actor = None  # '"Cambodia must stop," Winthai said': the actor inside the quotation heads no verb after it
        speaker_after_quote = [a for a in view.actors if closing >= 0 and closing < a.start and a.end <= verb_start and a.role in ROLES_FOR_CLAIMANT]
        coordinated = [a for a in anchors if a.end <= verb_start and a.claimant is not None]
        # the comma as written: "claimed the raid in a statement on Sunday, saying" loses it with its day in `before`
        participle = SHARED_SUBJECT_PARTICIPLE.fullmatch(match.group("verb")) and re.search(r",\s*$", text[:verb_start])
        opener = view.actors[0] if view.actors else None
        if (participle and opener is not None and opener.role in ROLES_FOR_CLAIMANT and opener.role != "generic" and opener.end < verb_start
                and SENTENCE_OPENING.fullmatch(text[: opener.start]) and not re.search(r"[;:“”\"]", text[opener.end : verb_start])
                and re.match(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|t)\b", text[opener.end : verb_start])):
            # "Kyiv hit back at Budapest, saying ...", "The Sudanese army shelled Nyala, saying ...": the participle shares the
            # subject heading the sentence, not the party its verb acted on
            subject_actor = opener
        if coordinated and re.search(r",\s*$", before) and HEADLINE_VERB.fullmatch(match.group("verb")):
            # a headline's second verb after a comma has no subject of its own: "Pakistan says 11 soldiers killed, claims five
            # jets downed", "Kremlin denies talks, says ...": the first verb's subject speaks
            anchors.append(Anchor(verb_start, match.end(), coordinated[-1].claimant, denial, speech))
            continue
        if subject_actor is None and coordinated and (COORDINATED_VERB.search(before) or participle):
            # "The M23 ... rejected claims of mass casualties and said it had killed nine": one subject
            anchors.append(Anchor(verb_start, match.end(), coordinated[-1].claimant, denial, speech))
            continue
        if SOURCE_WITHIN.search(before):
            # "a source in Ukraine's SBU security service told Reuters", "an official at the defence ministry said": an
            # unnamed individual inside an institution is no institution speaking (GOLD_FORMAT)
            anchors.append(Anchor(verb_start, match.end(), None, denial, speech))
            continue
        if anonymous_clause or ANONYMITY_CLAUSE.search(before):
            anchors.append(Anchor(verb_start, match.end(), None, denial, speech))  # "an official, speaking anonymously, said": unnamed
            continue
        if speaker_after_quote and verb_start - closing < 120 and before[:closing].rstrip()[-1:] in QUOTATION_END and not ANONYMOUS.search(before[closing:]):
            # '..." Abdiasis Abu Musab, al Shabaab's military operation spokesman, told Reuters'
            claimant = speaker_after_quote[-1].code
        elif subject_actor is not None:
            claimant = subject_actor.code
            head = text[subject_actor.end : verb_start]
            _remember_run_institution(head, claimant, speakers)
            _remember_institution_noun(subject_actor.text + head, claimant, speakers)
            if subject_actor.role in ("adjective", "demonym", "name") and COUNTRY_REBELS.match(head):
                # "Myanmar resistance forces say", "Syrian rebels claimed": those fighting the state, not the state
                claimant = owners.rebels if owners.rebels != subject_actor.code else None
            elif MEDIA_HEAD.match(head) and not STATE_MEDIA.search(text[subject_actor.start : verb_start]) and not _body_staff(subject_actor.code, head) \
                    and not PARTY_OUTLET.match(head) and not (subject_actor.role not in ("adjective", "demonym") and OWN_MEDIUM.fullmatch(head)):
                claimant = None  # "Iranian media reported", "a Pakistani official added": not the state's own voice
            elif ANONYMOUS.search(head) and re.search(r"\b(?:officers?|officials?|sources?|soldiers?|commanders?|members?|personnel|diplomats?)\b", text[max(0, subject_actor.start - 40) : verb_start], re.I):
                claimant = None  # "army officers, speaking on condition of anonymity, said": an unnamed source (GOLD_FORMAT)
        elif owners.group is not None and GROUP_SUBJECT.search(before):
            claimant = owners.group  # "the militant group stated", "the rebels claimed": the armed group named last
        elif CONTINUING_SUBJECT.search(before):
            claimant = previous_claimant
            if (named_before := _institution_named_before(before, speakers)) is not None:
                claimant = named_before  # "Russia's Defence Ministry said ... Ukraine did not confirm it. The ministry also said": Russia's
            if (head := _sentence_head_for_pronoun(view, before)) is not None:
                claimant = head  # "Ukraine's air force shot down 25 drones, it said": the pronoun stands for the clause's head
            elif RELATIVE_PRONOUN_SPEAKER.search(before) and view.actors and view.actors[0].role in ROLES_FOR_CLAIMANT \
                    and view.actors[0].role not in ("generic", "adjective", "demonym") and SENTENCE_OPENING.fullmatch(view.text[: view.actors[0].start]):
                claimant = view.actors[0].code  # "Pakistan condemned the Indian strikes, which it said killed 31 civilians": the sentence's subject
            if ANONYMOUS.search(before) and re.search(r"(?i)\bthe\s+(?:official|source)\s*$", before):
                claimant = None  # "speaking on condition of anonymity, the official said": an outside source
            elif owners.group is not None and GROUP_SUBJECT.search(before):
                claimant = owners.group  # "the group said", "the militants claimed": the armed group named last
            institution = INSTITUTION_SUBJECT.search(before)
            if institution and (claimant is None or claimant in (owners.group, owners.rebels) and STATE_INSTITUTION.search(institution.group())
                                and not _run_by(claimant, institution.group(), speakers)):
                # "the army said" with no state named before it; "the defence ministry" after a group spoke is the state's
                claimant = _institution_owner(view, institution, owners)
            if institution and claimant is not None and claimant == previous_claimant:
                claimant = _unless_reporting_own_side(view, match.end(), claimant, owners)
            if (told := _institution_named_before(before, speakers)) is not None:
                # "The ministry said", after "the Gaza health ministry said ... the Israeli military said": the party whose
                # ministry spoke last, not the last speaker
                claimant = told
        elif GROUP_POSSESSIVE.search(before[-90:]) and owners.group is not None:
            claimant = owners.group  # "the group's military spokesman said"
        elif (known := KNOWN_SURNAME.search(before)) is not None and speaker_of(known.group("surname"), speakers):
            claimant = speaker_of(known.group("surname"), speakers)  # "Mr Gatkuoth also claimed": the side he spoke for before
        elif (person := PERSON_BEFORE_VERB.search(before)) is not None and speaker_of(person.group("surname"), speakers):
            claimant = speaker_of(person.group("surname"), speakers)  # "Ihor Lutsenko, head of Ukraine's ... service, denied": his title's side
        elif (ranked := RANKED_PERSON.search(before[-90:])) is not None:
            title = ranked.group("title")
            claimant = (owners.rebels or owners.group) if REBEL_TITLE.search(title) else owners.for_phrase(title)
            if _run_by(previous_claimant, title, speakers):
                claimant = previous_claimant  # "Ministry spokesman Anees al-Asbahi said", after "the Houthi-run health ministry said"
        elif ((re.search(r"[,”\"’]\s*$", before) or re.search(r"[,”\"]\s*(?:the\s+)?$", before)
               # "... in Kadugli on Tuesday, said the state's health minister": the day closes the clause reported, its comma kept
               or DAY_TAIL.search(text[:verb_start]) and re.search(r",\s*$", text[:verb_start]))
              and SPEECH_VERB.fullmatch(match.group("verb"))
              and not INSTITUTION_SUBJECT.search(before)):
            # reported speech with the source after the verb: '..., said Turkey's President Erdogan'
            after = next((a for a in view.actors if a.start >= match.end() and a.role != "generic"), None)
            named = SURNAME_AFTER_VERB.match(text, match.end())
            channel = CHANNEL_OF_SPEAKER.match(text, match.end()) or SPEAKER_ADVERBIAL.match(text, match.end())
            owner = next((a for a in view.actors if channel and a.start >= channel.end() and a.role in ROLES_FOR_CLAIMANT), None)
            if channel is not None and owner is not None and re.fullmatch(r"\s*(?:the\s+)?", text[channel.end() : owner.start], re.I):
                claimant = owner.code  # '..., said in a statement of the Azerbaijani Defence Ministry'
            elif channel is not None and (inverted := INSTITUTION_OF_HOME.match(text, channel.end())) is not None and not ANONYMOUS.search(inverted.group()):
                claimant = owners.for_phrase(inverted.group())  # '..., it said in a statement by the Ministry of Defence'
            elif channel is not None and (titled := HEAD_OF_INSTITUTION.match(text, channel.end())) is not None:
                claimant = owners.for_phrase(titled.group())  # '..., wrote on Telegram the head of the regional military administration'
            elif after and after.start - match.end() <= 70 and not re.search(r"[.;]|\b(?:that|was|were|is|are|had|has|have|had)\b", RANK_ABBREVIATION.sub(" ", text[match.end() : after.start])) \
                    and not CLAUSE_AFTER_VERB.search(text[match.end() : after.start]) and not VERB_AFTER_SUBJECT.match(text, after.end):
                claimant = after.code
            elif named is not None and speaker_of(named.group("surname"), speakers):
                claimant = speaker_of(named.group("surname"), speakers)  # '..., said Gatkuoth.'
            elif (appositive := NAME_THEN_OFFICE.match(text, match.end())) is not None and not ANONYMOUS.search(appositive.group("office")) \
                    and ((office := HEAD_OF_INSTITUTION.match(appositive.group("office"))) or (office := INSTITUTION_OF_HOME.match(appositive.group("office")))):
                claimant = owners.for_phrase(office.group())  # '..., said Oleh Kiper, the head of the regional military administration'
            elif re.match(r"^\s+(?:he|she|it|they|the\s+(?:ministry|army|military|statement|official|spokesman))\b", text[match.end() :], re.I):
                claimant = previous_claimant
            elif ((inverted := INSTITUTION_OF_HOME.match(text, match.end())) is not None and not ANONYMOUS.search(text[match.end() : match.end() + 90])
                  and not VERB_AFTER_SUBJECT.match(text, inverted.end())):
                claimant = owners.for_phrase(inverted.group())  # '..., said local officials', '..., said police spokesman Yazid Abubakar'
        elif (institution := INSTITUTION_SUBJECT.search(before)) and not ANONYMOUS.search(before[-90:]):
            claimant = _institution_owner(view, institution, owners)
            if (told := _institution_named_before(before, speakers)) is not None:
                # "16:30 The ministry raises the toll", after "the Lebanese health ministry said" and "Israel's army says";
                # "The General Staff added", another side having spoken since it was named
                claimant = told
            if not institution.group("owner") and _run_by(previous_claimant, institution.group(), speakers):
                claimant = previous_claimant  # "A ministry spokesman said", after "the Houthi-run health ministry said"
            succeeded = [a for a in view.actors if a.end <= institution.start() and a.role in ("name", "adjective", "demonym", "capital", "military")
                         and OWN_SUCCESS_ACT.match(text, a.end)]
            if not institution.group("owner") and succeeded and re.match(r"[,;]", institution.group()):
                claimant = succeeded[0].code  # "Russian forces liberate Dzerzhinsk, Defense Ministry says": the side telling its own success
            if claimant is not None and claimant == previous_claimant:
                claimant = _unless_reporting_own_side(view, match.end(), claimant, owners)
        elif OUTSIDE_SOURCE.search(before[-60:]):
            claimant = None
        else:
            continue
        if claimant is not None:
            _remember_speaker(view, before, match.end(), claimant, speakers)
        responsibility = match.group("verb").lower().startswith("claim") and (
            RESPONSIBILITY_CLAIMED.match(text, match.end()) is not None or text[verb_start - 1 : verb_start] == "-")
        anchors.append(Anchor(verb_start, match.end(), claimant, denial, speech, responsibility))
    for match in DATA_BY.finditer(text):
        actor = view.first_actor_after(match.end())
        if actor is not None and actor.start - match.end() <= 30 and not re.search(r"[,;.]", text[match.end() : actor.start]):
            anchors.append(Anchor(match.start(), match.end(), actor.code, False))
    if not anchors and not text.rstrip().endswith((".", "!", "?", "”", '"')):
        anchors.extend(_headline_source(view, owners))
    anchors.extend(_leading_source(view, anchors))
    anchors.sort(key=lambda a: a.position)
    return anchors


# A source named before a colon that opens a headline or a bulletin line ("Health Ministry: 42 killed in Gaza",
# "Ukraine's General Staff: Russia has lost ..."): capitalised words of a name, with its possessive and linking words.
# A headline written in sentence case names its institution in lower case ("Gaza health ministry: 35 killed", "Sudan army: ...").
LEADING_LOWER_WORD = (r"(?-i:health|defen[cs]e|foreign|interior|information|armed|ministry|army|military|forces|police|command|office|"
                      r"spokes(?:man|woman|person)|council|government|authorities|presidency|president|minister|governor|mission|agency|general\s+staff)")
LEADING_SOURCE = re.compile(r"(?:(?:(?-i:[A-Z])[\w.’'-]*|of|the|for|and|de|al|el|" + LEADING_LOWER_WORD + r")\s+){0,6}?(?:(?-i:[A-Z])[\w.’'-]*|"
                            + LEADING_LOWER_WORD + r")(?=:\s)")


# A speaker, its topic, then its words quoted after a colon: 'Kremlin on Ukraine's attack: "This is terrorism"'.
SPEAKER_ON_TOPIC = re.compile(r"(?P<who>(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}(?-i:[A-Z])[\w.’'-]*)\s+on\s+[^:;.\"“]{3,60}:\s*[\"“]")
SPEAKING_ROLES = frozenset({"ministry", "military", "official", "body", "group", "authority"})
LEADING_INSTITUTION = re.compile(r"(?i)\b(?:ministry|ministries|staff|army|forces|military|command|police|office|spokes(?:man|woman|person)|"
                                 r"council|government|authorities|presidency|president|minister|governor|mission|agency|defen[cs]e)\b")


def _leading_source(view: SentenceView, anchors: list[Anchor]) -> list[Anchor]:
    """The actor named before a colon opening the sentence, as the source of what follows it."""
    match = LEADING_SOURCE.match(view.text) or SPEAKER_ON_TOPIC.match(view.text)
    if match is None or any(a.position < match.end() for a in anchors):
        return []
    speaker_end = match.end("who") if match.re is SPEAKER_ON_TOPIC else match.end()
    actors = [a for a in view.actors_between(0, speaker_end) if a.role in ROLES_FOR_CLAIMANT and a.role != "generic"]
    if not actors:
        return []
    quoted = re.match(r":\s*[\"“]", view.text[match.end() if match.re is LEADING_SOURCE else match.end() - 1 :]) is not None
    if not (actors[-1].role in SPEAKING_ROLES or LEADING_INSTITUTION.search(match.group()) or quoted):
        return []  # "DR Congo: rebels reject ...", "Somalia: ...": a place named as the topic, not a speaker; 'Qatar: "We condemn ..."'
        # quotes its speaker
    return [Anchor(0, match.end() + 1, actors[-1].code, False)]


# The channel of a statement between its verb and its speaker: '..., said in a statement issued by', '..., reported the press
# service of', '..., said in the Telegram post of'.
CHANNEL_OF_SPEAKER = re.compile(
    r"\s+(?:(?:(?:in|on|via|through)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|message|report|post|briefing|communiqu[eé]|release|channel|address|bulletin|update|summary)"
    r"(?:\s+(?:issued|released|published|posted|distributed|shared))?\s+(?:of|by|from)\s+)|"
    r"(?:the\s+)?(?:press\s+(?:service|office|cent(?:er|re))|media\s+(?:office|wing|cent(?:er|re))|information\s+department)\s+of\s+)",
    re.I,
)
# Where or when a speaker named after the verb spoke: '..., wrote on Telegram the head of ...', '..., said at a briefing'.
SPEAKER_ADVERBIAL = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:(?:on|via)\s+(?:(?:its|his|her|their|the)\s+)?(?:official\s+)?(?:telegram(?:\s+channel)?|facebook(?:\s+page)?|twitter|x|social\s+media|(?:state\s+|national\s+)?(?:television|tv|radio)|(?:its|his|her)\s+website|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)|at\s+an?\s+(?:news\s+|press\s+)?(?:briefing|conference)|"
    r"in\s+an?\s+(?:televised\s+|video\s+|online\s+)?(?:interview|address|briefing|post))(?:\s+(?:with|to)\s+[\w-]+(?:\s+[A-Z][\w-]+){0,2})?,?\s+",
    re.I,
)
# A title heading an institution after the verb: 'the head of the Kherson regional military administration', 'the governor of the region'.
HEAD_OF_INSTITUTION = re.compile(
    r"(?:the\s+)?(?:head|chief|governor|mayor|commander|spokes(?:man|woman|person)|director)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:administration|region|oblast|province|district|city|army|police|military|ministry|authorities|council|command|forces|service)\b",
    re.I,
)
# "quoted <speaker> as saying": the speaker between the verb and "as saying".
QUOTED_AS = re.compile(r"\s+(?P<who>[^;.“”\"]{2,90}?)\s+as\s+(?:saying|telling|stating|announcing|claiming|confirming|adding)\b", re.I)


def _quoted_speaker(view: SentenceView, quoted: re.Match[str], owners: InstitutionOwners) -> str | None:
    """Whom "quoted X as saying" credits: an actor named in X, or an institution of the home state; none for
    outlets, sources and anonymous speakers."""
    who = quoted.group("who")
    if ANONYMOUS.search(who) or OUTSIDE_SOURCE.search(who) and not INSTITUTION_OF_HOME.match(who) and not RANKED_TITLE.search(who):
        return None
    actor = next((a for a in view.actors_between(quoted.start("who"), quoted.end("who")) if a.role in ROLES_FOR_CLAIMANT), None)
    if actor is not None:
        return None if MEDIA_HEAD.match(view.text[actor.end : quoted.end("who")]) and not STATE_MEDIA.search(who) else actor.code
    if (ranked := RANKED_TITLE.search(who)) is not None:
        return (owners.rebels or owners.group) if REBEL_TITLE.search(ranked.group()) else owners.for_phrase(ranked.group())
    return owners.for_phrase(who) if INSTITUTION_OF_HOME.match(who) else None


def _agent_after(view: SentenceView, position: int, owners: InstitutionOwners) -> str | None:
    """Who an agent phrase starting at `position` names: an actor close by, or an institution of the home state."""
    actor = view.first_actor_after(position)
    if actor is not None and actor.start - position <= 60 and not re.search(r"[,;.]", view.text[position : actor.start]):
        return actor.code
    phrase = re.match(r"[^,;.]{0,60}", view.text[position:]).group()
    if INSTITUTION_OF_HOME.match(phrase) and not ANONYMOUS.search(phrase):
        return owners.for_phrase(phrase)
    return None


def backward_reference(view: SentenceView, anchors: list[Anchor]) -> Anchor | None:
    """The anchor of a sentence that credits the sentence before it ("X said this on Telegram", "This was
    reported by X", "The ministry announced this"), else None."""
    for anchor in (a for a in anchors if a.speech):
        if THIS_AFTER_VERB.match(view.text, anchor.end) or (anchor.position < 40 and THIS_WAS.match(view.text)):
            return anchor
    return None


# An institution a party is said to run ("the Houthi-run health ministry", "Hamas-controlled authorities"): later bare
# mentions of it ("the ministry said", "a ministry spokesman said") are that party's, not the home state's.
RUN_INSTITUTION = re.compile(r"^\s*-(?:run|controlled|led|administered|operated)\s+(?:[\w-]+\s+){0,2}?(?P<noun>ministry|government|authorities|administration|police)\b", re.I)
RUN_NOUN = re.compile(r"\b(?:ministry|government|authorities|administration|police)\b", re.I)
RUN_KEY = "@run:"  # speakers' key prefix for the institutions a party runs, beside the surnames


def _remember_run_institution(head: str, claimant: str, speakers: dict[str, str]) -> None:
    if (run := RUN_INSTITUTION.match(head)) is not None:
        speakers[RUN_KEY + run.group("noun").lower()] = claimant


# An institution named after its party as the subject of a reporting verb ("the Gaza health ministry said", "Sudan's
# army said"); a later bare "the ministry", "the health ministry" refers back to the party whose institution of that
# name spoke last, even when another institution ("the Israeli military") spoke in between; a live blog's time stamp
# may open the sentence ("16:30 The ministry raises the toll").
NAMED_INSTITUTION_HEAD = re.compile(
    r"(?:['’]s)?\s+(?P<noun>(?:(?:health|defen[cs]e|foreign|interior|information|emergency|emergencies)\s+)?"
    r"(?:ministry|army|military|police|government|general\s+staff|air\s+force|navy))\s*$", re.I)
BARE_INSTITUTION = re.compile(
    r"(?:^|[.;:]\s+|\b(?:and|but|then|later)\s+|^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC)?\s*[-–—:]?\s*)the\s+(?P<noun>(?:(?:health|defen[cs]e|foreign|interior|information|emergency|emergencies)\s+)?"
    r"(?:ministry|army|military|police|government|general\s+staff|air\s+force|navy))(?:\s+(?:also|further|later|then|had|has|have|again))*\s*$", re.I)
NOUN_KEY = "@noun:"  # speakers' key prefix for the institutions that spoke, by their noun


def _folded(noun: str) -> str:
    return " ".join(noun.lower().replace("defense", "defence").split())


def _remember_institution_noun(phrase: str, claimant: str, speakers: dict[str, str]) -> None:
    if (named := NAMED_INSTITUTION_HEAD.search(phrase)) is not None:
        noun = _folded(named.group("noun"))
        speakers[NOUN_KEY + noun] = claimant
        speakers[NOUN_KEY + noun.split()[-1]] = claimant  # "the ministry" after "the health ministry"


def _institution_named_before(before: str, speakers: dict[str, str]) -> str | None:
    """The side whose institution of the name a bare subject gives ("the ministry", "the General Staff") spoke last."""
    bare = BARE_INSTITUTION.search(before)
    return speakers.get(NOUN_KEY + _folded(bare.group("noun"))) if bare is not None else None


def _run_by(party: str | None, phrase: str, speakers: dict[str, str]) -> bool:
    """Whether `phrase` names an institution that `party` was said earlier to run."""
    noun = RUN_NOUN.search(phrase)
    return party is not None and noun is not None and speakers.get(RUN_KEY + noun.group().lower()) == party


def _remember_speaker(view: SentenceView, before: str, verb_end: int, claimant: str, speakers: dict[str, str]) -> None:
    """Note the surname of the person who heads a reporting verb ("Ter Chuol Gatkuoth, a White Army leader,
    told", '..., said Col. Ali Hassan') as speaking for `claimant`."""
    named = PERSON_BEFORE_VERB.search(before)
    if named is None and re.search(r"[,”\"’]\s*$", before):
        named = PERSON_AFTER_VERB.match(view.text, verb_end)  # '..., said Col. Ali Hassan'
    if named is not None:
        surname = named.group("surname")
        position = named.start("surname")
        if surname.lower() not in NOT_SURNAMES and not any(a.start <= position < a.end for a in view.actors):
            _tie_speaker(surname, claimant, speakers)  # not "Moscow said" or "On Monday said": a place or an actor, not a person
            _tie_given_name(view.text, named.start(), position, claimant, speakers)


# The given name right before a surname ("Maj. Gen. Winthai Suvaree"), and words of titles that look like one.
GIVEN_NAME = re.compile(r"(?<![.\w])(?P<given>[A-Z][a-z][\w'’-]+)\s+(?:(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’-]+\s+)?$")
NOT_GIVEN_NAMES = frozenset({"minister", "president", "spokesman", "spokeswoman", "spokesperson", "general", "colonel", "major", "captain",
                             "commander", "chief", "leader", "secretary", "governor", "lieutenant", "brigadier", "admiral", "sergeant",
                             "ambassador", "envoy", "director", "premier", "king", "prince", "sheikh", "mr", "ms", "mrs", "dr", "army", "defence",
                             "defense", "foreign", "interior", "prime", "deputy", "senior", "military", "the", "said", "says"})


def _tie_given_name(text: str, start: int, surname_start: int, code: str, speakers: dict[str, str]) -> None:
    """Tie the given name before a surname too: "Winthai Suvaree" ... "Winthai said" (Thai and others go by it)."""
    given = GIVEN_NAME.search(text, start, surname_start)
    if given is not None and given.group("given").lower() not in NOT_GIVEN_NAMES | NOT_SURNAMES:
        _tie_speaker(given.group("given"), code, speakers)


def _opens_quotation(before: str) -> bool:
    """Whether a quotation is open at the end of `before`."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def speaker_of(surname: str, speakers: dict[str, str]) -> str | None:
    """The actor a surname speaks for; None when unknown or tied to two actors."""
    return speakers.get(surname) or None


def _tie_speaker(surname: str, code: str, speakers: dict[str, str]) -> None:
    """Tie a surname to the actor it speaks for; one tied to another actor already speaks for neither."""
    known = speakers.get(surname)
    speakers[surname] = code if known is None or known == code else TWO_ACTORS


def _remember_titled_people(view: SentenceView, owners: InstitutionOwners, speakers: dict[str, str]) -> None:
    """Note the surnames of people a sentence introduces by a title of an actor, whether they speak in it or not
    ("M23 spokesman Willy Ngoma", "Ukraine's Defence Minister Rustem Umerov", "Abu Musab, the group's spokesman",
    "Willy Ngoma, the M23 spokesman", "Musa Ali, a commander of the RSF", "spokesman John Smith of Kenya"), and of
    the known officials it names."""
    text = view.text
    actors = [a for a in view.actors if a.role in ROLES_FOR_CLAIMANT and a.role not in ("generic", "official")]
    found: list[tuple[re.Match[str], str | None]] = []
    for actor in actors:
        if (titled := TITLE_THEN_PERSON.match(text, actor.end)) is not None:
            found.append((titled, actor.code))  # "M23 spokesman Willy Ngoma"
    for titled in TITLE_PERSON_OF.finditer(text):
        owner = view.first_actor_after(titled.end())
        if owner is not None and owner.start == titled.end() and owner in actors:
            found.append((titled, owner.code))  # "Army spokesman John Smith of Kenya"
    for person in PERSON_THEN_TITLE.finditer(text):
        title_phrase = text[person.end("surname") : person.end()]
        if GROUP_TITLE.search(title_phrase):
            found.append((person, owners.group))  # "Abu Musab, the group's spokesman"
            continue
        owner = [a for a in actors if person.end("surname") < a.start and a.end <= person.end() + 40]
        if owner and (OWNED_TITLE.match(text, owner[0].end) or TITLE_OF.search(text[person.end("surname") : owner[0].start])):
            found.append((person, owner[0].code))  # "Willy Ngoma, the M23 spokesman", "a commander of the RSF"
    for person, code in found:
        surname, position = person.group("surname"), person.start("surname")
        if code is None or surname.lower() in NOT_SURNAMES or any(a.start <= position < a.end for a in view.actors):
            continue
        _tie_speaker(surname, code, speakers)
        _tie_given_name(text, person.start(), position, code, speakers)
    for official in (a for a in view.actors if a.role == "official" and " " in a.text.strip()):
        surname = official.text.split()[-1].removesuffix("'s").removesuffix("’s")
        if surname[:1].isupper():
            _tie_speaker(surname, official.code, speakers)  # "Willy Ngoma", a known official, later "Ngoma said"
            _tie_given_name(official.text, 0, len(official.text) - len(official.text.split()[-1]), official.code, speakers)


# A side named in the third person as the one losing or assaulting ("Russia had lost 1,380 troops", "Russian forces
# launched 40 assaults"; its own strikes are what its own institutions report too): an institution reporting it is the other side's, whoever spoke before.
THIRD_PERSON_SIDE_ACT = re.compile(
    r"(?:['’]s?)?\s+(?:(?:armed\s+)?(?:forces|troops|army|military|units|side|occupiers)\s+)?(?:(?:had|has|have)\s+(?:also\s+)?)?"
    r"(?:lost|loses|losses|suffered|(?:launched|made|carried\s+out|conducted|attempted)\s+(?:[\d,]+|[a-z]+)\s+(?:assaults|assault\s+attempts|attempts\s+to\s+advance)|"
    r"attempted\s+to\s+(?:advance|break\s+through|storm))\b",
    re.I,
)


# A side named as the agent of a success in war: equipment destroyed or seized, an attack repelled, ground retaken.
OWN_SUCCESS_ACT = re.compile(
    r"(?:['’]s?)?\s+(?:(?:armed\s+)?(?:forces|troops|army|military|units|air\s+defen[cs]es?|air\s+force|navy|defenders)\s+)?"
    r"(?:(?:had|has|have)\s+(?:also\s+)?)?(?:shoot\s+down|shot\s+down|down|downed|seize[sd]?|capture[sd]?|liberate[sd]?|repel(?:led|s)?|repulse[sd]?|"
    r"take\s+control|took\s+control|retake|retook|recapture[sd]?)\b",
    re.I,
)


def _unless_reporting_own_side(view: SentenceView, verb_end: int, claimant: str, owners: InstitutionOwners) -> str:
    """An institution named without its state inherits the last speaker's state, unless the clause it reports
    names that state in the third person as losing or attacking: then it is the other side's ("The General
    Staff said Russia had lost 1,380 troops" after a Russian ministry spoke)."""
    if owners.opponent_of is None:
        return claimant
    named = any(a.start >= verb_end and a.code == claimant and a.role in ("name", "adjective", "demonym", "capital")
                and THIRD_PERSON_SIDE_ACT.match(view.text, a.end) for a in view.actors)
    opponent = owners.opponent_of(claimant)
    # "Azerbaijani forces seized 22 Armenian tanks, the ministry said" after Artsakh spoke: a side's successes told by
    # an unnamed institution are that side's own announcement (GOLD_FORMAT: a side's own acts have it as claimant)
    succeeded = opponent is not None and any(
        a.code == opponent and a.role in ("name", "adjective", "demonym", "capital") and OWN_SUCCESS_ACT.match(view.text, a.end)
        and not re.search(r"\b(?:of|on|against|to|for|from|by|with)\s+(?:the\s+)?$", view.text[: a.start], re.I) for a in view.actors)
    return (opponent or claimant) if named or succeeded else claimant


def _institution_owner(view: SentenceView, institution: re.Match[str], owners: InstitutionOwners, previous_claimant: str | None = None) -> str | None:
    """Whose institution a matched INSTITUTION_SUBJECT phrase is: "the country's ministry" -> the state named
    before it in the sentence; "Dagestan's interior ministry" -> the place's country (local home); "the defence
    ministry" after a group's claim -> the home state, never the group."""
    owner = institution.group("owner")
    if owner and re.match(r"(?i)the\s+(?:country|nation|state)", owner):
        named = [a for a in view.actors if a.end <= institution.start() + len(owner) and a.role in ("name", "adjective", "demonym", "capital")
                 and not OBJECT_OF_PREPOSITION.search(view.text[: a.start])]
        if named:
            return named[0].code  # the country the sentence opened with
        # "the region's emergency rescue service": a health or rescue service counts where the harmed live
        return owners.civil if CIVIL_SERVICE.search(institution.group()) and owners.civil else owners.central
    if owner:
        return owners.local
    return owners.for_phrase(institution.group())


# A headline's side followed by its own loss ("Ukraine loses", "Russian forces lost", "Kyiv's losses").
HEADLINE_LOSER = re.compile(r"(?:['’]s?)?\s+(?:(?:forces|troops|army|military|side)\s+)?(?:loses|lose|lost|losing|suffers|suffered|losses)\b", re.I)


def _headline_source(view: SentenceView, owners: InstitutionOwners) -> list[Anchor]:
    """A headline crediting its source after a final dash or colon ("... killed: FM", "... - Kyiv", "... - MoD")."""
    text = view.text.rstrip()
    cut = max(text.rfind(" - "), text.rfind(" – "), text.rfind(" — "), text.rfind(": "), text.rfind(" | "))
    if cut < 15 or len(text) - cut > 45:
        return []
    match = HEADLINE_SOURCE.fullmatch(text, cut)
    if match is None or len(text[cut:].split()) > 6 or LEADING_SOURCE.match(text) is not None and LEADING_SOURCE.match(text).end() == cut:
        return []  # "Iran's Foreign Ministry: Israel's aggression is a war crime": the colon opens the words, its speaker before it
    actors = [a for a in view.actors if a.start > cut]
    if actors:
        return [Anchor(cut, len(text), actors[0].code, False)]
    institution = match.group("inst")
    if institution is None or HEADLINE_OUTSIDE.fullmatch(institution):
        return []
    if (LOCAL_INSTITUTION.search(institution) or CIVIL_SERVICE.search(institution)) and owners.for_phrase(institution) is not None:
        # "25 killed in Russian strike on Kharkiv - governor": a governor, the police or a health ministry count where they are
        return [Anchor(cut, len(text), owners.for_phrase(institution), False)]
    # "Azerbaijani forces destroy Armenian vehicles - Defense Ministry": the institution of the side the headline opens with
    # ("Ukraine loses 5,000 soldiers in battle with Russian forces - MoD": the side that loses is not the one counting)
    first = next((a for a in view.actors if a.start < cut and a.role in ("name", "adjective", "demonym", "capital", "military")
                  and not HEADLINE_LOSER.match(text, a.end)), None)
    return [Anchor(cut, len(text), first.code if first is not None else owners.for_phrase(institution), False)]


INSTITUTION_OF = re.compile(
    # (a party's envoys and commanders speak for it: "the representative of the United Kingdom said", "the commander of the RSF vowed")
    r"\b(?:authorities|government|leadership|officials|ministry|minister|governor|mayor|forces|army|military|president|leader|head|spokesman|spokesperson|command|leaders|wing|arm|branch|office|service|"
    r"commander|commanders|chief|representative|delegate|delegation|envoy|ambassador|chairman)(?:\s+of\s+(?:defen[cs]e|foreign\s+affairs|internal\s+affairs|the\s+interior|health))?\s+(?:in|of)\s+(?:the\s+)?$|"
    r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?$",
    re.I,
)
OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:against|on|at|in|with|to|by|from|for|of|over|into)\s+(?:the\s+)?"
    # (a place's label between: "the UN office for the occupied Palestinian territory said")
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|"
    r"occupied|besieged|disputed)\s+)?$",
    re.I,
)
# Reporting words that are also nouns ("the Houthi claim", "these reports", "the Gulf states"), and what makes them one.
NOUN_FORM = re.compile(r"(?i)claims?|reports?|estimates?|states")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|such|any|such|whose)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# Verbs after which the speaker may follow ("..., said the ministry"); "accused", "urged" take their object there.
SPEECH_VERB = re.compile(
    r"(?i)said|says|say|told|added|adds|stated|states|announced|noted|claimed|claims|reported|reports|wrote|tweeted|posted|explained|"
    r"insisted|confirmed|confirms|stressed|asserted|maintained|declared|revealed|acknowledged|admitted|emphasized|emphasised|clarified|specified|underlined"
)
# "X, which/who ..., said": a relative clause between the subject and its verb.
RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:which|who|whose)\s+[^,;:“”\"]{3,140},\s+(?:(?:also|further|later|then|had|has|have|on\s+\w+day)\s+)*$")
# The channel of a statement set between its speaker and the verb: "The army, in a statement on Monday, said".
CHANNEL_TAIL = re.compile(
    r",\s+(?:in|through|via|on)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|communiqu[eé]|post|message|briefing|release|video|address|update|bulletin|speech|interview|channel|account)"
    r"[^,;:.“”\"]{0,50},?\s*$",
    re.I,
)
# The occasion of a statement set between its speaker and the verb: ", speaking to reporters in Kyiv,", ", addressing the UN,".
SPEAKING_TAIL = re.compile(
    r",\s+(?:(?:while|when|after)\s+)?(?:speaking|addressing|talking|writing|commenting|responding|reacting|appearing|visiting)\b(?![^,;“”\"]{0,80}\b(?:anonymity|anonymously|condition|named|identified)\b)[^,;“”\"]{0,80},\s*$",
    re.I,
)
# A discourse adverbial set between a speaker and its verb: "The army, in turn, said", "Kyiv, for its part, reported".
DISCOURSE_TAIL = re.compile(
    r",\s+(?:in\s+(?:its\s+|their\s+)?turn|for\s+(?:its|his|her|their)\s+(?:own\s+)?part|meanwhile|however|though|too|also|in\s+(?:response|reply)|"
    r"separately|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|likewise|similarly|in\s+addition|moreover|for\s+(?:its|their|his|her)\s+own)(?:,\s+(?:also|however|meanwhile))?,\s*"
    r"(?:(?:also|further|later|then|had|has|have|again)\s+)*$",
    re.I,
)
KNOWN_AS_TAIL = re.compile(r",\s+(?:known\s+as|also\s+called|called|or(?=\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},))\s+[^,;:.]{1,40},\s*$", re.I)
RELATIVE_CLAUSE_TAIL = re.compile(r",\s+(?:which|who|whose)\s+[^,;:]{3,140},\s+(?:(?:also|further|later|then|had|has|have|on\s+\w+day)\s+)*$")
# A figure's passive verb ("losses are estimated at 25,000", "the toll was put at 40"): no reporting.
ESTIMATED_AT = re.compile(r"(?:estimated|put|assessed|counted|tallied)\s+(?:to\s+be\s+|at\s+)", re.I)
# "claimed (the lives of | N lives | N victims)": 'claim' as taking lives, not as asserting.
CLAIMED_LIVES = re.compile(
    r"\s+(?:the\s+lives\b|(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some|up\s+to|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?"
    r"(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)?\s*(?:more\s+|civilian\s+|innocent\s+|human\s+)?(?:lives|victims)\b)",
    re.I,
)
# A reporting word as the object of a denial ("rejected reports that ..."): a noun, not a verb.
# A denial verb with the denied claim's owner before the noun: "denied Israel's", "rejected Russian", "dismissed the army's".
DENIED_OWNED_NOUN = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:the\s+)?(?!that\b)[\w'’-]+\s+(?:[\w'’-]+\s+)?$", re.I
)
DENIED_NOUN = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|these\s+|those\s+|media\s+|such\s+)?$", re.I)
# The object of a participle inside the subject's phrase: "the M23 rebel group fighting the army".
PARTICIPLE_OBJECT = re.compile(r"\b\w+ing\s+(?:the\s+)?$", re.I)
# An apposition between a subject and its verb: ", a loosely organised group of armed youth, ".
APPOSITION = re.compile(r",\s+(?:a|an|the|which|who)\s+[^,;.“”\"]{3,95},\s*(?:(?:also|further|later|then|had|has|have|on\s+\w+day)\s+)*")
# The start of an apposition before an actor named in it: "JNIM, the al-Qaeda affiliate, said".
APPOSED = re.compile(r",\s+(?:the|an?|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# "<actor> leader/commander/spokesman (in X), ": a speaker described by the actor they speak for.
SPEAKER_ROLE_AFTER = re.compile(r"(?:\s+(?:[\w'’-]+\s+){0,2}?(?:leader|commander|spokes(?:man|woman|person)|official|chief|representative|member|officer)s?)(?:\s+(?:in|for|from|of)\s+[^,;.]{1,40})?,\s*")
# "<actor>'s armed wing/spokesman/media office, ": a body or speaker described as the actor's, in apposition.
POSSESSIVE_ROLE_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:wing|arm|branch|office|service|unit|leader|commander|spokes(?:man|woman|person)|official|chief|representative|"
                                   # the post's seat or remit: "Russia's deputy envoy to the UN, ", "Iran's ambassador in Baghdad, "
                                   r"envoy|ambassador|minister|adviser|advisor|negotiator|delegate)s?(?:\s+(?:to|in|at|for|on)\s+[^,;.“”\"]{1,40})?,\s*")
# A possessive apposition tying a named group to a network or patron: "JNIM, al-Qaeda's Sahel affiliate, claimed",
# "the Houthis, Iran's allies in Yemen, said".
POSSESSIVE_TIE_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:affiliates?|ally|allies|prox(?:y|ies)|branch|franchise|offshoot|partners?|wing|arm|faction|"
                                  r"branch|allied\s+group|client)(?:\s+(?:in|for|of)\s+[^,;.“”\"]{1,40})?,\s*(?:(?:also|further|later|then|had|has|have)\s+)*", re.I)
# The day a subject spoke, between it and its verb: "on Monday", "on Monday, Jan. 23, 2017,", "late on 3 May,".
DAY_ADVERBIAL = re.compile(
    r",?\s*\b(?:(?:late|early)\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,\s*[a-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?|[a-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?),?",
    re.I,
)
DAY_TAIL = re.compile(DAY_ADVERBIAL.pattern + r"\s*$", re.I)
# A passive reporting verb and its agent: "(this) was reported by", "as stated by".
ACCUSED_PASSIVE = re.compile(r"accused|blamed", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|as)\s+(?:also\s+)?$", re.I)
BY_AGENT = re.compile(r"\s+(?:\w+\s+|(?:on|late|early)\s+\w+day\s+)?by\s+", re.I)  # "claimed on Monday by JNIM"
# A report pointing back at the sentence before: "said this", "reported this on Telegram", "This was stated by".
THIS_AFTER_VERB = re.compile(r"\s+(?:this|so)\b(?!\s+(?:week|month|year|morning|evening|time|attack|strike|is|was))", re.I)
THIS_WAS = re.compile(r"\s*(?:this|that)\s+(?:was|has\s+been|is)\s+(?:\w+ly\s+)?(?:reported|stated|announced|said|confirmed|posted|written)\b", re.I)
# A clause saying the speaker before the verb is anonymous: ", who requested that he remain unnamed,", ", who asked not to be named,".
ANONYMITY_CLAUSE = re.compile(
    r",\s+(?:speaking|talking|who\s+(?:spoke|asked|declined|requested)|on\s+condition|requesting|asking)\b[^,;]{0,60}\b(?:anonymity|anonymously|named|identified)\b[^,;]{0,40},\s*$",
    re.I,
)
# How a quotation ends before its closing mark ('...,” he said'); a scare-quoted word ('31 “terrorists” were') ends without.
QUOTATION_END = frozenset(",.!?…-—")
# The particle an Arabic or European surname may open with, dropped when the surname is named again ("Bassem al-Awadi" ... "Awadi said").
SURNAME_PARTICLE = r"(?:(?:al|el|ad|as|ash|an|ar)-|(?:bin|ibn|ben|abu|de|van|von|del|da)\s+)?"
# A person's name: one to three capitalised words after a first name or a title, the last one the surname.
_PERSON = (r"(?:(?:Mr|Ms|Mrs|Dr|[A-Z][a-z]{1,5})\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’-]+){0,2}\s+"
           rf"{SURNAME_PARTICLE}(?P<surname>[A-Z][a-z][\w'’-]+)")
PERSON_BEFORE_VERB = re.compile(
    rf"(?:^|[,;:”\"]\s*|\b(?:and|but|while|as)\s+|\b(?:spokes(?:man|woman|person)|commander|leader|minister|official|chief|governor|officer)\s+){_PERSON}"
    r"(?:,\s+(?:(?:a|an|the)\s+|(?=(?:head|chief|spokes\w+|commander|leader|governor)\s+of\b))[^,;“”\"]{3,90},)?(?:\s+(?:also|further|later|then|had|has|have|again))*\s*$"
)
PERSON_AFTER_VERB = re.compile(rf"\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:spokes(?:man|woman|person)|commander|leader|minister|official|chief|governor|officer)\s+)?{_PERSON}\b")
# A person named by surname alone, with a courtesy title or a rank ("Mr Gatkuoth also claimed", "Hao said").
KNOWN_SURNAME = re.compile(
    r"(?:^|[,;:”\"]\s*|\b(?:and|but|while|as)\s+)(?:(?:Mr|Ms|Mrs|Dr|Gen|Col|Lt|Maj|Capt|Brig|Sgt|General|Colonel|Captain|Major|Commander)\.?\s+)?"
    rf"{SURNAME_PARTICLE}(?P<surname>[A-Z][a-z][\w'’-]+)(?:\s+(?:also|further|later|then|had|has|have|again))*\s*$"
)
KNOWN_NAME_AFTER = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?P<surname>[A-Z][a-z][\w'’-]+)\b")
# A rank or courtesy title cut short before a name ("said Lt. Col. Nadav Shoshani, an Israeli military spokesman"): its full
# stop ends no sentence.
RANK_ABBREVIATION = re.compile(r"\b(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Cpl|Pvt|Cmdr|Cdr|Adm|Cmdt|Supt|Insp|Amb|Dr|Mr|Ms|Mrs|Prof)\.(?:-\w+\.)?")
# Words after "said" that begin its reported clause, not a speaker's name ("..., said its fighters killed 10 Israeli soldiers").
CLAUSE_AFTER_VERB = re.compile(r"\d|\b(?:it|its|they|their|he|his|she|her|we|our|\w+ed)\b", re.I)
# The actor after "said" heads the clause said when a verb of its own follows its noun ("..., said RSF fighters had
# killed 30 villagers"): the speaker is before the verb, not after it.
VERB_AFTER_SUBJECT = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:had|has|have|was|were|is|are|would|will)\b)[\w-]+){0,2}?\s+(?:had|has|have|was|were|is|are|would|will|"
    r"killed|attacked|shelled|struck|captured|seized|destroyed|launched|fired|shot|stormed|abducted|kidnapped|carried\s+out)\b")
# A person named after the verb, then the office they hold: '..., said Oleh Kiper, the head of the regional administration'.
NAME_THEN_OFFICE = re.compile(r"\s+(?:(?-i:[A-Z])[\w.'’-]+\s+){0,3}(?-i:[A-Z])[\w'’-]+,\s+(?:the\s+|an?\s+)?(?P<office>[^,;.“”\"]{3,90})")
SURNAME_AFTER_VERB = re.compile(r"\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<surname>[A-Z][a-z][\w'’-]+)\s*[.,]")
NOT_SURNAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "he", "she", "it", "they",
                          "the", "this", "that", "officials", "police", "army", "military", "ministry", "government", "reuters", "afp", "ap"})
# What the speaker memory holds for a surname tied to two actors: it speaks for neither.
TWO_ACTORS = ""
# Titles that make a person speak for an actor when named with it ("M23 spokesman", "the group's commander").
SPEAKING_TITLE = (r"(?:spokes(?:man|woman|person)|commander|leader|chief|head|minister|governor|mayor|president|prime\s+minister|"
                  r"secretary|envoy|ambassador|general|colonel|official|emir|representative)s?")
# An actor's title then the person: "['s] (Defence) Minister (Gen.) Rustem Umerov".
TITLE_THEN_PERSON = re.compile(
    r"(?:['’]s?)?\s+(?:(?:[A-Z][\w-]*|(?i:military|armed|political|deputy|senior|top|field|regional|foreign|defen[cs]e|interior))\s+){0,2}?"
    rf"(?i:{SPEAKING_TITLE})\s+{_PERSON}\b"
)
# A title, the person, then whose: "spokesman John Smith of Kenya", "commander Ali Musa of the RSF".
TITLE_PERSON_OF = prefiltered(re.compile(rf"(?i:{SPEAKING_TITLE})\s+{_PERSON}\s+of\s+(?:the\s+)?"))
# A person, then an apposition with a title: "Willy Ngoma, the M23 spokesman", "Abu Musab, the group's spokesman".
# (the article may be left out before "head of": "Andriy Melnyk, head of Ukraine's border service")
PERSON_THEN_TITLE = prefiltered(re.compile(rf"{_PERSON},\s+(?i:(?:(?:the|a|an)\s+[^,;.“”\"]{{0,60}}?|(?:[\w-]+\s+)?(?=(?:head|chief|spokes\w+|commander|leader|governor)\s+of\b))\b{SPEAKING_TITLE}\b(?:\s+(?:of|for)\s+(?:the\s+)?)?)"))
GROUP_TITLE = re.compile(rf"\bthe\s+(?:group|movement|militants|rebels|insurgents|organi[sz]ation|militia)['’]s?\s+(?:[\w-]+\s+){{0,2}}?{SPEAKING_TITLE}\b", re.I)
# The title right after the actor ("the M23 spokesman") or the actor after "title of" ("a commander of the RSF").
OWNED_TITLE = re.compile(rf"(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?{SPEAKING_TITLE}\b", re.I)
TITLE_OF = re.compile(rf"\b{SPEAKING_TITLE}\s+(?:of|for)\s+(?:the\s+)?$", re.I)
# A reporting verb in the passive before an infinitive: "is believed to", "were reported to", "is said to".
BELIEVED_TO = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+|still\s+)*$", re.I)
# The same verbs in a reduced relative ("gunmen believed to be ...", "militants thought to have ...").
RAISING_VERB = re.compile(r"believed|thought|suspected|said|reported|alleged|understood|known", re.I)
# A person's name in apposition to a title, just before the verb: ", Geir Pedersen, ".
# Where a name in apposition starts: after the comma, past "the" or ranks and courtesy titles ("Brig. Gen.", "Colonel").
APPOSED_NAME_START = re.compile(
    r",\s*(?:the\s+)?(?:(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Cpl|Pvt|Cmdr|Cdr|Adm|Cmdt|Supt|Insp|Amb|Dr|Mr|Ms|Mrs|Prof)\.?(?:-\w+\.?)?\s+"
    r"|(?:lieutenant|colonel|general|major|captain|sergeant|brigadier|corporal|private|commander|admiral|marshal|doctor|professor|sheikh)\s+)*$",
    re.I,
)
NAME_APPOSITION_TAIL = re.compile(r"(?<=\w),\s+(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+,\s*$")
# How long a subject's phrase may run to its verb when actors inside it were passed over.
SUBJECT_PHRASE_LIMIT = 100
# "... rejected the claims and said": a second reporting verb sharing the first one's subject.
# A second verb of the same subject: "rejected the claims and said ...", "rejected the figures, saying ..." (a participle
# after a comma shares the main verb's subject).
# Reporting verbs in a headline's present tense.
HEADLINE_VERB = re.compile(r"says|claims|denies|insists|reports|confirms|announces|admits|rejects|accuses|warns|vows|tells", re.I)
COORDINATED_VERB = re.compile(r"\band\s+(?:also\s+|later\s+|then\s+)?$", re.I)
SHARED_SUBJECT_PARTICIPLE = re.compile(r"saying|adding|insisting|claiming|stressing|noting", re.I)


def _subject_before(view: SentenceView, verb_start: int) -> ActorMention | None:
    """The actor heading the clause whose verb starts at `verb_start` ('Armenia's Defense ministry said'),
    past actors that are objects inside the subject's phrase ('The M23 rebel group fighting the army in
    eastern Congo on Friday rejected') and past a relative clause ('The TTP, which ..., accused')."""
    relative = RELATIVE_BEFORE_VERB.search(view.text, 0, verb_start)
    if relative is not None:
        head = view.last_actor_before(relative.start() + 1)
        if head is not None and head.role in ROLES_FOR_CLAIMANT and relative.start() - head.end <= 3:
            return head
    candidates = [a for a in view.actors if a.end <= verb_start and a.role in ROLES_FOR_CLAIMANT
                  and not (relative is not None and relative.start() < a.start)]  # not "ASEAN" of ", who chairs ASEAN,"
    for actor in reversed(candidates):
        prefix = view.text[: actor.start]
        inner_object = (OBJECT_OF_PREPOSITION.search(prefix) or PARTICIPLE_OBJECT.search(prefix)) and not INSTITUTION_OF.search(prefix)
        if inner_object and REPORT_BY.search(prefix) and getattr(load_registry().actor(actor.code), "kind", None) == "body":
            inner_object = False  # "a report by UN experts seen by Reuters said": the body whose report it is speaks
        if inner_object and STATEMENT_BY.search(prefix):
            inner_object = False  # "A statement from the Arakan Army condemned": the party whose words they are speaks
        if actor.role == "capital" and re.search(r"(?i)\b(?:spokes(?:man|woman|person)|leader|commander|officer|member|representative|correspondent)\s+(?:in|from|at)\s+$", prefix):
            inner_object = True  # "a spokesman in Juba": where the speaker is, not whose ("authorities in Khartoum" are Sudan's)
        if re.search(r",\s+or\s+$", prefix) and any(a.code == actor.code and a.end <= actor.start for a in candidates):
            continue  # "The Pakistani Taliban, or TTP, said": the short name in apposition, the full name heads the verb
        if re.search(r"(?i),\s+(?:known\s+as|also\s+called|called)\s+$", prefix) and any(a.end <= actor.start for a in candidates):
            continue  # "The African Union mission, known as AUSSOM, said": the name in apposition, the phrase before heads the verb
        named = next((a for a in candidates if a.role != "generic" and re.fullmatch(r",\s+", view.text[a.end : actor.start])), None)
        if named is not None and POSSESSIVE_TIE_AFTER.fullmatch(view.text[actor.end : verb_start]) and _heading(view, named, verb_start, skipped=True) is not None:
            return named  # "JNIM, al-Qaeda's Sahel affiliate, claimed": the group named before the apposition speaks
        if not inner_object:
            head = _heading(view, actor, verb_start, skipped=actor is not candidates[-1])
            if head is None and (actor.role == "generic" or APPOSED.search(prefix)):
                continue  # "Abu Musab, the group's spokesman, said", "JNIM, the al-Qaeda affiliate, said": an actor inside the
                # apposition, not the subject
            return head
    return None


# Sources outside the registry heading the verb after a comma, past a day named before them ("..., on Thursday, residents
# said"): the clause before the comma is what they report.
SOURCE_AFTER_COMMA = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,3}?(?:witnesses|residents|locals|sources|doctors|medics|activists|monitors|villagers|survivors|relatives|"
    r"paramedics|rescuers|analysts|observers|journalists|media|eyewitnesses)\s+(?:(?:also|later|have|had|has)\s+)?$",
    re.I,
)


# Partners named only by their tie to the actor before them: "and its Western allies", "and their backers".
UNNAMED_PARTNERS_TAIL = re.compile(r"^\s+and\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:allies|partners|backers|supporters|proxies)\s+$", re.I)


def _heading(view: SentenceView, actor: ActorMention, verb_start: int, skipped: bool) -> ActorMention | None:
    if SOURCE_AFTER_COMMA.search(view.text[actor.end : verb_start]):
        return None  # "the RSF shelled the town on Thursday, residents said": the residents speak, not the RSF
    # "The army on Monday, Jan. 23, said"; but a day closing a clause keeps its comma ("Russian strikes killed five
    # people on Monday, the governor said": the governor heads the verb)
    between = DAY_ADVERBIAL.sub(lambda day: "," if day.start() > 0 and day.group().rstrip().endswith(",") else " ",
                                view.text[actor.end : verb_start])
    between = NAME_APPOSITION_TAIL.sub(" ", between)  # "The UN envoy for Syria, Geir Pedersen, said": the title's holder
    between = CHANNEL_TAIL.sub(" ", KNOWN_AS_TAIL.sub(" ", between))  # "The Ukrainian air force, in a post on Telegram, said"
    between = SPEAKING_TAIL.sub(" ", between)  # "Turkey's president, speaking after talks in Ankara, called"
    between = DISCOURSE_TAIL.sub(" ", between)  # "Armenia's defence ministry, in turn, said"
    between = RELATIVE_CLAUSE_TAIL.sub(" ", between)  # "Malaysia's Prime Minister Anwar Ibrahim, who chairs ASEAN, urged"
    between = UNNAMED_PARTNERS_TAIL.sub(" ", between)  # "Kyiv and its Western allies accused": the actor named speaks
    if re.search(r"[;“”\"]", between):
        return None
    if APPOSITION.fullmatch(between) and not re.search(r"\b(?:that|which|who|whose)\b", between, re.I):
        return actor  # "The White Army, a loosely organised group of armed youth, announced"
    if actor.role != "generic" and POSSESSIVE_ROLE_AFTER.fullmatch(between) and re.search(r",\s*$", view.text[: actor.start]) and (re.search(r"['’]s?$", actor.text) or between.startswith(("'", "’"))):
        return actor  # "The Qassam Brigades, Hamas's armed wing, said": the apposition names whose body speaks
    if SPEAKER_ROLE_AFTER.fullmatch(between) and re.search(r"(?:^|,)\s*(?:a|an|the)\s+$", view.text[: actor.start]):
        return actor  # "X, a White Army leader in Nasir, told": the speaker speaks for the actor in the apposition
    if ROLE_FOR_BEFORE.search(view.text[: actor.start]) and WHOSE_BODY_TAIL.fullmatch(between):
        return actor  # "Nabil Abdallah, spokesman for the Sudanese army, accused": the body the apposed title serves speaks
    if len(between) > (SUBJECT_PHRASE_LIMIT if skipped else 60):
        return None
    if re.search(r"\b(?:that|which|who|and|but|while|as|if|when|because|after|before|whose)\b", between, re.I):
        return None
    # "Hezbollah's military wing, the Islamic Resistance, said", "the army's spokesman, Brig. Gen. X, said"
    appositive = re.fullmatch(r",\s*", between) and APPOSED_NAME_START.search(view.text[: actor.start])
    if "," in between and not re.fullmatch(r",[^,;]{1,50},\s*", between) and not appositive:
        return None  # ("the President, Ilham Aliyev, stated": the name in apposition heads the clause)
    return actor


# A title in apposition, with no article, serving the actor after it: "X, spokesman for the Sudanese army, said".
ROLE_FOR_BEFORE = re.compile(r",\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|commander|leader|head|chief|representative|envoy|"
                             r"ambassador|minister|official)\s+(?:for|of)\s+(?:the\s+)?$", re.I)
WHOSE_BODY_TAIL = re.compile(r"(?:['’]s?)?(?:\s+(?!(?:that|which|who|and|but)\b)[\w'’-]+){0,3}?\s*,\s*", re.I)


# A pronoun speaking inside a relative clause ("..., which it said killed 31 civilians"): the sentence's subject speaks.
RELATIVE_PRONOUN_SPEAKER = re.compile(r"\b(?:which|that)\s+(?:it|they|he|she)\s*$", re.I)
# A pronoun speaking after the clause it reports ("..., it said on Telegram", "..., they said in a statement").
TRAILING_PRONOUN = re.compile(r",\s*(?P<pronoun>it|they)\s+(?:(?:also|further|later|then|had|has|have)\s+)*$", re.I)
# The head of a sentence before its verb: the actor first in the sentence, after a determiner at most.
SENTENCE_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)


# The noun a side's adjective heads ("Russian troops", "the Sudanese army", "Israeli air defence forces").
HEAD_NOUN_AFTER_ADJECTIVE = re.compile(r"(?:\s+(?:air|armed|special|security|defen[cs]e|ground|naval|border))*\s+(?P<noun>[a-z][\w-]*)\b")


def _sentence_head_for_pronoun(view: SentenceView, before: str) -> str | None:
    """The actor heading the sentence that a trailing "it"/"they" after a comma speaks for, when the pronoun's number
    agrees with it ("The Sudanese army killed 40 fighters, it said"; "The Houthis hit a ship, they said"), else None."""
    trailing = TRAILING_PRONOUN.search(before)
    if trailing is None or not view.actors:
        return None
    head = view.actors[0]
    if head.role not in ROLES_FOR_CLAIMANT or head.role == "generic" or not SENTENCE_OPENING.fullmatch(view.text[: head.start]):
        return None
    if re.search(r"[,;:“”\"]", view.text[head.end : trailing.start()]):
        return None  # the head's clause ends before the reported one: another clause, another subject
    last = head.text.split()[-1]
    noun = HEAD_NOUN_AFTER_ADJECTIVE.match(view.text, head.end) if head.role in ("adjective", "demonym") else None
    if noun is not None:
        last = noun.group("noun")  # "Russian troops fired on the city, it added": "troops" are no "it"
    elif last[:1].isupper():
        return head.code  # a name ("Hamas", "the Houthis", "Russia") is spoken of as "it" or "they"
    plural = last.lower().endswith("s")  # "Russian forces" are "they"; "the Sudanese army", "Ukraine's air force" are "it"
    return head.code if plural == (trailing.group("pronoun").lower() == "they") else None


# A denied claim named with its source before the figure: "denied the claim by the rebels that ...",
# "rejected reports from Hamas that ...", "denied the group's assertion that ...".
SOURCE_BEFORE = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|allegations?|assertions?|statements?)\s+(?:by|of|from)\s+(?:the\s+)?$", re.I)
SOURCE_OWNS = re.compile(r"(?:['’]s?)?\s+(?:[\w'’-]+\s+)?(?:claims?|reports?|allegations?|assertions?|statements?)\s+that\b", re.I)
SOURCE_THAT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+that\b")


def denied_source(view: SentenceView, anchor: Anchor | None, draft: DraftClaim) -> str | None:
    """The actor whose claim a denial rejects, named between the denying verb and the claim's words
    ("The army denied the claim of the NPA that eight soldiers were killed" -> the NPA asserts it)."""
    if anchor is None or not anchor.denial or anchor.end > draft.start:
        return None
    for actor in view.actors_between(anchor.end, draft.start):
        if actor.role == "pronoun" or actor.code == anchor.claimant:
            continue
        gap_before, gap_after = view.text[anchor.end : actor.start], view.text[actor.end : draft.start]
        if SOURCE_BEFORE.fullmatch(gap_before.lstrip()) and SOURCE_THAT.match(gap_after):
            return actor.code
        if re.fullmatch(r"\s*(?:the\s+)?", gap_before) and SOURCE_OWNS.match(gap_after):
            return actor.code
    return None


# A denial after the claim it rejects: "..., a claim the M23 dismissed", "..., which Kyiv denied", "..., figures Hamas disputes".
DENIED_AFTER = re.compile(
    r"[^.;]{0,60}?,\s+(?:(?:(?:a|an)\s+)?(?:\w+\s+)?(?:claim|claims|figure|figures|toll|report|reports|number|account|assertion|charges?|accusations?|allegations?)\s+(?:that\s+|which\s+)?|which\s+"
    # a counter-claim joined to the claim ("..., while Israel denied the claim", "..., but Kyiv denies it"): see DENIED_OBJECT
    r"|(?P<joined>(?:while|but|whereas|though|although|and)\s+))(?:the\s+)?$",
    re.I,
)
# What a joined denial rejects: the claim before it, named or not ("denied the claim", "denies it", "rejected this"), never a
# clause of its own ("but the army denied that civilians were hit": a denial of another thing).
DENIED_OBJECT = re.compile(r"\s*(?:\s(?:it|this|that|them|(?:the|these|those|such)\s+(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|figures?|account|assertions?|toll)))?"
                           r"\s*(?:[.;,)\"”]|$|\s+as\b|\s+outright\b|\s+categorically\b)", re.I)
DENIAL_AFTER_ACTOR = re.compile(r"(?:\s+(?:government|army|military|authorities|officials|forces|ministry|side))?"
                                r"\s+(?:has\s+|had\s+|have\s+|swiftly\s+|quickly\s+|later\s+|strongly\s+)*(?:denied|denies|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes)\b", re.I)


def denier_after(view: SentenceView, draft: DraftClaim) -> str | None:
    """The actor who denies the claim just made, in a clause after it ("the army said it killed 60 rebels,
    a claim the M23 dismissed as propaganda" -> the M23 denies the toll)."""
    for actor in view.actors:
        if actor.start < draft.end or actor.role == "pronoun":
            continue
        lead = DENIED_AFTER.search(view.text, draft.end, actor.start)
        denial = DENIAL_AFTER_ACTOR.match(view.text, actor.end) if lead is not None and lead.end() == actor.start else None
        if denial is not None and (not lead.group("joined") or DENIED_OBJECT.match(view.text, denial.end())):
            return actor.code
        if not re.fullmatch(r"[^.;]*,\s*", view.text[draft.end : actor.start]) or not re.match(r"\s*,", view.text[actor.end :]):
            return None  # only a place or side set off by commas ("... in Sagaing, Myanmar, but the military denied it") is passed
    return None


# Speakers around reporting words that name an institution without its state ("the army said", "said police",
# "according to health officials", "medics said") ...
UNNAMED_INSTITUTION = re.compile(
    r"\b(?:officials?|authorit(?:y|ies)|ministry|spokes(?:man|woman|person)|army|military|police|medics|paramedics|prosecutors?|"
    r"health\s+workers|rescuers|emergency|administration|governor|mayor|forces|government|agency|services?|"
    r"office|presidency|prime\s+minister|president|cabinet|(?-i:MoH|MoD|MoI|MOH|MOD))\b",  # a ministry by its initials
    re.I,
)
# ... and those that are outside sources or unnamed individuals, who give no claimant (GOLD_FORMAT): besides the
# ANONYMOUS ones, media, residents, witnesses, doctors, monitors, "an Israeli official".
OUTSIDE_OR_INDIVIDUAL = re.compile(
    r"\b(?:anonymous|media|outlets?|residents?|witness(?:es)?|locals|activists?|monitors?|"
    r"observatory|journalists?|reporters?|correspondents?|(?:war\s+|military\s+)?bloggers?|milbloggers?|channels?|analysts?|experts?|commentators?|observers|villagers|relatives|family|doctors?|hospital|NGOs?|groups?|"
    r"(?:aid|relief|rights|humanitarian|medical)\s+(?:agencies|organi[sz]ations|workers)|charities|"
    # businesses ("a spokesperson for the electricity company", "the port operator")
    r"compan(?:y|ies)|firms?|corporations?|utilit(?:y|ies)|operators?|providers?|manufacturers?|owners?)\b|"
    r"\ban?\s+(?:[\w.-]+\s+){0,2}official\b|"  # "a U.S. defense official"
    r"\b(?:a|an|one)\s+(?:[\w.-]+\s+)?(?:member|fighter|soldier|militiaman|rebel|combatant)\s+(?:of|with|from|in)\b",  # "a member of the PDF"
    re.I,
)


PASSIVE_BEFORE = re.compile(r"\b(?:been|being|is|are|was|were)\s+(?:(?:widely|also|repeatedly|previously|often)\s+)?$", re.I)


def unnamed_institution_speaks(text: str, anchor: Anchor) -> bool:
    """Whether the reporting words of `anchor` have an institution for speaker that names no state and is no
    outside source or single unnamed official: the institutions of the side whose losses they report."""
    around = text[max(0, anchor.position - 70) : anchor.end + 40]
    if PASSIVE_BEFORE.search(text, 0, anchor.position):
        return False  # "the RSF have been accused of killing 200 people": a passive report names no speaker
    speaker = _speaker_clause(text, anchor)
    return (UNNAMED_INSTITUTION.search(speaker) is not None and OUTSIDE_OR_INDIVIDUAL.search(speaker) is None
            and ANONYMOUS.search(around) is None and ANONYMOUS.search(speaker) is None)


SPEAKER_CLAUSE_BOUNDARY = re.compile(r"[,;:\"“”()]")


def _speaker_clause(text: str, anchor: Anchor) -> str:
    """The words that can name the speaker of reporting words: the clause before the verb ("..., hospital
    officials said"), and after it when nothing stands before it in its clause ("..., said a doctor", "according to
    residents"). What the claim itself tells ("12 members of one family, medics said") names no speaker."""
    before = text[max(0, anchor.position - 70) : anchor.position]
    boundaries = list(SPEAKER_CLAUSE_BOUNDARY.finditer(before))
    clause = before[boundaries[-1].end() :] if boundaries else before
    if re.search(r"\w", clause):
        return clause + text[anchor.position : anchor.end]
    after = re.match(r"[^,;:.\"“”()]{0,60}", text[anchor.end :])
    return clause + text[anchor.position : anchor.end] + (after.group() if after else "")


# A report called false by whoever speaks: "reports of two jets shot down are fake", "claims that 40 soldiers died
# were a fabrication", "information about losses is untrue".
REBUTTED_REPORT = prefiltered(re.compile(
    r"\b(?:reports?|claims?|allegations?|rumou?rs?|information|news|statements?)\s+(?:of|that|about|on)\b[^.;:\"“”]{0,100}?\s+"
    r"(?:are|were|is|was)\s+(?:(?:simply|completely|totally|absolutely|entirely|all|also|pure|sheer|nothing\s+but|nothing\s+more\s+than|an?|mere|just)\s+)*"
    r"(?:fake|false|untrue|baseless|groundless|lies?|fabricated|fabrications?|nonsense|propaganda|inaccurate|incorrect|"
    # the report called invented or exaggerated: "claims of destroyed tanks were fantasies", "reports ... are fiction"
    r"not\s+true|disinformation|misinformation|unfounded|fantas(?:y|ies)|fantastical|fiction(?:al)?|fairy[\s-]tales?|invented|made\s+up|"
    r"exaggerated|inflated|hoax(?:es)?|absurd|ridiculous|made-up|imaginary|delusional|wishful\s+thinking)\b",
    re.I,
))


def rebutted_report(text: str, draft: DraftClaim) -> tuple[int, int] | None:
    """The span of a report its speaker calls false, when the draft lies inside it."""
    for match in REBUTTED_REPORT.finditer(text):
        if match.start() <= draft.start and draft.end <= match.end():
            return match.start(), match.end()
    return None


# The outlet's own narration after a trailing attribution: "..., the ministry said, as Hezbollah fired rockets",
# "..., the air force said on Monday, while fighting raged": the clause after it is no one's report.
NARRATION_AFTER_ATTRIBUTION = re.compile(
    r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|late\s+\w+day|early\s+\w+day))?\s*,\s*(?:as|while|whereas|even\s+as|amid)\b", re.I)


# A claim of responsibility: "claimed responsibility / credit for", "claimed the attack", "claimed Friday's ambush". The
# claimer owns the attack, not the toll the sentence gives ("... claimed an attack that left 14 soldiers dead").
RESPONSIBILITY_CLAIMED = re.compile(
    r"\s+(?:(?:full\s+)?(?:responsibility|credit)\b|(?:(?:one|two|three|four|five|six|\d+|some|several|most|all|many|both|each)\s+of\s+)?"
    r"(?:(?:the|an?|this|that|these|those|its|their)\s+)?"
    r"(?:(?!(?:it|they|he|she|we|to|that|of|about|over|had|has|have|was|were|would|will)\b)[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|raids?|strikes?|assaults?|massacres?|killings?|kidnappings?|abductions?|"
    r"shootings?|suicide\s+\w+|operations?)\b)", re.I)


def anchor_for(draft: DraftClaim, anchors: list[Anchor], text: str) -> Anchor | None:
    """The anchor a draft is credited to: for a statement, its own verb when that names a speaker ("Moscow
    condemned", "He vowed"), else the nearest reporting words before it unless the outlet's narration starts after
    them (", the ministry said, as Hezbollah fired rockets": nobody's), else the first after it."""
    if draft.type == "statement":
        # its own verb, else a statement verb before it in its clause ("called the decision a provocation")
        last = [a for a in anchors if a.position <= draft.start]
        if last and last[-1].claimant is not None and (not last[-1].speech or draft.start < last[-1].end):
            return last[-1]
    judged = [a for a in anchors if not a.speech and a.claimant is not None and a.end <= draft.start
              and ACT_JUDGED_AFTER.fullmatch(text, a.end, draft.start) and GERUND_START.match(text, draft.start)]
    if judged:
        return judged[-1]  # "Sudan castigated the UAE for arming the RSF": a charge of that act, the one judging claims it (GOLD_FORMAT)
    anchors = [a for a in anchors if a.speech and not (a.responsibility and draft.type in ("casualty", "materiel"))]
    before = [a for a in anchors if a.end <= draft.start + 1]
    if before and before[-1].position > 0 and text[before[-1].position - 1 : before[-1].position].isspace() \
            and re.search(r",\s+(?:[\w'’-]+\s+){0,5}$", text[: before[-1].position]) and NARRATION_AFTER_ATTRIBUTION.match(text, before[-1].end):
        return None  # a trailing "..., X said," closes its report; the clause after it is the outlet's
    headline = not text.rstrip().endswith((".", "!", "?", '"', "”"))
    if before and headline and any(m.start() < draft.start for m in HEADLINE_NEW_ITEM.finditer(text, before[-1].end)):
        return None  # "army says it killed 50 fighters, 12 civilians dead in shelling": a headline's next item is the outlet's
    if before:
        return before[-1]
    after = [a for a in anchors if a.position >= draft.start]
    if after and headline and "," in text[draft.end : after[0].position] and FORWARD_COMPLEMENT.match(text, after[0].end):
        return None  # "25 killed in strikes on Rafah, Hamas says it destroyed three tanks": the speaker reports what follows
    if after and ";" in text[draft.end : after[0].position] and not text.rstrip().endswith((".", "!", "?", '"', "”")):
        return None  # a headline's second half: "Three soldiers killed in drone attack; Biden blames militias" reports its own
    if after and SUBORDINATE_SPEAKER.search(text, draft.end, after[0].position):
        return None  # "rebels swept into Hama after the army said it had withdrawn": the army speaks of its own clause
    if after and after[0].denial and REPORTED_BEFORE.search(text, 0, draft.start):
        return None  # "residents said soldiers killed 12 villagers, but the military denied the reports": an unnamed source's report
    if after and after[0].claimant is not None and UNNAMED_AFTER_SPEAKER.match(text, after[0].end):
        # "..., said an army officer who asked not to be identified": an unnamed source (GOLD_FORMAT)
        return replace(after[0], claimant=None)
    return after[0] if after else None


# A statement act's object and the act it is judged for: "condemned the UAE for ", "criticised Kyiv for repeatedly ".
ACT_JUDGED_AFTER = re.compile(r"\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+for\s+(?:\w+ly\s+)?", re.I)
GERUND_START = re.compile(r"(?i)[a-z]+ing\b")


# Reporting words before a claim whose own speaker no anchor names ("Residents said ...", "Witnesses told AFP ...").
REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|told|tell|reported|report|reports|claimed|claim|claims)\b", re.I)


# A headline's items after a comma: a count opening an item of its own ("..., 12 civilians dead in El Fasher").
HEADLINE_NEW_ITEM = re.compile(r",\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b"
    # ... not an elided figure of the same report ("ministry says 11 killed, 66 hurt") nor a part of the one before
    r"(?!\s+(?:more\s+)?(?:killed|dead|hurt|wounded|injured|missing|captured)\b)(?![^,]*\b(?:of\s+them|of\s+whom)\b)", re.I)
# A reporting verb with its own complement after it ("Hamas says it destroyed three tanks"): it reports what follows.
FORWARD_COMPLEMENT = re.compile(r"\s+(?:that\s+)?(?:it|they|we|he|she|its|their|his|her)\b", re.I)


# Reporting words after a claim inside a clause of time or cause of their own ("..., after the army said", "as
# officials announced"): they report that clause, not the claim before it.
# "as" opens such a clause in a headline ("RSF shelling kills 15 as army claims recapture of base"); after a comma it
# may credit the report (", as the ministry confirmed").
SUBORDINATE_SPEAKER = re.compile(r"(?:\b(?:after|before|when|while|whereas|where|since|because|although|though|until)|(?<![,;]\s)\bas)\s+(?:[\w'’.-]+\s+){1,6}$", re.I)
# A trailing speaker said to stay unnamed: "said a militia member, who declined to be named", "a police officer said,
# asking not to be identified", "told Reuters on condition of anonymity".
UNNAMED_AFTER_SPEAKER = re.compile(
    r"[^.;:\"“”]{0,80}?\b(?:anonymity|anonymously|(?:declined|declining|refused)\s+to\s+be\s+(?:named|identified)|"
    r"(?:asked|asking|requested|requesting)\s+not\s+to\s+be\s+(?:named|identified|quoted)|not\s+authori[sz]ed\s+to\s+(?:speak|talk|brief))\b",
    re.I,
)


def hedge_in(text: str) -> bool:
    return bool(HEDGE.search(IDENTITY_QUALIFIER.sub(" ", text)))


def evidence_in(text: str) -> str | None:
    for kind, pattern in EVIDENCE.items():
        if pattern.search(text):
            return kind
    return None
