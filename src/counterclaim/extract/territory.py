"""Territory claims: ground lost by one side and gained, or retaken, by the other.

`subject` is the side that loses the ground in the event, `object` the side that gains it;
`retaken` marks ground recovered by the gainer ("recaptured the base", "restored positions").
"""

from __future__ import annotations

import re

from counterclaim.extract.drafts import (
    SUBJECT_IS_ADVERSARY_OF,
    SUBJECT_IS_CLAIMANT,
    SUBJECT_IS_CLAIMANT_ADVERSARY,
    ActorMention,
    DraftClaim,
    SentenceView,
)
from counterclaim.extract.lexicon import COUNTRY_REBELS, SUBORDINATE_FIGHTERS_BEFORE
from counterclaim.extract.literal_prefilter import prefiltered
from counterclaim.extract.materiel import STATE_SIDE
from counterclaim.records import Count

GROUND = (
    # a share of a country or region ("large parts of central Somalia", "most of the north", "swathes of eastern Congo")
    r"(?:(?i:(?:large|vast|big|huge|significant|wide|much\s+of\s+the|most\s+of\s+the)\s+)?(?i:parts?|swath(?:e)?s|areas|sections|stretches|most|much|half)\s+of\s+(?i:the\s+)?"
    r"(?:(?i:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?i:north|south|east|west|country|countryside)\b))|"
    # a country's place named by its kind ("Ukraine's eastern town of Selydove"), before the bare name would stop at "Ukraine"
    r"(?:[A-Z][\w-]+['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?i:villages?|towns?|city|cities|settlements?|localit(?:y|ies)|hamlets?)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
    # ... or its middle ("entered the centre of Bahri", "reached the heart of the city")
    r"(?:(?:the\s+)?(?:(?i:villages?|towns?|city|cities|settlements?|bases?|localit(?:y|ies)|hamlets?|cent(?:re|er)|heart)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    # a share of the ground ("part of the army barracks", "most of the town")
    r"(?:(?i:part|parts|most|much|half|sections?)\s+of\s+)?"
    r"(?:(?i:some|several|a\s+number\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|the|a|an|its|their|our|his|key|"
    r"strategic|several\s+more)\s+)?"
    # a share of a whole ("14 of Rakhine's 17 townships", "nine of the state's 11 districts")
    r"(?:(?i:of\s+(?:the|its|their)\s+)(?:[\w'’-]+['’]s?\s+)?(?:\d[\d,]*\s+)?|of\s+[A-Z][\w'’-]+['’]s?\s+(?:\d[\d,]*\s+)?)?"
    r"(?:[\w'’-]+(?:,\d{3})*\s+){0,3}?"  # a figure with its thousands ("more than 4,000 square kilometres")
    # the high ground, air bases written as one word, a town's edges and oil or gas fields ("a strategic ridge", "the
    # Kavumu airbase", "the outskirts of Pokrovsk", "the Sharara oilfield")
    r"(?:(?i:positions?|villages?|towns?|city|cities|settlements?|bases?|military\s+base|hills?|hilltops?|ridges?|ridgelines?|peaks?|airbases?|outskirts|suburbs?|"
    r"municipalit(?:y|ies)|counties|county|trenches|fortifications|(?:oil|gas)\s*fields?|heights?|territor(?:y|ies)|ground|areas?|districts?|regions?|outposts?|posts?|checkpoints?|bridgeheads?|strongholds?|control|footholds?|localit(?:y|ies)|neighbou?rhoods?|airport|airfield|port|camp|barracks|headquarters|(?:military|army|regional|operations|operational|divisional|division|brigade|battalion|sector|naval)\s+command|palace|crossing|corridor|bridge|dam|island|capitals?|provinces?|townships?|communit(?:y|ies)|kibbutz(?:im)?|garrison|compound|"
    r"square\s+(?:kilomet(?:re|er)s|miles|km)|sq\.?\s*(?:km|kilomet(?:re|er)s|miles)|km2|km²|hectares|acres|(?:left|right|east(?:ern)?|west(?:ern)?)\s+bank|police\s+stations?)))"
)
# Ground changing hands, by the gainer's verb: "captured the town", "took the base".
# Headlines and live copy tell it in the present ("Rebels seize key town", "Army takes control of Bakhmut").
GAIN = prefiltered(re.compile(
    rf"\b(?P<verb>(?i:captured|capturing|seized|seizing|took\s+(?:control\s+of|over)|took|taken\s+over|taking\s+over|taken|overran|overrunning|occupied|occupying|conquered|"
    rf"gained\s+control\s+of|gained\s+a\s+foothold\s+in|annexed|annexing|annexes|taking\s+(?:full\s+|effective\s+)?control\s+of|wrest(?:ed|ing|s)?\s+control\s+of|entered|(?<=\w\s)enter(?!\s+(?:talks|negotiations|into)\b)|(?:swept|sweeping|rolled|rolling|stormed|advanced|advancing|pushed|pushing|moved|broke|breaking)\s+(?:deeper\s+|further\s+)?into|gain(?:ed|s|ing)(?=\s+(?:(?:about|around|over|more\s+than|some|nearly|almost|up\s+to|at\s+least)\s+)?[\d,.]+\s+(?:square|sq)\b)|took\s+the\s+base|established\s+control\s+over|secured|securing|secures|"
    rf"captures?|seizes?|takes?\s+(?:full\s+)?(?:control\s+of|over)|overruns?|gains?\s+control\s+of|enters|takes|(?<=\w\s)take(?!\s+(?:place|part|power|office|effect|hold|shape|stock|note|care|part|root|aim|cover|refuge|shelter)\b)))\s+(?!(?i:up)\s)(?P<ground>{GROUND})(?![\w-])"
))
RETAKE = prefiltered(re.compile(
    rf"\b(?P<verb>(?i:recaptured|recapturing|retook(?:\s+control\s+of)?|retaken(?:\s+control\s+of)?|retaking(?:\s+control\s+of)?|regained(?:\s+control\s+of)?|liberated|liberating|freed|freeing|restores?|restored|restoring|reclaim(?:ed|ing)?|took\s+back|won\s+back|recovered|"
    rf"recaptures?|retakes?|regains?(?:\s+control\s+of)?|liberates?|reclaims?|takes?\s+back|wins?\s+back))\s+(?P<ground>{GROUND})(?![\w-])"
))
# The other side driven out: "pushed Russian troops out of Kherson", "drove the rebels from Goma".
EXPEL = prefiltered(re.compile(rf"\b(?P<verb>(?i:pushed|pushing|drove|driving|driven|forced|expelled|expelling|ousted|ousting|kicked|(?:cleared|clearing|flushed|flushing|dislodged|dislodging|evicted|evicting)(?=\s+(?:out\s+)?(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:al-\w+|(?-i:[A-Z])[\w'’-]+|militants|rebels|fighters|troops|forces|enemy|terrorists|insurgents|jihadists|militias?|soldiers)\b)))\s+(?!to\s)"
    # an object driven out, not the direction of one's own advance ("pushed south from Goma", "drove on from the town")
    rf"(?!(?i:(?:further|farther|deeper|on|onward|onwards|ahead|forward|back|north|south|east|west|(?:north|south)-?(?:east|west)|northward|southward|eastward|westward)s?)\s)"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?i:out\s+of|from)\s+(?P<ground>{GROUND})(?![\w-])"))
# Driven out, told in the passive: "government forces were driven out of Kunduz (by the Taliban)".
EXPELLED = prefiltered(re.compile(rf"\b(?P<verb>(?i:(?:were|was|been|being|are|is|get|got)\s+(?:\w+ly\s+)?(?:pushed|driven|forced|expelled|ousted|kicked|chased|thrown)\s+(?:back\s+)?(?:out\s+of|from)))\s+(?P<ground>{GROUND})(?![\w-])"))
# Ground given up, by the loser's verb: "lost several villages to the insurgents", "withdrew from".
LOSS = prefiltered(re.compile(rf"\b(?P<verb>(?i:lost|losing|loses|ceded|cedes|hand(?:ed|s|ing)\s+over(?=\s+(?:the\s+)?(?:control\s+of|(?:[\w'’-]+\s+){{0,2}}?(?:towns?|city|cities|villages?|bases?|positions?|territory|areas?|regions?|districts?|airport|port|crossing)\b))|abandoned|abandons|(?<=\bto\s)abandon|abandoning|(?:withdrew|withdrawn|withdrawing|withdraw|withdraws)\s+(?:\w+\s+){{0,3}}?from|(?:retreated|retreating|retreat|retreats)\s+from|(?:pulled|pulling|pull|pulls)\s+(?:out|back)\s+(?:of|from)|(?:fell|falling|fall|falls)\s+back\s+from|surrendered))\s+(?!(?i:in|at|near|over|during|after|while|when|since|on)\s)(?P<ground>{GROUND})(?![\w-])"))
# Strips of ground held rather than places ("a buffer zone", "a bridgehead"): ground a side can hold.
HELD_ZONES = r"(?:buffer|security|border|demilitari[sz]ed)\s+zones?|bridgeheads?|foothold"
# Ground held over time (GOLD_FORMAT: `lost` with `cumulative: true`): "X controls most of Y", "X now controls",
# "is in control of", "claims control of", "remain under its control", "outside government control", "has
# occupied ... since". The holder is the gainer; the side it was taken from, its adversary, is the subject.
HELD_GROUND = (
    r"(?:[\w.,%'’-]+\s+){0,7}?"
    r"(?:(?i:positions?|villages?|towns?|city|cities|settlements?|bases?|airbases?|hills?|hilltops?|ridges?|heights?|territor(?:y|ies)|ground|areas?|districts?|regions?|"
    r"provinces?|states?|counties|county|outposts?|posts?|checkpoints?|strongholds?|localit(?:y|ies)|neighbou?rhoods?|airports?|airfields?|ports?|"
    r"camps?|barracks|headquarters|countryside|landscape|land|lands|capital|hilltops?|ridges?|sq\.?\s*(?:km|kilomet(?:re|er)s|miles)|square\s+(?:kilometres|kilometers|miles|km)|km2|km²|acres|hectares|border|coast|coastline|"
    rf"enclave|pocket|corridor|{HELD_ZONES})|[A-Z][\w'’-]+)"
)
# ("Line of Control", "Line of Actual Control": a noun after "of", never a verb of holding)
HELD = prefiltered(re.compile(
    rf"\b(?<!\bof\s)(?<!\bActual\s)(?P<verb>(?i:(?:now\s+|still\s+|effectively\s+|largely\s+)?controls|(?:now\s+|still\s+|effectively\s+|largely\s+)?control(?!\s+(?:of|over|the\s+situation)\b)|(?:now\s+|still\s+)?controlled|(?:is|are|was|were|remain|remains|remained|(?:has|have|had)\s+been)\s+(?:now\s+|still\s+|firmly\s+|fully\s+)?in\s+(?:full\s+|effective\s+)?control\s+of|"
    rf"claim(?:s|ed)?\s+(?:full\s+|total\s+)?control\s+(?:of|over)|(?:still\s+)?(?:retains?|retained|maintains?|maintained|keeps?|kept)\s+(?:full\s+|firm\s+|effective\s+)?control\s+(?:of|over)|(?:has|have|had)\s+(?:long\s+|now\s+|still\s+)?(?:held|occupied|controlled)|"
    rf"(?:now\s+|still\s+|effectively\s+|illegally\s+)?(?:occupies|(?<!\bto\s)occupy(?=\s+(?:the\s+|some\s+|several\s+|\d|five\s|four\s|three\s|two\s|parts\s|much\s|most\s|large\s)))|(?:is|are)\s+(?:still\s+|now\s+)?occupying|"
    rf"holds|hold|still\s+holds?))\s+(?P<ground>{HELD_GROUND})(?![\w-])"
))
# "under its control", "under the control of the rebels", "outside government control"
UNDER_CONTROL = prefiltered(re.compile(r"\b(?P<verb>(?i:(?:still\s+|now\s+|remain(?:s|ed)?\s+|were\s+|was\s+|are\s+|is\s+)?under\s+(?:(?P<poss>its|their|his|rebel|militant|[A-Z][\w'’-]+)\s+)?control(?:\s+of\s+(?:the\s+)?)?|outside\s+(?:of\s+)?(?:government|state)\s+control))"))
# Ground held, told from the ground's side: "the town is now in the hands of the RSF".
IN_HANDS = prefiltered(re.compile(r"(?i)\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+|firmly\s+|back\s+|entirely\s+)?in\s+the\s+hands\s+of\s+(?:the\s+)?"))
# The ground a clause of holding is about, right before its verb ("the villages (are still) under ...").
GROUND_BEFORE_HELD = re.compile(r"(?i)\b(?:territor\w*|positions?|villages?|towns?|city|cities|areas?|districts?|regions?|bases?|camps?|parts?|settlements?|province|(?-i:[A-Z][\w'’-]+))\s*(?:(?:is|are|was|were|remain\w*|still|now|had\s+been|has\s+been|have\s+been|came|come|fell)\s+){0,3}$")
PEOPLE_NOT_GROUND = re.compile(r"\b(?:soldiers?|troops|fighters|prisoners?|hostages?|civilians|people|lives|tanks?|vehicles?|helicopters?|drones?|responsibility|airspace|air\s+space|waters)\b", re.I)


# Who enters a place without taking it: aid, its trucks and convoys, people fleeing or returning, visitors.
NOT_FORCES_ENTERING = re.compile(
    r"\b(?:trucks?|lorries|aid|supplies|shipments?|fuel|food|medicine|water|ambulances?|convoys?\s+of\s+(?:aid|food|fuel|humanitarian)|"
    r"journalists|reporters|inspectors|investigators|delegations?|envoys?|residents|displaced|refugees|returnees|families|patients|people|civilians|"
    r"pilgrims|tourists|migrants|workers)\s+(?:(?:have|has|had|also|finally|reportedly|again)\s+)*$",
    re.I,
)


# An advance into a place, and the wide areas an advance goes into without taking a place ("advanced into the Kursk
# region and captured Sudzha": Sudzha is the place taken).
ADVANCE_INTO = re.compile(r"(?i)(?:advanced|advancing|pushed|pushing|moved|broke|breaking)\s+(?:deeper\s+|further\s+)?into")
WIDE_AREA = re.compile(r"(?i)(?:[\w'’-]+\s+){0,3}?(?:territor(?:y|ies)|regions?|provinces?|oblasts?|countries|country|areas?|zones?)\b")


# Forces entering a place to help a side there: "entered Tigray to back the federal army", "entered the town to reinforce".
ENTERED_TO_HELP = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:back|support|help|assist|aid|reinforce|bolster|fight\s+alongside|join)\b", re.I)


