"""A live counterclaim server for the web tests: temp SQLite, real ingest of short texts, uvicorn on 127.0.0.1.

The texts are written for these tests. One document also gets hand-built claims through the Store API
(the shape the extractor gives), so the ledger has a contradiction and the map has places whatever the
extractor's coverage is today; everything else goes through `counterclaim.ingest` as a user's would.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from counterclaim.ingest import ingest_raw_documents
from counterclaim.records import Claim, Document, OffsetMap, RawDocument, content_hash
from counterclaim.store import Store

TOKEN = "web-test-token"
MAX_REQUEST_BYTES = 64 * 1024
# Set by any injected script that runs: tests assert it stays undefined.
XSS_MARKER = "__counterclaim_xss"
XSS_TITLE = f"<script>window.{XSS_MARKER}=1</script>Shelling report"
XSS_TEXT = (
    f'<img src=x onerror="window.{XSS_MARKER}=2"> The regional governor said 4 civilians were killed '
    f"in the shelling of the market on Monday. <script>window.{XSS_MARKER}=3</script> "
    f'<svg onload="window.{XSS_MARKER}=4"></svg> Officials said 9 people were wounded.'
)
XSS_HTML = (
    f"<html><head><title>Night strike &lt;script&gt;window.{XSS_MARKER}=5&lt;/script&gt;</title></head><body><article>"
    "<h1>Night strike</h1><p>The army said 3 soldiers were killed when a drone hit a checkpoint on Sunday. "
    f"&lt;img src=x onerror=&quot;window.{XSS_MARKER}=6&quot;&gt; Witnesses said 2 trucks were destroyed.</p>"
    "<p>The ministry said the attack was the third this week, and it promised a response.</p></article></body></html>"
)

PLAIN_TEXTS: tuple[tuple[str, str, str], ...] = (
    (
        "Toll rises after night of shelling",
        "2020-10-05",
        "The defence ministry in Yerevan said 12 more Armenian soldiers were killed overnight. "
        "It said the total number of servicemen killed since the fighting began had risen to 220. "
        "Azerbaijan's defence ministry said its forces destroyed 4 Armenian tanks near the front line.",
    ),
    (
        "Drone strike on convoy",
        "2022-03-02",
        "Ukraine's general staff said 7 Russian tanks were destroyed near Kharkiv on Tuesday. "
        "Russia's defence ministry denied losing any tanks and said 30 Ukrainian soldiers were captured.",
    ),
)

# The hand-built document: a side's losses claimed by its adversary and denied by the side itself.
CONTRADICTION_TEXT = (
    "Armenia's defence ministry said Azerbaijani losses ran into the hundreds of soldiers killed near Tartar. "
    "Azerbaijan said it lost no soldiers. "
    "Azerbaijan said 2 Armenian tanks were destroyed near Fuzuli, and a video appeared to show them burning."
)
CONTRADICTION_PUBLISHED = dt.date(2020, 9, 29)
# (place, latitude, longitude) used by the hand-built claims.
TARTAR = ("Tartar", 40.34, 46.93)
FUZULI = ("Fuzuli", 39.60, 47.14)


def _span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def contradiction_document() -> tuple[Document, list[Claim]]:
    """A document and the claims an extractor would read from it (hundreds vs none; 2 tanks on video)."""
    text = CONTRADICTION_TEXT
    first = _span_of(text, "Azerbaijani losses ran into the hundreds of soldiers killed near Tartar")
    second = _span_of(text, "Azerbaijan said it lost no soldiers")
    third = _span_of(text, "2 Armenian tanks were destroyed near Fuzuli")
    claims = [
        Claim(type="casualty", subject="AZE", object="ARM", outcome="killed", category="military", count=(200, 999),
              claimant="ARM", date=dt.date(2020, 9, 28), place=TARTAR[0], coordinates=TARTAR[1:], span=first),
        Claim(type="casualty", subject="AZE", object="ARM", outcome="killed", category="military", count=(0, 0),
              claimant="AZE", date=dt.date(2020, 9, 28), span=second),
        Claim(type="materiel", subject="ARM", object="AZE", outcome="destroyed", category="tank", count=(2, 2),
              claimant="AZE", evidence="video", date=dt.date(2020, 9, 28), place=FUZULI[0],
              coordinates=FUZULI[1:], span=third),
    ]
    document = Document(
        content_hash=content_hash(text), item="tests:contradiction", title="Losses disputed", source="test-wire",
        published=CONTRADICTION_PUBLISHED, language="en", original_text=text, cleaned_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
    return document, claims


@dataclass
class LiveServer:
    base_url: str
    db_url: str
    contradiction_document_id: int
    xss_document_id: int
    xss_html_document_id: int | None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fill_database(db_url: str) -> tuple[int, int, int | None]:
    """Ingest the test texts; returns (contradiction doc id, XSS text doc id, XSS HTML doc id or None)."""
    with Store(db_url) as store:
        document, claims = contradiction_document()
        contradiction_id, _ = store.add_document(document, claims, "tests-hand-built")
        raws = [
            RawDocument(item=f"tests:plain:{i}", text=text, title=title, published=dt.date.fromisoformat(published),
                        source="test-wire")
            for i, (title, published, text) in enumerate(PLAIN_TEXTS)
        ]
        raws.append(RawDocument(item="tests:xss-text", text=XSS_TEXT, title=XSS_TITLE, published=dt.date(2022, 3, 7),
                                source="<b>bold source</b>"))
        raws.append(RawDocument(item="tests:xss-html", html=XSS_HTML, published=dt.date(2022, 3, 8), source="test-html"))
        results: dict[str, int | None] = {}
        ingest_raw_documents(raws, store, on_item=lambda r: results.__setitem__(r.item, r.document_id))
        xss_id = results.get("tests:xss-text")
        assert xss_id is not None, "the XSS text document must be stored"
        return contradiction_id, xss_id, results.get("tests:xss-html")


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """Run an ASGI app under uvicorn on a free 127.0.0.1 port in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base_url + "/openapi.json", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 60 s")
        time.sleep(0.1)
    try:
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def serve_database(db_url: str) -> Iterator[str]:
    """The test documents in the database at `db_url`, served; yields the base URL."""
    from counterclaim.web import create_app

    fill_database(db_url)
    with serve_app(create_app(db_url, token=TOKEN, max_request_bytes=MAX_REQUEST_BYTES)) as base_url:
        yield base_url


def start_live_server(tmp_dir: Path, extra_sources: tuple[tuple[Path, dt.date], ...] = ()) -> Iterator[LiveServer]:
    """Fill a database (plus `extra_sources`: files ingested as `counterclaim ingest FILE --published DATE`
    would), run the app under uvicorn in a thread, yield its address, stop it."""
    from counterclaim.ingest import ingest_sources
    from counterclaim.web import create_app

    db_url = f"sqlite:///{tmp_dir / 'web-test.db'}"
    contradiction_id, xss_id, xss_html_id = fill_database(db_url)
    with Store(db_url) as store:
        for path, published in extra_sources:
            summary = ingest_sources([str(path)], store, published=published)
            assert summary.stored == 1, f"{path} was not stored: {summary.errors}"
    app = create_app(db_url, token=TOKEN, max_request_bytes=MAX_REQUEST_BYTES)
    with serve_app(app) as base_url:
        yield LiveServer(base_url, db_url, contradiction_id, xss_id, xss_html_id)
