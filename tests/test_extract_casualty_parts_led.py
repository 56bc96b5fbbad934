"""A part of a toll led by the dead or wounded it belongs to ("Among the injured were 11 children", "The dead include
three medics"), in the sentence after the toll: linked to that toll by `part_of` (GOLD_FORMAT: "among the dead", in the
same or a later sentence), so that a ledger does not add it to the toll. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 1, 12)


def tolls(text: str) -> list[tuple[str | None, list[int | None] | None, int | None]]:
    """(outcome, count, part_of) of every claim, in output order, so that positions are those part_of refers to."""
    claims = extract_from_cleaned_text(text, PUBLISHED)
    return [(c.outcome if c.type == "casualty" else None, list(c.count) if c.count else None, c.part_of) for c in claims]


def test_among_the_wounded_after_the_toll_is_part_of_it() -> None:
    found = tolls("A drone strike on a market in Omdurman killed 23 people and wounded 60, the health ministry said.\n"
                  "Among the wounded were 14 women.")
    wounded_total = next(i for i, (outcome, count, _) in enumerate(found) if outcome == "wounded" and count == [60, 60])
    assert ("wounded", [14, 14], wounded_total) in found


def test_the_dead_include_after_the_toll_is_part_of_it() -> None:
    found = tolls("Shelling of the town killed 17 people on Sunday, officials said.\nThe dead included five children.")
    killed_total = next(i for i, (outcome, count, _) in enumerate(found) if outcome == "killed" and count == [17, 17])
    assert ("killed", [5, 5], killed_total) in found
