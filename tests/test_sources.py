"""Source readers: files, directories, stdin, JSONL, feeds, WARC, and every bad-input case of issue 2."""

from __future__ import annotations

import codecs
import datetime as dt
import io
from pathlib import Path

import pytest

from counterclaim.records import IngestError, RawDocument
from counterclaim.sources import SourceOptions, iter_raw_documents, register_file_reader
from counterclaim.sources.decoding import DecodeFailure, decode_bytes, sniff_kind
from counterclaim.sources.files import FILE_READERS, read_stdin

DISPATCH = (
    "Armenia's defence ministry said 15 more servicemen were killed overnight, bringing the toll to 31.\n"
)
PAGE = (
    "<!doctype html><html><head><title>Shelling in Stepanakert</title></head><body>"
    "<article><h1>Shelling in Stepanakert</h1><p>Officials in Stepanakert said two civilians were killed when "
    "artillery shells hit a residential street on Sunday morning, and that eleven more were wounded.</p>"
    "<p>Azerbaijan's defence ministry denied targeting civilians and said its forces struck only military "
    "positions near the town.</p></article></body></html>"
)
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontline Wire</title><link>http://example.invalid/</link>
<description>test feed</description>
<item><title>Toll rises to 31</title><guid isPermaLink="false">wire-1</guid>
<pubDate>Mon, 28 Sep 2020 08:00:00 GMT</pubDate>
<description>The defence ministry said the military toll had risen to 31.</description></item>
<item><title>Drones downed</title><guid isPermaLink="false">wire-2</guid>
<pubDate>Tue, 29 Sep 2020 08:00:00 GMT</pubDate>
<description>The ministry said three drones were shot down near the border.</description></item>
</channel></rss>
"""


def collect(specs: list[str], options: SourceOptions | None = None) -> list[RawDocument | IngestError]:
    return list(iter_raw_documents(specs, options or SourceOptions()))


def errors_by_item(items: list[RawDocument | IngestError]) -> dict[str, str]:
    return {item.item: item.reason for item in items if isinstance(item, IngestError)}


def test_text_markdown_and_html_files_are_read_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DISPATCH, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Heading\n\n" + DISPATCH, encoding="utf-8")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    items = collect([str(tmp_path / "a.txt"), str(tmp_path / "b.md"), str(tmp_path / "c.html")])
    assert [type(i).__name__ for i in items] == ["RawDocument"] * 3
    assert items[0].text == DISPATCH and items[0].html is None
    assert items[1].text is not None and items[1].text.startswith("# Heading")
    assert items[2].html == PAGE and items[2].text is None


def test_directory_is_walked_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a.txt", "b/1.txt", "c/d/e.txt", ".hidden/x.txt", ".x.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DISPATCH, encoding="utf-8")
    items = collect([str(tmp_path)])
    names = [Path(i.item).relative_to(tmp_path).as_posix() for i in items]
    assert names == ["a.txt", "b/1.txt", "b/2.txt", "c/d/e.txt"]
    assert collect([str(tmp_path)]) == items  # deterministic


def test_published_and_source_options_fill_documents_that_lack_them(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DISPATCH, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "x", "text": "A dispatch.", "published": "2021-01-02", "source": "Wire"}\n', encoding="utf-8"
    )
    options = SourceOptions(published=dt.date(2020, 9, 28), source="Desk")
    first, second = collect([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")], options)
    assert (first.published, first.source) == (dt.date(2020, 9, 28), "Desk")
    assert (second.published, second.source) == (dt.date(2021, 1, 2), "Wire")


def test_stdin_plain_text_and_jsonl() -> None:
    text_items = list(read_stdin(SourceOptions(), io.BytesIO(DISPATCH.encode())))
    assert len(text_items) == 1 and text_items[0].item == "<stdin>" and text_items[0].text == DISPATCH
    jsonl = b'{"id": "1", "text": "First."}\n{"id": "2", "html": "<p>Second.</p>"}\n'
    items = list(read_stdin(SourceOptions(), io.BytesIO(jsonl)))
    assert [(i.item, i.source_id) for i in items] == [("<stdin>:1", "1"), ("<stdin>:2", "2")]
    assert items[1].html == "<p>Second.</p>"


def test_missing_path_is_a_not_found_error(tmp_path: Path) -> None:
    assert errors_by_item(collect([str(tmp_path / "nope.txt")])) == {str(tmp_path / "nope.txt"): "not_found"}


# --- encodings -------------------------------------------------------------------------------------------


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    sentence = (
        "Le ministère a déclaré que les soldats ont été tués près de Kharkiv, à l'aube, selon l'état-major. "
    )
    path.write_bytes((sentence * 3).encode("latin-1"))
    (item,) = collect([str(path)])
    assert isinstance(item, RawDocument) and item.text is not None
    assert "ministère a déclaré" in item.text and "été tués" in item.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_with_and_without_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(DISPATCH.encode(encoding))
    (item,) = collect([str(path)])
    assert isinstance(item, RawDocument) and item.text == DISPATCH


def test_utf8_bom_is_kept_so_offsets_match_the_file_read_as_utf8() -> None:
    data = codecs.BOM_UTF8 + DISPATCH.encode()
    assert decode_bytes(data) == data.decode("utf-8") == "\ufeff" + DISPATCH


def test_sniff_kind_tells_feeds_pages_xml_and_text_apart() -> None:
    assert sniff_kind(RSS) == "feed"
    assert sniff_kind(PAGE) == "html"
    assert sniff_kind('<?xml version="1.0"?><catalog/>') == "xml"
    assert sniff_kind(DISPATCH) == "text"


# --- bad input -------------------------------------------------------------------------------------------


def test_empty_and_whitespace_files_are_empty_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    assert set(errors_by_item(collect([str(tmp_path)])).values()) == {"empty"}
    assert len(errors_by_item(collect([str(tmp_path)]))) == 2


def test_binary_file_is_a_binary_error(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert errors_by_item(collect([str(path)])) == {str(path): "binary"}
    with pytest.raises(DecodeFailure) as caught:
        decode_bytes(b"\x00\x01\x02\xff\xfe\x00garbage\x00")
    assert caught.value.reason == "binary"


def test_50_mb_file_is_refused_by_the_size_cap_and_the_cap_is_configurable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: refused by size before it is read
    small = tmp_path / "small.txt"
    small.write_text(DISPATCH, encoding="utf-8")
    items = collect([str(big), str(small)])
    assert errors_by_item(items) == {str(big): "too_large"}
    assert isinstance(items[1], RawDocument)
    assert errors_by_item(collect([str(small)], SourceOptions(max_bytes=10))) == {str(small): "too_large"}
    monkeypatch.setenv("COUNTERCLAIM_MAX_BYTES", "20")
    assert errors_by_item(collect([str(small)])) == {str(small): "too_large"}


def test_jsonl_broken_lines_are_errors_and_good_lines_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"id": "a", "text": "Two tanks were destroyed.", "published": "2022-03-02", "url": "http://x/a"}',
                '{"id": "b", "text": "Broken line',
                "",
                '["not", "an", "object"]',
                '{"id": "c", "title": "no text here"}',
                '{"id": "d", "html": "<p>Three drones were shot down.</p>", "title": "Drones"}',
                '{"id": "e", "text": "Bad date.", "published": "yesterday"}',
            ]
        ),
        encoding="utf-8",
    )
    items = collect([str(path)])
    good = [i for i in items if isinstance(i, RawDocument)]
    assert [(g.item, g.source_id) for g in good] == [(f"{path}:1", "a"), (f"{path}:6", "d")]
    assert good[0].published == dt.date(2022, 3, 2) and good[0].url == "http://x/a"
    assert good[1].title == "Drones" and good[1].html is not None
    assert errors_by_item(items) == {
        f"{path}:2": "parse",
        f"{path}:4": "parse",
        f"{path}:5": "parse",
        f"{path}:7": "parse",
    }


def test_feed_file_without_follow_gives_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    items = collect([str(path)], SourceOptions(follow=False))
    assert [i.item for i in items] == [f"{path}#1", f"{path}#2"]
    first = items[0]
    assert isinstance(first, RawDocument)
    assert (
        first.title == "Toll rises to 31" and first.source == "Frontline Wire" and first.source_id == "wire-1"
    )
    assert first.published == dt.date(2020, 9, 28)
    assert first.text == "The defence ministry said the military toll had risen to 31."


def test_feed_is_detected_by_content_under_another_suffix(tmp_path: Path) -> None:
    path = tmp_path / "wire.feed"
    path.write_text(RSS, encoding="utf-8")
    items = collect([str(path)], SourceOptions(follow=False))
    assert [i.item for i in items] == [f"{path}#1", f"{path}#2"]


def test_truncated_rss_keeps_complete_entries_and_reports_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    path.write_text(RSS[: RSS.index("<item><title>Drones") + 30], encoding="utf-8")
    items = collect([str(path)], SourceOptions(follow=False))
    documents = [i for i in items if isinstance(i, RawDocument)]
    assert documents and documents[0].title == "Toll rises to 31"
    assert errors_by_item(items)[str(path)] == "parse"


def test_xml_that_is_not_a_feed_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "catalog.xml"
    path.write_text('<?xml version="1.0"?><catalog><book>x</book></catalog>', encoding="utf-8")
    assert errors_by_item(collect([str(path)])) == {str(path): "unsupported"}


def _write_warc(path: Path, bodies: list[bytes], gzip: bool) -> list[int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for number, body in enumerate(bodies):
            offsets.append(handle.tell())
            content_type = "image/png" if body.startswith(b"\x89PNG") else "text/html; charset=utf-8"
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"http://example.invalid/{number}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return offsets


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_html_records_are_read_and_other_records_skipped(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    offsets = _write_warc(
        path, [PAGE.encode(), b"\x89PNG....", b"<html><body><p>Second page.</p></body></html>"], gzip
    )
    items = collect([str(path)])
    assert all(isinstance(i, RawDocument) for i in items)
    assert [(i.item, i.url) for i in items] == [
        (f"{path}@{offsets[0]}", "http://example.invalid/0"),
        (f"{path}@{offsets[2]}", "http://example.invalid/2"),
    ]
    assert items[0].html == PAGE


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_with_a_corrupt_record_keeps_the_others(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("c.warc.gz" if gzip else "c.warc")
    bodies = [f"<html><body><p>Page {n} about the front.</p></body></html>".encode() for n in range(3)]
    offsets = _write_warc(path, bodies, gzip)
    data = bytearray(path.read_bytes())
    start = offsets[1] + (30 if gzip else 5)
    data[start : start + 20] = b"A" * 20
    path.write_bytes(bytes(data))
    items = collect([str(path)])
    documents = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in documents] == ["http://example.invalid/0", "http://example.invalid/2"]
    assert list(errors_by_item(items).values()) == ["parse"]
    assert list(errors_by_item(items)) == [f"{path}@{offsets[1]}"]


def test_parquet_hook_registers_a_reader_for_a_new_suffix(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    path.write_bytes(b"PAR1")

    def fake_parquet_reader(item: str, options: SourceOptions):  # type: ignore[no-untyped-def]
        yield RawDocument(item=f"{item}:row1", text="from parquet")

    saved = dict(FILE_READERS)
    try:
        register_file_reader((".parquet",), fake_parquet_reader)
        assert [i.item for i in collect([str(path)])] == [f"{path}:row1"]
    finally:
        FILE_READERS.clear()
        FILE_READERS.update(saved)
