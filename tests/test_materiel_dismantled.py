"""Equipment "dismantled" by the side that found it is destroyed, as armies word their raids; what is no equipment
(a camp, a network) is no materiel."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


def _materiel(text: str) -> list[tuple[str, str | None, tuple[int, int] | None]]:
    return [(c.outcome, c.category, c.count and tuple(c.count)) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"]


def test_launchers_dismantled_are_destroyed():
    assert _materiel("The IDF said its troops had dismantled 20 Hamas rocket launchers in the past week.") == [("destroyed", "artillery", (20, 20))]


def test_a_camp_or_network_dismantled_is_no_materiel():
    assert _materiel("Police dismantled a protest camp outside parliament on Monday.") == []
    assert _materiel("The army said it had dismantled a smuggling network that supplied the rebels.") == []
