"""SIGKILL an ingest half-way: every stored document stays whole, and re-running finishes the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counterclaim.clean import prepare_document
from counterclaim.extract import extract_claims
from counterclaim.records import Document
from counterclaim.sources import iter_raw_documents
from counterclaim.store import Store

DOCUMENT_COUNT = 300
# Kill once this many documents are stored (well before the end).
KILL_AFTER_DOCUMENTS = 40
SIDES = (("Ukrainian", "Russian", "Izium"), ("Armenian", "Azerbaijani", "Tartar"), ("Sudanese", "RSF", "El Fasher"))


def generated_dispatch(n: int) -> str:
    attacker, loser, place = SIDES[n % len(SIDES)]
    return (
        f"Dispatch {n}. The {attacker} defence ministry said {n % 17 + 2} {loser} soldiers were killed near "
        f"{place} on Monday and {n % 5 + 1} tanks were destroyed. The {loser} side denied the losses and said "
        f"{n % 7 + 3} of its fighters were wounded. Witnesses reported shelling overnight.\n"
    )


def expected_claims(folder: Path) -> dict[str, list[dict[str, object]]]:
    """content hash -> claims as the pipeline extracts them in-process (the reference)."""
    reference = {}
    for raw in iter_raw_documents([str(folder)]):
        document = prepare_document(raw)
        assert isinstance(document, Document), document
        reference[document.content_hash] = [c.contract_dict() for c in extract_claims(document)]
    return reference


def stored_state(store: Store) -> dict[str, list[dict[str, object]]]:
    state = {}
    for listed in store.list_documents(limit=None):
        claims = store.document_claims(listed.id)
        assert listed.claim_count == len(claims), f"document {listed.id} is partial"
        state[listed.content_hash] = [s.claim.contract_dict() for s in claims]
    return state


def run_ingest(folder: Path, db_url: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "counterclaim", "ingest", str(folder), "--db", db_url, "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


@pytest.fixture(scope="module")
def dispatches(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[dict[str, object]]]]:
    """The generated folder and its reference claims, made once for both databases."""
    folder = tmp_path_factory.mktemp("dispatches")
    for n in range(DOCUMENT_COUNT):
        (folder / f"{n:04d}.txt").write_text(generated_dispatch(n), encoding="utf-8")
    reference = expected_claims(folder)
    assert len(reference) == DOCUMENT_COUNT
    return folder, reference


def test_sigkill_mid_batch_leaves_whole_documents_and_rerun_completes(
    db_url: str, dispatches: tuple[Path, dict[str, list[dict[str, object]]]]
) -> None:
    folder, reference = dispatches

    with Store(db_url) as store:
        process = run_ingest(folder, db_url)
        deadline = time.monotonic() + 240
        stored_at_kill = 0
        while time.monotonic() < deadline and process.poll() is None:
            stored_at_kill = store.count_documents()
            if stored_at_kill >= KILL_AFTER_DOCUMENTS:
                break
            time.sleep(0.01)
        if process.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {process.stderr.read().decode()[-2000:]}")
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL

        after_kill = stored_state(store)  # raises on any partial document
        assert KILL_AFTER_DOCUMENTS <= len(after_kill) < DOCUMENT_COUNT
        for content_hash, claims in after_kill.items():
            assert claims == reference[content_hash]

        rerun = run_ingest(folder, db_url)
        _, stderr = rerun.communicate(timeout=600)
        assert rerun.returncode == 0, stderr.decode()[-2000:]

        final = stored_state(store)
        assert final == reference
        assert store.count_documents() == DOCUMENT_COUNT
        assert store.count_claims() == sum(len(claims) for claims in reference.values())
        assert store.list_errors() == []
