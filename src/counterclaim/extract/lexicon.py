"""Vocabularies the claim patterns are built from: people, outcomes, attack means, hedges, reporting verbs.

Each table names the phenomenon it covers; the patterns in the claim-type modules compile them.
Weapon terms and actor names live in counterclaim.data (they are data a user may extend).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# --- people ------------------------------------------------------------------------------------
# Nouns for people and the casualty category they imply (GOLD_FORMAT.md coding conventions:
# soldiers/troops/fighters/militants/rebels/servicemen are military; civilians, women, children,
# villagers, residents, a local man, worshippers, patients are civilian; people/persons/victims unknown).
MILITARY_PEOPLE = (
    "soldiers", "soldier", "troops", "troop", "servicemen", "serviceman", "servicemembers",
    "service members", "service member", "military personnel", "personnel", "fighters", "fighter",
    "militants", "militant", "rebels", "rebel", "insurgents", "insurgent", "combatants", "combatant",
    "militiamen", "militiaman", "militia members", "militia member", "militia", "militias", "gunmen", "gunman",
    "attackers", "attacker", "assailants", "jihadists", "jihadist", "jihadis", "terrorists",
    # the Pakistani state's word for the TTP's fighters ("13 khwarij were killed")
    "khwarij", "khawarij", "kharijis", "khariji",
    "terrorist", "mercenaries", "mercenary", "paratroopers", "marines", "sailors", "pilots", "pilot",
    "officers", "officer", "policemen", "policeman", "police officers", "police officer", "police",
    "policewomen", "guards", "guard", "bodyguards", "commanders", "commander", "general", "generals",
    "colonel", "major", "captain", "conscripts", "conscript", "reservists", "reservist", "recruits", "recruit",
    "military forces", "security forces", "forces", "army", "military", "enemy", "invaders",
    "occupiers", "islamists", "bandits", "suspects", "suspect", "leader", "leaders", "snipers",
    "sniper", "gang members", "gang member", "cadres", "cadre", "operatives", "operative", "agents",
    "fighter jets pilots", "volunteers", "guerrillas", "guerrilla", "warriors", "men in uniform",
    "servicewomen", "border guards", "gendarmes", "peacekeepers", "peacekeeper", "blue helmets", "military men",
    "defenders", "human forces", "manpower", "sergeant", "sergeants", "lieutenant", "lieutenants", "colonels", "cadets", "infantrymen", "crew members", "crew", "troopers",
    # armed men as the war's own reports name them ("100 elements", "servicepeople", "law enforcement officers")
    "elements", "servicepeople", "service personnel", "security personnel", "law enforcement officers",
    "law enforcement officer", "law enforcement officials", "law enforcement personnel", "gendarme", "policewoman",
    "constables", "constable", "paramilitaries", "commandos", "special forces", "airmen", "navy personnel",
    "vigilantes", "self-defence volunteers", "self-defense volunteers", "defence volunteers", "defense volunteers",
    "corporal", "corporals", "brigadier", "warrant officer", "deputy commander", "battalion commander",
    "company commander", "platoon commander", "unit commander", "combat medics", "draftees", "mobilized men", "mobilised men", "separatists", "separatist fighters",
    "infiltrators", "infiltrator", "gangsters", "gangster", "extremists", "extremist",
    # the armed men of drug cartels ("four suspected cartel members", "two sicarios")
    "cartel members", "cartel member", "sicarios", "sicario", "hitmen", "hitman",
    # ranks and soldiers as South Asian and Southeast Asian armies name them ("Lance Naik Dinesh Kumar", "two jawans",
    # "a Thai ranger", "Pakistan Rangers")
    "jawans", "jawan", "sepoys", "sepoy", "havildar", "havildars", "lance naik", "naik", "naib subedar", "subedar", "subedar major",
    "agniveer", "agniveers", "rifleman", "riflemen", "gunner", "gunners", "lance corporal", "rangers", "ranger", "paramilitary rangers",
    # auxiliaries and local guards that fight beside an army (Burkina Faso's "VDP", village and home guards)
    "auxiliaries", "auxiliary", "VDP", "VDPs", "home guards", "village guards", "village defence volunteers", "militia fighters",
    # the Sahel's hunter militias ("the death of 11 Dozos")
    "dozos", "dozo", "dozo hunters", "donso", "donsos", "traditional hunters",
    # soldiers held by the other side are still soldiers ("executed eight prisoners of war")
    "prisoners of war", "prisoner of war", "POWs", "pows",
    # fighters named by their cause or their way of fighting ("killed 20 mujahideen", "a dozen raiders were neutralised")
    "belligerents", "partisans", "partisan", "raiders", "raider", "kidnappers", "kidnapper", "abductors", "legionnaires",
    "legionnaire", "mujahideen", "mujahedeen", "mujahidin", "fedayeen", "irregulars", "deserters",
    # attackers named by their weapon ("two suicide bombers died", "a bomber was shot dead by guards")
    "suicide bombers", "suicide bomber", "bombers", "bomber",
    # other spellings and words for armed men ("three guerillas", "a jihadi", "two guardsmen", "a cop")
    "guerillas", "guerilla", "jihadi", "guardsmen", "guardsman", "national guardsmen", "cops", "cop", "askaris", "askari",
    "aircrew", "vigilante", "bandit", "clan militiamen", "clan fighters",
)
CIVILIAN_PEOPLE = (
    "civilians", "civilian", "women", "woman", "children", "child", "kids", "boys", "girls", "boy",
    "girl", "man", "men", "villagers", "villager", "residents", "resident", "farmers", "farmer",
    "worshippers", "worshipers", "patients", "patient", "students", "student", "journalists",
    "journalist", "aid workers", "aid worker", "workers", "worker", "teachers", "teacher", "doctors",
    "doctor", "medics", "medic", "nurses", "infants", "infant", "babies", "baby", "elderly",
    "pedestrians", "passengers", "herders", "herder", "fishermen", "fisherman", "shepherds",
    "traders", "trader", "refugees", "displaced people", "protesters", "protester", "demonstrators",
    "youths", "youth", "teenagers", "teenager", "minors", "minor", "pupils", "family members",
    "relatives", "brothers", "sons", "daughters", "wife", "husband", "mother", "father", "son",
    "daughter", "old man", "elderly man", "elderly woman", "locals", "local", "inhabitants",
    "motorists", "driver", "drivers", "miners", "villagers", "pilgrims", "priest", "imam",
    "shopkeeper", "vendor", "lawmaker", "politician", "official", "officials", "chief",
    # people named by a civilian job, place or stage of life (GOLD_FORMAT: age, job or home makes a civilian)
    "nurse", "pharmacist", "pharmacists", "surgeon", "surgeons", "paramedic", "paramedics", "health workers",
    "health worker", "humanitarian workers", "humanitarian worker", "rescuers", "rescue workers", "firefighters",
    "shoppers", "commuters", "mourners", "wedding guests", "churchgoers", "worshipper", "cleric", "clerics", "monks",
    "monk", "nuns", "elder", "elders", "herdsmen", "herdsman", "pastoralists", "labourers", "laborers", "labourer",
    "laborer", "vendors", "shopkeepers", "merchants", "businessman", "businessmen", "civil servants", "schoolchildren",
    "toddler", "toddlers", "newborns", "grandmother", "grandfather", "sister", "sisters", "brother", "teens",
    "adolescents", "displaced persons", "migrants", "migrant", "asylum seekers", "refugee", "lawyer", "judge",
    "pastor", "fishers", "loggers", "gold miners", "miner", "porters", "cattle herders", "grandson", "granddaughter", "grandchildren", "nephew", "niece", "cousin", "uncle", "aunt",
    "schoolgirls", "schoolgirl", "schoolboys", "schoolboy", "worshipers", "churchgoer", "football fans", "spectators",
    # local office-holders and people of civil society
    "mayor", "mayors", "governor", "village chief", "village head", "activist", "activists",
    "commissioner", "commissioners", "district commissioner", "administrator", "administrators", "headman", "headmen",
    "sheikh", "sheikhs", "tribal leader", "tribal leaders", "tribal elder", "tribal elders", "chieftain", "chieftains",
    "engineer", "engineers", "employees", "employee", "staff members", "staff member", "staff", "staffers", "colleagues", "photographer", "cameraman",
    "reporter", "reporters", "tourists", "tourist", "diplomat", "diplomats", "ambassador", "minister", "councillor", "councillors",
    # clergy and church workers, often the ones abducted on roads and in parishes
    "priests", "pastors", "seminarians", "seminarian", "catechist", "catechists", "missionaries", "missionary", "imams", "nun",
    # people who happened to be there ("wounded four passers-by", "bystanders were hit")
    "passers-by", "passersby", "passer-by", "bystanders", "bystander", "onlookers", "customers", "diners", "guests",
    # people displaced or seeking aid, and more jobs, kin and stages of life ("18 IDPs", "31 aid seekers", "a shepherd")
    "IDPs", "IDP", "idps", "idp", "internally displaced persons", "internally displaced people", "evacuees", "aid seekers", "aid-seekers",
    "shepherd", "rescuer", "porter", "contractors", "contractor", "truckers", "trucker", "farmworkers", "motorcyclists",
    "motorcyclist", "cyclists", "cyclist", "townspeople", "adults", "youngsters", "pensioners", "pensioner", "retirees",
    "mothers", "fathers", "wives", "husbands", "photographers", "cameramen", "lecturers", "lecturer", "professors", "professor",
    "lawyers", "judges", "politicians", "lawmakers", "homeowners", "schoolteachers", "schoolteacher",
)
UNKNOWN_PEOPLE = (
    "people", "persons", "person", "victims", "victim", "individuals", "individual", "lives",
    "martyrs", "bodies", "others", "other", "dead", "fatalities", "deaths", "casualties",
    "palestinians", "israelis", "ukrainians", "russians", "armenians", "azerbaijanis", "sudanese",
    "somalis", "congolese", "syrians", "afghans", "iraqis", "yemenis", "nigerians", "malians",
    "ones", "members", "member", "deceased", "corpses",
    # people named by their nationality alone ("12 of its citizens", "three foreign nationals")
    "citizens", "citizen", "nationals", "compatriots", "countrymen", "fellow citizens",
    # people named by their nation or people ("13 Cambodians died", "two Lebanese were wounded"): their side is the demonym's
    "lebanese", "cambodians", "thais", "somalians", "ethiopians", "eritreans", "tigrayans", "amharas", "oromos", "kenyans",
    "ugandans", "rwandans", "burundians", "chadians", "nigeriens", "burkinabes", "burkinabe", "cameroonians", "mozambicans",
    "libyans", "egyptians", "jordanians", "iranians", "turks", "kurds", "yazidis", "druze", "georgians", "azeris",
    "pakistanis", "indians", "kashmiris", "burmese", "rohingya", "rohingyas", "colombians", "mexicans", "haitians",
    "americans", "britons", "filipinos",
    # people held by the other side, whatever they were before
    "hostages", "hostage", "captives", "captive", "detainees", "detainee", "prisoners", "prisoner", "inmates", "inmate",
)
PERSON_CATEGORY: dict[str, str] = {
    **{w: "unknown" for w in UNKNOWN_PEOPLE},
    **{w: "civilian" for w in CIVILIAN_PEOPLE},
    **{w: "military" for w in MILITARY_PEOPLE},
}
# Abbreviated ranks and offices before a name ("Sgt. David Cohen", "Maj. Gen. Ivan Petrov"), as the people noun
# each stands for (the sentence splitter keeps them whole: sentences.TITLE_ABBREVIATIONS).
TITLE_ABBREVIATION_NOUNS: dict[str, str] = {  # keys without their dots: the parser's tokenizer splits them off
    "lt": "lieutenant", "col": "colonel", "gen": "general", "maj": "major", "capt": "captain", "sgt": "sergeant",
    "brig": "brigadier", "cpl": "corporal", "pvt": "soldier", "cmdr": "commander", "cdr": "commander",
    "adm": "commander", "cmdt": "commander", "supt": "officer", "insp": "officer", "amb": "ambassador",
    "lt-col": "colonel", "lt-gen": "general", "maj-gen": "general", "col-gen": "general", "brig-gen": "general",
}
# Head nouns that already say the person died ("23 bodies", "93 martyrs", "2 fatalities").
DEATH_NOUNS = frozenset({"martyrs", "bodies", "fatalities", "deaths", "dead", "deceased", "corpses"})
# Death nouns that name the deaths themselves and so may follow a category noun as the head of a count
# ("6,000 Russian military deaths", "12 civilian fatalities"), unlike "dead" ("30 rebels dead").
DEATH_EVENT_NOUNS = frozenset({"deaths", "fatalities"})
# Adjectives before a people noun that already say the people died ("two fallen soldiers", "the slain officers").
DEATH_MODIFIERS = frozenset({"fallen", "slain", "murdered", "deceased", "dead"})
# Adjectives before a people noun that say the people were wounded ("hundreds of wounded civilians").
WOUND_MODIFIERS = frozenset({"wounded", "injured"})
# Bare outcome words standing for people of a category named just before ("8 soldiers were wounded and
# seven dead": seven soldiers; GOLD_FORMAT: the first figure's category carries over to an elliptical one).
# An ordinal standing alone counts one more of the same people ("a policeman was killed and a second wounded").
ELLIPTICAL_HEADS = frozenset({"dead", "second", "third", "fourth", "fifth"})
# People nouns that name one kind of party: in a war between a state and an armed group, "rebels" are
# the group's and "soldiers" the state's; "three soldiers and two militants were killed" are two sides' dead.
GROUP_FIGHTERS = frozenset(
    {"rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "jihadists", "jihadist", "terrorists", "terrorist",
     "gunmen", "gunman", "attackers", "attacker", "assailants", "fighters", "militiamen", "islamists", "guerrillas", "guerrilla",
     "bandits", "bandit", "extremists", "separatists", "elements", "cadres", "khwarij", "khawarij", "kharijis", "khariji",
     # criminal armed groups and men crossing a front line ("gang members", "infiltrators")
     "gang members", "gang member", "gangsters", "gangster", "infiltrators", "infiltrator",
     "cartel members", "cartel member", "sicarios", "sicario", "hitmen", "hitman",
     "suicide bombers", "suicide bomber", "bombers", "bomber",
     # irregular forces named by their cause ("resistance forces overran the outpost", "rebel forces")
     "resistance forces", "rebel forces", "opposition forces"}
)

# A day, an attack or a loss ranked among all since a time ("in one of the deadliest days since the ceasefire", "the worst
# attack since 2019", "the 20th such drone downed since October"): a ranking, not a running total's window.
COMPARED_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|heaviest|biggest|largest|fiercest|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|highest|most\s+\w+)"
    r"\s+(?:[\w'’-]+\s+){0,4}?since\b", re.I)
# Wars of markets and culture ("the currency war", "a trade war"): no armed conflict.
FIGURATIVE_WAR = re.compile(r"\b(?:currency|trade|price|tariff|culture|bidding|streaming|console|talent|subscription|browser)\s+wars?\b", re.I)
# A fight against illness, fire or want ("fighting a cholera outbreak", "battled the blaze"): no enemy with arms.
FIGURATIVE_FIGHT = re.compile(
    r"(?:fight\w*|battl\w*|combat(?:s|ed|ing|ting)?)\s+(?:against\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:cholera|measles|ebola|dengue|mpox|malaria|polio|"
    r"disease|virus|infection|outbreak|epidemic|pandemic|blaze|fire|wildfires?|bushfires?|floods?|flames|locusts)\b",
    re.I,
)
# A relative clause that dates a party's war or rule, not the figures of the sentence ("The army, which has been fighting
# the RSF since April 2023, said it killed 40 of them"): its "since" starts no running total. A clause that itself
# counts losses ("which has killed 400 people since May") keeps it.
PARTY_SINCE_CLAUSE = re.compile(
    r",\s*(?:which|who)\s+(?!(?:[^,;.]*?)\b(?:kill\w*|died|dead|deaths?|wound\w*|injur\w*|lost|losses|lives|toll|destroy\w*|downed|shot\s+down)\b)"
    r"[^,;.]{0,80}?\bsince\b[^,;.]{0,40},", re.I)


# A state's adjective or name heading its rebels ("Syrian rebels", "Myanmar resistance forces", "Sudanese opposition
# militias"): those fighting the state, not the state; read after the actor's mention.
COUNTRY_REBELS = re.compile(
    r"(?i)\s+(?:[a-z][\w-]*\s+)?(?:rebels|insurgents|militants|jihadists|separatists|guerrillas|resistance(?:\s+(?:forces|fighters|groups|movement))?|"
    r"opposition\s+(?:forces|fighters|groups|militias))\b")


# Unnamed fighters opening a clause of time or cause right before the verb ("as resistance forces overrun", "after rebel
# fighters stormed").
SUBORDINATE_FIGHTERS_BEFORE = re.compile(
    r"\b(?:after|before|when|while|since|as|because|until|once)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:forces|fighters|rebels|troops|militants|"
    r"soldiers|gunmen|insurgents|militiamen|jihadists|guerrillas|resistance)\s+(?:had\s+|has\s+|have\s+)?(?:(?:\w+ly|also|then|later)\s+)?$")


STATE_FIGHTERS = frozenset(
    {"soldiers", "soldier", "troops", "servicemen", "serviceman", "army", "policemen", "policeman", "police", "police officers",
     "officers", "officer", "commander", "general", "conscripts", "personnel", "military personnel", "security personnel",
     "security forces", "gendarmes", "border guards", "guards", "peacekeepers", "paramilitaries",
     # a regular army's people by service, status or rank ("a reservist", "two marines", "a conscript", "a sergeant")
     "reservists", "reservist", "conscript", "paratroopers", "paratrooper", "marines", "sailors", "airmen", "servicewomen",
     "servicewoman", "sergeant", "sergeants", "corporal", "corporals", "lieutenant", "lieutenants", "jawans", "jawan",
     "gendarme", "policewoman", "policewomen", "constable", "constables"}
)
# Head nouns that refer back to a category named earlier in the sentence ("and four others").
ANAPHORIC_PEOPLE = frozenset({"others", "other", "ones", "more", "another"})
# Modifiers that turn an unknown head into a civilian one ("civilian victims", "local people").
CIVILIAN_MODIFIERS = ("civilian", "local", "innocent", "unarmed", "displaced")
MILITARY_MODIFIERS = ("military", "enemy", "armed", "army")

# --- outcomes ----------------------------------------------------------------------------------
# Casualty outcome words after the people ("15 servicemen were killed", "60 others injured").
CASUALTY_AFTER = {
    "killed": (
        r"killed", r"dead", r"died", r"die", r"dies", r"martyred", r"shot\s+dead", r"shot\s+and\s+killed",
        r"lost\s+(?:their|his|her)\s+(?:lives|life)", r"perished", r"slain", r"executed", r"murdered", r"eliminated",
        r"beheaded", r"massacred", r"burned\s+to\s+death", r"hacked\s+to\s+death", r"killed\s+in\s+action",
        r"found\s+dead", r"confirmed\s+dead", r"lynched", r"stabbed\s+to\s+death", r"drowned",
        # killed by fire ("six villagers were burned alive")
        r"burn(?:ed|t)\s+alive",
        # military euphemisms for killing ("a dozen terrorists were neutralised", "liquidated")
        r"neutrali[sz]ed", r"liquidated", r"fell\s+in\s+(?:battle|combat|action)", r"fell\s+on\s+the\s+(?:battlefield|front(?:\s+line)?)",
        r"fell\s+in\s+the\s+line\s+of\s+duty",
        # dying of wounds told gently ("a policeman later passed away from his injuries")
        r"passed\s+away(?=\s+(?:from|of|after|in\s+hospital|on\s+the\s+way|at\s+the\s+hospital|due\s+to)\b)",
        # deaths of a side's own men as its statements honour them ("six soldiers embraced martyrdom", "laid down their lives")
        # deaths honoured as a sacrifice ("four soldiers paid the supreme sacrifice", "made the ultimate sacrifice")
        r"(?:paid|made)\s+the\s+(?:supreme|ultimate)\s+(?:sacrifice|price)", r"gave\s+(?:up\s+)?(?:their|his|her)\s+(?:lives|life)",
        # the dead as an attack leaves them ("18 civilians were left dead after the shelling")
        r"left\s+dead",
        # killed by fire that cuts people down ("five soldiers were felled by sniper fire", "mowed down by gunfire")
        r"felled", r"mow(?:ed|n)\s+down", r"gunned\s+down",
        r"embraced\s+(?:martyrdom|shahadat|shahadah)", r"sent\s+to\s+hell", r"laid\s+down\s+(?:their|his|her)\s+(?:lives|life)",
        # dying of one's wounds, told with or without them ("succumbed to their injuries", "two more succumbed overnight");
        # never giving way to anything else ("succumbed to pressure")
        r"succumbed(?:\s+to\s+(?:(?:their|his|her|the)\s+)?(?:[a-z]+\s+)?(?:injuries|wounds|burns)|(?!\s+to\b))",
        # membership of a toll ("three children were among the dead")
        r"among\s+the\s+(?:dead|killed|fatalities|deceased)", r"among\s+those\s+(?:killed|who\s+(?:died|perished|were\s+killed|lost\s+their\s+lives)|dead)",
    ),
    "wounded": (r"wounded", r"injured", r"hurt", r"hospitalized", r"hospitalised", r"maimed", r"among\s+the\s+(?:wounded|injured)",
                # injuries as the object of a verb of undergoing ("suffered serious injuries", "sustained gunshot wounds")
                r"(?:suffered|sustained|received)\s+(?:(?:light|minor|serious|severe|critical|multiple|grave|gunshot|shrapnel|burn|bullet|moderate|various|head)\s+){0,2}(?:injuries|wounds)",
                # the wounded named by their care ("taken to hospital with shrapnel wounds", "treated for injuries")
                # the wounded named by their state ("two children are in critical condition", "remains in a serious condition")
                r"in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)\s+condition",
                # the wounded named by where they were hit or the wounds they carry ("shot in the legs", "found with gunshot wounds")
                r"shot\s+(?:in|through)\s+the\s+(?:legs?|arms?|heads?|chests?|backs?|stomachs?|abdomens?|shoulders?|feet|foot|hands?|necks?|thighs?)",
                r"(?:found|brought\s+in|admitted)\s+with\s+(?:(?:gunshot|bullet|shrapnel|stab|burn|blast|serious|severe|multiple)\s+){1,2}(?:wounds|injuries)",
                # the wounded named by the care they are under ("six others are receiving treatment")
                r"(?:receiving|undergoing)\s+(?:medical\s+)?treatment",
                r"(?:taken|rushed|admitted|evacuated|airlifted)\s+to\s+(?:a\s+|the\s+|nearby\s+|local\s+)*hospitals?", r"treated\s+for\s+(?:their\s+|his\s+|her\s+)?(?:\w+\s+)?(?:injuries|wounds)"),
    "captured": (
        r"captured", r"taken\s+prisoner", r"taken\s+captive", r"taken\s+hostage", r"abducted",
        r"kidnapped", r"taken\s+prisoners", r"seized", r"held\s+captive",
        # people kept by the other side ("three soldiers remain in captivity", "are held hostage in Gaza")
        r"in\s+(?:(?:Russian|Ukrainian|Israeli|Hamas|enemy|rebel|militant|jihadist|their|its)\s+)?captivity", r"held\s+(?:as\s+)?(?:hostages?|prisoners?)", r"surrendered", r"arrested", r"detained", r"apprehended",
        # people carried off by force ("three children were snatched from their homes", "rounded up and taken away")
        r"snatched", r"rounded\s+up", r"taken\s+away(?!\s+to\b)", r"whisked\s+away", r"carried\s+off", r"dragged\s+away",
        # membership of the captives ("two women and a child were among those abducted", "among the hostages")
        r"among\s+(?:the|those)\s+(?:abducted|kidnapped|captured|taken|seized|hostages|captives|detained)",
    ),
    "missing": (r"missing", r"unaccounted\s+for", r"disappeared", r"went\s+missing", r"gone\s+missing", r"vanished",
                r"among\s+the\s+missing",
                # people still under the ruins of a strike ("dozens remain trapped under the rubble")
                r"trapped\s+(?:under|beneath|in)\s+(?:the\s+)?(?:rubble|debris|ruins)"),
}
# Verbs whose object dies when "to death" follows it ("stabbed a shepherd to death", "hacked three villagers to death").
TO_DEATH_VERBS = (
    "stabbed", "stabbing", "hacked", "hacking", "beat", "beaten", "beating", "burned", "burnt", "burning", "stoned",
    "stoning", "clubbed", "tortured", "torturing", "strangled", "bludgeoned", "shot", "crushed", "starved", "lynched",
)
# Casualty outcome verbs before the people ("killed 12 soldiers", "killing a local man").
CASUALTY_BEFORE = {
    "killed": (
        # a tally's label before its figure ("Killed: 12 soldiers; wounded: 30")
        r"(?:killed|dead)\s*:",
        r"killed", r"killing", r"kills", r"kill", r"shot\s+dead", r"shot\s+and\s+killed", r"eliminated",
        r"eliminating", r"neutralized", r"neutralised", r"neutralizing", r"neutralising", r"neutralise", r"neutralize", r"destroyed", r"destroying",
        r"massacred", r"executed", r"executing", r"murdered", r"murdering", r"beheaded",
        # lives taken by an attack or a war ("claimed the lives of 14 civilians", "has cost the lives of 400 soldiers")
        r"(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|t(?:ook|akes|aking|aken))\s+the\s+lives\s+of",
        r"left", r"leaving", r"lost", r"lose", r"loses", r"losing", r"the\s+deaths?\s+of", r"the\s+killing\s+of", r"the\s+loss\s+of",
        r"killed\s+at\s+least", r"elimination\s+of", r"destruction\s+of", r"liquidated", r"liquidating",
        # killing told by its victims' martyrdom or by slaughter ("the strike martyred four fighters", "slaughtered 20 villagers")
        r"martyred", r"martyring", r"slaughtered", r"slaughtering", r"slew", r"slain",
        # killing told by its manner, the victims after it ("burnt alive three farmers", "lynched two men"); the parse
        # finds "gunned down" (patterns/casualty_syntax.json)
        r"burn(?:ed|t|ing)\s+alive", r"lynched", r"lynching", r"beheading",
        r"(?:stabbed|hacked|beat|beaten|burned|burnt|stoned|clubbed)\s+to\s+death",
        # killing by the knife told by the throat ("slit the throats of nine herders", "cutting the throats of two hostages")
        r"(?:slit|slitting|slits|cut|cutting)\s+the\s+throats?\s+of",
        # the dead found ("the bodies of three men were found", "recovered the remains of 12 soldiers")
        r"(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+of",
        # membership of a toll, inverted ("among the dead were four children")
        r"among\s+(?:the|those)\s+(?:dead|killed|fatalities|victims)(?:\s+(?:in|of|from|since)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:were|was|are|is)",
        # the dead listed ("the dead included three journalists", "those killed included a local chief")
        r"(?:the\s+)?(?:dead|fatalities)(?:\s+(?:in|at|from|of|on|during|inside)\s+(?:the\s+)?[^,.;]{1,40}?)?\s+(?:included|include|includes|were|are)",
        r"those\s+(?:killed|who\s+died)(?:\s+(?:in|during|on|at)\s+[^,.;]{1,40}?)?\s+(?:included|include|includes|were|are)",
        # the dead buried by their own ("we have buried 23 people today")
        r"buried", r"burying", r"buries",
        # the dead named after an inverted copula ("Killed were two soldiers and a medic", "Also killed was a boy")
        r"killed\s+(?:were|was)",
    ),
    "wounded": (r"(?:wounded|injured)\s*:", r"wounded", r"wounding", r"injured", r"injuring", r"injures", r"wounds", r"hurt", r"hurting",
                r"among\s+(?:the|those)\s+(?:wounded|injured)(?:\s+(?:in|of|from|since)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:were|was|are|is)", r"(?:the\s+)?(?:wounded|injured)(?:\s+(?:in|at|from|of|on|during|inside)\s+(?:the\s+)?[^,.;]{1,40}?)?\s+(?:included|include|includes)",
                r"(?:wounded|injured)\s+(?:were|was)"),
    "captured": (
        r"captured", r"capturing", r"abducted", r"abducting", r"kidnapped", r"kidnapping",
        # a headline's present tense ("Bandits kill 30, abduct 50 in Zamfara")
        r"abducts", r"abduct", r"kidnaps", r"kidnap", r"captures",
        r"took", r"taking", r"seized", r"took\s+prisoner", r"arrested", r"arresting", r"detained", r"detaining", r"apprehended", r"apprehending",
        # the capture named as an event ("announced the capture of two pilots")
        r"(?:the\s+)?capture\s+of",
    ),
}

# Materiel outcome words (GOLD_FORMAT.md: "shot down" is destroyed, "hit" is damaged).
MATERIEL_OUTCOMES = {
    "destroyed": (
        r"destroyed", r"destroying", r"destroy", r"destroys", r"destruction", r"shot\s+down",
        r"shooting\s+down", r"shoot\s+down", r"downed", r"downing", r"knocked\s+out", r"burned",
        r"burnt", r"eliminated", r"neutralized", r"neutralised", r"wiped\s+out", r"blown\s+up",
        r"blew\s+up", r"sunk", r"sank", r"sinking", r"obliterated", r"struck\s+down", r"intercepted",
        # set on fire ("torched two army trucks", "set ablaze an armoured vehicle")
        r"torched", r"torching", r"set\s+ablaze", r"set\s+on\s+fire", r"set\s+fire\s+to", r"setting\s+fire\s+to", r"burned\s+down", r"burnt\s+out",
        # present tense of headlines and live reports ("Army Shoots Down 20 Drones", "air defence intercepts")
        r"shoots\s+down", r"downs", r"intercepts", r"intercepting", r"intercept", r"interception\s+of", r"interceptions\s+of",
        # brought down by fire or jamming ("brought down two drones")
        r"brought\s+down", r"bring\s+down", r"brings\s+down", r"bringing\s+down",
        # put out of action for good ("took out two tanks", "wrecked a howitzer")
        r"took\s+out", r"taken\s+out", r"taking\s+out", r"takes\s+out", r"wrecked", r"wrecking",
        # the other tenses of the phrasal verbs above ("knocking out two tanks", "blows up a BMP", "sinks a corvette")
        r"knocks\s+out", r"knocking\s+out", r"knock\s+out", r"blows\s+up", r"blowing\s+up", r"blow\s+up", r"sinks", r"sink",
        # ruined beyond repair ("demolished a howitzer", "annihilated an armoured column", "set alight two trucks")
        r"demolished", r"annihilated", r"incinerated", r"set\s+alight", r"scuttled",
        # taken apart by the side that found them, as armies word raids ("dismantled 20 rocket launchers")
        r"dismantled", r"dismantling",
        # put out of the fight, as "knocked out" ("disabled two tanks", "disabling an armoured vehicle")
        r"disabled", r"disabling",
        # the other tenses of the ministries' verbs ("repelled four counterattacks, eliminating up to 260 troops, a tank and
        # two armoured vehicles", "neutralising three launchers")
        r"eliminating", r"eliminates", r"neutralizing", r"neutralising", r"neutralizes", r"neutralises",
        # put out of use for good, as ministries word it ("liquidated a Bradley", "rendered two launchers inoperable")
        r"liquidated", r"liquidating", r"rendered\s+(?:inoperable|inoperative|unusable|useless)", r"put\s+out\s+of\s+commission",
        # blown apart by fire ("the tank exploded after a drone strike", "caught fire after being hit")
        r"(?:exploded|blew\s+up|burst\s+into\s+flames|caught\s+fire)(?=\s+(?:(?:shortly|soon|moments|minutes)\s+)?after\s+(?:being|it\s+was|they\s+were|an?|the)\s+(?:[\w-]+\s+){0,2}(?:hit|struck|shot|targeted|attacked|strike|attack)\b)",
    ),
    "damaged": (r"damaged", r"damaging", r"hit", r"hitting", r"struck", r"striking",
                # put out of action for a time ("crippled the submarine", "put six tanks out of action")
                r"crippled", r"crippling", r"put\s+out\s+of\s+action", r"incapacitated",
                # present tense of headlines and a stopped vehicle ("drone hits Russian tank", "immobilised a tank")
                r"hits", r"damages", r"immobilized", r"immobilised",
                # damage taken ("the frigate sustained damage", "two tanks suffered heavy damage")
                r"(?:sustained|suffered|sustains|suffers)\s+(?:(?:serious|heavy|severe|significant|extensive|minor|some|light)\s+)?damage",
                # aimed at and hit, as sides' statements put it ("targeted a Merkava tank ..., achieving a direct hit")
                r"target(?:ed|ing|s)?(?=[^.;]{0,120}?\b(?:scoring|achieving|achieved|confirming|confirmed|inflicting|with)\s+(?:an?\s+|several\s+)?(?:direct|confirmed|precise|accurate)\s+hits?\b)"),
    "captured": (
        r"captured", r"capturing", r"seized", r"seizing", r"took", r"taken", r"trophies", r"trophy", r"booty", r"spoils", r"looted", r"looting", r"plundered",
        # equipment taken from the enemy as armies report it ("rifles and bicycles were recovered")
        r"captures", r"seizes", r"recovered", r"confiscated", r"commandeered",
        # carried away from the field ("made off with two armoured vehicles", "took away two others")
        r"made\s+off\s+with", r"carried\s+off", r"took\s+away", r"taken\s+away", r"recaptured", r"seize", r"capture",
        # the noun of the act ("claimed the seizure of five armoured vehicles")
        r"seizure",
    ),
    # equipment left behind in a retreat is lost to its owner ("abandoned dozens of tanks")
    "lost": (r"lost", r"loss\s+of", r"losses\s+of", r"losing", r"abandoned", r"abandoning",
             # headlines' present ("Russia loses 3 tanks", "Ukrainian troops abandon two howitzers")
             r"loses", r"lose", r"abandons", r"abandon",
             # left on the field in a retreat ("fled, leaving behind four motorbikes")
             r"left\s+behind", r"leaving\s+behind", r"leave\s+behind",
             # lost to an accident or an unstated cause ("a Russian Su-34 crashed"; only a side's equipment, see materiel)
             r"crashed", r"crash-landed", r"went\s+down",
             # headlines' present ("Army helicopter crashes in Mali")
             r"crashes", r"crash-lands", r"goes\s+down"),
}

# --- reporting ---------------------------------------------------------------------------------
# Reporting verbs that introduce a claimant ("X said", "according to X", "X claimed").
REPORTING_VERBS = (
    "said", "says", "say", "saying", "claimed", "claims", "claim", "claiming", "reported", "reports",
    "reporting", "announced", "announces", "stated", "states", "told", "confirmed", "confirms",
    "added", "adds", "noted", "declared", "insisted", "alleged", "alleges", "accused", "accuses", "blamed", "blames",
    "denied", "denies", "rejected", "rejects", "asserted", "maintained", "estimated", "estimates",
    "put", "puts", "wrote", "tweeted", "posted", "informed", "revealed", "acknowledged", "admitted",
    "admits", "explained", "indicated", "warned", "published", "released", "shared", "counted",
    "recorded", "documented", "named", "cited", "quoted", "assessed", "believes", "believed", "urged",
    "specified", "clarified", "stressed", "emphasized", "emphasised", "pointed out", "mentioned", "underlined",
    "disclosed", "boasted", "argued", "recalled", "detailed", "listed", "tallied", "verified", "asserts",
    # present-tense forms of headlines and running copy ("Houthis say", "Army tells", "Kyiv insists")
    "tells", "insists", "notes", "acknowledges", "reveals", "announce", "confirm", "report",
    "tweets", "writes", "declares", "stresses", "maintains", "estimate", "alleged", "allege",
)
# Verbs of a statement act whose subject is the speaker ("the foreign ministry condemned", "He vowed"): they
# name who speaks for the statement claims of their own clause, not a source for other claims in it.
STATEMENT_ACT_VERBS = (
    "condemned", "condemns", "condemn", "denounced", "denounces", "deplored", "deplores", "decried", "decries",
    "slammed", "slams", "criticised", "criticized", "criticises", "criticizes", "lambasted", "castigated", "rebuked",
    "censured", "blasted", "called", "calls", "appealed", "appeals", "demanded", "demands", "pleaded", "implored",
    "vowed", "vows", "threatened", "threatens", "pledged", "pledges", "promised", "promises", "dismissed", "dismisses",
    "expressed", "expresses", "voiced", "voices", "lodged", "protested", "summoned", "welcomed", "welcomes",
    "described", "describes", "termed", "terms", "labelled", "labeled", "branded", "characterised", "characterized",
)
DENIAL_VERBS = (
    "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "refuted",
    "refutes", "dismissed", "dismisses", "disputed", "disputes", "contested", "contradicted",
)
# Hedges (GOLD_FORMAT.md: "reportedly", "presumably", "allegedly", "unconfirmed", "presumed", "reports claimed").
HEDGES = (
    "reportedly", "allegedly", "alleged", "purportedly", "purported", "presumably", "presumed",
    "unconfirmed", "unverified", "could not be verified", "could not be independently verified",
    "cannot be verified", "rumoured", "rumored", "supposedly", "apparently", "appears to",
    "appeared to", "is said to", "are said to", "were said to", "was said to", "reports claimed",
    "reports said", "reports suggest", "reports suggested", "it is believed", "suspected",
    "according to unconfirmed", "as reported",
)
# Evidence cited for a claim.
EVIDENCE_WORDS = {
    "video": ("video", "videos", "footage", "filmed", "clip"),
    "photo": ("photo", "photos", "photograph", "photographs", "pictures", "images", "satellite imagery", "imagery"),
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace (grouped by first letter)."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))  # the same string in every process
    return grouped_alternation(ordered, lambda w: re.escape(w).replace(r"\ ", r"\s+") if " " in w else re.escape(w))


def grouped_alternation(phrases: Sequence[str], escape: Callable[[str], str] = re.escape, case_sensitive: bool = False) -> str:
    """The phrases, in their order, as one regex alternation grouped by first letter, each group behind a look-ahead
    for its letter: "(?=[Ss])(?:soldiers|snipers)|(?=[Tt])(?:troops)".

    The regex engine then tries at a place only the phrases that can start there, not every phrase of a long list,
    and a match is the same: the phrases keep their order, and those of another letter cannot start at that place.
    `escape` must give a pattern whose matches start with the phrase's first letter. Letters are told apart in either
    case, so that the alternation means the same with or without re.IGNORECASE, and phrases that do not all start with
    an ASCII letter or digit stay one plain alternation; `case_sensitive`, for a pattern without re.IGNORECASE, tells
    them apart exactly ("(?=A)(?:Armenia)|(?=É)(?:Éire)"), whatever the letters. Like any alternation, put it inside
    a group to add to it."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:1] if case_sensitive else phrase[:1].lower(), []).append(phrase)
    if not all(first.isalnum() and (case_sensitive or first.isascii()) for first in groups):
        return "|".join(map(escape, phrases))
    return "|".join(f"(?={_letter_class(first, case_sensitive)})(?:{'|'.join(map(escape, group))})" for first, group in groups.items())


def _letter_class(letter: str, case_sensitive: bool) -> str:
    return letter if case_sensitive or not letter.isalpha() else f"[{letter.upper()}{letter}]"