def find_territory_claims(view: SentenceView) -> list[DraftClaim]:
    text = view.text
    drafts: list[DraftClaim] = []
    for pattern, kind in ((RETAKE, "retaken"), (EXPELLED, "loss"), (EXPEL, "retaken"), (GAIN, "gain"), (PRONOUN_GAIN, "gain"), (LOSS, "loss")):
        for match in pattern.finditer(text):
            if any(d.start <= match.start() < d.end for d in drafts):
                continue
            if pattern is PRONOUN_GAIN and not GROUND_ANTECEDENT.search(text[: match.start()]):
                continue  # "took it seriously": "it" is ground only after ground named in the sentence
            ground = match.groupdict().get("ground") or ""
            if re.match(r"(?i)of\s", ground):
                continue  # "claims recapture of key base": the noun of the event, read by _named_events
            compelled = COMPELLED_TO.search(text[: match.start()]) if kind == "loss" else None
            if PRESENT_FORM.fullmatch(match.group("verb").split()[0]) and INFINITIVE_BEFORE.search(text[: match.start()]) and compelled is None:
                continue  # "trying to capture the town", "could take control of": no ground taken yet
            if re.search(r"\b(?:the|of|from|in|into|on|across)\s+$", text[max(0, match.start() - 8) : match.start()], re.I) and match.group("verb").lower().endswith("ed"):
                continue  # "the occupied territories": an adjective, not an event
            if (match.group("verb").lower() == "occupied" and not text[: match.start()].strip()
                    and re.match(r"\s+(?:[A-Z][\w'’-]+\s+)?Territor(?:y|ies)\b", text[match.end("verb") :])):
                continue  # "Occupied Palestinian Territory: ..." heading a report: the area's name, no event
            if re.match(r"(?i)annexed", match.group("verb")) and re.search(r"(?:['’]s|\b(?:its|their))\s+(?:\w+ly\s+)?$", text[: match.start()]):
                continue  # "Russia's illegally annexed regions", "its annexed territories": a label of who holds it
            if text[match.start() - 1 : match.start()] == "-" and match.group("verb").lower().endswith("ed"):
                continue  # "Pakistan-occupied Kashmir", "Russian-occupied Crimea": a label of who holds it (GOLD_FORMAT: not coded)
            if PEOPLE_NOT_GROUND.search(ground) or re.match(r"(?:the\s+)?(?:lives|life)\b", ground, re.I):
                continue
            if re.match(r"(?i)enter", match.group("verb")) and NOT_FORCES_ENTERING.search(text, max(0, match.start() - 60), match.start()):
                continue  # "300 aid trucks entered Gaza", "displaced families entered the town": no force taking ground
            if re.match(r"(?i)enter|mov|advanc|push|swe|roll|cross|broke|break", match.group("verb")) and ENTERED_TO_HELP.match(text, match.end()):
                continue  # "Eritrean troops entered Tigray to back the federal army", "moved into Kidal to help the army": allies arriving
            if ADVANCE_INTO.fullmatch(match.group("verb")) and WIDE_AREA.match(text, match.start("ground")):
                continue  # "advanced into the Kursk region", "pushed into Armenian territory": an advance, no place taken
            if PEOPLE_NOT_GROUND.match(text, match.end() + 1) and text[match.end() : match.end() + 1] == " ":
                continue  # "captured Armenian tanks": the name qualifies what was captured, not ground
            ground_end = match.end()
            if ground.lower().split()[-1] == "control":
                ground_end = _controlled_ground(text, match.end())
                if not ground_end:
                    continue  # "took control of the debate", "lost control of the budget": no ground named
            if ((kind == "gain" and pattern is GAIN and match.group("verb").lower() in ("took", "taken", "secured", "securing", "secures")
                 or pattern is RETAKE and match.group("verb").lower() in ("freed", "freeing"))
                    and not re.search(r"\b(?:bases?|airbases?|towns?|villages?|city|cities|positions?|control|territor(?:y|ies)|ground|hills?|hilltops?|ridges?|barracks|camps?|airports?|airfields?|outposts?|posts?|"
                                      r"headquarters|garrisons?|settlements?|localit(?:y|ies)|hamlets?|districts?)\b", ground, re.I)
                    and not _known_place(ground, text[match.end() :])):
                continue  # "took Nasir" is ground taken; "took Smith hostage", "took the lead" are not
            agent = _clause_actor(view, match.start())
            if kind == "loss":
                to = re.match(r"^[^.;]{0,30}?\b(?:to|by)\s+(?:the\s+)?" if pattern is EXPELLED else r"^[^.;]{0,30}?\bto\s+(?:the\s+)?", text[match.end() :], re.I)
                gainer = view.first_actor_after(match.end() + to.end()) if to else None
                if pattern is EXPELLED and gainer is not None and gainer.start - (match.end() + to.end()) > 3:
                    gainer = None
                if OWN_FORCES_IN_A_CLAIM.search(text, 0, match.start()):
                    agent = None  # "Hezbollah denied Israeli claims that its fighters had withdrawn": the denier's own fighters
                subject = agent or _pronoun_subject(text, match.start())
                if compelled is not None:
                    forcer = _clause_actor(view, compelled.start())  # "the army forced the rebels to withdraw from X": the army gains X
                    if gainer is None and forcer is not None and forcer != subject:
                        gainer = next((a for a in view.actors_between(0, compelled.start()) if a.code == forcer), None)
                # "were driven out of X by Somali forces", "the army forced them to withdraw": as "drove them out of", a state
                # driving the other side out retakes the ground
                outcome = "retaken" if (compelled is not None or pattern is EXPELLED) and gainer is not None and not _is_group(gainer.code) else "lost"
                drafts.append(DraftClaim("territory", outcome, match.start(), match.end() + (to.end() + 30 if to else 0) if to else match.end(), subject=subject, object=gainer.code if gainer else None))
                drafts[-1].end = min(drafts[-1].end, len(text))
                drafts[-1].notes["loser_verb"] = "yes"  # the clause's subject gave the ground up
            else:
                subject = SUBJECT_IS_ADVERSARY_OF + agent if agent else None
                if agent is None and (FIRST_PERSON.search(text[: match.start()]) or REPORTED_PRONOUN.search(text[: match.start()])
                                      or REPORTED_PRONOUN_SECOND_VERB.search(text[: match.start()])):
                    # "we took the base", "(X announced that) it had seized the town": the speaker's side gained it
                    subject = SUBJECT_IS_CLAIMANT_ADVERSARY
                elif agent is None and (head := _participle_head(view, match)) is not None:
                    agent, subject = head, SUBJECT_IS_ADVERSARY_OF + head  # "Ukrainian forces launched an incursion, seizing several villages"
                elif agent is None and (antecedent := _pronoun_antecedent(view, match.start())) is not None:
                    agent = antecedent  # "the TNLA seized trucks when it overran the base": "it" is the TNLA
                    subject = SUBJECT_IS_ADVERSARY_OF + agent
                    head = view.first_actor_after(0)
                    if head is not None and _its_rebels(view, head):
                        subject, agent = agent, None  # "Syrian rebels captured Hama, a week after they swept into Aleppo": the state's loss
                outcome = "retaken" if kind == "retaken" else "lost"
                if agent is not None and kind == "gain" and _rebels_of(view, agent, match.start()):
                    subject, agent = agent, None  # "Syrian rebels seized Aleppo": the state's own rebels take it from the state
                owner = next((a for a in view.actors_between(match.start(), max(match.end(), ground_end))
                              if a.code != agent and a.role in ("adjective", "military", "name", "demonym")
                              and (OWNED_MILITARY_GROUND.match(text, a.end) or (OWNED_LAND.match(text, a.end) and not _is_group(a.code)))), None)
                if owner is not None:
                    subject = owner.code  # "al-Shabaab overran a Kenyan army base", "seized Russian positions": whose ground it was
                taken_from = re.match(r"\s+from\s+(?:the\s+)?", text[max(match.end(), ground_end) :])
                if taken_from is not None and pattern is not EXPEL:
                    loser = view.first_actor_after(max(match.end(), ground_end) + taken_from.end())
                    if loser is not None and loser.start - (max(match.end(), ground_end) + taken_from.end()) <= 2 and loser.code != agent:
                        subject = loser.code  # "regained control of Kawkareik from the KNU": the KNU lost it
                state_ground = subject is None and outcome == "lost" and (
                    STATE_GROUND.search(text[match.start() : max(match.end(), ground_end)])
                    or pattern is PRONOUN_GAIN and STATE_GROUND.search(text[: match.start()])
                    # "the assailants overran the camp", "jihadists seized the town": irregulars named by no group take
                    # ground from the state they fight
                    or agent is None and UNNAMED_IRREGULARS_BEFORE.search(text, max(0, match.start() - 80), match.start()))
                if pattern is EXPEL:
                    expelled = [a for a in view.actors_between(match.start(), match.end()) if a.code != agent]
                    if expelled:
                        subject = expelled[0].code  # "drove government troops out of the town": those driven out lose it
                    if agent is not None and _is_group(agent) or agent is None and expelled and not _is_group(expelled[0].code):
                        outcome = "lost"  # an armed group driving troops out takes ground, it does not retake it
                drafts.append(DraftClaim("territory", outcome, match.start(), max(match.end(), ground_end), subject=subject, object=agent))
                if state_ground:
                    drafts[-1].notes["side"] = STATE_SIDE  # taken by someone unnamed from the state: its base, its barracks
    drafts.extend(_named_events(view, drafts))
    drafts.extend(_listed_places(view, drafts))
    drafts.extend(_held_ground(view, drafts))
    drafts.extend(_taken_from_the_ground_side(view, drafts))
    drafts.extend(_taken_with_no_agent(view, drafts))
    for draft in drafts:
        if draft.count is None:
            draft.count = _places_counted(view, draft)
    return drafts


