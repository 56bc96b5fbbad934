"""Actor mentions: names, adjectives, demonyms, capitals, bodies, groups and officials from the registry.

One compiled matcher per registry. Capitalised forms match case-sensitively (so "US" is the
United States and "us" is not); a possessive "'s" and a plural "s" are tolerated. Also finds
actor phrases built from a state adjective and an institution ("the Malian Defence Ministry",
"Azerbaijan's defense ministry"), which take the state's code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from counterclaim.extract.drafts import ActorMention
from counterclaim.extract.lexicon import grouped_alternation

# Forms that are also ordinary words or too ambiguous to take as an actor on their own.
AMBIGUOUS_FORMS = frozenset({"IS", "US", "AU", "EU", "UN", "SAF", "ADF", "RSF", "SDF", "PA", "Jordan", "Chad", "Georgia", "Niger", "Guinea", "Turkey", "China", "Congo", "Israel", "Mali", "Cuba", "Oman", "Togo", "Peru"})
# Forms that should only match when written exactly as registered (acronyms in capitals).
ACRONYM = re.compile(r"^[A-Z0-9&.-]{2,8}$")


@dataclass(frozen=True)
class ActorForm:
    text: str
    code: str
    role: str


class ActorMatcher:
    """Finds registry forms in a text, longest match first, without overlaps."""

    def __init__(self, forms: Sequence[ActorForm], successors: dict[str, tuple[str, date]] | None = None):
        self._successors = dict(successors or {})
        by_text: dict[str, ActorForm] = {}
        for form in forms:
            key = _key(form.text) if _case_sensitive(form.text) else _key(form.text).lower()
            by_text.setdefault(key, form)
        self._forms = by_text
        texts = list(dict.fromkeys(f.text for f in by_text.values()))
        sensitive = sorted((f for f in texts if _case_sensitive(f)), key=len, reverse=True)
        insensitive = sorted((f for f in texts if not _case_sensitive(f)), key=len, reverse=True)
        suffix = r"(?:['’]s|s|es)?(?![\w-])"
        self._sensitive = re.compile(r"(?<![\w-])(" + grouped_alternation(sensitive, _escape, case_sensitive=True) + r")" + suffix) if sensitive else None
        self._insensitive = re.compile(r"(?i)(?<![\w-])(" + grouped_alternation(insensitive, _escape) + r")" + suffix) if insensitive else None

    def find(self, text: str, when: date | None = None) -> list[ActorMention]:
        """Mentions in `text`; with `when`, a group that had become a state's government by then takes the state's code."""
        found: list[ActorMention] = []
        searched = JOINED_ACTOR.sub(lambda joint: joint.group()[:-1] + " ", text)  # same length: offsets stay those of `text`
        for pattern, fold in ((self._sensitive, False), (self._insensitive, True)):
            if pattern is None:
                continue
            for match in pattern.finditer(searched):
                key = _key(match.group(1)).lower() if fold else _key(match.group(1))
                form = self._forms.get(key)
                if form is None:
                    continue
                code = form.code
                if code in CIVIL_AUTHORITY_OF and CIVIL_BODY_AFTER.match(text, match.end()):
                    code = CIVIL_AUTHORITY_OF[code]  # "the Hamas-run health ministry", "Hamas-run civil defence": Gaza's, PSE
                successor = self._successors.get(code)
                if successor is not None and when is not None and when >= successor[1]:
                    code = successor[0]
                found.append(ActorMention(match.start(), match.end(), code, form.role, text[match.start() : match.end()]))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        result: list[ActorMention] = []
        for mention in found:
            if result and mention.start < result[-1].end:
                continue
            if _not_an_actor(text, mention, result[-1] if result else None):
                continue
            owner = result[-1] if result else None
            if (owner is not None and owner.code != mention.code and GENERIC_INSTITUTION.fullmatch(mention.text)
                    and owner.role in NATIONALITY_ROLES | {"name", "capital"} and re.fullmatch(r"(?:['’]s)?\s+(?:the\s+)?", text[owner.end : mention.start])):
                mention = ActorMention(mention.start, mention.end, owner.code, mention.role, mention.text)  # "Pakistan's Foreign Office"
            result.append(mention)
        return result


# Institutions one state's name for which other states use too: "Pakistan's Foreign Office" is Pakistan's.
GENERIC_INSTITUTION = re.compile(r"(?i)(?:foreign\s+office|security\s+council)(?:['’]s)?")


# Hyphens that join an actor to another actor or to a word of agency, read as spaces: "US-British strikes",
# "Russian-Syrian jets", "a TTP-claimed raid", "Saudi-led coalition", "an al-Qaeda-linked group". Labels of
# backing or holding ("Iran-backed", "Houthi-held") stay joined: they name no party to the act. A body that a side
# runs or installed ("the Houthi-run health ministry", "Russian-installed officials") is that side's.
JOINED_ACTOR = re.compile(
    r"[A-Za-z]-(?=(?:claimed|led|linked|affiliated|allied|aligned)\b)"
    r"|[A-Za-z]-(?=(?:run|installed|appointed|controlled)\s+(?:[\w'’-]+\s+){0,3}?(?:ministry|officials|authorities|administration|government|"
    r"governors?|mayors?|head|leaders?|council|police|court|media\s+office|civil\s+defen[cs]e|emergency\s+services?)\b)"
    r"|\b[A-Z]\w*-(?=[A-Z]\w*(?:-[A-Z]\w*)*\s+(?:coalition|forces|troops|strikes?|air\s*strikes?|jets|warplanes|fighter|aircraft|"
    r"operations?|offensive|attacks?|raids?|navy|military|air|naval|bombing|bombardment)\b)"
)


# Armed groups whose territory's civil services the codebook gives to an authority of their own (GOLD_FORMAT: the
# health ministry, civil defence and media office in Gaza are PSE, whoever runs them).
CIVIL_AUTHORITY_OF = {"HAMAS": "PSE"}
CIVIL_BODY_AFTER = re.compile(
    r"-(?:run|controlled|led)\s+(?:(?:Gaza|Gazan|Palestinian|government|local)\s+)*(?:health|civil\s+defen[cs]e|(?:government\s+)?media\s+office|"
    r"emergency|rescue|medical)\b", re.I)
# "ethnic Armenians", "ethnic Serb": people of a nation, not its state.
ETHNIC_BEFORE = re.compile(r"(?i)\bethnic\s+$")
# A country in the name of an organisation ("the Amhara Association of America", "the Bank of England"):
# the organisation speaks, not the state.
ORGANISATION_OF = re.compile(
    r"\b(?:Association|Council|Bank|University|Institute|Federation|Society|Church|Chamber|Committee|Foundation|Cent(?:er|re)|Network|"
    r"Union|Organi[sz]ation|Alliance|Coalition|League|Forum|Congress|Party|Museum|Academy|College|Fund|Agency\s+for)\s+(?:of|for|in)\s+(?:the\s+)?$"
    # a body's post in a country ("the United Nations mission in Libya", "the UN envoy to Yemen", "the US embassy in Israel")
    r"|\b(?i:mission|office|delegation|envoy|special\s+representative|representative|coordinator|embassy)\s+(?:in|to|for|on)\s+(?:the\s+)?$"
)
# Roles of a state's own forms that can stand in a second position ("Kosovar Albanian", "Bosnian Serb"): the first
# says where the people live, the second their ethnicity (GOLD_FORMAT: civilians take the state where they live).
NATIONALITY_ROLES = frozenset({"adjective", "demonym"})


# A nationality heading a monitor or an association ("the Syrian Observatory for Human Rights", "the Syrian
# Network for Human Rights"): an outside source, not the state (GOLD_FORMAT: such sources give no claimant).
# So does one heading an aid body ("the Norwegian Refugee Council", "the Danish Refugee Council").
MONITOR_AFTER = re.compile(r"\s+(?:Observatory|Association|Institute|Foundation|Society|Monitor|Network\s+for|Cent(?:er|re)\s+for|Council\s+for|Committee\s+for|"
                           r"(?:Refugee|Relief|Aid|Humanitarian)\s+(?:Council|Committee|Agency|Society|Organi[sz]ation))\b")


# A country naming a border, not a party: "near the Afghan border", "Mali's border", "the border with Mali",
# "the frontier between Chad and Niger"; its border guards and posts are its own ("Afghan border guards").
BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:northern|southern|eastern|western|porous|shared|common)\s+)?(?:border|frontier)s?\b"
                          r"(?!\s+(?:guards?|police|forces?|troops|patrols?|posts?|units?|service|agency|officials?|officers?|personnel))", re.I)
BORDER_BEFORE = re.compile(r"\b(?:borders?|frontiers?)\s+(?:with|between)\s+(?:the\s+)?(?:\w+\s+and\s+(?:the\s+)?)?$", re.I)


# Group acronyms that are also file formats: "the PDF file", "a PDF version of the report" name no fighters.
FILE_FORMAT_ACRONYMS = frozenset({"PDF"})
FILE_AFTER = re.compile(r"\s+(?:files?|documents?|versions?|formats?|copy|copies|attachments?|downloads?|reader)\b", re.I)


# A capital inside the name of a sports club or an event ("Real Madrid", "Dynamo Kyiv", "Paris Saint-Germain",
# "the Doha Open"): the club speaks, not the government seated there.
CLUB_BEFORE_CAPITAL = re.compile(
    r"\b(?:Real|Atl[eé]tico|Rayo|Dynamo|Dinamo|Spartak|CSKA|Lokomotiv|Torpedo|Zenit|Inter|Olympique|Racing|Sporting|Athletic|Stade|"
    r"Red\s+Star|Hapoel|Maccabi|Beitar|Ferencv[aá]ros|Partizan|FC|AC|SC|AS)\s+$"
)
CLUB_AFTER_CAPITAL = re.compile(
    r"\s*(?:-\s*Saint-Germain|\s+(?:FC|United|Saint-Germain|Open|Masters|Marathon|Grand\s+Prix|Film\s+Festival|Philharmonic|Stock\s+Exchange)\b)"
)


# A capitalized word right after a one-word alias of an official: a surname, so the alias was a first name. Days,
# months and the words of a title or a body are no surnames ("Abbas Monday", "Putin Administration").
GIVEN_NAME_OF_ANOTHER = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Administration|Government|Cabinet|Foundation|Doctrine|Plan|Government|Regime|Era)\b)(?-i:[A-Z][a-z]{2,})\b")


# A capitalized word right before a one-word alias of an official: another person's given name, so the alias was a
# surname they share ("Hamas spokesman Hazem Qassem"). Titles, days, months and sentence openers are no given names.
GIVEN_NAME_BEFORE = re.compile(
    r"(?<![.!?:\"“]\s)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|President|Minister|Premier|Sheikh|Sheik|General|Gen|Commander|Chief|Leader|Spokesman|Spokeswoman|"
    r"Spokesperson|Speaker|Secretary|Ambassador|Envoy|Governor|Mayor|Colonel|Lieutenant|Major|Captain|Marshal|Admiral|Ayatollah|Imam|Emir|King|"
    r"Prince|Sultan|Chancellor|Director|Head|Deputy|Senator|Mr|Mrs|Ms|Dr|Prof|Sayyed|Sayyid|Hajj|Mullah|Field|Supreme|Acting|Former|"
    r"Foreign|Defence|Defense|Interior|Prime|Vice|Army|Brigadier|Abu)\b)(?-i:[A-Z][a-z]{2,})\s+$")


# A title right before a nationality's word that a surname follows: the word is a given name ("Energy Minister German
# Galushchenko", "General German Titov").
TITLE_BEFORE = re.compile(r"\b(?:Minister|President|General|Gen\.|Commander|Governor|Mayor|Ambassador|Colonel|Col\.|Lieutenant|Major|Captain|"
                          r"Chief|Spokes(?:man|woman|person)|Dr\.|Mr\.|Mrs\.|Ms\.)\s+$")


# A dispatch's dateline: where the report was filed, not who speaks or acts ("KHARTOUM, Sudan (AP) —",
# "Beirut, Lebanon —", "Kyiv, March 3 (Reuters) -"). Before the place: nothing, or the city and a comma.
DATELINE_BEFORE = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+)?")
DATELINE_AFTER = re.compile(
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
    r"\s*(?P<agency>\([^()]{1,40}\))?\s*[-–—]{1,2}\s")


def _in_dateline(text: str, mention: ActorMention) -> bool:
    after = DATELINE_AFTER.match(text, mention.end)
    before = DATELINE_BEFORE.fullmatch(text, 0, mention.start)
    # a place alone before a dash may be a headline's ("Israel — live"): alone, it needs the agency or a date
    return bool(after and before and (before.group().strip() or after.group("agency") or after.group().strip(" -–—")))


# A place named after a country's name ("Niger State" in Nigeria, "the Niger Delta", "the Jordan Valley").
NAMED_AFTER_COUNTRY = re.compile(r"\s+(?:State|Delta|River|Valley|Basin)\b")


# A state's diplomats posted to a body: "Israel's UN ambassador", "the Iranian UN mission", "Russia's EU envoy".
ENVOY_BODIES = frozenset({"UN", "EU", "AU", "NATO", "OSCE", "IAEA", "ECOWAS", "OIC", "ARAB_LEAGUE"})
ENVOY_AFTER_BODY = re.compile(r"\s+(?:(?:deputy|permanent|special)\s+)?(?:ambassador|envoy|representative|mission|delegation|delegate|diplomat|permanent\s+representative)s?\b", re.I)


def _not_an_actor(text: str, mention: ActorMention, previous: ActorMention | None) -> bool:
    if mention.role in {"name", "capital"} and _in_dateline(text, mention):
        return True
    if mention.role == "name" and not mention.text.endswith(("s", "'", "’")) and NAMED_AFTER_COUNTRY.match(text, mention.end):
        return True
    if mention.role == "capital" and (CLUB_BEFORE_CAPITAL.search(text[max(0, mention.start - 20) : mention.start])
                                      or CLUB_AFTER_CAPITAL.match(text, mention.end)):
        return True
    if mention.text.rstrip("s") in FILE_FORMAT_ACRONYMS and FILE_AFTER.match(text, mention.end):
        return True
    if mention.role in NATIONALITY_ROLES | {"name"} and (
            BORDER_AFTER.match(text, mention.end) or BORDER_BEFORE.search(text[max(0, mention.start - 60) : mention.start])):
        return True
    if mention.role in NATIONALITY_ROLES | {"name"} and MONITOR_AFTER.match(text, mention.end) and not re.search(r"['’]s?$", mention.text):
        return True  # not "Ukraine's Centre for Countering Disinformation": a state's own body, named with its possessive
    if mention.role in NATIONALITY_ROLES | {"name"} and ETHNIC_BEFORE.search(text[max(0, mention.start - 10) : mention.start]):
        return True
    if mention.role == "name" and ORGANISATION_OF.search(text[max(0, mention.start - 40) : mention.start]):
        return True
    if (mention.role in NATIONALITY_ROLES and GIVEN_NAME_OF_ANOTHER.match(text, mention.end)
            and TITLE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])):
        return True
    if mention.role == "official" and " " not in mention.text.strip() and GIVEN_NAME_OF_ANOTHER.match(text, mention.end):
        return True  # "Abbas Araqchi", "Khan Muttaqi": a one-word alias followed by a surname is someone else's first name
    if mention.role == "official" and " " not in mention.text.strip() and GIVEN_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return True  # "Hamas spokesman Hazem Qassem": a one-word alias after another's given name is someone else's surname
    if (previous is not None and mention.code in ENVOY_BODIES and previous.code != mention.code and previous.role != "pronoun"
            and re.fullmatch(r"(?:['’]s?|n)?\s+", text[previous.end : mention.start]) and (ENVOY_AFTER_BODY.match(text, mention.end) or ENVOY_AFTER_BODY.search(" " + mention.text))):
        return True  # "Israel's UN ambassador Danny Danon", "Russia's UN envoy": the state's diplomat at the body, not the body
    if (previous is not None and mention.role in NATIONALITY_ROLES and previous.role in NATIONALITY_ROLES
            and previous.code != mention.code and text[previous.end : mention.start] == " "):
        return True
    if mention.role == "demonym" and not mention.text.endswith("s") and (word := NAME_WORD_BEFORE.search(text, 0, mention.start)) is not None \
            and not re.search(r"(?:^|[.!?:;\"“(]\s*)$", text[: word.start()]):
        return True  # "near Zelene Pole", "in Chyste Pole": a singular demonym after a name's word is the end of a place's name
    return False


# A capitalized word of a name right before a word: not an article, a number or a title that may head a person.
NAME_WORD_BEFORE = re.compile(r"\b(?!(?:The|A|An|One|Two|Three|Four|Five|Young|Elderly|Another|Every|Each|Its|His|Her|Their|Our)\s)(?-i:[A-Z][a-z]+) $")


def _case_sensitive(form: str) -> bool:
    return form[:1].isupper() or bool(ACRONYM.match(form))


APOSTROPHE = "\x00"  # placeholder, turned into a class after escaping


def _key(text: str) -> str:
    """How a matched surface is looked up: apostrophes, spaces and hyphens as the pattern lets them vary."""
    return re.sub(r"[\s\-]+", "", text.replace("’", "'"))


def _escape(form: str) -> str:
    # Spaces match any whitespace, hyphens may be a space or dropped, and a straight or curly apostrophe
    # matches either ("People's Defence Force" / "People’s Defence Force").
    escaped = re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
    return escaped.replace("'", APOSTROPHE).replace("’", APOSTROPHE).replace(APOSTROPHE, "['’]")


@lru_cache(maxsize=4)
def registry_matcher() -> ActorMatcher:
    """The matcher over the default registry (cached for the process)."""
    from counterclaim.data.actors import load_registry

    registry = load_registry()
    return ActorMatcher([ActorForm(f.text, f.code, f.role) for f in registry.forms], registry.successors)


@lru_cache(maxsize=64)
def war_alias_matcher(profile_id: str) -> ActorMatcher | None:
    """The matcher over the aliases that hold only inside one war (generic words such as "separatist
    authorities"), or None when its profile has none: applied once a text's war is known."""
    from counterclaim.data.actors import load_registry

    registry = load_registry()
    forms = [ActorForm(f.text, f.code, f.role) for f in registry.war_only_forms.get(profile_id, ())]
    profile = registry.profile(profile_id)
    state_sides = [side for side in (profile.sides if profile else ()) if getattr(registry.actor(side), "kind", None) == "state"]
    if profile is not None and len(state_sides) == 1 and len(profile.sides) > 1 and tuple(profile.countries) == tuple(state_sides):
        # a war of one state against armed groups on its own soil: "government forces", "federal troops", "junta jets" are
        # the state's (not in Lebanon, where Israel fights Hezbollah and "government troops" are Lebanon's)
        forms += [ActorForm(text, state_sides[0], "military") for text in STATE_FORCES]
    if not forms:
        return None
    return ActorMatcher(forms, registry.successors)


# The forces of the one state in a war against armed groups, named by its government rather than its name.
STATE_FORCES = tuple(
    f"{owner} {force}"
    for owner in ("government", "pro-government", "federal", "junta", "regime", "state")
    for force in ("forces", "troops", "soldiers", "army", "military", "drones", "aircraft", "warplanes", "jets", "helicopters",
                  "artillery", "security forces")
)


# An acronym a text defines after a name ("the Arakan Army (AA)", "the Sudanese Armed Forces (SAF)"): the text's own
# short form of that actor, however ambiguous it is elsewhere ("AA" is also a news agency).
DEFINED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9-]{1,7})\)")
# Roles whose acronym stands for the actor itself (not "the Israeli (IDF)" after a mere adjective).
ACRONYM_ROLES = frozenset({"name", "group", "military", "ministry", "body", "authority"})


