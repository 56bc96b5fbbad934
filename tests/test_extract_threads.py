"""Extraction from several threads of one process (the web server's request threads): the same claims as one
at a time, from the very first call, while the model and the matchers are still being loaded."""

from __future__ import annotations

import subprocess
import sys

FRESH_PROCESS = r"""
import datetime as dt, json, threading
from counterclaim.clean import prepare_document
from counterclaim.extract import get_extractor
from counterclaim.records import RawDocument

texts = [
    "The ministry said {n} soldiers were wounded near the border on Friday.",
    "Rebels shelled a market in Goma on Monday, killing {n} civilians, officials said.",
    "The army said {n} tanks were destroyed near Bakhmut.",
    "Militants ambushed a convoy in Borno, killing {n} policemen, police said.",
]
documents = [prepare_document(RawDocument(item=str(i), text=t.format(n=i + 3), published=dt.date(2022, 3, 4)))
             for i, t in enumerate(texts)]
extractor = get_extractor(None)
results, errors = {}, []

def run(i):
    try:
        results[i] = [c.model_dump(mode="json") for c in extractor.extract(documents[i])]
    except Exception as exc:
        errors.append(repr(exc))

threads = [threading.Thread(target=run, args=(i,)) for i in range(len(documents))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
alone = [[c.model_dump(mode="json") for c in extractor.extract(d)] for d in documents]
print(json.dumps({"errors": errors, "same": [results.get(i) == alone[i] for i in range(len(documents))],
                  "claims": sum(len(a) for a in alone)}))
"""


def test_threads_started_together_in_a_fresh_process_get_the_claims_of_one_at_a_time() -> None:
    import json

    done = subprocess.run([sys.executable, "-c", FRESH_PROCESS], capture_output=True, text=True, timeout=300, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["same"] == [True] * 4 and report["claims"] >= 4
