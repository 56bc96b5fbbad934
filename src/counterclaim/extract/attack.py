"""Attack claims: clashes, shelling, air and drone strikes, bombings, assaults and offensives.

A trigger names the means (`outcome`); the attacker is the actor heading the clause or qualifying
the trigger ("an Israeli airstrike", "an attack by the RSF"), the target the actor after
"on/against/at". A clash with no attacker named has neither subject nor object. Weapon nouns name an
attack only inside an attack frame ("fired rockets at", "a drone struck", "missile strikes"); missiles
shot down, launchers destroyed and figurative or peaceful uses ("attacked the plan", "a strike by
teachers", "battled cancer") make no attack claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from counterclaim.data.actors import load_registry
from counterclaim.data.weapons import weapon_category
from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.lexicon import (
    CASUALTY_AFTER,
    CIVILIAN_PEOPLE,
    FIGURATIVE_FIGHT,
    FIGURATIVE_WAR,
    SUBORDINATE_FIGHTERS_BEFORE,
    alternation,
)
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.syntax import parse

# --- vocabularies ------------------------------------------------------------------------------
# Weapon nouns by means, for the frames below (a weapon alone is no attack: "intercepted 8 missiles").
GROUND_WEAPONS = r"(?:(?:ballistic|cruise|guided|anti-tank|surface-to-surface|hypersonic)\s+)?(?:mortar\s+(?:rounds?|bombs?|shells?)|artillery\s+(?:rounds?|shells?)|artillery|heavy\s+(?:weapons|guns)|missiles?|rockets?(?!-propelled)|shells?|mortars?|projectiles?)(?!\s+(?:launchers?|systems?))"
# A bomber is an aircraft in the plural or named as one ("strategic bombers", "a Tu-22M3 bomber"); "a bomber" alone, as
# in "a second bomber struck a hospital", is the man carrying the bomb (not after "suicide" in either number).
BOMBER_AIRCRAFT = r"(?:(?:(?<=strategic\s)|(?<=heavy\s)|(?<=stealth\s)|(?<=-range\s)|(?<=\d\s))bomber\b|(?<!suicide\s)bombers)"
AIR_WEAPONS = r"(?:(?:glide|barrel|aerial|guided(?:\s+aerial)?|cluster|precision(?:-guided)?|laser-guided)\s+bombs?|(?:(?:kamikaze|suicide|attack|armed|combat|military|loitering|explosive-laden|bomb-laden)\s+)?(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|loitering\s+munitions?|warplanes?|(?:fighter\s+)?jets?|aircraft(?!\s+carriers?)|helicopters?|gunships?|" + BOMBER_AIRCRAFT + r"|(?:military\s+|tactical\s+|army\s+)?aviation))"
GROUND_WEAPON = re.compile(GROUND_WEAPONS, re.I)
# Headlines' present after plural aircraft: "Israeli jets pound Gaza", "junta jets bomb a village", "army jets strike positions".
AIRCRAFT_PRESENT = r"(?:jets|warplanes|planes|drones|aircraft|helicopters|bombers|gunships)\s+(?:pound|bomb|strike|hit|target|raid|attack)"
# Verbs of a weapon hitting its target ("a drone struck a depot", "rockets slammed into homes").
# Headlines tell attacks in the present: "Militants storm hotel", "Israel pounds southern Lebanon" (not a weather
# storm, not money: "two million pounds").
ARMED_SUBJECT_PRESENT = r"(?:militants|fighters|rebels|troops|forces|gunmen|jihadists|insurgents|soldiers|police|army|militia|militiamen|attackers|assailants)\s+"
PRESENT_POUNDS = r"(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!thousand\s)(?<!of\s)pounds\b(?!\s+(?:sterling|of|a\b|an\b|per|each|more|less|in\s+(?:fees|damages|compensation|fines)))"
# Headlines' present "bombs" and "shells" after a side, not the nouns ("Myanmar junta bombs village", "RSF shells
# hospital"; not "Russian shells hit", "bombs exploded", "Israeli bombs were dropped").
PRESENT_VERB_AFTER_SIDE = r"(?<=\w\s){verb}(?=\s+(?!(?:hit|hits|killed|kills|exploded|explode|went|were|was|are|is|fell|fall|landed|land|struck|strike|and|or|of|from|in|on|at|to|that|which)\b)[\w'’-]+)"
PRESENT_BOMBS = PRESENT_VERB_AFTER_SIDE.format(verb="bombs?")
PRESENT_SHELLS = PRESENT_VERB_AFTER_SIDE.format(verb="shells?")
# headlines' present after a plural head: "Russian missiles pound Kharkiv", "Israeli tanks pound Rafah"
PRESENT_POUND = PRESENT_VERB_AFTER_SIDE.format(verb="pound")
PRESENT_STORMS = PRESENT_VERB_AFTER_SIDE.format(verb="storms")
PRESENT_BATTERS = PRESENT_VERB_AFTER_SIDE.format(verb="(?:hammers|batters|bombards|pummels|blitzes)")
# A phrase set off by commas between a weapon and its verb: "the drones, most of which were shot down, targeted",
# "the rockets, fired from Lebanon, hit", "one of the missiles, an anti-ship missile, struck".
WEAPON_APPOSITIVE = r",\s+[^,;.“”\"]{2,60}?,"
IMPACT_VERBS = r"(?:kill(?:s|ed)?(?=\s+(?:at\s+least\s+|up\s+to\s+|more\s+than\s+|dozens|scores|hundreds|several|a\s|an\s|two|three|four|five|six|seven|eight|nine|ten|\d|\w+\s+(?:civilians|people|soldiers|children)))|impact(?:ed|s)?(?=\s+(?:in|on|near|at|inside)\b)|damaged(?=\s+(?:the|an?|several|two|three|four|five|\d+|its|their|homes|houses|buildings|infrastructure)\b)|hit|hits|struck|strikes|slams?(?=\s+(?:into|on|in)\b)|lands?(?=\s+(?:in|on|near|inside)\b)|rains?\s+down|pound|hammer|batter|targeted|targeting|targets|attacked|bombed|bombarded|pummel(?:l?ed|s)?|blitz(?:ed|es)?|slammed|smashed|landed|rained\s+down|pounded|exploded|dropped|fell\s+on|crashed\s+into|ploughed\s+into|plowed\s+into|hammered|battered)"
# A verb of attack, its target, then the weapon: "struck an airbase in Crimea with drones", "targeted a
# vessel with a ballistic missile", "pounded the town with glide bombs"; not past a second predicate ("shelled Kherson and
# then struck the port with drones" is two attacks).
VERB_TARGET_WITH = r"(?:attack(?:ed|s)|struck|hits?|target(?:ed|s)|bomb(?:ed|s)|pound(?:ed|s)|hammer(?:ed|s)|batter(?:ed|s)|bombard(?:ed|s)|shell(?:ed|s))\s+(?:(?!(?:and|then|while|but|before|after|as|when)\s)[\w'’-]+\s+){0,8}?(?:by|with|using)\s+(?:[\w-]+\s+){0,3}?"
# Forces or aircraft sent to help a side: "sent fighter jets to support the army", "sent drones to help defend".
SENT_TO_HELP = re.compile(r"(?:\s+[\w-]+){0,4}?\s+to\s+(?:support|help|assist|aid|back|bolster|reinforce|protect|defend|join)\b", re.I)
# Weapons sent at a target, told in the passive: "rockets were fired at Haifa", "drones were launched towards Kursk".
# Harm to a place told in the passive, before the weapon that did it: "was damaged by", "were destroyed by".
PASSIVE_HARM = r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))(?:(?:badly|heavily|severely|partially|partly|completely)\s+)?(?:damaged|destroyed)"
PASSIVE_LAUNCH = r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?(?:at|on|towards?|into|against)\b"
# Verbs of sending a weapon ("fired three rockets", "launched 12 drones").
LAUNCH_VERBS = r"(?:fired|firing|fires|launched|launching|launches|lobbed|sent|rained|unleash(?:ed|es|ing)|(?:retaliat(?:ed|es|ing)|respond(?:ed|s|ing)|hit(?:ting)?\s+back|fought\s+back|fighting\s+back)\s+with)"

# A side striking a target, told by the verb alone ("Ukrainian forces struck a command post", "the army
# targeted insurgent hideouts", headlines' "Ukraine hits oil depot"): an attack only with a side heading the
# clause and a target after it.
# Destroying the other side's positions tells the same ("destroyed several Pakistani posts", "destroyed Armenian firing
# positions", "destroyed an Indian brigade headquarters").
STRIKE_VERBS = r"struck|hits?|target(?:ed|s)?|hitting|striking|targeting"
DESTROY_VERBS = r"destroyed|destroying|destroys|wiped\s+out|demolished|razed"
DESTROYED_POSITIONS = (r"(?:" + DESTROY_VERBS + r")(?=\s+(?:[\w'’-]+\s+){0,4}?(?:posts?|positions|bunkers?|headquarters|"
                       r"check-?\s?posts?|outposts?|launch\s*-?pads?|camps?|bases?|hideouts?|trenches|fortifications?|firing\s+points?|"
                       # a force on the move ("destroyed a column of Russian armour", "wiped out a rebel convoy")
                       r"columns?\s+of|(?:military|army|armou?red|rebel|enemy)\s+(?:columns?|convoys?)|convoys?\s+of\s+(?:[\w-]+\s+)?(?:troops|soldiers|fighters|militants|rebels|forces|armou?r|tanks|vehicles|trucks)|"
                       r"strongholds?|(?:military\s+)?targets|military\s+(?:installations?|facilities|infrastructure)|ammunition\s+depots?)\b)")
VERB_STRIKES = f"(?:{STRIKE_VERBS}|{DESTROYED_POSITIONS})"
VERB_STRIKE = re.compile(f"(?:{STRIKE_VERBS}|{DESTROY_VERBS})", re.I)  # the trigger's words, without the look-ahead for positions
# The gerund names an attack as the complement of a verb of denying, admitting or accusing, or of going on ("denied
# hitting a hospital", "accused Moscow of striking a mall", "admitted targeting the convoy", "kept hitting the town",
# "retaliated by striking a depot"), not as an adjective ("striking workers") or a weapon's participle ("a missile
# hitting the block").
GERUND = re.compile(r"\w+ing", re.I)
WITH_FORCES = r",\s+with\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|jets?|warplanes?|aircraft|helicopters?|artillery|tanks?|forces|troops)"
WITH_FORCES_BEFORE = re.compile(WITH_FORCES + r"\s+$", re.I)
GERUND_FRAME = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|claim(?:s|ed|ing)?|"
    r"(?:accus|blam|charg|condemn|criticis|criticiz|denounc|fault|punish)\w*\s+(?:[\w'’-]+\s+){1,5}?(?:of|for)|responsib\w+\s+for|"
    r"(?:kept|keeps?|keeping|continu(?:e|es|ed|ing)|began|begun|begins?|start(?:s|ed)?|resum(?:e|es|ed)|stopp?(?:s|ed)?|avoid\w*|"
    r"refrain\w*\s+from|(?:retaliat|respond|react)\w*\s+by|"
    # a participle after a comma, sharing the armed subject of its sentence: "Pakistani troops responded, destroying several posts"
    r"(?:troops|forces|soldiers|army|military|fighters|militants|rebels|jets|warplanes|drones|artillery|units)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,|"
    # the absolute construction after a first attack: "raided Jenin overnight, with drones striking fighters in the camp"
    + WITH_FORCES + r"|(?:is|are|was|were|been|be)(?:\s+now|\s+still)?))\s+(?:(?:repeatedly|deliberately|intentionally|again|also|ever|even)\s+)?$",
    re.I,
)
# Objects and particles that make the verb figurative: "struck a deal", "hit the headlines", "targeted sanctions".
VERB_STRIKE_FIGURATIVE = re.compile(
    r"^\s+(?:(?:an?|the|its|their|his|her|new|fresh|record|all-time)\s+)*(?:deals?|agreements?|accords?|compromises?|bargains?|chords?|nerves?|notes?|tones?|"
    r"balance|poses?|records?|highs?|lows?|headlines|shelves|stores|markets?|jackpot|road|roads|ground|wall|snag|targets?\s+of|goals?|"
    r"sanctions|tariffs|levies|duties|fines|penalties|measures|ads|advert\w*|voters|audiences?|consumers|customers|investors|companies|banks|"
    r"accounts|oligarchs|exports|imports|economy|prices|back|out|hard|down|off|it\s+off|upon|on\s+(?:an?\s+)?(?:idea|plan|solution))\b"
    r"|^\s+home\b"  # "the message hit home", not "targeted the home of a chief"
    r"|^[^.;]{0,60}?\bwith\s+(?:new\s+|fresh\s+)?(?:sanctions|tariffs|levies|duties|fines|penalties|lawsuits?|charges|criticism|measures|restrictions)\b",
    re.I,
)
# The verb in the passive or after an auxiliary of another subject: "the economy was hit", "could be targeted".
VERB_STRIKE_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|gets|got|getting)\s+(?:(?:\w+ly|also|again|repeatedly)\s+)?$", re.I)

# Trigger phrases per means, most specific first. Each is matched as a whole word sequence.
# An operation launched by name ("launched Operation Cast Lead", "began Operation Hadin Kai"): its means come
# from what it did.
NAMED_OPERATION = r"(?:launched|launching|began|started|mounted|conducted|carried\s+out|executed|unleashed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?-i:Operation\s+[A-Z][\w'’-]*)"
OPERATION = re.compile(rf"{NAMED_OPERATION}|operations?\s+(?:targeting|against)", re.I)
# A denial of an attack before its trigger: "denied the attack", "denies that any strike took place"; not
# of one's own act ("denied attacking the village").
DENIAL_BEFORE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\s+(?:(?:that|claims?|reports?)\s+(?:of\s+)?)?(?:the|this|that|any|an?|such)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# An operation named by its kind alone, and the speaker's pronoun killing people in it.
OPERATION_NOUN = re.compile(r"(?:intelligence-based|counter-?terror(?:ism|ist)?|counter-?insurgency|anti-?terror(?:ist)?|clearance|mop-?up|combing)\s+operations?", re.I)
SPEAKER_KILLED_IN = re.compile(r"\b(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?:killed|kill|eliminated|neutrali[sz]ed)\b[^.;]{0,70}?\b(?:in|during)\s+(?:an?|the|its|their)\s+$", re.I)
# Explosions heard or seen: an attack whose means the strikes told around it give ("Israel struck Iran ... explosions
# were heard in Tehran"), else fire from a distance.
EXPLOSIONS_NOTED = re.compile(r"explosions?\s+(?:involving|were\s+(?:observed|heard|recorded|reported))", re.I)
# A ceasefire broken: an attack whose means the context may tell, else fire from a distance.
CEASEFIRE_VIOLATION = re.compile(r"ceasefire|cease-fire|truce", re.I)
# What an operation did, told after it: "launched Operation X, striking nine sites".
STRIKING_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:strik(?:e|es|ing)|hitting|hit)\b", re.I)

# Irregular fighters heading a verb: "militants bombed", "BLA insurgents bombed".
IRREGULARS_HEAD = re.compile(
    r"\b(?:militants|insurgents|jihadists|terrorists|gunmen|bombers|attackers|assailants|separatists|guerrillas|extremists|islamists|rebels|dissidents)\s+"
    r"(?:(?:also|then|had|have|has|reportedly|allegedly)\s+)?$",
    re.I,
)
# Civilians ambushed: "ambushed a wedding party", "ambushed travellers on the highway", "ambushed a bus carrying pilgrims".
AMBUSHED_CIVILIANS = re.compile(
    r"\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:wedding|funeral|bus(?:es)?|minibus(?:es)?|travell?ers|motorists|traders|"
    r"pilgrims|mourners|worshippers|villagers|civilians|farmers|passengers|residents|herders|fishermen|students|aid\s+workers?|commuters)\b",
    re.I,
)
# Verbs of a push on a place, after an attempt: "attempted to storm", "attempts to break through".
PUSH_VERBS = (r"(?:storm|assault|infiltrate|advance|(?:seize|capture|recapture|retake|regain\s+control\s+of|take\s+control\s+of)(?!\s+(?:power|the\s+(?:initiative|helm|throne|presidency|government)))|"
              r"overrun|penetrate|break\s+through|breach|raid)")
ATTEMPTED_PUSH = (rf"(?:attempt(?:s|ed|ing)?|tr(?:y|ied|ies|ying)|bids?)\s+(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,5}}?)?to\s+"
                  rf"(?:(?:once\s+again|again|also)\s+)?{PUSH_VERBS}")
SIEGE = (r"(?:la(?:id|y|ys|ying)|impos(?:ed|es|ing)|tighten(?:ed|s|ing)|maintain(?:ed|s|ing))\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
         r"(?:[\w-]+\s+)?siege|under\s+(?:an?\s+)?siege|siege\s+(?:of|on)|besieg(?:ed|es|ing)|encircl(?:ed|es|ing)|(?<=\w\s)(?:besiege|encircle)(?=\s+(?-i:[A-Z]))")
# The noun alone, not its other senses: assault rifles and weapons, assault units and brigades, assault charges.
ASSAULT_NOUN = (r"assault(?!\s+(?:rifles?|weapons?|guns?|vehicles?|craft|boats?|ships?|helicopters?|troops|forces|units?|"
                r"brigades?|battalions?|groups?|teams?|squads?|detachments?|companies|company|charges?|case|cases|course))")
# A verb of carrying an attack out, or a new attack's frame, before the noun: "conducted an assault near Bakhmut", "mounted a
# fresh assault", "seized the outpost after a three-day assault" (not "in the assault", which frames a casualty).
ASSAULT_MADE_BEFORE = re.compile(
    r"\b(?:(?:conduct(?:ed|s|ing)?|carr(?:ied|ies|y|ying)\s+out|mount(?:ed|s|ing)?|stag(?:ed|es|ing|e)|le[ad]|les|leading|wag(?:ed|es|ing|e)|"
    r"undert(?:ook|akes?|aken|aking)|renew(?:ed|s|ing)?|resum(?:ed|es|ing|e))\s+(?:an?|the|its|their|another|a\s+new)|"
    r"(?:after|during|amid|following)\s+(?:an?|another))\s+(?:[\w-]+\s+){0,2}$", re.I)
# Words before the noun that make it an assault on a person in law, not an armed one ("charged with assault").
ASSAULT_IN_LAW_BEFORE = re.compile(r"\b(?:sexual|indecent|physical|verbal|common|aggravated|domestic|alleged|with|of|for)\s+$", re.I)
# The participle as a label of the place, not the act: "the besieged city", "residents of encircled towns".
SIEGE_LABEL_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|of|in|into|from|to|for|and|long|long-|newly|once|remaining|two|three|several)\s+$", re.I)


ATTACK_TRIGGERS: tuple[tuple[str, str], ...] = (
    # bombs, mines, IEDs, suicide and car bombs, grenades (GOLD_FORMAT: `bombing`)
    ("bombing", "|".join((
        r"(?:hurled|threw|thrown|lobbed|planted|placed|laid|laying|lays)\s+(?:\w+\s+){0,2}(?:bombs?|grenades?|explosives?|IEDs?|mines?)",
        # mines named by the side that laid them ("blamed newly laid Cambodian mines", "Russian mines wounded two deminers")
        r"(?<=\w\s)mines(?=\s|[,.;])",
        # the bomb and the attack it made, one trigger ("a suicide car bomb attack on a base", "a roadside bomb blast")
        r"blew\s+up",
        # a structure destroyed by a charge ("destroyed a bridge with explosives", "wrecked the mast using mines")
        r"(?:destroyed|destroying|damaged|damaging|demolished|wrecked)\s+(?:[\w'’-]+\s+){1,6}?(?:with|using)\s+(?:an?\s+|\w+\s+)?"
        r"(?:explosives|mines|landmines|dynamite|(?:improvised\s+)?explosive\s+devices?|(?:an?\s+)?(?:mine|landmine|bomb|explosive\s+charge))(?=\W|$)",
        r"suicide\s+(?:(?:car|truck|motorbike|motorcycle|vehicle)\s+)?(?:bomb(?:er|ers|ing|ings|s)?|attack(?:s|er|ers)?|blasts?|car\s+bombs?|vests?)(?:\s+(?:attacks?|blasts?|explosions?))?",
        r"(?:car|truck|roadside|parcel|nail|pipe)\s+bomb(?:s|ing|ings|ers?)?(?:\s+(?:attacks?|blasts?|explosions?))?", r"(?:improvised\s+)?explosive\s+devices?", r"V?B?IEDs?",
        r"landmines?", r"land\s+mines?",
        # a mine met by its victims ("a soldier stepped on a mine", "a ship struck a naval mine"), not a coal mine
        r"(?:stepp?(?:ed|s|ing)?\s+on|trod\s+on|r[au]n\s+over|dr[io]ve\s+over|trigger(?:ed|s|ing)?)\s+(?:an?\s+|the\s+)?(?:(?:anti-personnel|anti-tank|naval|sea|unexploded)\s+)?mines?",
        r"(?:hit|struck)\s+(?:an?\s+|the\s+)?(?:anti-personnel|anti-tank|naval|sea)\s+mines?", r"(?:remote[\w-]*\s+)?mines?\s+(?:attack|explosion|blast)s?", r"mines?\s+exploded",
        r"(?<!propelled\s)grenades?(?:\s+attacks?)?", r"(?<!glide\s)(?<!aerial\s)(?<!barrel\s)(?<!guided\s)(?<!cluster\s)bomb\s+(?:blasts?|attacks?|explosions?)", r"bombings?", r"detonated",
        r"explosions?\s+(?:hit|killed|ripped|took\s+place|occurred)", r"(?:explosions?|blasts?)\s+(?:[\w-]+\s+){0,8}?(?:hit|hits|killed|kills|ripped|rips|rip|rocked|rocks|rock|tore|tears|tear|wounded|wounds|injured|injures|targeted|struck)",
        r"(?:bombs?|explosives?)\s+(?:exploded|went\s+off)", r"IED\s+explosion",
        # a device that went off after words about it ("a bomb fixed to a handcart exploded")
        r"(?:bombs?|IEDs?|explosive\s+devices?)\s+(?:[\w-]+\s+){1,5}?(?:exploded|detonated|went\s+off)",
        # people hurt by a device ("killed by a Russian mine", "wounded by a roadside bomb")
        r"(?:killed|wounded|injured|hurt|maimed)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:mines?|landmines?|IEDs?|bombs?|explosive\s+devices?)",
        r"(?:cars?|vehicles?|trucks?|motorcycles?|boats?)\s+(?:stuffed|packed|laden|rigged|loaded)\s+with\s+explosives",
        r"explosive-laden\s+(?:cars?|vehicles?|trucks?|boats?)", r"kamikaze\s+(?:vehicles?|cars?|trucks?)", r"booby[\s-]trap(?:s|ped)?",
    ))),
    # aircraft and drones (GOLD_FORMAT: `airstrike`; bombing from the air is `airstrike`)
    ("airstrike", "|".join((
        r"bombed", PRESENT_BOMBS, r"(?:been|is|are|was|were|kept|keeps|continued|continues|began|begun|started)\s+bombing(?!\s+(?:campaign|attacks?))", r"dropped\s+(?:\w+\s+){0,2}(?:bombs?|explosives?|munitions|grenades?)", r"air\s+force\s+(?:fired|struck|bombed|hit|attacked|targeted)",
        r"air\s*strikes?", r"airstrike[sd]?", r"air\s+raids?(?!\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?))", r"air\s+attacks?", r"air\s+assaults?",
        r"(?:drone|UAV|jet|helicopter|aerial|air|(?:glide|aerial|barrel|guided|cluster)\s+bomb)\s+(?:and\s+air\s*)?(?:strikes?|attacks?|raids?(?!\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?))|assaults?|bombardments?|bombings?)",
        rf"{VERB_TARGET_WITH}(?:air\s*strikes?|air\s+raids?|drone\s+strikes?)",
        rf"{AIR_WEAPONS}(?:{WEAPON_APPOSITIVE})?\s+(?:\w+\s+){{0,2}}?{IMPACT_VERBS}", rf"{LAUNCH_VERBS}\s+(?:[\w,-]+\s+){{0,5}}?{AIR_WEAPONS}",
        rf"(?:attacked|struck|hit|targeted|bombed)\s+(?:\w+\s+){{0,2}}?(?:by|with)\s+(?:[\w-]+\s+){{0,2}}?{AIR_WEAPONS}",
        # attacked from the air ("Kherson was attacked from the air 15 times", "bombed from the air")
        r"(?:bombed|attacked|struck|hit|targeted)\s+from\s+the\s+air",
        rf"{PASSIVE_HARM}\s+by\s+(?:[\w-]+\s+){{0,2}}?{AIR_WEAPONS}",
        rf"{VERB_TARGET_WITH}{AIR_WEAPONS}(?![\w-]*\s+and\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|artillery|shells?))", rf"{AIR_WEAPONS}(?:{WEAPON_APPOSITIVE})?{PASSIVE_LAUNCH}",
        # drones sent from somewhere or in several directions: "drones were launched from Crimea", "the drones, of which 11
        # were downed, were launched in several directions"
        rf"{AIR_WEAPONS}(?:{WEAPON_APPOSITIVE})?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+launched\s+(?:from|in\s+(?:several|various|different|multiple|\w+)\s+(?:directions|waves))\b",
        # headlines' present after plural aircraft: "Israeli jets pound Gaza", "junta jets bomb a village"
        AIRCRAFT_PRESENT + r"(?=\s)",
        # flights of attack ("flew 40 sorties over the front", "a sortie against a Russian airbase")
        r"(?:flew|flown|fly|flies|flying|carried\s+out|carries\s+out|conducted|made|mounted|launched)\s+(?:[\w,-]+\s+){0,4}?sorties\b",
        r"sorties?\s+(?:against|on|over|targeting)\b",
        # fire from low-flying aircraft along a line of targets ("helicopters strafed rebel positions")
        r"strafed|strafing|strafes",
    ))),
    # artillery, rockets, missiles (GOLD_FORMAT: `shelling`)
    ("shelling", "|".join((
        rf"{LAUNCH_VERBS}\s+(?:[\w,-]+\s+){{0,5}}?{GROUND_WEAPONS}", r"(?:fired|firing|shot)\s+back\b", r"(?:fired|firing)\s+(?:[\w-]+\s+){0,3}(?:at|on|upon|towards|into|against)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))",
        r"explosions?\s+(?:involving|were\s+(?:observed|heard|recorded|reported))", r"shelling\s+(?:attacks?|strikes?|raids?)", r"shell(?:ed|ing|ings)", r"bombard(?:ed|ing|ment|ments)",
        r"barrages?", r"mortared",
        r"(?:artillery|rocket|missile|mortar|tank|MLRS|Grad)\s+(?:fire|strikes?|attacks?|barrages?|shelling|bombardments?|salvos?)",
        rf"{GROUND_WEAPONS}(?:{WEAPON_APPOSITIVE})?\s+(?:(?:fired|launched)\s+(?:from|by)\s+(?:[\w-]+\s+){{1,4}}?)?(?:\w+\s+){{0,2}}?{IMPACT_VERBS}", rf"{GROUND_WEAPONS}\s+(?:fired|launched)\s+by",
        rf"(?:attacked|struck|hit|targeted)\s+(?:\w+\s+){{0,2}}?(?:by|with)\s+(?:\w+\s+){{0,2}}?{GROUND_WEAPONS}",
        # a place damaged by a weapon, in the passive ("a pagoda was damaged by Thai artillery", "the school was destroyed by a missile")
        rf"{PASSIVE_HARM}\s+by\s+(?:[\w-]+\s+){{0,2}}?{GROUND_WEAPONS}",
        rf"{VERB_TARGET_WITH}{GROUND_WEAPONS}", rf"{GROUND_WEAPONS}{PASSIVE_LAUNCH}", r"pound(?:ed|ing)", PRESENT_POUNDS, r"pummel(?:l?ed|l?ing)",
        # a side battering a place, with or without its weapons named (headlines' present too): "Israel hammered southern
        # Lebanon", "Russia batters Odesa port", "Israel bombards Gaza City"; checked for its side below
        r"(?:hammer|batter)(?:ed|ing)(?!\s+(?:out|by|home|away|as|after|amid|when|while|following|in|on|over|again|and|but)\b)(?=\s+[\w'’-])", PRESENT_BATTERS,
        # a weapon put to use against a target ("used HIMARS to strike a command post", "using glide bombs to hit Kharkiv"):
        # fired from a distance unless the weapon flies (below)
        rf"(?:used|uses|using|employed)\s+(?:[\w-]+\s+){{0,3}}?(?:{GROUND_WEAPONS}|{AIR_WEAPONS}|(?-i:[A-Z][A-Z0-9-]{{2,}}s?))\s+to\s+(?:strike|hit|attack|target|bomb|shell|pound)\b",
        # weapons used against a target ("used artillery and attack drones against Jermuk", "employed cluster munitions against
        # villages"): fired from a distance unless the weapons fly (below)
        rf"(?:used|uses|employed|employs)\s+(?:[\w,-]+\s+){{0,6}}?(?:{GROUND_WEAPONS}|{AIR_WEAPONS}|munitions)\s+against\b",
        # weapons sent from somewhere: "rockets fired from Gaza", "missiles launched from Yemen"
        rf"{GROUND_WEAPONS}\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:fired|launched)\s+from",
        # people hurt by a side's shell ("killed by an Israeli tank shell", "wounded by Russian shellfire")
        r"(?:killed|wounded|injured|hurt|maimed)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:tank|artillery|mortar)\s+)?(?:shells?|shellfire|mortar\s+rounds?)",
        # headlines' present: "Houthis fire missiles at a destroyer", "RSF shells El Fasher hospital"
        rf"(?<=\w\s)fire\s+(?:[\w,-]+\s+){{0,3}}?{GROUND_WEAPONS}(?=\s+(?:at|on|into|towards?|against)\b)",
        PRESENT_SHELLS, PRESENT_POUND,
        # fire across a line of contact (GOLD_FORMAT: fired from a distance, `shelling`): "unprovoked firing",
        # "violated the ceasefire", "ceasefire violations"
        r"(?:unprovoked|indiscriminate|cross-border|cross-LoC|cross-line)\s+(?:firing|fire)",
        # a side's firing named by its adjective ("responded to the Pakistani firing", "Indian firing killed two"): checked below
        r"(?<=\w\s)firing(?!\s+(?:at|on|upon|into|towards?|squad|range|line|pin|points?|positions?|of|from|first|back|the\s+first)\b)",
        r"(?:fired|firing|opened\s+fire)\s+across\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier|LoC|Line\s+of\s+(?:Control|Contact)|Durand\s+Line|Blue\s+Line|boundary|front\s*line)",
        # a target put under fire, the ministries' idiom ("subjected the positions of the army to intense fire", "subjected
        # villages to artillery shelling")
        r"subject(?:ed|ing|s)?\s+(?:[\w'’,-]+\s+){1,10}?to\s+(?:(?:intense|intensive|heavy|constant|continuous|sustained|massive|fierce|"
        r"indiscriminate|artillery|mortar|rocket|tank|missile)\s+){0,3}(?:fire|shelling|bombardments?|barrages?)",
        r"violat(?:ed|ing|es)\s+(?:the\s+)?(?:ceasefire|cease-fire|truce)", r"(?:ceasefire|cease-fire|truce)\s+violations?",
    ))),
    # fighting between two sides (GOLD_FORMAT: `clash`; an ambush of armed forces too)
    ("clash", "|".join((
        # not the defender turning an attack back ("fought off a raid": the raid is the attack)
        r"clash(?:es|ed)?", r"shoot-?outs?", r"fighting(?!\s+off\b)(?!\s+back\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|raids?|offensives?|incursions?|attempts?)\b)",
        r"fought(?!\s+off\b)(?!\s+back\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|raids?|offensives?|incursions?|attempts?)\b)", r"gun\s*fights?", r"gun\s+battles?", r"fire\s*fights?",
        # fire traded, also in headlines' present and the running participle ("Thai, Cambodian troops exchange fire")
        r"exchanges?\s+of\s+(?:gun)?fire", r"(?:exchanged|traded|exchange|trade|exchanging|trading)\s+"
        r"(?:(?:heavy|intense|fierce|fresh|more|sporadic|small[- ]arms|artillery|mortar|rocket|tank|gun|machine[- ]gun|cross-border)\s*){0,3}fire",
        r"skirmish(?:es)?", r"(?:artillery|rocket|mortar|tank|gun)\s+duels?",
        r"battles?", r"battled", r"ambush(?:ed|es)?", r"armed\s+confrontations?", r"engaged\s+in\s+combat", r"trap",
        r"encounters?\s+(?:with|between)", r"cross-?fire", r"(?:combat|armed|military)\s+engagements?",
        r"(?:hostilities|violence)\s+(?:(?:have|had|has)\s+)?(?:continued|continue|erupted|broke\s+out|resumed|raged|intensified|flared(?:\s+up)?|escalated)",
        # fire opened first: the side said to have started a clash (GOLD_FORMAT: "first firing at" names its subject)
        r"(?:fir(?:ed|ing|e)|shoot(?:ing)?|shot|open(?:ed|ing)\s+fire|attack(?:ed|ing)?|struck|strik(?:e|ing))\s+first",
        # the same with the side fired on between ("accused Thailand of attacking its troops first", "opened fire on our soldiers first")
        r"(?:open(?:ed|ing)\s+fire\s+(?:on|at)|attack(?:ed|ing)?|struck|strik(?:e|ing))\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:troops|soldiers|forces|positions|posts|patrols?|units)\s+first", r"first\s+(?:fired|opened\s+fire|attacked|struck)", r"fir(?:ed|ing|e)\s+the\s+first\s+shots?",
    ))),
    # pushes on positions, storming bases, the whole war as one side's act (GOLD_FORMAT: `offensive`)
    ("offensive", "|".join((
        r"operations?\s+against", r"counter[\s-]?offensives?", r"offensives?", r"counter[\s-]?attack(?:s|ed|ing)?", r"storm(?:ed|ing)", r"stormed\s+in", ARMED_SUBJECT_PRESENT + r"storms?\b", PRESENT_STORMS,
        r"push(?:ed|es)?\s+(?:(?:deeper|further|farther|forward|ahead)\s+)?(?:into|towards|on|across)", r"assault\s+on\s+(?:\w+\s+){0,2}(?:positions|base|city|town)",
        r"(?:attacks?|raids?)\s+on\s+(?:\w+\s+){0,2}(?:positions|bases?|barracks|checkpoints?|check-?posts?|posts?|outposts?|garrisons?)",
        NAMED_OPERATION, r"operations?\s+targeting", r"attempting\s+to\s+attack", r"launched\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:massive|major|large-scale|fresh|new|renewed|coordinated|simultaneous|surprise|fierce|heavy|big|powerful|ground|failed|unsuccessful|multi-pronged)\s+){0,2}(?:attack|assault)", r"army\s+attacks", r"assaults?\s+on", r"assaults",
        r"overr(?:an|un|unning)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w'’-]+\s+){0,3}?(?:bases?|barracks|checkpoints?|posts?|outposts?|garrisons?|camps?|positions|defen[cs]es|headquarters|command\s+posts?|strongholds?)",
        # a bare operation launched by forces ("security forces launched an operation in the area and killed 19 militants"), not
        # one to rescue, search or evacuate
        r"(?<=\s)(?:launched|conducted|mounted)\s+an\s+operation(?=\s+(?:in|on|against|near|around|across|into|at|to\s+(?:clear|flush|hunt|capture|retake|dislodge|eliminate))\b)",
        r"(?:launch(?:ed|es)|conduct(?:ed|s)|carried\s+out|carries\s+out|mount(?:ed|s)|began|begins|start(?:ed|s)|undertook)\s+(?:an?\s+|the\s+|a\s+joint\s+|what\s+it\s+call(?:ed|s)\s+)?[\"“'‘]?"
        r"(?:(?:planned|major|large-scale|coordinated|well-coordinated|targeted|successful|special|fresh|new|massive|deliberate)\s+)*"
        r"(?:(?:military|security|counter-?terror(?:ism|ist)?|counter-?insurgency|anti-?terror(?:ist)?|intelligence-based|clearance|mop-?up|"
        r"combing|ground|joint|armed|retaliatory|punitive|reprisal)[’'\"”]?\s+)+operations?",
        # an operation named by its kind, as the frame of what it did ("killed eight militants in an intelligence-based
        # operation", "during a counter-terrorism operation in Kurram")
        r"(?<=\s)(?:intelligence-based|counter-?terror(?:ism|ist)?|counter-?insurgency|anti-?terror(?:ist)?|clearance|mop-?up|combing)\s+operations?",
        r"attacked\s+(?:\w+\s+){0,3}(?:positions|bases?|barracks|checkpoints?|posts?|outposts?|forces|troops|soldiers|military|army|police)",
        r"claim(?:ed|s)\s+(?:responsibility|credit|the\s+attack)",
        r"invasion", r"invaded", r"incursions?", r"infiltrated\s+(?:into\s+)?(?=(?-i:[A-Z])|(?:the\s+)?(?:northern|southern|eastern|western|border|territory|area|region|country)\b)", r"onslaughts?", r"(?<=['’]s\s)war(?=\s+(?:on|against|in)\b)", r"special\s+military\s+operation", r"military\s+campaign", r"advanc(?:e|ed|ing|es)",
        # a push told by the means put to it ("used armoured vehicles and motorcycles to storm its positions")
        r"(?:used|uses|using|employed|deployed|sent)\s+(?:[\w,-]+\s+){0,6}?to\s+(?:storm|assault|overrun|break\s+through)\b",
        # a push told by its attempt, often from the defender's side ("an attempt by the rebels to storm the town",
        # "their attempts to break through were repelled")
        ATTEMPTED_PUSH,
        # sieges: a side closing on a place ("laid siege to the city", "have besieged the town", "encircled Goma",
        # "under siege by the jihadists", "the RSF's siege of El Fasher")
        SIEGE,
        # an assault named by its noun ("an assault by the RSF on El Fasher", "the assault began at dawn")
        ASSAULT_NOUN,
    ))),
    # armed attacks on people and places (GOLD_FORMAT: `assault`); generic attacks take their means from context
    ("assault", "|".join((
        r"(?:beat(?!\s+(?:back|off)\b)|beaten(?!\s+(?:back|off)\b)|assaulted|tortured)\s+(?:and\s+\w+\s+)?", r"shot\s+at", r"(?:conducted|carried\s+out|launched)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|up\s+to)\s+)?(?:\w+\s+){0,2}strikes?",
        r"stabbed", r"hacked\s+to\s+death",
        # homes burned, people executed, killings outside the law ("torched dozens of houses", "set fire to a school",
        # "executed unarmed civilians", "extrajudicial killings")
        r"(?:(?:looted\s+and\s+)?(?:burn(?:ed|t)|torched|razed)(?:\s+down)?|set\s+fire\s+to|set\s+ablaze)\s+(?:[\w,-]+\s+){0,4}?(?:homes|houses|huts|villages?|shops|markets?|schools?|churches|mosques|hospitals?|clinics?|camps?|dwellings|properties|"
        r"health\s+(?:cent(?:re|er)s?|posts?|facilit(?:y|ies))|police\s+stations?|town\s+halls?|offices|granar(?:y|ies)|farms?|shelters?|tents)\b",
        # the same told in the passive with its agent ("the police post was set ablaze by assailants", "homes were torched by militiamen")
        r"(?:was|were|been)\s+(?:(?:looted\s+and\s+)?(?:set\s+ablaze|set\s+on\s+fire|torched|burn(?:ed|t)\s+down|razed))(?=\s+by\b)",
        r"executed\s+(?:[\w-]+\s+){0,3}?(?:civilians?|villagers?|residents?|people|m[ae]n|wom[ae]n|children|prisoners|detainees|captives|hostages)\b",
        r"(?:extrajudicial|summary|mass)\s+(?:killings?|executions?)",
        # shootings as events and people shot ("a drive-by shooting", "troops shot two civilians")
        r"(?:drive-by|mass|random|targeted)\s+shootings?", r"shootings?\s+(?:attacks?|incidents?|sprees?)",
        r"shot\s+(?:an?\s+|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of)\s*(?:[\w-]+\s+){0,2}?(?:civilians?|villagers?|residents?|people|m[ae]n|wom[ae]n|children|boys?|girls?|farmers?|protesters|worshippers|passengers|students|shepherds?)\b", r"beheaded", r"lynched", r"body\s+was\s+found", r"bodies\s+were\s+found",
        r"killed\s+by\s+(?:unknown|unidentified|armed)", r"massacred?", r"opened\s+fire", r"(?<=\w\s)opens?\s+fire(?=\s+(?:on|at|upon)\b)", r"(?:were|was)\s+shot\s+at",
        r"shot\s+(?:dead|and\s+killed)", r"gunned\s+down", r"raid(?:ed|s)?",
        # live rounds or shots fired at people or boats, also beside tear gas ("fired live bullets and tear gas canisters at
        # fishing boats", "fired shots towards shepherds")
        r"(?:fired|firing|fires|shot)\s+(?:live\s+(?:bullets|ammunition|rounds|fire)|shots|bullets)(?=\s+(?:[\w-]+\s+){0,6}?(?:at|on|towards?|into)\b)",
        # killings told as a bout ("went on a killing spree", "a shooting rampage")
        r"(?:went\s+on\s+an?\s+)?(?:killing|shooting)\s+(?:sprees?|rampages?)", r"went\s+on\s+an?\s+(?:\w+\s+)?rampage",
        # shooting told by its start or its aim ("began shooting at residents", "started firing into the crowd")
        r"(?:began|begun|started|kept|continued)\s+(?:shooting|firing)(?!\s+(?:[\w-]+\s+){0,3}?(?:rockets?|missiles?|shells?|mortars?|artillery|drones?)\b)(?:\s+(?:at|on|into)\b)?", r"shooting\s+(?:at|into)\s+(?=(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:residents|villagers|civilians|people|worshippers|crowds?|passengers|students|protesters|houses|homes|cars|vehicles)\b)",
        r"c(?:ame|omes?|oming)\s+under\s+(?:(?:heavy|intense|sustained|small[- ]arms|gun)\s+)*fire", r"sniper\s+fire",
        # a side's fire as the cause of harm ("killed by Israeli fire", "wounded by Russian gunfire"): checked for its side below
        r"(?<=by\s)(?:\w+\s+)?(?:gun)?fire(?=\s+(?:on|at|near|in|from|while|as|during|outside|inside)\b|\s*[,.;])",
        r"shot\s+and\s+(?:wounded|injured)", r"(?:gun|sniper|machine-gun)\s*fire\s+(?:[\w\'’-]+\s+){0,4}?(?:killed|wounded|injured|hit|struck)", r"(?:was|were)\s+shot(?!\s+(?:down|at|dead)\b)(?=\s+(?:and|in|by|near|on|while|during|outside|inside)\b)",
        r"(?:attack(?:ed|s|ing)?|target(?:ed|ing))\s+(?:on\s+)?(?:\w+\s+){0,3}(?:civilians?|village|villagers|residents|people|man|woman|men|women|children|houses|homes|settlements?|market|school|hospital|health\s+cent(?:er|re)|clinic|church|mosque|camp|farmers?|herders?|town|passengers)",
        r"attack(?:ed|ing|s)?", r"strikes?\s+on", r"strikes?", VERB_STRIKES,
    ))),
)
# Every trigger starts with a word character (after any look-behind), so a trigger starts where a word does: the
# look-ahead in "\b(?=\w)" lets the regex engine pass over the ends of words at once. A trigger starting with a quote
# mark or a space would need it changed.
TRIGGER = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>(?:{pattern})\\b)" for name, pattern in ATTACK_TRIGGERS) + ")", re.I)
# The same triggers, one pattern for each means, each prefiltered by its words: a sentence is searched only for the means
# whose words it holds (most hold those of one or two), and a means found further on is not searched again before the
# sentence's reading reaches it (see `_triggers`, which gives the leftmost of them, and the first means where two start
# together, as TRIGGER does).
TRIGGERS_BY_MEANS = tuple(prefiltered(re.compile(rf"\b(?=\w)(?P<{name}>(?:{pattern})\b)", re.I)) for name, pattern in ATTACK_TRIGGERS)
NOT_AN_ATTACK = re.compile(
    r"^(?:attack\s+helicopters?|attack\s+drones?\s+(?:were|are)|artillery\s+(?:systems?|pieces?|guns?|units?)|rockets?\s+launchers?|missiles?\s+(?:systems?|launchers?)|mortars?\s+(?:systems?|launchers?))$",
    re.I,
)
ATTACK_CRAFT = re.compile(r"attack\s+(?:jets?|aircraft|planes?|helicopters?|drones?|UAVs?|submarines?|boats?|craft|vessels?|dogs?)\b", re.I)
# What is left of a weapon downed: its fragments or debris falling on a place tell no attack (GOLD_FORMAT: intercepted
# weapons give only the materiel claim).
DEBRIS = re.compile(r"\b(?:fragments?|debris|wreckage|remnants)\b", re.I)
# A weapon as the patient of a verb of impact: "the drones were hit", "a helicopter was struck" (GOLD_FORMAT: materiel).
WEAPON_STRUCK = re.compile(r"\b(?:were|was|been|being|got|get|gets|are|is)\s+(?:\w+ly\s+)?(?:hit|struck|targeted|attacked)$", re.I)
AIR_RAID_WARNING = re.compile(r"(?:air[\s-]+)?raids?\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?|drills?)\b", re.I)
# Context words that make a generic attack an air one.
# Aircraft heading a verb of fire: "Pakistani warplanes shelled", "Russian helicopters fired rockets at".
AIRCRAFT_HEADING = re.compile(r"\b(?:warplanes?|(?:fighter\s+)?jets?|aircraft|helicopters?|gunships?|" + BOMBER_AIRCRAFT + r"|drones?|UAVs?)\s+(?:(?:also|later|then|reportedly|had|have|has)\s+)*$", re.I)
# Guns heading a verb of fire: "an Israeli tank opened fire", "army artillery fired on" (GOLD_FORMAT: artillery is `shelling`).
GUNS_HEADING = re.compile(r"\b(?:tanks?|artillery|howitzers?|mortars?|rocket\s+launchers?)\s+(?:(?:also|later|then|reportedly|had|have|has)\s+)*$", re.I)
DROPPED_BY_AIRCRAFT = re.compile(rf"\b{AIR_WEAPONS}\s+(?:[\w-]+\s+){{0,2}}?(?:dropped|drops|dropping|released)\s+(?:[\w-]+\s+){{0,3}}$", re.I)
USED_TO_STRIKE = re.compile(r"(?:used|uses|using|employed)\s", re.I)
AIR_WEAPON = re.compile(AIR_WEAPONS, re.I)
AIR_MEANS = re.compile(r"\b(?:air|aircraft|jets?|warplanes?|drones?|UAVs?|helicopters?)\b", re.I)
NON_EVENT = re.compile(
    r"\b(?:(?i:stop|cease|halt|end\s+the|prepar(?:ed|ing)|plann(?:ed|ing)|plott(?:ed|ing)|threaten(?:ed|s)?\s+to|vow(?:ed|s|ing)?\s+to|pledg(?:ed|es|ing)\s+to|promis(?:ed|es|ing)\s+to|plans?\s+to|ready\s+to|(?:hop(?:es?|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|intend(?:s|ed|ing)?|want(?:s|ed)?|(?:is|are|was|were)\s+(?:expected|likely|set|poised|about))\s+to|(?:not|never|n['’]t)\s+(?:allow|let|permit|tolerate)|warn(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:of|that|against)|fear(?:s|ed)?|risk\s+of|prevent|how\s+did\s+it\s+begin|bracing\s+for|brace\s+for|braced\s+for|(?:needs?|needed|want(?:s|ed)?|allow(?:s|ed|ing)?|permission|authori[sz]\w*|ability|capabilit(?:y|ies)|approv(?:al|ed))\s+(?:[\w'’-]+\s+){0,3}?to)|if|If|would|could|might|may)\b"
)
# Who made an attack told before left open: "it was not immediately clear who carried out the strike", "it is unknown who
# was behind the attack" (GOLD_FORMAT: a later mention adding no attacker, means, target, place or time is not coded again).
UNKNOWN_WHO_BEFORE = re.compile(
    r"\b(?:(?:not|un)\s*(?:yet\s+|immediately\s+|entirely\s+)?(?:clear|known)|unknown|no\s+word\s+(?:on|of))\s+who\s+"
    r"(?:(?:was|were|is|had\s+been)\s+(?:behind|responsible\s+for)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}|(?:had\s+|has\s+)?)$", re.I)
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
DEFINITE_IN_TRIGGER = re.compile(r"(?:carried\s+out|conducted|launched|staged|mounted|perpetrated|committed)\s+(?:the|this|that|these|those)\b", re.I)
# An appeal or a rule after the attack's noun: "the fighting must stop", "the shelling has to end", "an attack on one
# ally is an attack on all", "an attack on our cities will be met with ...".
APPEAL_AFTER = re.compile(
    r"\s*(?:on|against)\s+(?:all|us\s+all|every\s+\w+)\b(?!\s+(?:of|in|at|near)\b)|"
    r"(?:\s+(?:(?:on|against|of|in)\s+)?(?:[\w'’-]+\s+){1,4}?)?\s*(?:(?:must|should|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+(?:(?:be\s+)?(?:stop|end|cease|halt|stopped|ended|halted)\b|not\b)|"
    r"(?:will|would|shall)\s+be\s+(?:met|considered|treated|regarded|seen|answered|punished)\b|(?:is|are)\s+an?\s+(?:attack|aggression)\s+(?:on|against)\s+(?:all|every|us\s+all)\b)",
    re.I,
)
# A generic attack, no one act: "any attack on Iranian soil", "every act of aggression", "whoever attacks".
ANY_ATTACK_BEFORE = re.compile(r"\b(?:any|every|whoever|anyone\s+who|those\s+who|anybody\s+who)\s+(?:(?:further|future|new|such|armed|military|act\s+of)\s+)?$", re.I)
# "did not carry out any strikes", "denied any attack": a denial, not a generic rule
DENIED_BEFORE = re.compile(r"\b(?:not|never|no|without|n't|den(?:y|ied|ies|ying)|reject\w*)\b", re.I)
# A past attack remembered: "the anniversary of the 1994 massacre", "a memorial to the victims of the bombing".
ANNIVERSARY_BEFORE = re.compile(r"\b(?:anniversary|commemorat\w+|memorial|remembrance)\s+(?:of|for|to)\s+(?:the\s+)?(?:victims\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,4}$", re.I)
# A ceasefire violation as the object of an accusation, with no act told after it.
ACCUSED_OF_BEFORE = re.compile(r"\b(?:accus\w+|blam\w+|charg\w+)\s+(?:[\w'’-]+\s+){0,5}?(?:of|for)\s+(?:repeatedly\s+|again\s+|\w+ly\s+)?$", re.I)
VIOLATION_MEANS_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:by|with|when|after)\s+(?:\w+\s+){0,3}?(?:fir\w*|shell\w*|strik\w*|attack\w*|launch\w*|bomb\w*|mortars?|rockets?|artillery|drones?|killing)\b", re.I)
# An attack not yet made, named by its adjective: "a possible assault", "the looming offensive", "an expected attack".
HYPOTHETICAL_BEFORE = re.compile(r"\b(?:possible|potential|imminent|looming|anticipated|impending|expected|feared|threatened|planned)\s+(?:[\w-]+\s+)?$", re.I)
TARGET_PREPOSITION = re.compile(r"^\s*(?:on|against|at|upon|targeting|in|near)\s+(?:the\s+)?(?:\w+\s+){0,3}?$", re.I)


# Forces named by a noun heading a headline's present verb: "Myanmar junta bombs", "rebels shell".
SIDE_NOUN_BEFORE = re.compile(r"\b(?:junta|army|military|forces|troops|rebels|militants|militia|jets|warplanes|navy|gunmen|fighters|jihadists|insurgents|guerrillas|"
                              r"dissidents|paramilitaries|tanks|artillery|missiles|rockets|drones|gunboats|warships)\s+$", re.I)


# A side's fire: "Israeli fire", "Russian gunfire" (the adjective is an actor mention, checked by _side_named_on).
# Fire across a border or a line of contact: from a distance (GOLD_FORMAT: `shelling`), whoever holds the guns.
FIRE_ACROSS = re.compile(r"(?:fired|firing|opened\s+fire)\s+across\b", re.I)
WEAPON_FIRE = re.compile(r"(?:artillery|rocket|missile|mortar|tank|MLRS|Grad)\s", re.I)
SIDES_FIRE = re.compile(r"(?:[\w-]+\s+)?(?:gun)?fire", re.I)


def _side_named_on(view: SentenceView, match: re.Match[str]) -> bool:
    """Whether an actor adjective names the side whose fire it is ("by Israeli fire", "by RSF gunfire")."""
    return any(a.start >= match.start() and a.end <= match.end() and a.role in ("adjective", "demonym", "group", "name", "state")
               for a in view.actors)


def _adjective_just_before(view: SentenceView, start: int) -> bool:
    """Whether a side's adjective stands right before a position ("Pakistani firing", "the Israeli firing")."""
    before = view.last_actor_before(start)
    return before is not None and not view.text[before.end : start].strip() and before.role in ("adjective", "demonym")


