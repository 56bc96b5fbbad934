"""A claimant's figures are added only when the text marks them as new: multi-article corpora written for
these tests (daily increments and running totals of one claimant over a month)."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.ledger import Ledger, Series, build_ledger
from counterclaim.ledger.increments import increment_mark
from counterclaim.records import Claim, Document, OffsetMap, content_hash
from ledger_fixtures import REGISTRY, ClaimFactory, killed

START = dt.date(2020, 9, 27)


def only(ledger: Ledger, side: str, category: str = "military") -> Series:
    [found] = [s for s in ledger.series if s.side == side and s.category == category]
    return found


def test_unmarked_later_figure_of_a_claimant_is_its_running_total_not_an_increment() -> None:
    factory = ClaimFactory()
    claims = factory.document("Yerevan said Azerbaijani losses ran into the hundreds.", dt.date(2020, 9, 28), [
        killed("AZE", "military", (200, 999), "ARM", quote="ran into the hundreds")])
    claims += factory.document("Armenia's ministry said Azerbaijan had lost 1,280 soldiers.", dt.date(2020, 10, 1), [
        killed("AZE", "military", (1280, 1280), "ARM", quote="lost 1,280 soldiers")])
    series = only(build_ledger(claims, registry=REGISTRY), "AZE")
    assert series.high.value == 1280  # not 2279: two running figures of one claimant are never added
    assert {a.reading for a in series.assertions} == {"total"}
    assert series.high.parts == []  # one assertion states it


def test_a_running_figure_restated_later_stays_the_latest_whether_or_not_its_repeats_merge() -> None:
    factory = ClaimFactory()
    claims = []
    for text in ("The army said none of its soldiers were killed.", "A spokesman said none of the troops were killed."):
        claims += factory.document(text, START, [killed("ARM", "military", (0, 0), "ARM")])
    claims += factory.document("The army said one soldier was killed.", START, [killed("ARM", "military", (1, 1), "ARM")])
    claims += factory.document("The army again said no soldiers were killed.", START + dt.timedelta(days=1),
                               [killed("ARM", "military", (0, 0), "ARM")])
    merged = only(build_ledger(claims, registry=None), "ARM")
    unmerged = only(build_ledger(claims, registry=None, merge=False), "ARM")
    assert merged.high.value == unmerged.high.value == 0  # the next day's figure, restated, is the latest


def test_a_month_of_daily_increments_adds_up_and_lists_its_parts() -> None:
    factory = ClaimFactory()
    claims = []
    for day in range(30):
        published = START + dt.timedelta(days=day)
        text = f"The ministry said {day + 1} more soldiers were killed overnight."
        claims += factory.document(text, published, [
            killed("UKR", "military", (day + 1, day + 1), "UKR", date=published, quote=f"{day + 1} more soldiers")])
    series = only(build_ledger(claims, registry=None), "UKR")
    assert series.low.value == series.high.value == sum(range(1, 31))
    assert {a.reading for a in series.assertions} == {"increment"}
    [parts] = series.high.parts
    assert parts.startswith("UKR: 1 (2020-09-27) + 2 (2020-09-28) + ")
    assert "22 more increments (2020-10-05 to 2020-10-26)" in parts and parts.endswith(" = 465")


def test_a_series_mixing_totals_and_increments_shows_the_latest_total_plus_the_increments_since() -> None:
    factory = ClaimFactory()
    claims = []
    running = 0
    for day in range(28):
        published = START + dt.timedelta(days=day)
        running += 3
        if day % 7 == 6:  # a weekly running total from the same claimant
            text = f"Since the fighting began, {running} of our soldiers have been killed, the army said."
            claims += factory.document(text, published, [
                killed("ARM", "military", (running, running), "ARM", date=published, cumulative=True,
                       quote=f"{running} of our soldiers")])
        else:
            text = f"Another 3 soldiers were killed on {published:%A}, the army said."
            claims += factory.document(text, published, [
                killed("ARM", "military", (3, 3), "ARM", date=published, quote="Another 3 soldiers")])
    claims += factory.document("Three more soldiers died in the past day, the army said.", START + dt.timedelta(days=28), [
        killed("ARM", "military", (3, 3), "ARM", date=START + dt.timedelta(days=28), quote="Three more soldiers")])
    series = only(build_ledger(claims, registry=REGISTRY), "ARM")
    assert series.high.value == 84 + 3  # the last weekly total (day 28: 84) and the one increment after it
    [parts] = series.high.parts
    assert parts == "ARM: 84 (total, 2020-10-24) + 3 (2020-10-25) = 87"
    assert all(c.status == "consistent" for c in series.totals)


def test_more_than_is_a_lower_bound_not_an_increment() -> None:
    factory = ClaimFactory()
    claims = factory.document("More than 200 soldiers have died, Baku said.", dt.date(2020, 10, 2), [
        killed("ARM", "military", (201, None), "AZE", quote="More than 200 soldiers")])
    claims += factory.document("More than 300 soldiers have died, Baku said.", dt.date(2020, 10, 9), [
        killed("ARM", "military", (301, None), "AZE", quote="More than 300 soldiers")])
    series = only(build_ledger(claims, registry=REGISTRY), "ARM")
    assert [a.reading for a in series.assertions] == ["total", "total"]
    assert series.best.value == 301


def test_tolls_of_distinct_events_and_places_add_up() -> None:
    factory = ClaimFactory()
    claims = factory.document("Four soldiers were killed when a drone struck their post.", dt.date(2022, 5, 1), [
        killed("RUS", "military", (4, 4), None, quote="Four soldiers were killed")])
    claims += factory.document("Two soldiers died near Izium.", dt.date(2022, 5, 3), [
        killed("RUS", "military", (2, 2), None, place="Izium", quote="Two soldiers died")])
    claims += factory.document("Seven soldiers were killed in an artillery attack.", dt.date(2022, 5, 6), [
        killed("RUS", "military", (7, 7), None, quote="Seven soldiers were killed")])
    series = only(build_ledger(claims, registry=None), "RUS")
    assert series.high.value == 13
    assert series.high.parts == ["outlet: 4 (2022-05-01) + 2 (2022-05-03) + 7 (2022-05-06) = 13"]


@pytest.mark.parametrize(("words", "place", "mark"), [
    ("17 more servicemen were killed", None, "more"),
    ("Another 12 died on the front.", None, "another"),
    ("Six soldiers were killed overnight, the ministry said.", None, "overnight"),
    ("In the past 24 hours 40 fighters were killed.", None, "in the past 24 hours"),
    ("Nine civilians died in an airstrike on the market.", None, "airstrike"),
    ("Three police officers were killed.", "Gao", "at Gao"),
    ("Three police officers were killed on Tuesday.", None, "on tuesday"),
    ("More than 38,000 people have been killed.", None, None),
    ("The army has lost 1,280 soldiers.", None, None),
    ("12 more died, bringing the toll to 40.", None, None),
    ("So far 220 soldiers were killed in attacks.", None, None),
])
def test_increment_marks(words: str, place: str | None, mark: str | None) -> None:
    assert increment_mark(words, place) == mark


def test_the_store_gives_the_ledger_each_claims_sentence(store: object) -> None:
    """A short quote ('1,280') with its mark elsewhere in the sentence ('overnight') is still an increment,
    read from the stored document's sentence: the library, the CLI and the dashboard agree."""
    from counterclaim.ledger.from_store import build_ledger_from_store, stored_claim_views

    texts = [("The defence ministry said 20 Azerbaijani soldiers were killed overnight near the river.", "20"),
             ("The defence ministry said 35 Azerbaijani soldiers were killed overnight in the hills.", "35"),
             ("The ministry now puts Azerbaijani losses at 900 soldiers.", "900")]
    for number, (text, quote) in enumerate(texts):
        start = text.index(quote)
        claim = Claim(type="casualty", subject="AZE", outcome="killed", category="military",
                      count=(int(quote), int(quote)), claimant="ARM", span=(start, start + len(quote)),
                      sentence_span=(0, len(text)), date=dt.date(2020, 10, 1 + number))
        document = Document(content_hash=content_hash(text), item=f"t{number}", published=dt.date(2020, 10, 1 + number),
                            original_text=text, cleaned_text=text, offset_map=OffsetMap.identity(len(text)))
        store.add_document(document, [claim], "test")  # type: ignore[attr-defined]
    views = list(stored_claim_views(store))  # type: ignore[arg-type]
    assert [v.marked for v in views] == [True, True, False]
    assert [view.marked for view in _views_of_stored(store)] == [True, True, False]
    series = only(build_ledger_from_store(store, registry=None), "AZE")  # type: ignore[arg-type]
    assert series.high.value == 900  # the later running figure supersedes the increments before it
    [stored] = [c for c in store.iter_claims() if c.claim.count == (35, 35)]  # type: ignore[attr-defined]
    assert stored.sentence == texts[1][0]


