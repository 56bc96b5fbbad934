"""Issue 12: every input path as strict as `ingest` — binary files, truncated archives, the same outcome
on SQLite and PostgreSQL for each bad input."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from counterclaim.ingest import ingest_sources
from counterclaim.records import IngestError, RawDocument
from counterclaim.sources import SourceOptions, iter_raw_documents
from counterclaim.sources.decoding import DecodeFailure, decode_bytes
from counterclaim.store import Store

# Short dispatches written for these tests (no outside text).
DISPATCH = "The rebel command said 7 of its fighters were killed near Goma on Friday.\n"
CYRILLIC_DISPATCH = "Штаб сообщил, что 5 военных погибли под Херсоном в среду.\n"


def collect(specs: list[str], options: SourceOptions | None = None) -> list[RawDocument | IngestError]:
    return list(iter_raw_documents(specs, options or SourceOptions()))


def reasons(items: list[RawDocument | IngestError]) -> dict[str, str]:
    return {item.item: item.reason for item in items if isinstance(item, IngestError)}


def _tar_bytes() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        payload = DISPATCH.encode()
        info = tarfile.TarInfo("dispatch.txt")
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()


# Files that are valid UTF-8 (or nearly) yet not text: each must be a `binary` error, never a document.
BINARY_FILES: dict[str, bytes] = {
    "ascii_with_nul.txt": DISPATCH.encode() + b"\x00" + DISPATCH.encode(),
    "nul_far_in.txt": DISPATCH.encode() * 2000 + b"\x00",
    "archive.tar": _tar_bytes(),
    "zeros.txt": bytes(4096),
    "scan.pdf": b"%PDF-1.4\n1 0 obj << /Length 5 >>\nstream\nab\x01\x02c\nendstream\nendobj\n",
    "bell.txt": b"Ceasefire talk\x07s resumed in Doha.\n",
}


@pytest.mark.parametrize("name", sorted(BINARY_FILES))
def test_nul_or_control_bytes_anywhere_are_binary_before_any_decoding(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BINARY_FILES[name])
    assert reasons(collect([str(path)])) == {str(path): "binary"}


def test_text_controls_tab_formfeed_escape_and_ctrl_z_stay_text() -> None:
    data = b"Col\tumn\x0cpage\x1b[1mbold\x1b[0m and a DOS end\r\n\x1a"
    assert decode_bytes(data) == data.decode("ascii")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_before_the_binary_test_in_any_script(encoding: str) -> None:
    for text in (DISPATCH, CYRILLIC_DISPATCH):
        assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_byte_order_marks_choose_the_encoding(encoding: str) -> None:
    decoded = decode_bytes(CYRILLIC_DISPATCH.encode(encoding))
    assert decoded.lstrip("\ufeff") == CYRILLIC_DISPATCH


def test_utf16_holding_nul_characters_is_binary() -> None:
    with pytest.raises(DecodeFailure) as caught:
        decode_bytes(("Report" + "\x00" * 40 + "ends").encode("utf-16"))
    assert caught.value.reason == "binary"


def test_latin1_is_decoded_not_refused() -> None:
    text = "Le préfet a confirmé que 3 gendarmes ont été blessés à Bangui.\n"
    assert decode_bytes(text.encode("latin-1")) == text


def test_jsonl_text_with_escaped_nul_is_binary_and_metadata_loses_controls(tmp_path: Path) -> None:
    path = tmp_path / "escapes.jsonl"
    lines = [
        {"id": "nul", "text": "Ten soldiers\u0000 were wounded."},
        {"id": "ok\u0000", "title": "Clash\u0001 report", "text": DISPATCH},
        {"id": "surrogate", "text": "Half a pair \ud800 here."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    items = collect([str(path)])
    assert reasons(items) == {f"{path}:1": "binary", f"{path}:3": "decode"}
    (document,) = [item for item in items if isinstance(item, RawDocument)]
    assert document.source_id == "ok" and document.title == "Clash report"


def test_binary_files_fail_alike_on_sqlite_and_postgresql(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "zoo"
    folder.mkdir()
    for name, data in BINARY_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(DISPATCH, encoding="utf-8")
    (folder / "cyrillic16.txt").write_bytes(CYRILLIC_DISPATCH.encode("utf-16-le"))
    (folder / "escapes.jsonl").write_text(
        json.dumps({"text": "Shelled\u0000 twice."}) + "\n", encoding="utf-8"
    )
    with Store(db_url) as store:
        summary = ingest_sources([str(folder)], store)
        stored = sorted(Path(d.item).name for d in store.list_documents(limit=None))
        errors = {Path(e.item).name: e.reason for e in store.list_errors(limit=None)}
    assert stored == ["cyrillic16.txt", "good.txt"]
    assert errors == {**{name: "binary" for name in BINARY_FILES}, "escapes.jsonl:1": "binary"}
    assert summary.failed == {"binary": len(BINARY_FILES) + 1}


# --- truncated WARC ----------------------------------------------------------------------------------------


def _page(number: int) -> bytes:
    return f"<html><body><p>Dispatch {number}: the militia said 4 of its men were wounded.</p></body></html>".encode()


def _write_warc(path: Path, count: int, gzip: bool) -> list[int]:
    """`count` HTML response records; returns the offset where each starts."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for number in range(count):
            offsets.append(handle.tell())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"http://example.invalid/{number}",
                "response",
                payload=io.BytesIO(_page(number)),
                http_headers=headers,
            )
            writer.write_record(record)
    return offsets


