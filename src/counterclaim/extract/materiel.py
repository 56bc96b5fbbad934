"""Materiel claims: equipment destroyed, damaged, captured or lost, with counts and categories.

An equipment phrase is an optional count, modifiers (owner adjective, model names) and a weapon
term from the lexicon. Its outcome is the nearest outcome verb before it in the same clause
("shot down one fighter jet and four drones") or after it ("12 air defense systems had been
destroyed"); list items of one category add up ("6 D-20 cannons, a mobile artillery system" -> 7).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.lexicon import (
    CIVILIAN_PEOPLE,
    COMPARED_SINCE,
    MATERIEL_OUTCOMES,
    PARTY_SINCE_CLAUSE,
    grouped_alternation,
)
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.numbers import QUANTITY, Quantity, parse_number
from counterclaim.records import Count

OUTCOME_WORDS = prefiltered(re.compile(
    # longest forms first, so that a phrasal verb wins over its bare verb ("took away" over "took")
    r"\b(?:" + "|".join(f"(?P<{k}>{'|'.join(sorted(v, key=len, reverse=True))})" for k, v in MATERIEL_OUTCOMES.items()) + r")\b",
    re.I,
))
# Words that end the reach of an outcome verb over following equipment ("and destroyed" starts anew).
CLAUSE_BREAK = re.compile(r"[;.]|\band\s+that\b|\b(?:while|but|whereas|after|before|although|which|who|when|where|targeting|targetting|attacking|heading\s+(?:for|to|towards?)|aimed\s+at|bound\s+for)\b|,\s+(?:and\s+)?(?:the|it|he|she|they|we)\s+\w+ed\b", re.I)
# ... or the words of a report between equipment and a verb ("launched 145 drones, the air force said, adding that 89 were
# shot down"): the verb has a subject of its own
CLAUSE_OR_REPORT_BREAK = re.compile(CLAUSE_BREAK.pattern + r"|\b(?:said|says|adding|added|told|stated|reported)\b", re.I)
# "Take out" destroys only the equipment right after it ("took out two tanks", not "took out a loan to buy a truck").
PHRASAL_TAKE_OUT = re.compile(r"(?i)t(?:ook|aken|aking|akes)\s+out")
# A second verb joined to the first makes both active ("Israeli aircraft struck and destroyed a launcher").
SECOND_ACTIVE_VERB = re.compile(r"\s+(?:and|then)\s+(?:\w+ly\s+)?(?:" + "|".join(v for vs in MATERIEL_OUTCOMES.values() for v in vs) + r")\s+(?:an?|the|two|three|four|five|\d+|its|their|several|dozens)\b", re.I)
# An object right after the verb makes the equipment before it the actor: "drones struck a house".
ACTIVE_OBJECT = re.compile(r"\s+(?:[\"“](?=\w)|them|it|about|around|approximately|roughly|nearly|almost|at\s+least|up\s+to|more\s+than|a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|\d+|his|her|their|its|several|most|all|some|many|both|[A-Z]\w*|"
                           r"enemy|hostile|military|strategic|key|targets?|positions?|manpower|troops|soldiers|fighters|militants|rebels|insurgents|forces|units|infrastructure|facilities|"
                           r"depots?|convoys?|columns?|strongholds?|bases?|homes|houses|buildings|civilians|people|"
                           # a free relative or a place as what was struck ("jets struck what officials called hideouts", "drones hit villages")
                           r"what|these|those|this|that|multiple|numerous|various|sites?|locations?|hideouts?|camps?|villages?|towns?|areas?|"
                           r"neighbou?rhoods?|markets?|hospitals?|schools?|vessels?|tankers?|ships?)\b")
# What may follow a participle told with no auxiliary ("two tanks hit near Kupiansk", "jet shot down over Idlib", "drone
# destroyed, Moscow says"): a place, a time, an agent, a break, the verb of a reduced relative. Anything else is the object
# of an active verb ("helicopters hit rebel positions", "its drones hit only military sites").
HEADLINE_PARTICIPLE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\]”\"'’–—-]|(?:in|on|at|near|by|over|off|outside|inside|during|after|before|as|while|when|with|from|across|along|around|"
    r"amid|behind|beyond|within|close|east|west|north|south|overnight|yesterday|today|tonight|late|early|earlier|again|last|this|for|and|or|"
    r"but|since|twice|once|into|under|that|which|according|are|were|is|was|have|has|had|will|would|could|may|might|remains?|remained|"
    # a reduced relative's verb or a clause of its own: "jets shot down are fake", "a tank destroyed, killing its crew"
    r"(?!only\b)\w+ly|\w+ing)\b)", re.I)
CUMULATIVE = re.compile(r"\b(?:so\s+far|since|in\s+total|total\s+losses|overall|to\s+date|altogether|thus\s+far)\b", re.I)
# Small arms (GOLD_FORMAT: counted small arms are "other"; uncounted ones are not coded unless heavier).
SMALL_ARMS_HEAD = re.compile(r"(?i)(?:rifles?|guns?|pistols?|kalashnikovs?|ak-?47s?|rpgs?|grenade\s+launchers?|weapons?|firearms?)$")
HEAVY_ARMS = re.compile(r"(?i)\bheavy\b")
# Munitions (GOLD_FORMAT: missiles or rockets shot down are "other", the launcher's): a munition noun as the
# head ("four Tochka-U ballistic missiles") or as what a count counts before its launcher ("eight rockets
# of HIMARS") makes the phrase a munition; "missile system", "rocket launcher" stay the launcher.
MUNITION_HEAD = re.compile(r"(?i)(?:missiles?|rockets?|projectiles?)$")
MUNITION_AFTER = re.compile(r"(?i)(?:\s+(?!(?:and|or|by|with|using|from|at|on|in|of|a|an|the|was|were|is|are|been|hit|struck|fired|carrying)\b)[\w-]+){0,3}?"
                            # two launchers' names over one munition ("eight HIMARS and Uragan rockets")
                            r"(?:\s+(?:and|or)\s+(?-i:[A-Z][\w-]*))?"
                            r"\s+(?:missiles?|rockets?|projectiles?)\b(?!\s+(?:systems?|launchers?|complex|complexes|batter(?:y|ies)|units?|divisions?|launch)\b)")
# A model's own number between its name and its noun ("Leopard 2 tank", "Leopard 2A6 tanks", "Hermes 450 drone", "Mirage 2000 jet").
MODEL_NUMBER_GAP = re.compile(r" \d{1,4}(?:[A-Z]\d?)? ")
LAUNCHER_AFTER = re.compile(r"(?i)\s+(?:systems?|launchers?|complex|complexes|batter(?:y|ies)|units?|divisions?|launch)\b")
MUNITION_OF_LAUNCHER = re.compile(r"(?i)\b(?:missiles?|rockets?|shells?|projectiles?)\s+(?:of|from|fired\s+(?:from|by))\b")
# A preposition of means before equipment: it is the instrument of the verb, not what the verb befell
# ("destroyed by a drone", "hit with missiles", "struck using rockets").
INSTRUMENT_BEFORE = re.compile(r"\b(?:by|(?<!along\s)(?<!together\s)with|using|from|in)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# A percentage between a figure and the equipment: the figure is a share ("70 percent of its launchers", "80% of").
PERCENT = re.compile(r"(?i)\s*(?:%|percent\b|per\s+cent\b)")
# "a large number of", "an unknown number of": an article that counts nothing.
UNCOUNTED_NUMBER = re.compile(r"(?i)\s+(?:(?:(?:large|great|significant|substantial|considerable|huge|big|unknown|undisclosed|unspecified)\s+)?(?:number|quantity|amount)|"
                              # a share of a stock ("a third of Iran's missile launchers", "a fraction of its drones")
                              r"(?:third|quarter|half|fifth|tenth|fraction|majority|share)\s+)(?:\s*of)(?:\s+[\w'’-]+){0,3}")
# The number of a design after its word ("Project 22160", "Type 055", "Block 5", "Mk 2"): a name, never a count.
DESIGNATION_NUMBER = re.compile(r"\b(?P<word>Project|Type|Model|Mark|Mk|Block|Series|Batch|Flight|Pr\.)\s(?P<number>\d{1,6}[A-Z]?)\b")
# A count after its noun, as tallies print it ("tanks – 9,120 (+8)", "artillery systems: 40").
COUNT_AFTER = re.compile(r"\s*(?:[–—:]|\s-)\s*(?:(?:approximately|about|around|some)\s+)?(?=\d)")
# A weapon hit before it was fired (GOLD_FORMAT: coded like one shot down): "missiles that were prepared to launch".
BEFORE_LAUNCH = re.compile(r"(?i)\s*,?\s+(?:that|which)\s+(?:was|were|had\s+been)\s+(?:\w+\s+){0,8}?(?:prepared|ready|poised|set|about|preparing)\s+to\s+"
                           r"(?:be\s+)?(?:launch|fire|launched|fired)\b")
# Crashes: a loss of a side's equipment only ("a Russian Su-34 crashed", "an army helicopter went down").
CRASHED = re.compile(r"(?i)crashed|crash-landed|went\s+down")
# A crash or a blast caused by fire: the equipment was brought down, not lost by accident ("crashed after being hit",
# "exploded after a drone strike", "went down after it was struck by a missile").
BROUGHT_DOWN_AFTER = re.compile(
    r"(?i)\s+(?:(?:shortly|soon|moments|minutes)\s+)?after\s+(?:being\s+|it\s+was\s+|they\s+were\s+)(?:hit|struck|shot|targeted|attacked|fired\s+(?:up)?on)\b"
    r"|\s+(?:(?:shortly|soon|moments|minutes)\s+)?after\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:strike|attack|hit)\b")
# A term that names the kind of the noun after it: "aircraft-type drones", "Kilo-class submarine".
TYPE_SUFFIX = re.compile(r"(?i)-(?:type|class|style|like|based|shaped|borne|mounted)\b")  # ("a vehicle-borne IED": a bomb, not a vehicle)
# A launch verb right before the equipment: its subject owns what it launched.
LAUNCHED_BEFORE = re.compile(r"(?i)\b(?:launched|launching|launches|fired|firing|fires|sent|sending)\s+(?:(?:more\s+than|at\s+least|about|some|over|nearly|almost|up\s+to)\s+)?$")
# A collective noun between an article and the equipment: "a wave of drones", "a convoy of trucks" count no one.
COLLECTIVE = re.compile(r"(?i)(?:\s+[\w-]+)?\s+(?:wave|swarm|barrage|salvo|volley|fleet|convoy|column|group|series|batch|host|cache|stockpile|lot|range|variety|flurry|hail|string|squadron|formation)s?\s+of(?:\s+[\w-]+){0,2}")
# People opening a list that goes on with equipment, right before the first equipment item ("40 Ukrainian servicemen, ").
PEOPLE_OPENING_LIST = re.compile(
    r"(?P<people>servicemen|soldiers|troops|personnel|fighters|militants|mercenaries|nationalists|militiamen|gunmen|rebels)"
    r"\s*(?:,|,?\s+and)\s+(?:(?:up\s+to|about|around|over|more\s+than|some)\s+)?$", re.I)
# A part of a counted whole: "20 of the 25 cruise missiles", "12 of their 40 drones".
PARTITIVE_GAP = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|their|its|our|these|those|all)\s+)?", re.I)
# A part of a counted whole that no figure gives: "intercepted most of the 200 missiles", "many of their 40 drones".
# Like "some" (GOLD_FORMAT), it has no count; "all of the 40 drones" keeps 40.
VAGUE_PART = re.compile(
    r"(?i)\b(?:(?:nearly|almost|roughly|about)\s+)?(?:most|some|many|part|the\s+(?:(?:vast|overwhelming|great)\s+)?majority|the\s+bulk|the\s+rest|the\s+remainder)"
    r"\s+of\s+(?:(?:the|their|its|our|these|those)\s+)?$")  # ("the vast majority of about 100 missiles": the figure's own "about")
# Categories broad enough to absorb narrower ones in one figure ("tanks and other armored vehicles").
BROADER = {"armored_vehicle": {"tank"}, "vehicle": {"tank", "armored_vehicle"}}


# A model code as written: maker letters (or 2S/9K), hyphen, digits, variant suffix ("Su-24M", "Mi-8MTV", "2S19").
# Makers' names longer than the letters of a code stand for them too ("Sukhoi-25", "Antonov-26", "Tupolev-22M3").
MODEL_CODE = r"(?-i:(?:[A-Z][A-Za-z]{0,4}|2S|9K|Sukhoi|Antonov|Tupolev|Ilyushin|Yakovlev|Mikoyan)-?\d{1,4}(?:-?[A-Z0-9]{1,4})*)"


# Modifiers that name one side of a war between a state and armed groups: "junta jets", "army trucks", "rebel
# pickups". Resolved against the document's parties (resolve.resolve_materiel).
SIDE_MODIFIER = re.compile(r"(?i)\b(?:(?P<state>junta|regime|government|army|military|air\s+force|navy|police)|(?P<group>rebel|militant|insurgent|jihadist|terrorist|militia))\b(?!\s+(?:of|from|by)\b)")
STATE_SIDE = "@state-side"
GROUP_SIDE = "@group-side"


@dataclass(frozen=True)
class EquipmentPhrase:
    start: int
    end: int
    count: Count | None
    category: str
    owner: str | None
    possessive: str | None
    head_start: int
    side: str | None = None  # STATE_SIDE or GROUP_SIDE when a modifier names one side of the war
    vague_part: bool = False  # "most of the 200 missiles": a part of a counted whole, with no figure of its own


@lru_cache(maxsize=1)
def weapon_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    from counterclaim.data.weapons import load_weapon_lexicon

    terms = load_weapon_lexicon()
    table: dict[str, str] = {}
    models: set[str] = set()
    for term in terms:
        table.setdefault(term.form.lower(), term.category)
        if term.is_model and not re.search(r"\d", term.form):
            models.add(term.form)  # a named model, written capitalized ("Tor", "Ural", "Grad"; not "the urals")
    forms = sorted({*table, *models}, key=lambda form: (-len(form), form))

    def alternative(form: str) -> str:
        # British spelling of the armour and defence words ("armoured personnel carriers", "air defence
        # systems") matches the lexicon's American one
        written = re.escape(form).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[-\s]?").replace("armor", "armou?r").replace("defense", "defen[cs]e")
        return f"(?-i:{written})" if form in models else written

    lowered_models = {m.lower() for m in models}
    alternation = grouped_alternation([f for f in forms if f not in lowered_models], alternative)
    # model codes the lexicon does not list, read by their family ("Su-24M", "Ka-52M", "T-72B3M", "BMP-1AK")
    alternation += "|" + MODEL_CODE
    # a name with a number hyphened after it is a model code, read whole ("Sukhoi-25", not "Sukhoi")
    pattern = re.compile(rf"(?i)(?<![\w-])(?P<term>{alternation})(?:s|es)?(?![\w])(?!-\d)")
    return pattern, table


# The marks of a civilian ship before its noun: its flag, owner, operator or trade ("the Liberian-flagged, Greek-owned
# vessel", "a commercial ship"), not a navy's ("a Russian navy vessel").
CIVILIAN_SHIP_BEFORE = re.compile(
    r"(?i)\b(?:[\w-]+-(?:flagged|owned|operated|managed|registered)|flagged\s+by\s+[\w ]+|merchant|commercial|civilian|cargo|container|"
    r"fishing|passenger|shipping)\s*,?\s+(?:(?:[\w-]+-(?:flagged|owned|operated|managed|registered)|[A-Z][\w'’-]*)\s*,?\s+){0,3}$")


@lru_cache(maxsize=1)
def not_equipment_ending() -> re.Pattern[str]:
    """The phrases the lexicon marks as no equipment ("think tank", "cargo ship", "bulk carrier"), as the end of the
    text before a match: the equipment noun is the head of one of them."""
    from counterclaim.data.weapons import NOT_EQUIPMENT, _read_lexicon

    forms = sorted({term.form.lower() for term, _kind in _read_lexicon() if term.category == NOT_EQUIPMENT}, key=lambda form: (-len(form), form))
    alternation = "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in forms)
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation})(?:s|es)?$")


@lru_cache(maxsize=4096)
def _category(term: str) -> str | None:
    """The category of an equipment term the weapon pattern matched. Kept for the process: the same few terms
    ("drones", "tanks") come back in text after text, and the look-up runs through the whole lexicon."""
    table = weapon_pattern()[1]
    key = re.sub(r"[\s-]+", " ", term.lower()).strip().replace("armour", "armor").replace("defence", "defense")
    for candidate in (key, key.replace(" ", "-"), key.replace(" ", "")):
        if candidate in table:
            return table[candidate]
    for form, category in table.items():
        if re.sub(r"[\s-]+", " ", form) == key:
            return category
    if re.fullmatch(MODEL_CODE, term):
        from counterclaim.data.weapons import weapon_category

        return weapon_category(term)
    return None


COUNT_BEFORE = re.compile(
    # "no" counts none (GOLD_FORMAT: a plain negative is [0, 0]: "no aircraft were lost")
    r"(?P<count>" + QUANTITY.pattern.replace("(?ix)", "") + r"|\b(?:a|an|one|another|no)\b)"
    r"(?P<mods>(?:\s+(?![-–—](?:\s|$))(?!(?:and|or|were|was|of\s+the|with|on|in|at|by|from|to|for|carrying|a|an|the|one|another|after|before|while|when|where|which|who|whose|but|because|until|since|during|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|several)(?![\w'’-]))[\w'’.-]+){0,5}?)\s*$",  # ("four one-way attack drones": a modifier)
    re.I | re.X,
)


# Words that may stand between a count or article and the equipment term: owners, makers, models.
MODIFIERS_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.-]*|[\w]+-[\w-]+|(?i:military|enemy|adversary['’]s|opponent['’]s|combat|armou?red|heavy|light|self-propelled|wheeled|tracked|mobile|modern|main|battle|fighting|infantry|anti-aircraft|air|defen[cs]e|more|other|additional|unmanned|attack|fighter|transport|cargo|multiple|rocket|junta|regime|army|government|navy|naval|police|rebel|militant|insurgent|jihadist|terrorist|militia))\s+){1,5}$")


# A passenger car, and the words that make one a side's ("an army car", "enemy cars").
CAR = re.compile(r"(?i)cars?|automobiles?")
CAR_OWNER_BEFORE = re.compile(r"(?i)\b(?:military|army|enemy|armou?red|police|patrol|official|staff|command)\s+(?:[\w-]+\s+)?$")


# Civilians named, then a vehicle of theirs: "aid workers ... when their vehicle was hit", "a family fleeing in their car".
CIVILIANS_OWN_BEFORE = re.compile(rf"\b(?:{grouped_alternation(CIVILIAN_PEOPLE)})\b[^.;]{{0,80}}?\b(?:their|his|her)\s+(?:[\w-]+\s+)?$", re.I)


def _car_of_no_side(view: SentenceView, start: int, phrases: list[EquipmentPhrase]) -> bool:
    """Whether a car at `start` is no side's: not listed after equipment ("three trucks and a car"), with no word of a
    force before it ("an army car", "enemy cars") and no side named right before it ("Russian cars")."""
    listed = bool(phrases) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:[\w-]+\s+){0,2}", view.text[phrases[-1].end : start]) is not None
    return (not listed and not CAR_OWNER_BEFORE.search(view.text, max(0, start - 30), start)
            and not any(a.role != "generic" and re.fullmatch(r"(?:['’]s)?\s+", view.text[a.end : start]) for a in view.actors))


# The equipment of the sentences read last, by what it is read from (the text, its actors and its quantities): the
# materiel finder reads each sentence's equipment, then the reading of counts whose equipment the sentence before named
# reads it again, for each sentence and for the one before, once the finders have read the whole document.
_recent_equipment: dict[tuple[str, tuple[ActorMention, ...], tuple[Quantity, ...]], tuple[EquipmentPhrase, ...]] = {}
RECENT_EQUIPMENT = 4096  # sentences: a long document's, and a few kilobytes each at most


def find_equipment(view: SentenceView) -> list[EquipmentPhrase]:
    """The equipment a sentence names, each with its count, owner and side."""
    key = (view.text, tuple(view.actors), tuple(view.quantities))
    found = _recent_equipment.get(key)
    if found is None:
        if len(_recent_equipment) >= RECENT_EQUIPMENT:
            _recent_equipment.clear()
        found = _recent_equipment[key] = tuple(_equipment_in(view))
    return list(found)


def _equipment_in(view: SentenceView) -> list[EquipmentPhrase]:
    pattern, _ = weapon_pattern()
    phrases: list[EquipmentPhrase] = []
    subset_of: str | None = None
    last_end = 0
    for match in pattern.finditer(view.text):
        category = _category(match.group("term"))
        if category is None:
            continue
        if not_equipment_ending().search(view.text, max(0, match.start() - 30), match.end()):
            continue  # "a British-registered cargo ship", "an oil tanker": a civilian ship, no materiel (GOLD_FORMAT)
        if category == "ship" and CIVILIAN_SHIP_BEFORE.search(view.text, max(0, match.start() - 60), match.start()):
            continue  # "the Liberian-flagged vessel", "a Greek-owned ship", "a merchant vessel": a civilian ship
        if CAR.fullmatch(match.group("term")) and _car_of_no_side(view, match.start(), phrases):
            continue  # "a drone hit a car near Bint Jbeil": a car of no side, listed with no equipment, is a civilian vehicle
        if category == "vehicle" and CIVILIANS_OWN_BEFORE.search(view.text, 0, match.start()):
            continue  # "two aid workers were killed when their vehicle was hit": civilians' vehicle, no materiel (GOLD_FORMAT)
        if TYPE_SUFFIX.match(view.text, match.end()):
            continue  # "aircraft-type drones", "Shahed-type attack drones": the kind of the noun after it
        if ORDINAL_BEFORE.search(view.text, max(0, match.start() - 40), match.start()):
            continue  # "the fourth such drone it has downed": one told already, counted in a running tally
        if phrases and match.start() < phrases[-1].end:
            continue
        if phrases and re.fullmatch(r"\s*\(\s*", view.text[phrases[-1].end : match.start()]) and re.match(r"\s*\)", view.text[match.end() :]):
            continue  # "26 armored fighting vehicles (AFVs)", "12 drones (UAVs)": the name before, glossed in brackets
        if phrases and MODEL_NUMBER_GAP.fullmatch(view.text, phrases[-1].end, match.start()):
            previous = phrases[-1]  # "a Leopard 2 tank", "Challenger 2 tanks": the number is the model's, not a count
            count = previous.count
            if count is None and _one_named_in_the_singular(view.text, previous.start, match.end()):
                count = (1, 1)  # "Hezbollah downs Israeli Hermes 900 drone": the noun after the number says it is one
            phrases[-1] = dataclasses.replace(previous, end=match.end(), count=count,
                                              category=previous.category if previous.category != "other" else category)
            last_end = match.end()
            continue
        if MUNITION_HEAD.search(match.group("term")) and (LAUNCHER_AFTER.match(view.text, match.end()) or (phrases and view.text[phrases[-1].end : match.start()] == " ")):
            continue  # "a Patriot missile system", "S-400 missile": the munition names the launcher's kind
        start = match.start()
        count: Count | None = None
        # a design's number is a name, not a count ("a Project 22160 patrol ship", "Type 055 destroyers"): read as a word
        window = DESIGNATION_NUMBER.sub(lambda m: m.group("word") + " " + "x" * len(m.group("number")), view.text[max(0, start - 80) : start])
        counted, vague = COUNT_BEFORE.search(window), False
        if counted and not re.search(r"[,;:]", counted.group("mods") or "") and start - len(window) + counted.start() >= (phrases[-1].end if phrases else 0):
            start = start - len(window) + counted.start()
            token = counted.group("count").strip()
            if token.lower() in ("a", "an", "one", "another") and (UNCOUNTED_NUMBER.fullmatch(counted.group("mods") or "") or COLLECTIVE.fullmatch(counted.group("mods") or "")):
                count = None  # "a large number of drones", "a wave of drones": counted by no one
            elif token.lower() in ("a", "an", "one", "another"):
                count = (1, 1)
            elif token.lower() == "no":
                count = (0, 0)
            else:
                found = [q for q in view.quantities if q.start == start]
                count = found[0].count if found else _parse_count(token)
            if count and count[0] is not None and 1900 <= count[0] <= 2100 and re.match(r"\d{4}$", token):
                count = None  # "2022 tanks" reads as a year, not a count
            if count is not None and PERCENT.match(counted.group("mods") or ""):
                count = None  # "70 percent of Hezbollah's launchers": a share of a stock, no count
            partitive = [q for q in view.quantities if PARTITIVE_GAP.fullmatch(view.text, q.end, start)]
            if partitive:
                start, count = partitive[-1].start, partitive[-1].count  # "shot down 20 of the 25 missiles": 20
            elif (vague_part := VAGUE_PART.search(view.text, 0, start)) is not None:
                start, count, vague = vague_part.start(), None, True  # "downed most of the 200 missiles": a part with no figure
        elif (partitive := [q for q in view.quantities if PARTITIVE_GAP.fullmatch(view.text, q.end, start) and re.search(r"(?i)\bof\s+the\s+$", view.text[q.end : start])]):
            start, count = partitive[-1].start, partitive[-1].count  # "shot down 51 of the drones": 51
        end = match.end()
        # "D-20 cannons" / "artillery systems": let a following generic head extend the phrase
        # and a chain of model names ("MQ-9 Reaper drone", "Su-25 Frogfoot jet") is one phrase
        while (follow := pattern.match(view.text, end + 1) if end + 1 < len(view.text) and view.text[end] == " " else None) is not None \
                or (follow := _head_after_model_words(view.text, view.text[start:end], end)) is not None:
            follow_category = _category(follow.group("term"))
            if follow_category == "other" and category != "other" and SYSTEM_COMPONENT.fullmatch(follow.group("term")):
                end = follow.end()  # "air defence radars", "air defense launchers": a part of the system, in its category
                continue
            if follow_category is None or follow_category == "other":
                break
            category = category if category != "other" else follow_category
            end = follow.end()
        if category in ("air_defense", "artillery") and (tail := SYSTEM_TAIL.match(view.text, end)) is not None:
            end = tail.end()  # "a Patriot air defense missile system launcher": one launcher of the system, not a second item
        if COMPOUND_HEAD_AFTER.match(view.text, end) and (not MASS_OR_AMBIGUOUS_HEAD.search(view.text[start:end]) or PLACE_OR_ACT_HEAD_AFTER.match(view.text, end)):
            continue  # "a mortar position", "drone attacks", "tank crews": the equipment word qualifies another noun
        if TRADE_HEAD_AFTER.match(view.text, end):
            continue  # "three aircraft leases", "tank orders": trade in equipment, not equipment
        if count is None and counted is None and (tally := COUNT_AFTER.match(view.text, end)) is not None:
            found = [q for q in view.quantities if q.start == tally.end()]
            if found:
                count, end = found[0].count, found[0].end  # a tally's line: "tanks – 9,120 (+8)", "drones: 120"
        if count is None and counted is None and _one_named_in_the_singular(view.text, start, end):
            count = (1, 1)  # "his aircraft was shot down", "US aircraft carrier hit": one, though no number says so
        if count is not None:
            count = _with_elliptical_counts(view, end, count)  # "10 drones over Bryansk and six more over Kursk": 16
        if not MUNITION_HEAD.search(match.group("term")):
            suffix = re.match(r"-[A-Z0-9]{1,3}\b", view.text[end:])  # "Iskander-M ballistic missiles"
            munition = MUNITION_AFTER.match(view.text, end + (suffix.end() if suffix else 0))
            if munition is not None and (OUTCOME_WORDS.search(munition.group()) or re.search(r"\d", munition.group())):
                munition = None  # "air defences intercepted 14 rockets": the rockets are the verb's object, not the defences'
            if munition is not None or (counted is not None and count is not None and MUNITION_OF_LAUNCHER.search(counted.group("mods") or "")):
                category = "other"
                end = munition.end() if munition is not None else end
        modifiers = MODIFIERS_BEFORE.search(view.text[max(0, match.start() - 60) : match.start()])
        mods_start = match.start() - (len(modifiers.group()) if modifiers else 0)
        owner_actors = [a for a in view.actors_between(min(start, mods_start), match.start())]
        if not owner_actors:
            # a side's force named with the term's first word ("six Russian military aircraft": "Russian military" reads
            # as the actor, "military aircraft" as the term): the force owns the equipment
            owner_actors = [a for a in view.actors if min(start, mods_start) <= a.start < match.start() < a.end <= match.end() and a.role == "military"]
        owner = owner_actors[-1].code if owner_actors else None
        if owner is None and (holder := view.last_actor_before(min(start, mods_start) + 1)) is not None and holder.role != "pronoun" \
                and re.search(r"['’]s?$", holder.text) and re.fullmatch(r"\s*", view.text[holder.end : min(start, mods_start)]):
            owner = holder.code  # "the Syrian army's air defences", "Hezbollah's drones": the possessor owns them
        if owner is None and re.search(r"\b(?:enemy|adversary['’]s|opponent['’]s)", view.text[min(start, mods_start) : match.start()], re.I):
            owner = SUBJECT_IS_CLAIMANT_ADVERSARY
        if owner is None and (launch := LAUNCHED_BEFORE.search(view.text[:start])) is not None:
            launcher = view.last_actor_before(launch.start())
            if launcher is not None and launch.start() - launcher.end <= 40 and not re.search(r"[,;.]|\b(?:at|on|against)\s*$", view.text[launcher.end : launch.start()]):
                owner = launcher.code  # "Russia launched 40 drones, most of which were shot down": Russia's drones
        # the side word before the equipment's name or opening it ("a junta fighter jet", "two military vehicles")
        opening = " " + match.group("term").split()[0] if category != "other" else ""  # not "military equipment": anyone's
        side_word = SIDE_MODIFIER.search(view.text[min(start, mods_start) : match.start()] + opening) if owner is None else None
        side = (STATE_SIDE if side_word.group("state") else GROUP_SIDE) if side_word else None  # "a junta fighter jet", "rebel pickups"
        if owner is None:
            belonging = re.match(r"^\s+(?:of|belonging\s+to|owned\s+by|operated\s+by|from)\s+(?:the\s+)?", view.text[end:], re.I)
            if belonging:
                after = view.first_actor_after(end + belonging.end())
                if after and after.start - (end + belonging.end()) <= 2:
                    owner = after.code
        possessive = re.search(r"\b(its|their|our|his)\b", view.text[start : match.start()], re.I)
        phrase = EquipmentPhrase(start, end, count, category, owner, possessive.group(1).lower() if possessive else None, match.start(), side,
                                 vague_part=vague)
        if phrases and count is None and (phrases[-1].count is not None or re.search(r"\bother\b", view.text[phrases[-1].end : start])) and re.fullmatch(r"\s+and\s+(?:other\s+)?", view.text[phrases[-1].end : start]):
            # "96 tanks and armoured personnel carriers": one figure in the broadest category named
            previous = phrases[-1]
            broadest = category if previous.category in BROADER.get(category, set()) else previous.category
            if previous.category == "other" and category == "air_defense" and RADAR.search(view.text[previous.head_start : previous.end]):
                broadest = category  # "dozens of radars and surface-to-air missile launchers": the radars are the system's
            phrases[-1] = EquipmentPhrase(previous.start, end, previous.count, broadest, previous.owner or owner, previous.possessive, previous.head_start, previous.side or side)
            continue
        gap = view.text[last_end:start] if phrases else ""
        if phrases and category == phrases[-1].category and re.search(r"\b(?:of\s+them|of\s+which)\b", view.text[start : match.start()], re.I):
            last_end = end  # "28 tanks were destroyed, 8 of them Leopards": a subset named after its count
            continue
        if (phrases and re.search(r"\b(?:of\s+them|of\s+which|among\s+them|including)\s*$", gap, re.I) and category == phrases[-1].category
                and not _uncounted_small_arms(view.text, phrases[-1])):  # "seized the weapons, including two pistols": the pistols count
            subset_of = category  # "28 tanks, of them 8 Leopards": a subset, not another figure
            last_end = end
            continue
        if subset_of == category and re.fullmatch(r",?\s*(?:and\s+)?", gap):
            last_end = end  # "..., of them 8 Leopards, 3 AMX-10 tanks": the subset list goes on
            continue
        subset_of = None
        if (phrases and re.fullmatch(r",\s*", gap) and count == (1, 1) and phrases[-1].count == (1, 1)
                and re.match(r"(?i)an?\b", view.text[start:]) and re.match(r"(?:\s+\d[\w-]*)?\s*[,)]", view.text[end:])):
            last_end = end  # "an Israeli drone, a Hermes 450, was shot down": the same drone named again
            continue
        if phrases and re.fullmatch(r"\s+(?:with|armed\s+with|mounted\s+with|fitted\s+with|carrying|equipped\s+with)\s+", gap, re.I):
            last_end = end  # "pickups with mounted machine guns": a part of the equipment before it
            continue
        if phrases and re.fullmatch(r"\s+(?:on|mounted\s+on)\s+", gap, re.I):
            previous = phrases[-1]  # "machine guns mounted on pickups": counted as the vehicles that carry them
            phrases[-1] = EquipmentPhrase(previous.start, end, previous.count, category, previous.owner or owner, previous.possessive, previous.head_start, previous.side or side)
            last_end = end
            continue
        phrases.append(phrase)
        last_end = end
    return phrases


# Words between a model's code and its generic noun: the model's name, its role or range ("an Il-76 cargo plane", "a
# Tu-22M3 long-range bomber", "an S-400 Triumf launcher", "Shahed-136 kamikaze drones").
# Makers whose name alone stands for a model ("an Antonov transport plane", "a Sukhoi fighter jet").
AIRCRAFT_MAKER = re.compile(r"Sukhoi|Antonov|Tupolev|Ilyushin|Yakovlev|Mikoyan|Mil|Kamov|Boeing|Airbus|Lockheed|Embraer|Dassault")
MODEL_WORDS_BEFORE_HEAD = re.compile(
    r" (?:(?:(?-i:[A-Z][A-Za-z]+)|[a-z]+-[a-z]+(?:-[a-z]+)?|(?i:cargo|transport|strategic|tactical|attack|fighter|bomber|reconnaissance|surveillance|"
    r"patrol|ground|trainer|training|landing|stealth|multirole|multi-role|utility|combat|kamikaze|suicide|loitering|heavy|light|supersonic|military|naval|jet|turboprop|tanker|"
    r"early|warning|airborne|refuel(?:l)?ing|electronic|intelligence|spy|maritime|anti-submarine|command|control))\s+)")


def _head_after_model_words(text: str, phrase: str, end: int) -> re.Match[str] | None:
    """The generic noun a model code is named with, a word or two after it ("Il-76 cargo plane"): one item, one phrase."""
    last = phrase.split()[-1] if phrase.split() else ""
    if not re.fullmatch(MODEL_CODE, last) and not AIRCRAFT_MAKER.fullmatch(last):
        return None
    position = end
    for _ in range(2):
        words = MODEL_WORDS_BEFORE_HEAD.match(text, position)
        if words is None:
            return None
        follow = weapon_pattern()[0].match(text, words.end())
        if follow is not None and _category(follow.group("term")) not in (None, "other"):
            return follow
        position = words.end() - 1
    return None


# A count that leaves its noun to the one before, each with its own place: "10 drones over Bryansk and six (more)
# over Kursk", "two drones over A, one over B" (GOLD_FORMAT: items of one category add up across places).
PLACE_WORDS = r"\s+(?:over|in|near|at|above|around|across|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
PLACE_AFTER = re.compile(PLACE_WORDS + r"(?=\s*(?:,|and\b))")
# ... or a place of two names before the next count ("over Crimea and the Black Sea, and four more over Kursk")
TWO_PLACES_AFTER = re.compile(PLACE_WORDS + r"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*,)")
# The passive verb between a count and its first place: "Three drones were downed over Bryansk, two over Oryol".
PASSIVE_BEFORE_PLACE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:downed|shot\s+down|destroyed|intercepted|neutrali[sz]ed)(?:\s+and\s+(?:downed|shot\s+down|destroyed))?(?=\s+(?:over|in|near|above|across)\b)", re.I)
ELLIPTICAL_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s+")
ELLIPTICAL_TAIL = re.compile(r"(?:\s+(?:more|others?|further|additional))?\s+(?:over|in|near|at|above|around|across)\b")


def _with_elliptical_counts(view: SentenceView, end: int, count: Count) -> Count:
    text = view.text
    position = end
    if (passive := PASSIVE_BEFORE_PLACE.match(text, end)) is not None:
        position = passive.end()
    while True:
        following: list[Quantity] = []
        for places in (PLACE_AFTER, TWO_PLACES_AFTER):
            place = places.match(text, position)
            join = ELLIPTICAL_JOIN.match(text, place.end()) if place else None
            following = [q for q in view.quantities if q.start == join.end()] if join is not None else []
            if following:
                break
        if not following or not ELLIPTICAL_TAIL.match(text, following[0].end) or following[0].count[0] is None or count[0] is None:
            return count
        extra = following[0].count
        count = (count[0] + extra[0], count[1] + extra[1] if count[1] is not None and extra[1] is not None else None)
        position = following[0].end


# Heads that name no countable item ("the enemy's armour", "military hardware"), acronyms whose singular ends in
# s ("HIMARS", "MANPADS"), "aircraft" (singular and plural alike), and words after an equipment noun that make it
# a modifier of something else ("drone attack", "tank positions"): none of these is one item.
MASS_OR_AMBIGUOUS_HEAD = re.compile(r"(?i)(?:equipment|hardware|armou?r|artillery|aircraft|weaponry|ammunition|defen[cs]es?|aviation)$")
COMPOUND_HEAD_AFTER = re.compile(r"(?i)\s+(?:attacks?|strikes?|fire|units?|crews?|pilots?|operators?|positions?|bases?|factor(?:y|ies)|plants?|debris|wreckage|"
                                 r"brigades?|battalions?|regiments?|company|companies|divisions?|squadrons?|forces?|production|launch(?:es)?|teams?|depots?|war|warfare|assaults?|raids?|fleets?|programs?|programmes?|"
                                 # a place or a record of the equipment: "air defence sites", "drone footage", "tank videos"
                                 r"sites?|installations?|footage|videos?|imagery|images?|feeds?|sightings?|"
                                 # the post that steers it: "a Lancet drone control station", "drone command posts"
                                 r"(?:control|command|launch|operating)\s+(?:stations?|posts?|points?|cent(?:er|re)s?|rooms?))\b")

# After a mass head ("artillery", "aircraft", "air defences") a unit word may name the equipment itself ("artillery
# units were hit"), but a place, an act or a crew never does ("artillery positions", "aircraft factory").
PLACE_OR_ACT_HEAD_AFTER = re.compile(r"(?i)\s+(?:attacks?|strikes?|fire|crews?|pilots?|operators?|positions?|bases?|factor(?:y|ies)|plants?|depots?|production|war|warfare|assaults?|raids?|programs?|programmes?|"
                                     r"sites?|installations?|footage|videos?|imagery|images?|feeds?|sightings?|"
                                 # the post that steers it: "a Lancet drone control station", "drone command posts"
                                 r"(?:control|command|launch|operating)\s+(?:stations?|posts?|points?|cent(?:er|re)s?|rooms?))\b")

RADAR = re.compile(r"(?i)\bradars?\b")
# The words of a system's kind between its name and the part named ("air defense missile system launcher").
SYSTEM_TAIL = re.compile(r"(?i)\s+(?:missile|rocket)\s+(?:systems?|complex(?:es)?)\s+(?:launchers?|radars?|batter(?:y|ies))\b")
# Parts of a weapon system named after it take its category ("air defence radars", "air defense launchers").
SYSTEM_COMPONENT = re.compile(r"(?i)radars?|radar\s+stations?|launchers?")

# Nouns of trade that an equipment word qualifies: the deal, not the item ("aircraft leases", "drone exports").
TRADE_HEAD_AFTER = re.compile(r"(?i)\s+(?:leases?|orders?|contracts?|deals?|sales|purchases?|exports?|imports?|makers?|manufacturers?|"
                              r"industry|maintenance|spare\s+parts|parts|tickets?|fares?|insurance|prices?|market)\b")


# A headline: one short line with no closing stop ("Ukraine downs Russian Su-34 jet over Donetsk").
HEADLINE = re.compile(r"[^\n.!?]{10,120}(?<![.!?\"”’])")


def _one_named_in_the_singular(text: str, start: int, end: int) -> bool:
    """An equipment noun in the singular with no number ("the truck", "his aircraft", a headline's "warship")."""
    if re.search(r"(?i)\b(?:the|his|her|its|their|our|this|that)\s+(?:[\w'’.-]+\s+){0,4}$", text[:start]) is None and start > 0 \
            and not re.search(r"(?:^|[.:;]\s+)(?:[A-Z][\w'’.-]*\s+){0,3}$", text[:start]) \
            and not (HEADLINE.fullmatch(text) and re.search(r"\b[a-z]+\s+(?:[A-Z][\w'’.-]*\s+){0,3}$", text[:start])):
        return False  # a bare noun counts one only where a headline drops its article ("Russian warship sunk", "Ukraine downs Su-34 jet")
    last = text[start:end].split()[-1]
    if re.fullmatch(r"(?i)aircraft", last) and re.match(r"\s+(?:was|is|has)\b", text[end:]):
        return True  # "his aircraft was shot down": the verb says it is one
    if MASS_OR_AMBIGUOUS_HEAD.search(last) or re.fullmatch(r"[A-Z-]+S", last) or COMPOUND_HEAD_AFTER.match(text, end):
        return False
    return not last.lower().endswith("s") or last.lower().endswith("ss")


def _parse_count(token: str) -> Count | None:
    from counterclaim.extract.numbers import find_quantities

    found = find_quantities(token)
    if found:
        return found[0].count
    value = parse_number(token)
    return (value, value) if value is not None else None


def _outcome_name(match: re.Match[str]) -> str:
    if match.re is LOSSES_WERE:
        return "lost"
    return next(k for k in MATERIEL_OUTCOMES if match.group(k))


# "Total losses of X ... were/amounted to/included": the figures listed after are losses; so are those a side's
# losses are put at ("Kyiv put Russian losses over the past day at 1,130 personnel, 7 tanks ...").
LOSSES_AT_FIGURE = (r"at(?=\s+(?:(?:about|around|some|nearly|almost|up\s+to|over|more\s+than|at\s+least)\s+)?"
                    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|scores|hundreds)\b))")
