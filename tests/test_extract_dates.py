"""Event dates: find_dates resolution against the publication date, and dates carried onto claims."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from counterclaim.extract.dates import (
    EARLIER,
    ELSEWHEN,
    find_dates,
    inherited_date,
    lead_event_date,
    sentence_date,
)
from counterclaim.extract.pipeline import extract_from_cleaned_text

FRIDAY = dt.date(2022, 1, 14)  # a Friday


def resolved(text: str, published: dt.date | None = FRIDAY) -> list[dt.date]:
    return [m.date for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", dt.date(2022, 1, 14)),  # the publication day itself
        ("on Thursday", dt.date(2022, 1, 13)),
        ("on Saturday", dt.date(2022, 1, 8)),  # never a day after publication
        ("on Monday", dt.date(2022, 1, 10)),
    ],
)
def test_weekday_resolves_to_latest_such_day_on_or_before_publication(text: str, expected: dt.date) -> None:
    assert resolved(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", dt.date(2022, 1, 13)),
        ("today", dt.date(2022, 1, 14)),
        ("overnight", dt.date(2022, 1, 14)),
        ("last night", dt.date(2022, 1, 13)),
        ("the day before yesterday", dt.date(2022, 1, 12)),
    ],
)
def test_relative_days_resolve_against_publication(text: str, expected: dt.date) -> None:
    assert resolved(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 12 January 2022", dt.date(2022, 1, 12)),
        ("on January 12, 2022", dt.date(2022, 1, 12)),
        ("on 2022-01-10", dt.date(2022, 1, 10)),
        ("the morning of January 9th", dt.date(2022, 1, 9)),
        ("on Jan. 11", dt.date(2022, 1, 11)),
    ],
)
def test_calendar_dates_are_read(text: str, expected: dt.date) -> None:
    assert resolved(text) == [expected]


def test_date_without_year_late_in_the_year_belongs_to_the_previous_year() -> None:
    # "December 30" in a mid-January article is last December
    assert resolved("on December 30") == [dt.date(2021, 12, 30)]


def test_offsets_locate_the_date_words() -> None:
    text = "Shelling resumed on Tuesday near the border."
    (mention,) = find_dates(text, FRIDAY)
    assert text[mention.start : mention.end] == "Tuesday"


def test_relative_dates_need_a_publication_date() -> None:
    assert resolved("yesterday and on Monday", published=None) == []


def test_full_date_resolves_without_a_publication_date() -> None:
    assert resolved("on 24 February 2022", published=None) == [dt.date(2022, 2, 24)]


def test_impossible_calendar_date_is_dropped() -> None:
    assert resolved("on 31 February 2022") == []


def test_month_alone_is_not_a_date() -> None:
    assert resolved("fighting in May") == []


# --- dates on claims ---------------------------------------------------------------------------


def test_weekday_date_on_a_casualty_claim() -> None:
    claims = extract_from_cleaned_text("Four Sudanese soldiers were killed in Omdurman on Wednesday.", FRIDAY)
    (claim,) = [c for c in claims if c.type == "casualty"]
    assert claim.date == dt.date(2022, 1, 12)


def test_yesterday_on_an_attack_and_its_casualties() -> None:
    claims = extract_from_cleaned_text("Russian forces shelled Kharkiv yesterday, killing 3 civilians.", FRIDAY)
    assert {c.type for c in claims} >= {"attack", "casualty"}
    assert all(c.date == dt.date(2022, 1, 13) for c in claims)


def test_overnight_is_the_publication_day() -> None:
    claims = extract_from_cleaned_text("Ukraine said it shot down 12 Shahed drones overnight.", FRIDAY)
    (claim,) = [c for c in claims if c.type == "materiel"]
    assert claim.date == FRIDAY


def test_explicit_date_on_a_claim_ignores_publication_year() -> None:
    claims = extract_from_cleaned_text("A car bomb exploded in Mogadishu on 12 January 2022, killing 6 people.", dt.date(2022, 3, 1))
    assert {c.date for c in claims} == {dt.date(2022, 1, 12)}


def test_claim_without_any_date_words_has_no_date() -> None:
    claims = extract_from_cleaned_text("Ten soldiers were killed near Bakhmut.", FRIDAY)
    (claim,) = claims
    assert claim.date is None


def test_date_at_start_of_event_note_sets_the_scene_for_the_paragraph() -> None:
    text = "On 3 May 2022, fighting broke out in Beni. Militants killed 5 villagers."
    claims = extract_from_cleaned_text(text, dt.date(2022, 5, 10))
    (casualty,) = [c for c in claims if c.type == "casualty"]
    assert casualty.date == dt.date(2022, 5, 3)


def test_event_date_after_the_claim_beats_the_statement_date() -> None:
    claims = extract_from_cleaned_text("Israel said on Monday that 1,200 people were killed on Saturday.", dt.date(2023, 10, 10))
    (claim,) = [c for c in claims if c.type == "casualty"]
    assert claim.date == dt.date(2023, 10, 7)


def test_abbreviated_month_date_in_an_israel_gaza_text() -> None:
    claims = extract_from_cleaned_text("Hamas militants killed 260 people at a music festival on Oct. 7.", dt.date(2023, 10, 10))
    assert {c.date for c in claims} == {dt.date(2023, 10, 7)}
    assert any(c.type == "attack" and c.subject == "HAMAS" for c in claims)


def test_counting_back_from_the_report_gives_the_reports_day() -> None:
    from counterclaim.extract.dates import find_dates

    published = dt.date(2023, 4, 28)
    for text in ("Air defences downed 20 drones over the past day.", "In the past 24 hours 5 soldiers died.", "The town was shelled at night."):
        assert [m.date for m in find_dates(text, published)] == [published], text


def test_a_running_total_is_as_of_the_day_its_claimant_spoke() -> None:
    from counterclaim.extract.pipeline import extract_from_cleaned_text

    text = ("Russia's defence ministry said on Wednesday that its forces repelled attacks near Avdiivka. "
            "In total, 412 Ukrainian aircraft have been destroyed since the start of the operation, the ministry said.")
    materiel = [c for c in extract_from_cleaned_text(text, dt.date(2023, 4, 28)) if c.type == "materiel"]
    assert [(c.cumulative, c.date) for c in materiel] == [(True, dt.date(2023, 4, 26))]


WEDNESDAY = dt.date(2021, 3, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "is_statement", "expected"),
    [
        # the day someone spoke dates the statement, not the event it reports
        ("Rebels shelled the market, the governor said on Tuesday.", False, None),
        ("Rebels shelled the market, the governor said on Tuesday.", True, dt.date(2021, 3, 16)),
        ("The navy on Monday denied that its frigate was hit.", False, None),
        ("The navy on Monday denied that its frigate was hit.", True, dt.date(2021, 3, 15)),
        ("Gunmen attacked a convoy on Sunday, police told reporters Tuesday.", False, dt.date(2021, 3, 14)),
        # a toll counted back from the report takes the report's day
        ("Over the past day, 40 drones were downed, the ministry said on Tuesday.", False, dt.date(2021, 3, 16)),
    ],
)
def test_claim_date_keeps_the_day_of_a_statement_for_the_statement(text: str, is_statement: bool, expected: dt.date | None) -> None:
    mentions = find_dates(text, WEDNESDAY)
    assert sentence_date(text, 0 if is_statement else 10, mentions, is_statement) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first event day the text gives, past datelines, the days people spoke and page dates
        ("SANA'A, March 17 (Xinhua) -- Militiamen stormed a checkpoint on Monday, officials said.", dt.date(2021, 3, 15)),
        ("The rebels said on Tuesday that they had downed a helicopter.\nThe crash happened on Sunday.", dt.date(2021, 3, 14)),
        ("The ministry said on Tuesday, March 16, that a drone fell.\nFighting broke out late Monday.", dt.date(2021, 3, 15)),
        ("Smoke over the port, Aden, March 2, 2021.\nSeparatists shelled the airport on Saturday.", dt.date(2021, 3, 13)),
        ("Wednesday, March 17\nSix villagers have been killed since Sunday.", None),
        ("Troops have held the ridge for months, the army said on Tuesday.", None),
    ],
)
def test_lead_event_date_is_the_first_day_an_event_is_given(text: str, expected: dt.date | None) -> None:
    assert lead_event_date(text, WEDNESDAY) == expected


def test_a_claim_without_a_date_takes_the_date_of_the_event_reported() -> None:
    text = "Gunmen attacked a police post on Monday. Three policemen were killed, the governor said on Tuesday."
    casualties = [c for c in extract_from_cleaned_text(text, WEDNESDAY) if c.type == "casualty"]
    assert casualties and all(c.date == dt.date(2021, 3, 15) for c in casualties)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty fighters have been killed since Sunday, the militia said Tuesday.", dt.date(2021, 3, 16)),
        ("The navy said on Monday that it had sunk 12 boats so far.", dt.date(2021, 3, 15)),
        ("Since Sunday, 40 fighters have been killed.", None),
    ],
)
def test_a_running_total_is_as_of_the_day_it_was_given(text: str, expected: dt.date | None) -> None:
    assert sentence_date(text, 20, find_dates(text, WEDNESDAY), is_statement=False, running_total=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two medics were wounded in the shelling.", dt.date(2021, 3, 15)),
        ("Earlier this month, a mine killed four herders.", None),
        ("The following day, militants burned the clinic.", None),
        ("The group has carried out such raids since 2019.", None),
        ("A similar ambush killed nine policemen three weeks ago.", None),
        ("In January, drones struck the depot.", None),
    ],
)
def test_a_claim_placed_at_another_unnamed_time_takes_no_date_of_the_text(text: str, expected: dt.date | None) -> None:
    assert inherited_date(text, dt.date(2021, 3, 15)) == expected


def test_backing_given_over_time_takes_no_date_of_the_event_reported() -> None:
    text = "Rebels shelled the port on Monday. Iran has supplied the rebels with drones."
    claims = extract_from_cleaned_text(text, WEDNESDAY)
    assert [c.date for c in claims if c.type == "support"] == [None]
    assert [c.date for c in claims if c.type == "attack"] == [dt.date(2021, 3, 15)]


def test_a_datelines_date_is_the_dispatch_day_not_the_events() -> None:
    text = "HARARE, March 17 (Reuters) - Gunmen killed two farmers, police said."
    assert sentence_date(text, 40, find_dates(text, WEDNESDAY), is_statement=False) is None


@pytest.mark.parametrize(
    ("phrase", "earlier", "elsewhen"),
    [
        ("the rebels overran the post six years ago", True, True),
        ("last month a mine killed two herders", True, True),
        ("over the past week the army lost 40 men", False, False),  # a window up to now, not another time
        ("two days later the convoy was ambushed", False, True),
        ("since March the militia has shelled the town", False, True),
        ("the drone struck the depot on Tuesday", False, False),
    ],
)
def test_one_vocabulary_places_an_event_before_or_apart_from_the_one_reported(phrase: str, earlier: bool, elsewhen: bool) -> None:
    assert bool(re.search(EARLIER, phrase, re.I)) is earlier
    assert bool(re.search(ELSEWHEN, phrase, re.I)) is elsewhen


def test_a_dateline_that_opens_with_its_date_dates_the_dispatch_not_the_event() -> None:
    """"May 14, 2024 (EL FASHER) – ... were killed on Monday": Monday is the event's day."""
    text = "May 14, 2024 (EL FASHER) – At least nine civilians were killed on Monday when shells hit a market, activists said."
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2024, 5, 14)) if c.type == "casualty"]
    assert [c.date for c in claims] == [dt.date(2024, 5, 13)]