# Places taken or held, counted and unnamed ("seized 15 outposts", "lost control of more than 35 towns", "several
# villages"): GOLD_FORMAT gives the one claim that count. Areas ("300 sq km") and named places keep null.
COUNTED_PLACES = re.compile(
    # a share of a whole ("14 of Rakhine's 17 townships", "nine of the state's 11 districts") counts the share
    r"(?:\s+of\s+(?:the|its|their|[\w'’-]+['’]s?)(?:\s+[\w'’-]+['’]s?)?(?:\s+\d[\d,]*|\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty))?)?"
    r"(?:\s+(?!of\b)[\w'’-]+){0,2}?\s+(?:villages|towns|cities|settlements|hamlets|localities|positions|posts|outposts|checkpoints|bases|"
    r"strongholds|hills|hilltops|heights|districts|townships|municipalities|communities|neighbou?rhoods|garrisons|camps|trenches|strongpoints|"
    r"regions|provinces|oblasts|capitals)\b", re.I)


def _places_counted(view: SentenceView, draft: DraftClaim) -> Count | None:
    quantity = next((q for q in view.quantities if draft.start <= q.start < draft.end
                     or re.fullmatch(r"\s+(?:of|over)\s+", view.text[draft.end : q.start])), None)  # "lost control" of them
    if quantity is None or quantity.count is None or not COUNTED_PLACES.match(view.text, quantity.end):
        return None
    return quantity.count


