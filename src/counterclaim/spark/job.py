"""The Spark job: read inputs, clean and extract per partition, write Parquet tables and a run summary.

Per document it calls the very same `prepare_document` and `extract_claims` as the CLI; Spark only
distributes the work. Bad records become rows of the failures table and never stop the job.
Run it with `counterclaim spark-extract`, or with spark-submit on this file (see README).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from counterclaim.records import IngestError
from counterclaim.spark.readers import InputRecord, read_raw_documents
from counterclaim.spark.rows import (
    CLAIM_COLUMNS,
    CLAIMS_TABLE,
    DOCUMENT_COLUMNS,
    DOCUMENTS_TABLE,
    FAILURE_COLUMNS,
    FAILURES_TABLE,
    MONTH_COLUMN,
    SPARK_OUTPUT_FORMAT,
    SPARK_OUTPUT_FORMAT_VERSION,
    SPARK_OUTPUT_MARKER,
    ClaimRow,
    DocumentRow,
    FailureRow,
    claim_rows,
    document_row,
    failure_row,
    summary_json,
)

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

# One result per input record: the document row, its claim rows, or the failure row.
ResultRow = tuple[DocumentRow | None, list[ClaimRow], FailureRow | None]

# Input partitions per core when the input arrives in fewer (one small file is one split):
# several per core so that a slow partition does not leave the other cores idle.
PARTITIONS_PER_CORE = 4
# Settings for a session the job starts itself (spark-submit's and --conf's take precedence).
DEFAULT_SESSION_CONF: dict[str, str] = {
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
}


def process_record(record: InputRecord, extractor: str | None = None) -> ResultRow:
    """Clean and extract one record with the CLI's functions and the registry's extractor `extractor`;
    any failure becomes a failure row."""
    from counterclaim.clean import prepare_document
    from counterclaim.extract import get_extractor

    if isinstance(record, IngestError):
        return None, [], failure_row(record, "read")
    try:
        document = prepare_document(record)
    except Exception as error:  # a crash on one document must not kill the job
        return None, [], failure_row(_crash(record.item, "clean", error), "clean", record.source_id)
    if isinstance(document, IngestError):
        return None, [], failure_row(document, "clean", record.source_id)
    try:
        engine = get_extractor(extractor)
        claims = engine.extract(document)
    except Exception as error:
        return None, [], failure_row(_crash(record.item, "extract", error), "extract", record.source_id)
    return (
        document_row(document, engine.version),
        claim_rows(document, claims, engine.version),
        None,
    )


def _crash(item: str, reason: str, error: Exception) -> IngestError:
    return IngestError(item=item, reason=reason, message=f"{type(error).__name__}: {error}"[:1000])


def process_partition(records: Iterable[InputRecord], extractor: str | None = None) -> Iterator[ResultRow]:
    """The per-partition function Spark runs on executors (the extractor travels by name)."""
    for record in records:
        yield process_record(record, extractor)


def _spark_struct(columns: tuple[tuple[str, str], ...]) -> StructType:
    from pyspark.sql import types as T

    kinds: dict[str, Any] = {
        "string": T.StringType(),
        "date": T.DateType(),
        "int": T.IntegerType(),
        "long": T.LongType(),
        "bool": T.BooleanType(),
        "double": T.DoubleType(),
        "segments": T.ArrayType(T.ArrayType(T.LongType(), False), False),
    }
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in columns])


def result_schema() -> StructType:
    from pyspark.sql import types as T

    return T.StructType(
        [
            T.StructField("document", _spark_struct(DOCUMENT_COLUMNS), True),
            T.StructField("claims", T.ArrayType(_spark_struct(CLAIM_COLUMNS), False), False),
            T.StructField("failure", _spark_struct(FAILURE_COLUMNS), True),
        ]
    )


def create_session(master: str | None = None, conf: dict[str, str] | None = None, app_name: str = "counterclaim") -> SparkSession:
    """A SparkSession; `master` None keeps what spark-submit set (plain Python defaults to local[*])."""
    from pyspark.sql import SparkSession

    launched_by_spark_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    local = master is None or master.startswith("local")
    if local and not launched_by_spark_submit and "PYSPARK_PYTHON" not in os.environ:
        # Local workers must run this interpreter (the one with counterclaim installed); under
        # spark-submit, PYSPARK_PYTHON / spark.pyspark.python say which one (see README).
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in {**DEFAULT_SESSION_CONF, **(conf or {})}.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _hadoop_path(spark: SparkSession, uri: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    path = jvm.org.apache.hadoop.fs.Path(uri)
    return path, path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def _prepare_output(spark: SparkSession, out: str, overwrite: bool) -> None:
    path, filesystem = _hadoop_path(spark, out)
    if filesystem.exists(path):
        if not overwrite:
            raise FileExistsError(f"{out} exists; pass overwrite=True (--overwrite) to replace it")
        filesystem.delete(path, True)


def _write_text(spark: SparkSession, uri: str, text: str) -> None:
    path, filesystem = _hadoop_path(spark, uri)
    stream = filesystem.create(path, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()


def _child(out: str, name: str) -> str:
    return out.rstrip("/") + "/" + name


def run_spark_extract(
    spark: SparkSession,
    inputs: Sequence[str],
    out: str,
    *,
    input_format: str = "auto",
    partitions: int | None = None,
    overwrite: bool = False,
    extractor: str | None = None,
) -> dict[str, Any]:
    """Extract claims from `inputs` into `out` with the registry's extractor `extractor` (None: the
    default): documents/, claims/, failures/ and the summary marker.

    Returns the run summary (also written to `out/_counterclaim_spark.json`, last, so that its
    presence means the output is complete).
    """
    started = time.perf_counter()
    records = read_raw_documents(spark, inputs, input_format)  # lazy; fails now on a missing input
    _prepare_output(spark, out, overwrite)
    target = partitions or spark.sparkContext.defaultParallelism * PARTITIONS_PER_CORE
    if partitions is not None or records.getNumPartitions() < target:
        records = records.repartition(target)
    from counterclaim.extract import get_extractor

    engine = get_extractor(extractor)
    name = engine.name
    results = spark.createDataFrame(records.mapPartitions(lambda part: process_partition(part, name)),
                                    result_schema(), verifySchema=False)
    run = {"inputs": list(inputs), "partitions": records.getNumPartitions(), "extractor_version": engine.version}
    return write_spark_output(spark, results, out, run, started)


def write_spark_output(
    spark: SparkSession, results: DataFrame, out: str, run: dict[str, Any], started: float | None = None
) -> dict[str, Any]:
    """Write a frame of `result_schema()` rows as the output tables, then the summary marker.

    The frame is computed once (persisted) and read by one counting pass and the three table writes.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from counterclaim import __version__
    from counterclaim.extract import get_extractor

    started = time.perf_counter() if started is None else started
    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        # One pass for every count of the summary: (kind, key) -> rows, claims.
        tallies = (
            results.select(
                F.when(F.col("document").isNotNull(), F.lit("document")).otherwise(F.lit("failure")).alias("kind"),
                F.coalesce(F.col(f"document.{MONTH_COLUMN}"), F.col("failure.reason")).alias("key"),
                F.size("claims").alias("claims"),
            )
            .groupBy("kind", "key")
            .agg(F.count(F.lit(1)).alias("rows"), F.sum("claims").alias("claims"))
            .collect()
        )
        documents_by_month = {row["key"]: row["rows"] for row in tallies if row["kind"] == "document"}
        failures_by_reason = {row["key"]: row["rows"] for row in tallies if row["kind"] == "failure"}
        claims_total = sum(row["claims"] or 0 for row in tallies)
        documents = results.where(F.col("document").isNotNull()).select("document.*")
        documents.write.partitionBy(MONTH_COLUMN).parquet(_child(out, DOCUMENTS_TABLE))
        claims = results.select(F.explode("claims").alias("claim")).select("claim.*")
        claims.write.partitionBy(MONTH_COLUMN).parquet(_child(out, CLAIMS_TABLE))
        results.where(F.col("failure").isNotNull()).select("failure.*").write.parquet(_child(out, FAILURES_TABLE))
    finally:
        results.unpersist()
    seconds = time.perf_counter() - started
    documents_total, failures_total = sum(documents_by_month.values()), sum(failures_by_reason.values())
    processed = documents_total + failures_total
    summary: dict[str, Any] = {
        "format": SPARK_OUTPUT_FORMAT,
        "format_version": SPARK_OUTPUT_FORMAT_VERSION,
        "counterclaim_version": __version__,
        "extractor_version": run.get("extractor_version") or get_extractor().version,
        "spark_version": spark.version,
        "master": spark.sparkContext.master,
        **run,
        "records": processed,
        "documents": documents_total,
        "claims": claims_total,
        "failures": {"total": failures_total, "by_reason": dict(sorted(failures_by_reason.items()))},
        "documents_by_month": dict(sorted(documents_by_month.items())),
        "seconds": round(seconds, 3),
        "records_per_second": round(processed / seconds, 2) if seconds > 0 else None,
        "tables": {"documents": DOCUMENTS_TABLE, "claims": CLAIMS_TABLE, "failures": FAILURES_TABLE},
    }
    _write_text(spark, _child(out, SPARK_OUTPUT_MARKER), summary_json(summary))
    return summary


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point for `spark-submit .../counterclaim/spark/job.py INPUT... --out DIR`."""
    from counterclaim.cli import app

    app(["spark-extract", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
