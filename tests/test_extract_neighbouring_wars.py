"""Reports that name two neighbouring states fought by the same groups (Mali and Burkina Faso, both against JNIM
and the Islamic State Sahel): the war is the one of the state most of the text's places are in, so its soldiers
are that state's, on sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2025, 9, 17)


def test_soldiers_of_a_mali_report_naming_burkina_faso_in_passing_are_malis() -> None:
    text = ("Malian troops were ambushed by JNIM fighters near Kayes in western Mali on Sunday. Four soldiers were killed, the army said. "
            "JNIM said it had also attacked a post near Menaka and a convoy near Gao. In Burkina Faso, the group killed 10 villagers near Djibo.")
    soldiers = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.category == "military"]
    assert [c.subject for c in soldiers] == ["MLI"]


def test_soldiers_of_a_burkina_report_naming_mali_in_passing_are_burkinas() -> None:
    text = ("JNIM fighters stormed an army base near Djibo in northern Burkina Faso on Sunday. Six soldiers were killed, the army said. "
            "The group also attacked a convoy near Kaya and a post near Dori. In Mali, JNIM attacked a post near Kayes.")
    soldiers = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty" and c.category == "military"]
    assert [c.subject for c in soldiers] == ["BFA"]
