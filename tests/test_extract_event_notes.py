"""Event-note style texts (dated, terse, admin chains in brackets), written for these tests.

Checks the figures GOLD_FORMAT.md scores on such notes: the fatalities sum (asserted, non-cumulative
killed claims not part of another), the date, the coordinates and the kind of event.
"""

from __future__ import annotations

import datetime as dt
import math

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2022, 6, 30)


def note(text: str) -> list[Claim]:
    return extract_from_cleaned_text(text, PUBLISHED)


def fatalities(claims: list[Claim]) -> int:
    return sum(
        c.count[0] or 0
        for c in claims
        if c.type == "casualty" and c.outcome == "killed" and c.stance == "assert" and not c.cumulative
        and c.part_of is None and c.count is not None
    )


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_tally_sentence_is_the_total_and_the_victims_are_part_of_it() -> None:
    claims = note(
        "On 14 March 2022, suspected ADF militants attacked the village of Mamove (Beni, Nord-Kivu) "
        "and killed 7 civilians with machetes. 7 fatalities."
    )
    assert fatalities(claims) == 7  # not 14: the tally and the victims are one set of deaths
    civilians = next(c for c in claims if c.type == "casualty" and c.category == "civilian")
    assert civilians.part_of is not None and claims[civilians.part_of].count == (7, 7)
    attack = next(c for c in claims if c.type == "attack")
    assert (attack.subject, attack.outcome) == ("ADF", "assault")
    assert all(c.date == dt.date(2022, 3, 14) for c in claims)


def test_admin_chain_places_the_event_near_its_district() -> None:
    claims = note("On 14 March 2022, suspected ADF militants attacked the village of Mamove (Beni, Nord-Kivu) and killed 7 civilians.")
    located = [c for c in claims if c.coordinates is not None]
    assert located
    assert all(km_between(c.coordinates, (0.49, 29.47)) < 25 for c in located)


def test_both_sides_dead_in_a_clash_are_summed() -> None:
    claims = note("On 2 April 2022, RSF fighters clashed with SAF troops in Nyala (Nyala, South Darfur). 3 soldiers and 2 RSF fighters were killed.")
    assert fatalities(claims) == 5
    by_subject = {c.subject: c.count for c in claims if c.type == "casualty"}
    assert by_subject == {"SDN": (3, 3), "RSF": (2, 2)}
    assert any(c.type == "attack" and c.outcome == "clash" for c in claims)


def test_ied_on_a_patrol_is_a_bombing_with_its_dead() -> None:
    claims = note(
        "On 9 February 2022, an IED planted by Al Shabaab struck a military vehicle near Afgooye "
        "(Afgooye, Lower Shabelle), killing 2 soldiers."
    )
    attack = next(c for c in claims if c.type == "attack")
    assert (attack.outcome, attack.subject, attack.date) == ("bombing", "SHABAAB", dt.date(2022, 2, 9))
    assert fatalities(claims) == 2


def test_shot_and_killed_is_one_death_and_an_assault() -> None:
    claims = note("On 20 May 2022, Israeli forces shot and killed a Palestinian man near Jenin (Jenin, West Bank).")
    casualty = next(c for c in claims if c.type == "casualty")
    assert (casualty.subject, casualty.object, casualty.category, casualty.count) == ("PSE", "ISR", "civilian", (1, 1))
    assert fatalities(claims) == 1
    assert any(c.type == "attack" and c.subject == "ISR" for c in claims)


def test_shelling_with_no_fatalities_reported_sums_to_zero() -> None:
    claims = note("On 1 June 2022, Russian forces shelled Sloviansk (Kramatorsk, Donetsk). No fatalities reported.")
    attack = next(c for c in claims if c.type == "attack")
    assert (attack.outcome, attack.subject) == ("shelling", "RUS")
    zero = next(c for c in claims if c.type == "casualty")
    assert zero.count == (0, 0)
    assert fatalities(claims) == 0


def test_abduction_is_captured_not_killed() -> None:
    claims = note("On 11 January 2022, unidentified gunmen abducted 4 farmers in Kajuru (Kaduna). Fatalities: 0.")
    captured = next(c for c in claims if c.type == "casualty" and c.outcome == "captured")
    assert (captured.category, captured.count) == ("civilian", (4, 4))
    assert fatalities(claims) == 0


def test_regaining_control_is_territory_retaken_with_coordinates() -> None:
    claims = note("On 5 May 2022, Ukrainian forces regained control of Ruska Lozova (Kharkiv, Kharkiv).")
    (claim,) = claims
    assert (claim.type, claim.outcome, claim.object, claim.date) == ("territory", "retaken", "UKR", dt.date(2022, 5, 5))
    assert claim.coordinates is not None
    assert km_between(claim.coordinates, (50.14, 36.29)) < 25
