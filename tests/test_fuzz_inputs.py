"""Fuzzing the reading path and the extractor (issue 12): random bytes, random Unicode, huge lines and
deeply nested HTML. No exception escapes; every item ends stored or with a named error."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterclaim.clean import prepare_document
from counterclaim.extract import extract_claims
from counterclaim.ingest import ingest_raw_documents
from counterclaim.records import Document, IngestError, RawDocument
from counterclaim.sources import SourceOptions, iter_raw_documents
from counterclaim.sources.decoding import DecodeFailure, decode_bytes
from counterclaim.store import Store

FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
SUFFIXES = ("", ".txt", ".html", ".md", ".xml", ".rss", ".jsonl", ".warc", ".warc.gz", ".bin")
# Reasons an item may fail with: named classes, never an exception's type name.
NAMED_REASONS = frozenset(
    {
        "empty",
        "binary",
        "decode",
        "too_large",
        "parse",
        "truncated",
        "unsupported",
        "clean",
        "extract",
        "store",
    }
)
WAR_WORDS = st.sampled_from(
    [
        "killed",
        "wounded",
        "3",
        "tanks",
        "shelling",
        "captured",
        "the army said",
        "drones",
        "Kharkiv",
        "\n",
        " ",
        ".",
        "<p>",
    ]
)


def read_everything(data: bytes, suffix: str) -> list[RawDocument | IngestError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(iter_raw_documents([str(path)], SourceOptions(max_bytes=200_000)))


def assert_every_item_ends_named(items: list[RawDocument | IngestError]) -> None:
    for item in items:
        if isinstance(item, IngestError):
            assert item.reason in NAMED_REASONS, item
            continue
        document = prepare_document(item)
        if isinstance(document, IngestError):
            assert document.reason in NAMED_REASONS, document
            continue
        assert isinstance(document, Document)
        for claim in extract_claims(document):
            start, end = claim.span
            assert 0 <= start <= end <= len(document.original_text)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_under_any_suffix_end_stored_or_named(data: bytes, suffix: str) -> None:
    assert_every_item_ends_named(read_everything(data, suffix))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_decoding_raises_only_its_own_failure(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except DecodeFailure as failure:
        assert failure.reason in NAMED_REASONS


@FUZZ
@given(
    text=st.text(max_size=1500),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1251"]),
    suffix=st.sampled_from([".txt", ".html", ""]),
)
def test_random_unicode_in_any_encoding_ends_stored_or_named(text: str, encoding: str, suffix: str) -> None:
    assert_every_item_ends_named(read_everything(text.encode(encoding, errors="replace"), suffix))


@FUZZ
@given(words=st.lists(WAR_WORDS, min_size=1, max_size=60), line_length=st.integers(1000, 60_000))
def test_huge_lines_and_war_words_end_stored_or_named(words: list[str], line_length: int) -> None:
    text = " ".join(words) + " " + "x" * line_length + " " + " ".join(reversed(words))
    assert_every_item_ends_named(read_everything(text.encode(), ".txt"))


@FUZZ
@given(
    depth=st.integers(1, 3000),
    tag=st.sampled_from(["div", "p", "span", "table", "ul><li", "b"]),
    words=st.lists(WAR_WORDS, max_size=20),
)
def test_deeply_nested_html_ends_stored_or_named(depth: int, tag: str, words: list[str]) -> None:
    closing = tag.split("><")[0]
    html = "<html><body>" + f"<{tag}>" * depth + " ".join(words) + f"</{closing}>" * depth + "</body></html>"
    assert_every_item_ends_named(read_everything(html.encode(), ".html"))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=200),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {},
            optional={"id": JSON_VALUES, "text": JSON_VALUES, "html": JSON_VALUES, "published": JSON_VALUES},
        )
        | JSON_VALUES,
        max_size=6,
    )
)
def test_random_jsonl_records_end_stored_or_named(records: list[object]) -> None:
    data = "\n".join(json.dumps(record) for record in records).encode()
    assert_every_item_ends_named(read_everything(data, ".jsonl"))


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_random_batch_ingests_every_item_stored_or_with_a_named_error(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db_url = (
        request.getfixturevalue("postgres_url")
        if backend == "postgres"
        else f"sqlite:///{tmp_path / 'fuzz.db'}"
    )
    with Store(db_url) as store:

        @settings(
            max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
        )
        @given(
            files=st.lists(
                st.tuples(
                    st.binary(max_size=800) | st.text(max_size=400).map(str.encode), st.sampled_from(SUFFIXES)
                ),
                min_size=1,
                max_size=6,
            )
        )
        def ingest_random_batch(files: list[tuple[bytes, str]]) -> None:
            documents_before = store.count_documents()
            errors_before = len(store.list_errors(limit=None))
            with tempfile.TemporaryDirectory() as folder:
                for number, (data, suffix) in enumerate(files):
                    (Path(folder) / f"{number}{suffix}").write_bytes(data)
                items = list(iter_raw_documents([folder], SourceOptions(max_bytes=200_000)))
                summary = ingest_raw_documents(items, store)
            assert summary.stored + summary.unchanged + summary.failed_total == len(items)
            assert set(summary.failed) <= NAMED_REASONS
            assert store.count_documents() - documents_before == summary.stored
            assert len(store.list_errors(limit=None)) - errors_before == summary.failed_total

        ingest_random_batch()
