"""Corpus-scale extraction on Apache Spark, and loading its Parquet output back.

`job.run_spark_extract` (needs pyspark) runs the same cleaning and extraction as the CLI per
partition; `iter_spark_output` (needs only pyarrow) reads the result as (Document, claims) pairs.
"""

from counterclaim.spark.output import (
    NotSparkOutput,
    is_spark_output,
    iter_spark_failures,
    iter_spark_output,
    read_spark_summary,
)
from counterclaim.spark.rows import SPARK_OUTPUT_MARKER

__all__ = [
    "SPARK_OUTPUT_MARKER",
    "NotSparkOutput",
    "is_spark_output",
    "iter_spark_failures",
    "iter_spark_output",
    "read_spark_summary",
]
