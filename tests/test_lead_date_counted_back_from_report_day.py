"""A text leading with "overnight" told by a speaker on a named day: later claims of that event with no time cue
take the report's day, not the publication day (GOLD_FORMAT: "overnight" gives the day of the report it counts
back from, the statement's day if given)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.dates import lead_event_date
from counterclaim.extract.pipeline import extract_from_cleaned_text

FRIDAY = dt.date(2025, 9, 12)
TUESDAY = dt.date(2025, 9, 9)


def test_overnight_said_on_tuesday_leads_with_tuesday() -> None:
    text = "The border guard said on Tuesday that rebels had raided two outposts overnight.\nOne guard was hurt."
    assert lead_event_date(text, FRIDAY) == TUESDAY


def test_overnight_without_a_report_day_keeps_the_publication_day() -> None:
    assert lead_event_date("Drones struck the port overnight, officials said.", FRIDAY) == FRIDAY


def test_report_day_of_another_sentence_does_not_count() -> None:
    text = "Drones struck the port overnight. The governor spoke on Tuesday about rebuilding."
    assert lead_event_date(text, FRIDAY) == FRIDAY


def test_wounded_in_the_attack_takes_the_report_day_of_the_overnight_fire() -> None:
    text = ("Georgia's interior ministry said on Tuesday that South Ossetian forces had opened fire on a Georgian police post overnight.\n"
            "One Georgian police officer was wounded in the attack, the ministry said.")
    wounded = [c for c in extract_from_cleaned_text(text, FRIDAY) if c.type == "casualty"]
    assert wounded and all(c.date == TUESDAY for c in wounded)
