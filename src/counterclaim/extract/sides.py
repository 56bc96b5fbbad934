"""The two fighting parties of a document when no conflict profile names them.

Most wars have no profile in the registry. A report on one of them still names, as a rule, one state
(its army, its police, its places) and one armed group fighting it: "soldiers" and "police" are then
the state's, "militants" and "rebels" the group's, and civilians the state's people. This module
reads that frame off the actors and places a document names; it does not decide whose a single
mention is (casualty and attack resolution do that with the frame).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from counterclaim.data.actors import ActorRegistry

# How many more mentions the leading armed group needs than the next one to be "the" group of the text:
# a report naming two groups about equally (an alliance, rival factions) has no single opponent.
GROUP_LEAD = 2.0
# Kinds of actor that field a state's forces ("authority": breakaway or civil authorities holding ground).
STATE_KINDS = frozenset({"state", "authority"})


def document_fighters(actor_codes: Iterable[str], place_countries: Iterable[str], registry: ActorRegistry) -> tuple[str, str] | None:
    """(state, armed group) fighting in a document, or None when the text does not single them out.

    The state is the one named as an actor whose country the text's places are in most often (named
    actor mentions break ties); the group is the armed group named clearly more than any other.
    """
    place_countries = list(place_countries)
    actors = Counter(actor_codes)
    places = Counter(place_countries)
    groups = [(n, code) for code, n in actors.items() if getattr(registry.actor(code), "kind", None) == "group"]
    if not groups:
        return None
    groups.sort(key=lambda item: (-item[0], item[1]))
    if len(groups) > 1 and groups[0][0] < GROUP_LEAD * groups[1][0]:
        return None
    states = [code for code in actors if getattr(registry.actor(code), "kind", None) in STATE_KINDS]
    if not states:
        # "the army" and "the junta" name no state: the state is then the one the text's places are in
        home = home_state(place_countries, registry)
        return (home, groups[0][1]) if home is not None else None
    states.sort(key=lambda code: (-places[code], -actors[code], code))
    best = states[0]
    if places and places[best] == 0 and places.most_common(1)[0][0] not in actors:
        # the places are all in a country the text never names as a party: the fighting's state is unclear
        return None
    return best, groups[0][1]


def home_state(place_countries: Iterable[str], registry: ActorRegistry) -> str | None:
    """The state most of a document's places are in, when one leads: where its civilians live.

    GOLD_FORMAT: civilians and unspecified people take the code of the state where they live, whoever
    holds the area; a report whose places are spread evenly over two countries has no home state.
    """
    ranked = Counter(place_countries).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    code = ranked[0][0]
    return code if getattr(registry.actor(code), "kind", None) in STATE_KINDS else None


def frame_adversary(code: str | None, fighters: tuple[str, str] | None) -> str | None:
    """The other party of a document's frame ('we seized their guns', said by the group: the state's guns)."""
    if code is None or fighters is None or code not in fighters:
        return None
    return fighters[1] if code == fighters[0] else fighters[0]