LOSSES_WERE = re.compile(
    r"\blosses\b[^.;:]{0,80}?\b(?:were|was|amounted\s+to|amounts?\s+to|included|include|includes|including|stood\s+at|stands?\s+at|totall?ed|reached|"
    + LOSSES_AT_FIGURE + r")\b|\blosses\b[^.;]{0,60}:",
    re.I,
)


# Craft only a force flies, and a force reporting its crash: "the military said a fighter jet crashed", "the army said a
# drone went down": the speaker's own.
MILITARY_CRAFT = re.compile(r"(?i)\b(?:fighter|warplane|war\s+plane|bomber|attack\s+helicopter|gunship|military|drone|UAV|(?-i:[A-Z][\w]*-\d+))")
FORCE_REPORTS = re.compile(r"(?i)\b(?:army|military|armed\s+forces|air\s+force|navy|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|junta)\b[^.;]{0,40}?\b(?:said|says|announced|confirmed|reported|stated)\b"
                           r"|\b(?:said|says|announced|confirmed|reported|stated)\s+(?:the\s+)?(?:\w+\s+)?(?:army|military|armed\s+forces|air\s+force|navy|defen[cs]e\s+ministry|junta)\b")


# An ordinal before an equipment noun ("the fourth such drone", "its third tank this week", "the 10th helicopter").
ORDINAL_BEFORE = re.compile(
    r"\b(?:the|its|their|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# Damage played down: sides minimise their own losses, never the enemy's ("lightly damaged", "minor damage").
MINIMISED_DAMAGE = re.compile(r"\b(?:lightly|slightly|superficially|minor|minimal|light|limited|insignificant)\b", re.I)


# What joins the items of one list of equipment, past a tally's change of the day after an item ("9,220 tanks (+5), ").
LIST_JOIN = re.compile(r"(?:\s*\(\s*[+−-]?\s*[\d,]+\s*\))?\s*(?:,|and|,\s*and|,?\s*as\s+well\s+as|,?\s*plus)\s*")


def find_materiel_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    phrases = _models_with_their_nouns(text, find_equipment(view))
    phrases = [p for p in phrases if not _uncounted_small_arms(text, p)]
    munitions = {p.start for p in phrases if p.category == "other" and MUNITION_HEAD.search(text[p.start : p.end])}
    if not phrases:
        return []
    outcomes = list(OUTCOME_WORDS.finditer(text))
    if not outcomes and not LOSSES_WERE.search(text):
        return _pronoun_objects_in_sentence(view, phrases, outcomes, []) if PHRASAL_WITH_PRONOUN.search(text) else []
    drafts: list[DraftClaim] = []
    groups: dict[tuple[int, str], list[tuple[EquipmentPhrase, str, int, int, str | None]]] = {}
    governing = [_governing_outcome(text, phrase, outcomes) for phrase in phrases]
    subsets: set[int] = set()
    for i, phrase in enumerate(phrases):
        subset = _subset_that_befell(view, phrase, outcomes)
        if subset is not None:
            count, verb = subset
            phrases[i], governing[i] = dataclasses.replace(phrase, count=count), verb
            subsets.add(phrase.start)
    losses = LOSSES_WERE.search(text)
    if losses:
        # "Total losses of Ukrainian troops were 1,500 servicemen, 28 tanks ...": each item is a loss
        governing = [g if g is not None or phrase.start < losses.end() else losses for g, phrase in zip(governing, phrases, strict=True)]
    for i in range(1, len(phrases)):
        # "lost 6,600 tanks, 12,500 armored vehicles, ..., 25 ships and boats, and one submarine": a long list goes on
        # under the verb before its first item however far its last item lies
        previous = governing[i - 1]
        if (governing[i] is None and previous is not None and previous.end() <= phrases[i - 1].start
                and LIST_JOIN.fullmatch(text, phrases[i - 1].end, phrases[i].start)):
            governing[i] = previous
    for i in range(1, len(phrases)):
        # "destroyed three Ukrainian tanks and a howitzer": an owner named on the first item of a list owns the rest
        earlier = phrases[i - 1]
        if (phrases[i].owner is None and phrases[i].possessive is None and phrases[i].side is None and earlier.owner is not None
                and governing[i] is not None and governing[i] is governing[i - 1] and LIST_JOIN.fullmatch(text, earlier.end, phrases[i].start)
                and not view.actors_between(phrases[i].start, phrases[i].end)):
            phrases[i] = dataclasses.replace(phrases[i], owner=earlier.owner)
    if phrases and phrases[0].owner is None and phrases[0].possessive is None and phrases[0].side is None:
        # "up to 40 Ukrainian servicemen, two pickup trucks and a howitzer were eliminated": the owner named on the
        # people that open a list owns the equipment the list goes on with
        people = PEOPLE_OPENING_LIST.search(text, 0, phrases[0].start)
        actor = view.last_actor_before(people.start("people") + 1) if people is not None else None
        if actor is not None and actor.role in ("adjective", "demonym", "name", "military") and actor.end <= people.start("people") and \
                re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", text[actor.end : people.start("people")] + " "):
            for i, phrase in enumerate(phrases):
                if phrase.owner is not None or phrase.possessive is not None or phrase.side is not None:
                    break
                if i > 0 and not LIST_JOIN.fullmatch(text, phrases[i - 1].end, phrase.start):
                    break
                phrases[i] = dataclasses.replace(phrase, owner=actor.code)
    for i in range(len(phrases) - 2, -1, -1):
        # "90 drones, 12 helicopters, ... as well as three fire systems lost by Baku": a trailing verb covers the list
        following = governing[i + 1]
        if governing[i] is None and following is not None and following.start() > phrases[i + 1].end:
            if re.fullmatch(r"\s*(?:,|and|,\s*and|,?\s*as\s+well\s+as|,?\s*plus)\s*", text[phrases[i].end : phrases[i + 1].start]):
                governing[i] = following
    # owners named inside equipment that an earlier verb befell are not agents of a later verb ("shot down two
    # Azerbaijani drones and destroyed two tanks": Armenia destroyed the tanks)
    befallen = [(p.start, p.end) for p, v in zip(phrases, governing, strict=True) if v is not None and v.end() <= p.start]
    for phrase, verb in zip(phrases, governing, strict=True):
        if verb is None:
            continue
        outcome = _outcome_name(verb)
        if outcome == "damaged" and phrase.start in munitions and verb.end() <= phrase.start and BEFORE_LAUNCH.match(text, phrase.end):
            outcome = "destroyed"  # "struck two missiles that were prepared to launch": a missile struck before launch is one shot down
        brought_down = verb.start() > phrase.end and BROUGHT_DOWN_AFTER.match(text, verb.end()) is not None
        if CRASHED.fullmatch(verb.group()) and brought_down:
            outcome = "destroyed"  # "a Ka-52 crashed after being hit": shot down
        elif CRASHED.fullmatch(verb.group()) and phrase.owner is None and phrase.side is None and not (
                MILITARY_CRAFT.search(text, phrase.start, phrase.end) and FORCE_REPORTS.search(text)):
            continue  # "a plane crashed": an airliner as likely as a warplane unless a side owns it
        elif CRASHED.fullmatch(verb.group()) and phrase.owner is None and phrase.side is None:
            phrase = dataclasses.replace(phrase, possessive="our")  # "the army said a fighter jet crashed": its own
        listed_with_launchers = any(o is verb and o_phrase.start not in munitions and o_phrase.end <= phrase.start
                                    and LIST_JOIN.fullmatch(text, o_phrase.end, phrase.start)
                                    for o_phrase, o in zip(phrases, governing, strict=True))
        if phrase.start in munitions and (outcome != "destroyed" or phrase.count is None and phrase.start not in subsets and not phrase.vague_part
                                          and not listed_with_launchers):
            continue  # "missiles hit a school": an attack's means, not a loss; "the missiles were intercepted" repeats a count
        if outcome == "captured" and verb.group().lower() in ("took", "taken") and not re.search(r"\b(?:trophy|trophies|captured|seized|took\s+(?:two|three|\d+|the|their))\b", text, re.I):
            if not re.match(r"^\s+(?:\w+\s+){0,2}$", text[verb.end() : phrase.start]):
                continue
        agent = clause_agent(view, verb.start(), befallen) if verb.start() < phrase.start else _agent_by(view, verb.end())
        fired_at = FIRED_AT_BEFORE.search(text[: phrase.start]) if CRASHED.fullmatch(verb.group()) and verb.start() > phrase.end else None
        if fired_at is not None:
            outcome, agent = "destroyed", clause_agent(view, fired_at.start(), befallen)  # "targeted a drone, which crashed": brought down
        if agent is not None and outcome != "lost" and phrase.owner is None and verb.start() < phrase.start and _rebels_of_a_state(view, verb.start(), agent):
            phrase, agent = dataclasses.replace(phrase, owner=agent), None  # "Syrian rebels seized four tanks": Syria's tanks
        elif agent is not None and outcome == "lost" and phrase.owner is None and verb.start() < phrase.start and _rebels_of_a_state(view, verb.start(), agent):
            phrase, agent = dataclasses.replace(phrase, side=GROUP_SIDE), None  # "Syrian rebels lost four tanks": the rebels' own
        loser = _losses_of(view, verb) if outcome == "lost" else None
        if loser is not None and phrase.owner is None:
            phrase = dataclasses.replace(phrase, owner=loser)
        key = (verb.start(), phrase.category)
        groups.setdefault(key, []).append((phrase, outcome, verb.start(), verb.end(), agent))
    for (_, _category_key), members in groups.items():
        first, outcome, verb_start, verb_end, agent = members[0]
        counts = [m[0].count for m in members]
        if all(c is not None for c in counts):
            lows = [c[0] for c in counts if c is not None]
            highs = [c[1] for c in counts if c is not None]
            count: Count | None = (
                sum(x for x in lows if x is not None) if all(x is not None for x in lows) else None,
                sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None,
            )
        else:
            count = first.count if len(members) == 1 else None
        unnamed_loser = False
        owner = next((m[0].owner for m in members if m[0].owner), None)
        possessive = next((m[0].possessive for m in members if m[0].possessive), None)
        if owner is not None:
            subject: str | None = owner
        elif possessive in ("our", "its", "their") and outcome == "lost":
            subject = SUBJECT_IS_CLAIMANT
        elif possessive == "our" or (possessive in ("its", "their") and verb_start > first.start and agent is None):
            subject = SUBJECT_IS_CLAIMANT  # "one of its drones was shot down", "our tanks were hit": the speaker's own
        elif outcome == "lost" and agent is not None:
            subject = agent  # "the Kenyan military lost a helicopter": the side that lost it, not a maker
        elif outcome == "lost":
            subject = SUBJECT_IS_CLAIMANT
            unnamed_loser = True
        elif agent is not None:
            subject = SUBJECT_IS_ADVERSARY_OF + agent
        elif MINIMISED_DAMAGE.search(text, max(0, verb_start - 25), verb_end):
            subject = SUBJECT_IS_CLAIMANT  # "a tank was lightly damaged", "minor damage": a side plays down its own losses
        elif count == (0, 0):
            subject = SUBJECT_IS_CLAIMANT  # "no ship was damaged", "no aircraft were hit": a side says its own came through
        else:
            subject = SUBJECT_IS_CLAIMANT_ADVERSARY
        start = min(verb_start, first.start) if verb_start < first.start and first.start - verb_end < 40 else first.start
        end = max(m[0].end for m in members)
        if verb_start > end:
            end = verb_end
        obj = agent if outcome != "lost" else None
        drafts.append(DraftClaim("materiel", outcome, start, end, category=first.category, count=count, subject=subject, object=obj,
                                 cumulative=bool(CUMULATIVE.search(COMPARED_SINCE.sub(" ", PARTY_SINCE_CLAUSE.sub(", ", text))))))
        side = next((m[0].side for m in members if m[0].side), None)
        if owner is None and side is not None:
            drafts[-1].notes["side"] = side
        if unnamed_loser:
            drafts[-1].notes["loser"] = "unnamed"  # "losses were 20 tanks": no side, agent or possessive says whose
        elif outcome == "lost" and not any(view.actors_between(m[0].start, m[0].end) for m in members):
            drafts[-1].notes["loser"] = "agent"  # the side named as losing it, not an adjective that may name a maker
        elif owner is not None and any(OWNER_BY_FORCE.match(text, a.end) for m in members for a in view.actors_between(m[0].start, m[0].head_start)
                                       if a.code == owner):
            drafts[-1].notes["loser"] = "agent"  # "the Syrian army's air defences", "Iran's launchers": whose, not who made them
        elif owner is not None and any(a.code == owner and a.role == "military" and m[0].start <= a.start < m[0].head_start < a.end
                                       for m in members for a in view.actors):
            drafts[-1].notes["loser"] = "agent"  # "two Ethiopian military trucks": the force's own, not a maker's
    drafts.extend(_elliptical_outcomes(view, phrases, outcomes, drafts))
    drafts.extend(_pronoun_objects_in_sentence(view, phrases, outcomes, drafts))
    _destroyed_after_the_hit(text, drafts)
    _merge_broader(drafts)
    return drafts


# The pronoun that takes up counted equipment, by number: "it" one item, "them" several.
TAKING_UP_PRONOUN = re.compile(r"\b(?:it|them|both|all)\b", re.I)


def _agreeing_in_number(text: str, free: list[EquipmentPhrase]) -> EquipmentPhrase:
    """The last free phrase, unless the pronoun after it differs in number from it and an earlier one agrees:
    "targeted a tank with two guided missiles, destroying it": the one tank, not the missiles."""
    model = free[-1]
    pronoun = TAKING_UP_PRONOUN.search(text, model.end)
    if pronoun is None or model.count is None:
        return model
    singular = pronoun.group().lower() == "it"
    if singular == (model.count == (1, 1)):
        return model
    return next((p for p in reversed(free[:-1]) if p.count is not None and singular == (p.count == (1, 1))), model)


def _pronoun_objects_in_sentence(view: SentenceView, phrases: list[EquipmentPhrase], outcomes: list[re.Match[str]],
                                 drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Counted equipment that no verb befell, taken up by a pronoun after it: "repelled an attack by 11 boats,
    destroying all of them", "launched two drones toward the destroyer, which shot them down"."""
    text = view.text
    free = [p for p in phrases if p.count is not None and p.count[0] is not None and not any(d.start <= p.start < d.end for d in drafts)
            and not TARGET_BEFORE.search(text[: p.start]) and not AGENT_EQUIPMENT.match(text, p.end)
            and not ACTING_EQUIPMENT.match(text, p.end)]  # "a missile struck a ship, badly damaging it": "it" is the ship
    if not free:
        return []
    model = _agreeing_in_number(text, free)
    if any(p.start > model.end for p in phrases if p.category == model.category and p is not model):
        return []  # a later phrase of the same kind the pronoun may stand for
    # ... as an object ("destroying all of them") or as the subject of a passive verb ("; the IDF said it was intercepted")
    return _pronoun_objects(view, model, outcomes, after=model.end) or _pronoun_subjects(view, model, outcomes, after=model.end)


# A hit whose aftermath the same sentence tells: "hit a Russian tank, destroying it", "struck a T-72, which burst into
# flames", "hit a Su-27 on the ground, completely destroying the aircraft": the equipment was destroyed, not damaged.
DESTROYED_AFTER = re.compile(
    r"[^.;]{0,80}?(?:,\s*|\s+and\s+)(?:\w+ly\s+)?(?P<verb>destroying|wrecking|obliterating|burning|sinking|setting\s+(?:it|them)\s+ablaze)\s+(?:it|them|(?:the|both)\s+[\w-]+)\b|"
    # a name or a place may stand between the vessel and its fate ("the landing ship Kunikov off Crimea, which sank")
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}(?:\s+(?:near|off|in|at|outside)\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]*)\s*){1,3})?"
    r"\s*,\s*which\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:(?:was|were)\s+(?:\w+ly\s+)?(?:destroyed|burnt\s+out|burned\s+out|sunk|scuttled)|burst\s+into\s+flames|caught\s+fire|exploded|sank|went\s+down|capsized)\b|"
    # a second passive verb in the same clause ("was struck and later destroyed", "were hit and burned out")
    r"\s+and\s+(?:(?:was|were)\s+)?(?:(?:later|then|subsequently|eventually|finally|completely|\w+ly)\s+)?(?:destroyed|burnt\s+out|burned\s+out|exploded|caught\s+fire|burst\s+into\s+flames|sank|sunk)\b",
    re.I,
)


