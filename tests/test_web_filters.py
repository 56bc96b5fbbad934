"""Filter forms as a browser submits them: empty fields mean no filter, bad values get a page naming the field,
the lists come from the stored claims (live server over the web test database)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from web_fixtures import LiveServer, start_live_server

HTML = {"Accept": "text/html,application/xhtml+xml"}
# What a browser sends for the claims form when nothing is chosen.
EMPTY_CLAIM_FORM = "type=&side=&claimant=&outcome=&category=&since=&until=&place="


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from start_live_server(tmp_path_factory.mktemp("web-filters"))


@pytest.fixture(scope="module")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.base_url, timeout=60, headers=HTML) as opened:
        yield opened


@pytest.mark.parametrize("path", ["/claims", "/timeline", "/map", "/", "/api/claims", "/api/timeline", "/api/map"])
def test_empty_form_fields_mean_no_filter(client: httpx.Client, path: str) -> None:
    query = EMPTY_CLAIM_FORM if path != "/" else "by=whole&conflict=&side=&type=&outcome=&since=&until="
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200, response.text[:300]
    assert response.text == client.get(path).text


def test_empty_fields_beside_a_chosen_one_keep_the_chosen_filter(client: httpx.Client) -> None:
    everything = client.get("/api/claims").json()["total"]
    azerbaijan = client.get("/api/claims?type=&side=AZE&since=").json()
    assert 0 < azerbaijan["total"] < everything
    assert {c["subject"] for c in azerbaijan["items"]} == {"AZE"}


@pytest.mark.parametrize(("query", "label"), [("since=yesterday", "Since"), ("until=2020-13-45", "Until"),
                                              ("type=rumour", "Type"), ("stance=maybe", "Stance")])
def test_a_bad_value_gets_a_styled_page_naming_the_field(client: httpx.Client, query: str, label: str) -> None:
    response = client.get(f"/claims?side=AZE&{query}")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert f"<strong>{label}</strong>" in response.text
    assert '<link rel="stylesheet" href="/static/app.css">' in response.text
    # The way out keeps the good filter and drops the bad one.
    assert 'href="/claims?side=AZE"' in response.text


def test_a_bad_ledger_period_names_the_field(client: httpx.Client) -> None:
    response = client.get("/?by=fortnight")
    assert response.status_code == 422 and "<strong>Period</strong>" in response.text


def test_the_api_still_answers_json_for_bad_values(client: httpx.Client) -> None:
    response = client.get("/api/claims?since=yesterday", headers={"Accept": "application/json"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "since"]


def test_filter_lists_are_filled_from_the_stored_claims(client: httpx.Client) -> None:
    page = client.get("/claims").text
    assert '<option value="AZE">Azerbaijan (AZE) · ' in page
    assert '<option value="casualty">casualty · ' in page
    assert '<option value="killed">killed · ' in page
    assert 'name="since"' in page and 'min="2020-' in page
    ledger = client.get("/").text
    assert '<option value="nagorno-karabakh-2020">Second Nagorno-Karabakh war (2020)</option>' in ledger
    assert '<option value="AZE">Azerbaijan (AZE)</option>' in ledger


def test_a_chosen_value_stays_selected_after_apply(client: httpx.Client) -> None:
    page = client.get("/claims?side=AZE&type=casualty").text
    assert '<option value="AZE" selected>' in page and '<option value="casualty" selected>' in page
    ledger = client.get("/?conflict=nagorno-karabakh-2020").text
    assert '<option value="nagorno-karabakh-2020" selected>' in ledger


def test_a_control_character_in_a_text_filter_names_the_field_too(client: httpx.Client) -> None:
    page = client.get("/claims", params={"side": "A\x01B"})
    assert page.status_code == 422 and "<strong>Side</strong>" in page.text
    api = client.get("/api/claims", params={"side": "A\x01B"}, headers={"Accept": "application/json"})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "side"]


def test_an_unknown_conflict_is_named_as_such_not_as_an_empty_database(client: httpx.Client) -> None:
    page = client.get("/", params={"conflict": "no-such-war"}, headers={"Accept": "text/html"}).text
    assert "No conflict “no-such-war” in this ledger" in page
    assert "Ingest some news" not in page
    narrow = client.get("/", params={"since": "1990-01-01", "until": "1990-01-02"}, headers={"Accept": "text/html"}).text
    assert "No casualty or materiel figures for these filters" in narrow


def test_the_ledger_narrows_to_one_outcome_and_counts_the_claims_behind_what_it_shows(client: httpx.Client) -> None:
    whole = client.get("/api/ledger", headers={"Accept": "application/json"}).json()
    outcomes = {s["outcome"] for s in whole["series"]}
    assert {"killed", "lost"} <= outcomes
    killed = client.get("/api/ledger?outcome=Killed", headers={"Accept": "application/json"}).json()
    assert killed["series"] and {s["outcome"] for s in killed["series"]} == {"killed"}
    contradictions = client.get("/api/contradictions?outcome=killed", headers={"Accept": "application/json"}).json()
    assert contradictions["items"] and all(" killed" in c["sentence"] for c in contradictions["items"])
    lost = client.get("/api/contradictions?outcome=lost", headers={"Accept": "application/json"}).json()
    assert all(" killed" not in c["sentence"] for c in lost["items"])
    page = client.get("/?outcome=killed&conflict=").text
    assert '<option value="killed" selected>killed</option>' in page and '<option value="lost">lost</option>' in page
    assert "claims behind these series" in page and "claims behind these series" not in client.get("/").text
