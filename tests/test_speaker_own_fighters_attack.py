"""An attack told after a speaker's own fighters ("the BLA said its fighters had killed 18 soldiers in an attack on a
convoy") is the speaker's, not that of another group the text said claimed an earlier attack."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

DAY = dt.date(2025, 7, 24)

TEXT = ("The Pakistani Taliban claimed responsibility for a suicide bombing that killed nine policemen in Bannu on Thursday.\n"
        "The Baloch Liberation Army said its fighters had killed 14 soldiers in an attack on a convoy in Kech.")


def test_attack_after_its_fighters_is_the_speaker_s() -> None:
    attacks = [c for c in extract_from_cleaned_text(TEXT, DAY) if c.type == "attack" and c.claimant == "BLA"]
    assert attacks and all(c.subject == "BLA" for c in attacks)


def test_attack_in_a_sentence_without_own_fighters_keeps_the_claimed_group() -> None:
    text = TEXT.replace("The Baloch Liberation Army said its fighters had killed 14 soldiers in an attack on a convoy in Kech.",
                        "Police said the attack on the station lasted an hour.")
    attacks = [c for c in extract_from_cleaned_text(text, DAY) if c.type == "attack"]
    assert all(c.subject != "BLA" for c in attacks)
