"""REST API against a running server (uvicorn on 127.0.0.1) over a database filled by real ingest."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from web_fixtures import MAX_REQUEST_BYTES, TOKEN, XSS_MARKER, LiveServer, serve_app, start_live_server

# Words that would show a traceback or internals leaking into a response.
LEAK_MARKERS = ("Traceback", "File \"", "sqlalchemy", "sqlite3.", "OperationalError", ".py\"", "line ")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from start_live_server(tmp_path_factory.mktemp("web-api"))


@pytest.fixture(scope="module")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.base_url, timeout=60) as opened:
        yield opened


def test_health_counts_documents_and_claims(client: httpx.Client) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok"
    assert health["database"] == "sqlite"
    assert health["documents"] >= 4
    assert health["claims"] >= 3
    assert health["ingest_enabled"] is True


def test_document_detail_has_cleaned_text_and_claim_spans(client: httpx.Client, live: LiveServer) -> None:
    detail = client.get(f"/api/documents/{live.contradiction_document_id}").json()
    assert detail["title"] == "Losses disputed"
    assert len(detail["claims"]) == 3
    for claim in detail["claims"]:
        start, end = claim["cleaned_span"]
        assert detail["cleaned_text"][start:end] == claim["quote"]
    assert detail["claims"][0]["count"] == [200, 999]


def test_unknown_document_is_404_json(client: httpx.Client) -> None:
    response = client.get("/api/documents/999999")
    assert response.status_code == 404
    assert response.json() == {"detail": "no document 999999"}


def test_claims_filters_match_the_cli_vocabulary(client: httpx.Client) -> None:
    page = client.get("/api/claims", params={"type": "casualty", "side": "aze", "claimant": "ARM"}).json()
    assert page["total"] == 1
    assert page["items"][0]["count"] == [200, 999]
    assert page["items"][0]["claimant"] == "ARM"
    tanks = client.get("/api/claims", params={"type": "materiel", "place": "fuz"}).json()
    assert [c["category"] for c in tanks["items"]] == ["tank"]


def test_claims_pagination_by_cursor_visits_every_claim_once(client: httpx.Client) -> None:
    total = client.get("/api/claims").json()["total"]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor is not None else {})
        page = client.get("/api/claims", params=params).json()
        seen.extend(c["id"] for c in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == total == len(set(seen))
    assert seen == sorted(seen)


def test_invalid_parameters_are_422_without_internals(client: httpx.Client) -> None:
    for params in ({"type": "rumour"}, {"since": "yesterday"}, {"limit": 0}, {"cursor": -1}, {"cursor": 2**70},
                   {"side": "A\x00B"}, {"until": "0"}, {"since": "1700000000"}, {"place": "x" * 201}):
        response = client.get("/api/claims", params=params)
        assert response.status_code == 422, params
        assert not any(marker in response.text for marker in LEAK_MARKERS)


def test_ledger_lists_the_contradiction_and_figures_with_their_claims(client: httpx.Client) -> None:
    ledger = client.get("/api/ledger", params={"limit": 500}).json()
    series = [s for s in ledger["series"] if s["side"] == "AZE" and s["type"] == "casualty" and s["category"] == "military"]
    assert len(series) == 1
    aze = series[0]
    assert aze["high"]["value"] == 999
    assert aze["low"]["value"] == 0
    assert any("200–999" in c["sentence"] for c in aze["contradictions"])
    index = aze["index"]
    assert aze["high"]["claims"] == 1
    full = client.get(f"/api/ledger/series/{index}").json()
    assert {a["claimant"] for a in full["assertions"]} == {"ARM", "AZE"}
    assert all(a["citations"] for a in full["assertions"])
    high = client.get(f"/api/ledger/series/{index}/claims", params={"figure": "high", "version": ledger["version"]}).json()
    assert [c["claimant"] for c in high["items"]] == ["ARM"]
    low = client.get(f"/api/ledger/series/{index}/claims", params={"figure": "low"}).json()
    assert [c["count"] for c in low["items"]] == [[0, 0]]


def test_large_answers_come_gzip_compressed_and_decode_the_same(client: httpx.Client) -> None:
    for path in ("/api/ledger", "/"):
        packed = client.get(path, headers={"Accept-Encoding": "gzip", "Accept": "text/html"})
        plain = client.get(path, headers={"Accept-Encoding": "identity", "Accept": "text/html"})
        assert "content-encoding" not in plain.headers
        assert packed.headers.get("content-encoding") == "gzip", path
        assert packed.content == plain.content  # httpx decodes the gzip body


def test_stale_ledger_version_is_409(client: httpx.Client) -> None:
    response = client.get("/api/ledger/series/0/claims", params={"version": "0-0"})
    assert response.status_code == 409


def test_contradictions_endpoint_gives_both_sides_claims(client: httpx.Client) -> None:
    listing = client.get("/api/contradictions").json()
    index = next(c["index"] for c in listing["items"] if "200–999" in c["sentence"])
    first = client.get(f"/api/contradictions/{index}/claims", params={"part": "first"}).json()["items"]
    second = client.get(f"/api/contradictions/{index}/claims", params={"part": "second"}).json()["items"]
    assert {c["claimant"] for c in first} | {c["claimant"] for c in second} == {"ARM", "AZE"}


def test_export_formats(client: httpx.Client) -> None:
    csv_response = client.get("/api/export", params={"format": "csv", "document_id": 1})
    assert csv_response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert len(rows) == 3
    assert rows[0]["count_low"] == "200" and rows[0]["count_high"] == "999"
    lines = client.get("/api/export", params={"format": "jsonl", "type": "casualty"}).text.splitlines()
    assert all(json.loads(line)["type"] == "casualty" for line in lines)
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection"
    places = {f["properties"]["place"]: f["geometry"]["coordinates"] for f in geo["features"]}
    assert places["Tartar"] == [46.93, 40.34]


def test_csv_export_defuses_spreadsheet_formulas(client: httpx.Client) -> None:
    body = {"text": "=HYPERLINK(\"http://example.invalid\") The army said 5 soldiers were killed.", "title": "=1+1"}
    stored = client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert stored["status"] == "stored"
    text = client.get("/api/export", params={"format": "csv", "document_id": stored["document_id"]}).text
    for row in csv.DictReader(io.StringIO(text)):
        assert not row["title"].startswith("=")


def test_ingest_needs_the_bearer_token(client: httpx.Client) -> None:
    body = {"text": "The ministry said 3 soldiers were wounded near the border on Friday."}
    assert client.post("/api/ingest", json=body).status_code == 401
    wrong = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == "Bearer"
    before = client.get("/api/health").json()["documents"]
    accepted = client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert accepted.status_code == 200
    result = accepted.json()
    assert result["status"] == "stored"
    assert client.get("/api/health").json()["documents"] == before + 1
    again = client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again == {"status": "unchanged", "document_id": result["document_id"], "claims": 0, "reason": None, "message": None}


def test_ingest_rejects_a_body_without_exactly_one_source(client: httpx.Client) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/ingest", json={"title": "nothing"}, headers=headers).status_code == 422
    assert client.post("/api/ingest", json={"text": "a", "html": "<p>b</p>"}, headers=headers).status_code == 422


def test_ingest_refuses_private_urls(client: httpx.Client, live: LiveServer) -> None:
    result = client.post("/api/ingest", json={"url": live.base_url + "/api/health"},
                         headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert result["status"] == "failed"
    assert result["reason"] == "private_address"


def test_oversized_request_is_413(client: httpx.Client) -> None:
    big = {"text": "word " * MAX_REQUEST_BYTES}
    response = client.post("/api/ingest", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap counts the streamed body
        yield b'{"text": "'
        for _ in range(MAX_REQUEST_BYTES // 1024 + 2):
            yield b"x" * 1024
        yield b'"}'

    streamed = client.post("/api/ingest", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                     "Content-Type": "application/json"})
    assert streamed.status_code == 413


def test_no_cors_by_default(client: httpx.Client) -> None:
    origin = {"Origin": "http://evil.example"}
    assert "access-control-allow-origin" not in client.get("/api/claims", headers=origin).headers
    preflight = client.options("/api/ingest", headers=origin | {"Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_pages_send_a_strict_content_security_policy(client: httpx.Client) -> None:
    response = client.get("/", headers={"Accept": "text/html"})
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_document_text_is_escaped_in_html(client: httpx.Client, live: LiveServer) -> None:
    html = client.get(f"/documents/{live.xss_document_id}").text
    assert f"<script>window.{XSS_MARKER}" not in html
    assert "&lt;script&gt;" in html
    assert "<img src=x" not in html
    assert "<b>bold source</b>" not in html


def test_times_carry_their_utc_offset(client: httpx.Client) -> None:
    import datetime as dt

    listed = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["ingested_at"]
    assert dt.datetime.fromisoformat(listed).utcoffset() == dt.timedelta(0)


def test_openapi_says_empty_query_values_are_ignored(client: httpx.Client) -> None:
    parameters = client.get("/openapi.json").json()["paths"]["/api/claims"]["get"]["parameters"]
    until = next(p for p in parameters if p["name"] == "until")
    assert {"type": "string", "maxLength": 0} in until["schema"]["anyOf"]
    assert "empty value is ignored" in until["description"]
    assert client.get("/api/claims", params={"until": "", "limit": ""}).status_code == 200


def test_openapi_documents_every_endpoint(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/health", "/api/documents", "/api/documents/{document_id}", "/api/claims", "/api/ledger",
                 "/api/contradictions", "/api/export", "/api/ingest"):
        assert path in paths
    assert "Swagger" not in client.get("/docs").text  # our own page: no CDN assets


def test_internal_errors_do_not_leak_tracebacks(tmp_path: Path) -> None:
    from counterclaim.web import create_app

    database = tmp_path / "broken.db"
    app = create_app(f"sqlite:///{database}")
    with sqlite3.connect(database) as connection:  # break the schema under the app
        connection.execute("DROP TABLE claim")
    with serve_app(app) as base_url, httpx.Client(base_url=base_url, timeout=60) as broken:
        for path, accept in (("/api/claims", "application/json"), ("/claims", "text/html"), ("/api/export", "*/*")):
            response = broken.get(path, headers={"Accept": accept})
            assert response.status_code == 500, path
            assert not any(marker in response.text for marker in LEAK_MARKERS), response.text


@pytest.mark.postgres
def test_the_same_pages_and_api_work_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    from web_fixtures import serve_database

    with serve_database(postgres_url) as base_url, httpx.Client(base_url=base_url, timeout=60) as pg:
        assert pg.get("/api/health").json()["database"] == "postgresql"
        ledger = pg.get("/api/ledger").json()
        assert any("200–999" in c["sentence"] for s in ledger["series"] for c in s["contradictions"])
        assert pg.get("/api/claims", params={"place": "tart", "side": "aze"}).json()["total"] == 1
        assert pg.get("/api/timeline", params={"side": "AZE"}).json()["points"]
        assert {p["place"] for p in pg.get("/api/map").json()["points"]} >= {"Tartar", "Fuzuli"}
        assert len(pg.get("/api/export", params={"format": "csv", "document_id": 1}).text.splitlines()) == 4
        for path in ("/", "/timeline", "/map", "/claims", "/documents", "/documents/1"):
            assert pg.get(path, headers={"Accept": "text/html"}).status_code == 200, path
        assert pg.get("/api/claims", params={"place": "100%_"}).status_code == 200


def test_serve_on_loopback_refuses_foreign_host_names(tmp_path: Path) -> None:
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the dashboard."""
    from counterclaim.cli.serve_cmd import LOOPBACK_HOST_NAMES
    from counterclaim.web import create_app

    app = create_app(f"sqlite:///{tmp_path / 'hosts.db'}", allowed_hosts=LOOPBACK_HOST_NAMES)
    with serve_app(app) as base_url, httpx.Client(base_url=base_url, timeout=60) as local:
        assert local.get("/api/health").status_code == 200
        assert local.get("/api/health", headers={"Host": "localhost"}).status_code == 200
        assert local.get("/api/health", headers={"Host": "evil.example"}).status_code == 400
