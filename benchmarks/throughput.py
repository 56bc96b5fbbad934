"""Throughput, peak memory and determinism of `counterclaim extract --format jsonl`, beside a floor.

Corpus: one JSONL of {id, text, published} built in a temporary folder from ../shared (every gold
article's text: the dev articles and the seed; then the ACLED dev notes, without ACLED's coding).

Ours: the real CLI, `counterclaim extract --format jsonl CORPUS`, in ONE child process; the time is
wall-clock from spawn to exit, so interpreter start, imports and model/lexicon loading are included.

Floor: what it costs at the very least to read such documents as a web page and tokenize them, measured
in the same run on the same texts, also in ONE child process with start-up included: each text is
wrapped as a minimal HTML page (one <p> per line, HTML-escaped), given to `trafilatura.extract`, and
its result (or the text itself when trafilatura returns nothing) is tokenized with spaCy's blank
English tokenizer (`spacy.blank("en")`, no model). The child prints one token count per document.

Ratio = our docs/s divided by the floor's docs/s (target >= 0.5). Each side runs --repeat times
(alternating) and the fastest run counts, as the machine is shared. Peak memory is the child's
ru_maxrss (os.wait4, so one child's figure never mixes with another's). Determinism: the bytes of
our output must be identical on every run.

usage: python benchmarks/throughput.py [--shared DIR] [--acled-limit N] [--repeat 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from shared_data import shared_dir, throughput_documents


@dataclass
class ChildRun:
    seconds: float
    peak_mb: float
    exit_code: int
    output_sha256: str
    output_lines: int
    stderr_tail: str


def run_child(command: list[str], workdir: Path, name: str = "child") -> ChildRun:
    """Run one child to completion; wall time, its own peak RSS, and a digest of its stdout (kept in
    workdir/NAME.out)."""
    out_path, err_path = workdir / f"{name}.out", workdir / f"{name}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4; keep Popen consistent
    data = out_path.read_bytes()
    return ChildRun(seconds, usage.ru_maxrss / 1024, child.returncode, hashlib.sha256(data).hexdigest(),
                    data.count(b"\n"), err_path.read_text(errors="replace")[-800:])


def first_differing_line(outputs: list[Path]) -> str | None:
    """The first output line that differs between runs, from each run (shortened), or None."""
    runs = [path.read_text(encoding="utf-8", errors="replace").splitlines() for path in outputs]
    for number, lines in enumerate(zip(*runs, strict=False), 1):
        if len(set(lines)) > 1:
            return "\n".join(f"  run {i + 1}, line {number}: {line[:600]}" for i, line in enumerate(lines))
    return None


def floor_worker(corpus: Path) -> None:
    """The floor's child: HTML-wrap, trafilatura.extract, spaCy blank tokenizer; one count per document."""
    import html

    import spacy
    import trafilatura

    tokenizer = spacy.blank("en").tokenizer
    out = sys.stdout
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"] or ""
            paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.splitlines() if p.strip())
            page = f"<html><head><title>{html.escape(str(record['id']))}</title></head><body><article>\n{paragraphs}</article></body></html>"
            extracted = trafilatura.extract(page) or text
            out.write(f"{record['id']}\t{len(tokenizer(extracted))}\n")


def counterclaim_command() -> list[str]:
    beside = Path(sys.executable).parent / "counterclaim"
    found = str(beside) if beside.exists() else shutil.which("counterclaim")
    if not found:
        raise SystemExit("throughput: the counterclaim command is not installed (pip install -e .)")
    return [found]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", help="the shared data folder (default: $COUNTERCLAIM_SHARED or ../shared)")
    parser.add_argument("--acled-limit", type=int, default=0, help="use only the first N ACLED notes (0: all)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side (>= 2 for the determinism check)")
    parser.add_argument("--floor-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor_worker:
        floor_worker(args.floor_worker)
        return 0

    shared = shared_dir(args.shared)
    try:
        documents = throughput_documents(shared, args.acled_limit)
    except OSError as exc:
        print(f"throughput: cannot build the corpus from {shared}: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="counterclaim-throughput-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
        ours_command = [*counterclaim_command(), "extract", "--format", "jsonl", str(corpus)]
        floor_command = [sys.executable, str(Path(__file__).resolve()), "--floor-worker", str(corpus)]
        ours_runs, floor_runs = [], []
        for run in range(max(args.repeat, 1)):
            floor_runs.append(run_child(floor_command, workdir, f"floor{run}"))
            ours_runs.append(run_child(ours_command, workdir, f"ours{run}"))
        first_difference = first_differing_line([workdir / f"ours{run}.out" for run in range(len(ours_runs))])

    n = len(documents)
    chars = sum(len(d["text"] or "") for d in documents)
    for name, runs in (("counterclaim", ours_runs), ("floor", floor_runs)):
        bad = [r for r in runs if r.exit_code != 0 or r.output_lines != n]
        if bad:
            print(f"{name}: FAILED (exit {bad[0].exit_code}, {bad[0].output_lines}/{n} lines): {bad[0].stderr_tail}")
            return 1
    ours, floor = min(ours_runs, key=lambda r: r.seconds), min(floor_runs, key=lambda r: r.seconds)
    ours_rate, floor_rate = n / ours.seconds, n / floor.seconds
    identical = len({r.output_sha256 for r in ours_runs}) == 1
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}; "
          f"corpus: {n} documents, {chars} characters; best of {len(ours_runs)} runs each, start-up included")
    print(f"counterclaim extract --format jsonl: {ours.seconds:.2f} s, {ours_rate:.1f} docs/s, peak {ours.peak_mb:.0f} MB "
          f"(runs: {', '.join(f'{r.seconds:.2f}' for r in ours_runs)} s)")
    print(f"floor (trafilatura + spaCy blank tokenizer): {floor.seconds:.2f} s, {floor_rate:.1f} docs/s, "
          f"peak {floor.peak_mb:.0f} MB (runs: {', '.join(f'{r.seconds:.2f}' for r in floor_runs)} s)")
    print(f"output byte-identical across {len(ours_runs)} runs: {'yes' if identical else 'NO'}")
    if first_difference:
        print(f"first difference:\n{first_difference}")
    print(f"ratio={ours_rate / floor_rate:.2f} docs_per_s={ours_rate:.1f} floor_docs_per_s={floor_rate:.1f} "
          f"peak_mb={ours.peak_mb:.0f} identical={'yes' if identical else 'no'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
