"""Spark readers: JSONL, WARC(.gz) and Parquet inputs on any Hadoop-compatible URI -> RawDocuments.

Each reader yields `RawDocument` or, for a record that cannot be read, an `IngestError` that the
job records in its failures table. Cleaning and extraction are not done here (see job.py).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from counterclaim.records import IngestError, RawDocument

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

InputRecord = RawDocument | IngestError

INPUT_FORMATS: tuple[str, ...] = ("jsonl", "warc", "parquet")
# File-name endings that name an input format (checked after a trailing compression suffix is removed).
FORMAT_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "jsonl"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".parquet", "parquet"),
)
COMPRESSION_SUFFIXES: tuple[str, ...] = (".gz", ".bz2", ".zst", ".snappy")
# Hidden and bookkeeping files in input directories (Spark's _SUCCESS, .crc checksums).
SKIPPED_NAME_PREFIXES: tuple[str, ...] = ("_", ".")

# Keys of a JSONL/Parquet document record (GOLD_FORMAT.md batch form: {"id", "text", "published"};
# html, url, title and source are optional; other keys are ignored).
RECORD_STRING_KEYS: tuple[str, ...] = ("text", "html", "url", "title", "source")

# WARC records that hold documents, and the payload media types that are documents.
WARC_DOCUMENT_RECORD_TYPES: frozenset[str] = frozenset({"response", "resource", "conversion"})
WARC_HTML_MEDIA_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml"})
WARC_TEXT_MEDIA_TYPES: frozenset[str] = frozenset({"text/plain"})


def detect_input_format(spec: str) -> str:
    """'jsonl', 'warc' or 'parquet' from a path's ending; a directory or glob without one is Parquet."""
    name = spec.rstrip("/").lower()
    for compression in COMPRESSION_SUFFIXES:
        if name.endswith(compression):
            name = name[: -len(compression)]
            break
    for suffix, input_format in FORMAT_BY_SUFFIX:
        if name.endswith(suffix):
            return input_format
    return "parquet"


def parse_published(value: object) -> dt.date | None:
    """A record's publication date: an ISO date (or datetime) string or a date; anything else is None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def raw_document_from_record(record: dict[str, Any], item: str) -> InputRecord:
    """One JSONL/Parquet record as a RawDocument, the way `counterclaim extract --format jsonl` reads it."""
    record_id = record.get("id", record.get("source_id"))
    fields: dict[str, Any] = {}
    for key in RECORD_STRING_KEYS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return IngestError(item=item, reason="parse", message=f"field {key!r} is {type(value).__name__}, not a string")
        fields[key] = value
    return RawDocument(
        item=item,
        source_id=None if record_id is None else str(record_id),
        published=parse_published(record.get("published")),
        **fields,
    )


def raw_document_from_json_line(line: str, item: str) -> InputRecord:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return IngestError(item=item, reason="parse", message=f"invalid JSON: {error}")
    if not isinstance(record, dict):
        return IngestError(item=item, reason="parse", message=f"a JSON {type(record).__name__}, not an object")
    return raw_document_from_record(record, item)


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    parts = [part.strip() for part in content_type.split(";")]
    charset = None
    for part in parts[1:]:
        if part.lower().startswith("charset="):
            charset = part.split("=", 1)[1].strip("\"' ") or None
    return parts[0].lower(), charset


def raw_documents_from_warc(data: bytes, path: str) -> Iterator[InputRecord]:
    """The HTML and plain-text documents of one WARC (or WARC.gz) file's bytes; other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from counterclaim.sources.decoding import DecodeFailure, decode_bytes

    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            number += 1
            if record.rec_type not in WARC_DOCUMENT_RECORD_TYPES:
                continue
            item = f"{path}#{number}"
            if record.rec_type == "response" and record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type")
            else:
                content_type = record.rec_headers.get_header("Content-Type")
            media_type, charset = _media_type(content_type)
            if media_type not in WARC_HTML_MEDIA_TYPES and media_type not in WARC_TEXT_MEDIA_TYPES:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            try:
                text = decode_bytes(payload, charset)
            except DecodeFailure as failure:
                yield IngestError(item=item, reason=failure.reason, message=failure.message)
                continue
            is_html = media_type in WARC_HTML_MEDIA_TYPES
            yield RawDocument(item=item, url=url, html=text if is_html else None, text=None if is_html else text)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        yield IngestError(item=f"{path}#{number + 1}", reason="parse", message=f"unreadable WARC record: {error}")


