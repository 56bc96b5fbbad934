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


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("A ballistic missile fired from Yemen by the Houthis hit near Eilat.", "HOUTHIS", "shelling"),
        ("The military regime's jets bombarded villages in Chin state.", "MMR", "airstrike"),
        ('Azerbaijan launched an "anti-terrorist" operation in Karabakh on Tuesday.', "AZE", "offensive"),
        ("Jihadists from JNIM ambushed an army convoy near Tillaberi.", "JNIM", "clash"),
    ],
)
def test_attacker_and_means_named_around_the_trigger(text: str, attacker: str, means: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


def test_an_attack_on_an_armed_faction_is_a_clash() -> None:
    claim = only_attack("SDF fighters attacked a rival faction near Manbij on Sunday.")
    assert (claim.subject, claim.outcome) == ("SDF", "clash")


def test_who_confirms_an_attack_is_its_claimant_not_its_attacker() -> None:
    text = (
        "Gunmen killed 12 people in an attack on a village in Plateau state on Monday. "
        "Police spokesman Alfred Alabo confirmed the attack and said officers had been deployed."
    )
    confirmed = attacks(text)[-1]
    assert (confirmed.subject, confirmed.outcome, confirmed.claimant) == (None, "assault", "NGA")


def test_explosions_heard_take_the_means_of_the_strikes_told_before() -> None:
    text = "Israel launched waves of airstrikes on Iran early on Friday. Explosions were heard in Tehran, state TV said."
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("ISR", "airstrike"), ("ISR", "airstrike")]


def test_shooting_told_by_its_start_is_an_assault() -> None:
    text = "The attackers arrived on motorcycles around midnight in Bokkos and began shooting at residents."
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (None, "assault")


def test_the_militants_after_the_group_was_named_are_the_group() -> None:
    text = (
        "Somali troops clashed with al-Shabaab fighters in Middle Shabelle on Monday. "
        "The fighting began when the militants attacked a military base in Adan Yabaal."
    )
    assert ("SHABAAB", "offensive") in [(c.subject, c.outcome) for c in attacks(text)]


def test_a_side_saying_it_was_behind_an_attack_claims_it() -> None:
    text = "A bomb exploded under a military truck in Borno on Wednesday, killing three soldiers. ISWAP said it was behind the attack."
    assert [(c.subject, c.outcome) for c in attacks(text)] == [("ISWAP", "bombing"), ("ISWAP", "bombing")]


def test_weapons_named_in_the_attack_predicate_give_its_means() -> None:
    claim = only_attack(
        "Police said the attack on Dnipro was carried out with two Iskander-M ballistic missiles."
    )
    assert claim.outcome == "shelling"


def test_an_attack_of_another_time_does_not_change_the_means_of_the_attack_told() -> None:
    text = (
        "A Russian missile strike killed nine people in Sumy on Tuesday. "
        "The strike came a day after Russian drones hit Kharkiv. "
        "The attack lasted about an hour, according to residents."
    )
    assert attacks(text)[-1].outcome == "shelling"


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Israeli drones fired on people waiting for aid near Gaza City.", "ISR", "airstrike"),
        ("Congolese army helicopters fired at a convoy of M23 rebels near Bunagana.", "COD", "airstrike"),
        (
            "Hamas gunmen stormed into Israeli communities on October 7, killing about 1,200 people.",
            "HAMAS",
            "assault",
        ),
        ("RSF fighters went on a killing spree in the town of Geneina, witnesses said.", "RSF", "assault"),
        (
            "A female suicide bomber linked to Boko Haram blew herself up at a market in Konduga.",
            "BOKO_HARAM",
            "bombing",
        ),
        ("Unknown gunmen ambushed a wedding party in Zamfara, killing 15 guests.", None, "assault"),
    ],
)
def test_means_and_attacker_from_the_words_around_the_act(
    text: str, attacker: str | None, means: str
) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


def test_artillery_duels_are_fire_traded_with_no_attacker() -> None:
    claim = only_attack("Artillery duels between the two armies continued along the border.")
    assert (claim.subject, claim.outcome) == (None, "shelling")


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("The Sudanese air force carried out raids on RSF concentrations in Darfur.", "SDN", "airstrike"),
        ("BLA militants bombed a passenger train in Balochistan, killing 20.", "BLA", "bombing"),
        ("Israeli jets bombed the port of Hodeidah.", "ISR", "airstrike"),
    ],
)
def test_who_bombed_or_raided_gives_the_means(text: str, attacker: str, means: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


@pytest.mark.parametrize(
    ("text", "attacker", "means"),
    [
        ("Russian drones pummel Odesa port", "RUS", "airstrike"),
        ("Ukrainian drones blitz Moscow region", "UKR", "airstrike"),
        ("Russia pummelled Ukraine's power grid with 40 missiles overnight.", "RUS", "shelling"),
    ],
)
def test_pummelling_and_blitzing_are_attacks(text: str, attacker: str, means: str) -> None:
    claim = only_attack(text)
    assert (claim.subject, claim.outcome) == (attacker, means)


def test_a_later_mention_naming_its_agent_in_a_passive_predicate_is_coded_with_it() -> None:
    text = (
        "Two car bombs exploded in crowded markets in Baghdad on Saturday, killing 24 people, police said. "
        "That attack, claimed by the Islamic State group, was the deadliest this month."
    )
    assert attacks(text)[-1].subject == "ISIS"


def test_an_agent_believed_to_have_carried_out_the_attacks_is_their_attacker() -> None:
    claim = only_attack("The bombings in Tyre last month were thought to have been staged by Hezbollah.")
    assert claim.subject == "HEZBOLLAH"


@pytest.mark.parametrize("text, subject", [
    ("Somali National Army forces, backed by local militia, attacked al-Shabaab fighters in Hiiraan.", "SOM"),
    ("Sudanese army troops, supported by allied fighters, stormed RSF positions in Omdurman.", "SDN"),
])
def test_helpers_in_an_appositive_leave_the_head_heading(text: str, subject: str) -> None:
    assert [c.subject for c in extract_from_cleaned_text(text, dt.date(2024, 5, 1)) if c.type == "attack"] == [subject]


@pytest.mark.parametrize("text, subject", [
    ("The Ukrainian military said Russia attacked overnight with 40 drones and four missiles.", "RUS"),
    ("The RSF attacked yesterday with drones and artillery, the army said.", "RSF"),
    ("A US carrier was hit with missiles, the Houthis said.", "HOUTHIS"),
])
def test_a_side_attacking_with_weapons_is_active_not_the_side_hit(text: str, subject: str) -> None:
    assert [c.subject for c in extract_from_cleaned_text(text, dt.date(2024, 5, 1)) if c.type == "attack"] == [subject]
