"""A roundup read as one war names an armed group of another war in a sentence of its own: the army and troops
of that sentence are those of the state the group fights when the text names that state anywhere (wire copy sets
each sentence apart), not the army of the text's main war."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 7, 24)

ROUNDUP = (
    "Philippine troops kill rebels in Samar\n"
    "Five NPA guerrillas were killed in a firefight with government troops in Samar on Wednesday, the military said.\n"
    "In Khyber, the Pakistani Taliban claimed an attack on a police post that killed four officers on Thursday.\n"
    "The TTP said it would continue its attacks on Pakistani forces.\n"
    "Pakistan's army said it had killed nine TTP militants in North Waziristan.\n"
    "Pakistani officials said the TTP was operating from Afghan soil.\n"
)


def test_the_military_of_an_outsider_group_sentence_is_the_group_enemy() -> None:
    guerrillas = [c for c in extract_from_cleaned_text(ROUNDUP, DAY) if c.type == "casualty" and c.subject == "NPA" and c.count == (5, 5)]
    assert guerrillas and all(c.claimant == "PHL" for c in guerrillas)


def test_without_that_state_or_a_town_of_it_named_the_group_stays_unplaced() -> None:
    text = ROUNDUP.replace("Philippine troops kill rebels in Samar\n", "").replace(" in Samar on Wednesday", " on Wednesday")
    guerrillas = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "casualty" and c.subject == "NPA"]
    assert all(c.claimant != "PHL" for c in guerrillas)