def _side_just_before(view: SentenceView, start: int) -> bool:
    """Whether a side or its forces stand right before a position ("Israel bombs", "the junta bombs")."""
    before = view.last_actor_before(start)
    if before is not None and not view.text[before.end : start].strip() and before.role not in ("adjective", "demonym"):
        return True  # not "Russian shells litter the fields": an adjective makes the word a noun
    return SIDE_NOUN_BEFORE.search(view.text[max(0, start - 20) : start]) is not None


def _means(match: re.Match[str]) -> str:
    """The means whose group took part in a match of TRIGGER or of one of TRIGGERS_BY_MEANS."""
    groups = match.groupdict()
    return next(name for name, _ in ATTACK_TRIGGERS if groups.get(name))


# A definite noun for the text's armed group points back to the group named ("the paramilitary group continued its
# attempts to storm the city"), unlike an unnamed "militants" or "gunmen".
DEFINITE_GROUP = re.compile(r"the\s+(?:[\w-]+\s+)?(?:group|paramilitaries)", re.I)
# A definite attack noun judged in the passive: "the attack was condemned by ECOWAS", "the strikes were widely denounced".
THE_ATTACK_BEFORE = re.compile(r"\b(?:the|this|that|these|those|[\w-]+day['’]s)\s+(?:[\w-]+\s+)?$", re.I)
CONDEMNED_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|swiftly|quickly)\s+)?"
    r"(?:condemned|denounced|deplored|decried|criticised|criticized|censured)\b", re.I)
# A condemned attack told with its toll: "condemned the Israeli strike that killed 20 people": the event itself.
CONDEMNED_EVENT_TOLD = re.compile(r"(?:\s+on\s+[^,.;]{1,60}?)?,?\s+(?:that|which)\s+(?:\w+\s+)?(?:killed|left|wounded|injured)\b", re.I)


# The attackers' arms before their verb: "militants armed with rockets attacked a checkpoint" (the verb is the attack).
ARMED_WITH_BEFORE = re.compile(r"\barmed\s+with\s+(?:[\w,-]+\s+){0,6}$", re.I)
IMPACT_VERB_AT_END = re.compile(rf"\s(?:{IMPACT_VERBS})$", re.I)


def _triggers(text: str) -> list[re.Match[str]]:
    """The attack triggers of a sentence, in order; a weapon heading its verb after "armed with" ("armed with heavy weapons
    attacked a post") is the attackers' arms, and the trigger is read again from the verb."""
    found: list[re.Match[str]] = []
    position = 0
    # each means' leftmost trigger at or after the reading position (None: no more in the sentence); what `re` finds at a
    # position does not depend on where its search began, so a trigger found ahead stays the next one until passed
    upcoming: list[re.Match[str] | None] = [pattern.search(text) for pattern in TRIGGERS_BY_MEANS]
    while True:
        for index, ahead in enumerate(upcoming):
            if ahead is not None and ahead.start() < position:
                upcoming[index] = TRIGGERS_BY_MEANS[index].search(text, position)
        # TRIGGER.search(text, position): the leftmost, and of two starting together the first means (min keeps the first)
        match = min((ahead for ahead in upcoming if ahead is not None), key=lambda ahead: ahead.start(), default=None)
        if match is None:
            break
        verb = IMPACT_VERB_AT_END.search(match.group()) if WEAPON_HEADING_VERB.fullmatch(match.group()) else None
        if verb is not None and ARMED_WITH_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            again = TRIGGER.match(text, match.start() + verb.start() + 1)
            if again is not None:
                match = again
        found.append(match)
        position = max(match.end(), match.start() + 1)
    return found


