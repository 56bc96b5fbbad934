"""Claimants, session 18 (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 8, 11)


def _tolls(text: str) -> list[tuple[str | None, tuple[int | None, int | None] | None, str | None]]:
    return [(c.subject, c.count, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"]


def test_a_force_named_in_the_claim_is_not_its_speaker() -> None:
    # "by the military" tells who killed them; the speaker is the rights group after "according to"
    assert _tolls("More than 5,000 civilians have been killed by the military in Myanmar since the coup, "
                  "according to the Assistance Association for Political Prisoners.") == [("MMR", (5001, None), None)]
    assert _tolls("Twenty-two villagers were shot dead by the army near Mopti, according to a local rights group.") == [
        ("MLI", (22, 22), None)]


def test_an_institution_that_speaks_still_reports_its_own_side_s_losses() -> None:
    assert _tolls("Nine soldiers were killed in an ambush near Tillaberi, the army said.") == [("NER", (9, 9), "NER")]


def _territory(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.subject, c.outcome, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]


def test_rebels_named_by_their_state_s_adjective_speak_and_take_ground_against_it() -> None:
    # "Myanmar resistance forces" fight Myanmar's junta: neither the speaker nor the loser is the fighters' side
    assert _territory("Myanmar resistance forces say they seized an army base in Sagaing.") == [("MMR", "lost", "PDF")]
    assert [c[:2] for c in _territory("Syrian rebels said they captured an army base near Hama.")] == [("SYR", "lost")]
    assert _territory("Syrian rebels said they captured an army base near Hama.")[0][2] != "SYR"


def test_russian_paramilitaries_backing_burkina_faso_do_not_move_its_war_to_mali() -> None:
    # Burkina Faso hires Russian paramilitaries as Mali does; a Burkinabe text stays in Burkina Faso's war
    text = ("Jihadists killed at least 25 soldiers in an attack on an army post in northern Burkina Faso on Sunday, "
            "the army said.\n\nThe junta has hired Russian paramilitaries from the Wagner Group to help fight the insurgency.")
    assert [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "casualty"] == [("BFA", "BFA")]


def test_a_unit_s_spokesman_speaks_for_its_side_as_a_military_spokesman_does() -> None:
    for text in ("Ukrainian forces captured a Russian T-90 tank near Avdiivka, a brigade spokesman said.",
                 "Ukrainian forces captured a Russian T-90 tank near Avdiivka, a military spokesman said."):
        assert [c.claimant for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "materiel"] == ["UKR"], text