def _cut_warc(tmp_path: Path, gzip: bool, where: str) -> tuple[Path, list[int]]:
    """Three records, the file cut inside the last one: in its headers, its payload or its gzip trailer."""
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    offsets = _write_warc(path, 3, gzip)
    data = path.read_bytes()
    last = len(data) - offsets[2]
    cut = {
        "headers": offsets[2] + last // 5,
        "payload": len(data) - (20 if gzip else 40),
        "trailer": len(data) - 3,
    }
    path.write_bytes(data[: cut[where]])
    return path, offsets


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("where", ["headers", "payload", "trailer"])
def test_cut_warc_record_is_truncated_and_records_before_it_stay(
    tmp_path: Path, gzip: bool, where: str
) -> None:
    if where == "trailer" and not gzip:
        pytest.skip("an uncompressed record has no trailer")
    path, offsets = _cut_warc(tmp_path, gzip, where)
    items = collect([str(path)])
    documents = [item for item in items if isinstance(item, RawDocument)]
    assert [d.url for d in documents] == ["http://example.invalid/0", "http://example.invalid/1"]
    assert all((d.html or "").endswith("</html>") for d in documents)
    assert reasons(items) == {f"{path}@{offsets[2]}": "truncated"}


def test_payload_shorter_than_content_length_names_both_sizes(tmp_path: Path) -> None:
    path, offsets = _cut_warc(tmp_path, False, "payload")
    (failure,) = [item for item in collect([str(path)]) if isinstance(item, IngestError)]
    assert "Content-Length" in failure.message and "cut" in failure.message


def test_blank_lines_after_the_last_record_are_not_a_cut(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc"
    _write_warc(path, 2, False)
    path.write_bytes(path.read_bytes() + b"\r\n\r\n")
    assert reasons(collect([str(path)])) == {}


def test_cut_warc_gives_the_same_outcome_on_sqlite_and_postgresql(db_url: str, tmp_path: Path) -> None:
    plain, plain_offsets = _cut_warc(tmp_path, False, "payload")
    packed, packed_offsets = _cut_warc(tmp_path, True, "trailer")
    with Store(db_url) as store:
        summary = ingest_sources([str(plain), str(packed)], store)
        stored = sorted(d.item for d in store.list_documents(limit=None))
        errors = {e.item: e.reason for e in store.list_errors(limit=None)}
    assert summary.stored == 2  # the two files hold the same pages: the second file's are unchanged
    assert summary.unchanged == 2
    assert stored == sorted([f"{plain}@{plain_offsets[0]}", f"{plain}@{plain_offsets[1]}"])
    assert errors == {
        f"{plain}@{plain_offsets[2]}": "truncated",
        f"{packed}@{packed_offsets[2]}": "truncated",
    }


def test_spark_rows_and_web_bodies_with_nul_are_binary_errors_not_exceptions(db_url: str) -> None:
    from counterclaim.spark.readers import raw_document_from_record
    from counterclaim.web.api import IngestRequest
    from counterclaim.web.ingest import ingest_one

    row = raw_document_from_record({"id": "r1", "text": "Two guards\u0000 were hurt."}, "part-0:1")
    assert isinstance(row, IngestError) and row.reason == "binary"
    with Store(db_url) as store:
        result = ingest_one(store, IngestRequest(text="Two guards\u0000 were hurt."))
        assert store.list_documents(limit=None) == []
    assert (result.status, result.reason) == ("failed", "binary")