def _destroyed_after_the_hit(text: str, drafts: list[DraftClaim]) -> None:
    for draft in list(drafts):
        if draft.outcome != "damaged" or draft not in drafts:
            continue
        after = DESTROYED_AFTER.match(text, draft.end)
        if after is None:
            continue
        draft.outcome = "destroyed"
        for other in list(drafts):
            if other is not draft and other.count is None and other.category == draft.category and draft.end <= other.start < after.end():
                drafts.remove(other)  # "destroying the aircraft": the same aircraft named again


# A second outcome whose count leaves the noun to the equipment before it: "destroyed two bombers and damaged four
# more", "two tanks were destroyed and three damaged".
ELLIPTICAL_ACTIVE_TAIL = re.compile(r"(?:\s+(?:more|others|other\s+ones|of\s+them|additional))?\s*(?:[,.;]|$|\s+(?:in|at|near|on|over|during|as|and|while|the)\b)")
ELLIPTICAL_PASSIVE_HEAD = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|with)\s+$|\b(?:said|says|adding|added|stating)\s+that\s+$")
ELLIPTICAL_PASSIVE_VERB = re.compile(r"(?:\s+(?:more|others|of\s+them))?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:\w+ly)\s+)?$")


# A loss with its cause, which says the count is the equipment's own ("40 drones, of which 25 were shot down and 15
# were lost to jamming"): a bare "and 15 were lost" may count people.
LOST_WITH_CAUSE = re.compile(r"(?i)\s+(?:locally\s+|locationally\s+)?(?:to|due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to)\s+(?:the\s+|active\s+|enemy\s+)?(?:electronic|EW|jamming|interference|countermeasures|suppression|spoofing)|\s+(?:locally|locationally)\b")


