"""Headlines in title case: their common words lowered, so that they read like the running text below them.

Many outlets capitalise every word of a headline ("Sudanese Army Downs 14 Militia Drones Near Kadugli").
The claim patterns read capitalised words as names: "Over" in "Russia Loses Over 1,270 Troops" looks like a
place, "Kills" like a modifier of the victim, "Beach" like part of a town's name. A line set in title case gets
its common words lowered in place (same length, so every offset stays that of the text): a word is common when
the text uses it in lower case elsewhere, or when it is one of the words of war reporting below. Names of actors
and places stay as written, and so does the line's first word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from counterclaim.extract.lexicon import HEDGES, PERSON_CATEGORY, REPORTING_VERBS, STATEMENT_ACT_VERBS

WORD = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*")
LINE = re.compile(r"[^\n]+")
# A line of title case: most of its longer words capitalised, and it is not a sentence of running text.
TITLE_SHARE = 0.8
MIN_TITLE_WORDS = 2
MAX_TITLE_CHARS = 300

# Words of headlines a text may not use in lower case elsewhere: grammar words, and the verbs and nouns of war news.
HEADLINE_WORDS = frozenset(
    """a an the and or but nor as at by for from in into of off on onto over out to up with without near amid after before
    during since until against across along around between behind beyond inside outside toward towards under via upon
    despite while than that this these those its their his her our who which what when where why how not no all
    is are was were be been being has have had will would can could may might must should amid over more most
    says say said claims claim claimed reports report reported accuses accused denies denied warns warned vows vowed
    kills kill killed killing dead die dies died death deaths toll wounds wounded injures injured injuring hurt
    attack attacks attacked strike strikes struck hit hits raid raids shelling shells shelled bombs bombing bombed
    fire fires fired clash clashes clashed fighting fight fights battle battles ambush ambushed offensive assault
    storm storms stormed pound pounds pounded target targets targeted launch launches launched
    seize seizes seized capture captures captured take takes took retake retakes retook control controls
    enter enters entered advance advances advanced withdraw withdraws withdrew lose loses lost falls fall fell
    down downs downed shoot shoots shot destroy destroys destroyed damage damages damaged intercept intercepts
    abduct abducts abducted kidnap kidnaps kidnapped free frees freed release releases released
    drone drones missile missiles rocket rockets artillery mortar tank tanks jet jets helicopter helicopters
    aircraft ship ships vessel vessels vehicle vehicles convoy base bases town towns city village villages
    region province district border front frontline camp market school hospital mosque church home homes
    army military forces troops soldiers police rebels militants fighters gunmen jihadists insurgents militia
    civilians people children women men residents villagers
    aid support backing weapons arms military-aid sends send sent pledges pledge pledged
    martial law mobilisation mobilization mobilises mobilizes reservists
    overnight amid latest new more than least dozens hundreds thousands scores several
    north south east west northern southern eastern western central
    rise rises rose climbs jumps tops passes surpasses reaches erupts erupt rages raged continues continue intensifies
    escalates spreads flee flees fled slams blast blasts explosion explosions explodes bomber bombers suicide
    car cars truck bus beach hotel building buildings apartment block residential power plant energy grid port airport
    airbase airfield depot refinery oil fuel bridge road highway checkpoint post posts position positions
    ceasefire truce talks peace deal war conflict crisis siege push pushes pushed repel repels repelled repulses
    retreat retreats recapture recaptures recaptured liberate liberates liberated overrun overruns overran surrounds
    encircle encircles heavy fierce deadly massive major key strategic fresh renewed suspected senior top deputy
    commander commanders leader leaders chief official officials spokesman ministry minister president government
    governor mayor local state media source sources health rescue rescuers team journalist journalists
    strikes airstrike airstrikes air raid raids blast gunfire shootout gunfight firefight sniper landmine mine
    another again also just only still now""".split()
)
COMMON_WORDS = frozenset(
    HEADLINE_WORDS
    | {w for w in PERSON_CATEGORY if " " not in w}
    | {w for w in REPORTING_VERBS + STATEMENT_ACT_VERBS + HEDGES if " " not in w}
)


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line set in title case."""
    found: list[tuple[int, int]] = []
    for line in LINE.finditer(text):
        if len(line.group()) > MAX_TITLE_CHARS:
            continue
        words = [w.group() for w in WORD.finditer(line.group()) if line.group()[: w.start()].strip()]  # not the line's first word
        longer = [w for w in words if len(w) >= 4 and not w.isupper()]
        if len(longer) < MIN_TITLE_WORDS:
            continue
        capitalised = sum(1 for w in longer if w[0].isupper())
        if capitalised / len(longer) >= TITLE_SHARE:
            found.append((line.start(), line.end()))
    return found