# A side's military ground named by its owner ("a Kenyan army base", "Russian positions", "an ENDF camp").
# A state's land named by its adjective: "occupied Lebanese land", "seized Ukrainian territory", "captured Syrian villages".
OWNED_LAND = re.compile(r"(?:['’]s)?\s+(?:(?:border|frontier|sovereign)\s+)?(?:lands?|territor(?:y|ies)|soil|villages|towns|areas)\b", re.I)
OWNED_MILITARY_GROUND = re.compile(
    r"(?:['’]s)?\s+(?:(?:army|military|police|navy|naval|air\s+force|forward|frontline|front-line|defensive|fortified)\s+)*"
    r"(?:bases?|posts?|positions?|outposts?|barracks|camps?|checkpoints?|garrisons?|headquarters|strongholds?|trenches|fortifications?)\b",
    re.I,
)
# "stormed the base and briefly occupied it": a pronoun for ground named before it in the sentence.
PRONOUN_GAIN = prefiltered(re.compile(r"\b(?P<verb>(?i:captured|seized|occupied|overran|took|took\s+control\s+of|taken\s+control\s+of|seized\s+control\s+of))\s+(?P<ground>it)\b(?![\w-]|\s+(?:as|for|to|seriously|upon|on|in|out|back|over|away|off|hostage)\b)"))
GROUND_ANTECEDENT = re.compile(r"(?i)\b(?:base|town|village|city|camp|outpost|post|airport|airfield|barracks|garrison|hill|district|settlement|headquarters|checkpoint|stronghold|port)\b")
NOT_TAKEN_AS_GROUND = re.compile(r"(?i)\s*(?:hostage|prisoner|captive|into\s+custody|by\s+surprise|to\s+task|to\s+court|seriously|at\s+(?:his|her|their)\s+word)\b")


def _known_place(name: str, after: str) -> bool:
    """A capitalised name the gazetteer knows as a place, not followed by what one takes people as."""
    from counterclaim.data.gazetteer import load_gazetteer

    if not re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", name) or NOT_TAKEN_AS_GROUND.match(after):
        return False
    return load_gazetteer().lookup(name) is not None


# A present-tense verb of taking ground after "to" or a modal is an aim or a prospect, not an event.
PRESENT_FORM = re.compile(r"(?i)captures?|seizes?|takes?|overruns?|gains?|recaptures?|retakes?|regains?|liberates?|reclaims?|wins?|restores?|withdraws?|retreats?|pulls?")
# The loser made to give ground: "forced RSF fighters to retreat from Bahri" is ground lost, not an intention.
COMPELLED_TO = re.compile(r"(?i)\b(?:forced|forcing|forces|compelled|compelling|obliged|made)\s+(?:[\w'’-]+\s+){1,4}?to\s+$")
INFINITIVE_BEFORE = re.compile(r"(?i)(?<!forced\s)(?<!compelled\s)(?<!obliged\s)(?<!had\s)\b(?:to|will|would|could|can|may|might|must|should|cannot|not)\s+(?:\w+ly\s+)?$")
SAID_BEFORE = re.compile(r"\b(?:said|says|announced|claimed|claims|stated|insisted|added)\b", re.I)


def _controlled_ground(text: str, end: int) -> int:
    """Where the ground after "control of/over" ends (a place name or a ground noun), or 0 when none follows."""
    after = CONTROL_OF.match(text[end:])  # "took control peacefully of"
    if after is None or after.group("ground") and NOT_GROUND_OBJECT.match(after.group("ground")):
        return 0
    return end + after.end()


# Control of a share of a place ("lost control of large parts of the north", "control of most of Darfur").
SHARE_OF = r"(?i:(?:large|vast|big|huge|wide|significant|most|much|all|half|parts?|swath(?:e)?s?|chunks?|sections?|stretches|the\s+rest|the\s+whole|the\s+entire)\s+(?:\w+\s+)?of\s+(?:the\s+)?)"
WHOLE_REGION = r"(?i:country|countryside|north|south|east|west|(?:north|south)-?(?:east|west)|borderlands?|border\s+(?:areas?|regions?)|state|coast|interior|frontier)"
CONTROL_OF = re.compile(rf"\s+(?:\w+ly\s+)?(?:of|over)\s+(?:{SHARE_OF}(?P<region>{WHOLE_REGION}(?![\w-]))?)?(?(region)|(?P<ground>{GROUND})(?![\w-]))")
# Things one takes control of that are not ground ("the debate", "the agenda", "Parliament").
NOT_GROUND_OBJECT = re.compile(r"(?i)(?:the\s+)?(?:parliament|congress|senate|assembly|council|board|company|party|agenda|debate|budget|market|narrative|situation)\b")


def _relative_head(view: SentenceView, position: int) -> str | None:
    """The actor a relative clause hangs on: "the Islamic State, which controls ..." -> ISIS."""
    before = view.text[:position]
    which = re.search(r"(?i),?\s+(?:which|who|that)\s+(?:now\s+|still\s+|also\s+)?$", before)
    if which is None:
        return None
    actor = view.last_actor_before(which.start() + 1)
    if actor is None or which.start() - actor.end > 40:
        return None
    return actor.code


def _is_group(code: str) -> bool:
    from counterclaim.data.actors import load_registry

    return getattr(load_registry().actor(code), "kind", None) == "group"


# A side said to hold no ground ("has failed to control any major town"): a negative told as a fact, not an aim.
FAILED_TO_HOLD = re.compile(r"(?i)\b(?:has\s+|have\s+|had\s+|so\s+far\s+)?(?:failed|fails)\s+to\s+$")
# ... or said to hold it no more, or not: "Hamas no longer controls northern Gaza", "the group does not control any town".
NEGATED_HOLD = re.compile(r"(?i)\b(?:no\s+longer|(?:does|do|did)\s+not|(?:does|do|did)n['’]t)\s+(?:fully\s+|effectively\s+)?$")


