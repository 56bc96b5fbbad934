"""Exports from every view: CSV and JSON of exactly what the view shows, named after its filters; "cite this"."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest

from web_fixtures import LiveServer, start_live_server


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from start_live_server(tmp_path_factory.mktemp("web-exports"))


@pytest.fixture(scope="module")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.base_url, timeout=60) as opened:
        yield opened


def _rows(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text[:300]
    return list(csv.DictReader(io.StringIO(response.text)))


def test_ledger_export_has_one_row_per_series_shown_with_its_sums(client: httpx.Client) -> None:
    shown = client.get("/api/ledger", params={"side": "AZE", "limit": 500}).json()
    response = client.get("/api/ledger/export", params={"side": "AZE", "format": "csv"})
    rows = _rows(response)
    assert len(rows) == shown["series_total"] > 0 and {r["side"] for r in rows} == {"AZE"}
    assert "sums" in rows[0]
    assert 'filename="counterclaim-ledger-side-AZE.csv"' in response.headers["content-disposition"]
    as_json = client.get("/api/ledger/export", params={"side": "AZE", "format": "json"}).json()
    assert len(as_json["series"]) == len(rows)


def test_timeline_and_map_exports_equal_their_views(client: httpx.Client) -> None:
    points = client.get("/api/timeline", params={"side": "AZE"}).json()["points"]
    rows = _rows(client.get("/api/timeline/export", params={"side": "AZE"}))
    assert [(r["date"], r["side"]) for r in rows] == [(p["date"], p["side"]) for p in points]
    places = client.get("/api/map").json()["points"]
    geojson = client.get("/api/map/export", params={"format": "geojson"})
    assert geojson.headers["content-type"].startswith("application/geo+json")
    assert [f["properties"]["place"] for f in geojson.json()["features"]] == [p["place"] for p in places]
    assert len(_rows(client.get("/api/map/export"))) == len(places)


@pytest.mark.parametrize("path", ["/", "/claims", "/timeline", "/map"])
def test_every_view_offers_its_downloads_and_a_citation(client: httpx.Client, path: str) -> None:
    page = client.get(path, params={"side": "AZE"}).text
    assert "Cite this view" in page and "extractor" in page
    assert 'format=csv" download' in page or "/api/export?side=AZE" in page