def _views_of_stored(store: object) -> list[object]:
    from counterclaim.ledger.views import view_of

    return [view_of(c) for c in store.iter_claims()]  # type: ignore[attr-defined]


def test_cli_ledger_lists_each_sum_with_its_parts(sqlite_url: str) -> None:
    import csv
    import io

    from typer.testing import CliRunner

    from counterclaim.cli import app
    from counterclaim.store import Store

    with Store(sqlite_url) as store:
        for day in range(3):
            text = f"Ukraine's army said {day + 5} more Russian tanks were destroyed overnight."
            start = text.index(f"{day + 5} more")
            claim = Claim(type="materiel", subject="RUS", object="UKR", outcome="destroyed", category="tank",
                          count=(day + 5, day + 5), claimant="UKR", span=(start, start + 6),
                          sentence_span=(0, len(text)), date=dt.date(2022, 3, 1 + day))
            document = Document(content_hash=content_hash(text), item=f"tanks{day}", published=dt.date(2022, 3, 1 + day),
                                original_text=text, cleaned_text=text, offset_map=OffsetMap.identity(len(text)))
            store.add_document(document, [claim], "test")
    result = CliRunner().invoke(app, ["ledger", "--db", sqlite_url, "--format", "csv"])
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(result.output)))
    assert row["high"] == "18"
    assert row["sums"] == "UKR: 5 (2022-03-01) + 6 (2022-03-02) + 7 (2022-03-03) = 18"
    table = CliRunner().invoke(app, ["ledger", "--db", sqlite_url])
    assert "5 (2022-03-01) + 6 (2022-03-02)" in " ".join(table.output.split())