def _held_ground(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    """Ground held: `lost` by the holder's adversary, `cumulative` (GOLD_FORMAT "controls", "has occupied")."""
    text = view.text
    found: list[DraftClaim] = []
    for match in HELD.finditer(text):
        if any(d.start <= match.start() < d.end for d in [*drafts, *found]):
            continue
        ground = match.group("ground")
        if PEOPLE_NOT_GROUND.search(ground) or NOT_GROUND_OBJECT.match(ground):
            continue
        verb = match.group("verb").lower()
        if verb.startswith("hold") or verb.startswith("still hold") or "occup" in verb:
            if not re.search(r"(?i)\b(?:territor|positions?|villages?|towns?|city|cities|areas?|districts?|regions?|bases?|parts?|much|most|swath|half|third|quarter|fifth|percent|per\s+cent|%|"
                             rf"(?:square|sq\.?)\s*(?:km|kilomet|miles)|km2|km²|hectares|acres|{HELD_ZONES})", ground):
                continue  # "holds talks", "holds a meeting": only ground nouns are held ground
        failed = (FAILED_TO_HOLD.search(text, max(0, match.start() - 25), match.start())
                  if verb == "control" and re.match(r"(?i)(?:any|a\s+single)\b", match.group("ground")) else None)
        failed = failed or NEGATED_HOLD.search(text, max(0, match.start() - 25), match.start())
        if failed is None and re.search(r"(?i)\b(?:failed|fails|unable|try|tries|trying|tried|seeks?|seeking|wants?|aims?|vows?|plans?)\s+(?:to\s+)?$", text[max(0, match.start() - 25) : match.start()]):
            continue  # hypotheticals and aims are not ground held
        reported = REPORTED_SECOND_HOLDER.search(text, 0, match.start())
        holder = None if reported else _clause_actor(view, match.start()) or _relative_head(view, match.start())
        if failed is not None and holder is None and PRONOUN_BEFORE.search(text[: failed.start()]):
            # "as it has failed to control any major cities, ... Fano controls ...": the armed group the sentence names
            holder = next((a.code for a in view.actors if a.role == "group"), None)
        if holder is None and (FIRST_PERSON.search(text[: match.start()]) or REPORTED_HOLDER.search(text, 0, match.start()) or reported):
            subject = SUBJECT_IS_CLAIMANT_ADVERSARY  # "we control", "the coalition said it now controls": the speaker's side holds it
        elif holder is None:
            continue  # who holds it must be named ("the bank controls inflation in Kenya" is no ground held)
        else:
            subject = SUBJECT_IS_ADVERSARY_OF + holder
        draft = DraftClaim("territory", "lost", match.start(), match.end(), subject=subject, object=holder, cumulative=True)
        if failed is not None:
            # GOLD_FORMAT: a plain negative that rebuts no one ("failed to control any cities") asserts none held, [0, 0]
            draft.start, draft.count = failed.start(), (0, 0)
        found.append(draft)
    for match in IN_HANDS.finditer(text):
        if any(d.start <= match.start() < d.end for d in [*drafts, *found]):
            continue
        if not GROUND_BEFORE_HELD.search(text[: match.start()][-60:]):
            continue  # "the bank is in the hands of administrators": no ground
        holder_mention = view.first_actor_after(match.end())
        if holder_mention is None or holder_mention.start - match.end() > 2:
            continue
        holder = holder_mention.code
        found.append(DraftClaim("territory", "lost", match.start(), holder_mention.end, subject=SUBJECT_IS_ADVERSARY_OF + holder, object=holder, cumulative=True))
    for match in UNDER_CONTROL.finditer(text):
        if any(d.start <= match.start() < d.end or match.start() <= d.start < match.end() for d in [*drafts, *found]):
            continue
        phrase = match.group("verb")
        if re.search(r"(?i)outside", phrase):
            # "outside government control": ground the state lost, holder unnamed
            actor = view.last_actor_before(match.start())
            found.append(DraftClaim("territory", "lost", match.start(), match.end(), subject=actor.code if actor else None, cumulative=True))
            if actor is None:
                found[-1].notes["side"] = STATE_SIDE  # "a third of the territory beyond state control": the state's
            continue
        before = text[: match.start()]
        if not GROUND_BEFORE_HELD.search(before[-60:]):
            continue  # control of something that is not ground ("the fire is under control")
        holder_mention = view.first_actor_after(match.end()) if match.group("verb").lower().rstrip().endswith(("of", "the")) else None
        holder = holder_mention.code if holder_mention and holder_mention.start - match.end() <= 5 else None
        if holder is None and match.group("poss") and match.group("poss").lower() in ("its", "their", "his"):
            if SAID_BEFORE.search(before):
                # "the group said the camps were still under its control": the speaker holds them
                holder, subject = None, SUBJECT_IS_CLAIMANT_ADVERSARY
            else:
                actor = view.last_actor_before(match.start())
                holder = actor.code if actor else None
                subject = SUBJECT_IS_ADVERSARY_OF + holder if holder else SUBJECT_IS_CLAIMANT_ADVERSARY
        else:
            named = next((a for a in view.actors if match.group("poss") and a.start == match.start("poss")), None)
            if holder is None and named is not None and named.role != "pronoun":
                holder = named.code  # "the village is now under Russian control": the side named before "control" holds it
            subject = SUBJECT_IS_ADVERSARY_OF + holder if holder else None
        if holder is None and subject is None:
            continue
        found.append(DraftClaim("territory", "lost", match.start(), match.end(), subject=subject, object=holder, cumulative=True))
    return found


# Ground changing hands named as an event: "the fall of Avdiivka to Russian forces", "Russia's capture of
# Vuhledar", "the army announced the liberation of Wad Madani from the RSF", "the recapture of Kherson by Ukraine".
NAMED_EVENT = prefiltered(re.compile(
    rf"\b(?:(?P<taken>(?i:capture|seizure|takeover|take-over|fall|overrunning|loss))|(?P<retaken>(?i:liberation|recapture|retaking|recovery)))\s+of\s+(?P<ground>{GROUND})(?![\w-])"
))
# A speaker announcing its own side's gain: "claims (the) recapture of", "announced the liberation of".
SPEAKER_GAIN_BEFORE = re.compile(r"(?i)\b(?:claim(?:s|ed|ing)?|announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|hail(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))\s+(?:the\s+)?(?:full\s+|complete\s+)?$")
# An event not (yet) come about: "fears of the fall of", "to prevent the capture of", "an imminent takeover of".
NOT_AN_EVENT = re.compile(r"(?i)\b(?:imminent|possible|potential|feared|looming|threat(?:ened|ens)?|risk|prevent(?:ing)?|fears?\s+of|would|could|might|before|plans?\s+for|attempt(?:ed)?|bid|aim(?:ed|s)?|push\s+for|calls?\s+for)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$")


HYPOTHETICAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:would|could|might|may)\s+(?:be|mean|open|leave|deal|give|cost|put|allow|spell)\b", re.I)


# A side neither confirming nor denying a loss: "the army did not confirm the loss of", "declined to confirm".
UNCONFIRMED_BEFORE = re.compile(
    r"\b(?:(?:did|does|do|would|could|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+|independently\s+)?confirm"
    r"|(?:declined|refused|was\s+unable|were\s+unable)\s+to\s+confirm|without\s+confirming|neither\s+confirmed\s+nor\s+denied)"
    r"\s+(?:or\s+deny\s+)?(?:the\s+|its\s+|their\s+|any\s+)?(?:reported\s+|claimed\s+)?$", re.I)


