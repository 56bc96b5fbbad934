"""`counterclaim spark-extract`: the extraction as an Apache Spark job over JSONL, WARC or Parquet inputs."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from counterclaim.cli.app import EXTRACTOR_HELP, app, chosen_extractor


class SparkInputFormat(StrEnum):
    auto = "auto"
    jsonl = "jsonl"
    warc = "warc"
    parquet = "parquet"


def _parse_conf(pairs: list[str]) -> dict[str, str]:
    conf: dict[str, str] = {}
    for pair in pairs:
        key, separator, value = pair.partition("=")
        if not separator or not key:
            raise typer.BadParameter(f"{pair!r}: expected KEY=VALUE", param_hint="--conf")
        conf[key.strip()] = value
    return conf


@app.command("spark-extract")
def spark_extract(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, WARC(.gz) or Parquet files, directories or globs; any Hadoop URI")],
    out: Annotated[str, typer.Option("--out", "-o", help="output directory (local path or Hadoop URI)")],
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master, e.g. local\\[2]; default local\\[*] or spark-submit's")
    ] = None,
    input_format: Annotated[SparkInputFormat, typer.Option("--input-format", help="auto: by file name")] = SparkInputFormat.auto,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="repartition the input into N partitions")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace an existing output directory")] = False,
    conf: Annotated[list[str] | None, typer.Option("--conf", help="Spark setting KEY=VALUE (repeatable)")] = None,
    extractor: Annotated[str | None, typer.Option("--extractor", help=EXTRACTOR_HELP)] = None,
) -> None:
    """Clean and extract claims at corpus scale with Apache Spark (pip install 'counterclaim\\[spark]').

    Writes DIR/documents and DIR/claims (Parquet, partitioned by publication month), DIR/failures
    and the run summary DIR/_counterclaim_spark.json. Load it with `counterclaim ingest DIR`.

    Examples:

      counterclaim spark-extract batch.jsonl --out claims-spark --master 'local\\[2]'

      counterclaim spark-extract 'crawl/*.warc.gz' --out hdfs:///claims/2020-09
    """
    try:
        from counterclaim.spark.job import create_session, run_spark_extract
    except ImportError as error:
        typer.echo(f"spark-extract needs PySpark: pip install 'counterclaim[spark]' ({error})", err=True)
        raise typer.Exit(2) from error
    from pyspark.sql import SparkSession

    extractor_name = chosen_extractor(extractor).name
    owns_session = SparkSession.getActiveSession() is None
    spark = create_session(master, _parse_conf(conf or []))
    if owns_session:
        spark.sparkContext.setLogLevel("ERROR")
    try:
        summary = run_spark_extract(
            spark, inputs, out, input_format=input_format.value, partitions=partitions, overwrite=overwrite,
            extractor=extractor_name,
        )
    except (FileNotFoundError, FileExistsError, ValueError) as error:
        typer.echo(f"spark-extract: {error}", err=True)
        raise typer.Exit(2) from error
    finally:
        if owns_session:
            spark.stop()
    failures = summary["failures"]
    reasons = ", ".join(f"{reason} {count}" for reason, count in failures["by_reason"].items())
    typer.echo(
        f"{summary['documents']} documents, {summary['claims']} claims, {failures['total']} failures"
        + (f" ({reasons})" if reasons else "")
        + f" in {summary['seconds']:.1f} s on {summary['master']} -> {out}"
    )