def find_attack_claims(view: SentenceView) -> list[DraftClaim]:
    # "militants", "gunmen" standing for the text's armed group name no attacker: unnamed attackers take the
    # group identified for the same attack, else none (GOLD_FORMAT); "the army", "soldiers" still name the state.
    view = replace(view, actors=[a for a in view.actors if not (a.role == "generic" and not _is_state(a.code) and not DEFINITE_GROUP.fullmatch(a.text))])
    # "Syrian rebels", "Iraqi militias", "Palestinian armed groups": irregulars named by a state's adjective are not that state's
    # forces (nor its civilians'), and name no attacker of their own (GOLD_FORMAT: unnamed attackers take the group the outlet
    # identifies, else none)
    irregulars = [a for a in view.actors if a.role in ("adjective", "demonym") and _state_or_authority(a.code) and IRREGULARS_AFTER.match(view.text, a.end)]
    view = replace(view, actors=[a for a in view.actors if a not in irregulars])
    text = view.text
    drafts: list[DraftClaim] = []
    claims_for: list[tuple[int, int]] = []  # a claim of responsibility and where the attack noun it names starts
    for match in _triggers(text):
        phrase = match.group()
        if NOT_AN_ATTACK.match(phrase) or NOT_AN_ATTACK.match(text[match.start() : match.end() + 12].strip()):
            continue
        if (craft := ATTACK_CRAFT.match(text, match.start())) is not None and craft.end() >= match.end():
            continue  # "a Su-25 attack jet", "attack submarines", "attack drones": a kind of craft, no attack ("attack drones hit" is one)
        if DEBRIS.search(phrase):
            continue  # "missile fragments damaged homes", "drone debris hit a house": what is left of a weapon downed, no attack told
        if WEAPON_STRUCK.search(phrase):
            continue  # "two drones were hit over Belgorod": the weapon was struck (a loss, materiel), it struck nothing
        if AIR_RAID_WARNING.match(text[max(0, match.start() - 4) : match.end() + 14]):
            continue  # "air raid sirens sounded", "an air raid alert": a warning, no attack
        following = text[match.end() : match.end() + 14].lower()
        if (not re.search(r"(?:ed|struck|hit)$", phrase, re.I) and re.match(r"^\s*(?:helicopters?|systems?|launchers?|pieces?|units?|guns?|batteries|battalion|brigade|division|crews?|vehicles?|positions|ammunition|shells?)\b", following)
                and not (ARMED_MEN_ATTACKED.fullmatch(phrase) and MOBILE_FORCE_AFTER.match(text, match.end()))
                and not re.fullmatch(AIRCRAFT_PRESENT, phrase, re.I)):
            # "attacked army helicopters" is no attack on men ("attacked Turkish army units" is, and "jets strike positions"):
            # the verb alone, if it is a trigger, tells an attack on the equipment
            verb = re.match(r"attack(?:ed|s|ing)?\b", phrase, re.I)
            shorter = TRIGGER.match(text, match.start(), match.start() + verb.end()) if verb is not None else None
            if shorter is None:
                continue
            match, phrase = shorter, shorter.group()
        means = _means(match)
        if means == "bombing" and DROPPED_BY_AIRCRAFT.search(text, max(0, match.start() - 80), match.start()):
            continue  # "a drone dropped a grenade on a car": the drone's payload, one air strike (GOLD_FORMAT: one claim per attack)
        aircraft_fire = means in ("shelling", "assault") and (AIRCRAFT_HEADING.search(text, max(0, match.start() - 40), match.start()) is not None
                                                              or (USED_TO_STRIKE.match(phrase) is not None and AIR_WEAPON.search(phrase) is not None
                                                                  and GROUND_WEAPON.search(phrase) is None))
        if means == "assault" and not aircraft_fire and re.match(r"(?:opened\s+fire|opens?\s+fire|fired|firing|fires)\b", phrase, re.I) and GUNS_HEADING.search(
                text, max(0, match.start() - 40), match.start()):
            means = "shelling"  # "an Israeli tank opened fire on a car", "army artillery fired on the village": fired from a gun, shelling
        if aircraft_fire:
            # "warplanes shelled the posts", "helicopters fired rockets at", "gunships opened fire on", "warplanes raided":
            # aircraft fire from the air
            means = "airstrike"
        fire_by = (SIDES_FIRE.fullmatch(phrase) is not None and re.search(r"\bby\s$", text[max(0, match.start() - 3) : match.start()], re.I) is not None
                   and WEAPON_FIRE.match(phrase) is None)  # "damaged by rocket fire": the weapon's fire is an attack, its side from the context
        if fire_by and not _side_named_on(view, match):
            continue  # "killed by Israeli fire": the fire named by its side, not "by friendly fire" or "by fire"
        if re.fullmatch(r"firing", phrase, re.I) and not _adjective_just_before(view, match.start()):
            continue  # "the Pakistani firing": a side's fire named by its adjective; bare "firing" is a verb's or no attack
        if re.fullmatch(r"bombs?|shells?|pound|storms|mines|fire\b.*|hammers|batters|bombards|pummels|blitzes", phrase, re.I | re.S) and not _side_just_before(view, match.start()):
            continue  # the headline's present verb needs its side right before it ("Israel bombs", "Houthis fire missiles at")
        if _peaceful(text, match):
            continue
        if re.match(r"(?i)sent\b", phrase) and SENT_TO_HELP.match(text, match.end()):
            continue  # "Egypt sent fighter jets to support the Sudanese army": aircraft sent to a side, its support (no attack told)
        if re.fullmatch(r"assault", phrase, re.I) and (ASSAULT_IN_LAW_BEFORE.search(text[max(0, match.start() - 20) : match.start()]) or not (
                _named_on_trigger(view, match) or REPELLED_BEFORE.search(text[max(0, match.start() - 50) : match.start()])
                or ASSAULT_MADE_BEFORE.search(text[max(0, match.start() - 60) : match.start()]) or EVENT_PREDICATE.match(text, match.end()))):
            continue  # "charged with assault", "a sexual assault": not an armed attack; the noun names one with its side or what it did
        if re.fullmatch(r"besieg\w+|encircl\w+", phrase, re.I) and SIEGE_LABEL_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # "the besieged city", "residents of encircled towns": a label of the place (GOLD_FORMAT: not coded)
        if (NOT_AN_ATTACK_CONTEXT.search(text[max(0, match.start() - 40) : match.end() + 40]) and not ARMED_ACTORS.search(text)
                and not LIVE_FIRE.search(phrase)):
            continue  # tests and launches into space, tear gas, bombs found or defused, civil aircraft crashing, dismissals
        if means == "bombing" and EXPLOSION_HEAD.match(phrase) and WEAPON_STRIKING.search(text):
            continue  # "explosions rocked Port Sudan as drones hit a fuel depot": the blasts of the strike told beside them, no bombing
        if means == "bombing" and DEVICE_RECOVERED_BEFORE.search(text, max(0, match.start() - 80), match.start()) and not DEVICE_WENT_OFF.search(phrase):
            continue  # "soldiers recovered three rifles and an improvised explosive device": a device seized, no attack
        if means == "bombing" and re.search(r"explosi|blast|exploded|went\s+off", phrase, re.I) and ACCIDENT.search(text) and not ARMED_CAUSE.search(text):
            continue  # "a gas explosion at a factory": an accident, not a bombing
        if re.fullmatch(r"advancing", phrase, re.I) and not re.search(r"\b(?:is|are|was|were|been|be|kept|keep|continued?|continues|still)\s+$", text[max(0, match.start() - 20) : match.start()], re.I) and not re.match(r"\s+(?:on|towards?|into)\b", text[match.end() :], re.I):
            continue  # "ambushed soldiers advancing to the town": a participle describing the target
        if (re.fullmatch(r"bombing", phrase, re.I) and GERUND_FRAME.search(text[max(0, match.start() - 60) : match.start()])
                and re.match(r"\s+(?:the|a|an|its|their|civilian|residential|(?-i:[A-Z]))", text[match.end() :], re.I)
                and not BOMBER_BEFORE.search(text[max(0, match.start() - 80) : match.start()])):
            means = "airstrike"  # "denied bombing the school", "accused the junta of bombing villages": bombs from the air
        bare_strike = bool(re.fullmatch(r"strikes?", phrase, re.I))
        if bare_strike and not _strike_event(view, match):
            continue
        verb_strike = bool(VERB_STRIKE.fullmatch(phrase))
        if verb_strike and GERUND.fullmatch(phrase) and not GERUND_FRAME.search(text[max(0, match.start() - 60) : match.start()]):
            continue  # "striking workers", "a missile hitting the block": no verb of attack of its own
        if verb_strike:
            if not _verb_strike_event(view, match):
                continue
            means = _verb_strike_means(text, match)
        strike_noun = means == "assault" and bool(re.search(r"strikes?(?:\s+on)?$", phrase, re.I))
        if strike_noun:
            means = "airstrike"  # with no cue a strike is an air strike; the attacker's means told before prevail
            if AIR_MEANS.search(phrase):
                pass  # "the army launched air strikes", "carried out a drone strike": the words name the aircraft
            elif GROUND_STRIKER_BEFORE.search(text[max(0, match.start() - 30) : match.start()]) or GROUND_STRIKER_AFTER.match(text, match.end()):
                means, strike_noun = "shelling", False  # "strikes launched by the army", "the navy's strikes": fired from the ground or sea
        named_weapon = _named_weapon_means(text, match.start()) if verb_strike or strike_noun else None
        if named_weapon is not None:
            means, strike_noun, verb_strike = named_weapon, False, False  # "a HIMARS strike", "an F-16 struck": the weapon names the means
        operation = bool(OPERATION.fullmatch(phrase))
        operation_noun = bool(OPERATION_NOUN.fullmatch(phrase))
        generic = operation or bool(CEASEFIRE_VIOLATION.search(phrase)) or bool(EXPLOSIONS_NOTED.fullmatch(phrase)) or strike_noun or bool(re.match(r"bombard|massacre|pound|pummel|hammer|batter|blitz", phrase, re.I)) or (means == "assault" and bool(re.match(r"(?:attack|target)", phrase, re.I))) or bool(re.match(r"claim(?:ed|s)\b|military\s+campaign", phrase, re.I)) or (verb_strike and means == "shelling") or bool(re.fullmatch(r"assault", phrase, re.I))
        if means == "assault" and re.fullmatch(r"attack(?:ed|ing|s)?", phrase, re.I):
            means = _generic_attack_means(text, match)
        habitual = bool(re.fullmatch(r"attacks", phrase, re.I) and (HABITUAL_BEFORE.search(text[max(0, match.start() - 50) : match.start()])
                                                                    or HABITUAL_ADVERB_BEFORE.search(text[max(0, match.start() - 60) : match.start()])))
        if habitual:
            means, generic = "assault", True  # habitual attacks: their means from the context, else assault (GOLD_FORMAT)
        whole_war = bool(WHOLE_WAR.fullmatch(phrase)) or _whole_war_attack(view, match)
        if re.fullmatch(r"war", phrase, re.I) and not whole_war:
            continue  # "Israel's war on Gaza" is the war as one side's act; any other war is no attack of its own
        if whole_war:
            means, generic = "offensive", False
        if any(d.start <= match.start() < d.end for d in drafts):
            continue
        if re.fullmatch(r"attacks?", phrase, re.I) and LAND_USED_FOR.search(text, max(0, match.start() - 40), match.start()):
            continue  # "allowing militants to use its soil for attacks inside Pakistan": the aim of a harbouring, no attack told
        if drafts and re.fullmatch(r"(?:attack|strike|assault|bombing|raid)s?", phrase, re.I) and RANKED_SAME_ATTACK.search(text, 0, match.start()):
            continue  # "US strikes killed 74, in the deadliest attack since March": the attack told before, ranked
        if UNKNOWN_WHO_BEFORE.search(text, max(0, match.start() - 70), match.start()) and (
                DEFINITE_BEFORE.search(text, max(0, match.start() - 30), match.start()) or DEFINITE_IN_TRIGGER.match(phrase)):
            continue  # "it was not immediately clear who carried out the strike": an attack told before, its attacker unknown
        if NON_EVENT.search(text[max(0, match.start() - 40) : match.start()]) or HYPOTHETICAL_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        if not whole_war and (APPEAL_AFTER.match(text, match.end()) or (ANY_ATTACK_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
                                                                      and not DENIED_BEFORE.search(text[max(0, match.start() - 80) : match.start()]))):
            continue  # "the fighting must stop", "any attack on our soil will be met ...": an appeal or a generic rule names no attack
        if not whole_war and ANNIVERSARY_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
            continue  # "marked the anniversary of the October 7 attack": a past attack remembered, no new one
        if CEASEFIRE_VIOLATION.search(phrase) and ACCUSED_OF_BEFORE.search(text[max(0, match.start() - 60) : match.start()]) \
                and not VIOLATION_MEANS_AFTER.match(text, match.end()):
            continue  # "X accused Y of violating the truce": a general accusation is a statement only (GOLD_FORMAT)
        if not whole_war and means in ("clash", "offensive", "assault") and _background_reference(text, match):
            continue
        if not whole_war and _framing_mention(text, match):
            continue  # "killed in the airstrike", "the fighting comes as ...": an attack told of elsewhere
        if means == "clash" and WAR_DESCRIPTION.search(text[max(0, match.start() - 40) : match.end() + 60]):
            continue  # "the M23 rebel group fighting the army", "al Shabaab is fighting the government": who fights whom
        if means == "clash" and FIGHTING_ALONGSIDE.match(text, match.end()) and not re.match(r"[^.;]{0,60}?\bagainst\b", text[match.end() :]):
            continue  # "Rwandan troops were fighting alongside the M23": the support of one side for another, no clash of its own
        if (ANAPHORA.search(text[max(0, match.start() - 50) : match.start()]) and not EVENT_PREDICATE.match(text, match.end())
                and not VERB_FORM.match(phrase) and not TIME_POSSESSIVE_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
                and not SAYING_THAT_BEFORE.search(text[max(0, match.start() - 50) : match.start()])):
            continue  # "this attack", "regarding the attack": an attack told of before, not a new one
        condemned = CONDEMNED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if condemned is not None and not CONDEMNED_EVENT_TOLD.match(text, match.end()):
            continue  # "France condemned the attack": a statement about an attack named elsewhere
        if THE_ATTACK_BEFORE.search(text, max(0, match.start() - 20), match.start()) and CONDEMNED_AFTER.match(text, match.end()):
            continue  # "The attack was condemned by ECOWAS": the same, in the passive; the one condemning did not attack
        if LABEL_OF_AN_ATTACK_BEFORE.search(text[max(0, match.start() - 120) : match.start()]):
            continue  # "described the strike as a 'horrific massacre'", "called the raid a massacre": the label of the attack named
        if means in ("shelling", "airstrike") and LOST_EQUIPMENT_BEFORE.search(text[max(0, match.start() - 70) : match.start()]):
            continue  # "destroyed 3 Grad launchers", "intercepted 8 rockets": equipment lost, not an attack
        if (re.search(r"\barmed\s+with\s+(?:[\w,-]+\s+){0,6}$", text[max(0, match.start() - 80) : match.start()], re.I)
                and re.fullmatch(r"[\w\s-]*?(?:grenades?|bombs?|explosives?|IEDs?|mines?|missiles?|rockets?|mortars?|shells?|drones?)", phrase, re.I)):
            continue  # "militants armed with rifles and rocket-propelled grenades attacked": the attackers' weapons, not an attack
        if (re.fullmatch(r"grenades?", phrase, re.I) and drafts and re.search(r"\b(?:with|using)\s+(?:[\w,'’-]+\s+){0,4}$", text[max(0, match.start() - 50) : match.start()], re.I)
                and not re.match(r"\s+(?:on|at|against|into)\b", text[match.end() :], re.I)):
            continue  # "attacked a checkpoint with grenades and rifles": the arms of the attack told, no bombing of its own
        if re.search(r"\b(?:using|including|deploying|deployed)\s+(?:heavy\s+|its\s+|their\s+)?$", text[max(0, match.start() - 30) : match.start()], re.I) and not re.match(r"\s+(?:on|at|against)\b", text[match.end() :]):
            continue  # "an offensive using artillery, armored vehicles": the means of another attack
        claim_of_responsibility = re.match(r"claim(?:ed|s)\b", phrase, re.I) is not None
        if claim_of_responsibility and (named := CLAIMED_FOR_NAMED.match(text, match.end())) is not None and _named_attack_follows(text, named.end()):
            claims_for.append((match.start(), named.end()))  # "claimed responsibility for the ambush": told once, by the noun if it stands
        if (claim_of_responsibility or RESPONSIBILITY_BEFORE.search(text[max(0, match.start() - 80) : match.start()])) and NO_CLAIM_BEFORE.search(
                text[max(0, match.start() - 80) : match.start() + (len(phrase) if claim_of_responsibility else 0)]):
            continue  # "no group has claimed responsibility for the blast": the attack is told elsewhere, its attacker unknown
        attacker = _attacker(view, match.start(), match.end())
        if attacker is None and re.fullmatch(r"(?:hammer|batter)(?:ed|ing)", phrase, re.I):
            continue  # "the storm battered the coast", "prices hammered": a battering with no side named is no attack
        if condemned is not None and attacker is not None and (judge := view.last_actor_before(condemned.start())) is not None and judge.code == attacker:
            attacker = None  # "the UN chief condemned the attack, which killed three peacekeepers": the one condemning did not attack
        if fire_by:
            attacker = next(a.code for a in view.actors if a.start >= match.start() and a.end <= match.end())  # "by Israeli fire"
        claimed = attacker is not None and (claim_of_responsibility or (CLAIMED_BEFORE.search(text[max(0, match.start() - 60) : match.start()]) is not None
                                                                        and not CLAIMED_THAT_AFTER.match(text, match.end()))
                                            or CLAIMED_BY_AFTER.match(text, match.end()) is not None)
        if verb_strike and _speaker_pronoun_before(phrase, text[max(0, match.start() - 30) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # "the group said they targeted checkpoints": the speaker's side
        elif attacker is None and SPEAKER_PRONOUN_COORDINATED.search(text[max(0, match.start() - 90) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # "Pakistan said it shot down Indian drones and retaliated with artillery fire"
        elif attacker is None and SPEAKER_TOLL_BY_MEANS.search(text[max(0, match.start() - 120) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # "the army said it killed 30 militants in airstrikes": the speaker's own strikes
        if attacker is not None and DENIAL_BEFORE.search(text[max(0, match.start() - 50) : match.start()]) and not _named_on_trigger(view, match):
            attacker, generic = None, True  # "the army denied the attack": the denier is not the attacker; the attack told before is
        confirmed = CONFIRMED_BEFORE.search(text[max(0, match.start() - 50) : match.start()]) is not None and not _named_on_trigger(view, match)
        if confirmed:
            attacker, generic = None, True  # "police confirmed the attack": the one confirming it is its claimant, not its attacker
        passive_target = None
        by_weapon = PASSIVE_BY_WEAPON.match(phrase)
        active_with = (by_weapon is not None and by_weapon.group().lower().endswith("with") and _side_just_before(view, match.start())
                       and not VERB_STRIKE_PASSIVE.search(text[max(0, match.start() - 30) : match.start()]))
        if (by_weapon and not active_with) or UNDER_FIRE.match(phrase):  # not "Russia attacked overnight with 40 drones": the side attacked
            target_mention = view.last_actor_before(match.start())
            if target_mention is not None and not _in_passive_subject(view, match.start(), target_mention):
                target_mention = None  # "rockets hit a petrol station, and a hospital in Surin was hit": the side of another clause
            if target_mention is not None and attacker in (target_mention.code, None):
                attacker, passive_target = None, target_mention.code  # "a US carrier hit by missiles": the carrier is the target
                attacker = _fire_source(view, match.end())  # "troops came under fire from Indian positions": the side firing
            if UNDER_FIRE.match(phrase) and OWN_FORCES_UNDER_FIRE.search(text, max(0, match.start() - 40), match.start()):
                # "Armenia said its troops had come under fire": the speaker's own forces were fired on, by its enemy
                attacker = _fire_source(view, match.end()) or SUBJECT_IS_CLAIMANT_ADVERSARY
        device_met = means == "bombing" and DEVICE_MET.search(text[max(0, match.start() - 40) : match.end()]) is not None
        if device_met:
            attacker = None  # "an army convoy hit a landmine", "a soldier stepped on a mine": the head is the victim
            planted = PLANTED_BY.match(text, match.end())
            planter = view.first_actor_after(planted.end() - 1) if planted else None
            if planted and planter is not None and planter.start <= planted.end() + 2:
                attacker = planter.code  # "their car hit a landmine planted by Fano militiamen": whoever laid it
        weapon_means = _means_by_weapon(text, match, means, operation)
        if weapon_means != means:
            means, generic = weapon_means, False  # "attacking farmers with drones": the weapon names the means
        if means == "shelling" and re.match(r"fir(?:ed|ing)\b", phrase, re.I) and not GROUND_WEAPON.search(phrase) and not FIRE_ACROSS.match(phrase) and not re.fullmatch(r"firing", phrase, re.I) and (
                SMALL_ARMS.search(text[match.start() : match.end() + 60]) or RIFLEMEN_BEFORE.search(text[max(0, match.start() - 40) : match.start()])):
            means = "assault"  # "troops fired on a crowd", "gunmen fired at a bus": small arms, not fire from a distance
        if means == "assault" and re.match(r"raids?\b", phrase, re.I) and re.search(rf"\b(?:{AIR_WEAPONS}|air\s+force)\s+(?:[\w-]+\s+){{0,5}}$", text[max(0, match.start() - 60) : match.start()], re.I):
            means, generic = "airstrike", False  # "Israeli warplanes carried out raids on Khan Younis", "the air force carried out raids": air raids
        if means == "airstrike" and re.fullmatch(r"bomb(?:ed|s)?", phrase, re.I) and IRREGULARS_HEAD.search(text[max(0, match.start() - 40) : match.start()]):
            means = "bombing"  # "militants bombed a police station": irregulars bomb with explosives, not from the air
        if means in MIXABLE and not aircraft_fire and (MIXED_GROUND_WEAPON.match(text, match.end()) or GROUND_WEAPON.search(phrase)
                                                       or (AIR_ATTACK_NOUN.fullmatch(phrase) and MIXED_MEANS_WITH_AFTER.match(text, match.end()))
                                                       or (WEAPON_HEADING_VERB.match(phrase) and MIXED_GROUND_WEAPON_BEFORE.search(text, max(0, match.start() - 60), match.start()))):
            # "missiles and glide bombs struck Kharkiv": the weapons joined before the trigger's own are the same attack's
            means = "shelling"  # "hit with drones and missiles": mixed means with missiles among them
        converted = False
        subject_words = re.match(ARMED_SUBJECT_PRESENT, phrase, re.I)  # "gunmen storm": the verb follows its subject
        head = phrase[subject_words.end() :] if subject_words else phrase
        head_end = match.end() - len(head) + len(head.split()[0])
        if means in ("assault", "offensive", "clash") and re.match(r"(?:attack|raid|assault|storm|target|struck|hit)", head, re.I) and not re.search(r"\bfirst$", phrase, re.I) and (
                MILITARY_PLACE.match(text, head_end) or MILITARY_PLACE_ATTACKED.search(text[max(0, match.start() - 80) : match.start()])):
            means, generic = "offensive", False  # ground raids and attacks on bases, posts, camps (GOLD_FORMAT: `offensive`)
        elif means in ("assault", "offensive") and re.match(r"(?:storm|raid)", head, re.I) and CIVILIAN_PLACE.match(text, head_end):
            means = "assault"  # raids on a hospital, homes, a village
        elif means == "offensive" and re.fullmatch(r"assaults?(?:\s+on)?", head, re.I) and ASSAULTED_CIVILIAN_PLACE.match(text, match.end()):
            means = "assault"  # "the RSF's assault on a displacement camp", "an assault on the hospital": an attack on a civilian place
        elif (means == "clash" and re.match(r"ambush", phrase, re.I) and (civilians := AMBUSHED_CIVILIANS.match(text, match.end()))
              and not ARMED_PEOPLE.search(text[civilians.end() : match.end() + 50])):
            # "gunmen ambushed a wedding party", "a convoy of aid workers": an ambush of civilians is an assault (GOLD_FORMAT);
            # armed men named beside them ("civilians and soldiers") keep it a clash
            means = "assault"
        elif means == "assault" and not habitual and not confirmed and _armed_target(text, match):
            means, converted = "clash", True
        elif means == "offensive" and ARMED_MEN_ATTACKED.fullmatch(phrase) and not MILITARY_PLACE.match(text, head_end) and MOBILE_FORCE_AFTER.match(text, match.end()):
            means, converted = "clash", True  # "attacked a police patrol", "attacked government troops": a fight with armed men on the move
        own_passive = PASSIVE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]) is not None and PARTICIPLE.match(text, match.start()) is not None
        if attacker is None and not own_passive:
            attacker = _possessor_with_allies(view, match.start())  # "the army and its allies bombed": the army, not the speaker
        if (attacker is None and not own_passive and not UNDER_FIRE.match(phrase)  # "their base came under fire": the target's
                and re.search(r"\b(?:our|its|their|(?:his|her)\s+country['’]s)\s+(?:[\w-]+\s+){0,2}$", text[max(0, match.start() - 40) : match.start()], re.I)
                and not ARMED_GROUP_OWNS.search(text[max(0, match.start() - 80) : match.start()])):
            # "the army said its forces shelled": the speaker's side; "the army says Cambodia deployed drones before its soldiers
            # opened fire": the side heading the clause the possessive's clause is subordinate to
            attacker = _sentence_subject(view, match.start()) or _subordinate_owner(view, match.start()) or SUBJECT_IS_CLAIMANT
        if attacker is None and not own_passive and OWN_FORCES_BEFORE.search(text[max(0, match.start() - HEAD_DISTANCE) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # not "its forces were shelled": the speaker's side is then the target
            if RESPONDING_TO.search(text, max(0, match.start() - 40), match.start()):
                attacker = SUBJECT_IS_CLAIMANT_ADVERSARY  # "its forces were responding to army attacks": the attacks answered are the enemy's
        if attacker is None and re.search(r"\b(?:invaders|occupiers|aggressors?|enemy|occupation\s+forces)\b[^.;,]{0,30}$", text[: match.start()], re.I):
            attacker = SUBJECT_IS_CLAIMANT_ADVERSARY
        if attacker is None and re.search(r"\b(?:he|she|we|they|it)\s+(?:\w+\s+){0,2}(?:ordered|launched|began|started|carried\s+out|conducted)\s+(?:[\w-]+\s+){0,3}$", text[: match.start()], re.I):
            attacker = SUBJECT_IS_CLAIMANT
        if attacker is None and operation_noun and SPEAKER_KILLED_IN.search(text[max(0, match.start() - 90) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # "the army said it killed eight militants in an intelligence-based operation"
        if attacker is None and re.search(r"\b[Ww]e\s+(?:\w+\s+){0,2}$", text[max(0, match.start() - 30) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # "we shelled their positions", "we have ambushed": the speaker's side
        if attacker is None or RESPONSIBILITY_BEFORE.search(text[max(0, match.start() - 80) : match.start()]):
            claimer = _responsibility_claimer(view, match)
            if claimer is not None:
                attacker, claimed = claimer, True
        if attacker is None and RESPONSE_BY_SPEAKER.search(text[max(0, match.start() - 60) : match.start()]):
            attacker = SUBJECT_IS_CLAIMANT  # "the army said it responded with airstrikes": the speaker's side answers the attack
        pronoun = re.search(r"\b(?P<pronoun>it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|then\s+)?$", text[max(0, match.start() - 25) : match.start()], re.I)
        if attacker is None and pronoun and not (pronoun.group("pronoun").lower() == "they" and _opens_quoted_third_person(text, match.start())):
            attacker = SUBJECT_IS_CLAIMANT  # "the group said it had ambushed a truck": the speaker's side
        unnamed_attackers = False
        if (not claimed and UNNAMED_ATTACKER_ADJECTIVE_BEFORE.search(text, max(0, match.start() - 40), match.start())
                and not ACCUSED_OF_TOLD.search(text, max(0, match.start() - 90), match.start())):
            attacker, unnamed_attackers = None, True  # "India struck Pakistan after a militant attack": unnamed militants, not the clause's side
        blamed_for = BLAMED_FOR_BEFORE.search(text, max(0, match.start() - 80), match.start())
        culprit_for = view.first_actor_after(blamed_for.start("who")) if blamed_for else None
        if culprit_for is not None and culprit_for.start <= blamed_for.start("who") + 5 and culprit_for.role not in ("pronoun", "generic"):
            attacker = culprit_for.code  # "Armenia blamed Azerbaijan for the clashes": the one blamed attacked
        blamed = BLAMED_ON.match(text, match.end()) if BLAME_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) else None
        if blamed is not None:
            culprit = view.first_actor_after(match.end())
            if culprit is not None and culprit.start <= blamed.end() + 5:
                attacker = culprit.code  # "Washington blamed the attack on the militia": the militia attacked
        if attacker is None and (blaming := BLAMING_AFTER.match(text, match.end())) is not None:
            culprit = view.first_actor_after(blaming.end() - 1)
            if culprit is not None and culprit.start <= blaming.end() + 5 and culprit.role not in ("pronoun", "generic"):
                attacker = culprit.code  # "drones attacked the airport, the army said, blaming the RSF": the one blamed attacked
        repelled = _repelled_attack(view, match)
        if repelled is not None and BACKED_AGENT_AFTER.match(text, match.end()):
            repelled = ""  # "repelled an attack by Turkish-backed factions": neither the backer nor the repeller's usual enemy
        if repelled is not None:
            # "RSF fighters tried to storm the city but were pushed back": the passive's subject made the attack turned back
            repelled_head = (attacker is not None and not attacker.startswith("@") and REPELLED_BEFORE.search(text[max(0, match.start() - 50) : match.start()]) is None
                             and REPELLED_AFTER.match(text[match.end() : match.end() + 60]) is not None and _clause_head(view, match.start()) == attacker)
            if attacker is None or not (_named_on_trigger(view, match) or repelled_head):
                attacker = repelled or None  # "repelled 35 counterattacks": the side repelling them did not make them
            if generic or means in ("assault", "clash"):
                means, generic, converted = "offensive", False, False  # attacks repelled are pushes on positions
        target = passive_target or _target(view, match.end())
        opened_fire = (UNDER_FIRE.match(phrase) is not None and FROM_AGENT.match(text, match.end()) is not None and attacker is not None
                       or FIRED_FIRST.search(phrase) is not None)  # "Cambodian troops fired first": the side that started it
        if means == "clash" and not converted and not opened_fire and not re.match(r"ambush|trap", phrase, re.I):
            attacker, target = None, None  # a clash names no attacker (GOLD_FORMAT); an ambusher is one, and so is the side firing
        if means == "clash" and re.search(r"\bbetween\b", text[match.end() : match.end() + 12], re.I):
            attacker, target = None, None
        if means == "clash" and attacker is not None and re.search(r"\b(?:both\s+sides|each\s+other)\b", text, re.I):
            attacker, target = None, None
        if re.match(r"[^.;]{0,40}?\b(?:each\s+other|one\s+another)\b", text[match.end() :], re.I) and not re.search(r"\baccus\w*\s+(?:each|one)", text, re.I):
            attacker, target = None, None  # "the two armies shelled each other": fire traded, no attacker named
        traded = TRADED_FIRE.match(phrase) is not None
        if traded:
            attacker, target = None, None  # fire traded between two sides: no attacker named
            if re.search(r"\b(?:artillery|rocket|mortar|shell)", phrase, re.I):
                means = "shelling"
        if whole_war:
            attacker = _war_owner(view, match)
            if attacker is None:
                continue  # "the invasion", "the ground incursion" with no side named: the war as a frame
        if means == "clash" and not converted and re.match(r"ambush|trap", phrase, re.I) is None and NEGATED_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue  # "there was no fighting east of Kismayo"
        noun_at = match.start() + (inner.end() if (inner := QUANTIFIER_INSIDE.match(phrase)) else 0)  # "carried out any strikes"
        if ATTACKS_IN_GENERAL_BEFORE.search(text[max(0, noun_at - 60) : noun_at]):
            continue  # "the resolution condemns all attacks on civilians", "calls for an end to all strikes": no attack told
        if NOT_CLAIMED_BEFORE.search(text[max(0, noun_at - 60) : noun_at]):
            continue  # "Hezbollah has not claimed any attacks since the truce": no attack told, and none denied
        if NO_ATTACK_BEFORE.search(text[max(0, noun_at - 20) : noun_at]) or (
                ANY_BEFORE.search(text[max(0, noun_at - 20) : noun_at]) and NEGATION.search(text, 0, noun_at)
                and not DENIAL_VERB.search(text, 0, match.start()) and not SPOKEN.search(text)):
            continue  # "no attacks were reported", "Hezbollah did not claim any attacks": none told; a side saying it made none
            # ("denied any attacks", '"our planes did not carry out any air strikes," the ministry said') denies them
        # a side saying it made none ("said they had not carried out any attacks") or disowning one ("has nothing to do with")
        made_none = ((ANY_BEFORE.search(text[max(0, noun_at - 20) : noun_at]) is not None
                      and NEGATION.search(text, max(0, noun_at - 50), noun_at) is not None and SPOKEN.search(text) is not None)
                     or NOTHING_TO_DO_WITH.search(text, max(0, match.start() - 80), match.start()) is not None)
        for code in _coordinated(view, attacker, match.start(), ATTACK_NOUN_ONLY.fullmatch(phrase) is not None):
            drafts.append(DraftClaim("attack", means, match.start(), match.end(), subject=code, object=target,
                                     stance="deny" if made_none else None))  # "said they had not carried out any attacks"
            if code is None and (unnamed_attackers or any(0 <= match.start() - a.end <= HEAD_DISTANCE and not CLAUSE_BREAK.search(text[a.end : match.start()]) for a in irregulars)):
                # "Palestinian armed groups fired rockets": irregulars named by a side's adjective head the clause; no other
                # side the text named attacking is theirs
                drafts[-1].notes["irregulars"] = "yes"
            if whole_war:
                drafts[-1].notes["whole_war"] = "yes"  # the war as background: other claims of the sentence stand as if alone
            if generic and means in ("assault", "offensive", "shelling", "airstrike"):
                drafts[-1].notes["generic"] = "yes"  # by what means, the document may have said before
            if claimed:
                drafts[-1].notes["claimed"] = "yes"  # the group claiming it names the unnamed attackers of the text
            if habitual:
                drafts[-1].notes["habitual"] = "yes"  # attacks made again and again: no one day (GOLD_FORMAT: date null)
            if operation_noun:
                drafts[-1].notes["state_operation"] = "yes"  # "an intelligence-based operation": security forces conduct it
                if code is not None and _is_group(code):
                    drafts[-1].subject = None  # "killed 13 terrorists of the TTP during an intelligence-based operation": the group is its target
            if means == "clash" and re.match(r"ambush|trap", phrase, re.I) and code in (None, SUBJECT_IS_CLAIMANT):
                drafts[-1].notes["ambush"] = "yes"  # "they then ambushed a convoy": an ambusher the text may have named before
            if traded:
                drafts[-1].notes["traded"] = "yes"  # fire both ways: not one side's attack retold
            if device_met:
                drafts[-1].notes["victims_head"] = "yes"  # the clause's head met the device: not its attacker, nor its victims' killer
            if repelled is not None:
                drafts[-1].notes["repelled"] = "yes"  # "repelled an attack, killing 20 assailants": the killer is the defender
    told_by_noun = {claim for claim, noun in claims_for if any(d.start == noun for d in drafts)}
    drafts = [d for d in drafts if d.start not in told_by_noun]
    _opening_blow_of_the_assault(text, drafts)
    return _one_per_means(text, _one_per_clause(text, drafts))


# An attack named as what opened or came with another ("overran the base after a suicide car bomb attack", "stormed the
# town following heavy shelling"): the same attackers' (GOLD_FORMAT: unnamed means and attackers come from the same event).
OPENING_BLOW_BEFORE = re.compile(r"\b(?:after|following|preceded\s+by|with|which\s+began\s+with|starting\s+with)\s+(?:an?\s+|the\s+|heavy\s+|intense\s+)*$", re.I)


def _opening_blow_of_the_assault(text: str, drafts: list[DraftClaim]) -> None:
    for index, draft in enumerate(drafts):
        if draft.subject is not None or draft.notes.get("traded") or draft.notes.get("irregulars"):
            continue
        before = [d for d in drafts[:index] if d.end <= draft.start and d.subject is not None and not d.subject.startswith("@")]
        if (before and OPENING_BLOW_BEFORE.search(text, before[-1].end, draft.start)
                and not re.search(r"[;.]|\b(?:said|says|claimed|while|but)\b", text[before[-1].end : draft.start])):
            draft.subject = before[-1].subject


# What a claim of responsibility is for, up to the attack's noun: "claimed responsibility for Sunday's ambush".
CLAIMED_FOR_NAMED = re.compile(r"\s+(?:responsibility\s+|credit\s+)?for\s+(?:(?:the|this|that|these|those|its|their|an?|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?=\w)", re.I)


def _named_attack_follows(text: str, at: int) -> bool:
    """Whether an attack trigger other than "claimed" starts at a position (the noun a claim of responsibility names)."""
    following = TRIGGER.match(text, at)
    return following is not None and re.match(r"claim", following.group(), re.I) is None


# Land used as a base for attacks: "use its soil for attacks", "its territory to launch attacks".
LAND_USED_FOR = re.compile(r"\b(?:soil|territory|land)\s+(?:for|to\s+(?:launch|stage|plan|carry\s+out|mount))\s+(?:cross-border\s+|terrorist\s+|terror\s+)?$", re.I)
# An attack ranked in an apposition after the one the sentence tells ("..., in the deadliest attack since March",
# "..., the worst such strike this year"): the same attack.
# An attack noun as the subject of a copula whose predicate is another attack noun, ranking it ("The attack on Sumy was the
# second major strike", "Sunday's bombing marked the deadliest attack"): one attack, told by its subject.
ATTACK_RANKED_AS = re.compile(
    r"\b(?:the|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|shelling|assaults?|raids?|barrages?|massacres?)"
    r"(?:\s+(?:on|in|against)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:is|was|were|are|marks?|marked|became|becomes)\s+(?:the|an?|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# Talk about an attack: "an emergency meeting on the fighting", "an investigation into the strike", "a statement about the raid".
TALK_ABOUT_BEFORE = re.compile(
    r"\b(?:meetings?|talks|sessions?|debates?|briefings?|reports?|statements?|resolutions?|comments?|remarks|discussions?|consultations|"
    r"inquir(?:y|ies)|investigations?|probes?|questions)\s+(?:\w+\s+)?(?:on|into|about|over|regarding)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
RANKED_SAME_ATTACK = re.compile(
    r",\s*(?:in\s+)?(?:what\s+(?:was|is)\s+)?(?:the|its|their)\s+(?:(?:single|latest|most|second|third)\s+)?"
    r"(?:deadliest|worst|largest|biggest|heaviest|fiercest|bloodiest|latest|most\s+\w+)\s+(?:such\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


# An armed group's noun heading the clause of "its"/"their": the possessive is the group's, not the speaker's ("the
# paramilitary group continued its attempts to storm the city").
ARMED_GROUP_OWNS = re.compile(
    r"\b(?:group|militants|rebels|insurgents|militias?|militiamen|fighters|paramilitar(?:y|ies)|jihadists|terrorists|gunmen|guerrillas|"
    r"movement|organi[sz]ation|assailants|attackers)\s+(?:(?:has|have|had|also|then|again|later|now)\s+)*(?:\w+ed|began|begun|made|kept|keeps?|"
    r"continues?|renews?|launch(?:es)?|stepp?(?:ed|s)\s+up)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# Strikes by forces that fire from the ground or the sea: "strikes launched by the army", "the navy's strikes".
GROUND_STRIKERS = r"(?:army|troops|ground\s+forces|land\s+forces|artillery|navy|naval\s+forces|rocket\s+forces|missile\s+forces)"
GROUND_STRIKER_BEFORE = re.compile(rf"\b{GROUND_STRIKERS}(?:['’]s)?\s+(?:[\w-]+\s+)?$", re.I)
GROUND_STRIKER_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}?by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{GROUND_STRIKERS}\b", re.I)
# A time adverb a passive attack may hold before its agent: "attacked overnight by Russian drones", "hit again with".
PASSIVE_ADVERB = r"(?:(?:\w+ly|again|also|overnight|today|yesterday|early|late|twice|once\s+again|on\s+\w+day)\s+)?"
PASSIVE_BY_WEAPON = re.compile(r"(?:(?:(?:badly|heavily|severely|partially|partly|completely)\s+)?(?:damaged|destroyed)|hit|struck|targeted|attacked|shelled|bombed)\s+" + PASSIVE_ADVERB + r"(?:by|with)\b", re.I)
# "A convoy came under fire", "police were shot at": the one named before the trigger is its target.
UNDER_FIRE = re.compile(r"c(?:ame|omes?|oming)\s+under|(?:were|was)\s+shot\s+at", re.I)
# The weapon fire came from: "came under fire from Russian artillery", "came under fire from an army drone".
FIRE_FROM_WEAPON = re.compile(
    r"\s+from\s+(?:[\w'’-]+\s+){0,3}?(?:(?P<air>drones?|UAVs?|aircraft|warplanes?|jets?|helicopters?|gunships?)|artillery|mortars?|rockets?|"
    r"missiles?|tanks?|howitzers?|MLRS|Grads?|gunboats?|warships?)\b", re.I)


# --- peaceful and figurative uses ------------------------------------------------------------
# Words of harm or of armed men: a sentence with one of them is read as war reporting.
VIOLENCE_CUE = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|casualt\w*|troops|soldiers?|militants?|rebels?|insurgents?|forces|"
    r"gunm[ae]n|army|military|police\w*|weapons?|guns?|bombs?|missiles?|rockets?|shell(?:s|ed|ing)|drones?|artillery|explosi\w*|"
    r"civilians?|hostages?|jihadists?|terroris\w*|fighters|militia\w*|bandits|assailants|attackers|raiders|armed|war|"
    r"insurgency|front\s*line|occupiers|invaders|warplanes?|(?:fighter\s+)?jets|air\s*strikes?|air\s+raids?|guerrillas?|blasts?|bombings?|suicide|"
    r"ambush\w*|claimed\s+responsibility)\b",
    re.I,
)
# Domains whose words borrow the vocabulary of war: sport, cyber, markets, health, politics, fires and disasters.
PEACEFUL_DOMAIN = prefiltered(re.compile(
    r"\b(?:goals?|match(?:es)?|league|striker|midfielder|defen[cs]e\s+line|tournament|championship|cup|season|coach|teams?|club|fans|"
    r"stadium|penalty|defen[cs]e(?!\s+(?:forces?|minist(?:er|ers)|secretary)\b)|scored?|innings|wickets?|semi-?finals?|quarter-?finals?|football|soccer|cricket|rugby|basketball|tennis|"
    r"hack(?:er|ers|ed|ing)?|cyber\w*|ransomware|phishing|malware|servers?|websites?|DDoS|online|"
    r"market\s+share|shares|stocks?|prices?|sales|customers|smartphones?|brands?|compan(?:y|ies)|investors|"
    r"cancer|illness|disease|virus|covid\w*|malaria|tumou?r|"
    r"senator|lawmakers?|MPs|opposition|critics?|candidates?|columnists?|editorial|parliament(?:arians)?|debate|speech|"
    r"remarks|plan|polic(?:y|ies)|proposals?|bill|budget|reforms?|tax(?:es)?|election|campaign\s+trail|"
    r"firefighters|blaze|flames|wildfires?|floods?|storms?|hurricane|cyclone|earthquake|drought|"
    r"(?:currency|trade|price|tariff|culture|bidding|streaming|console|talent|subscription|browser)\s+wars?)\b",
    re.I,
))
# Local figurative phrases, whatever the sentence ("heart attack", "charm offensive", "offensive remarks").
FIGURATIVE_PHRASE = re.compile(
    r"\b(?:heart|panic|asthma|anxiety|cyber|verbal|personal|political|rhetorical|legal|court|custody|electoral|uphill|charm|sexual|indecent)\s+$",
    re.I,
)
# Labour strikes: "a general strike", "the teachers' strike".
LABOUR_STRIKE_BEFORE = re.compile(
    r"\b(?:hunger|general|labou?r|teachers['’]?|workers['’]?|doctors['’]?|nurses['’]?|nationwide|national|wildcat|sit-down|climate|student|transport|rail)\s+$",
    re.I,
)
FIGURATIVE_FOLLOWING = re.compile(
    # an assault or attack on a freedom, a law or an institution ("an assault on press freedom", "an attack on democracy")
    r"^(?:(?:\s+on)?\s+(?:the\s+)?(?:press\s+freedom|freedom\s+of\s+\w+|freedoms?|democracy|the\s+constitution|constitution|(?:human\s+|civil\s+|women['’]s\s+)?rights|"
    r"rule\s+of\s+law|free\s+speech|judiciary|dignity|truth|science|values|sovereignty\s+of\s+parliament)\b|"
    r"\s+(?:remarks|language|comments|content|behaviou?r|tweets?|posts?|words|jokes|notice|warning|technology|copy|payment|booking|"
    r"degree|action)\b|\s+(?:the\s+)?(?:shelves|stores|headlines|screens|record|highs?|lows?)\b|\s+back\s+(?:tears|laughter|emotions?)\b|\s+(?:against|on|with)\s+(?:the\s+)?(?:cancer|illness|disease|virus|covid\w*|poverty|corruption|inflation|"
    r"drugs?|addiction|the\s+blaze|the\s+fire|flames|wildfires?|floods?)\b|\s+by\s+(?:\w+\s+)?(?:teachers|workers|doctors|nurses|"
    r"unions?|employees|staff|drivers|miners|students|dockers|dockworkers|truckers|lawyers|pilots)\b)",
    re.I,
)


def _peaceful(text: str, match: re.Match[str]) -> bool:
    """A figurative or peaceful use: a heart attack, a charm offensive, a strike by teachers, a striker's
    shot at goal, a senator attacking a plan, hackers attacking servers, firefighters battling a blaze."""
    before = text[max(0, match.start() - 30) : match.start()]
    if FIGURATIVE_PHRASE.search(before) or FIGURATIVE_FOLLOWING.match(text[match.end() : match.end() + 40]):
        return True
    verb = re.match(r"(?:fired|firing|fires|shot)\b", match.group(), re.I)
    if verb is not None and WORDS_FIRED_AT.match(text, match.start() + verb.end()):
        return True  # "fired back at Israeli accusations", "shot back at critics": words answered, not fire
    if re.search(r"\bwarning\s+shots?\b", match.group(), re.I):
        return True  # "fired warning shots to disperse the crowd", "a warning shot at speculators": a signal, not an attack
    if re.match(r"\s+(?:the\s+)?markets?\b", text[match.end() :], re.I) and not SPECIFIC_WAR_WORD.search(match.group()):
        return True  # "the phone hit the market"; but "shelled the market" is war
    if re.search(r"\b(?:in|went\s+on|go\s+on|gone\s+on|are\s+on|were\s+on|on)\s+$", before, re.I) and re.fullmatch(r"strikes?|advance", match.group(), re.I):
        return True  # "went on strike", "in advance"
    if LABOUR_STRIKE_BEFORE.search(before) and re.fullmatch(r"strikes?", match.group(), re.I):
        return True
    if (inner := re.search(r"(?i)\bstrikes?$", match.group())) is not None and LABOUR_STRIKE_BEFORE.search(match.group(), 0, inner.start()):
        return True  # "launched a hunger strike", "called a general strike": the strike's kind inside the trigger
    if FIGURATIVE_FIGHT.match(text, match.start()):
        return True  # "doctors are fighting a cholera outbreak", "battling the blaze": no enemy with arms
    if re.match(r"clash", match.group(), re.I) and CLASH_OVER.match(text, match.end()) and not VIOLENCE_CUE.search(text):
        return True  # "the senator clashed with the minister over the budget": words, not arms
    if re.fullmatch(r"battles?|fighting|fought|battled", match.group(), re.I) and CAUSE_FOUGHT_FOR.match(text, match.end()):
        return True  # "a battle for survival", "fighting against injustice": a cause, not a fight
    if re.match(r"beat", match.group(), re.I) and GAME_SCORE_AFTER.match(text, match.end()):
        return True  # "Kenya beat Uganda 2-1": a game won
    if re.match(r"beat|clash", match.group(), re.I) and SPORT.search(text) and not VIOLENCE_CUE.search(text):
        return True  # "India beat Pakistan by seven wickets in the World Cup clash": a game
    if SPECIFIC_WAR_WORD.search(match.group()):
        return False
    return bool(PEACEFUL_DOMAIN.search(text)) and not VIOLENCE_CUE.search(FIGURATIVE_WAR.sub(" ", text))


# Words of games, where a side beats another in a clash ("a World Cup clash", "beat Ghana in the semi-final").
SPORT = re.compile(
    r"\b(?:goals?|match(?:es)?|league|tournament|championship|World\s+Cup|Olympics?|semi-?finals?|quarter-?finals?|finals?|innings|wickets?|"
    r"football|soccer|cricket|rugby|basketball|tennis|hockey|volleyball|striker|midfielder|coach|stadium|fixture|derby|qualifiers?|"
    r"medals?|(?:gold|silver|bronze)\s+medal|podium|Grand\s+Slam|Test\s+series|T20|ODI)\b",
    re.I,
)
# A game's score after the side beaten: "beat Uganda 2-1", "beat the Lions 3 - 0".
GAME_SCORE_AFTER = re.compile(r"(?:[\w'’.-]+\s+){0,3}?\d{1,3}\s*[-–]\s*\d{1,3}\b")


# Words answered by "firing back": "fired back at Israeli accusations", "shot back at critics".
WORDS_FIRED_AT = re.compile(r"(?:\s+back)?(?:\s+(?:at|against|on))?\s+(?:[\w'’-]+\s+){0,3}?(?:claims?|accusations?|allegations?|critics|reports?|statements?|"
                            r"remarks|comments|charges|journalists|media|rumou?rs)\b", re.I)


# A cause fought for or against: "a fight for survival", "our struggle against occupation and tyranny".
CAUSE_FOUGHT_FOR = re.compile(
    r"\s+(?:an?\s+(?:[\w-]+\s+)?(?:battle|war|fight)\s+)?(?:for|against)\s+(?:the\s+|their\s+|its\s+|our\s+)?(?:survival|freedom|independence|justice|dignity|democracy|rights|"
    r"self-determination|liberation|invasion|occupation|oppression|injustice|corruption|impunity|poverty|cruelty|tyranny|terrorism|extremism|"
    r"climate|hunger|famine|starvation|malnutrition|cholera|disease|time|[\w-]+ism)\b",
    re.I,
)


CLASH_OVER = re.compile(r"\s+(?:with\s+(?:[\w'’-]+\s+){1,6}?)?over\b", re.I)
# Trigger words that only war uses: no domain makes them figurative.
SPECIFIC_WAR_WORD = re.compile(
    r"shell|bomb|missile|rocket|drone|UAV|air|artillery|mortar|IED|grenade|mine|explosi|invasion|incursion|military|ambush|\bfire\b|"
    r"assault|beat|stab|lynch|behead|tortur|gunned|shot\s+(?:dead|and)|massacre|clash", re.I
)


# A bare "strike" names an attack only with an attacker, a target or an impact ("US strikes in Iraq",
# "strikes by the coalition", "launched strikes", "the strikes hit a depot"), not "a strike at the port".
STRIKE_QUALIFIER_BEFORE = re.compile(
    r"(?:\b(?:launch\w*|carr(?:y|ied|ies|ying)\s+out|conduct\w*|order\w*|authori[sz]\w*|precision|precise|retaliatory|punitive|"
    r"pre-?emptive|deadly|fresh|new|renewed|overnight|targeted|military|missile|drone|air|aerial|long-range|cross-border|heavy|massive)\s+(?:\w+\s+){0,2}$"
    # strikes counted in waves ("Israel kills top commanders in wave of strikes", "a new round of strikes")
    r"|\b(?:wave|waves|round|rounds|barrage)\s+of\s+$)",
    re.I,
)
STRIKE_QUALIFIER_AFTER = re.compile(
    r"^\s+(?:(?:on|against|targeting|by|launched|carried|conducted|that\s+(?:hit|killed|targeted|struck)|attributed\s+to|blamed\s+on)\b|(?:in|near)\s+(?:the\s+)?[A-Z]|"
    r"(?:\w+\s+)?(?:hit|struck|targeted|destroyed|damaged|killed|wounded|injured|levelled|leveled|flattened|pounded|"
    # a headline's present ("Iskander strike destroys HIMARS", "strike kills 12 at a market")
    r"hits|targets|destroys|damages|kills|wounds|injures|levels|flattens)\b)"
)


def _strike_event(view: SentenceView, match: re.Match[str]) -> bool:
    text = view.text
    if STRIKE_QUALIFIER_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
        return True
    if STRIKE_QUALIFIER_AFTER.match(text[match.end() : match.end() + 40]):
        return True
    if DENIED_PART_IN.search(text, max(0, match.start() - 60), match.start()):
        return True  # "denied any involvement in the strikes": the strikes told before, denied by a party
    qualifier = view.last_actor_before(match.start())
    return qualifier is not None and bool(re.fullmatch(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s*", text[qualifier.end : match.start()]))


SPEAKER_PRONOUN_BEFORE = re.compile(r"\b(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|then\s+|successfully\s+|again\s+)?$", re.I)
# The speaker's pronoun heading a first predicate, coordinated with the attack's verb: "said it shot down two drones and
# retaliated with artillery", "said they repelled the assault and then shelled".
SPEAKER_PRONOUN_COORDINATED = re.compile(
    r"\b(?:(?:said|says|added|claimed|announced|stated)\s+(?:that\s+)?|that\s+)(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:[\w'’-]+\s+){1,8}?(?:and|then)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
# The same pronoun before a progressive gerund: "the group said it was targeting Israeli positions".
SPEAKER_PRONOUN_PROGRESSIVE = re.compile(r"\b(?:it|they|we)\s+(?:was|were|is|are|(?:had|have|has)\s+been)\s+(?:also\s+|still\s+|now\s+)?$", re.I)


def _opens_quoted_third_person(text: str, position: int) -> bool:
    """Whether a "they" before `position` speaks inside a quotation the sentence opens ('"They burned shelters," the
    spokesman said'): the speaker's own side is "we" there, and "they" is the party spoken of."""
    before = text[:position]
    opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
    return opened >= 0 and opened > before.rfind("”")


def _speaker_pronoun_before(phrase: str, before: str) -> bool:
    """Whether the speaker's pronoun heads the verb of attack, in the progressive or after its answer for a gerund ("said
    it was striking", "said it retaliated by striking")."""
    return bool(SPEAKER_PRONOUN_BEFORE.search(before) or (GERUND.fullmatch(phrase) and (SPEAKER_PRONOUN_PROGRESSIVE.search(before)
                                                                                       or RESPONSE_BY_SPEAKER.search(before))))


# An attack noun framing a harm, then a relative clause telling what it hit: "killed in the strikes, which hit a mosque".
FRAMED_ATTACK_RELATIVE = re.compile(
    r"\b(?:in|by|during|from)\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|shelling|bombardments?|barrages?)\s*,\s*(?:which|that)\s+(?:also\s+)?$",
    re.I,
)
# The head of a clause telling one more attack with its noun left out: "Another hit a tent", "A second struck the school".
ELLIPTICAL_ATTACK_HEAD = re.compile(r"(?:^|[.;]\s+|,\s+and\s+|\band\s+)[\"“]?(?:another|a\s+(?:second|third|fourth)|the\s+(?:other|second|third|last))\s+(?:one\s+)?$", re.I)


def _verb_strike_event(view: SentenceView, match: re.Match[str]) -> bool:
    """'struck', 'hit', 'targeted' name an attack with a side (or its pronoun) heading the clause, in the active
    voice, and a target that is not a deal, a record or a market ("Israel struck Hezbollah targets")."""
    text = view.text
    before = text[max(0, match.start() - 30) : match.start()]
    if VERB_STRIKE_FIGURATIVE.match(text[match.end() : match.end() + 80]):
        return False
    if GERUND.fullmatch(match.group()) and WITH_FORCES_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
        return True  # "raided Jenin, with drones striking fighters": the forces head the gerund
    if VERB_STRIKE_PASSIVE.search(before) and not GERUND.fullmatch(match.group()):
        # "Residential areas of Kherson were targeted overnight", "two hospitals were hit on Sunday": an attack whose
        # attacker the text may name elsewhere; "the economy was hit" is none
        window = text[max(0, match.start() - 80) : match.start()]
        return (bool(STRUCK_PLACE_BEFORE.search(window)) and not re.match(r"\s+(?:by|with|hard)\b", text[match.end() :], re.I)
                and not re.search(r"\b(?:no|not|never|none|nothing|neither|nor)\b", window, re.I))  # "no infrastructure was hit"
    if (re.fullmatch(r"struck|hit|targeted", match.group(), re.I) and STRUCK_PLACE_HEADLINE.search(text[max(0, match.start() - 80) : match.start()])
            and not text.rstrip().endswith((".", "!", "?", '"', "”")) and len(text) <= 200):
        # a headline's passive without its auxiliary: "Odesa port struck again; grain silos damaged"
        return not re.match(r"\s+(?:by|with|hard)\b", text[match.end() :], re.I) and not re.search(r"\b(?:no|not|never)\b", before, re.I)
    if re.match(r"\s+(?:by|with|from|in|at|on|as|after|while|when|during|over)\b|\s*[,.;:]|\s*$", text[match.end() :], re.I):
        return False  # "targeted by", "hit in the leg": no target of its own
    if DEVICE_MET.match(text, match.start()):
        return False  # "the convoy hit a landmine": the mine is the attack, its head the victim
    if re.fullmatch(r"targets|hits", match.group(), re.I) and (PLURAL_NOUN_AFTER.match(text, match.end()) or COUNTED_BEFORE.search(before)):
        return False  # "struck Hezbollah targets across Gaza", "Hamas targets near the border": the noun, what was struck
    if re.search(r"\b(?:strikes?|attacks?|raids?|shelling|bombardments?|barrages?|missiles?|rockets?|drones?|shells?|bombs?|projectiles?|fire)"
                 r"(?:\s+(?:launched\s+|carried\s+out\s+|fired\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?=(?:\w+ly|later|then|also|again|overnight)\s)|\s+)"
                 r"(?:(?!(?:as|while|when|after|before|and|but|since|because|whereas|until|following)\b)[\w-]+\s+){0,2}$",  # not a new clause's head
                 text[max(0, match.start() - 70) : match.start()], re.I):
        return False  # "Russian strikes hit a depot", "drone strikes by the air force later targeted": the attack named before is the subject, told
        # once; not across a conjunction ("retaliated with artillery fire after India struck nine sites": India heads its own clause)
    if AIR_DEFENCE_TARGET.match(text, match.end()) or re.search(r"\bair[\s-]+defen[cs]es?\b[^.;]{0,40}$", before, re.I):
        return False  # "air defences struck two jets", "targeted an F-35": a shooting down (materiel), not an attack
    if FRAMED_ATTACK_RELATIVE.search(text, max(0, match.start() - 80), match.start()) and re.fullmatch(r"hit|struck|targeted", match.group(), re.I):
        return True  # "killed in the strikes, which hit a mosque in Bahawalpur": the framed attack retold with its target (GOLD_FORMAT)
    if ELLIPTICAL_ATTACK_HEAD.search(text, 0, match.start()) and re.fullmatch(r"hit|struck|targeted", match.group(), re.I):
        return True  # "One strike hit a house ... Another hit a tent": the attack noun left out after "another", "a second"
    if _speaker_pronoun_before(match.group(), before) or OWN_FORCES_HEAD.search(before):
        return True  # "the group said it struck a depot", "the ministry said its forces hit a depot": the speaker's side
    head = _clause_head(view, match.start())
    if head is None:
        head = _shared_subject(view, match.start())  # "shot down a Su-34 and then struck a command post": the first verb's head
    if head is None and UNNAMED_ARMED_HEAD.search(text[max(0, match.start() - 120) : match.start()]):
        return True  # "the assailants, who came on motorbikes, targeted the base": armed men the text may name elsewhere
    if head is None or head.startswith("@"):
        return head is not None
    actor = load_registry().actor(head)
    return actor is not None and actor.kind in ("state", "group")


# Armed men left unnamed heading the verb, past a relative clause or an appositive set off by commas ("the assailants,
# who arrived on motorcycles, targeted", "gunmen struck"): the verb names an attack whose attacker is found elsewhere.
UNNAMED_ARMED_HEAD = re.compile(
    r"(?:^|[.;:]\s*|\b(?:the|suspected|armed|heavily\s+armed|unidentified|unknown)\s+)(?:[\w-]+\s+)?(?:assailants|attackers|gunm[ae]n|militants|jihadists|"
    r"insurgents|terrorists|bandits|raiders|armed\s+men|fighters)(?:\s*,[^,;.]{2,80},)?\s+(?:(?:had|have|has|also|then|later|reportedly|allegedly)\s+)*$",
    re.I,
)


# A number or quantity before "targets": the noun, counted ("hit more than 3,000 Hezbollah targets since Monday").
COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,.]*|dozens|hundreds|thousands|scores|several|many|numerous|multiple|more|other)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# What follows "targets" or "hits" as a plural noun, not a verb: a place phrase or the end of the object ("struck
# Hezbollah targets along the border", "Russian army targets near Pokrovsk", "direct hits and ...").
PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?:across|along|near|inside|around|throughout|belonging|including|linked|used|and|or|that|which|overnight|since|during|over|"
    r"(?:on|in)\s+(?:the\s+)?(?:north|south|east|west|centre|center|outskirts|area|region|city|town|border)\w*)\b", re.I)


# Places and things struck, heading a passive "were targeted", "was hit".
STRUCK_PLACES = (
    r"\b(?:areas?|facilit(?:y|ies)|infrastructure|buildings?|homes?|houses?|hospitals?|schools?|villages?|towns?|city|cities|districts?|"
    r"neighbou?rhoods?|bases?|positions|ports?|airports?|airfields?|depots?|refiner(?:y|ies)|plants?|stations?|markets?|camps?|convoys?|"
    r"ships?|vessels?|tankers?|bridges?|mosques?|churches?|shelters?|settlements?|substations?|warehouses?|headquarters|checkpoints?|posts?|"
    # people struck ("civilians were targeted as they queued for bread")
    r"civilians|residents|villagers|worshippers|patients|journalists|aid\s+workers|displaced\s+(?:people|families)|crowds?)"
    r"(?:\s+(?:in|of|near|on|at|around|outside)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s+"
)
STRUCK_PLACE_BEFORE = re.compile(
    STRUCK_PLACES + r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being)\s+(?:\w+ly\s+|also\s+|again\s+)?$", re.I)
# A headline drops the auxiliary of the passive: "Odesa port struck again", "Kharkiv power plant hit".
STRUCK_PLACE_HEADLINE = re.compile(STRUCK_PLACES + r"$", re.I)
# Aircraft, drones and missiles as what was struck: air defence at work, not an attack.
AIR_DEFENCE_TARGET = re.compile(
    # the object's own words, not a clause after it ("hits Hezbollah sites after rocket fire": the sites were hit)
    r"\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:(?!(?:after|before|following|in|on|at|near|with|as|while|and|amid|from)\s)[\w-]+\s+){0,3}?(?:F-\d+s?|fighter\s+jets?|warplanes?|jets?|aircraft(?!\s+carriers?)|planes?|"
    r"helicopters?|drones?|UAVs?|missiles?|rockets?)\b",
    re.I,
)
# Bombers named before the verb: "the suicide bombers targeted checkpoints" bombed them.
BOMBER_BEFORE = re.compile(r"\b(?:suicide\s+(?:bombers?|attackers?)|car\s+bombs?|bombers?|IEDs?|explosives?)\b", re.I)


def _verb_strike_means(text: str, match: re.Match[str]) -> str:
    """By what a side struck: aircraft or drones named around the verb make it an air strike, artillery,
    rockets or missiles shelling; with no cue it fired from a distance (GOLD_FORMAT: `shelling`)."""
    clause = re.split(r"[;.]|\b(?:while|but|whereas|said|says|after|before|when)\b", text[match.end() : match.end() + 100], maxsplit=1)[0]
    clause = re.sub(r"\b(?:air[\s-]+defen[cs]es?|air\s*bases?|airfields?|airports?|air\s+force\s+base)\b", " ", clause, flags=re.I)  # targets, not means
    head = text[max(0, match.start() - 50) : match.start()]
    if BOMBER_BEFORE.search(text[max(0, match.start() - 120) : match.start()]) and not AIR_MEANS.search(head):
        return "bombing"
    if MIXED_GROUND_WEAPON.search(clause) or GROUND_WEAPON.search(clause):
        return "shelling"
    if AIR_MEANS.search(clause) or re.search(r"\b(?:air\s+force|aircraft|jets?|warplanes?|drones?|UAVs?|helicopters?|pilots?)\s+(?:[\w-]+\s+){0,2}$", head, re.I):
        return "airstrike"
    for model in MODEL_NAME.finditer(clause):
        if MEANS_OF_WEAPON.get(weapon_category(model.group()) or "") == "airstrike":
            return "airstrike"  # "destroyed a command post with an F-16 strike", "hit the depot with Bayraktar TB2s"
    if AIR_WEAPON_SENT_BEFORE.search(text[max(0, match.start() - 80) : match.start()]):
        return "airstrike"  # "a drone launched by the Houthis struck", "drones fired from Iraq hit": the drone names the means
    if UNNAMED_ARMED_HEAD.search(text[max(0, match.start() - 120) : match.start()]):
        return "assault"  # "gunmen targeted a bus": armed men who went in, not fire from a distance (GOLD_FORMAT)
    return "shelling"


# A weapon named by its model code or make ("F-16", "Su-25", "Bayraktar", "Rafale").
MODEL_NAME = re.compile(r"(?-i:\b[A-Z][A-Za-z]{0,4}-\d{1,3}[A-Za-z]{0,3}\b|\b(?:Rafale|Mirage|Bayraktar|Shahed|Harop|Gripen|Sukhoi|MiG)\b)")
# An aircraft or drone heading the verb past the phrase that says whose or whence it was: "a drone launched by the
# Houthis", "drones fired from Iraq", "a warplane belonging to the army".
AIR_WEAPON_SENT_BEFORE = re.compile(
    r"\b(?:drones?|UAVs?|warplanes?|jets?|aircraft|helicopters?)\s+(?:(?:launched|fired|sent|flown|operated|belonging)\s+(?:by|from|to)\s+"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:(?:also|later|then|reportedly|had|has|have)\s+)*$", re.I)
# Materiel categories of a named weapon and the means of an attack made with it.
MEANS_OF_WEAPON = {"aircraft": "airstrike", "helicopter": "airstrike", "drone": "airstrike", "artillery": "shelling", "tank": "shelling", "ship": "shelling"}


def _named_weapon_means(text: str, start: int) -> str | None:
    """The means of a weapon named just before a strike ("a HIMARS strike", "an Israeli F-35 struck", "Su-34 bombers")."""
    words = re.findall(r"[\w-]+", text[max(0, start - 30) : start])[-3:]
    for first in range(len(words)):
        category = weapon_category(" ".join(words[first:]))
        if category is not None:
            return MEANS_OF_WEAPON.get(category)
    return None


# Attacks told as a habit or a trend ("launches regular attacks", "stepped up attacks", "a string of attacks").
# A side said to attack again and again: "frequently carries out such attacks", "regularly stages attacks".
HABITUAL_ADVERB_BEFORE = re.compile(
    r"\b(?:frequently|regularly|often|routinely|repeatedly|habitually)\s+(?:carr(?:y|ies|ied)\s+out|stag(?:e|es|ed)|launch(?:es|ed)?|"
    r"conduct(?:s|ed)?|mount(?:s|ed)?)\s+(?:such\s+|similar\s+)?$", re.I)
HABITUAL_BEFORE = re.compile(
    r"\b(?:frequent|repeated|regular|daily|near-daily|nightly|constant|persistent|sporadic|stepp?(?:ed|s|ing)?\s+up|string\s+of|"
    r"series\s+of|wave\s+of|spate\s+of|campaign\s+of)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# The war by its official name, for the side that names it so.
WAR_NAMES: dict[str, str] = {"special military operation": "RUS"}
NEGATED_BEFORE = re.compile(r"\b(?:no|without)\s+(?:\w+\s+)?$", re.I)
# Attacks told as none: "no attacks", "no new strikes"; "any attacks" after a negation ("has not carried out any attacks").
NO_ATTACK_BEFORE = re.compile(r"(?<![-\w])no\s+(?:(?:new|further|other|more|major|such|reported|fresh|immediate)\s+)?$", re.I)
ANY_BEFORE = re.compile(r"\bany\s+(?:(?:new|further|other|more|major|such|fresh)\s+)?$", re.I)
NEGATION = re.compile(r"\b(?:not|never|nobody|no\s+one|neither|nor)\b|n['’]t\b", re.I)
# A verb of making attacks before its noun inside one trigger ("carried out any strikes", "launched no attacks").
QUANTIFIER_INSIDE = re.compile(r"(?:[\w-]+\s+){1,2}?(?:any|no)\s+", re.I)
# Attacks named in general, as a kind condemned, opposed or to be stopped: "condemns all attacks on civilians", "an end to all
# strikes", "against any attack on UN staff".
ATTACKS_IN_GENERAL_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|reject\w*|oppos\w*|against|end\s+to|stop(?:s|ped|ping)?|halt\w*|ban\w*|prohibit\w*|cessation\s+of|deplor\w*)\s+"
    r"(?:all|any)\s+(?:(?:forms?|kinds?|types?)\s+of\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# A side disowning an attack: "Pakistan has nothing to do with the Pahalgam attack" (GOLD_FORMAT: a denied attack, stance deny).
NOTHING_TO_DO_WITH = re.compile(r"\b(?:has|had|have|having)\s+(?:had\s+)?(?:absolutely\s+)?nothing\s+to\s+do\s+with\s+(?:the\s+|this\s+|that\s+|any\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# A claim of attacks not made: "has not claimed any attacks", "no group has yet claimed responsibility for any strikes".
NOT_CLAIMED_BEFORE = re.compile(r"(?:\b(?:not|never)\s+(?:yet\s+|\w+ly\s+)?|n['’]t\s+(?:yet\s+)?)claim(?:ed)?\s+(?:responsibility\s+for\s+)?(?:any|an?)\s+(?:[\w-]+\s+)?$", re.I)
# A side's words in the sentence: a quotation or a verb of saying.
SPOKEN = re.compile(r"[“”\"]|\b(?:said|says|say|told|stated|claimed|claims|announced|added|insisted|wrote|according\s+to)\b", re.I)
DENIAL_VERB = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?)\b", re.I)
# Accidents that explode: gas, boilers, fireworks, factories (an explosion there is no bombing unless armed men are named).
ACCIDENT = re.compile(
    r"\b(?:gas|boiler|cylinder|leak\w*|accident\w*|fireworks|chemicals?|refinery|factory|plant|pipeline|short\s+circuit|coal\s+mine|"
    r"mine\s+shaft|fuel\s+tanker|tanker\s+truck|industrial|warehouse\s+fire)\b",
    re.I,
)
ARMED_CAUSE = re.compile(r"\b(?:bomb\w*|attack\w*|militants?|insurgents?|terroris\w*|jihadists?|suicide|IEDs?|explosive\s+devices?|claimed|rebels?)\b", re.I)
# Weapons named without an attack: tests, space launches, drills, crowd control, ordnance found or cleared,
# civil aircraft, people fired from a job.
NOT_AN_ATTACK_CONTEXT = prefiltered(re.compile(
    r"\b(?:SpaceX|NASA|space|satellites?|orbit\w*|test(?:s|-fired|-fire|ed)?|test\s+launch\w*|drills?|(?:military\s+)?exercises?|into\s+the\s+sea|"
    r"parade|tear\s*gas|rubber\s+bullets|water\s+cannons?|warning\s+shots|stun\s+grenades?|pepper\s+spray|plastic\s+bullets|"
    r"(?:found|discovered|defused|seized|recovered|disarmed|cleared|removed|dismantled|deactivated|detected|unearthed)\s+(?:\w+\s+){0,3}?"
    r"(?:bombs?|grenades?|mines?|landmines?|IEDs?|explosives?|(?:improvised\s+)?explosive\s+devices?|shells?|ordnance)|de-?mining|demined|"
    r"mine\s+clearance|(?:passenger|commercial|private|business|cargo|civilian|small|light|training)\s+(?:\w+\s+)?(?:plane|jet|aircraft|helicopter)s?|"
    r"airliners?|fired\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:spokes\w+|minister|coach|manager|chief|head|director|CEO|staff|employees?|aides?|advis[eo]rs?|secretary|officials?))\b",
    re.I,
))
# A device found or seized before its noun, in a list of what was taken ("recovered three M16 rifles and an IED").
DEVICE_RECOVERED_BEFORE = re.compile(
    r"\b(?:found|discovered|defused|seized|recovered|disarmed|dismantled|deactivated|detected|unearthed|confiscated|impounded|"
    r"neutrali[sz]ed)\s+(?:(?!(?:and|then|before|after|when|which|that)\s+\w+ed\b)[\w,'’-]+\s+){0,8}?$", re.I)
DEVICE_WENT_OFF = re.compile(r"\b(?:explo(?:ded|des|sions?)|detonat\w*|blasts?|went\s+off|attacks?|bombings?|hurled|threw|planted|placed|laid|"
                             r"stepp\w*|trod|killed|wounded|injured|hit|struck)\b", re.I)
# A subordinating word alone between a clause's last actor and a weapon opening the next clause ("... Port Sudan as drones hit").
SUBORDINATOR_ONLY = re.compile(r"\s*,?\s*(?:after|before|when|while|whereas|as|because|until|once|and)\s+", re.I)
# Explosions told beside the weapons that made them: "explosions rocked Kyiv as missiles struck", "blasts were heard as drones
# hit the port" (the strike is the attack; the blasts are no bomb).
EXPLOSION_HEAD = re.compile(r"(?:explosions?|blasts?)\b", re.I)
WEAPON_STRIKING = re.compile(rf"\b(?:{AIR_WEAPONS}|{GROUND_WEAPONS})\s+(?:[\w-]+\s+){{0,2}}?{IMPACT_VERBS}|\b(?:air\s*strikes?|drone\s+strikes?|missile\s+strikes?|shelling)\b", re.I)
# Live rounds fired: an attack, whatever riot gear was fired beside them ("live ammunition and stun grenades").
LIVE_FIRE = re.compile(r"\blive\s+(?:bullets|ammunition|rounds|fire)\b", re.I)
ARMED_ACTORS = re.compile(r"\b(?:attack\w*|militants?|insurgents?|terroris\w*|jihadists?|rebels?|gunm[ae]n|claimed\s+responsibility)\b", re.I)
# "X claimed responsibility for the bombings": X attacked.
RESPONSIBILITY_BEFORE = prefiltered(re.compile(
    r"\b(?:claim\w*|took|tak(?:e|es|ing)|accept\w*|admit\w*)\s+(?:responsibility|credit)\s+for\s+(?:[\w'’-]+\s+){0,5}$|-claimed\s+(?:[\w'’-]+\s+){0,2}$"
    # a side saying it was behind the attack ("ISWAP said it was behind the attack", "the group said it carried out the raid")
    r"|\b(?:said|says|claimed|claims|announced)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been|is|are)\s+behind\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$"
    r"|\bclaimed\s+by\s+",
    re.I,
))
# An attack claimed by the clause's subject: "Islamic State claimed the bombing", "the group claims Sunday's attack".
CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "the attack, claimed on Wednesday by JNIM, ...", "the bombing was claimed by IS": its claimer, after it.
CLAIMED_BY_AFTER = re.compile(r"[,\s]+(?:(?:was|were|has\s+been|had\s+been|later|since|swiftly|quickly)\s+)*claimed\b(?!\s+(?:that|to)\b)", re.I)
# "claimed the strikes targeted hideouts": a verb after the attack noun makes "claimed" a verb of saying.
CLAIMED_THAT_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:targeted|hit|struck|killed|destroyed|caused|left|were|was|had|have|has|did|would|will|only)\b", re.I)
# Responsibility not claimed: "no group has claimed", "nobody has yet claimed", "there was no immediate claim of".
NO_CLAIM_BEFORE = re.compile(
    r"\b(?:no(?:\s+(?:one|group|organi[sz]ation|faction|party|side))?|nobody|none)\s+(?:\w+\s+){0,3}?(?:claimed|claim)\b"
    r"|\b(?:has|have|had|did|do|does)\s+not\s+(?:yet\s+|immediately\s+)?(?:claimed|claim)\b|\bunclaimed\b",
    re.I,
)
# "blamed the attack on X": X attacked.
BLAME_BEFORE = re.compile(r"\bblam(?:ed|es|ing|e)\s+(?:(?:the|a|an|this|that|these|those)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
BLAMED_ON = re.compile(r"\s+on\s+(?:the\s+)?", re.I)
# The one blamed after the attack's clause: "drones hit the airport, the army said, blaming the RSF", "..., and accused Kyiv".
BLAMING_AFTER = re.compile(r"[^.;:]{0,100}?,\s+(?:and\s+)?(?:blaming|blamed|accusing|accused)\s+(?:the\s+)?(?=\S)", re.I)


def _responsibility_claimer(view: SentenceView, match: re.Match[str]) -> str | None:
    """The actor claiming an attack: heading 'claimed responsibility for', before '-claimed', or after 'claimed by'."""
    text = view.text
    window_start = max(0, match.start() - 80)
    found = RESPONSIBILITY_BEFORE.search(text[window_start : match.start()])
    if found is not None:
        at = window_start + found.start()
        if found.group().startswith("-"):
            actor = view.last_actor_before(at + 1)
            return actor.code if actor is not None and at - actor.end < 3 else None
        head = _clause_head(view, at)
        return head if head is not None else SUBJECT_IS_CLAIMANT
    # "the attack, claimed by JNIM", "the bombing was later claimed on Telegram by the Islamic State"
    after = re.match(r"[,\s]+(?:(?:was|were|has\s+been|had\s+been|later|since|swiftly|quickly)\s+)*claimed\s+(?:(?:on|in|via|through)\s+(?:\w+\s+){1,3}?|\w+\s+)?by\s+(?:the\s+)?",
                     text[match.end() : match.end() + 70], re.I)
    if after is not None:
        actor = view.first_actor_after(match.end())
        if actor is not None and actor.start - (match.end() + after.end()) < 30:
            return actor.code
    return None


# --- the whole war as one side's act (GOLD_FORMAT: "Russia's invasion" is one `offensive`) ------
WHOLE_WAR = re.compile(r"invasion|invaded|incursions?|special\s+military\s+operation|military\s+campaign", re.I)
# "Russia's attack on Ukraine", "Russia's war against Ukraine": one state's war on another.
WAR_ON_STATE = re.compile(r"^\s+(?:on|against|in|of)\s+(?:the\s+)?$", re.I)


def _whole_war_attack(view: SentenceView, match: re.Match[str]) -> bool:
    """'amid Russia's attack on Ukraine': one state's attack on another state, the war itself."""
    if not re.fullmatch(r"attack|war", match.group(), re.I):
        return False
    owner = view.last_actor_before(match.start())
    victim = view.first_actor_after(match.end())
    if owner is None or victim is None or owner.code == victim.code or not _is_state(owner.code) or not _is_state(victim.code):
        return False
    if not re.search(r"['’]s$", owner.text) and not re.match(r"['’]s", view.text[owner.end :]):
        return False
    if not re.fullmatch(r"(?:['’]s)?(?:\s+(?:full-scale|all-out|unprovoked|ongoing))?\s+", view.text[owner.end : match.start()]):
        return False
    return bool(WAR_ON_STATE.match(view.text[match.end() : victim.start]))


# The agent right after the war's noun: "an incursion by M23 rebels".
WAR_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)


def _war_owner(view: SentenceView, match: re.Match[str]) -> str | None:
    """Whose war: the possessive or adjective on it ("Kyiv's largest incursion", "the Russian invasion"), the
    subject that launched it ("Azerbaijan launched its large offensive"), or its official name's side."""
    text = view.text
    named = WAR_NAMES.get(re.sub(r"\s+", " ", match.group().lower()))
    if named is not None:
        return named
    agent = WAR_BY.match(text, match.end())
    actor = view.first_actor_after(match.end()) if agent is not None else None
    if actor is not None and actor.start <= agent.end() + 2:
        return actor.code  # "an incursion by M23 rebels", "the invasion by Russian troops"
    qualifier = view.last_actor_before(match.start())
    if qualifier is None:
        return None
    between = text[qualifier.end : match.start()]
    possessive = re.search(r"['’]s$", qualifier.text) or between.startswith(("'s", "’s"))
    if re.fullmatch(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+", between) and (possessive or qualifier.role in ("adjective", "demonym")):
        return qualifier.code
    if (re.fullmatch(r"\s+", between) and qualifier.role not in ("capital", "pronoun", "generic")
            and not PLACE_BEFORE.search(text[: qualifier.start]) and not TARGET_BEFORE.search(text[: qualifier.start])):
        return qualifier.code  # "repelled an RSF incursion", "a Hamas incursion": the group's name on the noun
    if re.search(r"\b(?:launch\w*|beg[au]n|start\w*|continu\w*|wag\w*|ma(?:de|ke|kes|king)|escalat\w*|step\w*\s+up|expand\w*|carr(?:y|ies|ied|ying)\s+out|conduct\w*|"
                 r"mount\w*|stag(?:e|es|ed|ing))\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,2}$", text[: match.start()], re.I):
        head = _clause_head(view, match.start())
        return head if head is not None and not head.startswith("@") else None
    if OWN_WAR_SINCE.search(text, max(0, match.start() - 60), match.start()):
        return _sentence_subject(view, match.start())  # "Moscow has struck the grid since the start of its full-scale invasion"
    return None


# The war as the time frame of the sentence's subject's acts, by a possessive pointing back to it: "since the start of its
# full-scale invasion", "during their invasion".
OWN_WAR_SINCE = re.compile(
    r"\b(?:since|after|before|during|throughout|in|amid)\s+(?:the\s+(?:start|beginning|outbreak|launch|first\s+days?)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
IRREGULARS_AFTER = re.compile(
    r"\s+(?:(?:armed|militant|radical|islamist|jihadist|rebel|separatist|tribal|local|rival|Shiite|Shia|Sunni)\s+)?(?:militants|militias?|militiamen|rebels|insurgents|"
    r"gunmen|(?:armed\s+)?groups|factions|guerrillas|jihadists|separatists|extremists|islamists|paramilitaries|terrorists|"
    # one person named by nationality ("a British man blew himself up", "a French national carried out the bombing"): an
    # unnamed attacker, not the state's forces
    r"(?:[\w-]+\s+)?(?:m[ae]n|wom[ae]n|nationals?|citizens?|teenagers?|youths?|converts?|suicide\s+bombers?|gunman|assailant|attacker))\b", re.I)


def _state_or_authority(code: str) -> bool:
    actor = load_registry().actor(code)
    return actor is not None and actor.kind in ("state", "authority")


def _is_state(code: str) -> bool:
    actor = load_registry().actor(code)
    return actor is not None and actor.kind == "state"


# --- later mentions that only frame another claim ("killed in the strike", "the attack came after") --
# A trigger opening with a verb in the past ("stormed", "attacked an army camp"): "from the group attacked" is its subject
# before it, not a frame (not "in the armed clashes").
PAST_VERB = re.compile(r"(?!armed\b)[a-z]+ed\b", re.I)
FRAMING_BEFORE = re.compile(
    r"\b(?:in|during|after|following|since|before|prior\s+to|ahead\s+of|amid|amidst|in\s+the\s+wake\s+of|links?\s+to|"
    r"involvement\s+in|about|from|for|to|as\s+a\s+(?:result|consequence)\s+of|because\s+of|due\s+to)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "assisted in conducting the raids": a definite attack noun after a verb of doing points back to the attack told, unless the
# trigger names its target ("Hamas carried out the attack on the checkpoint" tells the attack)
CARRIED_OUT_THE = re.compile(r"\bout\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "killed in the strike", "wounded in the attack": "in the" frames a harm told by its own claim; "took part in the
# attack", "in the fighting that followed" tell of the attack itself.
HARM_BEFORE_IN = re.compile(
    r"\b(?:kill\w*|dead|died|die|deaths?|wound\w*|injur\w*|hurt|lost|destroy\w*|damag\w*|casualt\w*|victims?|perish\w*|martyr\w*|"
    r"lives|toll|bodies|hit|struck|downed|shot\s+down|captured|missing)\b(?:,?\s+[\w'’-]+){0,12}\s*$",
    re.I,
)
INFORMATIVE_AFTER = re.compile(
    r"^\s*(?:(?:on|against|targeting|at|between|that|which|in\s+which|by|near|outside|around|lasting|launched|carried|claimed|staged|perpetrated|mounted|blamed)\b|"
    r"(?:in|of)\s+(?:the\s+)?[A-Z])"
)
# A definite attack noun heading its sentence with a comment for predicate ("The fighting comes as ...",
# "The clashes ... are part of a larger conflict", "The attack ... was the deadliest").
COMMENT_PREDICATE = re.compile(
    r"^[^.;]{0,60}?\b(?:(?:is|was|are|were)\s+(?:part\s+of|the\s+(?:deadliest|worst|latest|biggest|largest|most|first|second|third)|"
    r"one\s+of|among|an?\s+(?:[\w-]+\s+){0,2}(?:act|action|crime|violation|mistake|escalation|provocation|attempt|blow|message|response))|"
    r"comes?\s+(?:as|after|amid)|came\s+(?:as|after|amid)|inflicted|drew|sparked|prompted|marked|"
    # the time set between ("came a day after", "comes just hours after", "came two weeks before")
    r"c(?:ame|omes?)\s+(?:(?:just|only|barely|a|an|one|two|three|four|five|several|few|hours?|days?|weeks?|months?)\s+){1,3}(?:after|before))\b",
    re.I,
)
TIME_WORDS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|yesterday|today|overnight|tonight|last\s+night|this\s+morning)\b"
)


# An accusation pointing back to an attack told before: it names the attacker, the accuser claims it ("Russia blamed
# Ukraine for the attack", "Kyiv accused Moscow of carrying out the strike", "the two sides blamed each other for the blast").
ACCUSED_OF_TOLD = re.compile(
    r"\b(?:blam(?:ed|es|ing|e)|held|holds?|accus(?:ed|es|ing|e)|charg(?:ed|es|ing))\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:for|of|responsible\s+for)\s+(?:(?:carrying\s+out|launching|staging|conducting|perpetrating|committing|being\s+behind|"
    r"orchestrating|masterminding)\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# A party denying its part in an attack told before: "denied any involvement in the strikes", "rejects any role in the
# bombing" (GOLD_FORMAT: denying an attack is the attack's claim with stance deny, by the denier).
DENIED_PART_IN = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed|dismisses)\s+(?:\w+ly\s+)?(?:(?:any|all|its|their|his|her|a)\s+)?"
    r"(?:involvement|role|part|hand|participation|complicity)\s+in\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _framing_mention(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 50) : match.start()]
    after = text[match.end() : match.end() + 80]
    if re.search(r"responsib\w+\s+for\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", before, re.I) or AGENT_AFTER.match(text, match.end()):
        return False  # "claimed responsibility for the bombings", "that attack, claimed by IS, ...": adds the attacker
    if DENIED_PART_IN.search(before):
        return False  # "Washington denied any involvement in the strikes": the denier named as the attacker it says it is not
    if ACCUSED_OF_TOLD.search(text[max(0, match.start() - 90) : match.start()]):
        return False  # "Russia blamed Ukraine for the attack": the accusation names the attacker (GOLD_FORMAT)
    # a preposition frames an attack's noun ("in the attack"), not a verb with its subject ("loyal to the Fano militia stormed")
    framing = FRAMING_BEFORE.search(before) if not PAST_VERB.match(match.group()) else None
    if framing is None and not re.search(r"\s(?:on|against)(?:\s|$)", match.group(), re.I) and not PAST_VERB.match(match.group()):
        framing = CARRIED_OUT_THE.search(before)
    harm_window = text[max(0, match.start() - 120) : max(0, match.start() - len(before) + (framing.start() if framing else 0))]
    if (framing and not INFORMATIVE_AFTER.match(after) and not TIME_WORDS.match(after.lstrip().removeprefix("on "))
            and (not re.match(r"in\s", framing.group(), re.I) or HARM_BEFORE_IN.search(harm_window))):
        return True
    if re.search(r"\bduring\s+the\s+(?:[\w-]+\s+){0,2}$", before, re.I) and not re.match(r"\s*(?:that|which|between)\b", after, re.I):
        return True  # "destroyed 10 tanks during the battles in Karabakh": the fighting as the frame of a loss
    if TALK_ABOUT_BEFORE.search(before):
        return True  # "held an emergency meeting on the fighting", "a report into the strikes": talk about an attack told elsewhere
    if re.search(r"\b(?:it|this|that)\s+(?:is|was)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}$", before, re.I):
        return True  # "It is the second claimed attack by ...": a comment on an attack told of
    if ATTACK_RANKED_AS.search(text, max(0, match.start() - 120), match.start()):
        return True  # "The attack on Sumy was the second major strike on a city this month": the attack told, ranked
    if re.fullmatch(r"\W*(?:The|This|That|These|Those|Both|(?:Last\s+night|Yesterday|Today|\w+day)['’]s)\s+(?:[\w-]+\s+){0,2}", text[: match.start()]):
        predicate = COMMENT_PREDICATE.match(after)
        if predicate and not TIME_WORDS.search(after[: predicate.end()]):
            return True
    return False


# --- attacks repelled: the attacker is the other side ("repelled 35 counterattacks") -------------
# Verbs of a defender turning an attack back ("repelled an assault", "fended off a raid", "beat back an incursion").
REPELLED_VERBS = (
    r"(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing|e)|thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?|fought\s+(?:off|back)|fight(?:s|ing)?\s+(?:off|back)|"
    r"(?:beat|beats|beating|beaten)\s+back|push(?:ed|es|ing)?\s+back|ward(?:ed|s|ing)?\s+off|fend(?:ed|s|ing)?\s+off|"
    r"h(?:e|o)ld(?:s|ing)?\s+off|rebuff(?:ed|s|ing)?|blunt(?:ed|s|ing)?)"
)
REPELLED_BEFORE = re.compile(rf"\b{REPELLED_VERBS}\s+(?:[\w,'’-]+\s+){{0,3}}$", re.I)
# The same told in the passive after the attack: "an attempt to storm the base was repelled", "the raid was halted".
REPELLED_AFTER = re.compile(
    rf"^[,\s]+(?:[\w'’-]+\s+){{0,6}}?(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+(?:\w+ly\s+)?"
    rf"(?:{REPELLED_VERBS}|halted|stopped|defeated|neutrali[sz]ed)\b",
    re.I,
)


# Attackers the text leaves unnamed, on the attack or heading its clause: "a terrorist attack", "gunmen attempted to
# storm" (GOLD_FORMAT: unnamed attackers take only the group identified for the same attack, never the defender's enemy).
UNNAMED_ATTACKERS_BEFORE = re.compile(
    r"\b(?:terrorists?|militants?|jihadists?|insurgents?|bandits?|gunm[ae]n|assailants|attackers|armed\s+men|unknown|unidentified)\b[^.;]{0,50}$", re.I)


# The same attackers named as the agent after the attack: "repelled an attack by gunmen", "foiled a raid by suspected jihadists".
UNNAMED_AGENT_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:(?:suspected|unidentified|unknown|armed|heavily\s+armed|[\w-]+ist)\s+)*"
    r"(?:terrorists|militants|jihadists|insurgents|bandits|gunm[ae]n|assailants|attackers|armed\s+men|raiders)\b", re.I)


def _repelled_attack(view: SentenceView, match: re.Match[str]) -> str | None:
    """The side whose attack was turned back: the enemy of the side repelling it ("" when the attackers are left unnamed)."""
    text = view.text
    if (UNNAMED_ATTACKERS_BEFORE.search(text[max(0, match.start() - 60) : match.start()]) or UNNAMED_AGENT_AFTER.match(text, match.end())) and (
            REPELLED_BEFORE.search(text[max(0, match.start() - 50) : match.start()]) or REPELLED_AFTER.match(text[match.end() : match.end() + 60])):
        return ""  # "thwarted a terrorist attack", "gunmen attempted to storm a checkpoint but were repelled"
    before = REPELLED_BEFORE.search(text[max(0, match.start() - 50) : match.start()])
    if before is not None:
        verb_at = max(0, match.start() - 50) + before.start()
        repeller = _clause_head(view, verb_at)
        if repeller is not None and not repeller.startswith("@"):
            return SUBJECT_IS_ADVERSARY_OF + repeller
        return SUBJECT_IS_CLAIMANT_ADVERSARY
    if REPELLED_AFTER.match(text[match.end() : match.end() + 60]):
        return SUBJECT_IS_CLAIMANT_ADVERSARY
    return None


# An attack on armed men, not on a place: "attacked soldiers", "attacked a police patrol", "attacked a military convoy"
# (GOLD_FORMAT: opening fire on a patrol is a `clash`, as an ambush of armed forces).
ARMED_MEN_ATTACKED = re.compile(r"attacked\s+(?:\w+\s+){0,3}(?:forces|troops|soldiers|military|army|police)", re.I)
MOBILE_FORCE_AFTER = re.compile(
    r"(?<=forces|troops)|(?<=soldiers)|\s+(?:patrols?|convoys?|units?|officers|personnel|vehicles?|columns?|troops|soldiers|men|escorts?)\b", re.I)
# Bases, posts and positions: a raid or attack on one is an `offensive` (GOLD_FORMAT).
# A time phrase may stand between the attack and its target ("a raid in March on an airfield", "raided at
# dawn on Sunday an army post"); camps of refugees or the displaced are civilian places, also when that is told after
# the camp ("a camp for internally displaced persons", "a camp housing 500,000 people").
MILITARY_PLACE = re.compile(
    r"\s+(?:(?:(?:early|late|last|this|on|in|at|before|after)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|dawn|daybreak|morning|night|"
    r"evening|afternoon|the\s+(?:morning|night|evening|afternoon|early\s+hours))(?:\s+(?:\d{1,2}|morning|night|evening|afternoon))?,?\s+"
    r"(?=on\b|against\b))?"
    r"(?:(?:on|against)\s+)?(?:(?:a|an|the|another|two|three|several|its|their)\s+)?"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:refugee|displaced|displacement|IDP|tent|transit)\b)(?:(?!(?:near|in|at|outside|inside|of|by|from|close|around)\b)[\w'’-]+\s+){0,3}?"
    r"(?:bases?|barracks|checkpoints?|check-?posts?|posts?|outposts?|garrisons?|camps?(?!\s+for\s+|\s+(?:housing|hosting|sheltering)\b)|positions|detachments?|"
    r"headquarters|launch\s+pads?|hide-?outs?|strongholds?|bunkers?|trenches|dugouts?)\b",
    re.I,
)
# The same told in the passive: "a military base in Gao was attacked", "two army posts were raided".
MILITARY_PLACE_ATTACKED = re.compile(
    r"\b(?<!refugee\s)(?<!displaced\s)(?<!IDP\s)(?:bases?|barracks|checkpoints?|check-?posts?|posts?|outposts?|garrisons?|camps?|positions|headquarters)"
    r"(?:\s+(?:in|near|at|of|outside|on)\s+[^,.;]{1,30}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|came\s+under)\s+(?:\w+ly\s+|also\s+|again\s+)?$",
    re.I,
)
# Equipment lost or intercepted before a weapon word: "destroyed 3 Grad launchers", "intercepted 8 rockets".
LOST_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:destroyed|captured|seized|lost|downed|damaged|shot\s+down|intercepted|neutrali[sz]ed)\s+(?!(?:by|in|during|under|after|amid)\b)"
    # (not past a preposition: "neutralised 30 terrorists in airstrikes" names the means of the killing)
    r"(?:(?:most|all|many|some|several|dozens|scores|hundreds|each|both|none)\s+of\s+(?:the\s+|them\s+)?)?(?:(?!(?:and|then|before|after|in|during|with|by|using)\s)\S+\s+){0,3}"
    # a list of what was downed goes on after "and" with a number ("shot down three drones and one anti-ship missile")
    r"(?:and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,]*)\s+(?:(?!(?:and|then|before|after)\s)\S+\s+){0,2})?$",
    re.I  # "shot down two drones and retaliated with artillery": a new verb
)
MIXED_GROUND_WEAPON = re.compile(rf"\s*(?:,|and|or|&)\s*(?:[\w-]+\s+){{0,2}}?{GROUND_WEAPONS}\b", re.I)
MIXED_GROUND_WEAPON_BEFORE = re.compile(rf"\b{GROUND_WEAPONS}\s*(?:,|and|&)\s*(?:(?:an?|the|some|several|\d+|[\w-]+)\s+){{0,2}}$", re.I)
TRADED_FIRE = re.compile(r"(?:trad(?:ed|e|es|ing)|exchang(?:ed|e|es|ing)|exchanges?\s+of)\b|\w+\s+duels?$", re.I)


# --- one attack claim per clause ---------------------------------------------------------------
# What separates two clauses, so that two triggers between them are two attacks.
CLAUSE_SPLIT = re.compile(
    r"[;:]|\.\s|\b(?:while|but|whereas|said|says|told|after|before|when|as|which|who|then|killing|leaving|injuring|wounding)\b"
    r"|,\s*(?:and\s+|with\s+)?(?:the|a|an|it|they|he|she|we)\b",
    re.I,
)
MIXABLE = frozenset({"shelling", "airstrike"})
# An air attack named by its noun, then told to be made with missiles and drones together ("one of the largest air attacks of
# the war, hitting energy sites with 120 missiles and 90 drones"): mixed means, `shelling` (GOLD_FORMAT); not the missiles of
# aircraft ("jets struck with guided missiles").
AIR_ATTACK_NOUN = re.compile(r"(?:(?:air|aerial|drone|combined|massive|joint)\s+)?(?:attacks?|strikes?|raids?|assaults?|bombardments?)(?:\s+on)?|air\s*strikes?", re.I)
MIXED_MEANS_WITH_AFTER = re.compile(
    rf"[^.;:]{{0,90}}?\b(?:with|using|involving|including|comprising)\s+(?:[\w,-]+\s+){{0,4}}?"
    rf"(?:{GROUND_WEAPONS}\s*(?:,|and|&)\s*(?:[\w-]+\s+){{0,3}}?{AIR_WEAPONS}|{AIR_WEAPONS}\s*(?:,|and|&)\s*(?:[\w-]+\s+){{0,3}}?{GROUND_WEAPONS})",
    re.I,
)
# A trigger made of a weapon and its verb of impact: "drone hit", "missiles slammed into".
WEAPON_HEADING_VERB = re.compile(rf"(?:{AIR_WEAPONS}|{GROUND_WEAPONS})(?:{WEAPON_APPOSITIVE})?\s+(?:\w+\s+){{0,2}}?{IMPACT_VERBS}", re.I)
# A trigger that opens with a verb of attack heads a predicate of its own.
ATTACK_VERB = re.compile(
    r"(?:fired|firing|launched|launching|shelled|shelling|bombed|bombing|attacked|attacking|struck|striking|targeted|targeting|"
    r"carried|carrying|conducted|conducting|dropped|dropping|pounded|pounding|stormed|storming|raided|raiding|opened|opens?|hurled|threw|planted)\b",
    re.I,
)


# A trigger that is an attack noun alone, which the actor right before it owns ("U.S. airstrikes", "Russian shelling").
ATTACK_NOUN_ONLY = re.compile(r"(?:(?:air|drone|missile|artillery|rocket)\s*)?(?:strikes?|airstrikes?|raids?|shelling|bombardments?|bombings?|attacks?)", re.I)


def _coordinated(view: SentenceView, attacker: str | None, start: int, noun_trigger: bool = False) -> list[str | None]:
    """'Russian and Syrian jets bombed Idlib': one attack claim per attacker (GOLD_FORMAT). An attack noun owned by the
    actor right before it ('African Union troops and U.S. airstrikes') joins no forces named with a noun of their own."""
    if attacker is None or attacker.startswith("@"):
        return [attacker]
    before = [a for a in view.actors if a.end <= start]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].code == attacker), None)
    if at is None:
        return [attacker]
    codes: list[str | None] = [attacker]
    while at > 0:
        joint = view.text[before[at - 1].end : before[at].start]
        if before[at - 1].code == before[at].code and re.fullmatch(r"\s*\(", joint):
            at -= 1  # "the Arakan Army (AA)": one actor, named and then by its acronym in brackets
            continue
        joint = joint[1:] if joint.startswith(")") else joint  # "the Arakan Army (AA) and ...": the bracket closes the first name
        if MEMBERS_OF_JOINT.fullmatch(joint) or (before[at - 1].code == before[at].code and re.fullmatch(r"\s+(?:from|of)\s+(?:the\s+)?", joint)):
            at -= 1  # "Russian mercenaries from Africa Corps": one force, named by the group it belongs to
            continue
        if (not (COORDINATION.fullmatch(joint) or FORCES_COORDINATION.fullmatch(joint) or ATTRIBUTIVE_OWNER_COORDINATION.fullmatch(joint))
                or before[at - 1].code in codes
                or PLACE_BEFORE.search(view.text[: before[at - 1].start])  # "In northern Syria, Turkish drones struck": a place
                or SOURCE_FRAME_BEFORE.search(view.text[: before[at - 1].start])):  # "According to the UN, the RSF has ...": the source
            break
        if noun_trigger and not view.text[before[-1].end : start].strip() and FORCE_NOUN_IN_JOINT.match(joint):
            break  # "troops and U.S. airstrikes": two nouns coordinated, the strikes the U.S.'s alone
        at -= 1
        codes.insert(0, before[at].code)
    return codes


# The source of what the sentence tells, set before it: "According to the UN, the RSF ...", "Citing Ukraine's army, ...".
SOURCE_FRAME_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoting)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)


# Forces of two sides joined as one subject: "Malian troops and Wagner fighters", "the M23 and the Rwandan army", "US
# forces, alongside British jets".
FORCE_NOUNS = (r"(?:army|armed\s+forces|forces|troops|soldiers|fighters|militias?|militiamen|rebels|mercenaries|jets|warplanes|drones|"
               r"aircraft|navy|artillery|units|paramilitaries|commandos)")
FORCES_COORDINATION = re.compile(
    rf"(?:['’]s)?(?:\s+(?:[\w-]+\s+)?{FORCE_NOUNS})?\s*(?:,\s*(?:and\s+)?|,?\s*(?:and|alongside|together\s+with|along\s+with|as\s+well\s+as)\s+)(?:the\s+)?"
    r"(?:(?:local|allied|ethnic|armed)\s+)?",  # "the KIA and local PDF units"
    re.I,
)
FORCE_NOUN_IN_JOINT = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?{FORCE_NOUNS}\b", re.I)
# Unnamed allies joined to the head: "the RSF and allied Arab militias", "the army and its allied militias".
ALLIED_FORCES_JOINED = re.compile(
    rf"^\s+(?:and|alongside|together\s+with|along\s+with)\s+(?:the\s+|its\s+|their\s+)?(?:allied|affiliated|loyalist|pro-[\w-]+)\s+(?:[\w-]+\s+){{0,2}}?{FORCE_NOUNS}\s+", re.I)
# A force named by its nationality, then by the group it belongs to: "Russian mercenaries from Africa Corps".
MEMBERS_OF_JOINT = re.compile(rf"\s+(?:[\w-]+\s+)?{FORCE_NOUNS}\s+(?:from|of)\s+(?:the\s+)?", re.I)


# A state named by its government before a coordinated attacker of the same attack noun: "Syrian government and Russian
# airstrikes", "Sudanese regime and allied shelling": the government's strikes too, not a force of its own.
ATTRIBUTIVE_OWNER_COORDINATION = re.compile(r"\s+(?:government|regime|junta)\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
# Actors joined into one attacker phrase: "Russian and Syrian", "US-British", "Saudi, Emirati and Egyptian".
COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)\s*|[-/]")  # not a dateline's dash: "GOMA, Congo - M23 rebels"


def _one_per_clause(text: str, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Triggers in one clause with nothing between them but their weapons and targets are one attack:
    "a missile and drone attack" is one `shelling` (mixed means with missiles among them), "launched
    missiles at Kyiv in an overnight attack" one attack, not two."""
    merged: list[DraftClaim] = []
    for draft in drafts:
        last = merged[-1] if merged else None
        if last is None or not _same_attack(text, last, draft):
            merged.append(draft)
            continue
        if last.notes.get("generic"):
            outcome = draft.outcome
        elif draft.notes.get("generic") or {last.outcome, draft.outcome} != MIXABLE:
            outcome = last.outcome
        else:
            outcome = "shelling"
        joined = DraftClaim("attack", outcome, last.start, draft.end, subject=last.subject or draft.subject, object=last.object or draft.object)
        joined.notes.update({key: value for key, value in {**last.notes, **draft.notes}.items() if key != "generic"})  # "claimed", "ambush"
        if last.notes.get("generic") and draft.notes.get("generic"):
            joined.notes["generic"] = "yes"
        merged[-1] = joined
    return merged


def _same_attack(text: str, first: DraftClaim, second: DraftClaim) -> bool:
    between = text[first.end : second.start]
    if len(between) > 60 or CLAUSE_SPLIT.search(between) or ANOTHER_EVENT.search(between) or ANOTHER_CLAUSE.search(between):
        return False
    if ATTACK_VERB.match(text, second.start) and ATTACK_VERB.match(text, first.start):
        return False  # "carried out an air strike, fired artillery at X": two predicates, two attacks
    if re.search(r"\band\b", between, re.I) and WEAPON_HEADING_VERB.fullmatch(text, second.start, second.end):
        return False  # "shelled the outskirts of Khiam and an Israeli drone hit a motorcycle": a second subject and verb
    if first.subject is not None and second.subject is not None and first.subject != second.subject:
        return False
    outcomes = {first.outcome, second.outcome}
    if outcomes <= MIXABLE:
        return True
    return bool(first.notes.get("generic") or second.notes.get("generic")) and not outcomes & {"clash"}


# Mentions of fighting as background rather than as an event: "during the fighting", "amid renewed
# clashes", "in its offensive", "using artillery" (the means of another attack), "victims of the attack"; not
# "two days of clashes", "a wave of attacks on", which name the events.
BACKGROUND = re.compile(
    r"(?:\b(?:during|amid|amidst|in\s+response\s+to|since|after|before|despite|throughout|over|to\s+stop|end\s+(?:to\s+)?|in|into|using|with|including|assist\s+\w+\s+in|"
    # the fighting people flee or are caught in, a cause told in passing ("displaced by fighting", "fleeing the clashes")
    r"fleeing|fled|flee|flees|escaping|escaped|escape|(?:displaced|uprooted|driven\s+from\s+their\s+homes|affected)\s+by|caught\s+(?:up\s+)?in|trapped\s+(?:by|in)|due\s+to|because\s+of)"
    r"\s+(?:the\s+|its\s+|their\s+|his\s+|a\s+|an\s+)?"
    r"|\bof\s+(?:the|its|their|his)\s+)(?:(?:renewed|fresh|recent|ongoing|current|latest|heavy|continued|intense|armed|military)\s+)*$",
    re.I,
)


# Who is at war with whom, not a fight: a participle after the group's noun ("the rebel group fighting
# the army"), or the present progressive against a government ("al Shabaab is fighting the government").
# Fighting beside a party: "fighting alongside the rebels", "fought on the side of the army", "side by side with".
FIGHTING_ALONGSIDE = re.compile(r"\s+(?:(?:\w+ly|directly|openly)\s+)?(?:alongside|on\s+the\s+side\s+of|side\s+by\s+side\s+with|shoulder\s+to\s+shoulder\s+with)\b", re.I)
WAR_DESCRIPTION = re.compile(
    r"\b(?:group|rebels|militants|militias?|insurgents|movement|fighters|army|military|forces|troops|government)\s+fighting\s+(?:against\s+)?the\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+fighting\s+(?:against\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:government|state|regime|authorities)\b"
    # the aim a group fights for ("has been fighting to overthrow the government", "fighting for independence since 1994")
    r"|\bfighting\s+(?:to\s+(?:overthrow|topple|oust|establish|impose|create|carve\s+out|secede)|for\s+(?:independence|autonomy|secession|self-rule|a\s+separate))\b",
    re.I,
)
# A reference back to an attack already told of: a demonstrative ("this attack", "those strikes"), or
# what people say or do about it ("remarks about the assault", "commented on the attack",
# "an investigation into the strike", "in spite of an army offensive"); not the kind of attack a side habitually
# carries out ("al-Shabaab frequently carries out such attacks": a habitual attack of its own, GOLD_FORMAT).
ANAPHORA = prefiltered(re.compile(
    r"(?:\b(?:this|(?:(?:^|\b(?:in|during|after|since|from|of|for|about|on|by|following|before|to|with|like|amid)\s+)(?<![\w-])that)(?!\s+(?:fighting|shelling|clashes|strikes|attacks|bombings|hostilities)\b)|these|those|both|(?<!\bout\s)(?<!\bstages\s)(?<!\bstaged\s)(?<!\bconducts\s)(?<!\blaunches\s)such)|\b(?:regarding|about|concerning|despite)\s+(?:the|a|an|its|their|his|her)"
    r"|\b(?:comment(?:ed|s|ing)?|statements?|details|investigat(?:e|ed|ing|ion|ions)|inquiry|probe)\s+(?:on|about|into|of)\s+(?:the|this|that)"
    # an attack as the topic of a meeting or an inquiry: "will investigate the attack", "met to discuss the drone strike"
    r"|\b(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|discuss(?:ed|es|ing)?|debat(?:e|ed|es|ing)|examin(?:e|ed|es|ing)|look(?:ed|s|ing)?\s+into)\s+(?:the|this|that))\s+"
    r"(?!(?:were|was|is|are|had|have|has|will|would|could|may|might)\b)(?:[\w'’-]+\s+)?$",
    re.I,
))


# What a mention of an attack adds when it is the subject: where it hit, when it began, how long it lasted.
# The attack's agent told by a passive predicate: "was carried out by", ", claimed by", "were believed to have been staged by".
AGENT_PREDICATE = (r"(?:\s+(?:on|in|at|near|against|of)\s+[^,.;]{1,40}?)?[,\s]+(?:\w+\s+){0,3}?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:(?:widely\s+|also\s+)?(?:believed|thought|suspected|said|reported|alleged)\s+to\s+have\s+been\s+)?"
    r"(?:(?:carried\s+out|claimed|launched|conducted|staged|perpetrated|committed|executed|mounted)"
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|late\s+\w+day|overnight|later|yesterday|today))?\s+by"  # "claimed on Wednesday by"
    r"|blamed\s+on|attributed\s+to)\s+(?:the\s+)?"
    # a relative clause naming who blamed it on whom: "the shelling, which Ukraine blamed on Russian forces"
    r"|,\s+(?:which|that)\s+[^,.;]{1,40}?\s+(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?")
AGENT_AFTER = prefiltered(re.compile(AGENT_PREDICATE, re.I))
EVENT_PREDICATE = re.compile(r"\s+(?:\w+\s+)?(?:hit|struck|targeted|began|lasted|occurred|took\s+place|continued)\b|" + AGENT_PREDICATE, re.I)
# A verb cannot be a demonstrative's noun: "said that gunmen attacked" names a new attack, not "that attack".
VERB_FORM = re.compile(r"(?:\w+ed|struck|fought|blew|shot|threw|hurled|hit|opened|came|come|overr\w+)\b", re.I)
# "said that Russian drones struck": "that" after a verb of saying opens a clause, it points back to nothing.
SAYING_THAT_BEFORE = re.compile(
    r"\b(?:said|says|say|saying|reported|reports|claimed|claims|stated|states|added|adds|confirmed|announced|noted|alleged|believed?|believes|"
    r"told\s+\w+|showed|shows|indicated|warned|insisted|explained|revealed|feared|suspected|learned|clear|likely|possible)\s+that\s+(?:[\w'’-]+\s+)?$",
    re.I,
)
# "this morning's attack", "this week's strikes": a time, not a reference back.
TIME_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:this|that|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|afternoon|evening|night|week|weekend|month|year)['’]s\s+(?:[\w-]+\s+)?$",
    re.I,
)


def _background_reference(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 60) : match.start()]
    if not BACKGROUND.search(before) or re.search(r"\b(?:engaged|took\s+part|participated|involved)\s+in\s+(?:an?\s+|the\s+)?$", before, re.I):
        return False
    if DENIED_PART_IN.search(before):
        return False  # "the army denied involvement in the attack": a party's denial of an attack told before
    # "in the clashes between the rebels and the army", "in clashes that lasted all day", "in a strike on
    # Khan Younis" describe events
    if re.search(r"\s(?:on|against)(?:\s|$)", match.group(), re.I):
        return False  # "in a strike on Khan Younis", "in an attack on an army post": the target names the event
    if INFORMATIVE_AFTER.match(text[match.end() : match.end() + 40]):
        return False  # "in a firefight in Kidal", "in clashes that lasted all day": an event with its place or time
    return not re.match(r"\s+(?:between|that|which|with|in\s+which|on|targeting|at)\b", text[match.end() : match.end() + 14], re.I)


