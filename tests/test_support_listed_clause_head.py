"""Each state listed at the head of a clause gives the support its gerund tells ("Russia and China vetoed a resolution,
offering diplomatic cover to ...": two providers), as each state listed right before a verb of giving does."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 1)


def _providers(text: str) -> list[str | None]:
    return sorted(c.subject for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support")


def test_each_state_of_a_listed_clause_head_gives_the_cover():
    text = "Russia and China vetoed a Security Council resolution, offering diplomatic cover to Myanmar's junta."
    assert _providers(text) == ["CHN", "RUS"]


def test_a_single_head_gives_it_alone():
    text = "Russia vetoed a Security Council resolution, offering diplomatic cover to Myanmar's junta."
    assert _providers(text) == ["RUS"]