AGENT_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$")


def _elliptical_outcomes(view: SentenceView, phrases: list[EquipmentPhrase], outcomes: list[re.Match[str]], drafts: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    found: list[DraftClaim] = []
    starts = {p.start for p in phrases}
    for quantity in view.quantities:
        if quantity.start in starts or any(p.start <= quantity.start < p.end for p in phrases) or quantity.count[0] is None:
            continue
        before = [p for p in phrases if p.end <= quantity.start and not AGENT_BY_BEFORE.search(text[: p.start])]
        if not before:
            continue
        verb = next((o for o in outcomes if re.fullmatch(r"\s+", text[o.end() : quantity.start])), None)
        if verb is not None and ELLIPTICAL_ACTIVE_TAIL.match(text, quantity.end):
            pass  # "... and damaged four more"
        else:
            verb = next((o for o in outcomes if o.start() > quantity.end and ELLIPTICAL_PASSIVE_VERB.fullmatch(text, quantity.end, o.start())), None)
            if verb is None or not ELLIPTICAL_PASSIVE_HEAD.search(text[: quantity.start]):
                continue  # "two tanks were destroyed and three damaged"
        outcome = _outcome_name(verb)
        if outcome == "lost" and not LOST_WITH_CAUSE.match(text, verb.end()) or verb.start() < before[-1].end:
            continue
        previous = before[-1]
        model = next((d for d in drafts if d.category == previous.category and d.start <= previous.start < d.end + 1), None)
        if model is None and previous.owner is not None and not previous.owner.startswith("@") and LAUNCHED_BEFORE.search(text[: previous.start]):
            # "Russia launched 40 drones overnight, the air force said, adding that 35 were shot down": the launcher's
            model = DraftClaim("materiel", None, previous.start, previous.end, category=previous.category, subject=previous.owner)
        if model is None or CLAUSE_BREAK.search(text[max(previous.end, model.end) : quantity.start].replace(",", " ")) and not re.search(r"\b(?:while|whereas)\b", text[previous.end : quantity.start]):
            continue
        start, end = min(verb.start(), quantity.start), max(verb.end(), quantity.end)
        found.append(DraftClaim("materiel", outcome, start, end, category=previous.category, count=quantity.count,
                                subject=model.subject, object=model.object, cumulative=model.cumulative))
    return found


def _models_with_their_nouns(text: str, phrases: list[EquipmentPhrase]) -> list[EquipmentPhrase]:
    """A model and the generic noun right after it are one phrase: '4 BM-21 Grad launchers', '3 BTR-82
    armoured personnel carriers' (else the count-less noun would blank the model's count)."""
    joined: list[EquipmentPhrase] = []
    for phrase in phrases:
        previous = joined[-1] if joined else None
        if (previous is not None and phrase.count is None and phrase.owner is None and phrase.category == previous.category
                and MODEL_TO_NOUN.fullmatch(text, previous.end, phrase.start)):
            joined[-1] = dataclasses.replace(previous, end=phrase.end)
        else:
            joined.append(phrase)
    return joined


# The part of a counted whole that met an outcome: "the drones, of which 17 were intercepted", "40 missiles,
# 35 of which were shot down", "the rockets, of which it shot down five".
SUBSET_PASSIVE = re.compile(r"(?:\s+(?:overnight|today|yesterday|(?:on|at|over|from|toward|towards|into|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?))?\s*,?\s*(?:(?:of|among)\s+(?:which|them|these)\s*,?\s*(?P<n1>\S+(?:\s+\S+)??)|(?P<n2>\S+(?:\s+\S+)??)\s+of\s+(?:which|them)"
                            # the part in a clause of its own: "launched 120 drones overnight; 85 were shot down", ", and 85 were downed"
                            r"|(?:;|,\s*(?:and|while|but))\s+(?P<n3>[\d,]+|(?-i:[a-z]+(?:-[a-z]+)?))(?:\s+of\s+them)?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.I)
# The whole named first, its part after the comma: "Of the 479 drones launched, 277 were shot down".
FRONTED_OF = re.compile(r"(?i)(?:^|\b)of\s+(?:the|these|those|its|their)\s+$")
FRONTED_PARTITIVE = re.compile(r"(?:\s+(?!(?:were|was)\b)[\w'’-]+){0,4}\s*,\s*(?P<n>[\w,-]+)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.I)
SUBSET_ACTIVE = re.compile(r"\s*,?\s*(?:of|among)\s+(?:which|them|these)\s*,?\s*(?:[\w'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?$", re.I)


def _subset_that_befell(view: SentenceView, phrase: EquipmentPhrase, outcomes: list[re.Match[str]]) -> tuple[Count | None, re.Match[str]] | None:
    """(count of the part, its outcome verb) for a phrase followed by 'of which N were downed'."""
    text = view.text
    if re.search(r"\bby\s+(?:the\s+|its\s+|their\s+)?$", text[: phrase.start], re.I):
        return None  # "shot down by air defences and 19 were lost": the agent of a verb before, no whole with a part
    for verb in outcomes:
        if verb.start() <= phrase.end or verb.start() - phrase.end > 60:
            continue
        gap = text[phrase.end : verb.start()]
        passive = SUBSET_PASSIVE.fullmatch(gap)
        if passive:
            group = next(g for g in ("n1", "n2", "n3") if passive.group(g))
            number_start = phrase.end + passive.start(group)
            found = [q for q in view.quantities if q.start == number_start]
            vague = re.match(r"(?i)(?:(?:nearly|almost|virtually|practically)\s+)?(?:all|some|most|many|part|the\s+majority|the\s+rest)\b", text[number_start:])
            if not found and vague:
                return (phrase.count if vague.group().lower() == "all" else None), verb  # "drones, most of which were downed"
            head = text[phrase.start : phrase.end].split()[-1]
            if found and (found[0].count[0] or 0) > 1 and not head.lower().endswith("s") and not MASS_OR_AMBIGUOUS_HEAD.search(head):
                return None  # "fired three missiles at the vessel; two were intercepted": no two of one vessel
            return (found[0].count, verb) if found else None
        fronted = FRONTED_PARTITIVE.fullmatch(gap) if FRONTED_OF.search(text[: phrase.start]) else None
        if fronted:
            found = [q for q in view.quantities if q.start == phrase.end + fronted.start("n")]
            return (found[0].count, verb) if found else None  # "Of the 479 drones launched, 277 were shot down": 277
        if SUBSET_ACTIVE.fullmatch(gap):
            found = [q for q in view.quantities if q.start > verb.end() and re.fullmatch(r"\s*", text[verb.end() : q.start])]
            return (found[0].count, verb) if found else None
        return None
    return None


def _uncounted_small_arms(text: str, phrase: EquipmentPhrase) -> bool:
    """'seized weapons and rifles', 'dozens of weapons': small arms without a number, or with only a vague quantity, are
    not coded (GOLD_FORMAT; heavy weapons are)."""
    words = text[phrase.start : phrase.end]
    return ((phrase.count is None or VAGUE_QUANTITY.match(words) is not None) and bool(SMALL_ARMS_HEAD.search(words))
            and not HEAVY_ARMS.search(words))


# A quantity that gives no figure: "several", "dozens of", "large quantities of".
VAGUE_QUANTITY = re.compile(r"(?i)(?:several|dozens|scores|hundreds|thousands|tens|some|many|numerous|a\s+number|a\s+few|"
                            r"(?:a\s+)?large\s+(?:quantit(?:y|ies)|numbers?|amounts?)|a\s+cache)\b")


MODEL_TO_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?")


def _equipment_object(text: str, position: int) -> bool:
    """Whether a bare equipment noun is the verb's object ("air defences intercepted drones over ..."): the verb is
    active, not a participle of the phrase before it."""
    found = weapon_pattern()[0].search(text, position)
    return found is not None and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", text[position : found.start()]) is not None \
        and not re.search(r"\b(?:by|with|from|in|on|at|over|near|and|or|as|after|before)\b", text[position : found.start()], re.I)


def _governing_outcome(text: str, phrase: EquipmentPhrase, outcomes: list[re.Match[str]]) -> re.Match[str] | None:
    """The outcome verb that governs an equipment phrase: a participle inside it ('two destroyed Russian
    BMPs'), before it in the clause, else right after it."""
    inside = [o for o in outcomes if phrase.start <= o.start() and o.end() <= phrase.head_start]
    if inside:
        return inside[-1]
    before = [o for o in outcomes if o.end() <= phrase.start]
    means = INSTRUMENT_BEFORE.search(text[: phrase.start])
    if before and means is not None and means.start() >= before[-1].end():
        if re.match(r"(?i)by\b", means.group()) and not re.search(r"\b(?:were|was|been|being|is|are)\s+(?:\w+ly\s+)?$", text[: phrase.start][means.end():]):
            return None  # "25 were shot down by air defences and 15 were lost": the agent of the verb before, not the next one's patient
        before = []  # "destroyed by a drone", "hit with missiles": the means, not what was destroyed
    if before and OWN_CLAUSE_AFTER.match(text, phrase.end):
        before = []  # "destroyed two targets, and all aircraft returned safely": the equipment opens a clause of its own
    if before and any(PASSIVE_GAP.fullmatch(text, phrase.end, o.start()) for o in outcomes if o.start() >= phrase.end):
        before = []  # "the missiles were intercepted and no ship was damaged": the equipment is the subject of its own passive
    if before:
        verb = before[-1]
        between = text[verb.end() : phrase.start]
        if not CLAUSE_OR_REPORT_BREAK.search(between) and len(between) < 160 and not re.search(r"\b(?:were|was|had|have|has)\s+(?:been\s+)?\w+ed\b", between):
            if PHRASAL_TAKE_OUT.fullmatch(verb.group()) and not re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}", between):
                return None  # "took out a loan to buy a truck": "take out" governs only what follows it closely
            return verb
    after = [o for o in outcomes if o.start() >= phrase.end]
    if after:
        verb = after[0]
        between = text[phrase.end : verb.start()]
        owned = OWNER_AFTER.match(between) if phrase.owner is not None else None
        if owned is not None:
            between = between[owned.end() :]  # "a drone belonging to the Ethiopian air force crashed": the owner, then the verb
        adjacent_participle = (re.fullmatch(r"\s*,?\s*", between) and not verb.group().lower().endswith("ing")
                               and not ACTIVE_OBJECT.match(text, verb.end()) and not SECOND_ACTIVE_VERB.match(text, verb.end())
                               and not _equipment_object(text, verb.end()) and HEADLINE_PARTICIPLE_AFTER.match(text, verb.end()))
        if not CLAUSE_OR_REPORT_BREAK.search(between) and len(between) < 120 and (adjacent_participle or re.search(r"\b(?:were|was|had\s+been|have\s+been|has\s+been|being|been|is|are)\s+(?:\w+\s+)?$", between)):
            return verb
        if CRASHED.fullmatch(verb.group()) and not CLAUSE_OR_REPORT_BREAK.search(between) and len(between) < 120 and re.search(r"\b(?:had|have|has)\s+(?:\w+ly\s+)?$", between):
            return verb  # "three Indian jets had crashed": the perfect of a crash, which has no object
        if not CLAUSE_OR_REPORT_BREAK.search(between) and len(between) < 100 and re.search(r"\b(?:were|was|had\s+been|have\s+been|being)\b", between):
            return verb
        if RELATIVE_OF_THE_PHRASE.fullmatch(between):
            return verb  # "targeted a Turkish drone, which crashed into the sea", "a tank, which was later destroyed"
    return None


# Equipment whose own verb of safe return follows it is the subject of a clause of its own, not the object of a verb
# before it ("struck 20 targets and all the planes returned safely", "one jet destroyed a post; our aircraft landed").
OWN_CLAUSE_AFTER = re.compile(r"(?i)\s+(?:(?:all|safely|later|then)\s+)?(?:returned|return|landed|land|flew\s+back|came\s+back|made\s+it\s+back|got\s+back|(?:were|was|are|is|remained|remain)\s+(?:safe|unharmed|intact|undamaged))\b")


# The auxiliary of a passive between equipment and its verb ("no ship was damaged", "two tanks have been destroyed").
PASSIVE_GAP = re.compile(r"(?i)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?")


# The owner named after the equipment, between it and its verb ("a helicopter belonging to the Sudanese army crashed",
# "a jet of the Nigerian Air Force went down").
OWNER_AFTER = re.compile(
    r"\s+(?:of|belonging\s+to|owned\s+by|operated\s+by|from)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?:(?i:air\s+force|army|navy|military|armed\s+forces|forces|troops|militia|coast\s+guard)|(?-i:[A-Z][\w'’-]*)))*", re.I)
# A relative clause right after the equipment, whose verb tells what befell it.
RELATIVE_OF_THE_PHRASE = re.compile(r"(?i)\s*,\s*which\s+(?:(?:then|later|subsequently|eventually|reportedly)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?)?")
# A verb of fire at the equipment before it: its crash is then a kill ("targeted a drone, which crashed").
FIRED_AT_BEFORE = re.compile(r"(?i)\b(?:targeted|targeting|fired\s+(?:at|on)|engaged|hit|struck|attacked|intercepted)\s+(?:[\w'’-]+\s+){0,4}$")


# A verb of attack right before an actor makes it the target, not the agent ("jets pounded Hezbollah targets,
# destroying 40 launchers": Israel's jets destroyed them).
TARGET_OF_ATTACK = re.compile(
    r"\b(?:pound(?:ed|ing)|struck|strik(?:e|es|ing)|hit(?:s|ting)?|target(?:ed|ing|s)?|shell(?:ed|ing)|bomb(?:ed|ing)|attack(?:ed|ing)|raid(?:ed|ing)|"
    r"destroy(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|burn(?:ed|t|ing)|torch(?:ed|ing)|down(?:ed|ing)|damag(?:ed|ing)|"
    # the side fought: "clashed with Israeli troops and destroyed two tanks", "fought RSF fighters and destroyed"
    r"(?:clash(?:ed|ing)|fought|fight(?:s|ing)?|battl(?:ed|ing)|engag(?:ed|ing)|skirmish(?:ed|ing))(?:\s+(?:with|against))?|"
    r"ambush(?:ed|ing)|repel(?:led|ling)|repuls(?:ed|ing)|"
    # a position taken by force: "overran a Malian army camp, seizing two mortars", "stormed an RSF base and captured"
    r"overr(?:an|un|uns|unning)|storm(?:ed|ing|s)|besieg(?:ed|ing)|encircl(?:ed|ing)|surround(?:ed|ing)|rout(?:ed|ing)|"
    r"overwhelm(?:ed|ing)|invad(?:ed|ing)|assault(?:ed|ing)|"
    # an attack's noun with its target: "launched an assault on Ukrainian positions ... and lost 40 soldiers"
    r"(?:assaults?|attacks?|offensives?|raids?|strikes?|advances?|push|operations?|drives?)\s+(?:on|against|towards?))\s+(?:the\s+|an?\s+|[\w-]+\s+)?$",
    re.I,
)


# Where something happened, before an actor's name: a place, not the agent ("in southern Lebanon").
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|over|across|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$", re.I)


# A possessive apposition tying a named group to its network or patron ("JNIM, al-Qaeda's Sahel affiliate,").
POSSESSIVE_TIE = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:affiliates?|ally|allies|prox(?:y|ies)|branch|franchise|offshoot|partners?|wing|arm|faction)"
                            r"(?:\s+(?:in|for|of)\s+[^,;.“”\"]{1,40})?,", re.I)


