"""The dashboard in a real headless browser (Debian's chromium driven by Playwright) against a live server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from web_fixtures import XSS_MARKER, LiveServer, start_live_server

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("COUNTERCLAIM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}


def _chromium_or_skip() -> str:
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return CHROMIUM
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{CHROMIUM} missing: .ci/run installs chromium")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from start_live_server(tmp_path_factory.mktemp("web-browser"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = _chromium_or_skip()
    with sync_playwright() as playwright:
        opened = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield opened
        opened.close()


@dataclass
class PageProblems:
    """Console errors, uncaught exceptions, failed requests and dialogs seen while a page was open."""

    messages: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def page_and_problems(browser: Any, live: LiveServer) -> Iterator[tuple[Any, PageProblems]]:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    problems = PageProblems()
    page.on("console", lambda m: problems.messages.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.messages.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.messages.append(f"request failed: {r.url}"))
    page.on("response", lambda r: problems.messages.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

    def on_dialog(dialog: Any) -> None:
        problems.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    # Nothing may leave 127.0.0.1: a request elsewhere (CDN, tiles) fails the test.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(live.base_url)
               else (problems.messages.append(f"external request: {route.request.url}"), route.abort()))
    yield page, problems
    context.close()


def _pages(live: LiveServer) -> list[str]:
    return ["/", "/?by=day", "/timeline", "/map", "/claims", "/documents", f"/documents/{live.contradiction_document_id}",
            f"/documents/{live.xss_document_id}", "/docs"]


def test_every_page_loads_without_console_errors(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    for path in _pages(live):
        response = page.goto(live.base_url + path)
        assert response is not None and response.status == 200, path
        page.wait_for_load_state("networkidle")
        assert page.locator("main h1").count() == 1, path
    assert problems.messages == []


def test_ledger_highlights_the_contradiction(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    page.goto(live.base_url + "/")
    contradiction = page.locator(".contradiction", has_text="ARM claims 200–999 AZE military killed; AZE claims 0")
    assert contradiction.count() == 1
    highlighted = page.locator(".series.has-contradiction", has_text="military killed")
    assert highlighted.count() >= 1
    assert problems.messages == []


def test_clicking_a_figure_reveals_its_claims(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    page.goto(live.base_url + "/")
    row = page.locator(".series.has-contradiction", has_text="military killed").first
    high = row.locator("button.figure[data-figure='high']")
    assert high.inner_text().replace("\n", " ").endswith("999")
    panel = row.locator(".evidence-list[id^='p']")
    assert panel.is_hidden()
    high.click()
    cited = panel.locator("li.cited-claim")
    cited.first.wait_for()
    assert high.get_attribute("aria-expanded") == "true"
    assert cited.count() == 1
    assert "Azerbaijani losses ran into the hundreds" in cited.first.inner_text()
    link = cited.first.locator("a[href^='/documents/']")
    assert link.get_attribute("href") == f"/documents/{live.contradiction_document_id}#claim-0"
    assert cited.first.locator("a[href^='/claims/']").count() == 1  # and the claim's own page
    assert "ran into the hundreds" in cited.first.locator("q.sentence").inner_text()
    # The same figure again hides the claims; keyboard works too.
    high.click()
    assert panel.is_hidden()
    row.locator("button.figure[data-figure='low']").focus()
    page.keyboard.press("Enter")
    panel.locator("li.cited-claim").first.wait_for()
    assert "lost no soldiers" in panel.inner_text()
    assert problems.messages == []


def test_article_highlights_every_claim_span(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    page.goto(f"{live.base_url}/documents/{live.contradiction_document_id}")
    marks = page.locator("#article-text mark.claim")
    assert marks.count() == 3
    assert marks.nth(0).inner_text() == "Azerbaijani losses ran into the hundreds of soldiers killed near Tartar"
    assert "t-casualty" in (marks.nth(0).get_attribute("class") or "")
    assert "t-materiel" in (marks.nth(2).get_attribute("class") or "")
    # Hover shows the claim's fields.
    marks.nth(2).hover()
    tip = page.locator(".claim-tip")
    tip.wait_for()
    text = tip.inner_text()
    assert "materiel" in text and "tank" in text and "video" in text and "AZE" in text
    # The highlighted text is reachable by keyboard and shows the same.
    page.keyboard.press("Escape")
    marks.nth(1).focus()
    assert "casualty" in page.locator(".claim-tip").inner_text()
    assert problems.messages == []


def test_ingested_article_text_is_highlighted(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    """A document that went through the real cleaning and extraction: its claims' words are marked."""
    import httpx

    page, problems = page_and_problems
    detail = httpx.get(f"{live.base_url}/api/documents/{live.xss_document_id}").json()
    spans = [c["cleaned_span"] for c in detail["claims"] if c["cleaned_span"]]
    assert spans, "the extractor found no claim in the ingested test text"
    page.goto(f"{live.base_url}/documents/{live.xss_document_id}")
    marked = page.locator("#article-text mark.claim").all_inner_texts()
    for start, end in spans:
        assert detail["cleaned_text"][start:end] in "".join(marked)
    assert problems.messages == []