def test_a_window_opened_by_an_events_start_gives_a_running_total_no_date() -> None:
    text = "The monitor said more than 700 people had been killed since the offensive began on Nov. 27."
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2024, 12, 6)) if c.type == "casualty"]
    assert [(c.count, c.date) for c in claims] == [((701, None), None)]


def test_a_running_total_since_the_start_of_an_invasion_is_as_of_its_report() -> None:
    text = ("Russia has lost 612,800 troops since the beginning of its full-scale invasion on Feb. 24, 2022, "
            "Ukraine's General Staff reported on Oct. 1.")
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2024, 10, 1)) if c.type == "casualty"]
    assert [c.date for c in claims] == [dt.date(2024, 10, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's health ministry said 224 people had been killed since Israel began its attacks on Friday.",
        "Kyiv says 500,000 Russian troops have been killed since Russia launched its full-scale invasion on Feb. 24, 2022.",
        "Local officials said 96 civilians had died since the army opened its offensive on Monday.",
    ],
)
def test_a_window_opened_by_a_side_starting_its_campaign_gives_a_running_total_no_date(text: str) -> None:
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2025, 6, 15)) if c.type == "casualty"]
    assert [(c.cumulative, c.date) for c in claims] == [(True, None)]


def test_an_event_told_in_a_statement_made_before_the_lead_event_does_not_take_its_day() -> None:
    """Said on Wednesday, it cannot have happened on Thursday: no date rather than the day the text leads with."""
    text = ("Rebel drones struck the airport in Kassala on Thursday, the army said.\n"
            "The army said on Wednesday it had retaken the town of Um Rawaba and killed dozens of rebel fighters.")
    claims = extract_from_cleaned_text(text, dt.date(2025, 5, 8))
    assert [(c.type, c.date) for c in claims if c.type in ("territory", "casualty")] == [("territory", None), ("casualty", None)]
    assert [c.date for c in claims if c.type == "attack"] == [dt.date(2025, 5, 8)]


