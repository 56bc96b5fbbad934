"""Text wrapped at a fixed width (e-mail, converted PDFs, plain-text wire copy) breaks lines inside sentences; those
lines are joined back, so a wrapped report gives the claims of the same report unwrapped.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.extract.sentences import split_sentences

PUBLISHED = dt.date(2025, 3, 3)
REPORT = [
    "Drone strike hits power station in Kosti",
    "Drones launched by the Rapid Support Forces struck a power station in the city of Kosti on Sunday, knocking out "
    "electricity across White Nile state, the state government said.",
    "In North Darfur, the army said its air force had destroyed 15 combat vehicles belonging to the paramilitaries near "
    "Mellit and killed dozens of their fighters.",
    "Meanwhile, the RSF said it had repelled an army attack on its positions in West Kordofan, killing more than 100 "
    "soldiers and seizing eight vehicles.",
]


def fields(text: str) -> list[tuple[object, ...]]:
    return [(c.type, c.subject, c.outcome, c.category, c.count, c.claimant, c.stance, c.date)
            for c in extract_from_cleaned_text(text, PUBLISHED)]


def test_a_wrapped_report_gives_the_claims_of_the_report_unwrapped() -> None:
    plain = "\n\n".join(REPORT)
    wrapped = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in REPORT)
    assert "\n" in wrapped.split("\n\n")[1]
    assert fields(wrapped) == fields(plain)
    assert len(fields(plain)) >= 6


def test_a_line_ending_its_sentence_or_a_capital_after_a_break_stays_a_boundary() -> None:
    text = "Fighting in Kosti\nresidents fled the city.\nRebels advanced on the town"
    # a headline with no full stop followed by a lowercase line is joined; a line ending in a full stop is not
    assert [s.text for s in split_sentences(text)] == ["Fighting in Kosti\nresidents fled the city.", "Rebels advanced on the town"]