def test_script_payloads_in_documents_never_run(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    paths = [f"/documents/{live.xss_document_id}", "/documents", "/claims", "/"]
    if live.xss_html_document_id is not None:
        paths.append(f"/documents/{live.xss_html_document_id}")
    for path in paths:
        page.goto(live.base_url + path)
        page.wait_for_load_state("networkidle")
        for mark in page.locator("mark.claim").all()[:5]:
            mark.hover()
        assert page.evaluate(f"typeof window.{XSS_MARKER}") == "undefined", path
    page.goto(f"{live.base_url}/documents/{live.xss_document_id}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text, not run
    assert page.locator("main img, main svg[onload]").count() == 0
    assert problems.dialogs == []
    assert problems.messages == []


def test_map_shows_points_and_country_outlines_offline(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    page.goto(live.base_url + "/map")
    page.locator("#map[data-outlines-loaded]").wait_for(state="attached")
    assert int(page.locator("#map").get_attribute("data-outlines-loaded") or "0") >= 2  # ARM and AZE at least
    markers = page.locator("#map .leaflet-marker-icon")
    assert markers.count() >= 1  # Tartar and Fuzuli, grouped or apart
    assert "casualty" in page.locator(".map-legend").inner_text()
    # Keyboard: Tab reaches a marker; Enter zooms into a group or opens a place's claims.
    for _ in range(30):
        markers = page.locator("#map .leaflet-marker-icon")
        single = [m for m in markers.all() if "cluster" not in (m.locator(".map-badge").get_attribute("class") or "")]
        if single:
            break
        zoom = page.locator("#map").get_attribute("data-zoom")
        markers.first.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(f"document.getElementById('map').dataset.zoom !== '{zoom}'")
    single[0].focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.locator("a[href^='/claims/']").first.wait_for()
    assert "claims" in popup.inner_text()
    assert problems.messages == []


def test_timeline_draws_totals_and_increments(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    page.goto(live.base_url + "/timeline?type=casualty&side=AZE")
    chart = page.locator("#timeline-chart svg.chart")
    assert chart.count() == 1
    assert chart.locator(".point").count() >= 1
    assert "AZE" in page.locator("#timeline-legend").inner_text()
    assert problems.messages == []


def test_claims_table_sorts_and_downloads_csv(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, problems = page_and_problems
    page.goto(live.base_url + "/claims")
    header = page.locator("#claims-table th", has_text="Count")
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    values = [v for v in page.locator("#claims-table tbody tr td:nth-child(7)").evaluate_all(
        "cells => cells.map(c => c.dataset.value)") if v]
    assert [int(v) for v in values] == sorted(int(v) for v in values)
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    with page.expect_download() as download_info:
        page.locator("a", has_text="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    assert problems.messages == []


def test_keyboard_reaches_navigation_and_figures(page_and_problems: tuple[Any, PageProblems], live: LiveServer) -> None:
    page, _problems = page_and_problems
    page.goto(live.base_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    focused: list[str] = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.tagName + ' ' + (document.activeElement.textContent || '')"))
    assert any(f.startswith("A Map") for f in focused)
    assert any(f.startswith("BUTTON") for f in focused)


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_pages_fit_the_screen_width(browser: Any, live: LiveServer, viewport: dict[str, int]) -> None:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    try:
        for path in ["/", "/timeline", "/map", "/claims", f"/documents/{live.contradiction_document_id}", "/documents"]:
            page.goto(live.base_url + path)
            page.wait_for_load_state("networkidle")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at {viewport['width']}px"
    finally:
        context.close()


SEED_NAME = "000_abbfd2975814eb6a.txt"
SEED_PUBLISHED = "2020-09-28"


def test_ledger_shows_the_seed_contradiction(browser: Any, shared_dir: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The founding sample, ingested as a user would: ARM's "hundreds" against AZE's "none", side by side."""
    import datetime as dt

    seed = shared_dir / "seed" / SEED_NAME
    if not seed.exists():
        pytest.skip(f"{seed} not present")
    server = start_live_server(tmp_path_factory.mktemp("web-seed"), ((seed, dt.date.fromisoformat(SEED_PUBLISHED)),))
    live = next(server)
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(live.base_url + "/?side=AZE&type=casualty")
        contradiction = page.locator(".contradiction", has_text="ARM claims 200–999 AZE military killed; AZE claims 0")
        assert contradiction.count() == 1
        contradiction.locator("button", has_text="ARM's claims").click()
        cited = contradiction.locator("li.cited-claim")
        cited.first.wait_for()
        assert any("hundreds" in text for text in cited.all_inner_texts())
        assert errors == []
    finally:
        context.close()
        for _ in server:
            pass