# Between a count and the side of the people it counts ("killed 500 Russian soldiers", "500 more Russian"): no conjunction
# opens another clause there ("kills 4 as Ukraine downs 48 drones").
COUNT_TO_ITS_PEOPLE = re.compile(r"\s+(?:more\s+)?(?:(?!(?:as|while|when|after|before|and|but|since|because|though|although|until|where|whereas)\b)"
                                 r"[A-Za-z][\w'’-]*\s+){0,2}", re.I)


def clause_agent(view: SentenceView, verb_start: int, befallen: list[tuple[int, int]] | None = None) -> str | None:
    actor = view.last_actor_before(verb_start)
    while actor is not None and any(start <= actor.start and actor.end <= end for start, end in befallen or []):
        actor = view.last_actor_before(actor.start)  # the owner of equipment an earlier verb befell
    for _ in range(3):
        # "jets pounded Hezbollah targets in southern Lebanon, destroying ...": past the place and the target; "killed 500
        # Russian soldiers and destroyed 10 tanks": past the side of people counted as an earlier verb's object
        counted = any(q.end <= actor.start and COUNT_TO_ITS_PEOPLE.fullmatch(view.text, q.end, actor.start) for q in view.quantities) if actor is not None else False
        if actor is None or not (PLACE_BEFORE.search(view.text[: actor.start]) or TARGET_OF_ATTACK.search(view.text[: actor.start]) or counted):
            break
        actor = view.last_actor_before(actor.start)
    if actor is None:
        return None
    tie = POSSESSIVE_TIE.match(view.text, actor.end)
    named = view.last_actor_before(actor.start) if tie is not None else None
    if named is not None and re.fullmatch(r",\s+", view.text[named.end : actor.start]):
        actor = named  # "JNIM, al-Qaeda's Sahel affiliate, seized": the group named before the apposition acts
    between = view.text[actor.end : verb_start]
    if len(between) > 80 or re.search(r"[;.]|\b(?:that|which|while|but)\b", between):
        return None
    if MEANS_OF_AGENT.search(view.text, 0, actor.start):
        return actor.code  # "drones launched by the RSF struck ...", "rockets fired by Hezbollah hit ...": the means' user acts
    if re.search(r"\b(?:of|on|against|to|for|from|by)\s+(?:the\s+)?$", view.text[: actor.start], re.I):
        return None
    return actor.code


