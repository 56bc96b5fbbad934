"""Ledger benchmark: 100,000 synthetic claims stored in SQLite through the Store, then reconciled.

Headline (target: under 2 s): reading the claims and building the ledger cold in a fresh process,
as `counterclaim ledger` does after starting up (median of --runs). Also the whole command from
process start to exit, and in-process figures: read, cold build (every document MinHashed), warm
builds (the kept LSH index hashes only new documents), by month. Prints the machine's load and a
calibration loop, since the box may be shared. Synthetic data only: two conflicts from the shipped
profiles, ~10 claims per document, 5% wire copies.

    .venv/bin/python benchmarks/ledger.py [--claims 100000] [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from counterclaim.ledger import build_ledger, collector_paused
from counterclaim.ledger.from_store import stored_claim_views
from counterclaim.records import Claim, Document, OffsetMap, content_hash
from counterclaim.store import open_store

T = TypeVar("T")
SEED = 20201127
CALIBRATION_LOOP = 10_000_000
CLAIMS_PER_DOCUMENT = 10
WIRE_COPY_SHARE = 0.05
CONFLICTS = [
    # (sides, third parties, first day, days)
    (("ARM", "AZE"), ("UN", "RUS", "FRA"), dt.date(2020, 9, 27), 45),
    (("UKR", "RUS"), ("UN", "GBR", "USA"), dt.date(2022, 2, 24), 400),
]
CASUALTY_CATEGORIES = ("military", "civilian", "unknown")
MATERIEL_CATEGORIES = ("tank", "armored_vehicle", "artillery", "air_defense", "helicopter", "aircraft", "drone")
VAGUE = [(24, 99), (200, 999), (3, 9), (2, 5)]


def synthetic_claim(rng: random.Random, sides: tuple[str, str], third: tuple[str, ...], day: dt.date) -> Claim:
    subject = rng.choice(sides)
    adversary = sides[1] if subject == sides[0] else sides[0]
    casualty = rng.random() < 0.6
    claimant = rng.choices([subject, adversary, rng.choice(third), None], weights=[3, 4, 1, 2])[0]
    roll = rng.random()
    count: tuple[int | None, int | None] | None
    if roll < 0.1:
        count = None
    elif roll < 0.2:
        count = rng.choice(VAGUE)
    else:
        n = int(rng.lognormvariate(2.0, 1.2))
        count = (n, n)
    cumulative = rng.random() < 0.1
    if cumulative and count is not None and count[0] is not None:
        count = (count[0] * 20, (count[1] or count[0]) * 20)
    return Claim(
        type="casualty" if casualty else "materiel",
        subject=subject,
        object=adversary if rng.random() < 0.5 else None,
        outcome=rng.choice(["killed", "killed", "wounded", "captured"]) if casualty else rng.choice(["destroyed", "lost", "damaged"]),
        category=rng.choice(CASUALTY_CATEGORIES if casualty else MATERIEL_CATEGORIES),
        count=count,
        cumulative=cumulative,
        claimant=claimant,
        stance="deny" if rng.random() < 0.03 else "assert",
        hedged=rng.random() < 0.15,
        evidence=rng.choice(["video", "photo"]) if rng.random() < 0.05 else None,
        date=day if rng.random() < 0.6 else None,
        span=(0, 20),
    )


def fill(db: Path, claims: int) -> tuple[int, float]:
    rng = random.Random(SEED)
    documents: list[tuple[str, dt.date, list[Claim]]] = []
    started = time.perf_counter()
    with open_store(str(db)) as store:
        number = 0
        while sum(len(c) for _, _, c in documents) < claims:
            number += 1
            if documents and rng.random() < WIRE_COPY_SHARE:
                text, published, copied = rng.choice(documents)
                text = f"(Wire copy {number}) {text}"
                published = published + dt.timedelta(days=rng.randint(0, 2))
                doc_claims = [c.model_copy() for c in copied]
            else:
                sides, third, start, days = rng.choice(CONFLICTS)
                published = start + dt.timedelta(days=rng.randrange(days))
                doc_claims = [synthetic_claim(rng, sides, third, published - dt.timedelta(days=rng.randint(0, 1)))
                              for _ in range(CLAIMS_PER_DOCUMENT)]
                text = f"Synthetic report {number} on {published}: " + " ".join(f"claim {i}." for i in range(len(doc_claims)))
            documents.append((text, published, doc_claims))
            document = Document(content_hash=content_hash(text), item=f"synthetic-{number}", published=published,
                                source=f"outlet-{number % 40}", original_text=text, cleaned_text=text,
                                offset_map=OffsetMap.identity(len(text)))
            store.add_document(document, doc_claims, "benchmark")
        stored = store.count_claims()
    return stored, time.perf_counter() - started


def _calibration() -> float:
    """CPU seconds for a fixed pure-Python loop: how fast this machine runs Python right now."""
    started = time.process_time()
    sum(1 for _ in range(CALIBRATION_LOOP))
    return time.process_time() - started


def _timed(label: str, action: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    return result, wall, cpu


# One cold `build_ledger_from_store` in a fresh interpreter, timed after the imports: what `counterclaim
# ledger` pays between starting up and printing (collector paused, as the command runs it).
FRESH_PROCESS = """
import json, resource, sys, time
from counterclaim.ledger import collector_paused
from counterclaim.ledger.from_store import build_ledger_from_store
from counterclaim.store import open_store
with open_store(sys.argv[1]) as store, collector_paused():
    wall, cpu = time.perf_counter(), time.process_time()
    ledger = build_ledger_from_store(store)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(json.dumps({"wall": wall, "cpu": cpu, "claims": ledger.claims,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def fresh_process_build(db: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", FRESH_PROCESS, str(db)], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def command_seconds(db: Path) -> float:
    """Wall seconds of `counterclaim ledger --db DB --limit 20` from process start to exit (imports included)."""
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).with_name("counterclaim")), "ledger", "--db", str(db), "--limit", "20"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse this SQLite file (filled when missing)")
    parser.add_argument("--runs", type=int, default=5, help="fresh-process builds and command runs (median)")
    parser.add_argument("--repeat", type=int, default=2, help="warm builds after the cold one, in-process")
    args = parser.parse_args()
    workdir = tempfile.TemporaryDirectory(prefix="counterclaim-ledger-bench-")
    db = args.db or Path(workdir.name) / "ledger.db"
    if not db.exists():
        stored, seconds = fill(db, args.claims)
        print(f"filled {db}: {stored} claims in {seconds:.1f} s")
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f}; "
          f"calibration loop ({CALIBRATION_LOOP:,} iterations): {_calibration():.2f} s CPU")

    fresh = [fresh_process_build(db) for _ in range(args.runs)]
    walls = sorted(run["wall"] for run in fresh)
    print(f"read + cold build in a fresh process (build_ledger_from_store), {args.runs} runs: median "
          f"{statistics.median(walls):.2f} s wall (min {walls[0]:.2f}, max {walls[-1]:.2f}), "
          f"{statistics.median(run['cpu'] for run in fresh):.2f} s CPU, peak RSS {max(r['peak_mb'] for r in fresh):.0f} MB")
    commands = sorted(command_seconds(db) for _ in range(args.runs))
    print(f"`counterclaim ledger --limit 20`, start to exit (interpreter and imports included): median "
          f"{statistics.median(commands):.2f} s (min {commands[0]:.2f})")

    print("in this process, collector paused as in the build:")
    with open_store(str(db)) as store, collector_paused():
        views, read_wall, _ = _timed("read (Store.iter_ledger_rows -> ClaimView)", lambda: list(stored_claim_views(store)))
        ledger, _, _ = _timed("build, cold (every document MinHashed)", lambda: build_ledger(views))
        for _ in range(args.repeat):
            _timed("build, warm (the kept LSH index hashes only new documents)", lambda: build_ledger(views))
        _timed("build by month, warm", lambda: build_ledger(views, by="month"))
    print(f"ledger: {ledger.claims} claims -> {ledger.assertions} assertions, {len(ledger.series)} series, "
          f"{ledger.duplicate_documents} duplicate documents, {len(ledger.contradictions)} contradictions, "
          f"{len(ledger.totals)} totals checks")
    print(f"summary: {ledger.claims} claims; read + cold build {statistics.median(walls):.2f} s median wall in a fresh "
          f"process (target < 2 s); whole command {statistics.median(commands):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