def test_a_claim_after_a_cue_of_another_time_does_not_take_the_sentences_day() -> None:
    """The day belongs to the strikes; the killing told in last month's attack is of another time."""
    text = ("Indian jets struck six camps in Pakistan on Wednesday, hitting groups blamed for last month's attack on "
            "pilgrims in Reasi that killed nine people.")
    claims = extract_from_cleaned_text(text, dt.date(2025, 5, 7))
    assert [(c.count, c.date) for c in claims if c.type == "casualty"] == [((9, 9), None)]
    assert {c.date for c in claims if c.type == "attack"} == {dt.date(2025, 5, 7)}


def test_a_later_sentence_of_a_paragraph_takes_the_day_its_paragraph_gave_not_the_lead_day() -> None:
    text = ("Junta jets bombed a school in Tabayin on Friday, killing 11 people, residents said.\n\n"
            "In Shan State, the TNLA said it had overrun an army outpost near Kutkai on Saturday. "
            "It said seven of its fighters were killed.")
    claims = extract_from_cleaned_text(text, dt.date(2025, 7, 13))
    assert [(c.count, c.date) for c in claims if c.type == "casualty"] == [((11, 11), dt.date(2025, 7, 11)), ((7, 7), dt.date(2025, 7, 12))]


def test_the_lead_events_date_does_not_reach_the_background_far_below_it() -> None:
    """A long report: the lead's day dates the claims near it; claims far below (background, other incidents)
    give no day of their own and keep none."""
    lead = ("Militants attacked an army post in Borno on Monday. Five soldiers were killed, the army said. "
            "The attackers also burned two armoured vehicles. ")
    filler = "".join(f"Residents described the scene in the town number {n}. " for n in range(8))
    late = "Three soldiers were killed in an ambush near Bama."
    claims = [c for c in extract_from_cleaned_text(lead + filler + late, WEDNESDAY) if c.type in ("casualty", "materiel")]
    assert [(c.count, c.date) for c in claims] == [((5, 5), dt.date(2021, 3, 15)), ((2, 2), dt.date(2021, 3, 15)), ((3, 3), None)]