# The means of an attack with its user after it, heading the clause ("drones launched by the RSF", "shells fired by the
# army", "jets belonging to the coalition").
MEANS_OF_AGENT = re.compile(r"\b(?:launched|fired|operated|flown|piloted|deployed|dropped|belonging\s+to|controlled)\s+(?:by\s+)?(?:the\s+)?$", re.I)


# A state's adjective on the armed men who fight it ("Syrian rebels", "Malian jihadists", "Afghan insurgents"): the
# adjective names the country, not the side; what they seize or destroy is that state's.
REBELS_OF_A_STATE = re.compile(
    r"\s+(?:(?:armed|Islamist|jihadist|opposition)\s+)?(?:rebels|rebel\s+(?:fighters|forces|groups?)|insurgents|jihadists|militants|opposition\s+(?:fighters|forces)|separatists)\b",
    re.I,
)


def _rebels_of_a_state(view: SentenceView, verb_start: int, agent: str) -> bool:
    actor = view.last_actor_before(verb_start)
    if actor is None or actor.code != agent or actor.role not in ("adjective", "demonym"):
        return False
    rebels = REBELS_OF_A_STATE.match(view.text, actor.end)
    return rebels is not None and re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,3}", view.text[rebels.end() : verb_start] + " ") is not None


ENEMY_AS_LOSER = re.compile(r"(?i)\b(?:enemy|adversary|opponent|opposing\s+side)(?:['’]s)?\s+(?:(?:total|overall|combined|daily|total\s+combat)\s+)?(?:has\s+|had\s+|have\s+)?$")


