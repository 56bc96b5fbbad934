"""Kept exports: GET /api/export sends a finished export again as is, with an ETag, until the claims change.

Live tests run the app under uvicorn on SQLite and on PostgreSQL, with reports written for these tests and
stored through the Store (as `counterclaim ingest` would from another process while the server runs).
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from counterclaim.records import Claim, Document, OffsetMap, content_hash
from counterclaim.store import Store
from counterclaim.web.export import _kept_while_sent
from counterclaim.web.export_cache import ExportCache, etag_matches
from counterclaim.web.views import store_fingerprint
from web_fixtures import TOKEN, serve_app

FORMATS = ("csv", "jsonl", "geojson")
# Sentences of a daily front-line bulletin (written for these tests); each report holds several.
BULLETIN = (
    ("The general staff said {n} soldiers were killed near Bakhmut.", "UKR", "killed", "military", "Bakhmut", 48.59, 38.0),
    ("Regional officials said {n} civilians were wounded in the shelling of Kherson.", "UKR", "wounded", "civilian",
     "Kherson", 46.64, 32.61),
    ("The defence ministry said {n} enemy tanks were destroyed east of Izium.", "RUS", "destroyed", "tank",
     "Izium", 49.21, 37.26),
    ("A local council said {n} residents were missing after strikes on Sievierodonetsk.", "UKR", "missing",
     "civilian", "Sievierodonetsk", 48.95, 38.49),
)


def bulletin(number: int, sentences: int = 24) -> tuple[Document, list[Claim]]:
    """One report of `sentences` bulletin sentences, each the source of one claim with a place."""
    parts: list[str] = []
    claims: list[Claim] = []
    offset = 0
    for i in range(sentences):
        template, subject, outcome, category, place, lat, lon = BULLETIN[i % len(BULLETIN)]
        figure = 3 + (number * 7 + i * 5) % 40
        sentence = template.format(n=figure)
        start = offset
        parts.append(sentence)
        offset += len(sentence) + 1
        claims.append(Claim(
            type="materiel" if category == "tank" else "casualty", subject=subject, outcome=outcome,
            category=category, count=(figure, figure), claimant="UKR", place=place, coordinates=(lat, lon),
            date=dt.date(2022, 6, 1) + dt.timedelta(days=number % 20), span=(start, start + len(sentence)),
            sentence_span=(start, start + len(sentence)),
        ))
    text = f"Bulletin {number}. " + " ".join(parts)
    shift = len(f"Bulletin {number}. ")
    claims = [c.model_copy(update={"span": (c.span[0] + shift, c.span[1] + shift),
                                   "sentence_span": (c.span[0] + shift, c.span[1] + shift)}) for c in claims]
    document = Document(content_hash=content_hash(text), item=f"tests:bulletin:{number}", title=f"Bulletin {number}",
                        published=dt.date(2022, 6, 1) + dt.timedelta(days=number % 20), source="test-bulletins",
                        original_text=text, cleaned_text=text, offset_map=OffsetMap.identity(len(text)))
    return document, claims


def fill(db_url: str, reports: int = 12) -> None:
    with Store(db_url) as store:
        for number in range(reports):
            store.add_document(*bulletin(number), "tests-hand-built")


@contextmanager
def served(db_url: str, **options: int) -> Iterator[tuple[httpx.Client, ExportCache]]:
    from counterclaim.web import create_app

    app = create_app(db_url, token=TOKEN, **options)
    with serve_app(app) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
        yield client, app.state.counterclaim.exports


def raw_get(client: httpx.Client, url: str, *, gzip_ok: bool, **headers: str) -> httpx.Response:
    """The response with its body as sent (no decoding), so compressed bytes can be compared."""
    request = client.build_request("GET", url, headers={"Accept-Encoding": "gzip" if gzip_ok else "identity", **headers})
    response = client.send(request, stream=True)
    response._content = b"".join(response.iter_raw())
    response.close()
    return response


def plain_body(response: httpx.Response) -> bytes:
    assert response.status_code == 200, response.content[:300]
    body = response.content
    return gzip.decompress(body) if response.headers.get("content-encoding") == "gzip" else body


# -- the cache alone ---------------------------------------------------------------------------------


def test_cache_keeps_at_most_its_bound_dropping_the_least_recently_used() -> None:
    cache = ExportCache(max_bytes=250)
    fingerprint = (10, 10)
    assert cache.put(("csv", "a"), fingerprint, b"a" * 100)
    assert cache.put(("csv", "b"), fingerprint, b"b" * 100)
    assert cache.get(("csv", "a"), fingerprint) is not None  # "a" is now the most recently used
    assert cache.put(("csv", "c"), fingerprint, b"c" * 100)
    assert cache.size <= 250
    assert cache.get(("csv", "b"), fingerprint) is None
    assert cache.get(("csv", "a"), fingerprint) is not None and cache.get(("csv", "c"), fingerprint) is not None


def test_an_export_larger_than_the_bound_is_not_kept_and_its_gzip_form_only_if_it_fits() -> None:
    cache = ExportCache(max_bytes=100)
    assert not cache.put(("csv", "big"), (1, 1), b"x" * 101)
    assert cache.put(("csv", "fits"), (1, 1), b"x" * 80, packed=b"z" * 40)  # body kept, gzip form left out
    kept = cache.get(("csv", "fits"), (1, 1))
    assert kept is not None and kept.packed is None and cache.size == 80
    cache.keep_packed(("csv", "fits"), kept, b"z" * 30)
    assert cache.size == 80
    cache.keep_packed(("csv", "fits"), kept, b"z" * 20)
    assert kept.packed == b"z" * 20 and cache.size == 100
    assert ExportCache(max_bytes=0).begin_fill(("csv", "any")) is False


def test_entries_of_an_older_fingerprint_are_dropped_when_a_newer_one_is_seen() -> None:
    cache = ExportCache()
    cache.put(("csv", "a"), (5, 5), b"old")
    cache.put(("jsonl", "a"), (5, 5), b"old")
    assert cache.get(("csv", "a"), (6, 7)) is None
    assert cache.size == 0


def test_etag_changes_with_the_claims_the_filters_and_the_server() -> None:
    cache = ExportCache()
    etag = cache.etag(("csv", "{}"), (3, 9))
    assert etag.startswith('W/"') and etag == cache.etag(("csv", "{}"), (3, 9))
    assert etag != cache.etag(("csv", "{}"), (4, 10))
    assert etag != cache.etag(("jsonl", "{}"), (3, 9))
    assert etag != ExportCache().etag(("csv", "{}"), (3, 9))


def test_if_none_match_is_compared_weakly_in_lists_and_with_star() -> None:
    etag = 'W/"abc"'
    assert etag_matches('W/"abc"', etag) and etag_matches('"abc"', etag)
    assert etag_matches('"x", W/"abc"', etag) and etag_matches("*", etag)
    assert not etag_matches('"abd"', etag) and not etag_matches(None, etag) and not etag_matches("", etag)


def test_an_export_left_early_or_changed_while_streamed_is_not_kept(sqlite_url: str) -> None:
    fill(sqlite_url, reports=1)
    with Store(sqlite_url) as store:
        fingerprint = store_fingerprint(store)
        cache = ExportCache()
        stream = _kept_while_sent(iter([b"id\n", b"1\n", b"2\n"]), cache, ("csv", "{}"), fingerprint, store, False)
        next(stream)
        stream.close()  # the client went away
        assert cache.size == 0 and cache.begin_fill(("csv", "{}"))  # and the fill was released
        cache.end_fill(("csv", "{}"))
        moved = (fingerprint[0] + 1, fingerprint[1] + 1)  # claims written while it streamed
        assert list(_kept_while_sent(iter([b"id\n"]), cache, ("csv", "{}"), moved, store, False)) == [b"id\n"]
        assert cache.size == 0
        assert list(_kept_while_sent(iter([b"id\n"]), cache, ("csv", "{}"), fingerprint, store, False)) == [b"id\n"]
        assert cache.size == 3


# -- served ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("export_format", FORMATS)
def test_kept_export_is_the_streamed_export_byte_for_byte(db_url: str, export_format: str) -> None:
    fill(db_url)
    url = f"/api/export?format={export_format}&side=UKR"
    with served(db_url, export_cache_bytes=0) as (client, cache):
        uncached = plain_body(raw_get(client, url, gzip_ok=False))
        assert uncached == plain_body(raw_get(client, url, gzip_ok=True)) and cache.size == 0
    assert len(uncached) > 4096 and b"Bakhmut" in uncached
    for gzip_first in (True, False):
        with served(db_url) as (client, cache):
            streamed = raw_get(client, url, gzip_ok=gzip_first)
            assert cache.size > 0
            again = raw_get(client, url, gzip_ok=gzip_first)
            other = raw_get(client, url, gzip_ok=not gzip_first)
            for response in (streamed, again, other):
                assert plain_body(response) == uncached
            assert (again.headers.get("content-encoding") == "gzip") is gzip_first
            assert again.headers["etag"] == streamed.headers["etag"] == other.headers["etag"]
            assert again.headers["content-disposition"] == streamed.headers["content-disposition"]


def test_export_answers_304_while_the_claims_are_unchanged(db_url: str) -> None:
    fill(db_url)
    with served(db_url) as (client, _cache):
        first = client.get("/api/export", params={"format": "csv"})
        etag = first.headers["etag"]
        assert first.headers["cache-control"] == "no-cache"
        not_modified = client.get("/api/export", params={"format": "csv"}, headers={"If-None-Match": etag})
        assert not_modified.status_code == 304 and not_modified.content == b""
        assert not_modified.headers["etag"] == etag
        assert client.get("/api/export", params={"format": "csv"}, headers={"If-None-Match": '"other"'}).status_code == 200
        # Another filter is another export, with its own tag.
        assert client.get("/api/export", params={"format": "csv", "side": "RUS"},
                          headers={"If-None-Match": etag}).status_code == 200


def test_a_claim_added_by_another_process_changes_the_export_and_its_etag(db_url: str) -> None:
    fill(db_url)
    with served(db_url) as (client, cache):
        before = client.get("/api/export", params={"format": "jsonl"})
        assert client.get("/api/export", params={"format": "jsonl"}).text == before.text and cache.size > 0
        with Store(db_url) as writer:  # as `counterclaim ingest` writing while the server runs
            writer.add_document(*bulletin(99, sentences=2), "tests-hand-built")
        after = client.get("/api/export", params={"format": "jsonl"}, headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
        assert len(after.text.splitlines()) == len(before.text.splitlines()) + 2
        assert "Bulletin 99" in after.text and "Bulletin 99" not in before.text


def test_reextracting_the_newest_report_changes_the_export_and_its_etag(db_url: str) -> None:
    fill(db_url)
    with served(db_url) as (client, _cache):
        before = client.get("/api/export", params={"format": "csv"})
        with Store(db_url) as writer:  # as `counterclaim reextract` would, with as many claims as before
            newest = max(d.id for d in writer.list_documents(limit=None))
            claims = [c.claim.model_copy(update={"hedged": True}) for c in writer.document_claims(newest)]
            writer.replace_claims(newest, claims, "tests-reextracted")
        after = client.get("/api/export", params={"format": "csv"}, headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
        assert "tests-reextracted" in after.text and "tests-reextracted" not in before.text


def test_ingest_through_the_api_drops_kept_exports(sqlite_url: str) -> None:
    fill(sqlite_url, reports=2)
    with served(sqlite_url) as (client, cache):
        before = client.get("/api/export", params={"format": "csv"}).text
        assert cache.size > 0
        stored = client.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                             json={"text": "The army said 5 soldiers were killed near Goma on Friday.",
                                   "published": "2023-02-03"})
        assert stored.json()["status"] == "stored" and cache.size == 0
        assert client.get("/api/export", params={"format": "csv"}).text != before


def test_an_export_over_the_memory_bound_is_served_whole_but_not_kept(sqlite_url: str) -> None:
    fill(sqlite_url)
    with served(sqlite_url, export_cache_bytes=2048) as (client, cache):
        first = plain_body(raw_get(client, "/api/export?format=csv", gzip_ok=True))
        assert len(first) > 2048 and cache.size == 0
        assert plain_body(raw_get(client, "/api/export?format=csv", gzip_ok=True)) == first
        small = plain_body(raw_get(client, "/api/export?format=csv&claimant=NONE", gzip_ok=False))
        assert small.count(b"\n") == 1 and 0 < cache.size <= 2048  # the header row alone is kept