@pytest.mark.parametrize(
    "second",
    [
        "Separately, two policemen were killed in Kano.",
        "Elsewhere, two policemen were killed in Kano.",
        "In another incident, two policemen were killed in Kano.",
        "In a separate attack, gunmen killed two policemen in Kano.",
    ],
)
def test_a_sentence_that_turns_to_another_incident_takes_no_lead_date(second: str) -> None:
    text = "Gunmen attacked a police post in Katsina on Monday, killing four officers. " + second
    claims = [c for c in extract_from_cleaned_text(text, WEDNESDAY) if c.type == "casualty"]
    assert [(c.count, c.date) for c in claims] == [((4, 4), dt.date(2021, 3, 15)), ((2, 2), None)]


def test_a_tally_over_the_week_gives_no_day() -> None:
    """GOLD_FORMAT: spans of several days ("over the past week") give null; so does "over the week"."""
    text = ("Russian forces took the village of Nova Poltavka on Friday, the ministry said. \"Over the week, the enemy's losses "
            "amounted to 1,200 troops and eight tanks,\" the ministry said.")
    claims = extract_from_cleaned_text(text, dt.date(2025, 5, 3))
    assert sorted((c.type, c.date) for c in claims if c.type in ("casualty", "materiel")) == [("casualty", None), ("materiel", None)]


