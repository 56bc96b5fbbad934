"""Ingest orchestration on SQLite and PostgreSQL: bad-input batches, idempotence, re-extraction, the seed."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from counterclaim.ingest import ingest_raw_documents, ingest_sources, reextract
from counterclaim.records import Document, RawDocument
from counterclaim.store import Store

GOOD_TEXT = "Azerbaijan said 12 Armenian tanks were destroyed near Tartar on Sunday.\n"
LATIN1_TEXT = "Le ministère a déclaré que 12 soldats ont été tués près de Donetsk.\n"
UTF16_TEXT = "Ukraine said 9 Russian tanks were destroyed near Kherson on Monday.\n"
PAGE_HTML = (
    "<html><head><title>Shelling report</title></head><body><nav>Home | World</nav><article>"
    "<h1>Shelling report</h1><p>Officials said 4 civilians were killed when artillery shelled Kharkiv "
    "on Thursday, and 11 more were wounded.</p><p>The army said it returned fire on enemy positions "
    "east of the city and destroyed two howitzers.</p></article></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/page.html":
            body = PAGE_HTML.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_warc(path: Path) -> None:
    """Two good HTML response records with a corrupt record between them."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def record_bytes(url: str, html: str) -> bytes:
        buffer = BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(html.encode("utf-8")), http_headers=headers)
        )
        return buffer.getvalue()

    first = record_bytes("https://news.example/one", PAGE_HTML.replace("Kharkiv", "Sumy"))
    corrupt = b"WARX/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\n\x00\x01garbage!!\r\n\r\n"
    last = record_bytes("https://news.example/two", PAGE_HTML.replace("Kharkiv", "Kherson"))
    path.write_bytes(first + corrupt + last)


def bad_input_batch(folder: Path) -> dict[str, Path]:
    """The issue's bad-input batch beside good files; returns name -> path."""
    folder.mkdir()
    files = {
        "good": folder / "good.txt",
        "latin1": folder / "latin1.txt",
        "utf16": folder / "utf16.txt",
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "oversized": folder / "oversized.txt",
        "malformed_html": folder / "malformed.html",
        "truncated_rss": folder / "truncated.xml",
        "jsonl": folder / "batch.jsonl",
        "warc": folder / "crawl.warc",
    }
    files["good"].write_text(GOOD_TEXT, encoding="utf-8")
    files["latin1"].write_bytes(LATIN1_TEXT.encode("latin-1"))
    files["utf16"].write_bytes(UTF16_TEXT.encode("utf-16"))
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 8)
    files["oversized"].write_text("Troops advanced along the river. " * 400, encoding="utf-8")
    files["malformed_html"].write_text(
        "<html><head><title>Clash report</title><body><div><p>Fighters said 15 soldiers were killed in an "
        "attack near Goma on Tuesday.<p>Another <b>paragraph about the clashes near the lake <div></html",
        encoding="utf-8",
    )
    files["truncated_rss"].write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>First</title>'
        "<description>Rebels said 4 soldiers were killed near Bunia on Friday.</description></item><item><title>Sec",
        encoding="utf-8",
    )
    files["jsonl"].write_text(
        '{"id": "a", "text": "Officials said 3 civilians were killed in shelling of Kharkiv.", "published": "2022-03-01"}\n'
        '{"id": "b", "text": broken\n'
        '{"id": "c", "html": "<p>Police said 9 people were wounded in a blast in Baidoa on Monday.</p>"}\n',
        encoding="utf-8",
    )
    write_warc(files["warc"])
    return files


def test_bad_input_batch_stores_good_items_and_records_each_bad_one(
    db_url: str, tmp_path: Path, local_server: str
) -> None:
    files = bad_input_batch(tmp_path / "batch")
    missing_url = f"{local_server}/missing.html"
    unreachable_url = f"http://127.0.0.1:{closed_port()}/page.html"
    page_url = f"{local_server}/page.html"
    specs = [str(tmp_path / "batch"), missing_url, unreachable_url, page_url]
    with Store(db_url) as store:
        summary = ingest_sources(specs, store, allow_private=True, follow=False, max_bytes=4000)
        private = ingest_sources(["http://10.20.30.40/report.html"], store, allow_private=False)
        stored_items = {d.item for d in store.list_documents(limit=None)}
        errors = store.list_errors(limit=None)

    errors_by_item = {e.item: e.reason for e in errors}
    for name in ("good", "latin1", "utf16", "malformed_html"):
        assert str(files[name]) in stored_items, name
    assert page_url in stored_items
    assert errors_by_item[str(files["empty"])] == "empty"
    assert errors_by_item[str(files["binary"])] == "binary"
    assert errors_by_item[str(files["oversized"])] == "too_large"
    assert str(files["truncated_rss"]) in errors_by_item  # the truncated feed is reported ...
    assert any(item.startswith(str(files["truncated_rss"])) for item in stored_items)  # ... its whole entry kept
    jsonl_stored = sorted(item for item in stored_items if item.startswith(str(files["jsonl"])))
    jsonl_failed = [item for item in errors_by_item if item.startswith(str(files["jsonl"]))]
    assert len(jsonl_stored) == 2 and len(jsonl_failed) == 1  # good lines kept, the broken one reported
    warc_stored = [item for item in stored_items if item.startswith(str(files["warc"]))]
    warc_failed = [item for item, reason in errors_by_item.items() if item.startswith(str(files["warc"]))]
    assert len(warc_stored) == 2 and len(warc_failed) == 1
    assert missing_url in errors_by_item and unreachable_url in errors_by_item
    assert errors_by_item["http://10.20.30.40/report.html"] == "private_address"
    assert private.stored == 0 and private.failed == {"private_address": 1}
    assert summary.stored == len(stored_items) and summary.failed_total == len(errors) - 1


