"""A part of a toll told in an earlier sentence ("A woman was among the dead", "Three of the dead were children") is of
that toll's event and takes its day when its own sentence gives none (GOLD_FORMAT: a claim with no time cue takes the
date the text gives the same event elsewhere), not the day the text leads with."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

FRIDAY = dt.date(2025, 3, 14)
THURSDAY = dt.date(2025, 3, 13)

TEXT = ("Russia lost 1,100 soldiers over the past day, Ukraine's General Staff said on Friday.\n"
        "Governor Ivan Fedorov said three civilians were killed in Russian shelling of Huliaipole on Thursday.\n"
        "A 70-year-old man was among the dead, he added.")


def test_a_part_told_later_takes_the_day_of_its_toll() -> None:
    claims = extract_from_cleaned_text(TEXT, FRIDAY)
    part = [c for c in claims if c.type == "casualty" and c.part_of is not None]
    assert part and all(c.date == THURSDAY for c in part)


def test_a_part_with_its_own_day_keeps_it() -> None:
    text = TEXT.replace("A 70-year-old man was among the dead, he added.", "A 70-year-old man was among the dead on Friday, he added.")
    part = [c for c in extract_from_cleaned_text(text, FRIDAY) if c.type == "casualty" and c.part_of is not None]
    assert all(c.date == FRIDAY for c in part)