def _named_events(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    found: list[DraftClaim] = []
    for match in NAMED_EVENT.finditer(text):
        if any(d.start < match.end() and match.start() < d.end for d in [*drafts, *found]):
            continue
        ground = match.group("ground")
        if PEOPLE_NOT_GROUND.search(ground) or NOT_GROUND_OBJECT.match(ground) or view.actors_between(match.start("ground"), match.end("ground")):
            continue
        if NOT_AN_EVENT.search(text[: match.start()]) or HYPOTHETICAL_AFTER.match(text, match.end()):
            continue  # "the fall of Pokrovsk would be a major blow": an event not come about
        if match.group("taken") and match.group("taken").lower() == "loss":
            # "Ukraine denied the loss of Kurakhove", "the army confirmed the loss of two positions": the side whose
            # clause names it lost the ground (a denial is read by the attribution); "did not confirm the loss" says nothing
            if UNCONFIRMED_BEFORE.search(text, max(0, match.start() - 50), match.start()):
                continue
            loser = _clause_actor(view, match.start())
            if loser is not None:
                found.append(DraftClaim("territory", "lost", match.start(), match.end(), subject=loser))
            continue
        is_fall = match.group("taken") is not None and match.group("taken").lower() == "fall"
        after = re.match(r"\s+(?:to|into\s+the\s+hands\s+of)\s+(?:the\s+)?" if is_fall else r"\s+by\s+(?:the\s+)?", text[match.end() :], re.I)
        gainer_mention = view.first_actor_after(match.end() + after.end()) if after else None
        gainer = gainer_mention.code if gainer_mention and gainer_mention.start - (match.end() + after.end()) <= 2 else None
        end = gainer_mention.end if gainer else match.end()
        source = re.match(r"\s+from\s+(?:the\s+)?", text[end:], re.I)
        loser_mention = view.first_actor_after(end + source.end()) if source else None
        loser = loser_mention.code if loser_mention and loser_mention.start - (end + source.end()) <= 2 else None
        if gainer is None and loser is None and not is_fall and SPEAKER_GAIN_BEFORE.search(text, 0, match.start()):
            # "army claims recapture of key base", "the junta announced the liberation of X": the speaker's side took it
            found.append(DraftClaim("territory", "retaken" if match.group("retaken") else "lost", match.start(), end,
                                    subject=SUBJECT_IS_CLAIMANT_ADVERSARY))
            continue
        if gainer is None and not is_fall:
            gainer = _clause_actor(view, match.start())  # "Russia's capture of", "the army announced the liberation of X from Y"
        if gainer is None and loser is None and not (is_fall and _known_place(ground, text[match.end() :]) and not re.match(r"\s+(?:government|regime|administration|dynasty)\b", text[match.end() :])):
            continue  # "the fall of the Berlin Wall", "the capture of the suspect": no side took it from another; "the fall of Avdiivka" is ground lost
        if gainer is None and loser is None:
            found.append(DraftClaim("territory", "lost", match.start(), match.end()))
            continue
        subject = loser or SUBJECT_IS_ADVERSARY_OF + gainer  # type: ignore[operator]
        outcome = "retaken" if match.group("retaken") else "lost"
        found.append(DraftClaim("territory", outcome, match.start(), max(end, loser_mention.end if loser else end), subject=subject, object=gainer))
    return found


# "(the group announced that) it had seized the town": a pronoun standing for the speaker.
# The words reporting a speaker's clause whose pronoun stands for the speaker ("the group announced that it ...").
SPEAKER_REPORTS = r"\b(?:said|says|announced|claimed|claims|stated|reported|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
REPORTED_PRONOUN = re.compile(SPEAKER_REPORTS + r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$", re.I)
# ... and a second verb of that reported clause, which shares its subject ("said it had pushed back Russian troops near
# Kupiansk and taken control of Synkivka", "claimed its fighters had ambushed a convoy and seized the village").
REPORTED_PRONOUN_SECOND_VERB = re.compile(
    SPEAKER_REPORTS + r"(?:it|they|(?:its|their)\s+(?:forces|troops|fighters|units|soldiers|men))\s+[^.;:]{0,90}?\band\s+(?:\w+ly\s+)?(?:had\s+|has\s+|have\s+)?$", re.I)
# The speaker's own side as the pronoun heading a verb of holding: "the coalition said it now controls".
HOLDING_REPORTED_BY = r"\b(?:said|says|announced|claimed|claims|stated|added|insisted)"
HELD_NOW = r"(?:it|they)\s+(?:(?:now|still|already|effectively|fully)\s+)*$"
REPORTED_HOLDER = re.compile(HOLDING_REPORTED_BY + r"\s+(?:on\s+\w+\s+)?(?:that\s+)?" + HELD_NOW, re.I)
# ... in a second reported clause, where the last actor named belongs to the first ("said 2,000 soldiers had laid down
# their arms and that it now controls the zone": "it" is the speaker, not the soldiers).
REPORTED_SECOND_HOLDER = re.compile(HOLDING_REPORTED_BY + r"\b[^.;:]*?,?\s+and\s+(?:added\s+|adding\s+|said\s+)?that\s+" + HELD_NOW, re.I)
FIRST_PERSON = re.compile(r"\b(?:we|our\s+(?:forces|troops|fighters|units))\s+(?:\w+\s+){0,2}$", re.I)
# "... killed 12 Somali soldiers and briefly captured": the verb shares the clause's subject.
SECOND_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.I)
# A dispatch's dateline before its first sentence ("KHARTOUM, May 2, 2024 (AFP) - "): the clause still opens after it.
LEAD_DATELINE = re.compile(r"\s*(?:[A-Z][\w.'’/-]*[\s,]+){0,4}(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([^)]*\)\s*)?[-–—]+\s*(?:the\s+)?")
# A linking adverbial opening a sentence before its subject ("Separately, the army said ...", "On Friday, M23 ...").
LEAD_ADVERBIAL = (r"(?:(?:separately|meanwhile|elsewhere|earlier|later|also|additionally|in\s+addition|overnight|"
                  r"(?:late|early|earlier|later)?\s*on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                  r"in\s+a\s+(?:separate\s+)?statement)\s*,\s*)")
CLAUSE_START = re.compile(r"[;.:]|\b(?:while|but|whereas|although)\b"
                          # the clause a speaker reports ("Pashinyan said Azerbaijani troops had advanced ... and now controlled")
                          r"|\b(?:said|says|stated|announced|claimed|added|reported)\s+(?:that\s+)?", re.I)


def _clause_actor(view: SentenceView, position: int) -> str | None:
    actor = view.last_actor_before(position)
    if actor is None:
        return None
    if (backer := BACKED_BY.search(view.text[: actor.start])) is not None and re.match(r"[^,;.]{0,40},", view.text[actor.end : position]):
        backed = view.last_actor_before(backer.start())
        if backed is not None and backer.start() - backed.end <= 25:
            actor = backed  # "the M23 rebels, backed by Rwanda, seized Goma": the rebels seized it
    while (previous := view.last_actor_before(actor.start)) is not None and COORDINATED.fullmatch(view.text, previous.end, actor.start):
        if re.fullmatch(r"\s*,\s*(?:the\s+)?", view.text[previous.end : actor.start]) and SETTING_BEFORE.search(view.text, 0, previous.start):
            break  # "In northern Mali, JNIM fighters seized Boni": the place set before the comma is no party to the act
        actor = previous  # "Mali's army and Wagner fighters took Kidal": the first-named, leading party
    between = view.text[actor.end : position]
    if SECOND_VERB.search(between):
        breaks = [m.end() for m in CLAUSE_START.finditer(view.text, 0, actor.start)]
        clause_start = breaks[-1] if breaks else 0
        head = view.first_actor_after(clause_start)
        opens_the_clause = head is actor and (re.fullmatch(rf"[\s\"“”'‘’(]*{LEAD_ADVERBIAL}?(?:the\s+)?", view.text[clause_start : actor.start], re.I)
                                              or clause_start == 0 and LEAD_DATELINE.fullmatch(view.text, 0, actor.start))
        if head is None or head is actor and not opens_the_clause:
            return None  # "killed 12 Somali soldiers and captured": the actor named is the first verb's object
        actor, between = head, view.text[head.end : position]
    if len(between) > 70 or re.search(r"[;.]|\b(?:while|but|whereas|although)\b", between, re.I):
        return None
    if SUBORDINATE_PRONOUN_BEFORE.search(between):
        return None  # "dealing a blow to Assad a week after they swept into Aleppo": the pronoun heads the verb
    if SUBORDINATE_FIGHTERS_BEFORE.search(between):
        return None  # "Junta airstrike kills 23 as resistance forces overrun outpost": unnamed fighters head the verb
    if (re.search(r"\b(?:to|of|on|against|from|in|into|near|at|over|across|toward|towards)\s+(?:the\s+)?$", view.text[: actor.start], re.I)
            and not re.search(r"\b(?:authorities|government|forces)\s+in\s+$", view.text[: actor.start], re.I)
            and not FIGHTERS_OF.search(view.text[: actor.start])):
        return None
    return actor.code


def _rebels_of(view: SentenceView, code: str, position: int) -> bool:
    """Whether the clause's actor is a state's adjective heading its rebels ("Syrian rebels", "Malian jihadists": they fight
    that state, not for it), right before the verb at `position`."""
    actor = view.last_actor_before(position)
    while actor is not None and actor.code != code:
        actor = view.last_actor_before(actor.start)
    rebels = _its_rebels(view, actor) if actor is not None else None
    # "Syrian rebels seized", "Myanmar resistance forces say they seized": the rebels are the verb's subject
    return rebels is not None and re.fullmatch(r"\s*(?:(?:say|says|said|claim|claims|claimed)\s+(?:that\s+)?(?:they|it)\s+)?(?:\w+ly\s+|have\s+|has\s+|had\s+)*",
                                               view.text[rebels.end() : position]) is not None