WITH_AIR_WEAPON = prefiltered(re.compile(r"^(?:(?!\b(?:when|after|as|while|before|which|who|but)\b|,\s*(?:with|and)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,80}?\b(?:with|by|using)\s+(?:an?\s+|\w+\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|aircraft|warplanes?|jets?|helicopters?|air\s*strikes?)\b", re.I))
WITH_BOMB = prefiltered(re.compile(r"^(?:(?!\b(?:when|after|as|while|before|which|who|but)\b|,\s*(?:with|and)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,80}?\b(?:with|by|using)\s+(?:an?\s+|\w+\s+|remote[\w-]*\s+)*?(?:mines?|landmines?|IEDs?|(?:improvised\s+)?explosive\s+devices?|grenades?|bombs?|explosives?)\b", re.I))
# Grenades named with guns, the arms of men who went in: "with grenades and rifles", "with guns and hand grenades".
GRENADES_AND_GUNS = re.compile(
    r"^[^.;]{0,60}?\b(?:with|using)\s+(?:[\w-]+\s+){0,2}?(?:(?:hand\s+)?grenades\s*(?:,|and)\s*(?:[\w-]+\s+){0,2}?(?:rifles|guns|firearms|small\s+arms|machine[\s-]*guns|Kalashnikovs|AK-47s)"
    r"|(?:rifles|guns|firearms|small\s+arms|machine[\s-]*guns|Kalashnikovs|AK-47s)\s*(?:,|and)\s*(?:[\w-]+\s+){0,2}?grenades)\b", re.I)
