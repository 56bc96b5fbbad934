"""The four tasks researchers bring, walked in a real headless Chromium by clicking and submitting forms, on a
database of the bundled samples, the web test texts and a generated month of one claimant's daily reports.

1. what each side claims about military deaths in one war, and where they contradict;
2. the sentence behind a figure; 3. what happened in one place over time; 4. exporting what is shown.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_web_browser import CHROMIUM_ARGS, LAPTOP, PHONE, _chromium_or_skip
from web_fixtures import LiveServer, serve_app

pytestmark = pytest.mark.browser

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "counterclaim" / "samples"
MONTH_START = dt.date(2022, 3, 1)
# Generated reports: Ukraine's daily "N more" Russian military deaths, and each week its running total.
DAILY = "Ukraine's general staff said {n} more Russian soldiers were killed overnight near {place}."
WEEKLY = "Ukraine's general staff said Russia has lost {total} soldiers since the start of the invasion."
PLACES = ("Kharkiv", "Izium", "Mykolaiv", "Chernihiv", "Sumy", "Kherson", "Mariupol")


def month_of_reports() -> tuple[list[Any], int]:
    """28 daily increment reports and 4 weekly totals; returns the raw documents and the expected figure
    (the last total plus the increments reported after it)."""
    from counterclaim.records import RawDocument

    raws = []
    total = 6000  # above the sample's own Ukrainian figure (5,840 on 2 March), so it sets the high
    last_total = 0
    after_last_total = 0
    for day in range(28):
        published = MONTH_START + dt.timedelta(days=day)
        n = 10 + day % 5
        total += n
        raws.append(RawDocument(item=f"gen:daily:{day}", text=DAILY.format(n=n, place=PLACES[day % 7]),
                                title=f"Daily losses report {published}", published=published, source="generated-wire"))
        after_last_total += n
        if day % 7 == 5:
            raws.append(RawDocument(item=f"gen:weekly:{day}", text=WEEKLY.format(total=f"{total:,}"),
                                    title=f"Weekly total {published}", published=published, source="generated-wire"))
            last_total, after_last_total = total, 0
    return raws, last_total + after_last_total


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, int]]:
    from counterclaim.ingest import ingest_raw_documents, ingest_sources
    from counterclaim.store import Store
    from counterclaim.web import create_app
    from web_fixtures import TOKEN, fill_database

    db_url = f"sqlite:///{tmp_path_factory.mktemp('web-tasks') / 'tasks.db'}"
    contradiction_id, xss_id, xss_html_id = fill_database(db_url)
    raws, expected = month_of_reports()
    with Store(db_url) as store:
        summary = ingest_sources([str(SAMPLES)], store)
        assert summary.stored >= 8, summary.errors
        ingest_raw_documents(raws, store)
    with serve_app(create_app(db_url, token=TOKEN)) as base_url:
        yield LiveServer(base_url, db_url, contradiction_id, xss_id, xss_html_id), expected


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = _chromium_or_skip()
    with sync_playwright() as playwright:
        opened = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield opened
        opened.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=LAPTOP, accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    opened.on("response", lambda r: errors.append(f"HTTP {r.status} {r.url}") if r.status >= 500 else None)
    yield opened
    context.close()
    assert errors == []


def test_task_1_each_side_on_military_deaths_in_one_war_and_the_contradictions(page: Any, live: Any) -> None:
    server, _ = live
    page.goto(server.base_url + "/")
    page.select_option("select[name=conflict]", label="Second Nagorno-Karabakh war (2020)")
    page.select_option("form.filters select[name=type]", "casualty")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*conflict=nagorno-karabakh-2020*")
    assert "type=casualty" in page.url and page.locator("main h1").inner_text() == "Ledger"
    # Grouped under the war's name, sides by name; nothing from other wars.
    assert page.locator("section.conflict-block h2").all_inner_texts()[0].startswith("Second Nagorno-Karabakh war (2020)")
    assert page.locator("section.conflict-block").count() == 1
    azerbaijan = page.locator("section.side-block", has=page.locator("h3", has_text="Azerbaijan (AZE)"))
    killed = azerbaijan.locator(".series", has_text="military killed").first
    who = killed.locator("table.who-table").inner_text()
    assert "Armenia (ARM)" in who and "its adversary" in who
    assert "Azerbaijan (AZE)" in who and "the side itself" in who
    contradiction = page.locator(".contradiction", has_text="ARM claims 200–999 AZE military killed; AZE claims 0")
    assert contradiction.count() == 1
    contradiction.locator("button", has_text="ARM's claims").click()
    contradiction.locator("li.cited-claim").first.wait_for()
    assert any("hundreds" in t for t in contradiction.locator("li.cited-claim").all_inner_texts())
    # The state is in the address: reloading it shows the same choices.
    page.reload()
    assert page.locator("select[name=conflict]").input_value() == "nagorno-karabakh-2020"


def test_task_2_the_sentence_behind_a_figure(page: Any, live: Any) -> None:
    server, expected = live
    page.goto(server.base_url + "/?conflict=russia-ukraine-2022&type=casualty")
    russia = page.locator("section.side-block", has=page.locator("h3", has_text="Russia (RUS)"))
    row = russia.locator(".series", has_text="military killed").first
    high = row.locator("button.figure[data-figure='high']")
    # Daily increments add up on the latest weekly total; the sum lists its parts.
    assert high.inner_text().replace("high", "").strip() == str(expected)
    assert "(total, 2022-03-27)" in row.locator(".sum").first.inner_text()
    high.click()
    cited = row.locator("li.cited-claim")
    cited.first.wait_for()
    assert cited.first.locator("q.sentence mark").count() == 1
    cited.first.locator("a[href^='/claims/']").click()
    page.wait_for_url("**/claims/*")
    marked = page.locator("#claim-sentence mark").inner_text()
    sentence = page.locator("#claim-sentence").inner_text()
    assert marked and marked in sentence and sentence.startswith("Ukraine's general staff said")
    assert "generated-wire" in page.locator(".claim-fields").inner_text()
    assert page.locator("#ledger-rows ~ ul a").count() >= 1
    page.locator(".claim-fields a[href^='/documents/']").click()
    page.wait_for_url("**/documents/*#claim-*")
    target = page.locator("#article-text mark.claim.target")
    target.wait_for()
    assert target.inner_text() in sentence


def test_task_3_one_place_over_time(page: Any, live: Any) -> None:
    server, _ = live
    page.goto(server.base_url + "/claims")
    page.fill("form.filters input[name=place]", "Izium")
    page.select_option("form.filters select[name=type]", "casualty")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/claims?*place=Izium*")
    rows = page.locator("#claims-table tbody tr")
    assert rows.count() == 4  # one report a week named Izium
    dates = [d for d in page.locator("#claims-table tbody tr td:nth-child(2)").all_inner_texts()]
    assert dates == sorted(dates) and len(set(dates)) == 4
    # The same filter on the timeline, kept in the address, and its table lists the same days.
    page.goto(server.base_url + "/timeline?" + page.url.split("?", 1)[1])
    page.locator("details.panel summary").first.click()
    table_dates = page.locator("details.panel table tbody tr td:first-child").all_inner_texts()
    assert sorted(set(table_dates)) == sorted(set(dates))


def test_task_4_export_what_is_shown(page: Any, live: Any) -> None:
    server, _ = live
    page.goto(server.base_url + "/claims")
    page.select_option("form.filters select[name=side]", "AZE")
    page.select_option("form.filters select[name=type]", "casualty")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/claims?*side=AZE*")
    total = int(page.locator("h1 .small").inner_text().strip("() matching"))
    with page.expect_download() as download_info:
        page.locator("a", has_text="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename == "counterclaim-claims-type-casualty-side-AZE.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == total > 0
    assert {r["subject"] for r in rows} == {"AZE"} and {r["type"] for r in rows} == {"casualty"}


def test_timeline_draws_a_panel_per_outcome_with_stable_colours_and_a_log_toggle(page: Any, live: Any) -> None:
    server, _ = live
    page.goto(server.base_url + "/timeline?type=casualty")
    panels = page.locator("figure.timeline-panel")
    assert panels.first.get_attribute("data-outcome") == "killed"
    assert {"killed", "wounded"} <= set(panels.evaluate_all("ps => ps.map(p => p.dataset.outcome)"))
    colour = page.locator("figure[data-outcome=killed] .point[data-side=RUS]").first.get_attribute("fill") or \
        page.locator("figure[data-outcome=killed] .point[data-side=RUS]").first.get_attribute("stroke")
    page.check("#timeline-log")
    assert "scale=log" in page.url
    assert page.locator("figure[data-outcome=killed] svg").get_attribute("data-scale") == "log"
    # Another filter, submitted by the form: the log scale stays and RUS keeps its colour.
    page.select_option("form.filters select[name=side]", "RUS")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/timeline?*side=RUS*")
    assert "scale=log" in page.url and page.locator("#timeline-log").is_checked()
    point = page.locator("figure[data-outcome=killed] .point[data-side=RUS]").first
    assert colour in (point.get_attribute("fill"), point.get_attribute("stroke"))


def test_search_finds_the_words_and_leads_to_the_claim(page: Any, live: Any) -> None:
    server, _ = live
    page.goto(server.base_url + "/")
    page.click("nav.main a:text-is('Search')")
    page.fill("input[name=q]", "soldiers killed overnight Izium")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url("**/search?q=soldiers*")
    results = page.locator("ol.search-results > li")
    assert results.count() == 4
    assert all("Izium" in t for t in results.locator("blockquote").all_inner_texts())
    results.first.locator("a").first.click()
    page.wait_for_url("**/claims/*")
    assert "Izium" in page.locator("#claim-sentence").inner_text()


def test_phone_walk_fits_the_screen(browser: Any, live: Any) -> None:
    server, _ = live
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        page.goto(server.base_url + "/claims")
        page.select_option("form.filters select[name=side]", "RUS")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**/claims?*side=RUS*")
        for path in [page.url.removeprefix(server.base_url), "/?conflict=russia-ukraine-2022", "/claims/1", "/documents"]:
            page.goto(server.base_url + path)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    finally:
        context.close()
