"""Serve benchmark: every dashboard page and API call timed over 100,000 synthetic claims in SQLite.

Fills a SQLite file with synthetic documents and claims through the Store API (deterministic, seeded),
starts `counterclaim serve`'s app under uvicorn on 127.0.0.1, and times each URL over HTTP:
the first (cold) request, then the median and worst of the next repeats. The bar is 300 ms.

    .venv/bin/python benchmarks/serve.py                 # 100,000 claims, fresh temp database
    .venv/bin/python benchmarks/serve.py --claims 20000 --repeat 3
    .venv/bin/python benchmarks/serve.py --db /tmp/bench.db   # reuse (fills it only when empty)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from counterclaim.records import Claim, Document, OffsetMap, content_hash
from counterclaim.store import Store

BAR_MS = 300.0
CLAIMS_PER_DOCUMENT = 10
TOKEN = "benchmark-token"


@dataclass(frozen=True)
class SyntheticConflict:
    """Two sides, who else speaks about them, when, and where the fighting is."""

    sides: tuple[str, str]
    adjectives: dict[str, str]
    third_parties: tuple[str, ...]
    start: dt.date
    days: int
    places: tuple[tuple[str, float, float], ...]


CONFLICTS: tuple[SyntheticConflict, ...] = (
    SyntheticConflict(
        sides=("ARM", "AZE"),
        adjectives={"ARM": "Armenian", "AZE": "Azerbaijani"},
        third_parties=("UN", "ICRC"),
        start=dt.date(2020, 9, 27),
        days=44,
        places=(("Tartar", 40.34, 46.93), ("Stepanakert", 39.82, 46.75), ("Shusha", 39.76, 46.75),
                ("Ganja", 40.68, 46.36), ("Barda", 40.37, 47.13), ("Fuzuli", 39.60, 47.14), ("Hadrut", 39.52, 47.03)),
    ),
    SyntheticConflict(
        sides=("UKR", "RUS"),
        adjectives={"UKR": "Ukrainian", "RUS": "Russian"},
        third_parties=("UN", "OSCE"),
        start=dt.date(2022, 2, 24),
        days=300,
        places=(("Kharkiv", 49.99, 36.23), ("Kyiv", 50.45, 30.52), ("Mariupol", 47.10, 37.55), ("Bakhmut", 48.59, 38.00),
                ("Kherson", 46.64, 32.61), ("Izium", 49.21, 37.26), ("Sievierodonetsk", 48.95, 38.49)),
    ),
)
CASUALTY_OUTCOMES = ("killed", "wounded", "captured", "missing")
CASUALTY_CATEGORIES = ("military", "civilian")
MATERIEL_OUTCOMES = ("destroyed", "damaged", "captured", "lost")
MATERIEL_CATEGORIES = ("tank", "armored_vehicle", "artillery", "air_defense", "helicopter", "drone", "aircraft")
OTHER_TYPES = (("attack", "shelling"), ("attack", "clash"), ("statement", "accuse"), ("support", "military_aid"),
               ("territory", "lost"), ("mobilization", "mobilization"))


def synthetic_document(rng: random.Random, number: int) -> tuple[Document, list[Claim]]:
    """One dispatch of CLAIMS_PER_DOCUMENT sentences, each the source of one claim."""
    conflict = rng.choice(CONFLICTS)
    published = conflict.start + dt.timedelta(days=rng.randrange(conflict.days))
    sentences: list[str] = []
    claims: list[Claim] = []
    offset = 0
    for _ in range(CLAIMS_PER_DOCUMENT):
        side = rng.choice(conflict.sides)
        adversary = conflict.sides[1] if side == conflict.sides[0] else conflict.sides[0]
        claimant = rng.choices([side, adversary, rng.choice(conflict.third_parties), None], weights=[3, 4, 1, 2])[0]
        place = rng.choice(conflict.places) if rng.random() < 0.7 else None
        when = published - dt.timedelta(days=rng.choice((0, 0, 1)))
        roll = rng.random()
        count: tuple[int | None, int | None] | None = None
        if roll < 0.5:
            claim_type, outcome, category = "casualty", rng.choice(CASUALTY_OUTCOMES), rng.choice(CASUALTY_CATEGORIES)
        elif roll < 0.8:
            claim_type, outcome, category = "materiel", rng.choice(MATERIEL_OUTCOMES), rng.choice(MATERIEL_CATEGORIES)
        else:
            (claim_type, outcome), category = rng.choice(OTHER_TYPES), None
        stance = "deny" if claim_type in ("casualty", "materiel") and rng.random() < 0.05 else "assert"
        if claim_type in ("casualty", "materiel") and stance == "assert":
            low = rng.choice((1, 2, 3, 5, 8, 12, 15, 20, 31, 50, 100, 200))
            count = (low, low) if rng.random() < 0.85 else (low, low * 5)
        cumulative = count is not None and rng.random() < 0.2
        who = claimant or "The outlet"
        what = f"{count[0]}" if count else "no"
        sentence = (
            f"{who} said {what} {conflict.adjectives[side]} {category or claim_type} were {outcome}"
            f"{' near ' + place[0] if place else ''} on {when.isoformat()}"
            f"{' in total' if cumulative else ''}{', reportedly' if rng.random() < 0.1 else ''}. "
        )
        start = offset
        end = offset + len(sentence) - 1
        sentences.append(sentence)
        offset += len(sentence)
        claims.append(Claim(
            type=claim_type,  # type: ignore[arg-type]
            subject=side,
            object=adversary if claim_type in ("casualty", "materiel", "attack") else None,
            outcome=outcome,
            category=category,
            count=count,
            cumulative=cumulative,
            claimant=claimant,
            stance=stance,  # type: ignore[arg-type]
            hedged=sentence.endswith("reportedly. "),
            evidence="video" if rng.random() < 0.04 else None,
            date=when,
            place=place[0] if place else None,
            coordinates=(place[1], place[2]) if place else None,
            span=(start, end),
            sentence_span=(start, end),
        ))
    text = f"Dispatch {number}\n" + "".join(sentences)
    shift = len(f"Dispatch {number}\n")
    for claim in claims:
        claim.span = (claim.span[0] + shift, claim.span[1] + shift)
        claim.sentence_span = claim.span
    document = Document(
        content_hash=content_hash(text), item=f"synthetic:{number}", source=rng.choice(("wire-a", "wire-b", "daily-c")),
        title=f"Dispatch {number}", published=published, language="en", original_text=text, cleaned_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )
    return document, claims


def fill(store: Store, claims: int, seed: int = 7) -> float:
    """Store ~`claims` synthetic claims (seeded); returns seconds taken."""
    rng = random.Random(seed)
    started = time.perf_counter()
    for number in range(max(1, claims // CLAIMS_PER_DOCUMENT)):
        document, found = synthetic_document(rng, number)
        store.add_document(document, found, "synthetic-1")
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db_url: str) -> tuple[str, object]:
    import uvicorn

    from counterclaim.web import create_app

    port = free_port()
    app = create_app(db_url, token=TOKEN)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(base + "/api/health", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    return base, server


def timed(client: httpx.Client, method: str, url: str, **kwargs: object) -> tuple[float, int, int]:
    started = time.perf_counter()
    response = client.request(method, url, **kwargs)  # type: ignore[arg-type]
    body = response.content
    return (time.perf_counter() - started) * 1000, response.status_code, len(body)


def first_byte(client: httpx.Client, url: str) -> float:
    """Milliseconds until the first chunk of a streamed answer arrives (exports stream as they are read)."""
    started = time.perf_counter()
    with client.stream("GET", url) as response:
        for _chunk in response.iter_raw():
            return (time.perf_counter() - started) * 1000
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="SQLite file to use (filled only when empty)")
    args = parser.parse_args()

    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="cc-serve-bench-")) / "bench.db"
    db_url = f"sqlite:///{path}"
    store = Store(db_url)
    if store.count_claims() == 0:
        seconds = fill(store, args.claims)
        print(f"filled {store.count_documents()} documents, {store.count_claims()} claims in {seconds:.1f} s")
    claims_total = store.count_claims()
    some_document = store.list_documents(limit=1, cursor=store.count_documents() // 2)[0].id
    middle_claim = store.query_claims(limit=1, cursor=claims_total // 2)[0].id
    store.close()

    base, server = start_server(db_url)
    client = httpx.Client(base_url=base, timeout=120)
    # The server builds the whole-conflict ledger at start-up; wait for it so "cold" below means
    # "first request of this URL", not "server still warming".
    started = time.perf_counter()
    client.get("/api/ledger?limit=1")
    print(f"ledger ready {time.perf_counter() - started:.2f} s after start ({claims_total} claims)")

    requests: list[tuple[str, str, dict[str, object]]] = [
        ("GET", "/", {}),
        ("GET", "/?by=day", {}),
        ("GET", "/?side=AZE&type=casualty", {}),
        ("GET", "/timeline", {}),
        ("GET", "/timeline?type=materiel&side=RUS", {}),
        ("GET", "/map", {}),
        ("GET", "/claims", {}),
        ("GET", "/claims?type=casualty&side=AZE&since=2020-10-01&until=2020-10-15", {}),
        ("GET", f"/claims?cursor={middle_claim}", {}),
        ("GET", "/documents", {}),
        ("GET", f"/documents/{some_document}", {}),
        ("GET", "/docs", {}),
        ("GET", "/api/health", {}),
        ("GET", "/api/documents", {}),
        ("GET", f"/api/documents/{some_document}", {}),
        ("GET", "/api/claims", {}),
        ("GET", "/api/claims?type=materiel&side=RUS&category=tank&limit=1000", {}),
        ("GET", f"/api/claims?cursor={middle_claim}&limit=500", {}),
        ("GET", "/api/claims?place=kharkiv", {}),
        ("GET", "/api/ledger", {}),
        ("GET", "/api/ledger?by=day&limit=500", {}),
        ("GET", "/api/ledger/series/0", {}),
        ("GET", "/api/ledger/series/0/claims?figure=low", {}),
        ("GET", "/api/contradictions/0/claims", {}),
        ("GET", "/api/ledger?side=ARM", {}),
        ("GET", "/api/contradictions", {}),
        ("GET", "/api/timeline", {}),
        ("GET", "/api/map", {}),
        ("GET", "/api/outlines", {}),
        ("GET", "/api/export?format=csv&type=casualty&side=AZE&since=2020-10-01&until=2020-10-07", {}),
        ("GET", "/api/export?format=jsonl&place=tartar", {}),
        ("GET", "/api/export?format=geojson&side=UKR&type=materiel", {}),
        ("GET", "/api/export?format=csv", {}),
        ("GET", "/openapi.json", {}),
        ("GET", f"/claims/{middle_claim}", {}),
        ("GET", "/search?q=soldiers+killed", {}),
        ("GET", "/api/search?q=tank+destroyed", {}),
        ("GET", "/api/ledger/export?side=ARM", {}),
        ("GET", "/api/timeline/export?format=json", {}),
        ("GET", "/api/map/export?format=geojson", {}),
        ("GET", "/timeline?type=casualty&scale=log", {}),
    ]
    rows = []
    worst_overall = 0.0
    for method, url, kwargs in requests:
        cold, status, size = timed(client, method, url, **kwargs)
        warm = [timed(client, method, url, **kwargs)[0] for _ in range(args.repeat)]
        median, worst = statistics.median(warm), max(warm)
        worst_overall = max(worst_overall, worst)
        rows.append((f"{method} {url}", status, size, cold, median, worst))
    for name, status, _size, _cold, _median, _worst in list(rows):
        if "/api/export" in name:
            url = name.split(" ", 1)[1]
            ttfb = [first_byte(client, url) for _ in range(args.repeat)]
            rows.append((f"{name} (first byte)", status, 0, ttfb[0], statistics.median(ttfb), max(ttfb)))
    # Writes: each ingest is a new document (cold by nature), so every one is reported.
    ingest_times = []
    for i in range(args.repeat):
        body = {"text": f"Bench note {i}: the ministry said 12 soldiers were killed near Tartar on 2020-10-0{i + 1}."}
        ms, status, size = timed(client, "POST", "/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        ingest_times.append(ms)
    rows.append(("POST /api/ingest (text)", status, size, ingest_times[0], statistics.median(ingest_times), max(ingest_times)))
    worst_overall = max(worst_overall, max(ingest_times))
    # After a write the ledger is rebuilt on the next read: report that cost on its own line.
    rebuild, status, size = timed(client, "GET", "/api/ledger?limit=1")
    rows.append(("GET /api/ledger after an ingest (rebuild)", status, size, rebuild, rebuild, rebuild))

    print(f"\nServe benchmark: {claims_total} claims in SQLite, {platform.machine()} {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {dt.date.today().isoformat()}")
    print(f"{'request':<86} {'status':>6} {'bytes':>10} {'cold ms':>9} {'median ms':>9} {'worst ms':>9}")
    for name, status, size, cold, median, worst in rows:
        flag = "" if worst < BAR_MS else "  > 300 ms"
        print(f"{name:<86} {status:>6} {size:>10} {cold:>9.1f} {median:>9.1f} {worst:>9.1f}{flag}")
    over = [r for r in rows if r[5] >= BAR_MS]
    print(f"\n{len(rows) - len(over)} of {len(rows)} under {BAR_MS:.0f} ms warm (worst of {args.repeat} repeats)")
    server.should_exit = True  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