def _losses_of(view: SentenceView, verb: re.Match[str]) -> str | None:
    """'losses of Ukrainian troops', 'the loss of its helicopter': whose losses the verb names."""
    start = verb.start()
    if ENEMY_AS_LOSER.search(view.text[:start]):
        return SUBJECT_IS_CLAIMANT_ADVERSARY  # "the enemy lost two tanks", "the enemy's losses amounted to"
    owner = view.last_actor_before(start)
    if owner is not None and re.fullmatch(r"(?:['’]s?)?\s+(?:(?:total|overall|combat|daily)\s+)?", view.text[owner.end : start]):
        return owner.code  # "Russian losses were", "Ukraine's total losses amounted to"
    match = re.match(r"(?:total\s+)?loss(?:es)?\s+(?:of\s+)?(?:the\s+)?", view.text[start:], re.I)
    if not match:
        return None
    actor = view.first_actor_after(start + match.end())
    if actor and actor.start - (start + match.end()) <= 2:
        return actor.code
    return None


def _agent_by(view: SentenceView, end: int) -> str | None:
    """'lost by Baku', 'destroyed by Azerbaijani forces'."""
    by = re.match(r"\s+by\s+(?:the\s+)?", view.text[end:])
    if by:
        actor = view.first_actor_after(end + by.end())
        if actor and actor.start - (end + by.end()) <= 2:
            return actor.code
    return None


def _merge_broader(drafts: list[DraftClaim]) -> None:
    """'tanks and other armored vehicles' is one figure in the broadest category named."""
    for draft in list(drafts):
        narrower = BROADER.get(draft.category or "")
        if not narrower:
            continue
        for other in list(drafts):
            if other is not draft and other.category in narrower and other.count is None and draft.count is None and abs(other.end - draft.start) < 25:
                drafts.remove(other)


