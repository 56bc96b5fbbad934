"""Statement acts of session 18: ultimatums, headline reports without a copula, appeals quoted from their modal,
appeals told with "tells", vows of a bare response and regret promised. Sentences are invented, from many wars."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def statements(text: str) -> list[tuple[str | None, str]]:
    return [(c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ultimatum is a warning of harm to come
        ("The M23 gave the Congolese army 48 hours to leave Uvira.", ("M23", "warn")),
        ("Al-Shabaab gave government troops three days to withdraw from the town.", ("SHABAAB", "warn")),
        ("The Arakan Army issued an ultimatum to the junta's garrison in Sittwe.", ("AA", "warn")),
        ("The RSF told residents of El Fasher to hand over the soldiers or face the consequences.", ("RSF", "warn")),
    ],
)
def test_ultimatum_is_a_warning(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine says Russia using North Korean missiles against Kharkiv", ("UKR", "accuse")),
        ("Armenia says Azerbaijan preparing new offensive", ("ARM", "accuse")),
        ("Hamas says Israel \"fully responsible\" for fate of hostages", ("HAMAS", "accuse")),
        ("Mali says Algeria meddling in its internal affairs", ("MLI", "accuse")),
    ],
)
def test_headline_report_without_copula_is_an_accusation(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


def test_headline_report_of_an_attack_is_no_general_accusation() -> None:
    assert ("RUS", "accuse") not in statements("Russia says Ukraine responsible for the attack on the Crimea bridge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India's external affairs ministry said Pakistan \"must stop cross-border terrorism\".", ("IND", "appeal")),
        ("The African Union said \"all sides must lay down their arms\" in Sudan.", ("AU", "appeal")),
        ("China tells US to stop military drills near Taiwan", ("CHN", "appeal")),
        ("Qatar is telling Hamas to release the hostages.", ("QAT", "appeal")),
    ],
)
def test_appeal_quoted_or_told(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vows response to attack on Crimea bridge", ("RUS", "warn")),
        ("Hezbollah vowed response to the assassination of its commander.", ("HEZBOLLAH", "warn")),
        ("Iran says US \"will regret\" strikes on nuclear sites", ("IRN", "warn")),
        ("Pakistan's army said India will regret its aggression.", ("PAK", "warn")),
    ],
)
def test_vow_of_response_and_regret_promised_are_warnings(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave farmers three days to register for the subsidy.",
        "The ministry said the talks should resume next week.",
    ],
)
def test_peaceful_deadlines_and_plans_stay_quiet(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"Those who started this war will pay,\" the Houthi leader said in a televised speech.", ("HOUTHIS", "warn")),
        ("\"There will be a response,\" Iran's foreign ministry spokesman said.", ("IRN", "warn")),
        ("A Hamas spokesman said the occupation \"will not escape punishment\".", ("HAMAS", "warn")),
        ("Azerbaijan's foreign ministry said responsibility lies entirely with the Armenian leadership.", ("AZE", "accuse")),
        ("The Sudanese army said the shelling of the market in Omdurman was a new crime.", ("SDN", "condemn")),
        ("Ukraine's foreign minister said: \"Russia must be held accountable.\"", ("UKR", "appeal")),
    ],
)
def test_reckonings_blame_and_crimes_in_quoted_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the new tax would pay for the road.",
        "Police said the theft was a crime scene investigators were still examining.",
    ],
)
def test_peaceful_payments_and_crime_scenes_stay_quiet(text: str) -> None:
    assert statements(text) == []


def test_surname_alias_after_another_given_name_is_someone_else() -> None:
    # a one-word alias of one official ("Qassem") after another person's given name is that person's surname
    text = "Hamas spokesman Hazem Qassem said the strike on the Nuseirat camp was a massacre."
    assert [s for s, _ in statements(text)] == ["HAMAS"]


def test_pronoun_subject_continues_the_body_named_before() -> None:
    text = ("Ukraine's foreign minister said partners must send more air defence.\n\n"
            "The Ethiopian government issued a statement on Sunday. It accused the TPLF of sabotaging the peace process.")
    assert ("ETH", "accuse") in statements(text)


def targets(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.subject, c.outcome, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey accused Russia and Syria of war crimes in Idlib.", [("TUR", "accuse", "RUS"), ("TUR", "accuse", "SYR")]),
        ("Beijing warned Washington and Manila against provocations in the South China Sea.", [("CHN", "warn", "USA"), ("CHN", "warn", "PHL")]),
        ("The Houthis condemned the US and British strikes on Sanaa.", [("HOUTHIS", "condemn", "USA"), ("HOUTHIS", "condemn", "GBR")]),
    ],
)
def test_one_statement_per_party_charged(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = targets(text)
    assert all(claim in found for claim in expected)


def test_listed_speakers_still_give_one_statement_each() -> None:
    assert targets("Egypt and Jordan condemned the raid on the camp.") == [("EGY", "condemn", None), ("JOR", "condemn", None)]


def test_passive_statement_with_agents_given_as_examples_is_each_agents() -> None:
    found = statements("The raid on the camp was widely condemned, including by Egypt and Jordan.")
    assert ("EGY", "condemn") in found and ("JOR", "condemn") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nabil Abdallah, spokesman for the Sudanese army, accused the RSF of war crimes.", ("SDN", "accuse")),
        ("\"We condemn this massacre,\" said Lt. Col. Nadav Shoshani, an Israeli military spokesman.", ("ISR", "condemn")),
        ("\"We will respond,\" said Maj. Gen. Tariq Mehmood, a Pakistani military spokesman.", ("PAK", "warn")),
        ("A statement from the Arakan Army condemned the junta's airstrikes on Kyauktaw.", ("AA", "condemn")),
        ("The statement by the Egyptian foreign ministry called for restraint.", ("EGY", "appeal")),
    ],
)
def test_speakers_in_apposition_after_ranks_and_behind_their_statements(text: str, expected: tuple[str, str]) -> None:
    found = statements("Ukraine's foreign minister said partners must send more air defence.\n\n" + text)
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv assails Budapest over gas deal with Moscow", ("UKR", "condemn")),
        ("The Kremlin excoriated the European Union over the new sanctions.", ("RUS", "condemn")),
        ("Mali's junta berated France for its silence on the massacre.", ("MLI", "condemn")),
        ("Washington said all options are on the table if Iran attacks.", ("USA", "warn")),
    ],
)
def test_headline_verbs_of_blame_and_options_on_the_table(text: str, expected: tuple[str, str]) -> None:
    assert expected in statements(text)


@pytest.mark.parametrize(
    "text",
    ["Gunmen assailed the convoy near Gao.", "The minister said the talks would be held with all options on the table."],
)
def test_assault_and_open_talks_are_no_statements(text: str) -> None:
    assert statements(text) == []