def _its_rebels(view: SentenceView, actor: ActorMention) -> re.Match[str] | None:
    """The rebels a state's adjective heads ("Syrian rebels", "Malian jihadists"), or None."""
    return COUNTRY_REBELS.match(view.text, actor.end) if actor.role in ("adjective", "demonym", "name") else None


# Ground that can only be the state's in a war between a state and armed groups: its bases, barracks and posts.
STATE_GROUND = re.compile(r"(?i)\b(?:(?:army|military|government|police|security|junta|gendarmerie)\s+(?:[\w-]+\s+)?(?:bases?|barracks|camps?|posts?|outposts?|garrisons?|checkpoints?|headquarters|stations?|positions)|barracks|garrison)\b")
# Irregular fighters named by no group heading the verb ("the assailants overran", "jihadists have seized", "gunmen later took").
UNNAMED_IRREGULARS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|after|when|as|before)\s+)(?:the\s+|armed\s+|suspected\s+|hundreds\s+of\s+|dozens\s+of\s+)*(?:[a-z][\w-]*\s+)?"
    r"(?:militants|jihadists|assailants|attackers|gunmen|insurgents|rebels|terrorists|bandits|extremists|islamists|guerrillas|militiamen|gangs|gangsters|gang\s+members)\s+"
    # a first predicate of theirs before this one ("fighters broke in and briefly held it")
    r"(?:(?:[a-z]+\s+){1,3}?(?:and|then|before)\s+)?(?:(?:had|have|has|also|then|later|briefly|reportedly|eventually|quickly)\s+)*$", re.I)
# An appositive naming a backer between the actor and its verb: "the M23, backed by Rwanda, seized Goma".
BACKED_BY = re.compile(r"(?i),\s*(?:\w+\s+)?(?:backed|supported|armed|funded|aided|trained|assisted|helped)\s+by\s+(?:the\s+)?$")
# Several parties heading one clause ("Mali's army and Wagner fighters", "the SDF, with US-led coalition forces").
# A place or time that opens the clause before a comma ("In eastern Congo, ", "Across Sudan, ").
SETTING_BEFORE = re.compile(r"(?:^|[;:]\s*|\b(?:and|but)\s+)[\"“'‘(]*(?i:in|inside|across|throughout|near|outside|around|over)\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}$")
COORDINATED = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s*(?:,|,?\s+and|,?\s+(?:along|together)\s+with)\s+(?:the\s+)?(?:allied\s+)?")
# Fighters named by their side ("fighters of JNIM", "troops of the Philippine army"): the side is the clause's actor.
FIGHTERS_OF = re.compile(r"(?i)\b(?:troops|fighters|forces|soldiers|units|members|militants|rebels|militiamen|elements|insurgents|combatants|gunmen|militias?)\s+(?:of|loyal\s+to|allied\s+(?:to|with)|affiliated\s+(?:to|with)|linked\s+to)\s+(?:the\s+)?$")


# "it" or "they" as the verb's subject: "when it overran the base", "after they had taken the town".
PRONOUN_BEFORE = re.compile(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:(?:\w+ly|also|then|later)\s+)?$", re.I)


# A subject pronoun opening a clause of time or cause right before the verb ("after they swept into", "when it overran").
SUBORDINATE_PRONOUN_BEFORE = re.compile(r"\b(?:after|before|when|while|since|as|because|until|once)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:(?:\w+ly|also|then|later)\s+)?$", re.I)


def _pronoun_antecedent(view: SentenceView, position: int) -> str | None:
    """The actor heading the sentence that a subject pronoun right before the verb stands for."""
    pronoun = PRONOUN_BEFORE.search(view.text[:position])
    if pronoun is None:
        return None
    head = view.first_actor_after(0)
    if head is None or head.end > pronoun.start() or not re.fullmatch(r"[\s\"“'‘(]*(?:the\s+)?", view.text[: head.start], re.I):
        return None  # the antecedent must open the sentence, as its subject
    return head.code


def _participle_head(view: SentenceView, match: re.Match[str]) -> str | None:
    """The actor opening the sentence, as the subject a participle after a comma shares ("..., seizing several villages")."""
    if not re.match(r"\w+ing\b", match.group("verb")) or not re.search(r",\s*(?:and\s+)?$", view.text[: match.start()]):
        return None
    head = view.first_actor_after(0)
    if head is None or head.role == "pronoun" or not re.fullmatch(r"[\s\"“'‘(]*(?:the\s+)?", view.text[: head.start], re.I):
        return None
    if re.search(r"[;:]|\b(?:said|says|told|reported|announced|claimed)\b", view.text[head.end : match.start()]):
        return None  # a reported clause in between has its own subject
    return head.code


# A side's own forces heading a loss inside a claim it answers: "denied Israeli claims that its fighters had withdrawn",
# "rejected reports that their troops were retreating". The other side's claim is about them, so "its" is the speaker.
OWN_FORCES_IN_A_CLAIM = re.compile(
    r"(?i)\b(?:claims?|reports?|allegations?|assertions?|suggestions?|rumou?rs?)\s+that\s+(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:forces|troops|fighters|soldiers|units|men|army|militiamen|combatants)\s+(?:(?:had|have|has|were|was|are|is)\s+(?:been\s+)?)?(?:\w+ly\s+)?$")


def _pronoun_subject(text: str, position: int) -> str | None:
    if re.search(r"\b(?:we|our\s+forces|our\s+troops)\b[^.;,]{0,30}$", text[:position], re.I):
        return SUBJECT_IS_CLAIMANT
    if OWN_FORCES_IN_A_CLAIM.search(text, 0, position):
        return SUBJECT_IS_CLAIMANT
    if re.search(r"\bthe\s+region\s+has\s*$|\b(?:it|they)\s+(?:has|have|had)?\s*$", text[:position], re.I):
        return SUBJECT_IS_CLAIMANT
    return None


# Ground taken, written from the ground's side: "Goma, captured by the M23 in January", "the town fell to the
# rebels", "Goma, which the rebels captured last week". The gainer follows "by"/"to" or heads the relative clause.
GROUND_BEFORE = r"(?:(?i:the\s+)?(?:(?i:town|city|village|base|camp|district|province|region|airport|port|outpost|garrison|settlement|area)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?i:the\s+(?:\w+\s+)?(?:town|city|village|base|camp|district|capital|airport|port|outpost|garrison|settlement|border\s+crossing|area)))"
PASSIVE_TAKEN_VERBS = r"captured|seized|taken|overrun|occupied|retaken|recaptured|liberated"
FELL_VERBS = r"fell|fallen|falls"
RELATIVE_TAKEN_VERBS = r"captured|seized|took|overran|occupied|retook|recaptured|annexed"
PASSIVE_TAKEN = prefiltered(re.compile(
    rf"(?P<ground>{GROUND_BEFORE})\s*,?\s+(?:which\s+|that\s+)?(?:(?:was|were|has\s+been|had\s+been|have\s+been|is)\s+)?(?:(?:\w+ly|later|briefly|also)\s+)?"
    rf"(?P<verb>(?i:{PASSIVE_TAKEN_VERBS}))\s+by\s+(?:the\s+)?"
))
FELL_TO = prefiltered(re.compile(rf"(?P<ground>{GROUND_BEFORE})\s+(?:(?:has|had|have)\s+)?(?:(?:\w+ly|briefly|also|later)\s+)?(?P<verb>(?i:{FELL_VERBS}))\s+(?:(?:\w+\s+)?to|(?i:into\s+(?:the\s+)?hands\s+of))\s+(?:the\s+)?"))
# Ground held over time, from the ground's side (GOLD_FORMAT: `cumulative`): "the town has been held by the RSF since April",
# "Crimea has been occupied by Russia since 2014", "the district is controlled by the Taliban".
HELD_ADVERB = r"(?:still|now|largely|effectively|firmly|fully)\s+"
HELD_BY = prefiltered(re.compile(
    rf"(?P<ground>{GROUND_BEFORE})\s+(?P<verb>(?i:(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been)\s+(?:{HELD_ADVERB})?(?:held|controlled)|"
    # "was occupied by" tells the taking; "has been occupied by" the holding
    rf"(?:is|are|remains?|remained|has\s+been|have\s+been|had\s+been)\s+(?:{HELD_ADVERB})?occupied)))\s+by\s+(?:the\s+)?"
))
RELATIVE_TAKEN = prefiltered(re.compile(
    rf"(?P<ground>{GROUND_BEFORE})\s*,\s+(?:[^,;.]{{0,60}},\s+)?(?:which|that)\s+(?:the\s+)?(?P<gainer>[^,;.]{{1,40}}?)\s+(?:(?:had|has|have)\s+)?(?:(?:\w+ly|briefly|also|later)\s+)?(?P<verb>(?i:{RELATIVE_TAKEN_VERBS}))\b"
))
# The three patterns above try every capitalised word as the ground before looking for their verb, which stands
# between spaces or word ends: a sentence without one of their verbs is passed over at once.
GROUND_SIDE_VERB = prefiltered(re.compile(rf"\b(?:{PASSIVE_TAKEN_VERBS}|{FELL_VERBS}|{RELATIVE_TAKEN_VERBS}|held|controlled)\b", re.I))
NOT_GROUND_PASSIVE = re.compile(r"(?i)^(?:the\s+)?(?:\w+\s+)?(?:power|opportunity|market|debate|title|moment|imagination|attention|bill|agenda|weapons?|arms|equipment|vehicles?|tanks?|soldiers?|troops|fighters|hostages?|prisoners?)$")


