"""Throughput of `spark-extract` on local[1] and local[2] against the single-process CLI, same input.

Prints docs/s and ratios; writes nothing into the repository. Input: the synthetic corpus of
tests/synthetic_news.py (short templated documents, ~30% HTML), N documents.

    .venv/bin/python benchmarks/spark.py --documents 1000

Figures: single process = `counterclaim extract --format jsonl FILE` wall clock (start-up included)
and, in-process, the warm per-document cost of prepare_document + extract_claims. Spark = one job
per master, run twice in the same session: "cold" (Python workers start and load the extractor)
and "warm" (workers reused); session start-up (JVM) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))

from synthetic_news import synthetic_corpus, write_jsonl  # noqa: E402


def single_process_cli(jsonl: Path) -> tuple[float, int]:
    """Seconds for `counterclaim extract --format jsonl` and the claims it printed."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "counterclaim", "extract", "--format", "jsonl", str(jsonl)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    claims = sum(len(json.loads(line)["claims"]) for line in completed.stdout.splitlines() if line.strip())
    return seconds, claims


def in_process_cost(jsonl: Path) -> float:
    """Warm seconds per document of prepare_document + extract_claims in this process."""
    from counterclaim.clean import prepare_document
    from counterclaim.extract import extract_claims
    from counterclaim.records import IngestError
    from counterclaim.spark.readers import raw_document_from_json_line

    lines = [line for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    raws = [raw_document_from_json_line(line, f"doc@{number}") for number, line in enumerate(lines)]
    warm_up = raws[0]
    if not isinstance(warm_up, IngestError):
        document = prepare_document(warm_up)
        if not isinstance(document, IngestError):
            extract_claims(document)
    started = time.perf_counter()
    for raw in raws:
        if isinstance(raw, IngestError):
            continue
        document = prepare_document(raw)
        if not isinstance(document, IngestError):
            extract_claims(document)
    return (time.perf_counter() - started) / len(raws)


def spark_runs(jsonl: Path, master: str, workdir: Path) -> dict[str, float]:
    from counterclaim.spark.job import create_session, run_spark_extract

    started = time.perf_counter()
    spark = create_session(master, {"spark.ui.enabled": "false"}, app_name=f"counterclaim-bench-{master}")
    spark.sparkContext.setLogLevel("ERROR")
    figures = {"session_start_s": time.perf_counter() - started}
    try:
        for run in ("cold", "warm"):
            started = time.perf_counter()
            summary = run_spark_extract(spark, [str(jsonl)], str(workdir / f"{master}-{run}"), overwrite=True)
            figures[f"{run}_s"] = time.perf_counter() - started
            figures["claims"] = summary["claims"]
            figures["partitions"] = summary["partitions"]
    finally:
        spark.stop()
    return figures


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="counterclaim-spark-bench-") as scratch:
        workdir = Path(scratch)
        jsonl = write_jsonl(synthetic_corpus(args.documents), workdir / "corpus.jsonl")
        size_mb = jsonl.stat().st_size / 1e6
        n = args.documents
        print(f"input: {n} synthetic documents, {size_mb:.1f} MB JSONL; {os.cpu_count()} cores, {_load()}")
        per_document = in_process_cost(jsonl)
        print(f"single process, warm in-process cost: {per_document * 1000:.2f} ms/doc ({1 / per_document:.1f} docs/s); {_load()}")

        # The machine may be shared: the CLI baseline is re-measured next to every Spark run, and each
        # ratio uses the mean of the baselines just before and just after that run.
        cli_seconds, cli_claims = single_process_cli(jsonl)
        print(f"single process CLI `extract --format jsonl`: {cli_seconds:.1f} s, {n / cli_seconds:.1f} docs/s, {cli_claims} claims; {_load()}")
        for master in args.masters:
            figures = spark_runs(jsonl, master, workdir)
            after_seconds, _ = single_process_cli(jsonl)
            print(f"single process CLI again: {after_seconds:.1f} s, {n / after_seconds:.1f} docs/s; {_load()}")
            cli_rate = n / ((cli_seconds + after_seconds) / 2)
            cli_seconds = after_seconds
            cold_rate, warm_rate = n / figures["cold_s"], n / figures["warm_s"]
            same = "same claims" if figures["claims"] == cli_claims else f"CLAIMS DIFFER: {figures['claims']}"
            print(
                f"spark {master}: session start {figures['session_start_s']:.1f} s; "
                f"cold job {figures['cold_s']:.1f} s = {cold_rate:.1f} docs/s (x{cold_rate / cli_rate:.2f} CLI); "
                f"warm job {figures['warm_s']:.1f} s = {warm_rate:.1f} docs/s (x{warm_rate / cli_rate:.2f} CLI); "
                f"{int(figures['partitions'])} partitions; {same}; {_load()}"
            )


if __name__ == "__main__":
    main()