def capitals_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line set in capitals ("ISRAELI STRIKE KILLS 20 IN GAZA")."""
    found: list[tuple[int, int]] = []
    for line in LINE.finditer(text):
        if len(line.group()) > MAX_TITLE_CHARS:
            continue
        longer = [w.group() for w in WORD.finditer(line.group()) if len(w.group()) >= 4]
        if len(longer) >= MIN_TITLE_WORDS + 1 and sum(1 for w in longer if w.isupper()) / len(longer) >= TITLE_SHARE:
            found.append((line.start(), line.end()))
    return found


def lower_title_case(text: str, protected: Callable[[str], Sequence[tuple[int, int]]]) -> str:
    """`text` with the common words of its title-case lines lowered; `protected(line)` gives the spans of the
    line's names (actors, places) that stay as written. Same length as `text`."""
    lines = title_case_lines(text)
    capitals = capitals_lines(text)
    if not lines and not capitals:
        return text
    used_lower = {w.group() for w in WORD.finditer(text) if w.group()[0].islower()}
    out = list(text)
    for start, end in capitals:
        # a line in capitals: common words lowered, other words capitalised as names, actors' acronyms ("RSF") kept
        line = text[start:end]
        keep = protected(line)
        for word in WORD.finditer(line):
            token = word.group()
            if not token.isupper() or any(s <= word.start() and word.end() <= e and line[s:e].isupper() for s, e in keep):
                continue
            lowered = token.lower()
            first = not line[: word.start()].strip()
            cased = lowered if (lowered in COMMON_WORDS or lowered in used_lower) and not first else token[:1] + lowered[1:]
            out[start + word.start() : start + word.end()] = cased
    for start, end in lines:
        line = text[start:end]
        keep = protected(line)
        for word in WORD.finditer(line):
            token = word.group()
            if not line[: word.start()].strip() or not token[0].isupper() or token.isupper() and len(token) > 1:
                continue  # the line's first word, words already lower, acronyms
            if any(s < word.end() and word.start() < e for s, e in keep):
                continue
            lowered = token.lower()
            if lowered in COMMON_WORDS or lowered in used_lower:
                out[start + word.start() : start + word.end()] = lowered
    lowered_text = "".join(out)
    return lowered_text if len(lowered_text) == len(text) else text


def protected_spans(matcher_find: Callable[[str, dt.date | None], Sequence[object]],
                    places_find: Callable[[str], Sequence[object]], when: dt.date | None) -> Callable[[str], list[tuple[int, int]]]:
    """The spans of a line's actor names and known places, from the registry's matcher and the gazetteer."""

    def spans(line: str) -> list[tuple[int, int]]:
        found = [(a.start, a.end) for a in matcher_find(line, when) if a.role not in ("generic", "pronoun")]  # type: ignore[attr-defined]
        # places of several words ("West Bank", "Gaza Strip"); a one-word "place" that is a common word is read as a word
        found += [(p.start, p.end) for p in places_find(line) if " " in line[p.start : p.end].strip()]  # type: ignore[attr-defined]
        return found

    return spans