WITH_GROUND_WEAPON = re.compile(r"^(?:(?!\b(?:when|after|as|while|before|which|who|but)\b|,\s*(?:with|and)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,80}?\b(?:with|by|using)\s+(?:an?\s+|\w+\s+)?(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|rockets?(?!-propelled)|missiles?|shells?|MLRS|Grads?|howitzers?|tanks?)\b", re.I)


def _means_by_weapon(text: str, match: re.Match[str], means: str, operation: bool = False) -> str:
    """'attacked the village with a drone' is an air strike; 'with artillery', shelling; an operation takes
    the means of its weapons or its strikes ("an operation targeting the carrier with missiles")."""
    if means not in ("assault", "offensive", "clash") or WHOLE_WAR.fullmatch(match.group()):
        return means  # "an incursion into the camp, backed by drones": a push on the ground, whatever backs it
    if means == "clash" and re.match(r"ambush", match.group(), re.I):
        return means  # "ambushed an Israeli force, blowing up a tank with an anti-tank shell": an ambush of armed men is a clash (GOLD_FORMAT)
    following = text[match.end() :]
    source = FIRE_FROM_WEAPON.match(following) if UNDER_FIRE.match(match.group()) else None
    if source is not None:
        return "airstrike" if source.group("air") else "shelling"  # "came under fire from Russian artillery", "from drones"
    if WITH_AIR_WEAPON.match(following):
        return "airstrike"
    if WITH_BOMB.match(following) and not GRENADES_AND_GUNS.match(following):
        return "bombing"  # not "attacked a checkpoint with grenades and rifles": a ground assault's small arms
    if WITH_GROUND_WEAPON.match(following) and (means != "offensive" or operation):
        return "shelling"
    if operation and STRIKING_AFTER.match(following):
        return "airstrike"
    return means