def test_a_toll_told_in_the_perfect_for_one_attack_is_no_campaigns_total() -> None:
    text = ("Gunmen have killed at least 19 people in an attack on Dogo Nahawa village in Plateau State, police said on Monday. "
            "The attackers arrived on motorcycles on Sunday evening, residents said.")
    claims = [c for c in extract_from_cleaned_text(text, dt.date(2024, 6, 10)) if c.type == "casualty"]
    assert [(c.count, c.cumulative, c.date) for c in claims] == [((19, None), False, dt.date(2024, 6, 9))]
    claims = [c for c in extract_from_cleaned_text("The war has killed more than 150,000 people, the UN said.", dt.date(2024, 6, 10))
              if c.type == "casualty"]
    assert [c.cumulative for c in claims] == [True]


def test_a_toll_over_a_closed_window_of_months_has_no_one_day() -> None:
    text = ("Gunmen killed 18 people in Bokkos on Wednesday, police said. Amnesty International said more than 1,300 people "
            "had been killed in Plateau state between December 2020 and February 2021. "
            "From October to December, the army said, rebels killed 400 soldiers in Cabo Delgado.")
    tolls = [c for c in extract_from_cleaned_text(text, FRIDAY) if c.type == "casualty"]
    assert [(c.count, c.date) for c in tolls] == [((18, 18), dt.date(2022, 1, 12)), ((1301, None), None), ((400, 400), None)]


def test_a_span_of_days_with_one_end_written_bare_has_no_one_day() -> None:
    def dates_of(text: str) -> list[dt.date | None]:
        return [c.date for c in extract_from_cleaned_text(text, FRIDAY) if c.type == "casualty"]

    assert dates_of("At least 120 civilians were killed in attacks on villages in Darfur between 3 and 7 January, local sources said.") == [None]
    assert dates_of("From January 3 to 7, the RSF killed 60 people in El Fasher, activists said.") == [None]
    assert dates_of("Gunmen killed between 10 and 15 people in the village on Monday, police said.") == [dt.date(2022, 1, 10)]
    assert dates_of("On January 10, 15 people were killed in the shelling.") == [dt.date(2022, 1, 10)]