def list_input_files(spark: SparkSession, spec: str) -> list[str]:
    """The files a path, directory or glob names, through the Hadoop FileSystem of its URI scheme."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(spec)
    filesystem = path.getFileSystem(conf)
    statuses = filesystem.globStatus(path)
    if not statuses:
        raise FileNotFoundError(f"no input matches {spec}")
    files: list[str] = []
    for status in statuses:
        if status.isDirectory():
            listing = filesystem.listFiles(status.getPath(), True)
            while listing.hasNext():
                found = listing.next().getPath()
                if not found.getName().startswith(SKIPPED_NAME_PREFIXES):
                    files.append(found.toString())
        else:
            files.append(status.getPath().toString())
    return sorted(files)


def read_jsonl(spark: SparkSession, specs: Sequence[str]) -> RDD[InputRecord]:
    """JSONL lines, split by Hadoop (large files are read in parallel); items are 'FILE@BYTE_OFFSET'."""
    context = spark.sparkContext
    rdds = []
    for spec in specs:
        for file in list_input_files(spark, spec):
            lines = context.newAPIHadoopFile(
                file,
                "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
                "org.apache.hadoop.io.LongWritable",
                "org.apache.hadoop.io.Text",
            )
            rdds.append(
                lines.filter(lambda pair: bool(pair[1].strip())).map(
                    lambda pair, file=file: raw_document_from_json_line(pair[1], f"{file}@{pair[0]}")
                )
            )
    return context.union(rdds) if rdds else context.emptyRDD()


def read_warc(spark: SparkSession, specs: Sequence[str]) -> RDD[InputRecord]:
    """WARC/WARC.gz files, one whole file per task (binaryFiles), records parsed with warcio."""
    data = spark.sparkContext.binaryFiles(",".join(specs))
    return data.flatMap(lambda pair: raw_documents_from_warc(bytes(pair[1]), pair[0]))


def read_parquet(spark: SparkSession, specs: Sequence[str]) -> RDD[InputRecord]:
    """Parquet tables of documents with the JSONL record's columns; items are 'FILE#ID' or 'FILE#rowN'."""
    from pyspark.sql import functions as F

    frame = spark.read.parquet(*specs)
    wanted = ["id", "source_id", *RECORD_STRING_KEYS, "published"]
    columns = [F.col(name) if name != "published" else F.col(name).cast("string") for name in wanted if name in frame.columns]
    selected = frame.select(
        *columns,
        F.col("_metadata.file_path").alias("_file"),
        F.monotonically_increasing_id().alias("_row"),
    )

    def to_raw(row: Any) -> InputRecord:
        record = row.asDict()
        file, row_number = record.pop("_file"), record.pop("_row")
        record_id = record.get("id", record.get("source_id"))
        item = f"{file}#{record_id}" if record_id is not None else f"{file}#row{row_number}"
        return raw_document_from_record(record, item)

    return selected.rdd.map(to_raw)


def read_raw_documents(spark: SparkSession, specs: Sequence[str], input_format: str = "auto") -> RDD[InputRecord]:
    """All inputs as one RDD; `input_format` 'auto' picks each input's format by its name."""
    by_format: dict[str, list[str]] = {}
    for spec in specs:
        list_input_files(spark, spec)  # a clear FileNotFoundError before any job starts
        chosen = detect_input_format(spec) if input_format == "auto" else input_format
        if chosen not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {chosen!r}; expected one of {', '.join(INPUT_FORMATS)}")
        by_format.setdefault(chosen, []).append(spec)
    readers = {"jsonl": read_jsonl, "warc": read_warc, "parquet": read_parquet}
    rdds = [readers[name](spark, group) for name, group in sorted(by_format.items())]
    if not rdds:
        return spark.sparkContext.emptyRDD()
    return rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)