CIVILIAN_PLACE = re.compile(r"\s+(?:(?:on|against|into)\s+)?(?:(?:a|an|the)\s+)?(?:(?!(?:near|in|at|outside|inside|of|by|from|close|around|and|or)\b)[\w'’-]+\s+){0,3}?(?:village|hospital|school|market|church|mosque|camp|clinic|town|house|home|hotel|restaurant|mall|university|college|"
                            r"communit(?:y|ie)|kibbutz|neighbou?rhood|farm)s?\b", re.I)
# Civilian places after "assault on" (GOLD_FORMAT: raids on civilian places are `assault`; an assault on a town, a village
# or positions is a push, `offensive`): "an assault on the Zamzam displacement camp", "the assault on the hospital".
ASSAULTED_CIVILIAN_PLACE = re.compile(
    r"\s*(?:on\s+)?(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:refugee|displacement|displaced|IDP)\s+(?:persons['’]?\s+)?camps?|camps?\s+for\s+(?:the\s+)?(?:displaced|refugees)|"
    r"hospitals?|schools?|markets?|churches|church|mosques?|clinics?|homes|houses|shelters?|health\s+(?:cent(?:re|er)s?|facilit(?:y|ies))|aid\s+convoys?|"
    r"wedding|funeral|worshippers|civilians|residents)\b", re.I)
