"""Industrial accidents named by their site give no claims of harm (issue 10: accidents stay quiet); a blast set off in
an attack on a factory is still war. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 3, 4)


def test_a_blast_named_by_its_site_is_an_accident() -> None:
    for text in ("A factory explosion in Tianjin injured 12 workers, officials said.",
                 "A refinery fire near Basra killed two technicians on Sunday.",
                 "A fireworks warehouse blast killed five people in Mexico State."):
        assert extract_from_cleaned_text(text, PUBLISHED) == [], text


def test_a_factory_struck_in_an_attack_is_war() -> None:
    claims = extract_from_cleaned_text("A Russian missile strike on a factory in Dnipro killed four workers, the governor said.", PUBLISHED)
    assert [c.type for c in claims if c.type == "casualty"] == ["casualty"]
