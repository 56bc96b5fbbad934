"""Throughput, peak memory and determinism of `counterclaim extract --format jsonl`, beside its components.

Corpus: one JSONL of {id, text, published} built in a temporary folder from ../shared: every gold
article's text (the dev articles and the seed); `--acled` adds the ACLED dev notes (short texts that
flatter docs/s), without ACLED's coding.

Ours: the real CLI, `counterclaim extract --format jsonl CORPUS`, in ONE child process, then with
`--jobs 2`; the time is wall-clock from spawn to exit, so interpreter start, imports and model and
lexicon loading are included.

Components: what the statistical pipeline we load costs alone, also in ONE child process with start-up
included: the same spaCy model with the same components (counterclaim/extract/syntax.py, loaded without
its package, so without the rule engine's imports) over the WHOLE texts, every sentence, printing one
token count per document. We parse only the sentences that hold a
draft claim, so the ratio (our time / the components' time) shows what the rules, the gazetteer and
cleaning add on top (target <= 1.5).

Ours runs with the rules' compiled regular expressions read from the cache folder (extract/regex_programs.py, as
every run after the first); one more run with COUNTERCLAIM_REGEX_CACHE=0 shows a first run's start-up.

Each side runs --repeat times (alternating) and the fastest run counts, as the machine is shared. Runs
of ours use different PYTHONHASHSEED values, and their output bytes must be identical. Peak memory is
the child's ru_maxrss (os.wait4, so one child's figure never mixes with another's). Beside each wall
time the child's CPU time is printed (user + system, its --jobs workers included): on a busy machine
wall times stretch with the load, CPU times much less, so they tell whether a slow figure is the code's.
Targets (issue 10): >= 25 docs/s, ratio <= 1.5, --jobs 2 >= 1.7x one process, peak < 800 MB, identical.

usage: python benchmarks/throughput.py [--shared DIR] [--acled [--acled-limit N]] [--repeat 2]
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import importlib.util
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

from shared_data import REPO_ROOT, shared_dir, throughput_documents

SYNTAX_MODULE = REPO_ROOT / "src" / "counterclaim" / "extract" / "syntax.py"


@dataclass
class ChildRun:
    seconds: float
    cpu_seconds: float  # user + system time of the child and of the workers it waited for
    peak_mb: float
    exit_code: int
    output_sha256: str
    output_lines: int
    stderr_tail: str


def run_child(command: list[str], workdir: Path, name: str = "child", hash_seed: str = "0", env: dict[str, str] | None = None) -> ChildRun:
    """Run one child to completion; wall time, its own peak RSS, and a digest of its stdout (kept in
    workdir/NAME.out). `hash_seed` is the child's PYTHONHASHSEED; `env` adds variables."""
    out_path, err_path = workdir / f"{name}.out", workdir / f"{name}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, env={**os.environ, "PYTHONHASHSEED": hash_seed, **(env or {})})
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4; keep Popen consistent
    data = out_path.read_bytes()
    return ChildRun(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode, hashlib.sha256(data).hexdigest(),
                    data.count(b"\n"), err_path.read_text(errors="replace")[-800:])


def first_differing_line(outputs: list[Path]) -> str | None:
    """The first output line that differs between runs, from each run (shortened), or None."""
    runs = [path.read_text(encoding="utf-8", errors="replace").splitlines() for path in outputs]
    for number, lines in enumerate(zip(*runs, strict=False), 1):
        if len(set(lines)) > 1:
            return "\n".join(f"  run {i + 1}, line {number}: {line[:600]}" for i, line in enumerate(lines))
    return None


def components_worker(corpus: Path) -> None:
    """The components' child: our spaCy pipeline over every whole text; one token count per document.

    The loader (counterclaim/extract/syntax.py, which needs only spaCy) is run as a module of its own:
    importing it through its package would import the whole rule engine and the records, start-up that
    is ours, not the components'."""
    spec = importlib.util.spec_from_file_location("syntax_alone", SYNTAX_MODULE)
    assert spec is not None and spec.loader is not None, SYNTAX_MODULE
    syntax = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(syntax)
    nlp = syntax.language_model()
    out = sys.stdout
    with corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    for record, doc in zip(records, nlp.pipe(r["text"] or "" for r in records), strict=True):
        out.write(f"{record['id']}\t{len(doc)}\n")