# Men who fire small arms heading a "fired on/at": "troops fired on a crowd", "police fired at protesters".
RIFLEMEN_BEFORE = re.compile(
    r"\b(?:soldiers|troops|police(?:men)?|officers|settlers|snipers|gunmen|guards|militiamen|fighters|militants|assailants|attackers)\s+(?:[\w-]+\s+){0,2}$", re.I)
SMALL_ARMS = re.compile(rf"\b(?:small\s+arms|guns?|rifles?|pistols?|bullets|shots|without\s+warning|cars?|vehicles?|labou?rers|{alternation(CIVILIAN_PEOPLE)})\b", re.I)
# Members of an armed group, a gang or a cartel are armed men ("two members of a rival gang", "a cartel member").
ARMED_MEMBERS = r"(?:(?:gang|cartel|militia|armed\s+group|criminal\s+group|trafficking\s+group)\s+members?|members?\s+of\s+(?:a|an|the)\s+(?:rival\s+)?(?:[\w-]+\s+)?(?:gang|cartel|militia|armed\s+group|criminal\s+group|trafficking\s+group))"
ARMED_PEOPLE = re.compile(rf"\b(?:police(?:men)?|officers|soldiers|troops|forces|militants|rebels|insurgents|fighters|militiamen|factions?|guerrillas|paramilitaries|"
                          # gendarmes, the Kurdish forces and armed village-defence volunteers are armed men too (GOLD_FORMAT)
                          rf"gendarmes?|gendarmerie|peshmerga|vigilantes?|VDPs?|(?:self-|village\s+|civil\s+)?defen[cs]e\s+(?:volunteers|groups?|forces|militias?)|Civilian\s+JTF|"
                          rf"servicem[ae]n|marines|commandos|paratroopers|sentr(?:y|ies)|{ARMED_MEMBERS}|drug\s+traffickers?|military|army|guards|patrol|convoy|base|checkpoint|positions)\b", re.I)
UNARMED_PEOPLE = re.compile(rf"\b(?:civilians?|villagers?|residents?|man|woman|men|women|children|child|family|driver|passengers?|farmers?|students?|journalists?|worshippers|nurses?|doctors?|medics?|paramedics?|teachers?|shepherds?|herders?|fishermen|pupils?|boys?|girls?|bab(?:y|ies)|aid\s+workers?|prisoners?|captives?|detainees?|POWs?|hostages?|(?!{ARMED_MEMBERS})members?|off-duty|businessm[ae]n|trader|home|house|car)\b", re.I)


# Where the fire came from: "sniper fire from RSF positions", "gunfire from troops on the wall": the shooters, not the target.
FROM_SOURCE = re.compile(
    r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:positions?|posts?|forces|troops|soldiers|fighters|militants|rebels|gunm[ae]n|snipers|"
    r"army|military|militia\w*|side|lines|trenches|rooftops?|towers?|watchtowers?)\b",
    re.I,
)
# The agent of a passive or of an attack noun ("attacks by alleged insurgents"): the attackers, not the target.
BY_AGENT = re.compile(
    r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:forces|troops|militants|fighters|rebels|gunm[ae]n|soldiers|army|military|groups?|"
    r"assailants|attackers|jihadists|insurgents|terrorists|bandits|militia\w*|men)\b",
    re.I,
)


def _armed_target(text: str, match: re.Match[str]) -> bool:
    """Whether an assault's targets are armed ('opened fire on six soldiers', 'police were shot at')."""
    after = text[match.end() : match.end() + 50]
    said = REPORTING_AFTER.search(text[match.end() : match.end() + 100])
    if said is not None:
        after = after[: said.start()]  # "attacked the town, the army said": the reporter is not the target, however long his title
    agent = BY_AGENT.match(after) or FROM_SOURCE.match(after)
    if agent is not None:
        after = after[agent.end() :]  # "attacks by alleged insurgents", "sniper fire from army positions": the attackers are not the target
    other = OTHER_CLAUSE_AFTER.search(after)
    if other is not None:
        after = after[: other.start()]  # "attacked the town while army aircraft bombed": another clause's forces are not the target
    passive = (re.search(r"\b(?:was|were|been|being|came\s+under)\s+$", text[max(0, match.start() - 20) : match.start()], re.I)
               and not re.match(r"\w+ing\b", match.group())) or UNDER_FIRE.match(match.group())  # "have been attacking": active
    window = text[max(0, match.start() - 40) : match.start()] + after if passive else after
    # the people the trigger names are part of the target ("executed three prisoners of war": unarmed)
    return bool(ARMED_PEOPLE.search(window)) and not UNARMED_PEOPLE.search(match.group() + " " + window)


WEAPON_BEFORE = prefiltered(re.compile(rf"\b(?:(?P<air>{AIR_WEAPONS})|{GROUND_WEAPONS})\b", re.I))


ARMED_VICTIMS = re.compile(r"\b(?:soldiers?|troops|militants?|fighters?|members?|police\w*|rebels?|insurgents?|servicem[ae]n|guards?)\b", re.I)


CIVILIAN_VICTIMS = re.compile(rf"\b(?:people|persons|{alternation(CIVILIAN_PEOPLE)})\b", re.I)


# Where the reporting clause begins after an attack: ", police said", ", the army told".
REPORTING_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){0,7}?(?:said|says|told|reported|added|according)\b|[;.]", re.I)


# What opens another clause after an attack: "while army aircraft bombed", ", and the air force responded".
OTHER_CLAUSE_AFTER = re.compile(r"\b(?:while|whereas|but|when|before|after)\b|;|,\s*(?:and|as)\b", re.I)


# A clause of another subject after the attack: "while army aircraft bombed", "; the air force struck".
OTHER_SUBJECT_CLAUSE_AFTER = re.compile(r"\b(?:while|whereas)\b|;", re.I)


def _generic_attack_means(text: str, match: re.Match[str]) -> str:
    """'attacked' alone: by what and whom the sentence says."""
    window = text[match.start() : match.end() + 80]
    said = REPORTING_AFTER.search(window, len(match.group()))
    if said is not None:
        window = window[: said.start()]  # "attacked a bus ..., police said": the reporter is not the target
    other = OTHER_SUBJECT_CLAUSE_AFTER.search(window, len(match.group()))
    if other is not None:
        window = window[: other.start()]  # "attacked El Fasher while army aircraft bombed": the other clause's means
    agent = BY_AGENT.match(window, len(match.group()))
    if agent is not None:
        window = window[: len(match.group())] + window[agent.end() :]  # "attacks by alleged insurgents": the attackers, not the target
        victims = text[max(0, match.start() - 80) : match.start()]
        if ARMED_VICTIMS.search(victims) and not CIVILIAN_VICTIMS.search(victims):
            return "offensive"  # "a Taliban member was killed following an attack by rival forces": armed men on both sides
    if AIR_MEANS.search(window) and re.search(r"\bdrones?|UAV|aircraft|jets?|warplanes?\b", window, re.I):
        return "airstrike"
    if re.search(r"\b(?:positions?|forces|troops|soldiers|military|army|police|base|checkpoint|militants?|fighters?)\b", window, re.I):
        return "offensive"
    weapons = list(WEAPON_BEFORE.finditer(text[max(0, match.start() - 100) : match.start()]))
    if weapons:
        return "airstrike" if weapons[-1].group("air") else "shelling"  # "drones ... as they attempted to attack"
    return "assault"


def _named_on_trigger(view: SentenceView, match: re.Match[str]) -> bool:
    """Whether the attacker qualifies the trigger itself ("denied a Russian strike", "an attack by Hamas")."""
    before = view.last_actor_before(match.start())
    if before is not None and re.fullmatch(r"(?:['’]s)?\s*", view.text[before.end : match.start()]):
        return True
    by = re.match(r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?", view.text[match.end() :], re.I)
    agent = view.first_actor_after(match.end() + by.end()) if by else None
    # an actor named as the agent, not the reporter of "an attack by gunmen on a base, the army said"
    return agent is not None and re.fullmatch(r"(?:[\w'’-]+\s+){0,2}", view.text[match.end() + by.end() : agent.start]) is not None if by else False


def _attacker(view: SentenceView, start: int, end: int) -> str | None:
    text = view.text
    # "an Israeli airstrike", "the RSF's shelling", "Armenian army attacks"
    overlapping = [a for a in view.actors if a.start < start < a.end <= end]
    if overlapping:
        return overlapping[-1].code  # "Armenian army attacks": the actor form runs into the trigger
    owner = next((a for a in view.actors if start <= a.start and a.end <= end and a.role in ("adjective", "demonym")
                  and DEVICE_AFTER_OWNER.match(text, a.end)), None)
    if owner is not None:
        return owner.code  # "wounded by Cambodian mines", "laid Cambodian mines", "killed by a Russian mine": the side's device
    qualifier = view.last_actor_before(start)
    if qualifier and (BACKER_BEFORE.search(text[: qualifier.start]) or BACKER_LABEL_AFTER.match(text, qualifier.end)) and not (
            BACKING_FIRE.fullmatch(text, start, end) and re.fullmatch(r"\s*", text[qualifier.end : start]) and qualifier.role != "capital"):
        qualifier = None  # "M23 rebels backed by Rwanda advanced": the backer is no attacker; "backed by US airstrikes": its strikes
    if qualifier and qualifier.role in ("adjective", "demonym") and WEAPON_USED_BEFORE.search(text[: qualifier.start]) and WEAPON_AFTER_MAKER.match(text, qualifier.end):
        qualifier = None  # "Russia deployed Iranian drones in strikes": the weapons' maker, not the attacker
    if qualifier and qualifier.role == "capital" and not re.search(r"['’]s$", qualifier.text) and not re.match(r"['’]s", text[qualifier.end :]):
        qualifier = None  # "Baghdad bomb attacks": a capital before an attack noun is its place, unless possessive
    if qualifier and qualifier.role in ("adjective", "demonym") and re.fullmatch(r"\s*", text[qualifier.end : start]):
        return qualifier.code  # "killed in Israeli strikes": the adjective on the attack noun names the attacker
    if qualifier and re.fullmatch(r"(?:['’]s)?(?:\s+(?:army|military|forces|artillery|air\s+force|troops|side|fighters|militants|rebels|gunmen|militiamen|insurgents|jihadists|guerrillas|soldiers|heavy|new|deadly|devastating|fresh|massive|latest|overnight))*\s*", text[qualifier.end : start], re.I):
        prefix = text[: qualifier.start]
        # not a place, also after a compass word ("abduct dozens in northwest Nigeria attack": where, not who)
        if not re.search(r"\b(?:on|against|at|in|targeting)\s+(?:the\s+)?$", prefix, re.I) and not PLACE_BEFORE.search(prefix):
            return qualifier.code
        if qualifier.role == "group" and re.search(r"\b(?:in|during|from|after|since|of)\s+(?:(?:the|an?|this|that|last\s+\w+['’]s)\s+)?$", prefix, re.I):
            return qualifier.code  # "killed in the ELN attack", "after an al-Shabaab raid", a headline's "killed in Hezbollah drone
            # attack": a group is never the place
    # the trigger may end at "by" ("rockets fired by"): its agent stands right after it
    inside = WEAPON_SENT_BY.search(text, start, min(len(text), end + 5)) or AGENT_IN_TRIGGER.search(text, start, min(len(text), end + 5))
    if inside and inside.start() < end:
        actor = view.first_actor_after(inside.end())
        if actor and (actor.start < end or actor.start == inside.end()):
            return actor.code  # "missiles fired by Iran hit Tel Aviv", "struck by Russian glide bombs"
    fired_from = WEAPON_SENT_FROM.search(text, start, end)
    source = view.first_actor_after(fired_from.end()) if fired_from else None
    if source is not None and source.start == fired_from.end() and source.end <= end and _fires_as_a_side(view, source):
        return source.code  # "shells fired from Pakistani positions landed", "a mortar round fired from the Cambodian side"
    by = re.match(r"^\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:\w+\s+){0,2}?|^\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:carried\s+out|claimed|launched|conducted|staged|perpetrated|committed|mounted)\s+by\s+(?:the\s+)?", text[end:], re.I)
    if by:
        actor = view.first_actor_after(end + by.start())
        if (actor and actor.start - end < 60 and not (actor.role == "capital" or PLACE_BEFORE.search(text[: actor.start]))
                and not re.search(r"[,;:.]", text[end + by.end() : actor.start])  # not the reporter of ", the army said"
                # nor past a verb ("by jihadists killed 15 soldiers"); a group named by its allegiance is the agent
                and re.fullmatch(r"(?:[\w'’-]+\s+){0,2}|(?:[\w'’-]+\s+){0,3}?(?:linked|affiliated|allied|loyal|tied|aligned)\s+(?:with|to)\s+(?:the\s+)?"
                                 # "carried out by members of the Viv Ansanm coalition", "by fighters from the TNLA": the group's men
                                 r"|(?:[\w'’-]+\s+)?(?:members|fighters|militants|gunmen|elements|cadres|men|units)\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?",
                                 text[end + by.end() : actor.start])):
            if BACKER_LABEL_AFTER.match(text, actor.end):
                return None  # "an attack by Turkish-backed factions": the backer is no attacker
            return actor.code  # "an attack by unidentified gunmen in Manila": the place after the agent is no attacker
    allegiance = ALLEGIANCE_AFTER.match(text, end) if not (VERB_STRIKE.fullmatch(text[start:end]) or ATTACK_VERB.match(text, start)) else None
    if allegiance:  # not after a verb, whose object it tells: "struck nine sites linked to the Lashkar-e-Taiba"
        actor = view.first_actor_after(end)
        if actor is not None and actor.start <= allegiance.end() + 2:
            return actor.code  # "a suicide bomber linked to Boko Haram": the group named by allegiance (GOLD_FORMAT)
    agent = AGENT_AFTER.match(text, end)
    if agent:
        actor = view.first_actor_after(agent.end() - 1)  # the agent, not an actor inside the predicate ("which Ukraine blamed on")
        if actor is not None and actor.start <= agent.end() + 2:
            return actor.code  # "those attacks were believed to have been carried out by Israel"
    source = FROM_AGENT.match(text, end) if not re.search(r"seize|capture|retake|regain|take\s+control", text[start:end], re.I) else None
    if source:  # not "trying to recapture the town from the RSF": the side losing it
        actor = view.first_actor_after(end)
        if actor is not None and actor.start <= source.end() + 2 and (
                _fires_as_a_side(view, actor)):
            return actor.code  # "came under attack from RSF fighters", "rocket fire from Iraqi militias"
    subjected = SUBJECTED_TO_BEFORE.search(text, 0, start)
    if subjected is not None:
        return _clause_head(view, subjected.start())  # "the armed forces of Armenia subjected Tartar to artillery fire"
    if UNNAMED_ATTACKER_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start) and not ACCUSED_OF_TOLD.search(text, max(0, start - 90), start):
        return None  # "India struck Pakistan after a militant attack killed 26": the attack of unnamed militants, not the head's
    head = _clause_head(view, start)
    return head if head is not None else _shared_subject(view, start)


# A new attack noun qualified by attackers the text leaves unnamed: "a militant attack", "two terrorist attacks" (GOLD_FORMAT:
# unnamed attackers take only the group identified for the same attack, not the clause's head; "the militant attack" may
# point back to an attack whose attacker was named).
UNNAMED_ATTACKER_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:an?|another|two|three|several|separate)\s+(?:[\w-]+\s+)?"
    r"(?:militant|terrorist|terror|jihadist|insurgent|extremist|islamist|bandit|gunmen['’]s|gunman['’]s)\s+$", re.I)


# The fire a side subjects a place to, as war ministries put it ("subjected the settlements of Tartar district to
# intense artillery fire", "subject Aghdam to heavy shelling"): the head of "subjected" fires.
SUBJECTED_TO_BEFORE = re.compile(
    r"\bsubject(?:ed|s|ing)?\s+(?:[^.;:]{1,100}?)\s+to\s+(?:(?:intense|intensive|heavy|massive|sustained|constant|indiscriminate|"
    r"artillery|mortar|rocket|tank|sniper|small[- ]arms|gun|large-caliber|large-calibre)\s+)*$", re.I)


# Fire opened first, which names the side that started a clash.
FIRED_FIRST = re.compile(r"\bfirst\b|\bfirst\s+shots?\b", re.I)
# A device right after the side that owns it, inside a trigger ("hurt by Cambodian mines").
DEVICE_AFTER_OWNER = re.compile(r"\s+(?:[\w-]+\s+)?(?:land\s*)?(?:mines?|landmines?|bombs?|IEDs?|explosives?|grenades?|booby[\s-]traps?|shells?|shellfire)\b", re.I)
# A verb of confirming or reporting an attack noun: "police confirmed the attack", "the ministry reported an attack".
CONFIRMED_BEFORE = re.compile(
    r"\b(?:confirm(?:ed|s|ing)?|report(?:ed|s|ing)?|announc(?:ed|es|ing)|acknowledg(?:ed|es|ing)|verif(?:ied|ies|y))\s+(?:the|this|that|an?)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# A device met by its victims, who head the clause: "the convoy hit a landmine", "a soldier stepped on a mine", "their
# vehicle ran over an IED".
DEVICE_MET = re.compile(
    r"\b(?:hit|hits|hitting|struck|strikes|striking|r[au]n\s+over|runs\s+over|dr[io]ve\s+over|drives\s+over|driving\s+over|stepp?(?:ed|s|ing)?\s+on|"
    r"trigger(?:ed|s|ing)?|los[ts]\s+(?:his|her|their|a|one|both|an?)\s+(?:legs?|foot|feet|arms?|limbs?|hands?|eyes?)\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:landmines?|land\s+mines?|mines?|IEDs?|(?:improvised\s+)?explosive\s+devices?|roadside\s+bombs?)\b",
    re.I,
)


# A passive auxiliary just before the trigger: "its forces were shelled", "our positions have been attacked".
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|got|get|gets|are|is)\s+(?:(?:\w+ly|again|also|repeatedly)\s+)*$", re.I)
# A speaker's pronoun answering an attack with its own means: "it responded with airstrikes", "they retaliated by
# shelling", "we hit back with drones".
RESPONSE_BY_SPEAKER = re.compile(
    r"\b(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:responded|retaliated|replied|reacted|hit\s+back|struck\s+back|fired\s+back|fought\s+back)"
    r"\s+(?:with|by|using)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
def _in_passive_subject(view: SentenceView, start: int, mention: ActorMention) -> bool:
    """Whether an actor named before a passive attack ("X was hit by", "X hit by", "X came under fire") is inside the
    phrase that suffered it: the participle's passive subject, the noun it modifies, the subject of "came under"; not an
    actor of a clause before ("Cambodian forces fired rockets at a petrol station, and a hospital in Surin was hit by
    artillery"). With no parse to tell, it is."""
    doc = parse(view.text)
    token = next((t for t in doc if t.idx == start), None)
    if token is None:
        return True
    if token.dep_ == "acl":
        low, high = token.head.left_edge.idx, token.idx
    else:
        subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not subjects:
            return True
        low, high = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
    return low <= mention.start and mention.end <= high


def _fire_source(view: SentenceView, end: int) -> str | None:
    """The side an attack comes from, named after it: a group, or a state by its forces or positions."""
    source = FROM_AGENT.match(view.text, end)
    actor = view.first_actor_after(end) if source else None
    if source is None or actor is None or actor.start > source.end() + 2:
        return None
    return actor.code if _fires_as_a_side(view, actor) else None


def _fires_as_a_side(view: SentenceView, actor: ActorMention) -> bool:
    """Whether a mention fire comes from names a side: a group, or a state by its forces or positions ("Iraqi militias"
    and a bare "Lebanon" do not)."""
    return _is_group(actor.code) or FORCE_NOUN_AFTER.match(view.text, actor.end) is not None


# Attackers named by their allegiance after the trigger: "a suicide bomber linked to Boko Haram", "gunmen loyal to the RSF".
ALLEGIANCE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:linked|affiliated|allied|loyal|tied|belonging|aligned)\s+(?:with|to)\s+(?:the\s+)?", re.I)
# An attack's source after it: "attack from RSF fighters", "fire from Russian positions" (a state by its forces only:
# "Iraqi militias" are not Iraq's).
FROM_AGENT = re.compile(r"\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?:suspected\s+|rival\s+|allied\s+)?", re.I)
FORCE_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|army|military|jets|warplanes|drones|aircraft|artillery|positions|posts|side|navy|units?)\b",
    re.I,
)


def _is_group(code: str) -> bool:
    actor = load_registry().actor(code)
    return actor is not None and actor.kind == "group"


# A passive's agent named inside the trigger: "struck by Russian glide bombs", "hit by a Houthi drone".
AGENT_IN_TRIGGER = re.compile(r"\b(?:(?:hit|struck|targeted|attacked|shelled|bombed|pounded|damaged|destroyed)\s+" + PASSIVE_ADVERB + r"(?:by|with)|(?:attacks?|strikes?|raids?)\s+by)\s+(?:an?\s+|the\s+)?", re.I)
# The attack a speaker's side killed with, told after the toll: "said it had neutralised 30 terrorists in airstrikes".
SPEAKER_TOLL_BY_MEANS = re.compile(
    r"\b(?:said|says|claimed|claims|announced|reported|added|stated)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
    r"[\"“”']?(?:killed|neutrali[sz]ed|eliminated|destroyed|wounded|liquidated)[\"“”']?\s+[^.;,]{1,60}?\s+(?:in|during|with)\s+(?:an?\s+|the\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# The one blamed for an attack named after it: "blamed Azerbaijan for the clashes", "blames the RSF for this week's attack".
BLAMED_FOR_BEFORE = re.compile(r"\bblam(?:ed|es|ing|e)\s+(?P<who>[^,;.]{2,40}?)\s+for\s+(?:the|a|an|this|these|those|its|their|last\s+\w+['’]s|\w+day['’]s)?\s*(?:[\w-]+\s+){0,2}$", re.I)
# The speaker's own forces heading a verb of coming under fire: "its troops had come under fire".
OWN_FORCES_UNDER_FIRE = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|positions|units|servicemen|posts|patrols?|"
                                   r"bases?|camps?|convoys?|checkpoints?|outposts?|headquarters|peacekeepers)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
# Who laid a device a victim met, right after it: "a landmine planted by Fano militiamen", "an IED laid by the TTP".
PLANTED_BY = re.compile(r"\s*,?\s+(?:(?:allegedly|reportedly|apparently)\s+)?(?:planted|laid|placed|left|set|buried|hidden)\s+by\s+(?:the\s+)?", re.I)
# Where a weapon was fired from, inside the trigger: a side by its positions or forces, or a group (not "from Lebanon").
WEAPON_SENT_FROM = re.compile(r"\b(?:fired|launched)\s+from\s+(?:the\s+)?", re.I)
# A weapon's sender named inside the trigger: "missiles fired by Iran hit".
WEAPON_SENT_BY = re.compile(r"\b(?:fired|launched|attempts?|bids?)\s+(?:from\s+(?:[\w'’-]+\s+){1,3}?)?by\s+(?:the\s+)?", re.I)
# How far before its trigger the actor heading an attack's clause may stand.
HEAD_DISTANCE = 60
# A place's preposition, also with a compass word before the place: "in Gaza", "in northern Syria", "in the south-east of".
PLACE_BEFORE = re.compile(r"\b(?:in|near|from|around|outside|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|central|(?:north|south)[\s-]?(?:east|west)(?:ern)?|"
                          r"northern|southern|eastern|western|far|neighbou?ring)\s+)?$", re.I)
TARGET_BEFORE = re.compile(r"\b(?:on|against|at|targeting|of)\s+(?:the\s+)?$", re.I)
# A verb of judging right before an attack noun: "condemned the attack", "denounced this raid".
CONDEMNED_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|regrett?\w*|decr(?:y|ied|ies)|slam(?:s|med|ming)|lambast\w*|castigat\w*|censur\w*|rebuk\w*|criticis\w*|criticiz\w*)"
    r"\s+(?:the|this|that|an?)\s+(?:\w+\s+)?$", re.I)
# A day between the head and its verb: "militants on Tuesday overran", "the army early on Sunday shelled".
DAY_BEFORE_VERB = re.compile(r"\s+(?:(?:early|late)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s*$)")
# The object of a verb of assault or seizure ("overran a Somali army base", "stormed the Malian camp"): attacked, not attacking.
OBJECT_OF_ASSAULT = re.compile(
    r"\b(?:overr(?:an|un|unning)|stormed|storming|raided|raiding|ambushed|ambushing|besieged|besieging|seized|seizing|captured|capturing)"
    r"\s+(?:an?|the|its|their|two|three|several)\s+$", re.I)
# The object of a verb of striking, not the head of a later attack noun in its clause: "Russia pounds Ukraine's energy grid in
# massive overnight attack", "Israel struck Hezbollah's positions in a wave of strikes" (one attack, its attacker the verb's head).
OBJECT_OF_STRIKE = re.compile(
    r"\b(?:pounds|pounded|pounding|shells|shelled|shelling|bombs|bombed|bombing|strikes|struck|striking|hits|hit|hitting|attacks|attacked|"
    r"attacking|targets|targeted|targeting|hammers|hammered|batters|battered|bombards|bombarded)\s+(?:(?:an?|the|its|their)\s+)?$", re.I)
# Forces or weapons "of" a side: the side is their owner, not a target ("fighter jets of the coalition",
# "units of the 5th brigade", "drones of the army").
FORCES_OF = re.compile(
    r"\b(?:forces|troops|soldiers|units?|fighters|militants|militiamen|members|jets|warplanes|aircraft|planes|drones|helicopters|"
    r"gunships|artillery|navy|air\s+force|army|battalions?|brigades?|divisions?|detachments?|elements|subunits|remnants)\s+of\s+(?:the\s+)?$",
    re.I,
)
# What ends the head's clause before the trigger: punctuation, a relative or coordinated clause, a target's preposition,
# a verb of saying, and a subordinate clause with its own subject ("soldiers were killed when militants attacked"); not
# "after"/"before", which as often head a time phrase inside the head's own clause.
# A verb with no object of its own coordinated before the attack's verb, sharing its head: "responded proportionately
# and destroyed", "retaliated and struck".
SHARED_SUBJECT_VERB = re.compile(
    r"^\s+(?:(?:had|has|have|also|then|quickly|immediately)\s+)*(?:responded|retaliated|reacted|hit\s+back|struck\s+back|fired\s+back)"
    r"(?:\s+(?:\w+ly|in\s+kind|swiftly|strongly|effectively|befittingly))?\s+and\s+(?:(?:then|also)\s+)?$", re.I)
# A verb of going on with the attack, whose "on" is a particle: "pressed on with strikes", "carried on with the shelling".
GOING_ON_WITH = re.compile(
    r"\b(?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|carr(?:y|ies|ied|ying)|keep(?:s|ing)?|kept|go(?:es|ing)?|went|gone|forg(?:e|es|ed|ing)|"
    r"plough(?:s|ed|ing)?|plow(?:s|ed|ing)?)\s+on\s+with\b", re.I)