def defined_acronyms(texts_with_mentions: Sequence[tuple[str, Sequence[ActorMention]]]) -> ActorMatcher | None:
    """The acronyms a document defines for its actors, as a matcher for all its sentences (None when it defines none)."""
    forms: dict[str, ActorForm] = {}
    for text, mentions in texts_with_mentions:
        for mention in mentions:
            # the parenthesis after the name, or inside a registered form that holds it ("Arakan Army (AA)")
            inside = DEFINED_ACRONYM.search(mention.text)
            defined = inside if inside and inside.end() == len(mention.text) else DEFINED_ACRONYM.match(text, mention.end)
            if defined and mention.role in ACRONYM_ROLES:
                forms.setdefault(defined.group("acronym"), ActorForm(defined.group("acronym"), mention.code, mention.role))
    return ActorMatcher(list(forms.values())) if forms else None


def with_war_aliases(text: str, mentions: list[ActorMention], matcher: ActorMatcher, when: date | None = None) -> list[ActorMention]:
    """`mentions` plus the war's own aliases found in `text`; an alias as long as the mentions it overlaps or
    longer replaces them (in Syria's war "SNA" is the Syrian National Army, not Somalia's army), one that
    overlaps a longer mention is dropped."""
    extra = matcher.find(text, when)
    if not extra:
        return mentions
    kept = list(mentions)
    for alias in extra:
        overlapping = [m for m in kept if m.start < alias.end and alias.start < m.end]
        if any(m.end - m.start > alias.end - alias.start for m in overlapping):
            continue
        if any(m.end <= alias.start and m.code != alias.code and re.fullmatch(r"(?:['’]s?)?\s+", text[m.end : alias.start]) for m in kept):
            continue  # "Lebanese government forces", "Syria's regime forces": another state's, named before them
        kept = [m for m in kept if m not in overlapping] + [alias]
    kept.sort(key=lambda m: m.start)
    return kept
