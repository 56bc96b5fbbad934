"""Attack claims: who heads the verb of striking. Plural nouns that look like verbs ("Hamas targets"), armed men left
unnamed, victims who met a device, and attacks set apart as separate incidents.

Every sentence here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 4)


def attacks(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]


def only_attack(text: str) -> Claim:
    found = attacks(text)
    assert len(found) == 1, f"expected one attack in {text!r}, got {[c.contract_dict() for c in found]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Israeli warplanes hit Hamas targets across the Gaza Strip.", "ISR", "airstrike"),
        ("Russia struck Ukrainian army targets near Pokrovsk, the ministry said.", "RUS", "shelling"),
        ("The army's aircraft bombed RSF targets along the Nile.", "SDN", "airstrike"),
        ("Thai F-16 jets struck Cambodian military targets along the border.", "THA", "airstrike"),
    ],
)
def test_targets_after_a_side_as_the_object_of_a_strike_is_a_noun(
    text: str, attacker: str, means: str
) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("The assailants, who arrived on motorcycles, targeted an army base near Djibo.", "offensive"),
        ("Unidentified gunmen targeted a bus carrying pilgrims in Reasi district.", "assault"),
        ("Suspected militants struck a police checkpoint in Khyber district overnight.", "offensive"),
    ],
)
def test_unnamed_armed_men_heading_a_strike_attack_on_the_ground(text: str, means: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (None, means)


@pytest.mark.parametrize(
    "text",
    [
        "A Burkinabe army convoy hit a landmine near Gorom-Gorom, killing four soldiers.",
        "A Colombian soldier stepped on a mine during a patrol in Catatumbo.",
        "A Somali army truck ran over an IED outside Baidoa.",
    ],
)
def test_those_who_met_a_device_are_not_its_attackers(text: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (None, "bombing")


def test_a_separate_incident_keeps_its_unnamed_attacker_unnamed() -> None:
    text = (
        "JNIM fighters attacked an army post near Djibo on Monday, killing 12 soldiers. JNIM claimed the attack. "
        "In a separate incident, a roadside bomb exploded near Dori, killing three soldiers."
    )
    bombs = [c for c in attacks(text) if c.outcome == "bombing"]
    assert [c.subject for c in bombs] == [None]