# A count whose noun is the equipment of the sentence before: "Russia launched 85 drones overnight. Sixty were shot
# down." / "The army said it downed 11 of them." The count stands alone: no equipment follows it in its own sentence.
ELLIPTICAL_BARE_PASSIVE = re.compile(r"(?:\s+(?:more|others|of\s+them|of\s+these|of\s+those))?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.I)
ELLIPTICAL_BARE_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:said|says|reported|added|that|while|and)\s+)(?:of\s+(?:these|them|those)\s*,?\s*)?(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
TARGET_BEFORE = re.compile(r"\b(?:at|against|toward|towards|on)\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
ELLIPTICAL_BARE_OBJECT = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)


# People, not equipment, counted by a bare number: "eleven more were taken prisoner", "three soldiers died and two were captured".
PEOPLE_TAKEN_AFTER = re.compile(r"\s+(?:as\s+)?(?:prisoners?|captives?|hostages?|POWs?)\b", re.I)
PEOPLE_BEFORE_COUNT = re.compile(
    r"\b(?:soldiers|troops|fighters|servicemen|militants|rebels|civilians|people|persons|men|women|children|officers|policemen"
    r"|insurgents|terrorists|crew|crewmen|pilots|militiamen|personnel)\b[^.;]*\b(?:and|while|with)\s+$", re.I)
# Equipment heading an active verb of shooting down: the agent, not what was lost ("Air defences shot down 85 of them").
AGENT_EQUIPMENT = re.compile(r"\s+(?:(?:also|then|later|reportedly|successfully|have|has|had)\s+)*(?:shot\s+(?:(?:it|them|both)\s+)?down|intercepted|destroyed|downed|neutrali[sz]ed)\b", re.I)


def find_materiel_from_previous(view: SentenceView, previous: SentenceView | None) -> list[DraftClaim]:
    """Counts with no noun of their own whose equipment is the last one the sentence before named."""
    if previous is None or previous.paragraph != view.paragraph and previous.index != view.index - 1:
        return []
    text = view.text
    if any(not AGENT_EQUIPMENT.match(text, p.end) for p in find_equipment(view)):
        return []  # the sentence names its own equipment; the air defences that shot "85 of them" down are no loss
    earlier = [p for p in _models_with_their_nouns(previous.text, find_equipment(previous))
               if not TARGET_BEFORE.search(previous.text[: p.start])]  # "drones launched at ships": the ships are targets
    if not earlier:
        return []
    model = earlier[-1]
    outcomes = list(OUTCOME_WORDS.finditer(text))
    found: list[DraftClaim] = []
    for quantity in view.quantities:
        if quantity.count[0] is None:
            continue
        verb = next((o for o in outcomes if o.start() > quantity.end and ELLIPTICAL_BARE_PASSIVE.fullmatch(text, quantity.end, o.start())), None)
        if verb is None or not ELLIPTICAL_BARE_HEAD.search(text[: quantity.start]):
            verb = next((o for o in outcomes if re.fullmatch(r"\s+", text[o.end() : quantity.start])), None)
            if verb is None or not ELLIPTICAL_BARE_OBJECT.match(text, quantity.end):
                continue
        outcome = _outcome_name(verb)
        if outcome == "lost" and not (verb.start() > quantity.end and LOST_WITH_CAUSE.match(text, verb.end())):
            continue  # "12 were lost" may count people; "12 were lost to electronic warfare" counts the drones before
        if verb.start() > quantity.end and (PEOPLE_TAKEN_AFTER.match(text, verb.end()) or PEOPLE_BEFORE_COUNT.search(text, 0, quantity.start)):
            continue  # "three fighters died and eleven more were taken prisoner": people, not the equipment before
        if model.owner is not None:
            subject: str | None = model.owner
        else:
            agent = clause_agent(view, verb.start()) if verb.start() < quantity.start else _agent_by(view, verb.end())
            subject = SUBJECT_IS_ADVERSARY_OF + agent if agent is not None else SUBJECT_IS_CLAIMANT_ADVERSARY
        start, end = min(verb.start(), quantity.start), max(verb.end(), quantity.end)
        found.append(DraftClaim("materiel", outcome, start, end, category=model.category, count=quantity.count, subject=subject,
                                cumulative=bool(CUMULATIVE.search(text))))
        if model.owner is None and model.side is not None:
            found[-1].notes["side"] = model.side
    if not found and model.count is not None and model.count[0] is not None:
        found.extend(_pronoun_objects(view, model, outcomes))
    if not found and model.count is not None and model.count[0] is not None:
        if not ACTING_EQUIPMENT.match(previous.text, model.end):
            found.extend(_pronoun_subjects(view, model, outcomes))
    return found


# Equipment that acts in its sentence ("A drone struck a house."): "it" after it may be what it struck.
ACTING_EQUIPMENT = re.compile(r"(?i)(?:\s+[\w-]+){0,3}?\s+(?:\w+ly\s+)?(?:struck|hit|hits|strikes|slammed|crashed|attacked|targeted|exploded|landed|fell|damaged|destroyed|set)\b")


# The equipment of the sentence before as the subject of a passive verb of loss, heading its clause: "It was shot down
# by the air force.", "The IDF said it was intercepted.", "Most were shot down", "All of them were destroyed".
PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:said|says|reported|added|stated|that)\s+)(?P<head>(?P<it>it)|(?P<all>they|all(?:\s+of\s+them)?|they\s+all)|(?P<both>both(?:\s+of\s+them)?)|"
    r"(?P<part>(?:most|some|many|the\s+(?:vast\s+|overwhelming\s+)?majority|the\s+rest)(?:\s+of\s+them)?))"
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|also|then|later)\s+)?$", re.I)


def _pronoun_subjects(view: SentenceView, model: EquipmentPhrase, outcomes: list[re.Match[str]], after: int = 0) -> list[DraftClaim]:
    text = view.text
    count = model.count
    assert count is not None
    for verb in outcomes:
        if verb.start() < after or after and _outcome_name(verb) != "destroyed":
            continue  # in the equipment's own sentence, only its downing ("it was hit" may be the place it was fired at)
        head = PRONOUN_SUBJECT.search(text, after, verb.start())
        outcome = _outcome_name(verb)
        if head is None or outcome in ("lost", "captured") or PEOPLE_VERB.fullmatch(verb.group()):
            continue  # "they were captured", "they were eliminated": more often the men than the machines
        if head.group("it"):
            figure: Count | None = (1, 1) if count == (1, 1) else None
            if figure is None:
                continue
        elif head.group("both"):
            figure = (2, 2) if count == (2, 2) else None
            if figure is None:
                continue
        elif head.group("all"):
            if count == (1, 1):
                continue
            figure = count
        else:
            figure = None  # "most were shot down": a part with no figure (GOLD_FORMAT: like "some")
        agent = _agent_by(view, verb.end())
        subject = model.owner or (SUBJECT_IS_ADVERSARY_OF + agent if agent is not None else SUBJECT_IS_CLAIMANT_ADVERSARY)
        draft = DraftClaim("materiel", outcome, head.start("head"), verb.end(), category=model.category, count=figure, subject=subject,
                           object=agent, cumulative=bool(CUMULATIVE.search(text)))
        if model.owner is None and model.side is not None:
            draft.notes["side"] = model.side
        return [draft]
    return []


# The equipment of the sentence before as a pronoun right after the verb: "shot down all of them", "intercepted both",
# "destroyed them before they reached the city", "shot it down".
PRONOUN_OBJECT = re.compile(r"\s+(?:(?P<all>all\s+(?:of\s+)?(?:them|these|those)|them\s+all|every\s+one\s+of\s+them|each\s+of\s+them)|(?P<both>both(?:\s+of\s+them)?)|"
                            r"(?P<them>them)|(?P<it>it))\b(?!\s+(?:was|were|is|are|had|has|have)\b)", re.I)
PHRASAL_WITH_PRONOUN = re.compile(r"(?i)\b(?P<verb>shot|brought|took|knocked|blew|shooting|bringing)\s+(?P<pronoun>them|it|both)\s+down\b|"
                                  r"\b(?:took|knocked|taking|knocking)\s+(?P<pronoun2>them|it)\s+out\b")


PEOPLE_VERB = re.compile(r"(?i)eliminat\w*|neutrali[sz]\w*|wiped\s+out|annihilat\w*|liquidat\w*|captur\w*|took|taken")


# An owner named as a force or in the possessive ("the Syrian army's air defences", "Iran's launchers"): whose the
# equipment is, never its maker (as "German tanks" may be).
OWNER_BY_FORCE = re.compile(r"(?i)(?<=['’]s)|(?<=['’])|(?:['’]s)?\s+(?:army|military|armed\s+forces|forces|navy|air\s+force|troops)\b")


def _pronoun_objects(view: SentenceView, model: EquipmentPhrase, outcomes: list[re.Match[str]], after: int = 0) -> list[DraftClaim]:
    """The equipment named before (in the sentence before, or before `after` in this one) as a pronoun object."""
    text = view.text
    count = model.count
    assert count is not None
    phrasal_verbs = list(PHRASAL_WITH_PRONOUN.finditer(text, after))  # "shot it down": the pronoun inside the phrasal verb
    for verb in sorted([*(o for o in outcomes if o.start() >= after), *phrasal_verbs], key=lambda m: m.start()):
        if verb.re is PHRASAL_WITH_PRONOUN:
            kind, end, outcome = (verb.group("pronoun") or verb.group("pronoun2")).lower(), verb.end(), "destroyed"
        else:
            pronoun = PRONOUN_OBJECT.match(text, verb.end())
            if pronoun is None:
                continue
            kind, end, outcome = next(name for name in ("all", "both", "them", "it") if pronoun.group(name)), pronoun.end(), _outcome_name(verb)
        if kind == "both":
            figure: Count | None = (2, 2) if count == (2, 2) else None
        elif kind == "it":
            figure = (1, 1) if count == (1, 1) else None
        else:
            figure = count if count != (1, 1) else None
        if figure is None or outcome == "lost" or PEOPLE_VERB.fullmatch(verb.group()):
            continue  # "eliminated them", "neutralised them": more often the men than the machines
        agent = clause_agent(view, verb.start())
        subject = model.owner or (SUBJECT_IS_ADVERSARY_OF + agent if agent is not None else SUBJECT_IS_CLAIMANT_ADVERSARY)
        draft = DraftClaim("materiel", outcome, verb.start(), end, category=model.category, count=figure, subject=subject,
                           cumulative=bool(CUMULATIVE.search(text)))
        if model.owner is None and model.side is not None:
            draft.notes["side"] = model.side
        return [draft]
    return []


# A heading that opens a tally of losses printed one item a line ("The total combat losses of the enemy from 24.02.22
# to 10.03.24 are approximately:" over "tanks – 6,600 (+10)").
TALLY_HEADING = prefiltered(re.compile(r"\b(?:losses|lost|destroyed)\b[^;]*:\s*$", re.I))
TALLY_LINE_LENGTH = 80


def is_tally_heading(view: SentenceView) -> bool:
    return TALLY_HEADING.search(view.text) is not None


def is_tally_line(view: SentenceView) -> bool:
    """A short line giving a count and no verb of loss: an item of a tally ("personnel – about 400,000 (+1,020)")."""
    return len(view.text) <= TALLY_LINE_LENGTH and bool(view.quantities) and OUTCOME_WORDS.search(view.text) is None


# The side a tally's heading says lost what it lists, named next to its word of loss ("Russian losses", "Russia's
# losses", "the losses of the Russian army"): it may differ from the first name of the heading ("The General Staff
# of Ukraine reported the following Russian losses:").
LOSSES_WORD = re.compile(r"(?i)\b(?:losses|lost|destroyed)\b")


def tally_loser(heading: SentenceView) -> tuple[str | None, str | None, bool]:
    """(the named loser or None, the draft subject, cumulative) of a tally's heading: the side named at its word of
    loss, else the first side it names; the claimant's adversary for "the enemy"; the claimant itself with no side."""
    actors = [a for a in heading.actors if a.role not in ("pronoun",)]
    owner = actors[0].code if actors else None
    if (loss := LOSSES_WORD.search(heading.text)) is not None:
        before = next((a for a in reversed(actors) if a.end <= loss.start() and re.fullmatch(r"(?:['’]s?)?\s+(?:[a-z]+\s+){0,2}", heading.text[a.end : loss.start()])), None)
        after = next((a for a in actors if a.start >= loss.end() and re.fullmatch(r"\s+(?:of|by)\s+(?:the\s+)?", heading.text[loss.end() : a.start])), None)
        owner = (before or after).code if (before or after) is not None else owner
    enemy = re.search(r"(?i)\b(?:enemy|adversary|opponent)\b", heading.text) is not None
    subject = owner if owner is not None and not enemy else SUBJECT_IS_CLAIMANT_ADVERSARY if enemy else SUBJECT_IS_CLAIMANT
    cumulative = bool(CUMULATIVE.search(heading.text) or re.search(r"(?i)\btotal\b", heading.text))
    return owner, subject, cumulative


# An item of a tally printed with its count first, as a bullet ("- 4 tanks;", "• 2 infantry fighting vehicles,").
BULLETED_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])?\s*")
ITEM_END = re.compile(r"\s*[;,.]?\s*")
# A heading of what was destroyed, with no word of loss ("During the day, the following were destroyed:").
DESTROYED_HEADING = re.compile(r"(?i)\bdestroyed\b[^;]*:\s*$")


def find_materiel_in_tally(view: SentenceView, heading: SentenceView) -> list[DraftClaim]:
    """A line of a tally under its heading: counted equipment with no verb of its own, lost by whoever the heading says."""
    text = view.text
    if not is_tally_line(view):
        return []
    phrases = [p for p in find_equipment(view) if p.count is not None and (COUNT_AFTER.search(text[p.head_start : p.end])
                                                                            or BULLETED_ITEM.fullmatch(text, 0, p.start) and ITEM_END.fullmatch(text, p.end))]
    if not phrases:
        return []
    owner, subject, cumulative = tally_loser(heading)
    destroyed = DESTROYED_HEADING.search(heading.text) is not None
    if destroyed and owner is None and subject == SUBJECT_IS_CLAIMANT:
        subject = SUBJECT_IS_CLAIMANT_ADVERSARY  # "the following were destroyed:": what the speaker's side destroyed
    found: list[DraftClaim] = []
    for phrase in phrases:
        found.append(DraftClaim("materiel", "destroyed" if destroyed else "lost", phrase.start, phrase.end, category=phrase.category,
                                count=phrase.count, subject=subject, cumulative=cumulative))
        if owner is None:
            found[-1].notes["loser"] = "unnamed"  # the side the text quoted reports its adversary's losses
    return found