def test_latin1_and_utf16_files_are_decoded_not_mangled(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "encodings"
    folder.mkdir()
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))
    with Store(db_url) as store:
        summary = ingest_sources([str(folder)], store)
        texts = sorted(store.get_document(d.id).original_text for d in store.list_documents())
    assert summary.stored == 2
    assert texts == sorted([LATIN1_TEXT, UTF16_TEXT])


def test_reingesting_the_same_content_changes_nothing(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text(f"Dispatch {n}: officials said {n + 3} soldiers were killed near Avdiivka.\n")
    with Store(db_url) as store:
        first = ingest_sources([str(folder)], store)
        before = [(d.id, d.content_hash, d.claim_count) for d in store.list_documents(limit=None)]
        claims_before = [s.id for s in store.iter_claims()]
        (folder / "copy.txt").write_text((folder / "2.txt").read_text())  # same text under another name
        second = ingest_sources([str(folder)], store)
        assert first.stored == 4 and second.stored == 0 and second.unchanged == 5
        assert [(d.id, d.content_hash, d.claim_count) for d in store.list_documents(limit=None)] == before
        assert [s.id for s in store.iter_claims()] == claims_before


def test_published_and_source_fill_items_that_lack_them(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Officials said 2 civilians were wounded in Sumy yesterday.\n")
    with Store(db_url) as store:
        ingest_sources([str(path)], store, published=dt.date(2022, 5, 3), source="Local Wire")
        (document,) = store.list_documents()
    assert document.published == dt.date(2022, 5, 3) and document.source == "Local Wire"


def test_extraction_failure_is_recorded_and_batch_goes_on(store: Store) -> None:
    def fragile_extract(document: Document) -> list:
        if "explode" in document.cleaned_text:
            raise RuntimeError("extractor bug")
        return []

    raws = [
        RawDocument(item="one", text="First dispatch about shelling in Donetsk."),
        RawDocument(item="two", text="This one will explode the extractor."),
        RawDocument(item="three", text="Third dispatch about an airstrike in Idlib."),
    ]
    summary = ingest_raw_documents(raws, store, extract=fragile_extract, extractor_version="test-1")
    assert summary.stored == 2 and summary.failed == {"extract": 1}
    assert [e.item for e in store.list_errors()] == ["two"]
    assert sorted(d.item for d in store.list_documents()) == ["one", "three"]


def test_source_that_breaks_mid_stream_keeps_what_was_stored(store: Store) -> None:
    def broken_source() -> Iterator[RawDocument]:
        yield RawDocument(item="first", text="A dispatch about a clash near Bakhmut.")
        raise OSError("disk vanished")

    summary = ingest_raw_documents(broken_source(), store, extract=lambda d: [], extractor_version="t")
    assert summary.stored == 1 and summary.failed == {"source": 1}
    assert store.count_documents() == 1
    assert "disk vanished" in store.list_errors()[0].message


def test_reextract_updates_documents_from_an_older_extractor(store: Store) -> None:
    from counterclaim.extract import EXTRACTOR_VERSION, extract_claims

    raws = [
        RawDocument(item="a", text="Ukraine said 5 Russian tanks were destroyed near Izium on Monday."),
        RawDocument(item="b", text="Russia said 3 Ukrainian drones were shot down over Belgorod."),
    ]
    ingest_raw_documents(raws, store, extract=lambda d: [], extractor_version="rules-ancient")
    assert store.count_claims() == 0
    assert len(store.document_ids_to_reextract(EXTRACTOR_VERSION)) == 2
    summary = reextract(store)
    assert summary.documents == 2
    assert store.document_ids_to_reextract(EXTRACTOR_VERSION) == []
    for listed in store.list_documents():
        expected = extract_claims(store.get_document(listed.id).to_document())
        assert [s.claim.contract_dict() for s in store.document_claims(listed.id)] == [c.contract_dict() for c in expected]
        assert listed.extractor_version == EXTRACTOR_VERSION
    assert reextract(store).documents == 0


def test_seed_ingested_twice_is_one_document(db_url: str, shared_dir: Path) -> None:
    seed = shared_dir / "seed" / "000_abbfd2975814eb6a.txt"
    if not seed.is_file():
        pytest.skip(f"{seed} not present")
    with Store(db_url) as store:
        first = ingest_sources([str(seed)], store)
        second = ingest_sources([str(seed)], store)
        assert (first.stored, second.stored, second.unchanged) == (1, 0, 1)
        assert store.count_documents() == 1
        (document,) = store.list_documents()
        assert store.count_claims() == document.claim_count
        cleaned_lines = {line.strip() for line in store.get_document(document.id).cleaned_text.splitlines()}
    gold = shared_dir / "gold" / "seed-southfront-2020-09-28.json"
    if gold.is_file():
        boilerplate = json.loads(gold.read_text(encoding="utf-8"))["boilerplate"]
        assert boilerplate and not [line for line in boilerplate if line.strip() in cleaned_lines]