def counterclaim_command() -> list[str]:
    beside = Path(sys.executable).parent / "counterclaim"
    found = str(beside) if beside.exists() else shutil.which("counterclaim")
    if not found:
        raise SystemExit("throughput: the counterclaim command is not installed (pip install -e .)")
    return [found]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", help="the shared data folder (default: $COUNTERCLAIM_SHARED or ../shared)")
    parser.add_argument("--acled", action="store_true", help="add the ACLED dev notes to the corpus")
    parser.add_argument("--acled-limit", type=int, default=0, help="with --acled: only the first N notes (0: all)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side (>= 2 for the determinism check)")
    parser.add_argument("--components-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.components_worker:
        components_worker(args.components_worker)
        return 0

    shared = shared_dir(args.shared)
    try:
        documents = throughput_documents(shared, args.acled_limit, with_acled=args.acled)
    except OSError as exc:
        print(f"throughput: cannot build the corpus from {shared}: {exc}", file=sys.stderr)
        return 2
    # Our package's bytecode, as an installed package has it (pip compiles site-packages, and spaCy's files are
    # compiled): where PYTHONDONTWRITEBYTECODE is set, an editable checkout would otherwise be compiled on every run.
    compileall.compile_dir(str(REPO_ROOT / "src"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="counterclaim-throughput-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
        ours_command = [*counterclaim_command(), "extract", "--format", "jsonl", str(corpus)]
        components_command = [sys.executable, str(Path(__file__).resolve()), "--components-worker", str(corpus)]
        ours_runs, jobs_runs, component_runs = [], [], []
        for run in range(max(args.repeat, 1)):
            component_runs.append(run_child(components_command, workdir, f"components{run}"))
            ours_runs.append(run_child(ours_command, workdir, f"ours{run}", hash_seed=str(run * 7919 + 1)))
            jobs_runs.append(run_child([*ours_command, "--jobs", "2"], workdir, f"jobs{run}", hash_seed=str(run + 3)))
        # once with the rules' regular expressions compiled at start-up, as on a first run (no regex cache)
        uncached = run_child(ours_command, workdir, "uncached", env={"COUNTERCLAIM_REGEX_CACHE": "0"})
        outputs = [workdir / f"ours{run}.out" for run in range(len(ours_runs))] + [workdir / "jobs0.out", workdir / "uncached.out"]
        first_difference = first_differing_line(outputs)

    n = len(documents)
    chars = sum(len(d["text"] or "") for d in documents)
    for name, runs in (("counterclaim", ours_runs), ("counterclaim --jobs 2", jobs_runs), ("components", component_runs), ("regex cache off", [uncached])):
        bad = [r for r in runs if r.exit_code != 0 or r.output_lines != n]
        if bad:
            print(f"{name}: FAILED (exit {bad[0].exit_code}, {bad[0].output_lines}/{n} lines): {bad[0].stderr_tail}")
            return 1
    best = {name: min(runs, key=lambda r: r.seconds) for name, runs in
            (("ours", ours_runs), ("jobs", jobs_runs), ("components", component_runs))}
    ours, jobs, components = best["ours"], best["jobs"], best["components"]
    identical = len({r.output_sha256 for r in [*ours_runs, *jobs_runs, uncached]}) == 1
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}; "
          f"corpus: {n} documents, {chars} characters; best of {len(ours_runs)} runs each, start-up included")
    for label, run in (("counterclaim extract --format jsonl", ours), ("counterclaim extract --jobs 2", jobs),
                       ("components alone (spaCy pipeline over whole texts)", components)):
        runs = {"ours": ours_runs, "jobs": jobs_runs, "components": component_runs}[
            next(k for k, v in best.items() if v is run)]
        print(f"{label}: {run.seconds:.2f} s, {n / run.seconds:.1f} docs/s, peak {run.peak_mb:.0f} MB "
              f"(runs: {', '.join(f'{r.seconds:.2f}' for r in runs)} s; CPU {', '.join(f'{r.cpu_seconds:.2f}' for r in runs)} s)")
    print(f"counterclaim extract with the regex cache off (COUNTERCLAIM_REGEX_CACHE=0, patterns compiled at start-up): "
          f"{uncached.seconds:.2f} s, {n / uncached.seconds:.1f} docs/s (CPU {uncached.cpu_seconds:.2f} s)")
    print(f"output byte-identical across {len(ours_runs) + len(jobs_runs) + 1} runs (PYTHONHASHSEED varied, --jobs 1 and 2, regex cache off): "
          f"{'yes' if identical else 'NO'}")
    if first_difference:
        print(f"first difference:\n{first_difference}")
    print(f"docs_per_s={n / ours.seconds:.1f} components_docs_per_s={n / components.seconds:.1f} "
          f"time_ratio={ours.seconds / components.seconds:.2f} jobs2_speedup={ours.seconds / jobs.seconds:.2f} "
          f"peak_mb={max(ours.peak_mb, jobs.peak_mb):.0f} identical={'yes' if identical else 'no'} "
          f"cpu_time_ratio={min(r.cpu_seconds for r in ours_runs) / min(r.cpu_seconds for r in component_runs):.2f}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
