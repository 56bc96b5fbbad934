"""Peak memory of `counterclaim extract --format jsonl` on the benchmark corpus, and on it repeated N times.

The child's own ru_maxrss (os.wait4) is reported for one pass over the corpus (the throughput corpus:
gold article texts and ACLED notes from ../shared) and for N passes in one input file (ids made unique):
a batch is processed as a stream, so the peak should not grow with the number of documents.
Target: peak < 500 MB.

usage: python benchmarks/memory.py [--shared DIR] [--times 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from shared_data import shared_dir, throughput_documents
from throughput import counterclaim_command, run_child

PEAK_TARGET_MB = 500


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", help="the shared data folder (default: $COUNTERCLAIM_SHARED or ../shared)")
    parser.add_argument("--times", type=int, default=5, help="passes over the corpus in the large input")
    args = parser.parse_args(argv)
    documents = throughput_documents(shared_dir(args.shared))
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="counterclaim-memory-") as tmp:
        workdir = Path(tmp)
        for times in (1, max(args.times, 1)):
            corpus = workdir / f"corpus_x{times}.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for n in range(times):
                    for d in documents:
                        out.write(json.dumps({**d, "id": f"{d['id']}#{n}"}, ensure_ascii=False) + "\n")
            run = run_child([*counterclaim_command(), "extract", "--format", "jsonl", str(corpus)], workdir)
            if run.exit_code != 0 or run.output_lines != len(documents) * times:
                print(f"x{times}: FAILED (exit {run.exit_code}, {run.output_lines} lines): {run.stderr_tail}")
                return 1
            peaks[times] = run.peak_mb
            print(f"x{times}: {len(documents) * times} documents, {run.seconds:.1f} s, peak {run.peak_mb:.0f} MB")
    small, large = peaks[1], peaks[max(args.times, 1)]
    print(f"peak_mb={max(peaks.values()):.0f} growth_mb={large - small:+.0f} target_mb={PEAK_TARGET_MB} "
          f"{'ok' if max(peaks.values()) < PEAK_TARGET_MB else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
