"""Spark readers: JSONL, WARC(.gz) and Parquet inputs on any Hadoop-compatible URI -> RawDocuments.

Records are parsed by the very functions `counterclaim ingest` uses (counterclaim.sources.jsonl and
.warc); Spark only splits and distributes the input. Each reader yields `RawDocument` or, for a record
that cannot be read, an `IngestError` for the failures table. No cleaning or extraction here (job.py).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from counterclaim.records import IngestError, RawDocument
from counterclaim.sources.options import SourceOptions

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

# Columns of a Parquet table of documents: the keys of a JSONL record (sources/jsonl.py).
PARQUET_DOCUMENT_COLUMNS: tuple[str, ...] = ("id", "text", "html", "url", "title", "source", "published")


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


def _renamed(record: InputRecord, item: str) -> InputRecord:
    return record.model_copy(update={"item": item})


def raw_document_from_json_line(line: str, item: str, options: SourceOptions | None = None) -> InputRecord:
    """One JSONL line, read by sources.jsonl exactly as `counterclaim ingest` reads it, named `item`."""
    from counterclaim.sources.jsonl import read_jsonl_lines

    parsed = list(read_jsonl_lines(item, [line.encode("utf-8")], options or SourceOptions()))
    return _renamed(parsed[0], item)  # blank lines are filtered before, so there is exactly one


def raw_document_from_record(record: dict[str, Any], item: str, options: SourceOptions | None = None) -> InputRecord:
    """One Parquet row as a RawDocument, through the JSONL record mapping (sources.jsonl)."""
    from counterclaim.sources.decoding import DecodeFailure
    from counterclaim.sources.jsonl import document_from_json
    from counterclaim.sources.options import with_defaults

    try:
        return with_defaults(document_from_json(item, record), options or SourceOptions())
    except DecodeFailure as exc:
        return IngestError(item=item, reason=exc.reason, message=exc.message)
    except ValueError as exc:
        return IngestError(item=item, reason="parse", message=f"bad document row: {exc}")


def raw_documents_from_warc(data: bytes, uri: str, options: SourceOptions | None = None) -> Iterator[InputRecord]:
    """The HTML documents of one WARC(.gz) file's bytes, read by sources.warc; items are `URI@OFFSET`.

    The bytes go to a local temporary file because sources.warc reads (and skips corrupt records
    in) a seekable file; executors have local scratch space for exactly this.
    """
    from counterclaim.sources.warc import read_warc_file

    suffix = ".warc.gz" if data[:2] == b"\x1f\x8b" else ".warc"
    with tempfile.NamedTemporaryFile(suffix=suffix) as scratch:
        scratch.write(data)
        scratch.flush()
        for record in read_warc_file(scratch.name, options or SourceOptions()):
            yield _renamed(record, uri + record.item[len(scratch.name) :])


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


def _number_lines(rows: Iterable[Any], first_lines: dict[tuple[str, int], int]) -> Iterator[tuple[str, int, str]]:
    """(file, line number, text) for rows of whole input splits, each split's rows in file order."""
    counters: dict[tuple[str, int], int] = {}
    for row in rows:
        split = (row["file"], row["block"])
        index = counters.get(split, 0)
        counters[split] = index + 1
        yield row["file"], first_lines[split] + index, row["value"]


def read_jsonl(spark: SparkSession, specs: Sequence[str], options: SourceOptions) -> RDD[InputRecord]:
    """JSONL lines, split by Spark (large files are read in parallel); items are 'FILE:LINE' as in ingest.

    Line numbers cost one cheap extra scan: the line count of every input split, so that each
    split knows the number of its first line.
    """
    from pyspark.sql import functions as F

    files = [file for spec in specs for file in list_input_files(spark, spec)]
    lines = spark.read.text(files).select(
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("block"),
        F.col("value"),
    )
    counts: dict[str, list[tuple[int, int]]] = {}
    for row in lines.groupBy("file", "block").count().collect():
        counts.setdefault(row["file"], []).append((row["block"], row["count"]))
    first_lines: dict[tuple[str, int], int] = {}
    for file, splits in counts.items():
        next_line = 1
        for block, count in sorted(splits):
            first_lines[(file, block)] = next_line
            next_line += count
    shared = spark.sparkContext.broadcast(first_lines)
    return (
        lines.rdd.mapPartitions(lambda rows: _number_lines(rows, shared.value))
        .filter(lambda numbered: bool(numbered[2].strip()))
        .map(lambda numbered: raw_document_from_json_line(numbered[2], f"{numbered[0]}:{numbered[1]}", options))
    )


def read_warc(spark: SparkSession, specs: Sequence[str], options: SourceOptions) -> RDD[InputRecord]:
    """WARC/WARC.gz files, one whole file per task (binaryFiles), records parsed with warcio."""
    data = spark.sparkContext.binaryFiles(",".join(specs))
    return data.flatMap(lambda pair: raw_documents_from_warc(bytes(pair[1]), pair[0], options))


def read_parquet(spark: SparkSession, specs: Sequence[str], options: SourceOptions) -> RDD[InputRecord]:
    """Parquet tables of documents with the JSONL record's columns; items are 'FILE#ID' or 'FILE#rowN'."""
    from pyspark.sql import functions as F

    frame = spark.read.parquet(*specs)
    columns = [F.col(name).cast("string") for name in PARQUET_DOCUMENT_COLUMNS if name in frame.columns]
    selected = frame.select(
        *columns,
        F.col("_metadata.file_path").alias("_file"),
        F.monotonically_increasing_id().alias("_row"),
    )

    def to_raw(row: Any) -> InputRecord:
        record = row.asDict()
        file, row_number = record.pop("_file"), record.pop("_row")
        record_id = record.get("id")
        item = f"{file}#{record_id}" if record_id is not None else f"{file}#row{row_number}"
        return raw_document_from_record(record, item, options)

    return selected.rdd.map(to_raw)


def read_raw_documents(
    spark: SparkSession, specs: Sequence[str], input_format: str = "auto", options: SourceOptions | None = None
) -> RDD[InputRecord]:
    """All inputs as one RDD; `input_format` 'auto' picks each input's format by its name."""
    options = options or SourceOptions()
    by_format: dict[str, list[str]] = {}
    for spec in specs:
        list_input_files(spark, spec)  # a clear FileNotFoundError before any job starts
        chosen = detect_input_format(spec) if input_format == "auto" else input_format
        if chosen not in INPUT_FORMATS:
            raise ValueError(f"unknown input format {chosen!r}; expected one of {', '.join(INPUT_FORMATS)}")
        by_format.setdefault(chosen, []).append(spec)
    readers = {"jsonl": read_jsonl, "warc": read_warc, "parquet": read_parquet}
    rdds = [readers[name](spark, group, options) for name, group in sorted(by_format.items())]
    if not rdds:
        return spark.sparkContext.emptyRDD()
    return rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)