def _taken_from_the_ground_side(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    found: list[DraftClaim] = []
    if not GROUND_SIDE_VERB.search(text):
        return found

    def add(start: int, end: int, gainer: str | None, retaken: bool, held: bool = False) -> None:
        if gainer is None or any(d.start < end and start < d.end for d in [*drafts, *found]):
            return
        found.append(DraftClaim("territory", "retaken" if retaken else "lost", start, end,
                                subject=SUBJECT_IS_ADVERSARY_OF + gainer, object=gainer, cumulative=held))

    for match in HELD_BY.finditer(text):
        ground = match.group("ground")
        if NOT_GROUND_PASSIVE.match(ground) or view.actors_between(match.start("ground"), match.end("ground")):
            continue
        holder = next((a for a in view.actors if a.start < match.end() < a.end), None) or view.first_actor_after(match.end())
        if holder is not None and holder.start - match.end() <= 3:
            add(match.start("verb"), holder.end, holder.code, False, held=True)

    for pattern in (PASSIVE_TAKEN, FELL_TO):
        for match in pattern.finditer(text):
            ground = match.group("ground")
            if NOT_GROUND_PASSIVE.match(ground) or view.actors_between(match.start("ground"), match.end("ground")):
                continue  # "Russia was taken by surprise", "the soldiers were captured by": people and actors, not ground
            # the gainer right after "by"/"to", its article read with it ("fell to the rebels")
            gainer = next((a for a in view.actors if a.start < match.end() < a.end), None) or view.first_actor_after(match.end())
            if gainer is None or gainer.start - match.end() > 3:
                continue
            add(match.start("verb"), gainer.end, gainer.code, match.group("verb").lower() in ("retaken", "recaptured", "liberated"))
    for match in RELATIVE_TAKEN.finditer(text):
        ground = match.group("ground")
        if NOT_GROUND_PASSIVE.match(ground) or view.actors_between(match.start("ground"), match.end("ground")):
            continue
        inside = [a for a in view.actors if match.start("gainer") - 4 <= a.start and a.end <= match.end("gainer")]
        gainer = inside[-1].code if inside else None
        add(match.start("gainer") - len("the ") if text[max(0, match.start("gainer") - 4) : match.start("gainer")].lower() == "the " else match.start("gainer"),
            match.end("verb"), gainer, match.group("verb").lower() in ("retook", "recaptured"))
    return found


# Ground taken, in the passive with no agent, in a side's report: "The village of Krasnohorivka has been liberated, the
# Russian defence ministry said", "two villages were captured, the ministry said": the speaker's side took it.
PASSIVE_NO_AGENT = prefiltered(re.compile(
    rf"(?P<ground>{GROUND_BEFORE}|(?i:(?:two|three|four|five|several|\d+)\s+(?:villages|settlements|towns|positions|localities)))\s+"
    rf"(?P<verb>(?i:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?i:fully|completely|finally|now)\s+)?(?P<taken>(?i:liberated|recaptured|retaken|captured|seized|taken|overrun)))\b"
    r"(?!\s+(?:by|from|in\s+(?:an?\s+)?(?:attack|raid|operation)\s+by|hostage|prisoner|captive|into)\b)"
))
REPORT_WORDS = re.compile(r"(?i)\b(?:said|says|announced|claimed|claims|stated|reported|confirmed|according\s+to)\b")


def _taken_with_no_agent(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    found: list[DraftClaim] = []
    if not REPORT_WORDS.search(text):
        return found  # with no speaker, no side is said to have taken it
    for match in PASSIVE_NO_AGENT.finditer(text):
        ground = match.group("ground")
        if (NOT_GROUND_PASSIVE.match(ground) or view.actors_between(match.start("ground"), match.end("ground"))
                or any(d.start < match.end() and match.start() < d.end for d in [*drafts, *found])):
            continue
        if INFINITIVE_BEFORE.search(text, 0, match.start("verb")) or re.search(r"(?i)\b(?:not|never|no)\s+$", text[match.start("verb") : match.start("taken")]):
            continue
        retaken = match.group("taken").lower() in ("liberated", "recaptured", "retaken")
        draft = DraftClaim("territory", "retaken" if retaken else "lost", match.start("verb"), match.end("verb"), subject=SUBJECT_IS_CLAIMANT_ADVERSARY)
        if STATE_GROUND.search(text, max(0, match.start("ground") - 40), match.end("ground")) and not retaken:
            draft.subject = None
            draft.notes["side"] = STATE_SIDE  # "the army base was overrun": the state's
        draft.count = _places_counted(view, draft) if re.match(r"(?i)(?:two|three|four|five|several|\d+)\s", ground) else None
        if draft.count is None and re.match(r"(?i)(?:two|three|four|five|several|\d+)\s", ground):
            quantity = next((q for q in view.quantities if q.start == match.start("ground")), None)
            draft.count = quantity.count if quantity is not None else None
        found.append(draft)
    return found


# Further places under the same verb: "took control of the village of A, as well as the settlements of B and C"
# (GOLD_FORMAT: each named place taken is its own territory claim).
PLACE_QUALIFIER = r"(?:\s+(?:in|near|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+\([A-Z]{2,6}\))?(?:\s+(?:region|province|district|oblast|state))?)?"
NEXT_PLACE = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+)(?:the\s+)?"
    r"(?:(?i:villages?|towns?|settlements?|cities|city|localities|locality|hamlets?|districts?|bases?)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)" + PLACE_QUALIFIER
)
LEADING_QUALIFIER = re.compile(PLACE_QUALIFIER)


def _listed_places(view: SentenceView, drafts: list[DraftClaim]) -> list[DraftClaim]:
    text = view.text
    found: list[DraftClaim] = []
    for draft in drafts:
        if draft.type != "territory" or draft.cumulative or draft.notes.get("listed"):
            continue
        ground = re.search(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", text[draft.start : draft.end])
        if ground is None:
            continue  # only a named place starts a list of named places
        position = draft.end + LEADING_QUALIFIER.match(text, draft.end).end() - draft.end
        while True:
            match = NEXT_PLACE.match(text, position)
            if match is None:
                break
            name_start, name_end = match.span("name")
            if any(a.start < name_end and name_start < a.end for a in view.actors):
                break  # an actor, not a place ("and the DPR")
            if re.match(r"[^,.;:“”\"]{0,60}?\s(?:said|says|reported|reports|announced|added|told|claimed|stated|confirmed|wrote)\b", text[name_end:]):
                break  # a speaker, not a place (", the General Staff said", ", Deputy Defence Minister Hanna Maliar said")
            extra = DraftClaim("territory", draft.outcome, name_start, name_end, subject=draft.subject, object=draft.object)
            extra.notes["listed"] = "yes"
            extra.notes["verb"] = draft.notes.get("verb") or text[draft.start : draft.end]  # "liberated X and Y": Y's verb
            found.append(extra)
            position = match.end()
    return found