CLAUSE_BREAK = re.compile(
    r"[;,.]|\b(?:that|which|who|whom|whose|while|whereas|but|and|on|against|at|said|says|when|whenever|because|although|though|until)\b",
    re.I,
)
# The speaker's own forces heading the verb: "said its forces struck", "our troops hit".
# Attacks a side says it answers ("were responding to army attacks", "in retaliation for repeated strikes").
RESPONDING_TO = re.compile(r"\b(?:respond(?:ing|ed|s)?\s+to|in\s+response\s+to|retaliat(?:ing|ed|es|e)\s+(?:for|against)|in\s+retaliation\s+for)\s+(?:the\s+|an?\s+|repeated\s+|continued\s+|recent\s+)*(?:[\w-]+\s+)?$", re.I)
OWN_FORCES_HEAD = re.compile(r"\b(?:its|our|their)\s+(?:[\w-]+\s+)?(?:military|army|forces|troops|units|aircraft|jets|warplanes|drones|air\s+force|artillery|navy|fighters)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+|successfully\s+|again\s+)?$", re.I)
OWN_FORCES_BEFORE = re.compile(r"\b(?:its|our|their)\s+(?:military|army|forces|troops|aircraft|jets|air\s+force|artillery)\b[^.;,]*$", re.I)
# A verb of harm before an actor: the actor is its object ("killed three PKK commanders").
# The one accused, right after the verb, and its charge up to the attack: "accused the army of bombing", "blamed Russia for
# shelling".
ACCUSED_HEAD_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing|e)|blam(?:ed|es|ing|e))\s+(?:the\s+)?$", re.I)
# (a first charge may come before it: "accused Thailand of using cluster munitions and of firing artillery at")
ACCUSED_OF_BETWEEN = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?)?\s+(?:of|for)\s+(?:(?:[\w'’-]+\s+){1,6}?(?:and|as\s+well\s+as)\s+(?:of\s+)?)?"
                                r"(?:(?:\w+ly|again|also)\s+)?", re.I)
# Verbs of saying or charging that open the speaker's next predicate after "and".
SPEAKER_VERBS_AFTER_AND = r"(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing)|said|says|claimed|claims|denied|denies|condemned|condemns|warned|warns|urged|urges|called|calls|vowed|vows|added|adds)"
VICTIM_BEFORE = re.compile(
    r"\b(?:kill|killed|killing|kills|wound|wounds|wounded|wounding|injure|injures|injured|injuring|target|targets|targeted|targeting|"
    r"capture|captures|captured|capturing|kidnap|kidnaps|kidnapped|abduct|abducts|abducted|eliminate|eliminates|eliminated|assassinated|"
    r"strike|strikes|struck|hit|hits|attack|attacks|attacked|attacking|blew\s+up|blow\s+up|blowing\s+up|blown\s+up|torched|burned|burnt|set\s+fire\s+to|"
    # the owner of equipment an earlier verb brought down: "shot down Indian drones and retaliated with artillery fire"
    r"shot\s+down|shoots\s+down|downed|downing|intercepted|intercepting|destroyed|destroying)"
    # not a clause or phrase opened after the verb ("were killed when Daesh militants attacked", "killed by"): its actor acts
    # ... or a victim coordinated after them ("killed about 100 villagers and soldiers"), or the group they belong to
    # ("killed 12 members of a FARC dissident group in a bombardment")
    # (not a verb of the speaker after "and": "shot down an army drone and accused the army of bombing": the accused acts)
    r"\s+(?:(?!(?:when|as|after|while|because|since|before|until|where|once|by)\b)[\w-]+\s+){0,3}(?:(?:[\w-]+\s+)?,?\s*and\s+(?:(?!" + SPEAKER_VERBS_AFTER_AND + r"\b)[\w-]+\s+)?|of\s+(?:an?\s+|the\s+)?)?$",
    re.I,
)
# The headline's reduced passive right after the actor: "17 soldiers killed in jihadist ambush", "troops wounded by
# a roadside bomb": the actor suffered the attack.
REDUCED_PASSIVE_HARM = re.compile(
    r"\s+(?:killed|slain|wounded|injured|hurt|captured|kidnapped|abducted|dead|hit|targeted|attacked|ambushed)\s+(?:in|by|during|when|as|after|at|near)\b", re.I)
# The word an attack named before is described as: "described the strike as a 'horrific massacre'", "called the raid a massacre".
LABEL_OF_AN_ATTACK_BEFORE = re.compile(
    r"\b(?:describ(?:ed|es|ing)|call(?:ed|s|ing)|term(?:ed|s|ing)|dubb(?:ed|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\s+"
    r"(?:the|this|that|these|those|it|its|their)\b(?:\s+[\w'’-]+){1,6}?\s+(?:as\s+[\"“']?(?:an?\s+)?|[\"“']?an?\s+)[\"“']?(?:(?:horrific|brutal|heinous|barbaric|deliberate|cowardly|new|another|real|terrorist|criminal)\s+)*$",
    re.I,
)
# A verb describing an attack named as its object: "Hamas described the strike as a massacre", "called the raid a crime".
DESCRIBER_BETWEEN = re.compile(r"\b(?:describ(?:ed|es|ing)|call(?:ed|s|ing)|term(?:ed|s|ing)|dubb(?:ed|ing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing))\s+"
                               r"(?:the|this|that|these|those|its|their|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's|"
                               r"(?:last|this)\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# The accused heading a passive accusation: "have been accused of", "were blamed for repeatedly".
ACCUSED_PASSIVE_BETWEEN = re.compile(r"(?:\s+(?:fighters|forces|troops|soldiers|militants|militiamen|militias?|rebels|members|gunmen|army|military|paramilitaries))?\s+(?:(?:have|has|had)\s+been|was|were|is|are|being)\s+(?:also\s+|repeatedly\s+|widely\s+)?(?:accused|blamed)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?", re.I)
# A verb of accusing between an actor and an attack: the actor accuses, the accused attacked.
ACCUSER_BETWEEN = re.compile(r"\b(?:accus(?:ed|es|ing|e)|blam(?:ed|es|ing|e)|charg(?:ed|es|ing))\b", re.I)
# A passive verb of harm between an actor and an attack: the actor suffered it ("Malian soldiers were killed in an
# ambush", "a convoy carrying UN peacekeepers was hit by a bomb", "two Kenyan officers died in an IED blast", "six
# soldiers were martyred when ...", "three troops were blown up by a mine"); the victims' outcomes are the casualty ones.
VICTIM_OUTCOMES = "|".join(pattern for outcome in ("killed", "wounded", "captured", "missing") for pattern in CASUALTY_AFTER[outcome])
PASSIVE_HARM_BETWEEN = re.compile(
    r"\b(?:(?:was|were|been|being|got|get|gets|are|is)\s+(?:(?:\w+ly|also|all|both|reportedly|allegedly|then|later)\s+)*"
    rf"(?:{VICTIM_OUTCOMES}|hit|struck|targeted|attacked|ambushed|shelled|bombed|shot|trapped|caught|blown\s+up|torn\s+apart|destroyed|damaged|downed|"
    r"overrun|overran|surrounded|encircled|besieged|pinned\s+down|stricken|riddled)"
    r"|died|dies|perished|lost\s+their\s+lives|c(?:ame|omes?|oming)\s+under|embraced\s+(?:martyrdom|shahadat|shahadah)|laid\s+down\s+their\s+lives"
    r"|succumbed|went\s+missing|disappeared|vanished"
    # a headline's passive without its auxiliary: "Three U.S. soldiers killed in drone attack", "Two Israelis wounded in"
    r"|(?:killed|wounded|injured|hurt|dead|destroyed|damaged|downed)\s+(?:in|during|as|when|after)(?=\s))\b",
    re.I,
)
# A participle at the trigger, regular or not: "hit by", "hurt by a landmine", "caught in an ambush".
PARTICIPLE = re.compile(r"(?:\w+ed|struck|hit|shot|fought|beaten|hurt|slain|blown|caught|torn|thrown|stricken|overrun|shaken|set)\b", re.I)
SUBJECT_RELATIVE = re.compile(
    r"\s*(?:(?!(?:said|says|say|reported|reports|claimed|claims|stated|added|confirmed|announced|noted|alleged|told|believes?|believed)\b)[\w-]+\s+){0,2}?(?:that|who)\s+"
    # a non-restrictive relative on the actor itself: "the Houthis, who have attacked shipping", "al-Shabaab, which attacked"
    r"|,\s*(?:who|which)\s+",
    re.I,
)


# Forces or weapons of one side joined by "and": "tanks and drones", "troops and militiamen".
FORCE_WORDS = r"(?:tanks|drones|UAVs|jets|warplanes|aircraft|helicopters|gunships|troops|forces|soldiers|artillery|gunboats|snipers|fighters|militiamen|militants|police|policemen|navy|army|units|special\s+forces)"
# An arm of the forces joined to the next one: "missile and [artillery units struck]", "air and naval forces struck".
DIGIT_GROUP = re.compile(r"(?<=\d)[,.](?=\d)")
ARMS = r"(?:missile|rocket|artillery|air|drone|mortar|tank|naval|ground|armou?red|infantry|special)"
ARMS_JOINED_BEFORE_TRIGGER = re.compile(rf"\b{ARMS}\s+and\s+(?:(?={ARMS}\b)|$)", re.I)
COORDINATED_FORCES = re.compile(rf"\b{FORCE_WORDS}\s+and\s+(?:[\w-]+\s+)?(?={FORCE_WORDS}\b)", re.I)
# Members of a group "from" it, not a place: "fighters from the Kachin Independence Army".
MEMBERS_FROM = re.compile(rf"\b(?:{FORCE_WORDS}|members|rebels|gunmen|insurgents|elements|jihadists|guerrillas|combatants|assailants|attackers)\s+from\s+(?:the\s+)?$", re.I)
# An appositive between a head and its verb: ", Iran's ally,", ", a group linked to al-Qaeda,".
APPOSITIVE = re.compile(r",\s+(?!(?:which|who|said|says|the\s+\w+\s+said)\b)[^,;:.]{2,60},\s*$")


def _appositive_head(view: SentenceView, inner: ActorMention) -> str | None:
    """The actor heading a clause whose verb follows an appositive naming another actor ("Hezbollah, Iran's ally, fired")."""
    text = view.text
    comma = text.rfind(",", 0, inner.start)
    if comma < 0 or APPOSITIVE.match(text[comma:inner.end] + text[inner.end:].split(",", 1)[0] + ",") is None:
        return None
    head = view.last_actor_before(comma + 1)
    if head is None or head is inner or text[head.end : comma].strip():
        return None
    return head.code


# A side named as the companion of those before it: "volunteers fighting alongside the army", "together with police".
COMPANION_BEFORE = re.compile(r"\b(?:alongside|beside|together\s+with|along\s+with)\s+(?:the\s+)?$", re.I)
# Partners named between a head and its verb, set off by commas: "The Somali National Army, in collaboration with local
# forces and international partners, conducted an operation".
PARTNERS_ASIDE = re.compile(
    r",\s+(?:in\s+(?:collaboration|cooperation|coordination|conjunction|partnership)\s+with|together\s+with|alongside|jointly\s+with|"
    r"supported\s+by|assisted\s+by|with\s+(?:the\s+)?(?:support|help|backing|assistance)\s+of)\s+[^;.,]{1,90}(?:,[^;.,]{1,60})?,", re.I)


# The agent of an attack labelled by its backer: "an attack by Turkish-backed factions".
BACKED_AGENT_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?[\w'’]+-(?:aligned|backed|allied|affiliated|linked|supported|sponsored|funded|armed)\b", re.I)
# A backer named inside the head's phrase, as the agent of a participle or in a label: "M23 rebels backed by Rwanda",
# "the Iran-aligned group" (GOLD_FORMAT: labels of backing are not coded, and the backer did not attack).
BACKER_BEFORE = re.compile(r"\b(?:backed|supported|sponsored|armed|funded|financed|trained|equipped|aided|assisted)\s+by\s+(?:the\s+)?$", re.I)
# Fire that backs a side, named by its own side: "troops backed by US airstrikes", "supported by Russian air strikes".
BACKING_FIRE = re.compile(r"(?:air|drone|missile|artillery|rocket|mortar|tank)\s*(?:strikes?|raids?|attacks?|fire|barrages?)|(?:(?:artillery|mortar|tank|rocket)\s+)?(?:shelling|bombardments?)|airstrikes?|bombings?", re.I)
BACKER_LABEL_AFTER = re.compile(r"-(?:aligned|backed|allied|affiliated|linked|supported|sponsored|funded|armed|trained|friendly|leaning|inspired)\b", re.I)


# A side and its own allies or forces heading the verb: "the army and its allies bombed", "Israel and its proxies shelled".
WITH_ITS_OWN_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+)?\s*(?:,\s*)?(?:and|together\s+with|along\s+with|with)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _possessor_with_allies(view: SentenceView, start: int) -> str | None:
    """The side whose "its" opens the head's second part ("the army and its allies"), not the speaker's."""
    actor = view.last_actor_before(start)
    if actor is None or actor.role == "pronoun" or not WITH_ITS_OWN_AFTER.fullmatch(view.text, actor.end, start):
        return None
    if PLACE_BEFORE.search(view.text[: actor.start]) or TARGET_BEFORE.search(view.text[: actor.start]) or VICTIM_BEFORE.search(view.text[max(0, actor.start - 40) : actor.start]):
        return None
    return actor.code


# Verbs of saying: a possessive after one points to the speaker.
SAYING = re.compile(r"\b(?:said|says|say|told|tells|according|claimed|claims|announced|reported|reports|stated|added|confirmed|wrote|posted)\b", re.I)


POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _subordinate_owner(view: SentenceView, start: int) -> str | None:
    """The side an "its"/"their" before the trigger stands for when its clause is subordinate to a clause headed by a
    named side: "Cambodia deployed drones before its soldiers opened fire", "Russia massed troops near Kupiansk, where
    its units stormed trenches", "the RSF took the town after its fighters shelled the base" (adverbial and relative
    clauses in the parse). A coordinated clause ("Hamas attacked a post, and its troops repelled them") is left to the
    speaker."""
    possessive = POSSESSIVE_BEFORE.search(view.text, max(0, start - 40), start)
    if possessive is None:
        return None
    doc = parse(view.text)
    token = next((t for t in doc if t.idx == possessive.start()), None)
    if token is None or token.dep_ != "poss" or token.head.dep_ != "nsubj":
        return None
    verb = token.head.head
    if verb.dep_ not in ("advcl", "relcl"):
        return None
    governor = verb.head
    if verb.dep_ == "relcl":  # the noun the relative clause tells of, inside the governing clause
        while governor.pos_ not in ("VERB", "AUX") and governor.head is not governor:
            governor = governor.head
    subjects = [c for c in governor.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    low, high = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
    owners = [a for a in view.actors if low <= a.start and a.end <= high and a.role != "pronoun"]
    return owners[0].code if owners else None


def _sentence_subject(view: SentenceView, start: int) -> str | None:
    """The actor heading the sentence, for a possessive with no speaker before it: "The Arakan Army captured the town and its
    fighters then attacked a naval base" (its = the Arakan Army's)."""
    if SAYING.search(view.text, 0, start):
        return None
    first = view.first_actor_after(0)
    if first is None or first.end > start or first.role == "pronoun" or not re.fullmatch(r"[\s\"“‘']*(?:the\s+)?", view.text[: first.start], re.I):
        return None
    return first.code


# Helpers told in an appositive after the head ("Somali forces, backed by clan militia, attacked"): the head still heads.
HELPERS_APPOSITIVE = re.compile(r",\s+(?:backed|supported|aided|assisted|joined|accompanied|helped|reinforced)\s+by\s+[^,;.]{1,60},\s*", re.I)
# The means told in an appositive after the head ("Armenian units, using small arms, mortars and artillery, subjected ...",
# "Russian forces, armed with glide bombs, struck"): the head still heads.
MEANS_APPOSITIVE = re.compile(r",\s+(?:using|employing|armed\s+with|deploying)\s+[^;.:]{1,80}?,\s*$", re.I)


# A verb putting weapons to use, before the weapons' maker: "used [Turkish] drones", "deployed [Chinese-made] jets".
WEAPON_USED_BEFORE = re.compile(r"\b(?:used|uses|using|deployed|deploying|employed|employing|with|fired|firing|launched|launching)\s+(?:(?:an?|the|its|their|\d[\d,]*)\s+)?$", re.I)
WEAPON_AFTER_MAKER = re.compile(rf"(?:-made|-built|-supplied)?\s+(?:[\w-]+\s+)?(?:{GROUND_WEAPONS}|{AIR_WEAPONS})", re.I)


def _clause_head(view: SentenceView, start: int) -> str | None:
    """The actor heading the trigger's clause: "Russian forces shelled ...", "al Shabaab militants
    stormed ...", past a place inside its phrase ("Armenian forces in Karabakh set up a trap") and
    through a subject relative clause ("rebel fighters who were trying to attack")."""
    text = view.text
    asides = [m.span() for m in PARTNERS_ASIDE.finditer(text, 0, start)]
    for actor in reversed([a for a in view.actors if a.end <= start]):
        if any(a_start <= actor.start < a_end for a_start, a_end in asides):
            continue  # "in collaboration with international partners": the partners of the head, not the head
        if start - actor.end - sum(a_end - a_start for a_start, a_end in asides if actor.end <= a_start) > HEAD_DISTANCE:
            return None
        if PLACE_BEFORE.search(text[: actor.start]) and not MEMBERS_FROM.search(text[: actor.start]):
            continue  # a place named inside the head's phrase ("in southern Ethiopia"): the head stands further back
        if COMPANION_BEFORE.search(text, max(0, actor.start - 30), actor.start):
            continue  # "killed 40 volunteers fighting alongside the army in an attack": the companions of the people named
        if BACKER_BEFORE.search(text[: actor.start]) or BACKER_LABEL_AFTER.match(text, actor.end):
            continue  # "M23 rebels backed by Rwanda advanced", "the Iran-aligned group fired": the backer labels the head
        if (actor.role in ("adjective", "demonym") and WEAPON_USED_BEFORE.search(text[: actor.start])
                and WEAPON_AFTER_MAKER.match(text, actor.end)):
            continue  # "Pakistan used Turkish drones in attacks": the weapons' maker, not the side heading the clause
        if TARGET_BEFORE.search(text[: actor.start]) and not FORCES_OF.search(text[: actor.start]):
            return None
        if ACCUSED_HEAD_BEFORE.search(text, max(0, actor.start - 30), actor.start) and ACCUSED_OF_BETWEEN.fullmatch(text, actor.end, start):
            return actor.code  # "... and accused the army of bombing civilians": the accused is the attacker, whatever the speaker's forces did
        if OBJECT_OF_ASSAULT.search(text, max(0, actor.start - 40), actor.start) or OBJECT_OF_STRIKE.search(text, max(0, actor.start - 40), actor.start):
            return None  # "militants overran a Somali army base after a car bomb ...": the army's is the base attacked
        between = PARTNERS_ASIDE.sub(" ", text[actor.end : start])
        if SUBORDINATE_FIGHTERS_BEFORE.search(between):
            return None  # "Junta airstrike kills 12 as resistance forces overrun outpost": unnamed fighters head the verb
        if SUBORDINATOR_ONLY.fullmatch(between) and WEAPON_HEADING_VERB.match(text, start):
            return None  # "Explosions rock Port Sudan as drones hit a depot": the weapons head their own clause
        if ACCUSED_PASSIVE_BETWEEN.fullmatch(between):
            return actor.code  # "RSF fighters have been accused of mass killings": the accused head the passive
        if ACCUSER_BETWEEN.search(between) or DESCRIBER_BETWEEN.search(between):
            return None  # "the army accused the rebels of targeting homes", "Hamas described the strike as a massacre": the
            # accuser or describer is not the attacker
        if PASSIVE_HARM_BETWEEN.search(between) or REDUCED_PASSIVE_HARM.match(between) or (VERB_STRIKE_PASSIVE.search(between) and PARTICIPLE.match(text, start)):
            return None  # "six soldiers were killed in an attack", "a convoy was hit by a roadside bomb": the victims, not the head
        relative = SUBJECT_RELATIVE.match(between)
        if relative is None and VICTIM_BEFORE.search(text[max(0, actor.start - 40) : actor.start]):
            continue  # "Turkey killed three PKK commanders in an airstrike": the victims, not the head
        between = COORDINATED_FORCES.sub(" ", between)  # "Israeli tanks and drones opened fire": one attacker's forces
        between = DIGIT_GROUP.sub("", between)  # "carried out 3,641 shelling attacks": a count's separator, no clause break
        between = ARMS_JOINED_BEFORE_TRIGGER.sub(" ", between)  # "Ukrainian missile and artillery units struck", "air and naval forces": one attacker's
        between = DAY_BEFORE_VERB.sub(" ", between)  # "al-Shabaab militants on Tuesday overran": the day, no target
        between = ALLIED_FORCES_JOINED.sub(" ", between)  # "the RSF and allied Arab militias attacked": the RSF heads the clause
        between = GOING_ON_WITH.sub(" ", between)  # "Israel pressed on with strikes": "on" a particle, no target
        between = SHARED_SUBJECT_VERB.sub(" ", between)  # "the Indian Army responded proportionately and destroyed": one head
        between = HELPERS_APPOSITIVE.sub(" ", between)  # "Somali forces, backed by local militia, attacked": the forces head the clause
        between = MEANS_APPOSITIVE.sub(" ", between)  # "Armenian units, using mortars and artillery, shelled": the units head the clause
        if CLAUSE_BREAK.search(between[relative.end() :] if relative else between) or ANOTHER_EVENT.search(between):
            appositive = _appositive_head(view, actor)
            if appositive is not None and not CLAUSE_BREAK.search(between[between.rfind(",") + 1 :]):
                return appositive  # "Hezbollah, Iran's ally, fired rockets": the head before the appositive
            return None  # "the army shelled villages to avenge an ambush": the ambush is not the army's
        if OWN_FORCES_BEFORE.search(text[max(0, actor.start - HEAD_DISTANCE) : actor.start]):
            return SUBJECT_IS_CLAIMANT  # "its military had targeted Hamas' chief in a strike": Hamas is the target
        return actor.code
    return None


# A second predicate coordinated after a first: "Russian forces shelled Kherson and then struck the port", "troops
# demolished houses and shot dead two men".
COORDINATED_PREDICATE_BEFORE = re.compile(r"(?:\band|,)\s+(?:(?:then|later|also|subsequently|afterwards|again|reportedly)\s+)?$", re.I)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Verbs that tell an attack themselves: a participle after them tells its target or effect, not a second attack.
ATTACK_VERB_LEMMAS = frozenset("shell strike hit attack bomb target pound fire launch raid storm ambush bombard shoot assault".split())


def _shared_subject(view: SentenceView, start: int) -> str | None:
    """The actor heading the first of two coordinated predicates, for an attack told by the second: "the army pounded
    the town with artillery and then stormed it" (the parse's conjunct verb with no subject of its own, whose first
    conjunct has an active subject)."""
    text = view.text
    if not COORDINATED_PREDICATE_BEFORE.search(text[max(0, start - 30) : start]):
        return None
    token = next((t for t in parse(text) if t.idx == start), None)
    # a conjunct verb, or a participle after a comma ("Pakistani troops responded, destroying several posts")
    participle = (token is not None and token.dep_ == "advcl" and token.tag_ == "VBG" and text[max(0, start - 2) : start].startswith(",")
                  and token.head.lemma_.lower() not in ATTACK_VERB_LEMMAS)  # not "shelled Omdurman, targeting a market": its target
    if token is None or (token.dep_ != "conj" and not participle) or token.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in token.children):
        return None
    head = token.head
    while head.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in head.children):
        head = head.head
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    if head.pos_ not in ("VERB", "AUX") or len(subjects) != 1 or subjects[0].dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in head.children):
        return None  # "six soldiers were killed and ...": the first predicate's subject suffered it
    low, high = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
    for actor in view.actors:
        if low <= actor.start and actor.end <= high and actor.role != "pronoun" and (
                not PLACE_BEFORE.search(text[: actor.start]) or MEMBERS_FROM.search(text[: actor.start])):
            return actor.code  # "Russian forces", "fighters from the Kachin Independence Army"; not "troops in Gaza"
    return None


def _target(view: SentenceView, end: int) -> str | None:
    actor = view.first_actor_after(end)
    if actor is None:
        return None
    between = view.text[end : actor.start]
    if TARGET_PREPOSITION.match(between) and len(between) < 40:
        return actor.code
    if TRIGGER_ENDS_ON_TARGET.search(view.text, max(0, end - 12), end) and TARGET_DETERMINERS.fullmatch(between):
        return actor.code  # "drones were launched at Russian positions": the trigger ends in the target's preposition
    if (TRIGGER_VERB_ON_OBJECT.search(view.text, max(0, end - 12), end) and OBJECT_DETERMINER.fullmatch(between)
            and actor.role not in ("capital", "pronoun") and FORCE_OBJECT_AFTER.match(view.text, actor.end)):
        return actor.code  # "drones struck an SDF convoy", "jets bombed Houthi positions": the side whose forces the verb befell
    if (NOUN_THEN_VERB_ON_OBJECT.fullmatch(between) and actor.role not in ("capital", "pronoun")
            and FORCE_OBJECT_AFTER.match(view.text, actor.end)):
        return actor.code  # "the strike targeted a Hamas commander": the attack noun's verb, then the side it befell
    return None


# The verb after an attack noun, up to its object: "[the strike] targeted a [Hamas commander]".
NOUN_THEN_VERB_ON_OBJECT = re.compile(r"\s+(?:(?:also|then|reportedly|apparently)\s+)?(?:targeted|hit|struck|killed)\s+(?:(?:the|an?|two|three|several|its|their)\s+)?", re.I)
# An attack verb ending the trigger, whose direct object is what it struck.
TRIGGER_VERB_ON_OBJECT = re.compile(r"\b(?:struck|hit|attacked|bombed|shelled|targeted|ambushed|raided|pounded)\s*$", re.I)
OBJECT_DETERMINER = re.compile(r"\s*(?:(?:the|an?|several|two|three|four|five|its|their)\s+)?", re.I)
# Forces or military sites after the side named as the object: "an SDF convoy", "Houthi positions", "army bases".
FORCE_OBJECT_AFTER = re.compile(r"(?:['’]s)?\s+(?:military\s+|army\s+)?(?:convoys?|positions?|posts?|bases?|patrols?|vehicles?|checkpoints?|"
                                r"fighters|troops|forces|units?|camps?|headquarters|outposts?|depots?|targets|sites|commanders?|leaders?|operatives?|"
                                r"militants|members|launchers?|infrastructure|facilit(?:y|ies)|tunnels?|cells?|hideouts?|compounds?|command\s+cent(?:re|er)s?)\b", re.I)


TRIGGER_ENDS_ON_TARGET = re.compile(r"\b(?:on|against|at|upon|targeting)\s*$", re.I)
TARGET_DETERMINERS = re.compile(r"\s*(?:(?:the|a|an|several|two|three|its|their)\s+)?(?:[\w-]+\s+){0,2}?", re.I)


def _one_per_means(text: str, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Several triggers of one means and attacker in a sentence are one attack claim; an unattributed one
    is the attributed one retold, unless the sentence sets it apart as another event ("strikes in
    retaliation for a drone attack on a base": the drone attack is another attack)."""
    seen: set[tuple[str | None, str | None]] = set()
    kept: list[DraftClaim] = []
    for draft in drafts:
        key = (draft.outcome, draft.subject)
        retold = any(d.subject is not None and d.outcome == draft.outcome and not _another_event(text, d, draft)
                     and not (d.start < draft.start and _another_clause(text, d, draft)) for d in drafts)
        if draft.subject is None and draft.notes.get("generic") and kept and PARTICIPLE_AFTER_COMMA.search(text[: draft.start]) and re.match(r"\w+ing\b", text[draft.start :]):
            continue  # "The RSF shelled Omdurman, targeting a market": the participle tells the same attack's target
        same = [d for d in kept if (d.outcome, d.subject) == key]
        # "clashed ..., with both sides accusing the other of firing first": the charge is a claim of its own
        charged = draft.subject is None and ACCUSED_OF_BEFORE.search(text[max(0, draft.start - 60) : draft.start]) is not None and not any(
            ACCUSED_OF_BEFORE.search(text[max(0, d.start - 60) : d.start]) for d in same)
        if not charged and ((same and not _another_clause(text, same[-1], draft)) or (draft.subject is None and retold and not draft.notes.get("traded"))):
            continue
        seen.add(key)
        kept.append(draft)
    return kept


PARTICIPLE_AFTER_COMMA = re.compile(r",\s*(?:also\s+|mainly\s+|mostly\s+|deliberately\s+)?$")
# What opens a clause of its own after a first attack: a coordinated clause with its own subject or verb
# ("..., and clashes also erupted in Gao", "; the jets later struck Tyre"), a time adverbial clause.
ANOTHER_CLAUSE = re.compile(r";|,\s*(?:and|while|whereas|but)\s+|\b(?:while|whereas|hours\s+later|later|also|meanwhile|elsewhere)\b", re.I)


def _another_clause(text: str, first: DraftClaim, second: DraftClaim) -> bool:
    """Whether a second trigger of the same means and attacker stands in a clause of its own (GOLD_FORMAT: one attack
    claim per clause)."""
    return bool(ANOTHER_CLAUSE.search(text[first.end : second.start]))


def _another_event(text: str, first: DraftClaim, second: DraftClaim) -> bool:
    """Whether the sentence tells two attacks as two events, one answering the other."""
    low, high = (first, second) if first.start < second.start else (second, first)
    return bool(ANOTHER_EVENT.search(text[low.end : high.start]))


# Words setting one attack apart from another told in the same sentence as its cause: "in retaliation for",
# "in response to", "to avenge".
ANOTHER_EVENT = re.compile(
    r"\b(?:(?:in|as|an?|the|its|their)\s+(?:\w+\s+)?(?:retaliation|response|revenge|reprisal|answer)\s+(?:for|to|against)|to\s+avenge|avenging)\b"
    # a clause of time with its own subject right before the second trigger: "retaliated with artillery fire after India
    # launched missile strikes"
    r"|\b(?:after|before)\s+(?!(?:the|a|an|its|their|this|that|these|those)\b)(?:[\w'’-]+\s+){1,3}$",
    re.I,
)
